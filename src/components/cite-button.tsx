import { citationParts, formatCitation } from '../lib/citation';
import type { CorpusIndex } from '../lib/corpus/corpus-index';
import { defaultViewState, linkToView } from '../lib/view-state';
import { CopyButton } from './copy-button';

export type CiteButtonProps = {
  index: CorpusIndex;
  articleId: string;
  sentenceId: string;
  /** The sentence as shown (from the event detail or the article body). */
  text: string;
  /** Accessible name, e.g. "Cite sentence 3". */
  label: string;
  className?: string;
  /** Only the ❝ mark, for a button after every sentence of running text (its name is still `label`). */
  iconOnly?: boolean;
};

/**
 * Copies a citation of one sentence: outlet, headline, date, the sentence, and
 * the app link that opens the article at it.
 */
export function CiteButton({ index, articleId, sentenceId, text, label, className, iconOnly = false }: CiteButtonProps) {
  const getText = () => {
    const url = linkToView({ ...defaultViewState(), article: articleId, sentence: sentenceId }, { omitDefaultEvent: true });
    const parts = citationParts(index, { articleId, text }, url);
    return parts ? formatCitation(parts) : url;
  };
  return (
    <CopyButton getText={getText} label={label} doneMessage="Citation copied" fallbackTitle="Citation" className={className}>
      <span aria-hidden="true">❝</span>
      {/* A visible name, not a bare mark a reader has to guess at; `label` extends it for screen readers. */}
      {iconOnly ? null : <span className="ml-1">Cite</span>}
    </CopyButton>
  );
}
