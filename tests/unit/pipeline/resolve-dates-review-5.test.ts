/**
 * The date findings of review round 5, each on a made-up page with a pinned publication day: a unit's end said with a
 * past verb is the last one ended before publication (#5).
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/lib/corpus/schema';
import { resolveDates } from '../../../src/pipeline/stages/resolve-dates/resolve-dates';

function valuesOf(published: string, lines: string[]): Array<[string, string | null]> {
  const sentences: Sentence[] = lines.map((text, i) => ({ id: `r-s${i + 1}`, text, paragraph: i + 1, kind: 'body', line: i + 1 }));
  return resolveDates({ articleId: 'r', reference: { date: published, offset: '+00:00' }, publishedLabel: `published ${published}` }, sentences).map((m) => [m.text, m.value]);
}
const valueOf = (published: string, line: string, text: RegExp) => valuesOf(published, [line]).find(([found]) => text.test(found))?.[1] ?? null;

describe('#5: "at year-end", "at month-end" with a past verb is the last one ended', () => {
  // 2027-02-18 is a Thursday.
  it('reads a past verb back to the year or month before publication', () => {
    expect(valueOf('2027-02-18', 'Tarn Mining said its debt stood at $4bn at year-end.', /year-end/)).toMatch(/^2026-/);
    expect(valueOf('2027-02-18', 'The bank had 2,000 staff at year-end.', /year-end/)).toMatch(/^2026-/);
    expect(valueOf('2027-02-18', 'Net profit fell 12% at month-end, the firm reported on Tuesday.', /month-end/)).toMatch(/^2027-01-/);
  });

  it('keeps a deadline or a forecast in the current year or month', () => {
    expect(valueOf('2027-02-18', 'The firm will cut 300 jobs by year-end.', /year-end/)).toMatch(/^2027/);
    expect(valueOf('2027-02-18', 'The bank expects debt to fall at month-end.', /month-end/)).toMatch(/^2027-02/);
    expect(valueOf('2027-02-18', 'Debt is at $4bn and should ease at year-end.', /year-end/)).toMatch(/^2027/);
  });
});
