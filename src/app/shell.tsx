import { ErrorBoundary } from '../components/error-boundary';
import { StatusMessage } from '../components/status-message';
import { ArticleList } from '../features/articles/components/article-list';
import { ArticleReader } from '../features/articles/components/article-reader';
import { CompareRegion } from '../features/compare/components/compare-region';
import { CoverageMatrix } from '../features/compare/components/coverage-matrix';
import { EntityIndex } from '../features/entities/components/entity-index';
import { OutletFilter } from '../features/outlets/components/outlet-filter';
import { ShareControls } from '../features/share/components/share-controls';
import { TimelineRegion } from '../features/timeline/components/timeline-region';
import { useCorpus } from '../lib/corpus/corpus-query';
import { useViewState } from '../lib/view-state';

/**
 * The page: header, timeline (with the event list and detail), then the
 * sources beside the reader. Each feature region sits in its own error boundary
 * so one broken panel never blanks the page.
 */
export function AppShell() {
  const corpus = useCorpus();
  const [view, navigate] = useViewState();

  return (
    <div className="mx-auto max-w-screen-2xl p-3 sm:p-5">
      <header className="mb-4 border-b border-stone-300 pb-3">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <h1 className="text-2xl font-bold tracking-tight">
            Parallax <span className="text-base font-normal text-stone-600">one story, many outlets, side by side</span>
          </h1>
          {corpus.data ? (
            <ErrorBoundary label="Share and export">
              <ShareControls index={corpus.data} view={view} />
            </ErrorBoundary>
          ) : null}
        </div>
        {corpus.data ? (
          <div className="mt-3">
            <ErrorBoundary label="The outlet filter">
              <OutletFilter index={corpus.data} view={view} onNavigate={navigate} />
            </ErrorBoundary>
          </div>
        ) : null}
      </header>
      <main>
        {corpus.isPending ? (
          <StatusMessage title="Loading the corpus…" />
        ) : corpus.isError ? (
          <StatusMessage tone="error" title="The corpus could not be loaded">
            <p>{corpus.error.message}</p>
            <button
              type="button"
              onClick={() => void corpus.refetch()}
              className="mt-2 rounded border border-red-400 bg-white px-2 py-1 font-medium hover:bg-red-100"
            >
              Retry
            </button>
          </StatusMessage>
        ) : (
          <div className="space-y-6">
            <ErrorBoundary label="The timeline">
              <TimelineRegion index={corpus.data} view={view} onNavigate={navigate} />
            </ErrorBoundary>
            {/* Right below the event detail: the selected event outlet by outlet, then who covered what. */}
            <ErrorBoundary label="The comparison">
              <CompareRegion index={corpus.data} view={view} onNavigate={navigate} />
            </ErrorBoundary>
            <ErrorBoundary label="The coverage table">
              <CoverageMatrix index={corpus.data} view={view} onNavigate={navigate} />
            </ErrorBoundary>
            <div className="grid gap-4 lg:grid-cols-[20rem_1fr]">
              <aside className="space-y-4">
                <ErrorBoundary label="The name index">
                  <EntityIndex index={corpus.data} view={view} onNavigate={navigate} />
                </ErrorBoundary>
                <ErrorBoundary label="The article list">
                  <ArticleList index={corpus.data} view={view} onNavigate={navigate} />
                </ErrorBoundary>
              </aside>
              <div className="min-w-0 space-y-4">
                <ErrorBoundary label="The article reader">
                  <ArticleReader index={corpus.data} view={view} onNavigate={navigate} />
                </ErrorBoundary>
              </div>
            </div>
          </div>
        )}
      </main>
    </div>
  );
}
