import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, Suspense, useEffect, useMemo, type ErrorInfo, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { StatusMessage } from '../components/status-message';
import { ArticleList } from '../features/articles/components/article-list';
import { CompareRegion } from '../features/compare/components/compare-region';
import { EntityIndex } from '../features/entities/components/entity-index';
import { OutletFilter } from '../features/outlets/components/outlet-filter';
import { StoryHeader } from '../features/story/components/story-header';
import { TimelineRegion } from '../features/timeline/components/timeline-region';
import { useCorpusIndex } from '../lib/corpus/corpus-index-query';
import { centralEvent } from '../lib/story';
import { setDefaultEvent } from '../lib/view-state';
import { lazyComponent } from '../lib/lazy-component';
import { whenIdle } from '../lib/when-idle';
import { releaseEarlyClicks } from './early-clicks';
import type { ArticleReaderProps } from '../features/articles/components/article-reader';
import type { CoverageMatrixProps } from '../features/compare/components/coverage-matrix';
import type { ReviewPanelProps } from '../features/review/components/review-panel';
import type { ShareControlsProps } from '../features/share/components/share-controls';

// Below the workspace, so in their own chunks: the first paint's script stays within its budget (bench/bundle-budget.ts).
const coverageMatrix = lazyComponent<CoverageMatrixProps>(() => import('../features/compare/components/coverage-matrix').then((module) => module.CoverageMatrix));
const reviewPanel = lazyComponent<ReviewPanelProps>(() => import('../features/review/components/review-panel').then((module) => module.ReviewPanel));
// The exports too: until the page is idle the Export button is its look-alike (nothing to export before the page works).
const shareControls = lazyComponent<ShareControlsProps>(() => import('../features/share/components/share-controls').then((module) => module.ShareControls));
// The article reader is a drawer that no first screen shows open: its chunk loads once the page is taken over (and at
// once when the URL opens an article), so the first paint's script does not carry it.
const articleReader = lazyComponent<ArticleReaderProps>(() => import('../features/articles/components/article-reader').then((module) => module.ArticleReader));
const EXPORT_PLACEHOLDER = (
  <button type="button" aria-expanded="false" className="rounded border border-stone-400 bg-white px-3 py-1 text-sm font-medium">
    Export <span aria-hidden="true">▾</span>
  </button>
);
const preloadBelow = () => Promise.all([shareControls.preload(), coverageMatrix.preload(), reviewPanel.preload()]).catch(() => {
  // Reported where each is drawn (its error boundary).
});

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

const BELOW_THE_FOLD = '[content-visibility:auto] [contain-intrinsic-size:auto_48rem]';

function LoadedShell() {
  const index = useCorpusIndex();
  // Before anything reads the view: a page with no event in its URL opens on the story's central event.
  const central = useMemo(() => centralEvent(index.data)?.id ?? null, [index]);
  setDefaultEvent(central);
  useEffect(() => whenIdle(() => void preloadBelow()), []);
  useEffect(releaseEarlyClicks, []);
  return (
    <Frame
      story={
        <ErrorBoundary label="The story">
          <StoryHeader index={index} />
        </ErrorBoundary>
      }
      share={
        <ErrorBoundary label="Share and export">
          <shareControls.Component index={index} fallback={EXPORT_PLACEHOLDER} />
        </ErrorBoundary>
      }
      filter={
        <ErrorBoundary label="The outlet filter">
          <OutletFilter index={index} />
        </ErrorBoundary>
      }
      main={
        <div className="space-y-6">
          {/* The workspace: the chart across the top, the event list as a rail beside the selected event and its
              comparison (the main area). */}
          <ErrorBoundary label="The timeline">
            <TimelineRegion
              index={index}
              main={
                <ErrorBoundary label="The comparison">
                  <CompareRegion index={index} />
                </ErrorBoundary>
              }
            />
          </ErrorBoundary>
          {/* Below the workspace from here: skipped in layout and paint until scrolled near (content-visibility), so a
              click above does not pay for them. Names and articles in the narrow column, clear of the reader's drawer
              (which covers the page's right side), so a name can be pressed and another article opened while reading. */}
          <div className={`grid gap-4 lg:grid-cols-[20rem_minmax(0,1fr)] ${BELOW_THE_FOLD}`}>
            <div className="min-w-0 space-y-4">
              <ErrorBoundary label="The name index">
                <EntityIndex index={index} />
              </ErrorBoundary>
              <ErrorBoundary label="The article list">
                <ArticleList index={index} />
              </ErrorBoundary>
            </div>
            <div className="min-w-0 space-y-4">
              <ErrorBoundary label="The coverage table">
                <coverageMatrix.Component index={index} fallback={<p className="text-sm text-stone-600">Loading the coverage table…</p>} />
              </ErrorBoundary>
              {/* What the ingest is unsure of and how to settle it; in the wide column, so the lines to copy read whole. */}
              <ErrorBoundary label="What needs checking">
                <reviewPanel.Component index={index} fallback={<p className="text-sm text-stone-600">Loading what needs checking…</p>} />
              </ErrorBoundary>
            </div>
          </div>
          {/* A drawer over the page's right side (a bottom sheet on a phone), opened from any sentence. */}
          <ErrorBoundary label="The article reader">
            <articleReader.Component index={index} fallback={null} />
          </ErrorBoundary>
        </div>
      }
    />
  );
}

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
