/**
 * Misreadings a review and the tuning pages found, each pinned with the value a careful reader gives and a case the
 * rule must not reach. Made-up sentences; pinned publication days (2027-02-10 is a Wednesday, 2026-06-24 a
 * Wednesday, 2026-09-14 a Monday).
 */
import { describe } from 'vitest';
import { checkValues } from './date-probe';

describe('wire clock times with no colon', () => {
  checkValues([
    { published: '2027-02-10', lines: ['Brent crude rose 1.2% by 1900 GMT.'], phrase: '1900 GMT', values: ['2027-02-10'] },
    { published: '2027-02-10', lines: ['Bids are due by 0600 GMT on Tuesday.'], phrase: '0600 GMT', values: ['2027-02-16'] },
    { published: '2027-02-10', lines: ['The storm hit on Sunday.', 'Winds peaked at 2200 GMT.'], phrase: '2200 GMT', values: ['2027-02-07'] },
    // not a clock: a year, a count, an unzoned number
    { published: '2027-02-10', lines: ['The hall dates from 1900 and seats 2100 people.'], phrase: '2100 people', values: [] },
    { published: '2027-02-10', lines: ['The hall dates from 1900 and seats 2100 people.'], phrase: '1900', values: ['1900'] },
  ]);
});

describe('a zoned clock time late in the day, across the outlet zone', () => {
  checkValues([
    { published: '2026-06-25', time: '00:30', offset: '+00:00', lines: ['Polls closed at 10pm BST.'], phrase: '10pm BST', values: ['2026-06-24'] },
    { published: '2026-06-25', time: '02:00', offset: '+09:00', lines: ['Polls close at 10pm BST.'], phrase: '10pm BST', values: ['2026-06-24'] },
    // the same day where the clock time has passed, or with no publication time
    { published: '2026-06-24', time: '23:30', offset: '+01:00', lines: ['Polls closed at 8pm BST.'], phrase: '8pm BST', values: ['2026-06-24'] },
    { published: '2026-06-25', offset: '+00:00', lines: ['Polls closed at 10pm BST.'], phrase: '10pm BST', values: ['2026-06-25'] },
    { published: '2026-06-25', time: '20:00', offset: '-04:00', lines: ['Markets closed at 2100 GMT.'], phrase: '2100 GMT', values: ['2026-06-25'] },
  ]);
});

describe('a present simple of a fixture reads forward', () => {
  checkValues([
    { published: '2027-02-10', lines: ['He faces Ana Ruiz in the general election on November 2.'], phrase: 'November 2', values: ['2027-11-02'] },
    { published: '2026-08-07', lines: ['England play Wales in the final on Sunday.'], phrase: 'Sunday', values: ['2026-08-09'] },
    // a past verb, and a present that is a caption's ("faces reporters after the final")
    { published: '2027-02-10', lines: ['She faced Ana Ruiz in the general election on November 2.'], phrase: 'November 2', values: ['2026-11-02'] },
    { published: '2026-08-07', lines: ['Rodri faces reporters after the final on Sunday.'], phrase: 'Sunday', values: ['2026-08-02'] },
  ]);
});

describe('a day of the month after a verb of scheduling', () => {
  checkValues([
    { published: '2027-02-10', lines: ['The hearing is set for the 3rd.'], phrase: 'the 3rd', values: ['2027-03-03'] },
    { published: '2026-09-14', lines: ['The hearing is listed for the 3rd.'], phrase: 'the 3rd', values: ['2026-10-03'] },
    { published: '2026-09-14', lines: ['The case was adjourned to the 9th.'], phrase: 'the 9th', values: ['2026-10-09'] },
    // an ordinal that counts
    { published: '2026-09-14', lines: ['He is set for the 3rd time in a row to win.'], phrase: 'the 3rd', values: [] },
    { published: '2026-09-14', lines: ['The team is set for the 2nd round.'], phrase: 'the 2nd', values: [] },
  ]);
});

/**
 * "Talks resumed on Tuesday, a week after they collapsed": the phrase dates the resumption (a week after the collapse
 * is when they resumed), as the corpus's gold dates "two days after the defeat" by the report it times. So it is that
 * Tuesday, not the Tuesday before (the collapse, which the sentence does not name as a time of its own).
 */
describe('"a week after" beside the day it times', () => {
  checkValues([
    { published: '2027-02-10', lines: ['Talks resumed on Tuesday, a week after they collapsed.'], phrase: 'a week after', values: ['2027-02-09'] },
    // with no day in the sentence it counts from the last day told
    { published: '2027-02-10', lines: ['The talks collapsed on Feb. 1.', 'They resumed a week after that.'], phrase: 'a week after', values: ['2027-02-08'] },
  ]);
});

describe('"the end/start/middle of the month/year" follows the tense, as "at month-end" does', () => {
  checkValues([
    { published: '2027-02-10', lines: ["At the end of the month, the firm's debt stood at $4bn."], phrase: 'the end of the month', values: ['2027-01-21/2027-01-31'] },
    { published: '2027-02-10', lines: ['Net debt stood at $2.1bn at the end of the year.'], phrase: 'the end of the year', values: ['2026-09-01/2026-12-31'] },
    { published: '2027-02-10', lines: ['In the middle of the month, sales fell.'], phrase: 'the middle of the month', values: ['2027-01-11/2027-01-20'] },
    { published: '2027-02-10', lines: ['Prices rose at the end of the week.'], phrase: 'the end of the week', values: ['2027-02-04/2027-02-07'] },
    // a start already begun, a verb that looks ahead, a deadline
    { published: '2027-02-10', lines: ["At the start of the month, the firm's debt stood at $4bn."], phrase: 'the start of the month', values: ['2027-02-01/2027-02-10'] },
    { published: '2027-02-10', lines: ["The firm's debt will stand at $4bn at the end of the month."], phrase: 'the end of the month', values: ['2027-02-21/2027-02-28'] },
    { published: '2027-02-10', lines: ['The firm will cut its debt by the end of the year.'], phrase: 'the end of the year', values: ['2027'] },
  ]);
});

describe('a clock time told ahead is not on a day already past', () => {
  checkValues([
    { published: '2024-07-14', lines: ['Watkins won the semi-final on Wednesday.', 'Kick-off in Berlin is at 8pm BST (9pm local time).'], phrase: '8pm BST', values: ['2024-07-14'] },
    { published: '2024-07-14', lines: ['Watkins won the semi-final on Wednesday.', 'Kick-off in Berlin is at 8pm BST (9pm local time).'], phrase: '9pm local time', values: ['2024-07-14'] },
    // a day still to come, or a clock told in the past, keeps the day before it
    { published: '2024-07-14', lines: ['The final will be played on Sunday, July 21.', 'Kick-off is at 8pm.'], phrase: '8pm', values: ['2024-07-21'] },
    { published: '2024-07-14', lines: ['The semi-final was on Wednesday.', 'Kick-off was at 8pm.'], phrase: '8pm', values: ['2024-07-10'] },
  ]);
});

describe('a past match clock beside a final still to come', () => {
  const lines = ['England will face Spain in the final on Sunday night.', 'Watkins struck in the 90th minute to win the semi-final.'];
  checkValues([
    // filed that evening: the match of that day
    { published: '2024-07-10', time: '22:58', offset: '+01:00', lines, phrase: 'in the 90th minute', values: ['2024-07-10'] },
    { published: '2024-07-10', time: '22:58', offset: '+01:00', lines: [...lines, 'The Dutch had led in the seventh minute.'], phrase: 'in the seventh minute', values: ['2024-07-10'] },
    // a morning's report may be of the night before; with no time, no guess
    { published: '2024-07-11', time: '07:30', offset: '+01:00', lines, phrase: 'in the 90th minute', values: [null] },
    { published: '2024-07-10', offset: '+01:00', lines, phrase: 'in the 90th minute', values: [null] },
  ]);
});

describe('probe 7 rules: dashed day-first dates, possessive weekdays after "from", halves of a month', () => {
  checkValues([
    { published: '2026-03-12', offset: '+05:00', lines: ['The ordinance was signed on 11-03-2026.'], phrase: '11-03-2026', values: ['2026-03-11'] },
    { published: '2026-11-18', lines: ["Watch: highlights from Saturday's derby"], phrase: 'Saturday', values: ['2026-11-14'] },
    { published: '2026-04-08', lines: ['The rains are expected to begin in the second half of April.'], phrase: 'April', values: ['2026-04-16/2026-04-30'] },
    { published: '2026-04-08', lines: ['Talks are planned for the first half of June.'], phrase: 'June', values: ['2026-06-01/2026-06-15'] },
    // a page west of Greenwich writes the month first; "from Saturday" alone starts a change; a match's half is no date
    { published: '2026-03-12', offset: '-05:00', lines: ['The ordinance was signed on 11-03-2026.'], phrase: '11-03-2026', values: ['2026-11-03'] },
    { published: '2026-11-18', lines: ['The new timetable applies from Saturday.'], phrase: 'Saturday', values: ['2026-11-21'] },
    { published: '2026-04-08', lines: ['He scored in the second half of the match.'], phrase: 'second half', values: [] },
  ]);
});

describe('a span of one day is written as that day', () => {
  checkValues([
    { published: '2026-11-18', lines: ['Storm warning in force until 9pm tonight'], phrase: 'tonight', values: ['2026-11-18'] },
    // two days stay a span
    { published: '2026-11-18', lines: ['The warning is in force until Friday.'], phrase: 'Friday', values: ['2026-11-18/2026-11-20'] },
  ]);
});

describe('financial wires: "end-March", "end-2025", "the week beginning", "2H 2025"', () => {
  checkValues([
    { published: '2026-03-12', lines: ['Sales will be reported in end-March.'], phrase: 'end-March', values: ['2026-03-21/2026-03-31'] },
    { published: '2026-03-12', lines: ['The target is end-2026.'], phrase: 'end-2026', values: ['2026-09-01/2026-12-31'] },
    { published: '2026-03-12', lines: ['Debt fell by end-2025.'], phrase: 'end-2025', values: ['2025'] },
    { published: '2026-03-12', lines: ['Rules apply from the week beginning 16 March.'], phrase: '16 March', values: ['2026-03-16/2026-03-22'] },
    { published: '2026-03-12', lines: ['Output rose in 2H 2025.'], phrase: '2H 2025', values: ['2025-07-01/2025-12-31'] },
    // a fiscal half, a model code, a compound noun
    { published: '2026-03-12', lines: ['The company will report 1H FY26 results.'], phrase: '1H FY26', values: [] },
    { published: '2026-03-12', lines: ['The firm sold 2H batteries.'], phrase: '2H', values: [] },
    { published: '2026-03-12', lines: ['He lives in an end-terrace house.'], phrase: 'end-terrace', values: [] },
  ]);
});

describe('a day of the month with "the" left out, as South Asian papers write it', () => {
  checkValues([
    { published: '2026-03-12', offset: '+05:30', lines: ['The results will be declared on 23rd.'], phrase: '23rd', values: ['2026-03-23'] },
    { published: '2026-03-12', offset: '+05:30', lines: ['The accused was produced in court on 10th.'], phrase: '10th', values: ['2026-03-10'] },
    // an ordinal that counts a noun
    { published: '2026-03-12', offset: '+05:30', lines: ['He lives on 3rd floor of the building.'], phrase: '3rd', values: [] },
    { published: '2026-03-12', offset: '+05:30', lines: ['He came in on 2nd ballot.'], phrase: '2nd', values: [] },
  ]);
});

describe('days known by name in Commonwealth papers', () => {
  checkValues([
    { published: '2026-03-05', offset: '+11:00', lines: ['Crowds will gather on Anzac Day.'], phrase: 'Anzac Day', values: ['2026-04-25'] },
    { published: '2026-03-05', offset: '+11:00', lines: ['The ceremony was held on Australia Day.'], phrase: 'Australia Day', values: ['2026-01-26'] },
    { published: '2026-06-10', offset: '-04:00', lines: ['Fireworks are planned for Canada Day.'], phrase: 'Canada Day', values: ['2026-07-01'] },
    // a moving feast is not the nearest weekday of its name; a plain weekday still is
    { published: '2026-03-05', offset: '+11:00', lines: ['Shops close on Good Friday.'], phrase: 'Good Friday', values: [null] },
    { published: '2026-03-05', offset: '+11:00', lines: ['Shops closed on Friday.'], phrase: 'Friday', values: ['2026-02-27'] },
  ]);
});

describe('"Thursday fortnight", as "Thursday week" is', () => {
  checkValues([
    { published: '2026-03-05', lines: ['Parliament rises on Thursday fortnight.'], phrase: 'Thursday fortnight', values: ['2026-03-26'] },
    { published: '2026-03-05', lines: ['The vote comes a fortnight on Thursday.'], phrase: 'a fortnight on Thursday', values: ['2026-03-26'] },
    // a fortnight alone is a length
    { published: '2026-03-05', lines: ['He has been away for a fortnight.'], phrase: 'a fortnight', values: [] },
  ]);
});

describe('a present hope, aim or "goes ahead" looks ahead', () => {
  checkValues([
    { published: '2026-03-12', lines: ['Officials hope to finish the count by Saturday.'], phrase: 'Saturday', values: ['2026-03-14'] },
    { published: '2026-03-12', lines: ['The union wants to hold the vote on Monday.'], phrase: 'Monday', values: ['2026-03-16'] },
    // a past hope, and a day that dates the saying
    { published: '2026-03-12', lines: ['Officials had hoped to finish the count by Saturday.'], phrase: 'Saturday', values: ['2026-03-07'] },
    { published: '2026-03-12', lines: ['He said on Monday he hopes to win.'], phrase: 'Monday', values: ['2026-03-09'] },
    { published: '2026-03-12', lines: ['The sale goes ahead on Friday.'], phrase: 'Friday', values: ['2026-03-13'] },
    { published: '2026-03-12', lines: ['The sale went ahead on Friday.'], phrase: 'Friday', values: ['2026-03-06'] },
  ]);
});
