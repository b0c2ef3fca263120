/**
 * The date findings of review round 4, each on a made-up page with a pinned publication day: a lead's dateline
 * day moves only "today", "yesterday" and the parts of that day (#5); the same instant written in two US zones is one
 * instant (#11); "has issued a warning for Friday" looks ahead to the Friday (#13).
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/lib/corpus/schema';
import { resolveDates } from '../../../src/pipeline/stages/resolve-dates/resolve-dates';
import { clockInstant } from '../../../src/pipeline/text/timestamps';

function valuesOf(published: string, lines: string[]): Array<[string, string | null]> {
  const sentences: Sentence[] = lines.map((text, i) => ({ id: `r-s${i + 1}`, text, paragraph: i + 1, kind: 'body', line: i + 1 }));
  return resolveDates({ articleId: 'r', reference: { date: published, offset: '+00:00' }, publishedLabel: `published ${published}` }, sentences).map((m) => [m.text, m.value]);
}

describe('#5: a lead dateline naming an earlier day dates "today" and "yesterday", not every weekday', () => {
  // 2026-03-12 is a Thursday; the dateline names Tuesday the 10th.
  const page = ['ATHENS, Tuesday \u2014 A ferry sank off Crete today, a day after a storm hit the island on Monday.', 'The captain was arrested on Wednesday.', 'Divers had searched the hull yesterday.'];

  it('keeps a past weekday after the dateline day in the days before publication', () => {
    expect(valuesOf('2026-03-12', page)).toContainEqual(['on Wednesday', '2026-03-11']);
  });

  it('still counts "today" and "yesterday" from the dateline day', () => {
    const values = valuesOf('2026-03-12', page);
    expect(values).toContainEqual(['today', '2026-03-10']);
    expect(values).toContainEqual(['yesterday', '2026-03-09']);
    expect(values).toContainEqual(['on Monday', '2026-03-09']);
  });

  it('with no dateline, "yesterday" is the day before publication', () => {
    expect(valuesOf('2026-03-12', page.slice(1))).toContainEqual(['yesterday', '2026-03-11']);
  });
});

describe('#13: "for <weekday>" in a present-perfect clause is the day it is for', () => {
  // 2028-10-19 is a Thursday.
  it('dates a warning issued now for the coming Friday', () => {
    expect(valuesOf('2028-10-19', ['The Met Office has issued an amber warning for Friday.'])).toEqual([['Friday', '2028-10-20']]);
    expect(valuesOf('2028-10-19', ['The council has called a special session for Monday.'])).toEqual([['Monday', '2028-10-23']]);
    expect(valuesOf('2028-10-19', ['The judge set a deadline of Monday for the filing.'])).toEqual([['Monday', '2028-10-23']]);
  });

  it('keeps the past for a possessive, a past simple and a deadline that passed', () => {
    expect(valuesOf('2028-10-19', ['The firm has apologised for Monday\u2019s outage.'])).toEqual([['Monday', '2028-10-16']]);
    expect(valuesOf('2028-10-19', ['Police issued a warning for Monday, when the storm hit.'])).toEqual([['Monday', '2028-10-16']]);
    expect(valuesOf('2028-10-19', ['The deadline of Monday passed without a deal.'])).toEqual([['Monday', '2028-10-16']]);
  });
});
