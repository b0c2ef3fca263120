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

describe('"that spring", "the previous autumn", "the following winter": a season told from the story\'s last date', () => {
  const FLOOD = 'The river burst its banks on April 9, 2029.';
  checkValues([
    { published: FRI, lines: [FLOOD, 'That spring, half the farms stood empty.'], phrase: 'That spring', values: ['2029-03-01/2029-05-31'] },
    { published: FRI, lines: [FLOOD, 'The previous autumn, the levees had been raised.'], phrase: 'The previous autumn', values: ['2028-09-01/2028-11-30'] },
    { published: FRI, lines: [FLOOD, 'The following winter, the mill closed.'], phrase: 'The following winter', values: ['2029-12-01/2030-02-28'] },
    { published: FRI, lines: [FLOOD, 'By the following spring, the town had rebuilt.'], phrase: 'the following spring', values: ['2030-03-01/2030-05-31'] },
    { published: FRI, lines: ['The pipes froze on Jan. 20, 2030.', 'That winter was the coldest in decades.'], phrase: 'That winter', values: ['2029-12-01/2030-02-28'] },
  ]);
  checkValues([
    // Nothing dated before it: no season of publication's stands in.
    { published: FRI, lines: ['That spring, half the farms stood empty.'], phrase: 'That spring', values: [null] },
    // "that" as a conjunction, and a school's term, are no season of the story.
    { published: FRI, lines: [FLOOD, 'They sowed early so that spring crops could ripen.'], phrase: 'spring', values: [] },
    { published: FRI, lines: [FLOOD, 'She taught at the college the following spring term.'], phrase: 'spring', values: [] },
    { published: FRI, lines: [FLOOD, 'He said that summer camps were cancelled.'], phrase: 'summer', values: [] },
  ]);
});

describe('a market session ("in pre-market trading", "in early trade") is a part of the day of the story so far', () => {
  const OPEN = 'Stock futures edged up early on Thursday.';
  checkValues([
    { published: FRI, lines: [OPEN, 'The carmaker\u2019s shares gained 4% in pre-market trading.'], phrase: 'in pre-market trading', values: ['2031-05-15'] },
    { published: FRI, lines: [OPEN, 'The bank\u2019s stock slid in early trade.'], phrase: 'in early trade', values: ['2031-05-15'] },
    { published: FRI, lines: ['The miner\u2019s shares fell 6% during after-hours trading.'], phrase: 'during after-hours trading', values: ['2031-05-16'] },
  ]);
  checkValues([
    // Its own day after it decides; hours and platforms of trading are no session of the story.
    { published: FRI, lines: [OPEN, 'The shares fell in after-hours trading on Tuesday.'], phrase: 'after-hours trading', values: [] },
    { published: FRI, lines: [OPEN, 'The exchange lengthened its pre-market trading hours.'], phrase: 'pre-market trading', values: [] },
    { published: FRI, lines: [OPEN, 'Regulators looked into pre-market trading by insiders.'], phrase: 'pre-market trading', values: [] },
  ]);
});

describe('"later that month", "earlier that year": the part of the unit on the far side of the story\'s day', () => {
  const OPENED = 'The bridge reopened on Oct. 12, 2030.';
  checkValues([
    { published: FRI, lines: [OPENED, 'Later that month, cracks appeared in the deck.'], phrase: 'Later that month', values: ['2030-10-12/2030-10-31'] },
    { published: FRI, lines: [OPENED, 'Earlier that month, inspectors had signed it off.'], phrase: 'Earlier that month', values: ['2030-10-01/2030-10-12'] },
    { published: FRI, lines: [OPENED, 'Later that year, the tolls doubled.'], phrase: 'Later that year', values: ['2030-10-12/2030-12-31'] },
    { published: FRI, lines: [OPENED, 'Earlier in that year, the river had flooded.'], phrase: 'Earlier in that year', values: ['2030-01-01/2030-10-12'] },
  ]);
  checkValues([
    // After a month or a year only, or on the unit's last day, the whole unit: there is no day to cut at.
    { published: FRI, lines: ['The bridge reopened in October 2030.', 'Later that month, cracks appeared.'], phrase: 'Later that month', values: ['2030-10'] },
    { published: FRI, lines: ['The bridge reopened on Oct. 31, 2030.', 'Later that month, cracks appeared.'], phrase: 'Later that month', values: ['2030-10'] },
    // "that month" alone stays the month; "later that day" stays the day.
    { published: FRI, lines: [OPENED, 'That month, cracks appeared.'], phrase: 'That month', values: ['2030-10'] },
    { published: FRI, lines: [OPENED, 'Later that day, cracks appeared.'], phrase: 'Later that day', values: ['2030-10-12'] },
  ]);
});

describe('chains of relative days across sentences', () => {
  checkValues([
    // Each link counts from the day the last one gave, even when that day came from a relative expression.
    { published: FRI, lines: ['The strike began four days ago.', 'The next day, talks collapsed.', 'Two days later, the union returned to the table.'], phrase: 'Two days later', values: ['2031-05-15'] },
    { published: FRI, lines: ['The ferry sank the day before yesterday.', 'The following day, divers reached it.', 'That evening, the owners apologised.'], phrase: 'That evening', values: ['2031-05-15'] },
    { published: FRI, lines: ['Voting took place last Sunday.', 'Results came two days later.', 'The day after that, the loser conceded.'], phrase: 'The day', values: ['2031-05-14'] },
    { published: FRI, lines: ['The tanker ran aground on Monday.', 'A day later, oil reached the beach.', 'Two days after that, volunteers arrived.'], phrase: 'Two days after that', values: ['2031-05-15'] },
  ]);
  checkValues([
    // A past happening counted to days after publication: the chain went wrong somewhere, so no day rather than one.
    { published: FRI, lines: ['Voting took place last Sunday.', 'Results came two days later.', 'A week later, the winner was sworn in.'], phrase: 'A week later', values: [null] },
    { published: FRI, lines: ['The ferry left port on Thursday.', 'Three days later, it docked in the south.'], phrase: 'Three days later', values: [null] },
    // Within a day of publication (a story told across zones), or looking ahead, the count stands.
    { published: FRI, lines: ['The ferry left port on Thursday.', 'Two days later, it is due in the south.'], phrase: 'Two days later', values: ['2031-05-17'] },
    { published: FRI, lines: ['The ferry left port on Thursday.', 'A day later, it docked in the south.'], phrase: 'A day later', values: ['2031-05-16'] },
  ]);
});

describe('a count from a written date stands, even past publication', () => {
  checkValues([
    { published: FRI, lines: ['The ferry left port on May 14.', 'Three days later, it docked in the south.'], phrase: 'Three days later', values: ['2031-05-17'] },
  ]);
});

describe('"full-year 2027": a results page\'s whole year', () => {
  checkValues([
    { published: FRI, lines: ['Full-year 2030 revenue rose 8%.'], phrase: '2030', values: ['2030'] },
    { published: FRI, lines: ['The group cut its calendar-year 2031 forecast.'], phrase: '2031', values: ['2031'] },
  ]);
  checkValues([
    // A count after it, or a year glued into a name, is no year.
    { published: FRI, lines: ['The mill shipped a full-year 2000 tonnes.'], phrase: '2000', values: [] },
    { published: FRI, lines: ['The full-year2030 plan was shelved.'], phrase: '2030', values: [] },
  ]);
});

describe('a weekday right after "deadline", once the sentence has dated its own act, is the deadline\'s', () => {
  const TUE = '2031-05-13';
  checkValues([
    { published: TUE, lines: ['Crews widened the hunt on Tuesday, as fuel estimates pointed to a deadline late on Friday.'], phrase: 'on Friday', values: ['2031-05-16'] },
    { published: TUE, lines: ['Talks resumed on Monday ahead of a deadline on Thursday.'], phrase: 'on Thursday', values: ['2031-05-15'] },
  ]);
  checkValues([
    // With no act dated before it, or after a verb that sets, misses or passes a deadline, the weekday may date that act.
    { published: TUE, lines: ['The union set a deadline on Friday.'], phrase: 'on Friday', values: ['2031-05-09'] },
    { published: TUE, lines: ['On Monday the union said it had set a deadline on Friday.'], phrase: 'on Friday', values: ['2031-05-09'] },
    { published: TUE, lines: ['Talks resumed on Monday after a deadline on Friday passed.'], phrase: 'on Friday', values: ['2031-05-09'] },
    { published: TUE, lines: ['Talks collapsed on Monday after the firm missed the deadline on Friday.'], phrase: 'on Friday', values: ['2031-05-09'] },
  ]);
});
