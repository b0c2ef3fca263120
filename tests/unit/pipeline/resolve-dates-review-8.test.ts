/**
 * Round 8 of the dates work: shapes the tuning half showed and the probes did not write, each pinned with what a
 * careful reader gives and a case the rule must leave alone. Made-up sentences; pinned publication days (2030-09-12 is
 * a Thursday, 2030-09-10 a Tuesday, 2030-09-07 a Saturday).
 */
import { describe } from 'vitest';
import { checkValues } from './date-probe';

describe('a 24-hour clock with "hrs" and its zone takes the day written right after it', () => {
  const earlier = 'On September 3, 2030 the two craft separated.';
  checkValues([
    { published: '2030-09-12', offset: '+05:30', lines: [earlier, 'The craft docked at 17:42 hrs IST on 10.09.2030.'], phrase: '17:42', values: ['2030-09-10'] },
    { published: '2030-09-12', offset: '+05:30', lines: [earlier, 'The craft docked at 17:42 hours on 10 September.'], phrase: '17:42', values: ['2030-09-10'] },
    { published: '2030-09-12', offset: '+02:00', lines: [earlier, 'The craft docked at 17:42 hrs CEST, on Tuesday.'], phrase: '17:42', values: ['2030-09-10'] },
    // negative: a day further on, past other words, is not the clock's own
    { published: '2030-09-12', offset: '+05:30', lines: [earlier, 'The craft docked at 17:42 hrs and the crew slept until 10.09.2030.'], phrase: '17:42', values: ['2030-09-03'] },
  ]);
});

describe('a plan told from the past ("was due to", "had been expected to") leaves its day to the nearest reading', () => {
  checkValues([
    { published: '2030-09-07', lines: ['The probe reached orbit a week later and had been due to touch down on September 8.'], phrase: 'September 8', values: ['2030-09-08'] },
    { published: '2030-09-07', lines: ['The ferry was due to sail on September 9.'], phrase: 'September 9', values: ['2030-09-09'] },
    { published: '2030-09-07', lines: ['The talks were expected to open on September 10.'], phrase: 'September 10', values: ['2030-09-10'] },
    { published: '2030-09-07', lines: ['The vote was supposed to take place on September 2.'], phrase: 'September 2', values: ['2030-09-02'] },
    // negatives: a past verb of the happening itself still looks back; a present plan still looks ahead
    { published: '2030-09-07', lines: ['The ferry sailed on September 9.'], phrase: 'September 9', values: ['2029-09-09'] },
    { published: '2030-09-07', lines: ['The ferry is due to sail on September 9.'], phrase: 'September 9', values: ['2030-09-09'] },
    { published: '2030-09-07', lines: ['The ferry was late and sailed on September 9.'], phrase: 'September 9', values: ['2029-09-09'] },
  ]);
});

describe('"minutes later" steps from the running text\'s day, not a caption\'s', () => {
  const page = ['The rival probe crashed on Saturday.', 'Engineers in the control room cheered as the lander touched down.'];
  checkValues([
    { published: '2030-09-12', lines: ['The lander touched down on Tuesday.', 'Speaking minutes later, the director thanked the team.'], phrase: 'minutes later', values: ['2030-09-10'] },
    { published: '2030-09-12', lines: ['The lander touched down on Tuesday.', 'Only minutes later, the signal dropped.'], phrase: 'minutes later', values: ['2030-09-10'] },
    { published: '2030-09-12', lines: ['The lander touched down on Tuesday.', 'A few minutes later, the signal dropped.'], phrase: 'A few minutes later', values: ['2030-09-10'] },
    // a summary bullet's day is no scene; with no day in the running text, the publication day
    { published: '2030-09-12', kinds: { 0: 'caption' }, lines: page.concat('Speaking minutes later, the director thanked the team.'), phrase: 'minutes later', values: ['2030-09-12'] },
    { published: '2030-09-12', kinds: { 0: 'caption' }, lines: page.concat('Moments later, the director thanked the team.'), phrase: 'Moments later', values: ['2030-09-12'] },
    // negatives: a length of minutes is no date
    { published: '2030-09-12', lines: ['The lander touched down on Tuesday.', 'The film runs for ninety minutes.'], phrase: 'minutes', values: [] },
  ]);
});
