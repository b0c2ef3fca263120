/**
 * Rules for disaster reporting and year-end days (h52): a happening called by its short name ("the quake" after "an
 * earthquake struck on Sunday"), "minutes after" / "hours after" a happening with no count, "the first day of the
 * year", a weekday that does not fit a date days from publication, and a range still to run that began already. Made-up
 * sentences, pinned publication days (2027-01-05 and 2027-01-07 are a Tuesday and a Thursday).
 */
import { describe, expect, it } from 'vitest';
import { valuesAt, type DatePage } from './date-probe';

const at = (page: DatePage) => valuesAt({ offset: '+09:00', ...page });
const QUAKE = 'An earthquake shook the island on Sunday.';

describe('a happening called by its short name', () => {
  it('"the day after the quake" counts from the day the article gives the earthquake', () => {
    expect(at({ published: '2027-01-05', lines: [QUAKE, 'Roads were cut.', 'The day after the quake, ferries stopped.'], phrase: 'The day after the quake' })).toEqual(['2027-01-04']);
  });
  it('"since the quake hit" and "on the night of the quake" are the earthquake\'s day', () => {
    expect(at({ published: '2027-01-05', lines: [QUAKE, 'Schools have stayed shut since the quake hit.'], phrase: 'since the quake' })).toEqual(['2027-01-03']);
    expect(at({ published: '2027-01-05', lines: [QUAKE, 'Looting was reported on the night of the quake.'], phrase: 'the night of the quake' })).toEqual(['2027-01-03']);
  });
  it('"the blaze" is the fire the article dated', () => {
    expect(at({ published: '2027-01-07', lines: ['A fire swept through the market on Monday.', 'Traders counted losses.', 'The day after the blaze, the mayor visited.'], phrase: 'The day after the blaze' })).toEqual(['2027-01-05']);
  });
  it('not a tremor (an aftershock is one too), nor "the fire" for a ceasefire', () => {
    expect(at({ published: '2027-01-05', lines: [QUAKE, 'Roads were cut.', 'Power failed.', 'The day after the tremor, ferries stopped.'], phrase: 'The day after the tremor' })).toEqual([null]);
    expect(at({ published: '2027-01-07', lines: ['A ceasefire took hold on Monday.', 'Aid trucks waited.', 'Talks stalled.', 'The day after the fire, crews left.'], phrase: 'The day after the fire' })).toEqual([null]);
  });
});

describe('"minutes after" / "hours after" a happening with no count', () => {
  it('is the day the article gives the happening', () => {
    expect(at({ published: '2027-01-05', lines: [QUAKE, 'A tsunami alert went out minutes after the quake.'], phrase: 'minutes after' })).toEqual(['2027-01-03']);
    expect(at({ published: '2027-01-07', lines: ['A dam failed on Monday.', 'Water reached the town on Tuesday.', 'Hours after the failure, sirens sounded.'], phrase: 'Hours after' })).toEqual(['2027-01-04']);
  });
  it('is no day when the article gives the happening none, and no date at all as a stretch', () => {
    expect(at({ published: '2027-01-05', lines: ['The mayor resigned hours after the vote.'], phrase: 'hours after' })).toEqual([null]);
    expect(at({ published: '2027-01-05', lines: [QUAKE, 'Crews searched for hours after the quake.'], phrase: 'hours after' })).toEqual([]);
    expect(at({ published: '2027-01-05', lines: [QUAKE, 'In the hours after the quake, phones failed.'], phrase: 'hours after' })).toEqual([]);
    expect(at({ published: '2027-01-05', lines: [QUAKE, 'Crews worked for 36 hours after the quake.'], phrase: 'hours after' })).toEqual([]);
  });
  it('a few hours after is a moment too', () => {
    expect(at({ published: '2027-01-05', lines: [QUAKE, 'A few hours after the quake, phones failed.'], phrase: 'hours after' })).toEqual(['2027-01-03']);
  });
});

describe('"the first day of the year", "the last day of the year"', () => {
  it('are January 1 and December 31 of the year the tense points to', () => {
    expect(at({ published: '2027-01-05', lines: ['The quake struck on the first day of the year.'], phrase: 'the first day of the year' })).toEqual(['2027-01-01']);
    expect(at({ published: '2026-12-30', lines: ['Offices will close on the last day of the year.'], phrase: 'the last day of the year' })).toEqual(['2026-12-31']);
    expect(at({ published: '2026-12-30', lines: ['The rule takes effect on the first day of the new year.'], phrase: 'the first day of the new year' })).toEqual(['2027-01-01']);
  });
  it('not the school or fiscal year\'s, nor a year written after it', () => {
    expect(at({ published: '2027-01-05', lines: ['Pupils were sent home on the first day of the school year.'], phrase: 'first day' })).toEqual([]);
    expect(at({ published: '2027-01-05', lines: ['Sales fell on the first day of the fiscal year.'], phrase: 'first day' })).toEqual([]);
  });
});

describe('a weekday that does not fit its date', () => {
  it('days from publication: the date as written, not a year away', () => {
    expect(at({ published: '2027-01-07', lines: ['The ship sank on Tuesday, Jan. 6.'], phrase: 'Jan. 6' })).toEqual(['2027-01-06']);
  });
  it('far from publication: still the year in which the weekday fits', () => {
    expect(at({ published: '2027-01-07', lines: ['The ship sank on Tuesday, March 4.'], phrase: 'March 4' })).toEqual(['2025-03-04']);
  });
});

describe('a range still to run', () => {
  it('that began already keeps its start', () => {
    expect(at({ published: '2026-12-30', lines: ['The offices will be closed from Dec. 29 to Jan. 3.'], phrase: 'Dec. 29 to Jan. 3' })).toEqual(['2026-12-29/2027-01-03']);
  });
  it('that ended already is next year\'s', () => {
    expect(at({ published: '2026-12-30', lines: ['The fair will run from Dec. 20 to Dec. 27.'], phrase: 'Dec. 20 to Dec. 27' })).toEqual(['2027-12-20/2027-12-27']);
  });
});

describe('an outlook in a "with" phrase', () => {
  it('looks ahead whatever the tense of its clause', () => {
    expect(at({ published: '2027-01-06', lines: ['Evacuees slept in their cars, with snow forecast for the weekend.'], phrase: 'the weekend' })).toEqual(['2027-01-09/2027-01-10']);
    expect(at({ published: '2027-01-06', lines: ['Counting went on overnight, with results expected on Friday.'], phrase: 'Friday' })).toEqual(['2027-01-08']);
  });
  it('not a past outlook, nor a "with" phrase of what happened', () => {
    expect(at({ published: '2027-01-06', lines: ['Snow was forecast for the weekend, and it came.'], phrase: 'the weekend' })).toEqual(['2027-01-02/2027-01-03']);
    expect(at({ published: '2027-01-06', lines: ['Crowds came out, with the parade held on Saturday.'], phrase: 'Saturday' })).toEqual(['2027-01-02']);
  });
});

describe('days still to come told with a past or present verb (probe 8\'s gaps)', () => {
  it('a fixture\'s present verb before its opponent and venue looks ahead', () => {
    expect(at({ published: '2027-01-06', lines: ['Rovers play Harlow at Kenton Park on Saturday.'], phrase: 'Saturday' })).toEqual(['2027-01-09']);
    expect(at({ published: '2027-01-06', lines: ['Rovers played Harlow at Kenton Park on Saturday.'], phrase: 'Saturday' })).toEqual(['2027-01-02']);
    expect(at({ published: '2027-01-06', lines: ['Highlights: Rovers play Harlow on Saturday\u2019s show.'], phrase: 'Saturday' })).not.toEqual(['2027-01-09']);
  });
  it('a calendar day "falls on" a weekday still to come; a price that falls does not', () => {
    expect(at({ published: '2027-01-06', lines: ['Founders Day falls on Friday this year.'], phrase: 'Friday' })).toEqual(['2027-01-08']);
    expect(at({ published: '2027-01-06', lines: ['The index falls on Friday after a long rally.'], phrase: 'Friday' })).toEqual(['2027-01-01']);
  });
  it('a day a declaring makes a holiday is the nearest; a deadline declared is not', () => {
    expect(at({ published: '2027-01-06', lines: ['The president declared January 11 a special holiday.'], phrase: 'January 11' })).toEqual(['2027-01-11']);
    expect(at({ published: '2027-01-06', lines: ['The court declared January 11 the last day for appeals.'], phrase: 'January 11' })).toEqual(['2026-01-11']);
  });
  it('a possessive weekday is the day the article gives its happening, within a week', () => {
    expect(at({ published: '2027-01-06', lines: ['The bout will be held on Saturday in Osaka.', 'The champion trained hard for Saturday\u2019s bout.'], phrase: 'Saturday' })).toEqual(['2027-01-09']);
    expect(at({ published: '2027-01-06', lines: ['The champion trained hard for Saturday\u2019s bout.'], phrase: 'Saturday' })).toEqual(['2027-01-02']);
    expect(at({ published: '2027-01-06', lines: ['The bout was set on Monday.', 'The champion trained hard for Saturday\u2019s bout.'], phrase: 'Saturday' })).toEqual(['2027-01-02']);
  });
});
