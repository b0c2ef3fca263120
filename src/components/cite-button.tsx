import { citationParts, formatCitation } from '../lib/citation';
import type { CorpusIndex } from '../lib/corpus/corpus-index';
import { linkToView, parseViewState } from '../lib/view-state';
import { CopyButton } from './copy-button';

export type CiteButtonProps = {
  index: CorpusIndex;
  sentenceId: string;
  /** Accessible name, e.g. "Cite sentence 3". */
  label: string;
  className?: string;
};

/**
 * Copies a citation of one sentence: outlet, headline, date, the sentence, and
 * the app link that opens the article at it.
 */
export function CiteButton({ index, sentenceId, label, className }: CiteButtonProps) {
  const getText = () => {
    const found = index.sentenceById.get(sentenceId);
    const url = linkToView({ ...parseViewState(''), article: found?.article.id ?? null, sentence: sentenceId });
    const parts = citationParts(index, sentenceId, url);
    return parts ? formatCitation(parts) : url;
  };
  return (
    <CopyButton getText={getText} label={label} doneMessage="Citation copied" fallbackTitle="Citation" className={className}>
      <span aria-hidden="true">❝</span>
    </CopyButton>
  );
}
