import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { StatusMessage } from '../components/status-message';
import { ArticleList } from '../features/articles/components/article-list';
import { ArticleReader } from '../features/articles/components/article-reader';
import { CompareRegion } from '../features/compare/components/compare-region';
import { CoverageMatrix } from '../features/compare/components/coverage-matrix';
import { EntityIndex } from '../features/entities/components/entity-index';
import { OutletFilter } from '../features/outlets/components/outlet-filter';
import { ReviewPanel } from '../features/review/components/review-panel';
import { ShareControls } from '../features/share/components/share-controls';
import { TimelineRegion } from '../features/timeline/components/timeline-region';
import { useCorpusIndex } from '../lib/corpus/corpus-index-query';

/** Failures the shell shows the reader, with Retry, rather than bugs. */
export function isExpectedLoadFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'CorpusLoadError';
}

/**
 * The page: header, timeline (with the event list and detail), then the
 * sources beside the reader. The shell reads only the index; each feature reads
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
  return (
    <Frame
      share={
        <ErrorBoundary label="Share and export">
          <ShareControls index={index} />
        </ErrorBoundary>
      }
      filter={
        <ErrorBoundary label="The outlet filter">
          <OutletFilter index={index} />
        </ErrorBoundary>
      }
      main={
        <div className="space-y-6">
          <ErrorBoundary label="The timeline">
            <TimelineRegion index={index} />
          </ErrorBoundary>
          {/* Below the fold on load from here: skipped in layout and paint until scrolled near
              (content-visibility), so a click above does not pay for panels, names, articles and cells below.
              Right below the event detail: the selected event outlet by outlet, then who covered what. */}
          <div className={BELOW_THE_FOLD}>
            <ErrorBoundary label="The comparison">
              <CompareRegion index={index} />
            </ErrorBoundary>
          </div>
          <div className={BELOW_THE_FOLD}>
            <ErrorBoundary label="The coverage table">
              <CoverageMatrix index={index} />
            </ErrorBoundary>
          </div>
          <div className={`grid gap-4 lg:grid-cols-[20rem_1fr] ${BELOW_THE_FOLD}`}>
            <aside className="space-y-4">
              <ErrorBoundary label="The name index">
                <EntityIndex index={index} />
              </ErrorBoundary>
              <ErrorBoundary label="The article list">
                <ArticleList index={index} />
              </ErrorBoundary>
            </aside>
            <div className="min-w-0 space-y-4">
              {/* Beside the sources it concerns, folded to one line: what the ingest is unsure of and how to settle it;
                  in the wide column, so the lines to copy read whole. */}
              <ErrorBoundary label="What needs checking">
                <ReviewPanel index={index} />
              </ErrorBoundary>
              <ErrorBoundary label="The article reader">
                <ArticleReader index={index} />
              </ErrorBoundary>
            </div>
          </div>
        </div>
      }
    />
  );
}

/** Header and main, whatever state the corpus is in. */
function Frame({ share, filter, main }: { share?: ReactNode; filter?: ReactNode; main: ReactNode }) {
  return (
    <>
      <header className="mb-4 border-b border-stone-300 pb-3">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <h1 className="text-2xl font-bold tracking-tight">
            Parallax <span className="text-base font-normal text-stone-600">one story, many outlets, side by side</span>
          </h1>
          {share}
        </div>
        {filter ? <div className="mt-3">{filter}</div> : null}
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
