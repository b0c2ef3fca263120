import { useEffect, useLayoutEffect, useMemo, useRef, useState, memo } from 'react';
import { CiteButton } from '../../../components/cite-button';
import { MarkedText, VisibleText } from '../../../components/marked-text';
import type { ArticleText } from '../../../lib/corpus/article-body-query';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import type { ArticleBody, ArticleSummary, Provenanced, Sentence, SentenceMention } from '../../../lib/corpus/schema';
import { articleTitle } from '../../../lib/article-label';
import { entityMarksFor, firstMentionKeys, highlightKey } from '../../../lib/entity-marks';
import { countryName, formatPublished } from '../../../lib/format';
import { navigateView } from '../../../lib/view-state';

const SOURCE_LABEL: Record<Provenanced['source'], string> = {
  text: 'stated in the text',
  manifest: 'from the manifest',
  editorial: 'attributed by the editors',
  inferred: 'inferred from the text',
  missing: 'unknown',
};

export type ReaderBodyProps = {
  index: CorpusIndex;
  article: ArticleSummary;
  text: ArticleText | undefined;
  loading: boolean;
  error: Error | null;
  onRetry: () => void;
  sentenceId: string | null;
  highlighted: readonly string[];
};

/**
 * The open article: header, text with marks and Cite buttons, and the removed
 * lines. Its own chunk, loaded with the article's body: the page needs neither
 * until an article is opened.
 */
export function ReaderBody({
  index,
  article,
  text,
  loading,
  error,
  onRetry,
  sentenceId,
  highlighted,
}: ReaderBodyProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAtOpening = useRef<Element | null>(null);
  const body = text?.body;

  // Decided per opening: where the focus stood when this article (or sentence) was opened. The text may arrive
  // later; a reader who has moved on by then keeps their place.
  useLayoutEffect(() => {
    focusAtOpening.current = document.activeElement;
  }, [article.id, sentenceId]);

  // Once the text is there: to the linked sentence, else to the heading (the reader's start).
  useEffect(() => {
    if (!body) return;
    const active = document.activeElement;
    const stayed = active === focusAtOpening.current || active === null || active === document.body;
    // The drawer takes the focus when it opens (after this component's layout effect on a first opening).
    if (!stayed && !headingRef.current?.closest('aside')?.contains(active)) return;
    const target = sentenceId ? document.getElementById(`sentence-${sentenceId}`) : null;
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    } else {
      headingRef.current?.focus();
    }
  }, [body, sentenceId]);

  const outlet = index.outletById.get(article.outletId ?? '');
  const title = articleTitle(article);
  // Headline, byline and dateline are shown in the header; the body holds the story and captions.
  const paragraphs = useMemo(() => (body ? groupByParagraph(body.sentences.filter((sentence) => !HEADER_KINDS.has(sentence.kind))) : []), [body]);
  const dateline = body?.sentences.find((sentence) => sentence.kind === 'dateline');
  // One tab stop per name in the article, at its first mention; the rest are buttons a Tab skips.
  const tabStops = useMemo(
    () => firstMentionKeys(paragraphs.flatMap((sentences) => sentences.map((sentence) => text?.mentionsBySentence.get(sentence.id)))),
    [paragraphs, text],
  );
  return (
    <article aria-labelledby="reader-heading" aria-busy={!body && loading ? true : undefined} className="rounded border border-stone-300 bg-white p-4 shadow-sm">
      <header className="mb-3 space-y-1">
        <div className="flex items-start justify-between gap-2">
          <p className="text-sm font-semibold text-stone-700">
            {outlet?.name ?? 'Unknown outlet'}
            {outlet?.country ? <span className="font-normal text-stone-600"> · {countryName(outlet.country)}</span> : null}
          </p>
          <button
            type="button"
            onClick={() => navigateView({ article: null, sentence: null })}
            className="shrink-0 rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100"
          >
            Close article
          </button>
        </div>
        <h2 id="reader-heading" ref={headingRef} tabIndex={-1} className={`article-text font-serif text-xl ${title.stated ? '' : 'italic'}`}>
          <VisibleText text={title.text} />
        </h2>
        {!title.stated ? <p className="text-xs text-stone-600">No headline in the text; shown by its opening words.</p> : null}
        <p className="text-sm text-stone-600">
          {formatPublished(article.publishedAt)}
          {article.byline ? <> · By <span className="article-text"><VisibleText text={article.byline} /></span></> : null}
          {dateline ? <> · <span className="article-text"><VisibleText text={dateline.text} /></span></> : null}
        </p>
        {body ? (
          <details className="text-xs text-stone-600">
            <summary className="cursor-pointer">Where the outlet and date come from</summary>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2">
              <dt className="font-medium">Outlet</dt>
              <dd>{provenanceNote(body.metadata.outlet)}</dd>
              <dt className="font-medium">Published</dt>
              <dd>{provenanceNote(body.metadata.publishedAt)}</dd>
              <dt className="font-medium">File</dt>
              <dd>{article.file}</dd>
            </dl>
          </details>
        ) : null}
      </header>
      {error ? (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p>{error.message}</p>
          <button type="button" onClick={onRetry} className="mt-2 rounded border border-red-400 bg-white px-2 py-1 font-medium hover:bg-red-100">
            Retry
          </button>
        </div>
      ) : !body || !text ? (
        <p role="status" className="text-sm text-stone-600">
          Loading the article…
        </p>
      ) : (
        <>
          <div className="space-y-3 font-serif leading-relaxed">
            {paragraphs.map((sentences) => (
              <p key={sentences[0]!.id} className={sentences[0]!.kind === 'body' ? '' : 'font-sans text-sm text-stone-600'}>
                {sentences[0]!.kind === 'caption' ? <span className="font-semibold">Photo caption: </span> : null}
                {sentences.map((sentence) => (
                  <ReaderSentence
                    key={sentence.id}
                    index={index}
                    articleId={article.id}
                    sentence={sentence}
                    number={sentenceNumber(body, sentence)}
                    focused={sentenceId === sentence.id}
                    mentions={text.mentionsBySentence.get(sentence.id)}
                    highlighted={highlighted}
                    marksKey={highlightKey(text.mentionsBySentence.get(sentence.id), highlighted)}
                    tabStops={tabStops}
                  />
                ))}
              </p>
            ))}
          </div>
          <RemovedLines article={article} body={body} />
        </>
      )}
    </article>
  );
}

const HEADER_KINDS = new Set<Sentence['kind']>(['headline', 'byline', 'dateline']);

type ReaderSentenceProps = {
  index: CorpusIndex;
  articleId: string;
  sentence: Sentence;
  number: number;
  /** The sentence the link opened the article at. */
  focused: boolean;
  mentions: readonly SentenceMention[] | undefined;
  highlighted: readonly string[];
  /** What its marks depend on (highlightKey): pressing a name it does not mention leaves it as it is. */
  marksKey: string;
  tabStops: ReadonlySet<string>;
};

/** One sentence of the reader with its Cite button; redrawn only when its own marks or focus change. */
const ReaderSentence = memo(
  function ReaderSentence({ index, articleId, sentence, number, focused, mentions, highlighted, tabStops }: ReaderSentenceProps) {
    return (
      <span className="group">
        <span
          id={`sentence-${sentence.id}`}
          tabIndex={-1}
          data-sentence-id={sentence.id}
          className={`article-text rounded ${focused ? 'bg-amber-100 ring-2 ring-amber-500' : ''}`}
        >
          <MarkedText text={sentence.text} marks={entityMarksFor(index.entityById, mentions, highlighted, { tabStops })} />
        </span>
        {/* Faint until hovered or focused, so the text reads clean; always in the tab order and visible on touch. */}
        <CiteButton
          index={index}
          articleId={articleId}
          sentenceId={sentence.id}
          text={sentence.text}
          label={`Cite sentence ${number}`}
          iconOnly
          className={`-my-1 mx-0.5 inline-flex size-6 items-center justify-center rounded align-[0.1em] font-sans text-xs text-stone-700 hover:bg-amber-100 hover:opacity-100 focus-visible:opacity-100 group-hover:opacity-100 ${
            focused ? 'opacity-100' : 'opacity-40'
          }`}
        />{' '}
      </span>
    );
  },
  (previous, next) =>
    previous.index === next.index &&
    previous.articleId === next.articleId &&
    previous.sentence === next.sentence &&
    previous.number === next.number &&
    previous.focused === next.focused &&
    previous.mentions === next.mentions &&
    previous.marksKey === next.marksKey &&
    previous.tabStops === next.tabStops,
);

/** The sentence's number in the article (its id ends in "-s<n>"; position as a fallback). */
function sentenceNumber(body: ArticleBody, sentence: Sentence): number {
  const n = /-s(\d+)$/.exec(sentence.id)?.[1];
  return n ? Number(n) : body.sentences.indexOf(sentence) + 1;
}

function provenanceNote(field: Provenanced): string {
  return field.note ? `${SOURCE_LABEL[field.source]}: ${field.note}` : SOURCE_LABEL[field.source];
}

function groupByParagraph(sentences: Sentence[]): Sentence[][] {
  const groups = new Map<number, Sentence[]>();
  for (const sentence of sentences) {
    const group = groups.get(sentence.paragraph);
    if (group) group.push(sentence);
    else groups.set(sentence.paragraph, [sentence]);
  }
  return [...groups.values()];
}

/** The lines the pipeline removed, with why: nothing is dropped out of sight. */
function RemovedLines({ article, body }: { article: ArticleSummary; body: ArticleBody }) {
  const [open, setOpen] = useState(false);
  const shown = body.removed.filter((line) => line.kind !== 'blank');
  if (shown.length === 0) return <p className="mt-4 text-sm text-stone-600">Nothing was removed from this page except blank lines.</p>;
  return (
    <div className="mt-4 border-t border-stone-200 pt-3">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100"
      >
        {open ? 'Hide' : 'Show'} {shown.length} removed lines
      </button>
      {open ? (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">Lines removed from {article.file}, with the reason</caption>
          <thead>
            <tr className="text-stone-600">
              <th scope="col" className="pr-2 font-medium">Line</th>
              <th scope="col" className="pr-2 font-medium">Text</th>
              <th scope="col" className="w-2/5 font-medium">Why removed</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((line) => (
              <tr key={line.line} className="border-t border-stone-100 align-top">
                <td className="pr-2 tabular-nums">{line.line}</td>
                <td className="article-text pr-2 text-stone-700"><VisibleText text={line.text} /></td>
                <td className="text-stone-600">{line.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
