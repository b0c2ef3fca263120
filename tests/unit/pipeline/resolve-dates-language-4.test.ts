/**
 * Probe 4: what a reviewer and a sixth (outage) story caught — parts of a day named without a day ("for the rest of
 * the day", "by early afternoon", "for part of the morning", "by midmorning", "during that window"), a wire report
 * datelined east of its outlet ("TOKYO (AP) - … on Tuesday" published on Monday afternoon in New York), a night
 * spanning two weekdays ("overnight Sunday into Monday": one mention), and "the day before" inside a sentence that
 * dates its own happening. Short sentences of our own, each with a pinned publication day (and, where it matters,
 * the publication's clock time and zone).
 *
 * Each case: publication day, the sentences (the last one holds the expression unless `line` says otherwise), the
 * expression as written, and the values expected for the mentions overlapping it. `gap` marks a case the resolver
 * does not get right yet (it.fails: it turns red once fixed, so the mark goes).
 *
 * Decisions: a part of a day with no day of its own is the day of the story so far, as "in the morning" is;
 * "during that window" is the day of the window the sentence before named; a past-tense weekday that would fall
 * six days back, while the publication instant is already that weekday somewhere east (UTC+14 at most) and the
 * article is datelined elsewhere or the sentence says "local time", is the day after publication in the outlet's
 * zone; with no clock time known it is left unresolved (never a confident wrong day); "two weeks ago" with no dated
 * happening near it is publication less 14 days (probe 3's convention for a round count).
 */
import { describe, expect, it } from 'vitest';
import { valuesAt, type DatePage } from './date-probe';

interface Probe extends DatePage {
  values: Array<string | null>;
}

// Weekdays of the pinned days: 2024-07-20 Sat, 2024-07-22 Mon, 2026-11-02 Mon, 2026-03-10 Tue, 2027-01-03 Sun.
const OUTAGE = '2024-07-20';
const MONDAY = '2024-07-22';
const QUAKE = '2026-11-02';
const PLANT = '2026-03-10';
const FLOOD = '2027-01-03';

const cases: Probe[] = [
  // parts of a day with no day of their own: the day of the story so far
  { published: OUTAGE, lines: ['Flights were grounded on Friday.', 'Airports stayed shut for the rest of the day.'], phrase: 'for the rest of the day', values: ['2024-07-19'] },
  { published: OUTAGE, lines: ['Card payments failed on Friday.', 'Most shops were taking cards again by early afternoon.'], phrase: 'by early afternoon', values: ['2024-07-19'] },
  { published: OUTAGE, lines: ['Clinics lost their records system on Friday.', 'Appointments were paused for part of the morning.'], phrase: 'for part of the morning', values: ['2024-07-19'] },
  { published: MONDAY, lines: ['Queues built up at the terminal on Sunday.', 'By midmorning the lines had eased.'], phrase: 'By midmorning', values: ['2024-07-21'] },
  { published: MONDAY, lines: ['Queues built up at the terminal on Sunday.', 'The lines had eased by mid-afternoon.'], phrase: 'by mid-afternoon', values: ['2024-07-21'] },
  { published: OUTAGE, lines: ['The faulty file was live on Friday from 04:09 to 05:27 UTC.', 'Only machines that were switched on during that window crashed.'], phrase: 'during that window', values: ['2024-07-19'], gap: true },
  { published: OUTAGE, lines: ['The update shipped on Friday for just over an hour.', 'Laptops that fetched it in that window froze.'], phrase: 'in that window', values: ['2024-07-19'], gap: true },
  // a wire report datelined east of its outlet
  { published: QUAKE, time: '14:00', offset: '-05:00', lines: ['TOKYO (AP) - A strong earthquake shook northern Japan on Tuesday.'], phrase: 'on Tuesday', values: ['2026-11-03'] },
  { published: QUAKE, time: '14:00', offset: '-05:00', lines: ['A strong earthquake shook northern Japan early Tuesday local time.'], phrase: 'Tuesday', values: ['2026-11-03'] },
  { published: QUAKE, offset: '-05:00', lines: ['TOKYO (AP) - A strong earthquake shook northern Japan on Tuesday.'], phrase: 'on Tuesday', values: [null] },
  // a night across two weekdays is one mention
  { published: PLANT, lines: ['An explosion at a chemical plant overnight Sunday into Monday injured 4 workers.'], phrase: 'overnight Sunday into Monday', values: ['2026-03-08/2026-03-09'] },
  { published: PLANT, lines: ['Storms battered the coast overnight Saturday to Sunday.'], phrase: 'overnight Saturday to Sunday', values: ['2026-03-07/2026-03-08'] },
  // "the day before" inside a sentence that dates its own happening
  { published: FLOOD, lines: ['Floods hit the valley on 28 December, and the river peaked the day before.'], phrase: 'the day before', values: ['2026-12-27'] },
  { published: FLOOD, lines: ['Floods hit the valley on 28 December.', 'The river had peaked the day before.'], phrase: 'the day before', values: ['2026-12-27'] },
  { published: FLOOD, lines: ['Talks opened on 28 December, and a deal was signed the day after.'], phrase: 'the day after', values: ['2026-12-29'] },
  { published: FLOOD, lines: ['The river peaked the day before the floods hit on 28 December.'], phrase: 'the day before', values: ['2026-12-27'] },
  // a happening named after the count: the sentence's day dates the report
  { published: FLOOD, lines: ['Officials on Friday ordered checks, a day after the flood.'], phrase: 'a day after', values: ['2027-01-01'] },
  { published: FLOOD, lines: ['Officials on Friday ordered checks, the day after the flood.'], phrase: 'the day after', values: ['2027-01-01'] },
  // a round count with no dated happening near it
  { published: PLANT, lines: ['Nurses at the hospital walked out two weeks ago.'], phrase: 'two weeks ago', values: ['2026-02-24'] },
];

/** Where the new rules must not reach. */
const negatives: Probe[] = [
  // a past weekday six days back stays there with no dateline, no "local time", or before the day begins anywhere
  { published: QUAKE, time: '14:00', offset: '-05:00', lines: ['The council voted on Tuesday to close the library.'], phrase: 'on Tuesday', values: ['2026-10-27'] },
  { published: QUAKE, time: '02:00', offset: '-05:00', lines: ['TOKYO (AP) - A strong earthquake shook northern Japan on Tuesday.'], phrase: 'on Tuesday', values: ['2026-10-27'] },
  { published: QUAKE, time: '14:00', offset: '-05:00', lines: ['TOKYO (AP) - Officials met on Sunday.'], phrase: 'on Sunday', values: ['2026-11-01'] },
  // two days that are not one night stay two
  { published: PLANT, lines: ['The plant was shut overnight Sunday and reopened on Tuesday.'], phrase: 'overnight Sunday and reopened on Tuesday', values: ['2026-03-08', '2026-03-10'] },
  // words near the new ones that name no day
  { published: OUTAGE, lines: ['The launch window for the probe opens next spring.'], phrase: 'launch window', values: [] },
  { published: OUTAGE, lines: ['The striker is out for the rest of the season.'], phrase: 'for the rest of the season', values: [] },
  { published: OUTAGE, lines: ['She asked for a window seat.'], phrase: 'window', values: [] },
  { published: OUTAGE, lines: ['The cafe is busiest in midmorning on weekdays.'], phrase: 'midmorning', values: [] },
];

describe('parts of a day, a dateline east of its outlet, a night across two days (probe 4)', () => {
  for (const probe of cases) {
    const title = `${probe.published}${probe.time ? ` ${probe.time}${probe.offset ?? ''}` : ''}: "${probe.phrase}" in "${probe.lines.at(-1)}" → ${probe.values.join(', ')}`;
    (probe.gap ? it.fails : it)(title, () => {
      expect(valuesAt(probe)).toEqual(probe.values);
    });
  }
});

describe('where the new rules must not reach (probe 4, negative cases)', () => {
  for (const probe of negatives) {
    const title = `${probe.published}${probe.time ? ` ${probe.time}${probe.offset ?? ''}` : ''}: "${probe.phrase}" in "${probe.lines.at(-1)}" → ${probe.values.join(', ') || 'nothing'}`;
    (probe.gap ? it.fails : it)(title, () => {
      expect(valuesAt(probe)).toEqual(probe.values);
    });
  }
});
