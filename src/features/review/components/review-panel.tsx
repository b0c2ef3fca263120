import { memo, useId, useMemo, useState } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { articleTitle } from '../../../lib/article-label';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { CorpusIndexData } from '../../../lib/corpus/schema';
import { navigateView } from '../../../lib/view-state';

export type ReviewPanelProps = { index: CorpusIndex };

type ReviewItem = NonNullable<CorpusIndexData['review']>[number];

const FOCUS = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-700';

/**
 * "Needs checking": where the ingest is unsure (attributed or missing metadata,
 * unresolved dates, ambiguous references, inferred placements), grouped by
 * article, each with the manifest or editorial line that settles it. Folded by
 * default so it never crowds the sources it sits beside.
 */
export const ReviewPanel = memo(function ReviewPanel({ index }: ReviewPanelProps) {
  const [open, setOpen] = useState(false);
  const baseId = useId();
  const items = index.data.review;
  const groups = useMemo(() => {
    const byArticle = new Map<string, ReviewItem[]>();
    for (const item of items ?? []) byArticle.set(item.articleId, [...(byArticle.get(item.articleId) ?? []), item]);
    return [...byArticle.entries()];
  }, [items]);
  // An index published before the review existed says nothing, rather than "nothing to check".
  if (!items) return null;

  return (
    <section aria-labelledby={`${baseId}-heading`} className="rounded border border-stone-300 bg-white p-2">
      <h2 id={`${baseId}-heading`} className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${baseId}-body`}
          onClick={() => setOpen(!open)}
          className={`flex w-full items-center gap-2 rounded text-left uppercase hover:text-stone-900 ${FOCUS}`}
        >
          <span aria-hidden="true" className={`inline-block transition-transform ${open ? 'rotate-90' : ''}`}>
            ▸
          </span>
          <span>
            Needs checking <span className="font-normal normal-case">({items.length})</span>
          </span>
        </button>
      </h2>
      <p className="mt-1 text-xs text-stone-600">
        {items.length === 0
          ? 'Nothing: every outlet and date is stated, and every sentence placed by a date or a name.'
          : 'Where the ingest inferred, was told, or could not tell, with the line that settles each.'}
      </p>
      {open && items.length > 0 ? (
        <div id={`${baseId}-body`} className="mt-2 space-y-3">
          <p className="text-xs text-stone-700">
            Paste each line into the seeds file named, under its key, and rebuild. Where an article already has a line in manifest.json, add the field to that line
            rather than a second one. &lt;Angle brackets&gt; and YYYY-MM-DD mark placeholders to fill in.
          </p>
          {groups.map(([articleId, articleItems]) => (
            <ArticleGroup key={articleId} index={index} articleId={articleId} items={articleItems} />
          ))}
        </div>
      ) : (
        <div id={`${baseId}-body`} hidden />
      )}
    </section>
  );
});

type ArticleGroupProps = { index: CorpusIndex; articleId: string; items: ReviewItem[] };

function ArticleGroup({ index, articleId, items }: ArticleGroupProps) {
  const headingId = useId();
  const article = index.articleById.get(articleId);
  const outlet = index.outletById.get(article?.outletId ?? '');
  const title = article ? articleTitle(article) : { text: articleId, stated: true };
  return (
    <section aria-labelledby={headingId} className="border-t border-stone-200 pt-2">
      <h3 id={headingId} className="text-sm font-semibold text-stone-800">
        {outlet?.name ?? 'Unknown outlet'}: <span className={`article-text font-normal ${title.stated ? '' : 'italic'}`}>{title.text}</span>
      </h3>
      {article ? <p className="font-mono text-xs break-all text-stone-600">{article.file}</p> : null}
      <ul className="mt-1 space-y-3">
        {items.map((item, position) => (
          <ReviewEntry key={`${item.kind}-${position}`} articleId={articleId} item={item} />
        ))}
      </ul>
    </section>
  );
}

function ReviewEntry({ articleId, item }: { articleId: string; item: ReviewItem }) {
  return (
    <li className="text-sm">
      <p className="font-medium text-stone-900">{item.title}</p>
      <p className="text-xs text-stone-700">{item.detail}</p>
      {item.sentenceIds.length > 0 ? (
        <p className="mt-1 flex flex-wrap items-center gap-1 text-xs text-stone-600">
          <span>In the reader:</span>
          {item.sentenceIds.map((sentenceId) => {
            const short = sentenceId.startsWith(`${articleId}-`) ? sentenceId.slice(articleId.length + 1) : sentenceId;
            return (
              <button
                key={sentenceId}
                type="button"
                aria-label={`Show ${short} of article ${articleId} in the reader`}
                onClick={() => navigateView({ article: articleId, sentence: sentenceId })}
                className={`rounded border border-stone-300 px-1 font-mono hover:border-amber-600 hover:bg-amber-50 ${FOCUS}`}
              >
                {short}
              </button>
            );
          })}
        </p>
      ) : null}
      <p className="mt-1 text-xs text-stone-700">{item.action}</p>
      {item.snippets.map((snippet, position) => (
        <div key={position} className="mt-1">
          <div className="flex flex-wrap items-baseline justify-between gap-x-2 text-xs text-stone-600">
            <span>
              <code>{snippet.file}</code>, under “{snippet.under}”
            </span>
            <CopyButton
              getText={() => snippet.text}
              label={`Copy the ${snippet.file} “${snippet.under}” line for article ${articleId}: ${item.title}`}
              doneMessage="Copied"
              fallbackTitle={`The ${snippet.file} line`}
              className={`rounded border border-stone-400 bg-white px-2 py-0.5 text-xs text-stone-800 hover:bg-stone-100 ${FOCUS}`}
            >
              Copy
            </CopyButton>
          </div>
          {/* Wrapped, not scrolled: the copy is the exact text whatever the width. */}
          <pre className="mt-0.5 rounded bg-stone-100 p-1.5 text-xs whitespace-pre-wrap text-stone-900 wrap-anywhere">
            <code>{snippet.text}</code>
          </pre>
        </div>
      ))}
    </li>
  );
}
