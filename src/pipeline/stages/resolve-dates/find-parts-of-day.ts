/**
 * Parts of a day: "the next morning", "that night", "the same evening" (a day
 * next to the previous dated mention), and "in the morning", "in the early
 * evening" (the day of the story so far). chrono reads the bare part of the day
 * with no date, which classify-chrono drops.
 */
import type { Candidate } from './model';

const PART = '(?:morning|afternoon|evening|night)';

export function findPartsOfDay(text: string): Candidate[] {
  const found: Candidate[] = [];
  const anaphoric = new RegExp(
    `\\b(?:(?:early|late|later|earlier)\\s+)?(?:the\\s+(same|following|next|previous|preceding|prior)|(that))\\s+${PART}\\b(?![-\\w]|\\s+of\\b)`,
    'gi',
  );
  for (const match of text.matchAll(anaphoric)) {
    const relation = (match[1] ?? match[2] ?? '').toLowerCase();
    const shift = relation === 'same' || relation === 'that' ? 0 : /^(following|next)$/.test(relation) ? 1 : -1;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      expression: { kind: 'sameUnit', unit: 'day', shift, phrase: match[0].toLowerCase(), orPublication: shift === 0 },
      modifier: null,
      through: false,
    });
  }
  // "in the morning of Dec. 3" is chrono's; "in the mornings" is a habit, not a day.
  const alone = new RegExp(`\\b(?:in|during)\\s+the\\s+(?:(?:early|late|mid)[\\s-]+)?(?:morning|afternoon|evening)\\b(?![-\\w]|\\s+of\\b)`, 'gi');
  for (const match of text.matchAll(alone)) {
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      expression: { kind: 'sameUnit', unit: 'day', shift: 0, phrase: match[0].toLowerCase(), orPublication: true },
      modifier: null,
      through: false,
    });
  }
  return found;
}
