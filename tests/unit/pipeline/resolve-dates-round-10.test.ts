/**
 * Rules of the tenth dates round, each with what it must not reach. Sentences are made up; publication days pinned.
 */
import { describe } from 'vitest';
import { checkValues } from './date-probe';

const FRI = '2031-05-16'; // a Friday

describe('a comma inside a number does not cut the clause its tense cue governs', () => {
  checkValues([
    { published: FRI, lines: ['Stewards expect 12,000 runners at the race on Sunday.'], phrase: 'Sunday', values: ['2031-05-18'] },
    { published: FRI, lines: ['The league expects 1,250,000 viewers for the final on Saturday.'], phrase: 'Saturday', values: ['2031-05-17'] },
    // A past verb across the number still governs; a year after its day's comma is still a clause of its own.
    { published: FRI, lines: ['About 12,000 runners finished the race on Sunday.'], phrase: 'Sunday', values: ['2031-05-11'] },
    { published: FRI, lines: ['Stewards expect big crowds, 2,000 fewer than on Sunday.'], phrase: 'Sunday', values: ['2031-05-11'] },
    { published: FRI, lines: ['The race was run on May 11, 2031, and stewards expect a rerun.'], phrase: 'May 11, 2031', values: ['2031-05-11'] },
  ]);
});

describe('a promise in the present perfect looks ahead', () => {
  checkValues([
    { published: FRI, lines: ['The council has promised new lights by August.'], phrase: 'August', values: ['2031-08'] },
    { published: FRI, lines: ['Both firms have pledged a decision on Tuesday.'], phrase: 'Tuesday', values: ['2031-05-20'] },
    { published: FRI, lines: ['The mayor has vowed a vote in March.'], phrase: 'March', values: ['2032-03'] },
    // The simple past and the past perfect keep the promise (and its day) in the past.
    { published: FRI, lines: ['The council promised new lights by August.'], phrase: 'August', values: ['2030-08'] },
    { published: FRI, lines: ['The mayor had vowed a vote in March.'], phrase: 'March', values: ['2031-03'] },
    // "has" before another verb is no promise.
    { published: FRI, lines: ['The council has repaired the lights since March.'], phrase: 'March', values: ['2031-03'] },
  ]);
});
