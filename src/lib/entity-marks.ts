import { createElement } from 'react';
import type { TextMark } from '../components/marked-text';
import type { CorpusIndex } from './corpus/corpus-index';

/** Patterns that tell highlighted entities apart without relying on colour alone. */
export const HIGHLIGHT_STYLES = [
  { className: 'bg-amber-200 underline decoration-2 decoration-amber-700', symbol: '①' },
  { className: 'bg-sky-200 underline decoration-wavy decoration-sky-800', symbol: '②' },
  { className: 'bg-lime-200 underline decoration-dotted decoration-2 decoration-lime-800', symbol: '③' },
  { className: 'bg-fuchsia-200 underline decoration-double decoration-fuchsia-800', symbol: '④' },
] as const;

export function highlightStyle(position: number) {
  return HIGHLIGHT_STYLES[position % HIGHLIGHT_STYLES.length]!;
}

/** Marks for the mentions of the highlighted entities inside one sentence. */
export function entityMarksFor(index: CorpusIndex, sentenceId: string, highlighted: string[]): TextMark[] {
  const marks: TextMark[] = [];
  highlighted.forEach((entityId, position) => {
    const entity = index.entityById.get(entityId);
    if (!entity) return;
    const style = highlightStyle(position);
    for (const mention of entity.mentions) {
      if (mention.sentenceId !== sentenceId) continue;
      marks.push({
        start: mention.start,
        end: mention.end,
        render: (text, key) =>
          createElement(
            'mark',
            { key, className: `rounded px-0.5 text-inherit ${style.className}`, 'data-entity': entity.id, title: entity.name },
            text,
            createElement('sup', { 'aria-hidden': true, className: 'ml-0.5 text-[0.6em]' }, style.symbol),
          ),
      });
    }
  });
  return marks;
}
