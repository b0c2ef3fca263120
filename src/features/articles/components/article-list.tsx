import { useQueryClient } from '@tanstack/react-query';
import { memo, useMemo } from 'react';
import { prefetchArticleBody } from '../../../lib/corpus/article-body-query';
import { isShownOutlet, outletKey, type CorpusIndex } from '../../../lib/corpus/corpus-index';
import { articleTitle } from '../../../lib/article-label';
import { formatPublished } from '../../../lib/format';
import { navigateView, useViewValue } from '../../../lib/view-state';

export type ArticleListProps = { index: CorpusIndex };

/** The sources: every article with its outlet, headline and publication date. */
export const ArticleList = memo(function ArticleList({ index }: ArticleListProps) {
  const hiddenOutlets = useViewValue('hiddenOutlets');
  const openId = useViewValue('article');
  const queryClient = useQueryClient();
  const visible = useMemo(() => {
    const hidden = new Set(hiddenOutlets);
    return index.data.articles.filter((article) => isShownOutlet(outletKey(article.outletId), hidden));
  }, [index, hiddenOutlets]);
  return (
    <section aria-labelledby="articles-heading" className="space-y-2">
      <h2 id="articles-heading" className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        Articles <span className="font-normal normal-case">({visible.length} of {index.data.articles.length})</span>
      </h2>
      <ul className="space-y-2">
        {visible.map((article) => {
          const outlet = index.outletById.get(article.outletId ?? '');
          const title = articleTitle(article);
          const open = openId === article.id;
          const preview = () => prefetchArticleBody(queryClient, index, article.id);
          return (
            <li key={article.id}>
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
        })}
      </ul>
    </section>
  );
});
