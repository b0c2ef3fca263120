/**
 * Review round 8's falsehoods in h52's date rules: a bare "hours after the flood" in a sentence about another time, a
 * possessive weekday taken by a past act for a day still to come, a "with … expected" outlook setting the main verb's
 * tense, and "the first/last day of the year" of another kind of year. Made-up sentences; 2027-01-05 is a Tuesday.
 */
import { describe, expect, it } from 'vitest';
import { valuesAt, type DatePage } from './date-probe';

const at = (page: DatePage) => valuesAt({ offset: '+09:00', ...page });
const TUE = '2027-01-05';

describe('a bare "hours/minutes after the X" in a sentence about another time', () => {
  const FLOOD = 'The river burst its banks on Sunday.';
  it('is not this story\'s happening when the sentence gives a year, a memory or "the last" one', () => {
    expect(at({ published: TUE, lines: [FLOOD, 'In 1987, shops were robbed hours after the flood, a farmer remembered.'], phrase: 'hours' })).toEqual([]);
    expect(at({ published: TUE, lines: ['An earthquake rocked the valley on Monday.', 'In the last big disaster, fires spread minutes after the quake.'], phrase: 'minutes' })).toEqual([]);
  });
  it('still is the happening\'s day in a sentence about this story (negative)', () => {
    expect(at({ published: TUE, lines: [FLOOD, 'Shops were robbed hours after the flood.'], phrase: 'hours' })).toEqual(['2027-01-03']);
  });
});

describe('a possessive weekday and the happening an earlier sentence gives that weekday', () => {
  it('a past act does not take a day still to come, and a hyphenated noun is matched whole', () => {
    expect(at({ published: TUE, lines: ['A march is planned for Saturday.', "Officers said Saturday's march turned rowdy."], phrase: 'Saturday' })).toEqual(['2027-01-02']);
    expect(at({ published: TUE, lines: ['The quarter-final is on Saturday.', "The manager said Saturday's quarter-final defeat still stung."], phrase: 'Saturday' })).toEqual(['2027-01-02']);
  });
  it('an act done for the happening still takes its day (negative)', () => {
    expect(at({ published: TUE, lines: ['The bout will be held on Saturday in Osaka.', 'The champion sparred daily ahead of Saturday\u2019s bout.'], phrase: 'Saturday' })).toEqual(['2027-01-09']);
  });
});

describe('an outlook in a "with" phrase governs only its own time', () => {
  it('not a time after a measure, nor the main verb\'s time before the phrase', () => {
    expect(at({ published: TUE, lines: ['The cyclone hit with gusts forecast at 180 km/h on Monday.'], phrase: 'Monday' })).toEqual(['2027-01-04']);
    expect(at({ published: TUE, lines: ['Linemen toiled through Sunday night, with more snow expected by Thursday.'], phrase: 'Sunday night' })).toEqual(['2027-01-03']);
  });
  it('still looks ahead for the time right after it (negative)', () => {
    expect(at({ published: TUE, lines: ['Linemen toiled through Sunday night, with more snow expected by Thursday.'], phrase: 'Thursday' })).toEqual(['2027-01-07']);
    expect(at({ published: TUE, lines: ['Families slept in cars, with sleet forecast for Friday.'], phrase: 'Friday' })).toEqual(['2027-01-08']);
  });
});

describe('"the first/last day of the year" of another kind of year', () => {
  it('not the year\'s own session or crop, another calendar\'s year or a school\'s', () => {
    expect(at({ published: TUE, lines: ["Delegates met on the last day of the year's third session."], phrase: 'the last day of the year' })).toEqual([]);
    expect(at({ published: TUE, lines: ["Pickers gathered on the first day of the year's harvest."], phrase: 'the first day of the year' })).toEqual([]);
    expect(at({ published: TUE, lines: ['Crowds marked the first day of the new year in the Bahá\u2019í calendar.'], phrase: 'the first day of the new year' })).toEqual([]);
    expect(at({ published: TUE, lines: ['Teachers said the first day of the new school year went well.'], phrase: 'the first day of the new' })).toEqual([]);
  });
  it('still the calendar year\'s ends (negative)', () => {
    expect(at({ published: TUE, lines: ['The storm hit on the first day of the year.'], phrase: 'the first day of the year' })).toEqual(['2027-01-01']);
  });
});

describe('a range still to run that began already, and "next year"', () => {
  it('"next year" in the sentence puts the range in the next year', () => {
    expect(at({ published: '2027-06-15', lines: ['Organisers said next year the fair will run from June 1 to June 30.'], phrase: 'from June 1 to June 30' })).toEqual(['2028-06-01/2028-06-30']);
  });
  it('without it, a range whose end is ahead keeps its start (negative)', () => {
    expect(at({ published: '2027-06-15', lines: ['The fair will run from June 1 to June 30.'], phrase: 'from June 1 to June 30' })).toEqual(['2027-06-01/2027-06-30']);
  });
});

describe('a fixture\'s present before its opponent, venue and weekday', () => {
  it('is a recap when the next sentences tell the result in the past', () => {
    expect(at({ published: TUE, lines: ['Harriers play Milford at Bank Lane on Saturday.', 'The visitors won 3-1.'], phrase: 'on Saturday', line: 0 })).toEqual(['2027-01-02']);
  });
  it('still a preview with no result told after it (negative)', () => {
    expect(at({ published: TUE, lines: ['Harriers play Milford at Bank Lane on Saturday.', 'Tickets cost ten pounds.'], phrase: 'on Saturday', line: 0 })).toEqual(['2027-01-09']);
  });
});

describe('"the first/last day of the (new) year" with no tense, or far from the turn of the year', () => {
  it('with no tense cue, the year\'s end said in words is the publication year\'s', () => {
    expect(at({ published: '2027-03-04', lines: ['Entries close on the last day of the year.'], phrase: 'on the last day of the year' })).toEqual(['2027-12-31']);
  });
  it('near the turn of the year, still the nearest one (negative)', () => {
    expect(at({ published: '2027-01-03', lines: ['Entries close on the last day of the year.'], phrase: 'on the last day of the year' })).toEqual(['2026-12-31']);
    expect(at({ published: '2026-12-30', lines: ['The rule takes effect on the first day of the new year.'], phrase: 'the first day of the new year' })).toEqual(['2027-01-01']);
  });
  it('"the new year" far from its turn is left unresolved (a school\'s year, another calendar\'s)', () => {
    expect(at({ published: '2027-09-09', lines: ['Teachers said the first day of the new year went well.'], phrase: 'the first day of the new year' })).toEqual([null]);
  });
});

describe('near misses of "the blaze" and "hours after"', () => {
  it('"the blaze" is not the day troops "opened fire"', () => {
    expect(at({ published: TUE, lines: ['Troops opened fire on Monday.', 'Crowds scattered.', 'Shops shut.', 'The day after the blaze, the mayor visited.'], phrase: 'The day after the blaze' })).toEqual([null]);
  });
  it('still the day a fire burned (negative)', () => {
    expect(at({ published: TUE, lines: ['A fire gutted the depot on Monday.', 'Crowds scattered.', 'Shops shut.', 'The day after the blaze, the mayor visited.'], phrase: 'The day after the blaze' })).toEqual(['2027-01-05']);
  });
  it('"hours after" a happening at night is left open; in daytime it is that day (negative)', () => {
    expect(at({ published: TUE, lines: ['The barge sank late on Monday night.', 'Divers arrived hours after the sinking.'], phrase: 'hours' })).toEqual([null]);
    expect(at({ published: TUE, lines: ['The barge sank on Monday morning.', 'Divers arrived hours after the sinking.'], phrase: 'hours' })).toEqual(['2027-01-04']);
  });
});
