/**
 * The date findings of review round 4, each on a made-up page with a pinned publication day: a lead's dateline
 * day moves only "today", "yesterday" and the parts of that day (#5); the same instant written in two US zones is one
 * instant (#11); "has issued a warning for Friday" looks ahead to the Friday (#13).
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/lib/corpus/schema';
import { resolveDates } from '../../../src/pipeline/stages/resolve-dates/resolve-dates';
import { clockInstant } from '../../../src/pipeline/text/timestamps';
import { ingestStory } from '../ingest-story';

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

  it('tells the reader the day came from the dateline', () => {
    const sentences: Sentence[] = page.map((text, i) => ({ id: `r-s${i + 1}`, text, paragraph: i + 1, kind: 'body', line: i + 1 }));
    const today = resolveDates({ articleId: 'r', reference: { date: '2026-03-12', offset: '+00:00' }, publishedLabel: 'published 2026-03-12' }, sentences).find((m) => m.text === 'today');
    expect(today?.rule).toContain('dateline');
    expect(today?.rule).not.toContain('entry');
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

describe('#11: one instant told in two US zones is one instant, not a disagreement on the day', () => {
  it('reads ET, CT, MT and PT with their daylight or standard offset on the day', () => {
    const west = clockInstant('The quake struck off Alder Bay at 10:12 p.m. PT on Monday.', '2027-10-04');
    expect(west).toBe(Date.parse('2027-10-05T05:12:00Z'));
    expect(clockInstant('The quake struck off Alder Bay at 1:12 a.m. ET on Tuesday.', '2027-10-05')).toBe(west);
    // "10 p.m. ET Monday" in November (standard time) is 03:00 on Tuesday in UTC.
    expect(clockInstant('Networks called the race at 10 p.m. ET Monday.', '2024-11-04')).toBe(Date.parse('2024-11-05T03:00:00Z'));
    expect(clockInstant('Polls closed at 7 p.m. CT and 7 p.m. MT.', '2024-11-05')).toBeNull();
    expect(clockInstant('The fund rose 3 PT on the day.', '2024-11-05')).toBeNull();
  });

  it('changes offset on the change days themselves (second Sunday of March, first Sunday of November)', () => {
    const noonEt = (day: string) => clockInstant('Trading opened at 12:00 p.m. ET.', day);
    expect(noonEt('2025-03-08')).toBe(Date.parse('2025-03-08T17:00:00Z'));
    expect(noonEt('2025-03-09')).toBe(Date.parse('2025-03-09T16:00:00Z'));
    expect(noonEt('2025-11-01')).toBe(Date.parse('2025-11-01T16:00:00Z'));
    expect(noonEt('2025-11-02')).toBe(Date.parse('2025-11-02T17:00:00Z'));
  });

  it('shows no date conflict between the two outlets', () => {
    const corpus = ingestStory({
      'a01_west.txt': {
        outlet: 'west-herald',
        publishedAt: '2027-10-05T09:00:00-07:00',
        lines: ['Strong quake shakes Alder Bay', 'A magnitude 6.8 earthquake struck off Alder Bay at 10:12 p.m. PT on Monday, shaking buildings along the coast.'],
      },
      'a02_east.txt': {
        outlet: 'eastern-chronicle',
        publishedAt: '2027-10-05T12:00:00-04:00',
        lines: ['Quake rattles Alder Bay', 'A magnitude 6.8 earthquake struck off Alder Bay at 1:12 a.m. ET on Tuesday, shaking buildings along the coast.'],
      },
    });
    const quake = corpus.events.filter((event) => event.evidence.some((item) => item.how === 'dated'));
    expect(quake).toHaveLength(1);
    expect(quake[0]!.dateConflicts ?? []).toEqual([]);
  });
});
