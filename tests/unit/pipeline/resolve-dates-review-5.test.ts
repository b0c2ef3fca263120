/**
 * The date findings of review round 5, each on a made-up page with a pinned publication day: a unit's end said with a
 * past verb is the last one ended before publication (#5).
 * One instant told in two US zones is no date difference (#8).
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/lib/corpus/schema';
import { resolveDates } from '../../../src/pipeline/stages/resolve-dates/resolve-dates';
import { ingestStory } from '../ingest-story';

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

describe('#8: one instant told in two zones is no date difference between the outlets', () => {
  const story = (eastLine: string) =>
    ingestStory({
      'a01_west.txt': {
        outlet: 'west-herald',
        publishedAt: '2027-10-05T09:00:00-07:00',
        lines: ['Strong quake shakes Alder Bay', '', 'A magnitude 6.8 earthquake struck off Alder Bay at 10:12 p.m. PT on Monday, shaking buildings along the coast.'],
      },
      'a02_east.txt': {
        outlet: 'eastern-chronicle',
        publishedAt: '2027-10-05T12:00:00-04:00',
        lines: ['Quake rattles Alder Bay', '', eastLine],
      },
    });
  const dateDifferences = (corpus: ReturnType<typeof ingestStory>) =>
    corpus.events.flatMap((event) => event.differences ?? []).filter((difference) => difference.kind === 'date').map((difference) => difference.summary);

  it('states no "4 Oct vs 5 Oct" for the same moment', () => {
    expect(dateDifferences(story('A magnitude 6.8 earthquake struck off Alder Bay at 1:12 a.m. ET on Tuesday, shaking buildings along the coast.'))).toEqual([]);
  });

  it('still states a difference when the moments differ', () => {
    expect(dateDifferences(story('A magnitude 6.8 earthquake struck off Alder Bay at 9:40 p.m. ET on Tuesday, shaking buildings along the coast.'))).not.toEqual([]);
  });
});

describe('#7: a remand or a call-up "for Friday\'s hearing" looks ahead to it', () => {
  // 2027-02-18 is a Thursday: the coming Friday is 02-19, Saturday 02-20; the past Friday 02-12.
  it('reads the possessive weekday after a remand, a bail or a selection as the coming one', () => {
    expect(valueOf('2027-02-18', 'He has been charged and remanded in custody for Friday\'s court hearing.', /Friday/)).toBe('2027-02-19');
    expect(valueOf('2027-02-18', 'Okafor has been named in the squad for Saturday\'s final.', /Saturday/)).toBe('2027-02-20');
  });

  it('keeps a past possessive weekday past', () => {
    expect(valueOf('2027-02-18', 'The airline has apologised for Friday\'s outage.', /Friday/)).toBe('2027-02-12');
    expect(valueOf('2027-02-18', 'He was remanded in custody after Friday\'s raid.', /Friday/)).toBe('2027-02-12');
  });
});
