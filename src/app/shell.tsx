import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, memo, Suspense, useEffect, useMemo, useState, type ErrorInfo, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { StatusMessage } from '../components/status-message';
import { OutletFilter } from '../features/outlets/components/outlet-filter';
import { StoryHeader } from '../features/story/components/story-header';
import type { CorpusIndex } from '../lib/corpus/corpus-index';
import { useCorpusIndex } from '../lib/corpus/corpus-index-query';
import { centralEvent } from '../lib/story';
import { setDefaultEvent } from '../lib/view-state';
import { lazyComponent } from '../lib/lazy-component';
import { whenIdle } from '../lib/when-idle';
import { releaseEarlyClicks } from './early-clicks';
import { lazyPart } from './lazy-part';
import type { ShareControlsProps } from '../features/share/components/share-controls';
import type { WorkspaceProps } from './workspace';

// The workspace (timeline, event list, selected event, comparison, names, articles) is most of the page's own code,
// and the first paint needs none of it: the prerendered HTML is on screen before any script runs. Its chunk is
// fetched at boot beside the index (startApp), and React takes the header over without waiting for it.
const workspace = lazyPart<WorkspaceProps>(() => import('./workspace').then((module) => module.Workspace));
/** Start loading what the page needs to take the prerendered first screen over (and before prerendering it). */
export const preloadPage = () => workspace.preload();
// The exports: until the page is idle the Export button is its look-alike (nothing to export before the page works).
const shareControls = lazyComponent<ShareControlsProps>(() => import('../features/share/components/share-controls').then((module) => module.ShareControls));
const preloadExports = () => shareControls.preload().catch(() => {
  // Reported where it is drawn (its error boundary).
});

/**
 * Export, drawn as a look-alike button until its code is here. A press on the
 * look-alike (or one held from before React took the page over) loads the code
 * at once and opens the menu when it arrives, so no press is lost.
 */
function ExportControls({ index }: { index: CorpusIndex }) {
  const [pressed, setPressed] = useState(false);
  const placeholder = (
    <button
      type="button"
      aria-expanded="false"
      aria-busy={pressed || undefined}
      onClick={() => {
        setPressed(true);
        void preloadExports();
      }}
      className="rounded border border-stone-400 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-100"
    >
      Export <span aria-hidden="true">▾</span>
    </button>
  );
  return <shareControls.Component index={index} openAtStart={pressed} fallback={placeholder} />;
}

/** Failures the shell shows the reader, with Retry, rather than bugs. */
export function isExpectedLoadFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'CorpusLoadError';
}

/**
 * The page: the story's header, the timeline, the event list as a rail beside
 * the selected event and its comparison, then the coverage table, names,
 * articles and review; the article reader is a drawer. The shell reads only the index; each feature reads
 * its own part of the view from the URL, so a click re-renders the features it
 * concerns and not the page. Each feature region sits in its own error boundary
 * so one broken panel never blanks the page.
 */
export function AppShell() {
  return (
    <div className="mx-auto max-w-screen-2xl p-3 sm:p-5">
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <CorpusErrorBoundary onRetry={reset}>
            <Suspense fallback={<Frame main={<StatusMessage title="Loading the corpus…" />} />}>
              <LoadedShell />
            </Suspense>
          </CorpusErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </div>
  );
}

function LoadedShell() {
  const index = useCorpusIndex();
  // Before anything reads the view: a page with no event in its URL opens on the story's central event.
  const central = useMemo(() => centralEvent(index.data)?.id ?? null, [index]);
  setDefaultEvent(central);
  useEffect(() => whenIdle(() => void preloadExports()), []);
  // Clicks held since the page loaded are replayed once the header is React's and the workspace's code is here: a
  // click on the workspace's HTML while React has not taken it over yet makes React hydrate it there and then.
  useEffect(() => void workspace.preload().then(releaseEarlyClicks, releaseEarlyClicks), []);
  return (
    <Frame
      story={
        <ErrorBoundary label="The story">
          <StoryHeader index={index} />
        </ErrorBoundary>
      }
      share={
        <ErrorBoundary label="Share and export">
          <ExportControls index={index} />
        </ErrorBoundary>
      }
      filter={
        <ErrorBoundary label="The outlet filter">
          <OutletFilter index={index} />
        </ErrorBoundary>
      }
      main={
        <ErrorBoundary label="The workspace">
          <WorkspaceBoundary index={index} />
        </ErrorBoundary>
      }
    />
  );
}

/**
 * The workspace inside its own Suspense boundary: on the prerendered page its HTML stays as it is until the chunk is
 * here. Memo: a boundary React has not hydrated yet that receives new props is drawn afresh (its fallback, then
 * the part) instead; the index does not change while the page lives.
 */
const WorkspaceBoundary = memo(function WorkspaceBoundary({ index }: { index: CorpusIndex }) {
  return (
    <Suspense fallback={<StatusMessage title="Loading the timeline…" />}>
      <workspace.Part index={index} />
    </Suspense>
  );
});

/** Header and main, whatever state the corpus is in. */
function Frame({ story, share, filter, main }: { story?: ReactNode; share?: ReactNode; filter?: ReactNode; main: ReactNode }) {
  return (
    <>
      {/* The story on the left, its outlets (the filter) on the right on a wide screen; Export in the top corner. */}
      <header className="relative mb-3 grid gap-x-6 gap-y-2 border-b border-stone-300 pb-3 lg:grid-cols-[minmax(0,1fr)_auto] lg:items-end">
        <div className="min-w-0">
          {story ?? (
            <h1 className="text-2xl font-bold tracking-tight">
              Parallax <span className="text-base font-normal text-stone-600">one story, many outlets, side by side</span>
            </h1>
          )}
        </div>
        {share ? <div className="absolute top-0 right-0">{share}</div> : null}
        {filter ? <div className="min-w-0 lg:max-w-[52rem] lg:pt-10">{filter}</div> : null}
      </header>
      <main>{main}</main>
    </>
  );
}

type CorpusErrorBoundaryProps = { onRetry: () => void; children: ReactNode };

/** The index failed to load or validate: say why, and offer Retry (which refetches). */
class CorpusErrorBoundary extends Component<CorpusErrorBoundaryProps, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // A load failure is shown to the reader; anything else is a bug worth a console line.
    if (!isExpectedLoadFailure(error)) console.error('The corpus view failed to render', error, info.componentStack);
    // The loaded shell that would let go of the clicks held since the page loaded never commits: Retry must work.
    releaseEarlyClicks();
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Frame
        main={
          <StatusMessage tone="error" title="The corpus could not be loaded">
            <p>{error.message}</p>
            <button
              type="button"
              onClick={() => {
                this.props.onRetry();
                this.setState({ error: null });
              }}
              className="mt-2 rounded border border-red-400 bg-white px-2 py-1 font-medium hover:bg-red-100"
            >
              Retry
            </button>
          </StatusMessage>
        }
      />
    );
  }
}
