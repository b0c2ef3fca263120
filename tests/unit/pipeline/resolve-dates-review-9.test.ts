/**
 * Dates the ninth review found stated wrongly, each with what must still resolve. Sentences are made up; the
 * publication day is pinned.
 */
import { describe } from 'vitest';
import { checkValues } from './date-probe';

const PUB = '2030-10-09'; // a Wednesday

describe('a deadline the sentence places its own past act against is not moved ahead', () => {
  checkValues([
    { published: PUB, lines: ['Negotiations broke down on Monday, hours after a deadline on Sunday.'], phrase: 'on Sunday', values: ['2030-10-06'] },
    { published: PUB, lines: ['Nurses struck on Tuesday, two days after the deadline on Sunday.'], phrase: 'on Sunday', values: ['2030-10-06'] },
    { published: PUB, lines: ['Nurses struck on Tuesday, two days after the deadline on Sunday.'], phrase: 'two days', values: ['2030-10-08'] },
    { published: PUB, lines: ['The rivals agreed a truce on Saturday, a day before a deadline on Sunday.'], phrase: 'on Sunday', values: ['2030-10-06'] },
    { published: PUB, lines: ['Members approved the bill on Monday, days after a deadline on Friday.'], phrase: 'on Friday', values: ['2030-10-04'] },
    // The deadline's own clause in the past: gone by.
    { published: PUB, lines: ['Crews walked out on Tuesday after talks failed, and a deadline on Sunday was ignored.'], phrase: 'on Sunday', values: ['2030-10-06'] },
  ]);
  checkValues([
    // Still ahead: "ahead of" it after the act, or a deadline with no word placing the act against it.
    { published: PUB, lines: ['The board met on Monday ahead of a deadline on Thursday.'], phrase: 'on Thursday', values: ['2030-10-10'] },
    { published: PUB, lines: ['Divers searched the lake on Tuesday, with the oxygen deadline late on Friday.'], phrase: 'on Friday', values: ['2030-10-11'] },
  ]);
});

describe('a present perfect of a thing done is no promise', () => {
  checkValues([
    { published: PUB, lines: ['Officials say the gang has committed burglaries in four villages since June, the last on Monday.'], phrase: 'on Monday', values: ['2030-10-07'] },
    { published: PUB, lines: ['Engineers have undertaken repairs on 12 bridges, starting on Monday.'], phrase: 'on Monday', values: ['2030-10-07'] },
    { published: PUB, lines: ['Charities have pledged 2 million euros since the flood on Monday.'], phrase: 'on Monday', values: ['2030-10-07'] },
  ]);
  checkValues([
    // A promise still looks ahead: "committed to", "undertaken to", a pledge with no "since".
    { published: PUB, lines: ['The club has committed to a decision on Friday.'], phrase: 'on Friday', values: ['2030-10-11'] },
    { published: PUB, lines: ['The firm has undertaken to reply on Friday.'], phrase: 'on Friday', values: ['2030-10-11'] },
    { published: PUB, lines: ['The mayor has pledged a vote on Monday.'], phrase: 'on Monday', values: ['2030-10-14'] },
  ]);
});

describe('trade talks are no market session', () => {
  checkValues([
    { published: PUB, lines: ['The two countries are in early trade talks, diplomats said.'], phrase: 'early trade', values: [] },
    { published: PUB, lines: ['Finance ministers met in Oslo on Monday.', 'The two sides are in early trade negotiations over fish.'], phrase: 'early trade', values: [] },
  ]);
  checkValues([
    { published: PUB, lines: ['Futures rose early on Monday.', 'The airline\u2019s shares fell 5% in early trade, dealers said.'], phrase: 'in early trade', values: ['2030-10-07'] },
    { published: PUB, lines: ['Futures rose early on Monday.', 'The bank\u2019s shares slid in early trading as bond yields climbed.'], phrase: 'in early trading', values: ['2030-10-07'] },
    { published: PUB, lines: ['Futures rose early on Monday.', 'The chipmaker gained 3% in pre-market trading.'], phrase: 'in pre-market trading', values: ['2030-10-07'] },
  ]);
});

describe('a step across midnight names no day', () => {
  checkValues([
    { published: PUB, lines: ['The blaze broke out shortly before midnight on Monday.', 'An hour later the ceiling fell in.'], phrase: 'An hour later', values: [null] },
    { published: PUB, lines: ['The lorry overturned just after midnight on Tuesday.', 'An hour earlier its driver had left the port.'], phrase: 'An hour earlier', values: [null] },
    { published: PUB, lines: ['The alarm sounded at 11.40pm on Monday.', 'Minutes later crews arrived.'], phrase: 'Minutes later', values: [null] },
  ]);
  checkValues([
    // A step that stays on the near side of midnight, or far from it, keeps the day.
    { published: PUB, lines: ['The lorry overturned just after midnight on Tuesday.', 'An hour later the road was shut.'], phrase: 'An hour later', values: ['2030-10-08'] },
    { published: PUB, lines: ['The blaze broke out shortly before midnight on Monday.', 'An hour earlier, neighbours had smelled smoke.'], phrase: 'An hour earlier', values: ['2030-10-07'] },
    { published: PUB, lines: ['The ferry left at 9am on Monday.', 'An hour later it turned back.'], phrase: 'An hour later', values: ['2030-10-07'] },
    { published: PUB, lines: ['The alarm sounded at 10.15pm on Monday.', 'Minutes later crews arrived.'], phrase: 'Minutes later', values: ['2030-10-07'] },
  ]);
});
