/**
 * Misreadings a review and the tuning pages found, each pinned with the value a careful reader gives and a case the
 * rule must not reach. Made-up sentences; pinned publication days (2027-02-10 is a Wednesday, 2026-06-24 a
 * Wednesday, 2026-09-14 a Monday).
 */
import { describe, expect, it } from 'vitest';
import { valuesAt, type DatePage } from './date-probe';

interface Case extends DatePage {
  values: Array<string | null>;
}

const check = (cases: Case[]): void => {
  for (const c of cases) {
    it(`${c.published}${c.time ? ` ${c.time}` : ''}${c.offset ? ` ${c.offset}` : ''}: "${c.phrase}" in "${c.lines.at(-1)}" → ${c.values.join(', ') || 'nothing'}`, () => {
      expect(valuesAt(c)).toEqual(c.values);
    });
  }
};

describe('wire clock times with no colon', () => {
  check([
    { published: '2027-02-10', lines: ['Brent crude rose 1.2% by 1900 GMT.'], phrase: '1900 GMT', values: ['2027-02-10'] },
    { published: '2027-02-10', lines: ['Bids are due by 0600 GMT on Tuesday.'], phrase: '0600 GMT', values: ['2027-02-16'] },
    { published: '2027-02-10', lines: ['The storm hit on Sunday.', 'Winds peaked at 2200 GMT.'], phrase: '2200 GMT', values: ['2027-02-07'] },
    // not a clock: a year, a count, an unzoned number
    { published: '2027-02-10', lines: ['The hall dates from 1900 and seats 2100 people.'], phrase: '2100 people', values: [] },
    { published: '2027-02-10', lines: ['The hall dates from 1900 and seats 2100 people.'], phrase: '1900', values: ['1900'] },
  ]);
});

describe('a zoned clock time late in the day, across the outlet zone', () => {
  check([
    { published: '2026-06-25', time: '00:30', offset: '+00:00', lines: ['Polls closed at 10pm BST.'], phrase: '10pm BST', values: ['2026-06-24'] },
    { published: '2026-06-25', time: '02:00', offset: '+09:00', lines: ['Polls close at 10pm BST.'], phrase: '10pm BST', values: ['2026-06-24'] },
    // the same day where the clock time has passed, or with no publication time
    { published: '2026-06-24', time: '23:30', offset: '+01:00', lines: ['Polls closed at 8pm BST.'], phrase: '8pm BST', values: ['2026-06-24'] },
    { published: '2026-06-25', offset: '+00:00', lines: ['Polls closed at 10pm BST.'], phrase: '10pm BST', values: ['2026-06-25'] },
    { published: '2026-06-25', time: '20:00', offset: '-04:00', lines: ['Markets closed at 2100 GMT.'], phrase: '2100 GMT', values: ['2026-06-25'] },
  ]);
});
