import { useQueryClient } from '@tanstack/react-query';
import { memo, useEffect, useId, useMemo, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { CopyButton } from '../../../components/copy-button';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import { loadCorpus } from '../../../lib/corpus/corpus-query';
import type { Corpus } from '../../../lib/corpus/schema';
import { currentView, defaultViewState, linkToView, useViewValue } from '../../../lib/view-state';
import { exportSummary } from '../export-summary';
import type { LinkFor } from '../view-export';

export type ShareControlsProps = {
  index: CorpusIndex;
  /** Open the menu as it appears: the reader pressed its stand-in before this code had arrived. */
  openAtStart?: boolean;
};

/** The export builders and the download, loaded with the first export. */
const loadExportTools = () =>
  Promise.all([import('../view-export'), import('../download')]).then(([exporting, download]) => ({
    exportEvents: exporting.exportEvents,
    eventsCsv: exporting.eventsCsv,
    downloadText: download.downloadText,
  }));
type ExportTools = Awaited<ReturnType<typeof loadExportTools>>;

const ITEM = 'block w-full rounded px-2 py-1.5 text-left text-sm hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-amber-700';

// Evidence links open one sentence; they carry no filter of their own.
const linkFor: LinkFor = (patch) => (Object.keys(patch).length === 0 ? linkToView(currentView()) : linkToView({ ...defaultViewState(), ...patch }, { omitDefaultEvent: true }));

/**
 * Copy a link to the view, and export what the view shows: its events with
 * their evidence (CSV or JSON, following the outlet filter and highlighted
 * names), or the whole corpus (JSON). The summary comes from the index; the
 * export itself needs every evidence sentence, so the whole corpus is fetched
 * on the first export and kept.
 */
export const ShareControls = memo(function ShareControls({ index, openAtStart = false }: ShareControlsProps) {
  const headingId = useId();
  const ruleId = useId();
  const queryClient = useQueryClient();
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

  return (
    <section aria-labelledby={headingId} aria-busy={status.busy || undefined} className="relative shrink-0">
      <h2 id={headingId} className="sr-only">
        Share and export
      </h2>
      <ExportMenu openAtStart={openAtStart}>
        <CopyButton getText={() => linkToView(currentView())} doneMessage="Link copied" fallbackTitle="Link to this view" className={ITEM}>
          Copy link to this view
        </CopyButton>
        <button
          type="button"
          aria-describedby={ruleId}
          onClick={() => withCorpus((corpus, tools) => tools.downloadText('parallax-events.csv', tools.eventsCsv(exportData(corpus, tools)), 'text/csv;charset=utf-8'))}
          className={ITEM}
        >
          Events CSV
        </button>
        <button
          type="button"
          aria-describedby={ruleId}
          onClick={() => withCorpus((corpus, tools) => tools.downloadText('parallax-events.json', `${JSON.stringify(exportData(corpus, tools), null, 2)}\n`, 'application/json'))}
          className={ITEM}
        >
          Events JSON
        </button>
        <button
          type="button"
          onClick={() => withCorpus((corpus, tools) => tools.downloadText('parallax-corpus.json', `${JSON.stringify(corpus, null, 2)}\n`, 'application/json'))}
          className={ITEM}
        >
          Whole corpus JSON
        </button>
        <ExportRule id={ruleId} index={index} />
        {status.busy ? (
          <p role="status" className="px-2 text-xs text-stone-700">
            Preparing the export…
          </p>
        ) : null}
        {status.error ? (
          <p role="alert" className="px-2 text-xs text-red-800">
            The export failed: {status.error}
          </p>
        ) : null}
      </ExportMenu>
    </section>
  );
});

/**
 * What an export of the view holds. It reads the view itself and is drawn only
 * while the menu is open, so a click elsewhere on the page does not work it out.
 */
function ExportRule({ id, index }: { id: string; index: CorpusIndex }) {
  const hidden = useViewValue('hiddenOutlets');
  const entities = useViewValue('entities');
  const summary = useMemo(() => exportSummary(index, hidden, entities), [index, hidden, entities]);
  const count = summary.count;
  return (
    <p id={id} className="px-2 pt-1 text-xs text-stone-600">
      Exports {count} event{count === 1 ? '' : 's'}: {summary.rule.charAt(0).toLowerCase() + summary.rule.slice(1)}
    </p>
  );
}

/**
 * The exports behind one button: a disclosure whose panel holds the export
 * buttons. Opening moves the focus to the first; Up and Down move between them;
 * Escape closes and gives the focus back to the button, as does a click outside
 * or Tab past the last. The panel stays open after a press, so "Link copied" and
 * "Preparing the export…" are seen.
 */
function ExportMenu({ children, openAtStart }: { children: ReactNode; openAtStart: boolean }) {
  const panelId = useId();
  const [open, setOpen] = useState(openAtStart);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const items = () => [...(panelRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  useEffect(() => {
    if (!open) return;
    const panel = panelRef.current;
    items()[0]?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      const list = items();
      const at = list.indexOf(document.activeElement as HTMLButtonElement);
      if (event.key === 'Escape') {
        event.preventDefault();
        setOpen(false);
        buttonRef.current?.focus();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const next = event.key === 'ArrowDown' ? (at + 1) % list.length : (at - 1 + list.length) % list.length;
        list[next]?.focus();
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        list[event.key === 'Home' ? 0 : list.length - 1]?.focus();
      }
    };
    panel?.addEventListener('keydown', onKeyDown);
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      panel?.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);
  // Focus moving out of the menu (Tab past its end) closes it.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget as Node | null;
    if (next && !event.currentTarget.contains(next)) setOpen(false);
  };
  return (
    <div onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
        className="rounded border border-stone-400 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-100"
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          ref={panelRef}
          id={panelId}
          role="group"
          aria-label="Export"
          className="absolute right-0 z-30 mt-1 w-72 rounded border border-stone-300 bg-white p-1 shadow-lg"
        >
          {children}
        </div>
      ) : null}
    </div>
  );
}
