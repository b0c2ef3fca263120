import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { EntityType } from '../../../lib/corpus/schema';
import { highlightStyle, MAX_HIGHLIGHTS, toggleHighlight } from '../../../lib/entity-marks';
import { useScreenDistance, useUnlessOffScreen } from '../../../lib/use-off-screen';
import { navigateView, useViewValue } from '../../../lib/view-state';
import { countAllMentions, matchEntity, mentionSummary, shortOutletName, type EntityCount } from '../entity-counts';

export type EntityIndexProps = { index: CorpusIndex };

/** Names listed per group before "Show all": the most mentioned; the search reaches every one. */
export const NAMES_SHOWN = 20;

const GROUPS: Array<{ type: EntityType; title: string }> = [
  { type: 'person', title: 'People' },
  { type: 'place', title: 'Places' },
  { type: 'organization', title: 'Organisations' },
];

/**
 * Every person, place and organisation, with mention counts per outlet under
 * the outlet filter. Pressing a name highlights its mentions everywhere and
 * emphasises the events that mention it (the URL's `entities=`).
 */
export const EntityIndex = memo(function EntityIndex({ index }: EntityIndexProps) {
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<EntityType>>(new Set());
  const searchRef = useRef<HTMLInputElement>(null);
  const baseId = useId();
  // Words typed into the prerendered page before React took it over are the reader's: keep them.
  useEffect(() => {
    const typed = searchRef.current?.value ?? '';
    if (typed) setQuery(typed);
  }, []);
  const sectionRef = useRef<HTMLElement>(null);
  const distance = useScreenDistance(sectionRef);
  const highlighted = useUnlessOffScreen(useViewValue('entities'), distance);
  const hiddenOutlets = useUnlessOffScreen(useViewValue('hiddenOutlets'), distance);
  const unknown = highlighted.filter((id) => !index.entityById.has(id));
  const known = highlighted.filter((id) => index.entityById.has(id));
  const full = known.length >= MAX_HIGHLIGHTS;
  // Counted once per index and outlet filter (countAllMentions): a toggle recounts only the names its outlet mentions.
  const counts = countAllMentions(index, hiddenOutlets);
  const countById = useMemo(() => new Map(counts.map((count) => [count.entity.id, count])), [counts]);


  const summary = known
    .map((id) => countById.get(id))
    .filter((count) => count !== undefined)
    .map(mentionSummary)
    .join('. ');

  const visible = (count: EntityCount) => count.mentions > 0 || highlighted.includes(count.entity.id);
  const silent = counts.filter((count) => !visible(count)).length;
  // Matched and sorted once per search and filter, not again on each press of a name (every name is folded to match).
  const matchedGroups = useMemo(
    () =>
      GROUPS.map((group) => ({
        ...group,
        items: counts
          .filter((count) => count.entity.type === group.type)
          .map((count) => ({ count, matched: matchEntity(count.entity, query) }))
          .filter((item): item is { count: EntityCount; matched: string } => item.matched !== null)
          .sort((a, b) => b.count.mentions - a.count.mentions || a.count.entity.name.localeCompare(b.count.entity.name)),
      })),
    [counts, query],
  );
  const groups = matchedGroups.map((group) => ({ ...group, items: group.items.filter((item) => visible(item.count)) }));
  const matches = groups.reduce((sum, group) => sum + group.items.length, 0);

  return (
    <section ref={sectionRef} aria-labelledby={`${baseId}-heading`} className="space-y-2">
      <h2 id={`${baseId}-heading`} className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        Names in the story
      </h2>
      <div>
        <label htmlFor={`${baseId}-search`} className="block text-sm text-stone-700">
          Find a person, place or organisation
        </label>
        <input
          id={`${baseId}-search`}
          ref={searchRef}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Name or other spelling"
          className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1 text-sm"
        />
      </div>
      {/* The summary keeps its line, and the hint (two lines in the narrow column) and "Clear highlights" are as tall as
          each other: the first name pressed and the last released no longer move every name below (and the articles
          under them) inside the click. */}
      <p aria-live="polite" className="min-h-5 text-sm text-stone-800">
        {summary ? `${summary}.` : ''}
      </p>
      {known.length > 0 || unknown.length > 0 ? (
        <button
          type="button"
          onClick={() => navigateView({ entities: [] })}
          className="min-h-8 rounded border border-stone-400 bg-white px-2 py-1 text-sm hover:bg-stone-100"
        >
          Clear highlights
        </button>
      ) : (
        <p className="flex min-h-8 items-center text-xs text-stone-600">Press a name to highlight every mention of it. Up to {MAX_HIGHLIGHTS} at once.</p>
      )}
      {unknown.length > 0 ? (
        <p role="status" className="rounded border border-amber-400 bg-amber-50 p-2 text-sm text-stone-800">
          Not found: the link highlights {unknown.map((id) => `“${id}”`).join(', ')}, which this corpus does not have.{' '}
          <button type="button" className="underline" onClick={() => navigateView({ entities: known })}>
            Remove {unknown.length === 1 ? 'it' : 'them'}
          </button>
        </p>
      ) : null}
      {full ? (
        <p className="text-xs text-stone-700">
          {MAX_HIGHLIGHTS} names are highlighted, the most that stay distinguishable: another name takes the place of {highlightStyle(MAX_HIGHLIGHTS - 1).symbol}.
        </p>
      ) : null}
      {/* Scrolls on its own so the article list below stays within reach. */}
      <div className="max-h-[24rem] space-y-1 overflow-y-auto pr-1 lg:max-h-[36rem]">
        {groups.map(({ items, ...group }) => {
          if (items.length === 0) return null;
          return (
            <div key={group.type}>
              <h3 className="mt-2 text-sm font-semibold text-stone-800">
                {group.title} <span className="font-normal text-stone-600">({items.length})</span>
              </h3>
              <ul className="mt-1 space-y-1">
                {/* Highlighted names always show, whatever their rank. */}
                {(query || expanded.has(group.type) ? items : items.filter((item, rank) => rank < NAMES_SHOWN || highlighted.includes(item.count.entity.id))).map(({ count, matched }) => {
                  const position = highlighted.indexOf(count.entity.id);
                  return (
                    <EntityRow key={count.entity.id} index={index} count={count} matched={matched} position={position} />
                  );
                })}
              </ul>
              {!query && !expanded.has(group.type) && items.length > NAMES_SHOWN ? (
                <button
                  type="button"
                  onClick={() => setExpanded(new Set([...expanded, group.type]))}
                  className="mt-1 rounded border border-stone-400 bg-white px-2 py-0.5 text-xs hover:bg-stone-100"
                >
                  Show all {items.length} {group.title.toLowerCase()}
                </button>
              ) : null}
            </div>
          );
        })}
      </div>
      {matches === 0 ? <p className="text-sm text-stone-700">No name matches “{query}”.</p> : null}
      {silent > 0 ? (
        <p className="text-xs text-stone-600">
          {silent} name{silent === 1 ? ' is' : 's are'} mentioned only by switched-off outlets.
        </p>
      ) : null}
    </section>
  );
});

/** Outlets named on a name's count line; the rest are counted. */
const OUTLETS_NAMED = 4;

type EntityRowProps = {
  index: CorpusIndex;
  count: EntityCount;
  /** The spelling the search matched. */
  matched: string;
  /** Its place among the highlighted names, -1 when not highlighted. */
  position: number;
};

/** One name, memoised: pressing a name redraws its row, not the index. */
const EntityRow = memo(function EntityRow({ index, count, matched, position }: EntityRowProps) {
  const pressed = position >= 0;
  const style = pressed ? highlightStyle(position) : null;
  const named = [...count.byOutlet].sort((a, b) => b.mentions - a.mentions).slice(0, OUTLETS_NAMED);
  const more = count.byOutlet.length - named.length;
  return (
    <li>
      <button
        type="button"
        aria-pressed={pressed}
        onClick={() => toggleHighlight(count.entity.id)}
        className={`w-full rounded border px-2 py-1 text-left text-sm ${
          pressed ? 'border-stone-700 bg-stone-50' : 'border-stone-300 bg-white hover:border-amber-600'
        }`}
      >
        <span className="flex items-baseline justify-between gap-2">
          <span className={style ? `rounded px-0.5 font-semibold ${style.className}` : 'font-medium'}>
            {count.entity.name}
            {style ? (
              <>
                <span aria-hidden="true" className="ml-0.5 text-xs">
                  {style.symbol}
                </span>
                <span className="sr-only"> (highlighted {style.symbol})</span>
              </>
            ) : null}
          </span>
          <span className="shrink-0 text-xs text-stone-700 tabular-nums">
            {count.mentions} mention{count.mentions === 1 ? '' : 's'}
          </span>
        </span>
        {matched !== count.entity.name ? <span className="block text-xs text-stone-600">also written “{matched}”</span> : null}
        {named.length > 0 ? (
          <span className="block text-xs text-stone-600">
            {named.map((item) => `${shortOutletName(index.outletById.get(item.outletId)?.name ?? item.outletId)} ${item.mentions}`).join(' · ')}
            {more > 0 ? ` · ${more} more outlet${more === 1 ? '' : 's'}` : ''}
          </span>
        ) : null}
      </button>
    </li>
  );
});
