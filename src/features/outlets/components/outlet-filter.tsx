import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { Outlet } from '../../../lib/corpus/schema';
import { countryName } from '../../../lib/format';
import { currentView, navigateView, useViewValue } from '../../../lib/view-state';

export type OutletFilterProps = { index: CorpusIndex };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Past this many outlets the list scrolls in a short box under a search field, so the timeline stays on the first screen. */
export const OUTLETS_SHOWN_INLINE = 12;

/**
 * Switch outlets on and off. The hidden ones go to the URL (`hide=`), which the
 * timeline, event list, panels, coverage table, entity counts and article list
 * all read. Ids in the link that name no outlet are ignored, and said so.
 */
export const OutletFilter = memo(function OutletFilter({ index }: OutletFilterProps) {
  const baseId = useId();
  const hiddenOutlets = useViewValue('hiddenOutlets');
  const { outlets, articles } = index.data;
  const hidden = new Set(hiddenOutlets);
  const unknown = hiddenOutlets.filter((id) => !index.outletById.has(id));
  const knownHidden = outlets.filter((outlet) => hidden.has(outlet.id)).map((outlet) => outlet.id);
  const withoutOutlet = useMemo(
    () => articles.filter((article) => !article.outletId || !index.outletById.has(article.outletId)).length,
    [articles, index],
  );
  const many = outlets.length > OUTLETS_SHOWN_INLINE;
  const [query, setQuery] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  // Words typed into the prerendered page before React took it over are the reader's: keep them.
  useEffect(() => {
    const typed = searchRef.current?.value ?? '';
    if (typed) setQuery(typed);
  }, []);
  const needle = query.trim().toLowerCase();
  const listed = needle ? outlets.filter((outlet) => outlet.name.toLowerCase().includes(needle) || outlet.id.includes(needle)) : outlets;

  const setHidden = useCallback(
    (ids: string[]) => {
      // Corpus order keeps the URL stable whatever order outlets were switched in.
      const wanted = new Set(ids);
      navigateView({ hiddenOutlets: outlets.filter((outlet) => wanted.has(outlet.id)).map((outlet) => outlet.id) });
    },
    [outlets],
  );
  // Reads the view at the click, so it never changes and the rows that did not change are not redrawn.
  const toggle = useCallback(
    (outletId: string) => {
      const now = currentView().hiddenOutlets.filter((id) => index.outletById.has(id));
      setHidden(now.includes(outletId) ? now.filter((id) => id !== outletId) : [...now, outletId]);
    },
    [index, setHidden],
  );

  return (
    <fieldset className="relative min-w-0">
      <legend className="mb-1 text-sm font-semibold tracking-wide text-stone-600 uppercase">
        Outlets <span className="font-normal normal-case">({outlets.length - knownHidden.length} of {outlets.length} shown)</span>
      </legend>
      {/* Everything but the legend in one box: Chromium rebuilds a fieldset's whole layout tree when an element is
          added to or removed from the fieldset itself ("Show all outlets" coming and going with a toggle), which at
          a hundred outlets was every checkbox laid out again per click; inside this box only the box is touched. */}
      <div>
        {many ? (
          <div className="mb-2 flex flex-wrap items-center gap-2">
            <label htmlFor={`${baseId}-search`} className="text-sm text-stone-700">
              Find an outlet
            </label>
            <input
              ref={searchRef}
              id={`${baseId}-search`}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              className="w-56 rounded border border-stone-400 bg-white px-2 py-0.5 text-sm"
            />
            {needle ? (
              <span aria-live="polite" className="text-xs text-stone-600">
                {plural(listed.length, 'outlet')} match
              </span>
            ) : null}
          </div>
        ) : null}
        {/* Many outlets scroll in a short box (its checkboxes keep it keyboard-reachable). */}
        <div className={`flex flex-wrap items-center gap-2 ${many ? 'max-h-[7.5rem] overflow-y-auto rounded border border-stone-300 p-1' : ''}`}>
          {listed.map((outlet) => (
            <OutletToggle
              key={outlet.id}
              outlet={outlet}
              inputId={`${baseId}-${outlet.id}`}
              count={index.articleCountByOutlet.get(outlet.id) ?? 0}
              shown={!hidden.has(outlet.id)}
              onToggle={toggle}
            />
          ))}
        </div>
        {/* On the legend's line (the legend is 1.5 rem: a text-sm line and mb-1), out of the flow: in the flow it came and went with the first outlet switched off and
            the last switched on, and moved the header's height and column (a line of its own after the checkboxes),
            so every such click laid out and painted the whole page again, shifted. */}
        {knownHidden.length > 0 ? (
          <button
            type="button"
            onClick={() => setHidden([])}
            className="absolute -top-6 right-0 rounded border border-stone-400 bg-white px-2 text-xs leading-5 hover:bg-stone-100"
          >
            Show all outlets
          </button>
        ) : null}
        {knownHidden.length === outlets.length && outlets.length > 0 ? (
          <p className="mt-1 text-sm text-stone-700">Every outlet is switched off: nothing is shown{withoutOutlet > 0 ? ' except articles with no known outlet' : ''}.</p>
        ) : null}
        {withoutOutlet > 0 ? (
          <p className="mt-1 text-xs text-stone-600">{plural(withoutOutlet, 'article')} with no known outlet {withoutOutlet === 1 ? 'is' : 'are'} always shown.</p>
        ) : null}
        {unknown.length > 0 ? (
          <p role="status" className="mt-1 text-xs text-stone-700">
            The link hides {unknown.length === 1 ? 'an outlet' : 'outlets'} this corpus does not have ({unknown.map((id) => `“${id}”`).join(', ')}); ignored.{' '}
            <button type="button" className="underline" onClick={() => setHidden(knownHidden)}>
              Remove from the link
            </button>
          </p>
        ) : null}
      </div>
    </fieldset>
  );
});

type OutletToggleProps = { outlet: Outlet; inputId: string; count: number; shown: boolean; onToggle: (outletId: string) => void };

/** One outlet's checkbox: redrawn only when its own state changes. */
const OutletToggle = memo(function OutletToggle({ outlet, inputId, count, shown, onToggle }: OutletToggleProps) {
  return (
    <label
      htmlFor={inputId}
      className={`grid cursor-pointer grid-cols-[auto_1fr] items-center gap-x-2 rounded border px-2 py-0.5 text-sm sm:py-1 has-focus-visible:outline-2 has-focus-visible:outline-amber-700 ${
        shown ? 'border-stone-500 bg-white' : 'border-dashed border-stone-400 bg-stone-100 text-stone-600'
      }`}
    >
      <input id={inputId} type="checkbox" checked={shown} onChange={() => onToggle(outlet.id)} className="row-span-2 size-4 accent-amber-700" />
      <span className={`col-start-2 font-medium ${shown ? '' : 'line-through decoration-stone-500'}`}>{outlet.name}</span>
      {/* The detail line waits for a wider screen: on a phone the names alone keep the header short. */}
      <span className="col-start-2 hidden text-xs text-stone-600 sm:block">
        {countryName(outlet.country)} · {plural(count, 'article')}
        {shown ? '' : ' · off'}
      </span>
    </label>
  );
});
