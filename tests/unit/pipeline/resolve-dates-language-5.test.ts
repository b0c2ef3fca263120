/**
 * Probe 5: date language the tuning half of the development corpus does not show, met in news from other beats —
 * courts, markets, sport, weather, politics, science — and the relative runs, spans and time zones any beat uses.
 * Short sentences of our own, each with a pinned publication day (the last sentence holds the expression unless
 * `line` says otherwise), and the value a careful reader would give, or no date.
 *
 * `value`: every mention overlapping the expression must have it (and there must be one); `null`: nothing there may
 * resolve (a duration, an age, a habit, a count, a score, a name made of a date). `gap` marks a case the resolver
 * does not get right yet (it.fails: it turns red once fixed, so the mark goes).
 *
 * Decisions: "is forecast / likely / possible / predicted" speaks of what is to come, as "is expected" does; one
 * night into a day ("overnight into Thursday") is the two-day range, as "overnight Sunday into Monday" is (probe 4);
 * "that weekend", "the following weekend", "the weekend after", "that Friday", "the Tuesday after" count from the day
 * the story is at, not from publication; "the year before" after a day whose year the article implies is the year
 * before it; "the week before last" is the whole week two before publication's; "the week to Friday" is the seven
 * days ending that Friday; a weekday with a converted time in brackets naming the day before ("Thursday … (1700 GMT
 * Wednesday)") is the day after the bracketed one; a clock time on a present-tense schedule ("The polls open at
 * 7 a.m. on Sunday") looks ahead as the schedule without the clock does; "polling day" is the election's day; "the
 * eve of" or "two weeks after" a happening the article never dates is no date (never publication's); "the Jan. 6
 * Committee", "the September 11 attacks" use a date as a name, and a habit ("on weekdays", "the first Monday of every
 * month") names no day; "the last Sunday of May" is that weekday counted within the month, not last week's Sunday.
 */
import { describe, expect, it } from 'vitest';
import { valuesAt, type DatePage } from './date-probe';

interface Probe extends DatePage {
  value: string | null;
}

// Weekdays of the pinned days: 2025-03-12 Wed (so Feb. 18, 2025 is a Tue, March 3 a Mon), 2024-11-08 Fri.
const DAY = '2025-03-12';
const FALL = '2024-11-08';
const STORM = 'The storm hit on Feb. 18.';

const families: Record<string, Probe[]> = {
  courts: [
    { published: DAY, lines: ['Sentencing is set for May 20.'], phrase: 'May 20', value: '2025-05-20' },
    { published: DAY, lines: ['The hearing resumes on Monday.'], phrase: 'Monday', value: '2025-03-17' },
    { published: DAY, lines: ['The jury will resume deliberations Thursday.'], phrase: 'Thursday', value: '2025-03-13' },
    { published: DAY, lines: ['The trial was adjourned until next Tuesday.'], phrase: 'next Tuesday', value: '2025-03-18' },
    { published: DAY, lines: ['Sentencing is scheduled for Monday.'], phrase: 'Monday', value: '2025-03-17' },
    { published: DAY, lines: ['The talks broke up on Friday.', 'The verdict came in the late afternoon.'], phrase: 'in the late afternoon', value: '2025-03-07' },
    { published: DAY, lines: ['The court heard that the assault happened on the night of Feb. 14.'], phrase: 'Feb. 14', value: '2025-02-14' },
    { published: DAY, lines: ['The verdict came in the late afternoon on Tuesday.'], phrase: 'in the late afternoon on Tuesday', value: '2025-03-11' },
  ],
  markets: [
    { published: DAY, lines: ['Shares fell 2% at the close on Tuesday.'], phrase: 'Tuesday', value: '2025-03-11' },
    { published: DAY, lines: ["Stocks rose at Tuesday's close."], phrase: 'Tuesday', value: '2025-03-11' },
    { published: DAY, lines: ['Revenue rose in the quarter ended Dec. 31.'], phrase: 'Dec. 31', value: '2024-12-31' },
    { published: DAY, lines: ['Profit fell in the three months through September.'], phrase: 'the three months through September', value: '2024-07-01/2024-09-30' },
    { published: DAY, lines: ['The index rose 3% in the week to Friday.'], phrase: 'the week to Friday', value: '2025-03-01/2025-03-07' },
    { published: DAY, lines: ['Oil hit a two-week high on Tuesday.'], phrase: 'Tuesday', value: '2025-03-11' },
    { published: DAY, lines: ['Jobless claims fell in the week ended March 1.'], phrase: 'the week ended March 1', value: '2025-02-23/2025-03-01' },
    { published: DAY, lines: ['The exchange opens at 9:30 a.m. on Monday after the outage.'], phrase: 'Monday', value: '2025-03-17' },
    // A clock time with no figure word after it stays a time (beside "at 4.25%", which names no date).
    { published: DAY, lines: ['The bank announced the cut at 12.00 on Thursday.'], phrase: '12.00', value: '2025-03-06' },
  ],
  sport: [
    // Years on a list take the first one's reading; "the World Cup of 1966" is a year; counts stay counts.
    { published: DAY, lines: ['Rovers were also champions in 1964, 2008 and 2012.'], phrase: '2012', value: '2012' },
    { published: DAY, lines: ['They have not won a trophy since the World Cup of 1966.'], phrase: '1966', value: '1966' },
    // "who beat" is past though "beat" is also the present; the main clause's "will" is not its tense.
    { published: DAY, lines: ['Rovers will meet Athletic, who beat Castle 2-1 on Tuesday night, in the final.'], phrase: 'on Tuesday night', value: '2025-03-11' },
    { published: DAY, lines: ['Teams that beat Castle on Tuesday will go through.'], phrase: 'on Tuesday', value: '2025-03-18' },
    { published: DAY, lines: ['The season opener is on Saturday.'], phrase: 'Saturday', value: '2025-03-15' },
    { published: DAY, lines: ['He scored twice in Game 7 on Sunday.'], phrase: 'Sunday', value: '2025-03-09' },
    { published: DAY, lines: ['The match kicks off at 8 p.m. on Saturday night.'], phrase: 'Saturday', value: '2025-03-15' },
    // A match's clock is the day the article gives the match: in the same sentence, or an earlier one naming it.
    { published: DAY, lines: ['Rovers won the final on Sunday with a goal four minutes from the end of normal time.'], phrase: 'four minutes from the end of normal time', value: '2025-03-09' },
    { published: DAY, lines: ['Rovers beat Athletic 2-1 in the cup final on Sunday.', 'Their captain, who had turned 30 the day before, scored in the 86th minute.'], phrase: 'in the 86th minute', value: '2025-03-09' },
    { published: DAY, lines: ['Rovers beat Athletic 2-1 in the cup final on Sunday.', 'The coach was replaced at half-time.'], phrase: 'at half-time', value: '2025-03-09' },
    { published: DAY, lines: ['Rovers beat Athletic 2-1 in the cup final on Sunday.', 'Fans sang long after the final whistle.'], phrase: 'long after the final whistle', value: '2025-03-09' },
  ],
  weather: [
    { published: DAY, lines: ['Heavy rain is forecast through the weekend.'], phrase: 'the weekend', value: '2025-03-15/2025-03-16' },
    { published: DAY, lines: ['Rain is forecast for the weekend.'], phrase: 'the weekend', value: '2025-03-15/2025-03-16' },
    { published: DAY, lines: ['Rain fell through the weekend.'], phrase: 'the weekend', value: '2025-03-08/2025-03-09' },
    { published: DAY, lines: ['Rain is likely on Thursday.'], phrase: 'Thursday', value: '2025-03-13' },
    { published: DAY, lines: ['Showers are possible on Friday.'], phrase: 'Friday', value: '2025-03-14' },
    { published: DAY, lines: ['The storm is forecast to make landfall late Thursday.'], phrase: 'Thursday', value: '2025-03-13' },
    { published: DAY, lines: ['Snow is expected overnight into Thursday.'], phrase: 'overnight into Thursday', value: '2025-03-12/2025-03-13' },
    { published: DAY, lines: ['Fans queued overnight into Sunday.'], phrase: 'overnight into Sunday', value: '2025-03-08/2025-03-09' },
    { published: DAY, lines: ['Officials said it is possible that the fire started on Monday.'], phrase: 'Monday', value: '2025-03-10' },
    { published: DAY, lines: ['The plant was shut on Sunday night and reopened on Tuesday.'], phrase: 'Sunday night', value: '2025-03-09' },
    { published: DAY, lines: ['Temperatures will climb through Thursday.'], phrase: 'Thursday', value: '2025-03-13' },
    { published: DAY, lines: ['Rain will last from late Friday through Sunday.'], phrase: 'Friday through Sunday', value: '2025-03-14/2025-03-16' },
  ],
  politics: [
    { published: DAY, lines: ['The committee last met on Jan. 6.'], phrase: 'Jan. 6', value: '2025-01-06' },
    { published: DAY, lines: ['The vote next week will decide the budget.'], phrase: 'next week', value: '2025-03-17/2025-03-23' },
    { published: DAY, lines: ["Lawmakers will debate the bill ahead of Monday's vote."], phrase: 'Monday', value: '2025-03-17' },
    { published: DAY, lines: ['The election is on May 3.', 'On polling day, turnout was high.'], phrase: 'polling day', value: '2025-05-03' },
    { published: DAY, lines: ['Campaigning ends on the eve of the election.', 'The election is on May 3.'], line: 0, phrase: 'the eve', value: '2025-05-02' },
    { published: DAY, lines: ['On the eve of the summit, protesters gathered.'], phrase: 'the eve', value: DAY },
    { published: DAY, lines: ['The election was held on Feb. 23.', 'On the night of the vote, the leader spoke.'], phrase: 'the night of the vote', value: '2025-02-23' },
    { published: DAY, lines: ['The talks, which began on Monday, end on Friday.'], phrase: 'Friday', value: '2025-03-14' },
    { published: DAY, lines: ['Voters were angry at the end on Friday.'], phrase: 'Friday', value: '2025-03-07' },
    { published: DAY, lines: ['The race is held on the last Sunday of May.'], phrase: 'the last Sunday of May', value: '2025-05-25' },
    { published: DAY, lines: ['The vote was held on the first Monday of October.'], phrase: 'the first Monday of October', value: '2024-10-07' },
    { published: DAY, lines: ['The council met on the last Sunday.'], phrase: 'the last Sunday', value: '2025-03-09' },
    { published: DAY, lines: ['The filing deadline is midnight Friday.'], phrase: 'Friday', value: '2025-03-14' },
    { published: DAY, lines: ['The Fed meets next Tuesday and Wednesday.'], phrase: 'Wednesday', value: '2025-03-19' },
    { published: DAY, lines: ['Officials met on Tuesday and Wednesday.'], phrase: 'Wednesday', value: '2025-03-12' },
    { published: DAY, lines: ['The minister is in Seoul on Friday for talks.'], phrase: 'Friday', value: '2025-03-14' },
    { published: DAY, lines: ['The first round is on April 13.', 'The runoff is two weeks later.'], phrase: 'two weeks later', value: '2025-04-27' },
    { published: FALL, lines: ['Voters went to the polls on Tuesday.'], phrase: 'Tuesday', value: '2024-11-05' },
  ],
  science: [
    { published: DAY, lines: ['The study, published last month, drew criticism.'], phrase: 'last month', value: '2025-02' },
    { published: DAY, lines: ['The study, published Wednesday in a journal, drew criticism.'], phrase: 'Wednesday', value: DAY },
    { published: DAY, lines: ['The data were gathered over the winter.'], phrase: 'the winter', value: '2024-12-01/2025-02-28' },
  ],
  'relative runs': [
    // A happening under another name is the day just told; lines later, with the happening never dated, it is no day.
    { published: DAY, lines: ['The dam burst on Monday.', 'Villages were flooded two days after the collapse.'], phrase: 'two days', value: '2025-03-12' },
    { published: DAY, lines: ['Fans lined the streets on Monday evening.', 'The mayor spoke.', 'Tickets sold out.', 'Lena, who turned 17 the day before the final, was cheered.'], phrase: 'the day', value: null },
    { published: DAY, lines: [STORM, 'The following Tuesday, crews arrived.'], phrase: 'The following Tuesday', value: '2025-02-25' },
    { published: DAY, lines: [STORM, 'Two days later, crews arrived.'], phrase: 'Two days later', value: '2025-02-20' },
    { published: DAY, lines: [STORM, 'That evening, crews arrived.'], phrase: 'That evening', value: '2025-02-18' },
    { published: DAY, lines: ['The crash happened on Feb. 18.', 'The day after the crash, crews arrived.'], phrase: 'The day after', value: '2025-02-19' },
    { published: DAY, lines: [STORM, 'Power was back by midday.'], phrase: 'by midday', value: '2025-02-18' },
    { published: DAY, lines: [STORM, 'A fortnight later, crews arrived.'], phrase: 'A fortnight later', value: '2025-03-04' },
    { published: DAY, lines: ['Earlier in the week, crews arrived.'], phrase: 'Earlier in the week', value: '2025-03-10/2025-03-12' },
    { published: DAY, lines: [STORM, 'The following weekend, crews arrived.'], phrase: 'weekend', value: '2025-02-22/2025-02-23' },
    { published: DAY, lines: [STORM, 'That weekend, crews arrived.'], phrase: 'weekend', value: '2025-02-22/2025-02-23' },
    { published: DAY, lines: [STORM, 'The weekend after, crews arrived.'], phrase: 'weekend', value: '2025-02-22/2025-02-23' },
    { published: DAY, lines: [STORM, 'The Tuesday after, crews arrived.'], phrase: 'Tuesday', value: '2025-02-25' },
    { published: DAY, lines: [STORM, 'That Friday, crews arrived.'], phrase: 'Friday', value: '2025-02-21' },
    { published: DAY, lines: [STORM, "Officials said that Friday's vote was postponed."], phrase: 'Friday', value: '2025-03-07' },
    { published: DAY, lines: [STORM, 'Crews will return the weekend after the inquiry.'], phrase: 'weekend', value: '2025-03-15/2025-03-16' },
    { published: DAY, lines: [STORM, 'The year before, a flood hit.'], phrase: 'The year before', value: '2024' },
    { published: DAY, lines: ['The storm hit in March.', 'Two years earlier, a flood hit.'], phrase: 'Two years earlier', value: '2023' },
    { published: DAY, lines: ['Prices peaked the month before last.'], phrase: 'the month before last', value: '2025-01' },
    { published: DAY, lines: ['Crews arrived the week before last.'], phrase: 'the week before last', value: '2025-02-24/2025-03-02' },
  ],
  'ranges and spans': [
    { published: DAY, lines: ['The fair runs 20-24 March.'], phrase: '20-24 March', value: '2025-03-20/2025-03-24' },
    { published: DAY, lines: ['The fair runs from late March to early April.'], phrase: 'late March to early April', value: '2025-03-21/2025-04-10' },
    { published: DAY, lines: ['Roads were shut from Monday evening to Wednesday morning.'], phrase: 'Monday evening to Wednesday', value: '2025-03-10/2025-03-12' },
    { published: DAY, lines: ['The road will be shut from Monday until Friday.'], phrase: 'Monday until Friday', value: '2025-03-17/2025-03-21' },
    { published: DAY, lines: ['Frost is likely on Thursday night into Friday morning.'], phrase: 'Thursday night into Friday morning', value: '2025-03-13/2025-03-14' },
  ],
  'time zones': [
    // A past clock time after a line about a day still to come is the publication day's, not that day's.
    { published: DAY, lines: ['About 120 flights will be cancelled on Saturday.', 'Talks between the union and the airport resumed at 8am.'], phrase: '8am', value: '2025-03-12' },
    { published: DAY, lines: ['About 120 flights will be cancelled on Saturday.', 'The first flight leaves at 8am.'], phrase: '8am', value: '2025-03-15' },
    { published: DAY, lines: ['The quake struck at 2 a.m. Thursday Korean time (1700 GMT Wednesday).'], phrase: 'Thursday', value: '2025-03-13' },
    { published: DAY, lines: ['The blast hit at 11 p.m. Monday (0400 GMT Tuesday).'], phrase: 'Monday', value: '2025-03-10' },
    { published: DAY, lines: ['The decision came on Wednesday (Tuesday in the U.S.).'], phrase: 'Tuesday', value: '2025-03-11' },
    { published: DAY, lines: ['The blast occurred at 3 a.m. Tuesday Eastern time.'], phrase: 'Tuesday', value: '2025-03-11' },
    { published: DAY, lines: ['The shop was open at 7 a.m. on Sunday.'], phrase: 'Sunday', value: '2025-03-09' },
    { published: DAY, lines: ['The deal was announced Friday night ET.'], phrase: 'Friday', value: '2025-03-07' },
    { published: DAY, lines: ['The launch is at 11 p.m. EST on Friday.'], phrase: 'Friday', value: '2025-03-14' },
    { published: DAY, lines: ['The polls open at 7 a.m. on Sunday.'], phrase: 'Sunday', value: '2025-03-16' },
  ],
};

/** Expressions that name no date here. */
const undated: Probe[] = [
  // courts, markets, sport, politics, science
  // Numbers that look like years on a list or after "of" are counts when a noun they count follows.
  { published: DAY, lines: ['A crowd of 2000 people watched the final.'], phrase: '2000', value: null },
  { published: DAY, lines: ['The club sold 1964, 2008 and 2012 shirts.'], phrase: '2012', value: null },
  // A past match clock in a report that dates only a final still to come: that is another match.
  { published: DAY, lines: ['Rovers will face Athletic in the final on Sunday.', 'Kane scored in the 90th minute.'], phrase: 'in the 90th minute', value: null },
  // A match's clock with no match dated anywhere: left unresolved, never the day of whatever was dated last.
  { published: DAY, lines: ['Her sister had arrived on Friday.', 'Rovers scored in the 86th minute.'], phrase: 'in the 86th minute', value: null },
  { published: DAY, lines: ['He served 10 years in prison.'], phrase: '10 years', value: null },
  { published: DAY, lines: ['Sales rose in fiscal 2024.'], phrase: 'fiscal 2024', value: null },
  { published: DAY, lines: ['The yen hit a 34-year low.'], phrase: '34-year', value: null },
  { published: DAY, lines: ['Oil hit a two-week high on Tuesday.'], phrase: 'two-week', value: null },
  { published: DAY, lines: ['The club won the title in the 2023/24 season.'], phrase: '2023/24', value: null },
  { published: DAY, lines: ['He scored on matchday 12.'], phrase: 'matchday 12', value: null },
  { published: DAY, lines: ['The Chiefs won in Week 10.'], phrase: 'Week 10', value: null },
  { published: DAY, lines: ['The team won 2-1.'], phrase: '2-1', value: null },
  { published: DAY, lines: ['Rain stopped play on day three of the Test.'], phrase: 'day three', value: null },
  { published: DAY, lines: ['The president has been in office for 100 days.'], phrase: '100 days', value: null },
  { published: DAY, lines: ['The patients were followed for a decade.'], phrase: 'a decade', value: null },
  { published: DAY, lines: ['The talks lasted three days.'], phrase: 'three days', value: null },
  // ages and round-the-clock
  { published: DAY, lines: ['She is 34 years old.'], phrase: '34 years old', value: null },
  { published: DAY, lines: ['The 45-year-old was arrested.'], phrase: '45-year-old', value: null },
  { published: DAY, lines: ['The store is open 24/7.'], phrase: '24/7', value: null },
  // figures chrono reads as clock times
  { published: DAY, lines: ['The bank kept its main rate at 4.25% on Thursday.'], phrase: '4.25', value: null },
  { published: DAY, lines: ['Mortgage rates held at 5.75 per cent.'], phrase: '5.75', value: null },
  { published: DAY, lines: ['The index closed at 8.15 points lower.'], phrase: '8.15', value: null },
  // happenings the article never dates
  { published: DAY, lines: ['Campaigning ends on the eve of the election.'], phrase: 'the eve', value: null },
  { published: DAY, lines: ['The runoff is set for two weeks after the first round.'], phrase: 'two weeks', value: null },
  // habits
  { published: DAY, lines: ['He jogs every morning.'], phrase: 'every morning', value: null },
  { published: DAY, lines: ['Shops usually close by early evening.'], phrase: 'by early evening', value: null },
  { published: DAY, lines: ['The market opens at 9:30 a.m. on weekdays.'], phrase: 'at 9:30 a.m.', value: null },
  { published: DAY, lines: ['They meet on the first Monday of every month.'], phrase: 'Monday', value: null },
  // a date used as a name
  { published: DAY, lines: ['The Jan. 6 Committee released its report.'], phrase: 'Jan. 6', value: null },
  { published: DAY, lines: ['The September 11 attacks changed air travel.'], phrase: 'September 11', value: null, gap: true },
];

const titleOf = (probe: Probe): string =>
  `${probe.published}: "${probe.phrase}" in "${probe.lines[probe.line ?? probe.lines.length - 1]}" → ${probe.value ?? 'no date'}`;

for (const [family, probes] of Object.entries(families)) {
  describe(`probe 5, ${family}`, () => {
    for (const probe of probes) {
      (probe.gap ? it.fails : it)(titleOf(probe), () => {
        const values = valuesAt(probe);
        expect(values.length).toBeGreaterThan(0);
        expect(values.every((value) => value === probe.value)).toBe(true);
      });
    }
  });
}

describe('probe 5, what names no date', () => {
  for (const probe of undated) {
    (probe.gap ? it.fails : it)(titleOf(probe), () => {
      expect(valuesAt(probe).every((value) => value === null)).toBe(true);
    });
  }
});
