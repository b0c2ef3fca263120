import { useId, useMemo } from 'react';
import { CopyButton } from '../../../components/copy-button';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import { linkToView, parseViewState, type ViewState } from '../../../lib/view-state';
import { downloadText } from '../download';
import { eventsCsv, exportEvents, type LinkFor } from '../view-export';

export type ShareControlsProps = { index: CorpusIndex; view: ViewState };

const BUTTON = 'rounded border border-stone-400 bg-white px-2 py-1 text-sm hover:bg-stone-100';

/**
 * Copy a link to the view, and export what the view shows: its events with
 * their evidence (CSV or JSON, following the outlet filter and highlighted
 * names), or the whole corpus (JSON).
 */
export function ShareControls({ index, view }: ShareControlsProps) {
  const headingId = useId();
  const ruleId = useId();
  // Evidence links open one sentence; they carry no filter of their own.
  const linkFor: LinkFor = (patch) => (Object.keys(patch).length === 0 ? linkToView(view) : linkToView({ ...parseViewState(''), ...patch }));
  // The export itself is built on click; the summary only follows the filter and the highlights,
  // so selecting an event or moving the window does not rebuild it (it was measured on every click).
  const hiddenKey = view.hiddenOutlets.join(',');
  const entitiesKey = view.entities.join(',');
  const summary = useMemo(() => {
    const filterOnly = { ...parseViewState(''), hiddenOutlets: hiddenKey ? hiddenKey.split(',') : [], entities: entitiesKey ? entitiesKey.split(',') : [] };
    const { events, rule } = exportEvents(index, filterOnly, () => '');
    return { count: events.length, rule };
  }, [index, hiddenKey, entitiesKey]);
  const exportData = () => exportEvents(index, view, linkFor);
  const count = summary.count;

  return (
    <section aria-labelledby={headingId} className="flex flex-wrap items-center gap-2">
      <h2 id={headingId} className="sr-only">
        Share and export
      </h2>
      <CopyButton getText={() => linkToView(view)} doneMessage="Link copied" fallbackTitle="Link to this view" className={BUTTON}>
        Copy link to this view
      </CopyButton>
      <button
        type="button"
        aria-describedby={ruleId}
        onClick={() => downloadText('parallax-events.csv', eventsCsv(exportData()), 'text/csv;charset=utf-8')}
        className={BUTTON}
      >
        Events CSV
      </button>
      <button
        type="button"
        aria-describedby={ruleId}
        onClick={() => downloadText('parallax-events.json', `${JSON.stringify(exportData(), null, 2)}\n`, 'application/json')}
        className={BUTTON}
      >
        Events JSON
      </button>
      <button
        type="button"
        onClick={() => downloadText('parallax-corpus.json', `${JSON.stringify(index.corpus, null, 2)}\n`, 'application/json')}
        className={BUTTON}
      >
        Whole corpus JSON
      </button>
      <p id={ruleId} className="basis-full text-xs text-stone-600">
        Exports {count} event{count === 1 ? '' : 's'}: {summary.rule.charAt(0).toLowerCase() + summary.rule.slice(1)}
      </p>
    </section>
  );
}
