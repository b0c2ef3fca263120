/**
 * "October last year": chrono reads the month and "last year" as two results;
 * join them into one mention, the month taking the year's shift.
 */
import type { Candidate } from './model';

export function joinMonthWithRelativeYear(candidates: Candidate[], text: string): Candidate[] {
  const joined: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = joined.at(-1);
    const expression = candidate.expression;
    if (
      previous &&
      previous.expression.kind === 'calendar' &&
      previous.expression.month !== null &&
      previous.expression.year === null &&
      previous.expression.end === null &&
      expression.kind === 'period' &&
      expression.unit === 'year' &&
      expression.relation !== 'past' &&
      candidate.modifier === null &&
      /^\s+(?:of\s+)?$/.test(text.slice(previous.end, candidate.start))
    ) {
      const yearShift = expression.relation === 'last' ? -1 : expression.relation === 'next' ? 1 : 0;
      joined[joined.length - 1] = { ...previous, end: candidate.end, expression: { ...previous.expression, yearShift } };
      continue;
    }
    joined.push(candidate);
  }
  return joined;
}
