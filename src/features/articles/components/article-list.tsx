import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import { articleTitle } from '../../../lib/article-label';
import { formatPublished } from '../../../lib/format';
import type { UpdateViewState, ViewState } from '../../../lib/view-state';

export type ArticleListProps = { index: CorpusIndex; view: ViewState; onNavigate: UpdateViewState };

/** The sources: every article with its outlet, headline and publication date. */
export function ArticleList({ index, view, onNavigate }: ArticleListProps) {
  const visible = index.corpus.articles.filter((article) => !view.hiddenOutlets.includes(article.outletId ?? ''));
  return (
    <section aria-labelledby="articles-heading" className="space-y-2">
      <h2 id="articles-heading" className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        Articles <span className="font-normal normal-case">({visible.length} of {index.corpus.articles.length})</span>
      </h2>
      <ul className="space-y-2">
        {visible.map((article) => {
          const outlet = index.outletById.get(article.outletId ?? '');
          const title = articleTitle(article);
          const open = view.article === article.id;
          return (
            <li key={article.id}>
              <button
                type="button"
                aria-current={open ? 'true' : undefined}
                onClick={() => onNavigate({ article: article.id, sentence: null })}
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
}
