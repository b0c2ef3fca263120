import { useEffect } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { ArticleList } from '../features/articles/components/article-list';
import { CompareRegion } from '../features/compare/components/compare-region';
import { EntityIndex } from '../features/entities/components/entity-index';
import { TimelineRegion } from '../features/timeline/components/timeline-region';
import type { CorpusIndex } from '../lib/corpus/corpus-index';
import { lazyComponent } from '../lib/lazy-component';
import { whenIdle } from '../lib/when-idle';
import type { ArticleReaderProps } from '../features/articles/components/article-reader';
import type { CoverageMatrixProps } from '../features/compare/components/coverage-matrix';
import type { ReviewPanelProps } from '../features/review/components/review-panel';

// Below the workspace, so in their own chunks: loaded when the page is idle.
const coverageMatrix = lazyComponent<CoverageMatrixProps>(() => import('../features/compare/components/coverage-matrix').then((module) => module.CoverageMatrix));
const reviewPanel = lazyComponent<ReviewPanelProps>(() => import('../features/review/components/review-panel').then((module) => module.ReviewPanel));
// The article reader is a drawer that no first screen shows open: its chunk loads once the page is taken over (and at
// once when the URL opens an article).
const articleReader = lazyComponent<ArticleReaderProps>(() => import('../features/articles/components/article-reader').then((module) => module.ArticleReader));
const preloadBelow = () => Promise.all([coverageMatrix.preload(), reviewPanel.preload()]).catch(() => {
  // Reported where each is drawn (its error boundary).
});

const BELOW_THE_FOLD = '[content-visibility:auto] [contain-intrinsic-size:auto_48rem]';

export type WorkspaceProps = { index: CorpusIndex };

/**
 * The page's main area: the timeline across the top, the event list as a rail
 * beside the selected event and its comparison, then the names, the articles,
 * the coverage table and review; the article reader is a drawer. In a chunk of
 * its own (src/app/shell.tsx loads it at boot, beside the index): the first
 * paint is the prerendered HTML, which stays on screen until this arrives and
 * React takes it over.
 */
export function Workspace({ index }: WorkspaceProps) {
  useEffect(() => whenIdle(() => void preloadBelow()), []);
  return (
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
  );
}
