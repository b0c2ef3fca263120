import { memo, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { StatusMessage } from '../../../components/status-message';
import { useArticleBody } from '../../../lib/corpus/article-body-query';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import { navigateView, useViewValue } from '../../../lib/view-state';
import { lazyComponent } from '../../../lib/lazy-component';
import { whenIdle } from '../../../lib/when-idle';

import type { ReaderBodyProps } from './reader-body';

const readerBody = lazyComponent<ReaderBodyProps>(() => import('./reader-body').then((module) => module.ReaderBody));

export type ArticleReaderProps = { index: CorpusIndex };

const close = () => navigateView({ article: null, sentence: null });

/**
 * One article's cleaned text, opened at a sentence when the URL names one, in a
 * drawer at the page's right (a bottom sheet on a phone) so the comparison it
 * was opened from stays in view. The body is fetched when opened.
 */
export const ArticleReader = memo(function ArticleReader({ index }: ArticleReaderProps) {
  const articleId = useViewValue('article');
  const sentenceId = useViewValue('sentence');
  // The reader's code is fetched when the page is idle, so opening the first article does not wait for it.
  useEffect(() => whenIdle(() => void readerBody.preload().catch(() => {})), []);

  if (!articleId) return <ReturnFocus />;
  return (
    <Drawer key="drawer">
      <OpenArticle index={index} articleId={articleId} sentenceId={sentenceId} />
    </Drawer>
  );
});

/**
 * The open article. The highlighted names are read here, not by the reader itself: a name pressed while no article
 * is open re-renders nothing of the reader in the click's frame.
 */
function OpenArticle({ index, articleId, sentenceId }: { index: CorpusIndex; articleId: string; sentenceId: string | null }) {
  const highlighted = useViewValue('entities');
  const article = index.articleById.get(articleId);
  const { text, isPending, error, retry } = useArticleBody(index, article ? article.id : null);
  if (!article)
    return (
      <StatusMessage tone="error" title="Article not found">
        No article has the id “{articleId}”.{' '}
        <button type="button" className="underline" onClick={close}>
          Close
        </button>
      </StatusMessage>
    );
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
}

/** The control that opened the drawer, to give the focus back to when it closes. */
let opener: HTMLElement | null = null;

/**
 * A region beside the page rather than a modal: the reader may go on using the
 * comparison while an article is open (another "Open in article" swaps it).
 * Focus goes into it when it opens and back to its opener when it closes; Escape
 * closes it.
 */
function Drawer({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !ref.current?.contains(active)) opener = active;
    // The body, once here, moves the focus on to the opened sentence or the headline.
    const drawer = ref.current;
    drawer?.focus({ preventScroll: true });
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog inside the drawer (the citation to copy by hand) closes first, on its own Escape.
      if (event.key !== 'Escape' || event.defaultPrevented || (event.target as Element).closest('[role="dialog"]')) return;
      event.preventDefault();
      close();
    };
    // A listener on the element, not a React prop: the drawer is a region, and Escape is its one key.
    drawer?.addEventListener('keydown', onKeyDown);
    return () => drawer?.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <aside
      ref={ref}
      aria-label="Article reader"
      tabIndex={-1}
      // Below the header's top line on a desktop, so Export stays in reach while an article is open.
      className="fixed inset-x-0 bottom-0 z-40 max-h-[80vh] overflow-y-auto overscroll-contain rounded-t-lg border-t border-stone-400 bg-stone-50 p-2 shadow-[0_-4px_24px_rgba(0,0,0,0.18)] focus:outline-none lg:top-14 lg:bottom-0 lg:right-0 lg:left-auto lg:max-h-none lg:w-[40rem] lg:rounded-none lg:border-t-0 lg:border-l lg:shadow-[-4px_0_24px_rgba(0,0,0,0.18)]"
    >
      {/* Stays in view while the article scrolls beneath it (the reader's own Close scrolls away with its header). */}
      <div className="sticky -top-2 z-10 -mx-2 -mt-2 mb-2 flex items-center justify-between border-b border-stone-300 bg-stone-100 px-3 py-1">
        <span aria-hidden="true" className="text-xs font-semibold tracking-wide text-stone-600 uppercase">
          Article
        </span>
        <button type="button" onClick={close} className="rounded px-2 py-0.5 text-sm text-stone-800 hover:bg-stone-200">
          Close reader <span aria-hidden="true">✕</span>
        </button>
      </div>
      {children}
    </aside>
  );
}

/** Drawn while no article is open: gives the focus back to the drawer's opener once it closes. */
function ReturnFocus() {
  useEffect(() => {
    const target = opener;
    opener = null;
    // Only when the focus was in the drawer (now gone, so on the body): a reader who moved on keeps their place.
    if (target?.isConnected && (document.activeElement === document.body || document.activeElement === null)) target.focus();
  }, []);
  return null;
}
