import { createElement } from 'react';
import { VisibleText, type TextMark } from '../components/marked-text';
import type { EntitySummary, SentenceMention } from './corpus/schema';
import { currentView, navigateView } from './view-state';

/** Patterns that tell highlighted entities apart without relying on colour alone. */
export const HIGHLIGHT_STYLES = [
  { className: 'bg-amber-200 underline decoration-2 decoration-amber-700', symbol: '①' },
  { className: 'bg-sky-200 underline decoration-wavy decoration-sky-800', symbol: '②' },
  { className: 'bg-lime-200 underline decoration-dotted decoration-2 decoration-lime-800', symbol: '③' },
  { className: 'bg-fuchsia-200 underline decoration-double decoration-fuchsia-800', symbol: '④' },
] as const;

/** As many names as there are distinguishable styles can be highlighted at once. */
export const MAX_HIGHLIGHTS = HIGHLIGHT_STYLES.length;

export function highlightStyle(position: number) {
  return HIGHLIGHT_STYLES[position % HIGHLIGHT_STYLES.length]!;
}

/** Remove one highlighted entity from the URL view (what clicking a highlighted name does). */
export function removeHighlight(entityId: string): void {
  const current = currentView().entities;
  navigateView({ entities: current.filter((id) => id !== entityId) });
}

export interface EntityMarkOptions {
  /**
   * What pressing a highlighted name does. Default: remove that highlight from the
   * URL view. `null` draws plain marks with no button (e.g. inside another control).
   */
  onToggle?: ((entityId: string) => void) | null;
}

/**
 * Marks for the mentions of the highlighted entities inside one sentence
 * (`mentions`: that sentence's mentions, from the event detail or article body). Each
 * mark carries its symbol (①②③④, hidden from screen readers) and words for
 * screen readers, so colour is never the only sign; by default the name is a
 * pressed toggle button that removes the highlight, operable by keyboard.
 */
export function entityMarksFor(
  entityById: ReadonlyMap<string, EntitySummary>,
  mentions: readonly SentenceMention[] | undefined,
  highlighted: readonly string[],
  options: EntityMarkOptions = {},
): TextMark[] {
  const onToggle = options.onToggle === undefined ? removeHighlight : options.onToggle;
  const marks: TextMark[] = [];
  if (!mentions || mentions.length === 0) return marks;
  highlighted.forEach((entityId, position) => {
    const entity = entityById.get(entityId);
    if (!entity) return;
    const style = highlightStyle(position);
    for (const mention of mentions) {
      if (mention.entityId !== entityId) continue;
      const content = (text: string) => [
        createElement(VisibleText, { key: 'text', text }),
        createElement('sup', { key: 'symbol', 'aria-hidden': true, className: 'ml-0.5 text-[0.6em]' }, style.symbol),
        createElement('span', { key: 'sr', className: 'sr-only' }, ` (highlighted ${style.symbol}: ${entity.name})`),
      ];
      marks.push({
        start: mention.start,
        end: mention.end,
        render: (text, key) =>
          createElement(
            'mark',
            {
              key,
              className: `rounded px-0.5 text-inherit ${style.className}`,
              'data-entity': entity.id,
              // One mention may be drawn in pieces (split by wording marks); this names the mention.
              'data-mention': `${mention.sentenceId}:${mention.start}-${mention.end}`,
              title: onToggle ? `${entity.name} ${style.symbol}: press to remove this highlight` : entity.name,
            },
            onToggle
              ? createElement(
                  'button',
                  {
                    type: 'button',
                    'aria-pressed': true,
                    onClick: () => onToggle(entity.id),
                    // A button is an inline block, so the mark's underline must be repeated on it.
                    className: `cursor-pointer rounded-sm text-inherit ${style.className} focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-stone-900`,
                  },
                  ...content(text),
                )
              : content(text),
          ),
      });
    }
  });
  return marks;
}

/**
 * Which highlighted entities a sentence mentions, with their highlight place:
 * what its marks depend on. A sentence whose key did not change draws the same
 * marks, so it need not be drawn again when another name is pressed.
 */
export function highlightKey(mentions: readonly SentenceMention[] | undefined, highlighted: readonly string[]): string {
  if (!mentions || mentions.length === 0 || highlighted.length === 0) return '';
  const present = new Set(mentions.map((mention) => mention.entityId));
  return highlighted
    .map((entityId, position) => (present.has(entityId) ? `${entityId}@${position}` : ''))
    .filter(Boolean)
    .join(',');
}
