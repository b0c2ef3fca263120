import { memo, useEffect } from 'react';
import { StatusMessage } from '../../../components/status-message';
import { useArticleBody } from '../../../lib/corpus/article-body-query';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import { navigateView, useViewValue } from '../../../lib/view-state';
import { lazyComponent } from '../../../lib/lazy-component';
import { whenIdle } from '../../../lib/when-idle';

import type { ReaderBodyProps } from './reader-body';

const readerBody = lazyComponent<ReaderBodyProps>(() => import('./reader-body').then((module) => module.ReaderBody));

export type ArticleReaderProps = { index: CorpusIndex };

/** One article's cleaned text, opened at a sentence when the URL names one; the body is fetched when opened. */
export const ArticleReader = memo(function ArticleReader({ index }: ArticleReaderProps) {
  const articleId = useViewValue('article');
  const sentenceId = useViewValue('sentence');
  const highlighted = useViewValue('entities');
  const article = articleId ? index.articleById.get(articleId) : undefined;
  const { text, isPending, error, retry } = useArticleBody(index, article ? article.id : null);
  // The reader's code is fetched when the page is idle, so opening the first article does not wait for it.
  useEffect(() => whenIdle(() => void readerBody.preload().catch(() => {})), []);


  if (!articleId) return null;
  if (!article) {
    return (
      <StatusMessage tone="error" title="Article not found">
        No article has the id “{articleId}”.{' '}
        <button type="button" className="underline" onClick={() => navigateView({ article: null, sentence: null })}>
          Close
        </button>
      </StatusMessage>
    );
  }
  return (
    <readerBody.Component
      fallback={
        <p role="status" className="rounded border border-stone-300 bg-white p-4 text-sm text-stone-600">
          Loading the article…
        </p>
      }
        index={index}
        article={article}
        text={text}
        loading={isPending}
        error={error}
        onRetry={() => void retry()}
        sentenceId={sentenceId}
      highlighted={highlighted}
    />
  );
});


