import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { memo, useMemo, useRef, useState } from 'react';
import { prefetchArticleBody } from '../../../lib/corpus/article-body-query';
import { isShownOutlet, outletKey, type CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { ArticleSummary } from '../../../lib/corpus/schema';
import { articleTitle } from '../../../lib/article-label';
import { formatPublished } from '../../../lib/format';
import { useScreenDistance, useUnlessOffScreen } from '../../../lib/use-off-screen';
import { navigateView, useViewValue } from '../../../lib/view-state';

export type ArticleListProps = { index: CorpusIndex };

/** Articles listed before "Show more" (the open one always shows). */
export const ARTICLES_SHOWN = 30;

const published = (article: ArticleSummary) => (article.publishedAt ? Date.parse(article.publishedAt) : Number.NaN);

/** In the order they came out (the story as it was told), undated ones last; the corpus order is the seed files'. */
function byPublication(articles: ArticleSummary[]): ArticleSummary[] {
  return articles
    .map((article, position) => ({ article, position, at: published(article) }))
    .sort((a, b) => (Number.isNaN(a.at) ? 1 : 0) - (Number.isNaN(b.at) ? 1 : 0) || (a.at - b.at || 0) || a.position - b.position)
    .map(({ article }) => article);
}

/** The sources: every article with its outlet, headline and publication date, oldest first. */
export const ArticleList = memo(function ArticleList({ index }: ArticleListProps) {
  const sectionRef = useRef<HTMLElement>(null);
  const distance = useScreenDistance(sectionRef);
  const hiddenOutlets = useUnlessOffScreen(useViewValue('hiddenOutlets'), distance);
  const openId = useUnlessOffScreen(useViewValue('article'), distance);
  const queryClient = useQueryClient();
  const [limit, setLimit] = useState(ARTICLES_SHOWN);
  const visible = useMemo(() => {
    const hidden = new Set(hiddenOutlets);
    return byPublication(index.data.articles).filter((article) => isShownOutlet(outletKey(article.outletId), hidden));
  }, [index, hiddenOutlets]);
  return (
    <section ref={sectionRef} aria-labelledby="articles-heading" className="space-y-2">
      <h2 id="articles-heading" className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        Articles <span className="font-normal normal-case">({visible.length} of {index.data.articles.length})</span>
      </h2>
      {/* A long list scrolls in its own box, so the page below stays within reach. */}
      <ul className={`space-y-2 ${visible.length > 12 ? 'max-h-[36rem] overflow-y-auto pr-1' : ''}`}>
        {visible
          .filter((article, rank) => rank < limit || article.id === openId)
          .map((article) => (
            <ArticleRow key={article.id} index={index} article={article} open={openId === article.id} queryClient={queryClient} />
          ))}
      </ul>
      {visible.length > limit ? (
        <button type="button" onClick={() => setLimit(limit + ARTICLES_SHOWN)} className="rounded border border-stone-400 bg-white px-2 py-1 text-sm hover:bg-stone-100">
          Show {Math.min(ARTICLES_SHOWN, visible.length - limit)} more articles (of {visible.length})
        </button>
      ) : null}
    </section>
  );
});

type ArticleRowProps = { index: CorpusIndex; article: ArticleSummary; open: boolean; queryClient: QueryClient };

/** One article's button, memoised: opening an article redraws two rows, not the list. */
const ArticleRow = memo(function ArticleRow({ index, article, open, queryClient }: ArticleRowProps) {
  const outlet = index.outletById.get(article.outletId ?? '');
  const title = articleTitle(article);
  const preview = () => prefetchArticleBody(queryClient, index, article.id);
  return (
    <li>
      <button
        type="button"
        aria-current={open ? 'true' : undefined}
        onClick={() => navigateView({ article: article.id, sentence: null })}
        onPointerEnter={preview}
        onFocus={preview}
        className={`w-full rounded border p-2 text-left text-sm hover:border-amber-600 ${open ? 'border-amber-700 bg-amber-50' : 'border-stone-300 bg-white'}`}
      >
        <span className="block font-semibold text-stone-800">{outlet?.name ?? 'Unknown outlet'}</span>
        <span className={`article-text block ${title.stated ? '' : 'italic'}`}>{title.text}</span>
        <span className="block text-xs text-stone-600">{formatPublished(article.publishedAt)}</span>
      </button>
    </li>
  );
});
