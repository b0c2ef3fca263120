/**
 * Two days of one month written as one: "Jan. 13–14, 2025", "on Jan. 13 and
 * 14", "13 and 14 January". chrono reads only one of the two days (and, with an
 * en dash, drops the year); the candidate is widened to the stated range.
 */
import type { Candidate } from './model';

/** "–14, 2025" or " and 14" after a month-day; not "and 14 people", "-14%". */
const DAY_AFTER = /^\s*(?:[-–—]|and|to|through)\s*(\d{1,2})(?![\d%]|\s*(?:percent|per\s+cent)\b|(?:st|nd|rd|th)?\s+\p{Ll})(?:,?\s+((?:19|20)\d\d)(?![\p{L}\p{N}\-/%]))?/u;
/** "13 and " before a day-month ("14 January"). */
const DAY_BEFORE = /\b(\d{1,2})\s*(?:[-–—]|and|to)\s*$/;

export function extendDayRanges(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((candidate) => {
    const expression = candidate.expression;
    if (expression.kind !== 'calendar' || expression.month === null || expression.day === null || expression.end !== null) return candidate;
    const after = DAY_AFTER.exec(text.slice(candidate.end));
    if (after && expression.year === null) {
      const day = Number(after[1]);
      const year = after[2] ? Number(after[2]) : null;
      if (day <= expression.day || day > 31) return candidate;
      return {
        ...candidate,
        end: candidate.end + after[0].length,
        expression: { ...expression, year, end: { year, month: expression.month, day } },
      };
    }
    // "13 and 14 January": the written day opens the mention.
    const core = text.slice(candidate.start, candidate.end);
    if (!/^(?:on\s+)?\d/i.test(core)) return candidate;
    const before = DAY_BEFORE.exec(text.slice(Math.max(0, candidate.start - 12), candidate.start));
    const first = before ? Number(before[1]) : NaN;
    if (!before || !(first < expression.day) || first < 1) return candidate;
    const prefix = /\bon\s+$/i.exec(text.slice(0, candidate.start - before[0].length));
    return {
      ...candidate,
      start: candidate.start - before[0].length - (prefix?.[0].length ?? 0),
      expression: { ...expression, day: first, end: { year: expression.year, month: expression.month, day: expression.day } },
    };
  });
}
