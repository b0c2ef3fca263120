import { useQueryClient } from '@tanstack/react-query';
import { memo, useId, useMemo, useState } from 'react';
import { CopyButton } from '../../../components/copy-button';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import { loadCorpus } from '../../../lib/corpus/corpus-query';
import type { Corpus } from '../../../lib/corpus/schema';
import { currentView, DEFAULT_VIEW, linkToView, useViewValue } from '../../../lib/view-state';
import { exportSummary } from '../export-summary';
import type { LinkFor } from '../view-export';

export type ShareControlsProps = { index: CorpusIndex };

/** The export builders and the download, loaded with the first export. */
const loadExportTools = () =>
  Promise.all([import('../view-export'), import('../download')]).then(([exporting, download]) => ({
    exportEvents: exporting.exportEvents,
    eventsCsv: exporting.eventsCsv,
    downloadText: download.downloadText,
  }));
type ExportTools = Awaited<ReturnType<typeof loadExportTools>>;

const BUTTON = 'rounded border border-stone-400 bg-white px-2 py-1 text-sm hover:bg-stone-100';

// Evidence links open one sentence; they carry no filter of their own.
const linkFor: LinkFor = (patch) => (Object.keys(patch).length === 0 ? linkToView(currentView()) : linkToView({ ...DEFAULT_VIEW, ...patch }));

/**
 * Copy a link to the view, and export what the view shows: its events with
 * their evidence (CSV or JSON, following the outlet filter and highlighted
 * names), or the whole corpus (JSON). The summary comes from the index; the
 * export itself needs every evidence sentence, so the whole corpus is fetched
 * on the first export and kept.
 */
export const ShareControls = memo(function ShareControls({ index }: ShareControlsProps) {
  const headingId = useId();
  const ruleId = useId();
  const hidden = useViewValue('hiddenOutlets');
  const entities = useViewValue('entities');
  const queryClient = useQueryClient();
  const summary = useMemo(() => exportSummary(index, hidden, entities), [index, hidden, entities]);
  const [status, setStatus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  // Buttons stay enabled (a disabled button would drop the keyboard focus); a press while one is being prepared is ignored.
  // The export code and the whole corpus load on the first press (neither is needed to show the page).
  const withCorpus = (save: (corpus: Corpus, tools: ExportTools) => void) => {
    if (status.busy) return;
    setStatus({ busy: true, error: null });
    Promise.all([loadCorpus(queryClient), loadExportTools()]).then(
      ([corpus, tools]) => {
        save(corpus, tools);
        setStatus({ busy: false, error: null });
      },
      (error: unknown) => setStatus({ busy: false, error: error instanceof Error ? error.message : String(error) }),
    );
  };
  const exportData = (corpus: Corpus, tools: ExportTools) => tools.exportEvents(corpus, currentView(), linkFor);
  const count = summary.count;

  return (
    <section aria-labelledby={headingId} aria-busy={status.busy || undefined} className="flex flex-wrap items-center gap-2">
      <h2 id={headingId} className="sr-only">
        Share and export
      </h2>
      <CopyButton getText={() => linkToView(currentView())} doneMessage="Link copied" fallbackTitle="Link to this view" className={BUTTON}>
        Copy link to this view
      </CopyButton>
      <button
        type="button"
        aria-describedby={ruleId}
        onClick={() => withCorpus((corpus, tools) => tools.downloadText('parallax-events.csv', tools.eventsCsv(exportData(corpus, tools)), 'text/csv;charset=utf-8'))}
        className={BUTTON}
      >
        Events CSV
      </button>
      <button
        type="button"
        aria-describedby={ruleId}
        onClick={() => withCorpus((corpus, tools) => tools.downloadText('parallax-events.json', `${JSON.stringify(exportData(corpus, tools), null, 2)}\n`, 'application/json'))}
        className={BUTTON}
      >
        Events JSON
      </button>
      <button
        type="button"
        onClick={() => withCorpus((corpus, tools) => tools.downloadText('parallax-corpus.json', `${JSON.stringify(corpus, null, 2)}\n`, 'application/json'))}
        className={BUTTON}
      >
        Whole corpus JSON
      </button>
      <p id={ruleId} className="basis-full text-xs text-stone-600">
        Exports {count} event{count === 1 ? '' : 's'}: {summary.rule.charAt(0).toLowerCase() + summary.rule.slice(1)}
      </p>
      {status.busy ? (
        <p role="status" className="basis-full text-xs text-stone-700">
          Preparing the export…
        </p>
      ) : null}
      {status.error ? (
        <p role="alert" className="basis-full text-xs text-red-800">
          The export failed: {status.error}
        </p>
      ) : null}
    </section>
  );
});
