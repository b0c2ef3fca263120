/**
 * Misreadings a review found in the dates-6 rules, each pinned with what a careful reader gives and a case the rule
 * was made for. Made-up sentences; pinned publication days (2027-02-17 is a Wednesday, 2027-02-19 a Friday,
 * 2027-02-18 a Thursday, 2027-03-05 a Friday).
 */
import { describe } from 'vitest';
import { checkValues } from './date-probe';

describe('"the end of the month" in a plan told through a past verb is still ahead', () => {
  checkValues([
    { published: '2027-02-17', lines: ['The carmaker said on Monday it would close its plant at the end of the month.'], phrase: 'the end of the month', values: ['2027-02-21/2027-02-28'] },
    { published: '2027-02-17', lines: ['The firm announced on Monday that the plant was due to shut at the end of the month.'], phrase: 'the end of the month', values: ['2027-02-21/2027-02-28'] },
    { published: '2027-02-17', lines: ['The chairman had promised to quit at the end of the month.'], phrase: 'the end of the month', values: ['2027-02-21/2027-02-28'] },
    // a month far along: its own end
    { published: '2027-02-27', lines: ['More snow fell at the end of the month than in the whole winter, forecasters said on Saturday.'], phrase: 'the end of the month', values: ['2027-02-21/2027-02-28'] },
    // a month-end (a book-keeping day) not yet reached is last month's; a plain past of the happening itself looks back
    { published: '2027-02-27', lines: ['Net debt stood at $4bn at month-end.'], phrase: 'month-end', values: ['2027-01-21/2027-01-31'] },
    { published: '2027-02-17', lines: ['Prices fell sharply at the end of the month.'], phrase: 'the end of the month', values: ['2027-01-21/2027-01-31'] },
    { published: '2027-02-17', lines: ['At the end of the month, the bank said, its debt stood at $4bn.'], phrase: 'the end of the month', values: ['2027-01-21/2027-01-31'] },
  ]);
});

describe('a booking told through a past main verb stays in the past', () => {
  checkValues([
    { published: '2027-02-19', lines: ['The hearing, which was set for the 3rd, went ahead as planned.'], phrase: 'the 3rd', values: ['2027-02-03'] },
    // a present booking, and a new date, are ahead
    { published: '2027-02-19', lines: ['The hearing is set for the 3rd.'], phrase: 'the 3rd', values: ['2027-03-03'] },
    { published: '2027-02-19', lines: ['The case was adjourned to the 9th.'], phrase: 'the 9th', values: ['2027-03-09'] },
    { published: '2027-02-19', lines: ['The vote, which was scheduled for Thursday, will now go ahead.'], phrase: 'Thursday', values: ['2027-02-25'] },
    { published: '2027-02-19', lines: ['The hearing was set for the 3rd, the court said.'], phrase: 'the 3rd', values: ['2027-03-03'] },
  ]);
});

describe('a present fixture verb yields to a past verb in the same sentence', () => {
  checkValues([
    { published: '2027-02-17', lines: ["Tom Reid plays a shot in the final on Sunday at Lord's, where England won by six wickets."], phrase: 'Sunday', values: ['2027-02-14'] },
    { published: '2027-02-17', lines: ['Ana Ruiz, who hosts talks at the summit on Monday, left early.'], phrase: 'Monday', values: ['2027-02-15'] },
    { published: '2027-02-17', lines: ['Fans cheered as Reid plays a shot in the final on Sunday.'], phrase: 'Sunday', values: ['2027-02-14'] },
    // a preview is ahead
    { published: '2027-02-17', lines: ['They play Doria in the final on Sunday.'], phrase: 'Sunday', values: ['2027-02-21'] },
    { published: '2027-02-17', lines: ['England play Wales in the final on Sunday, the board said.'], phrase: 'Sunday', values: ['2027-02-21'] },
    { published: '2027-02-17', lines: ['Castamar, who beat Eastmoor on Saturday, play Doria in the final on Sunday.'], phrase: 'Sunday', values: ['2027-02-21'] },
    { published: '2027-02-17', lines: ['Having won the semi-final, England play Wales in the final on Sunday.'], phrase: 'Sunday', values: ['2027-02-21'] },
    { published: '2027-02-17', lines: ['England, who lost the first Test, play Wales in the final on Sunday.'], phrase: 'Sunday', values: ['2027-02-21'] },
    { published: '2027-02-17', lines: ['Reid plays in the final on Sunday after he recovered from injury.'], phrase: 'Sunday', values: ['2027-02-21'] },
  ]);
});

describe('an evening report keeps a day the sentence itself names for a match clock', () => {
  const preview = 'Castamar will face Doria in the final on Sunday.';
  checkValues([
    { published: '2027-02-19', time: '21:30', offset: '+00:00', lines: [preview, "He limped off in the 80th minute of Wednesday's semi-final win over Eastmoor."], phrase: 'in the 80th minute', values: ['2027-02-17'] },
    // with no day of its own, the evening's match
    { published: '2027-02-19', time: '21:30', offset: '+00:00', lines: [preview, 'He limped off in the 80th minute of the semi-final.'], phrase: 'in the 80th minute', values: ['2027-02-19'] },
    { published: '2027-02-19', time: '21:30', offset: '+00:00', lines: [preview, 'He scored in the 90th minute and starts in the final on Sunday.'], phrase: 'in the 90th minute', values: ['2027-02-19'] },
  ]);
});

describe('a deadline after "until" is ahead, with a clock time before its day', () => {
  checkValues([
    { published: '2027-02-18', lines: ['The army gave the rebels until 1800 GMT on Saturday to leave the city.'], phrase: 'Saturday', values: ['2027-02-20'] },
    { published: '2027-02-18', lines: ['The army gave the rebels until 6pm on Saturday to leave the city.'], phrase: 'Saturday', values: ['2027-02-20'] },
    // no deadline: a past span up to a past day
    { published: '2027-02-18', lines: ['The army shelled the city until 1800 GMT on Saturday.'], phrase: 'Saturday', values: ['2027-02-13'] },
  ]);
});

describe('a past zoned clock after a day still to come is not later than publication', () => {
  const court = ['A jury on Thursday found the driver guilty.', 'He will be sentenced at a hearing on March 28.', 'By 1800 GMT about 200 people had gathered outside the court.'];
  checkValues([
    { published: '2027-03-05', time: '07:00', offset: '+00:00', lines: court, phrase: '1800 GMT', values: ['2027-03-04'] },
    // a clock already past that day stays on it; with no time, the publication day
    { published: '2027-03-05', time: '20:00', offset: '+00:00', lines: court, phrase: '1800 GMT', values: ['2027-03-05'] },
    { published: '2027-03-05', lines: court, phrase: '1800 GMT', values: ['2027-03-05'] },
  ]);
});

describe('a clock time takes its own day past a bracketed conversion', () => {
  checkValues([
    { published: '2027-02-17', lines: ['The talks began at 10 a.m. local time (0800 GMT) on Monday.'], phrase: '10 a.m. local time', values: ['2027-02-15'] },
    { published: '2027-02-17', lines: ['The talks began at 10 a.m. local time (0800 GMT) on Monday.'], phrase: '0800 GMT', values: ['2027-02-15'] },
    // a day further on, after other words, is not the clock's
    { published: '2027-02-17', lines: ['Talks began at 10 a.m. (0800 GMT), hours before the vote on Monday.'], phrase: '10 a.m.', values: ['2027-02-17'] },
  ]);
});

describe('a contest a result sets up is still to come', () => {
  checkValues([
    { published: '2027-02-17', lines: ['Castamar beat Eastmoor 2-1 to set up a final against Doria on Sunday.'], phrase: 'Sunday', values: ['2027-02-21'] },
    { published: '2027-02-17', lines: ['Castamar beat Eastmoor 2-1 on Tuesday to set up a final against Doria on Sunday.'], phrase: 'Sunday', values: ['2027-02-21'] },
    // the result's own day, and a firm set up, stay past
    { published: '2027-02-17', lines: ['Castamar beat Eastmoor 2-1 on Tuesday to set up a final against Doria on Sunday.'], phrase: 'Tuesday', values: ['2027-02-16'] },
    { published: '2027-02-17', lines: ['The firm was set up on Monday.'], phrase: 'Monday', values: ['2027-02-15'] },
  ]);
});

describe("a clock time does not take a day from a relative clause about someone", () => {
  const match = ['Castamar, who lost to Doria on Sunday, beat Eastmoor 2-1 at the Vale.', 'Kick-off was at 7.45pm GMT.'];
  checkValues([
    { published: '2027-02-18', time: '23:00', lines: match, phrase: '7.45pm GMT', values: ['2027-02-18'] },
    // a day of the main clause before it still dates the clock
    { published: '2027-02-18', lines: ['Castamar beat Eastmoor 2-1 on Tuesday.', 'Castamar, who lost to Doria on Sunday, are top.', 'Kick-off was at 7.45pm.'], phrase: '7.45pm', values: ['2027-02-16'] },
    { published: '2027-02-18', lines: ['Castamar beat Eastmoor 2-1 on Tuesday, which was a cold night.', 'Kick-off was at 7.45pm.'], phrase: '7.45pm', values: ['2027-02-16'] },
  ]);
});
