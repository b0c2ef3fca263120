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
    // a summary bullet's day is no scene; with no day in the running text, no day (review 7: not the publication day)
    { published: '2030-09-12', kinds: { 0: 'caption' }, lines: page.concat('Speaking minutes later, the director thanked the team.'), phrase: 'minutes later', values: [null] },
    { published: '2030-09-12', kinds: { 0: 'caption' }, lines: page.concat('Moments later, the director thanked the team.'), phrase: 'Moments later', values: [null] },
    // negatives: a length of minutes is no date
    { published: '2030-09-12', lines: ['The lander touched down on Tuesday.', 'The film runs for ninety minutes.'], phrase: 'minutes', values: [] },
  ]);
});

describe('probe 8\'s general rules, each with what it must leave alone', () => {
  checkValues([
    // a wire clock in an African or Asian zone is a clock time, as "0900 GMT" is
    { published: '2030-09-12', offset: '+03:00', lines: ['The shilling was steady at 0930 EAT.'], phrase: '0930 EAT', values: ['2030-09-12'] },
    { published: '2030-09-12', offset: '+01:00', lines: ['Trading closed at 1600 WAT on Tuesday.'], phrase: '1600 WAT', values: ['2030-09-10'] },
    // …but not a sum before a sales tax
    { published: '2030-09-12', offset: '+05:30', lines: ['The buyer paid 1800 GST on the order.'], phrase: '1800 GST', values: [] },
    // a commercial letter's "inst.", "ult." and "prox."
    { published: '2030-09-12', lines: ['Thank you for your letter of the 4th inst.'], phrase: 'the 4th inst', values: ['2030-09-04'] },
    { published: '2030-09-12', lines: ['Our letter of the 30th ult. remains unanswered.'], phrase: 'the 30th ult', values: ['2030-08-30'] },
    { published: '2030-09-12', lines: ['Payment falls due on the 2nd prox.'], phrase: 'the 2nd prox', values: ['2030-10-02'] },
    { published: '2030-09-12', lines: ['The 3rd institute opened on the campus.'], phrase: '3rd', values: [] },
    // "the coming weekend" is the next one, whatever the clause's tense; "the following weekend" still counts from the story
    { published: '2030-09-12', lines: ['Warnings were issued for the coming weekend.'], phrase: 'the coming weekend', values: ['2030-09-14/2030-09-15'] },
    { published: '2030-09-12', lines: ['Fans are travelling this upcoming weekend.'], phrase: 'this upcoming weekend', values: ['2030-09-14/2030-09-15'] },
    { published: '2030-09-12', lines: ['Rovers lost on Tuesday.', 'They won the following weekend.'], phrase: 'the following weekend', values: ['2030-09-14/2030-09-15'] },
    { published: '2030-09-12', lines: ['Rovers lost at the weekend.'], phrase: 'the weekend', values: ['2030-09-07/2030-09-08'] },
    // a timetable's present before a 24-hour clock looks ahead; "were open" is a state told in the past
    { published: '2030-09-12', offset: '+01:00', lines: ['The stalls open at 18:00 on Saturday.'], phrase: 'Saturday', values: ['2030-09-14'] },
    { published: '2030-09-12', offset: '+01:00', lines: ['The stalls were open at 18:00 on Saturday.'], phrase: 'Saturday', values: ['2030-09-07'] },
    // a school's or a parliament's term named by its season is no season; the season alone still is
    { published: '2030-09-12', lines: ['Pupils sat the tests in the autumn term.'], phrase: 'autumn', values: [] },
    { published: '2030-09-12', lines: ['The bill lapsed in the winter session.'], phrase: 'winter', values: [] },
    { published: '2030-09-12', lines: ['The river flooded in the spring.'], phrase: 'the spring', values: ['2030-03-01/2030-05-31'] },
  ]);
});
