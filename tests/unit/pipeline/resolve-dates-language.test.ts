/**
 * Probe: the date language of ordinary news writing, in short sentences of our own, each with a pinned publication
 * day. It covers what the development corpus's tuning half has little of (relative weeks and weekends, parts of a
 * month, anaphoric days, counts from a named happening, numeric dates, year boundaries, scheduled vs reported
 * weekdays) and negative cases that must not become dates (durations, ages, anniversaries, counts, "May" and "march"
 * as words, scores and race times). Values follow tests/eval/README.md: a vague expression resolves to its range
 * (early/mid/late = days 1–10 / 11–20 / 21–end; a week is Monday–Sunday; seasons are meteorological).
 *
 * Each case: publication day, the sentences (the last one holds the expression; earlier ones give it something to
 * refer back to; `line` when another holds it), the expression as written, and the value expected (null: nothing may resolve there).
 * `gap` marks a case the resolver does not get right yet (it.fails: it turns red once fixed, so the mark goes).
 */
import { describe, expect, it } from 'vitest';
import { valuesAt, type DatePage } from './date-probe';
import { parseDateline } from '../../../src/pipeline/text/timestamps';

interface Probe extends DatePage {
  value: string | null;
}

function holds(probe: Probe): boolean {
  const values = valuesAt(probe);
  return probe.value === null ? values.every((value) => value === null) : values.length === 1 && values[0] === probe.value;
}

// Weekdays of the pinned days: 2025-01-14 Tue, 2025-01-15 Wed, 2025-01-02 Thu, 2024-12-30 Mon, 2024-12-27 Fri,
// 2025-02-10 Mon, 2024-11-05 Tue, 2025-12-20 Sat.
const T = '2025-01-14';
const JAN9 = 'The ministers met in Hanoi on Jan. 9.';

const dated: Probe[] = [
  // weeks, weekends, months from publication
  { published: T, lines: ['Prices rose sharply last week.'], phrase: 'last week', value: '2025-01-06/2025-01-12' },
  { published: T, lines: ['Earlier this week, the council voted to close the library.'], phrase: 'Earlier this week', value: '2025-01-13/2025-01-14' },
  { published: T, lines: ['The vote was pushed back to next week.'], phrase: 'next week', value: '2025-01-20/2025-01-26' },
  { published: T, lines: ['The report will be released later this month.'], phrase: 'later this month', value: '2025-01-14/2025-01-31' },
  { published: T, lines: ['Prices have climbed earlier this month.'], phrase: 'earlier this month', value: '2025-01-01/2025-01-14' },
  { published: T, lines: ['Talks are set to resume next month.'], phrase: 'next month', value: '2025-02' },
  { published: T, lines: ['Exports slumped late last month.'], phrase: 'late last month', value: '2024-12-21/2024-12-31' },
  { published: T, lines: ['Crowds are expected to gather this weekend.'], phrase: 'this weekend', value: '2025-01-18/2025-01-19' },
  { published: T, lines: ['Two shops were looted over the weekend.'], phrase: 'the weekend', value: '2025-01-11/2025-01-12' },
  { published: T, lines: ['The minister spoke to reporters at the weekend.'], phrase: 'the weekend', value: '2025-01-11/2025-01-12' },
  // parts of a day and weekdays
  { published: T, lines: ['Heavy snow fell overnight, closing two motorways.'], phrase: 'overnight', value: '2025-01-14' },
  { published: T, lines: [JAN9, 'Rockets hit the port overnight, officials said.'], phrase: 'overnight', value: '2025-01-09' },
  { published: T, lines: ['Troops crossed the river at dawn.'], phrase: 'at dawn', value: T },
  { published: T, lines: ['The storm hit on Jan. 10.', 'By nightfall, 20 people had died.'], phrase: 'By nightfall', value: '2025-01-10' },
  { published: T, lines: ['Power was restored in the early hours of Monday.'], phrase: 'Monday', value: '2025-01-13' },
  { published: T, lines: ['The protesters dispersed late on Sunday.'], phrase: 'Sunday', value: '2025-01-12' },
  { published: T, lines: ['The strike began early on Saturday.'], phrase: 'Saturday', value: '2025-01-11' },
  { published: T, lines: ['Officials confirmed the deaths on Monday night.'], phrase: 'Monday night', value: '2025-01-13' },
  { published: T, lines: ['Shares fell sharply on Wednesday morning.'], phrase: 'Wednesday morning', value: '2025-01-08' },
  { published: T, lines: ['The mayor spoke this morning.'], phrase: 'this morning', value: T },
  { published: T, lines: ['Police made two arrests last night.'], phrase: 'last night', value: '2025-01-13' },
  { published: T, lines: ['The cabinet will meet tonight.'], phrase: 'tonight', value: T },
  { published: T, lines: ['The fire started on Sunday last week.'], phrase: 'Sunday last week', value: '2025-01-12' },
  { published: T, lines: ['The court will rule on Monday of next week.'], phrase: 'Monday of next week', value: '2025-01-20' },
  { published: T, lines: ['As of Monday, 24 people had died.'], phrase: 'Monday', value: '2025-01-13' },
  { published: T, lines: ['The committee met last Tuesday.'], phrase: 'last Tuesday', value: '2025-01-07' },
  { published: T, lines: ['The results will be announced this Friday.'], phrase: 'this Friday', value: '2025-01-17' },
  { published: T, lines: ["Thursday's vote will decide the matter."], phrase: 'Thursday', value: '2025-01-16' },
  { published: T, lines: ['The union must respond by Friday.'], phrase: 'Friday', value: '2025-01-17' },
  { published: T, lines: ['The committee is due to report on Thursday.'], phrase: 'Thursday', value: '2025-01-16' },
  { published: T, lines: ['The next council meeting is Thursday at City Hall.'], phrase: 'Thursday', value: '2025-01-16' },
  { published: T, lines: ['The hearing is on Jan. 20 in Lyon.'], phrase: 'Jan. 20', value: '2025-01-20' },
  { published: '2025-01-15', lines: ['Temperatures dropped earlier in the week.'], phrase: 'earlier in the week', value: '2025-01-13/2025-01-15' },
  { published: '2025-01-15', lines: ['Temperatures will rise late in the week.'], phrase: 'late in the week', value: '2025-01-16/2025-01-19' },
  { published: '2025-01-13', lines: ['The rail strike runs between Sunday and Tuesday.'], phrase: 'Sunday and Tuesday', value: '2025-01-12/2025-01-14' },
  { published: T, lines: ['The committee met on Thursday.'], phrase: 'Thursday', value: '2025-01-09' },
  { published: '2025-01-15', lines: ['The verdict is due on Tuesday.'], phrase: 'Tuesday', value: '2025-01-21' },
  { published: '2025-01-15', lines: ['The jury returned its verdict on Tuesday.'], phrase: 'Tuesday', value: '2025-01-14' },
  { published: T, lines: ['The plan was unveiled on Wednesday, Jan. 8.'], phrase: 'Jan. 8', value: '2025-01-08' },
  { published: T, lines: ['Talks took place on Monday 13 January.'], phrase: '13 January', value: '2025-01-13' },
  { published: T, lines: ['In April Parliament passed the bill.'], phrase: 'April', value: '2024-04' },
  { published: T, lines: ['April saw the heaviest rain in years.'], phrase: 'April', value: '2024-04' },
  { published: '2025-01-03', lines: ['National mourning lasts until Jan. 4.'], phrase: 'Jan. 4', value: '2025-01-03/2025-01-04' },
  { published: '2025-01-03', lines: ['The curfew lasted until Jan. 2.'], phrase: 'Jan. 2', value: '2025-01-02' },
  // across the year boundary
  { published: '2025-01-02', lines: ['The ferry sank on Sunday.'], phrase: 'Sunday', value: '2024-12-29' },
  { published: '2024-12-30', lines: ['The new cabinet will be sworn in on Friday.'], phrase: 'Friday', value: '2025-01-03' },
  { published: '2024-12-27', lines: ['The new law takes effect on Jan. 1.'], phrase: 'Jan. 1', value: '2025-01-01' },
  { published: '2024-12-27', lines: ['The strike ended on Jan. 5 after a month.'], phrase: 'Jan. 5', value: '2024-01-05' },
  { published: '2024-12-27', lines: ['Ministers will meet again in the first week of January.'], phrase: 'the first week of January', value: '2025-01-01/2025-01-07' },
  { published: '2025-12-20', lines: ['The ferry sank on Dec. 3 last year.'], phrase: 'Dec. 3 last year', value: '2024-12-03' },
  { published: T, lines: ['Aid convoys arrived in late December.'], phrase: 'late December', value: '2024-12-21/2024-12-31' },
  { published: T, lines: ['Crowds gathered on New Year\u2019s Eve.'], phrase: 'New Year\u2019s Eve', value: '2024-12-31' },
  // parts of a month and of a year
  { published: '2025-02-10', lines: ['Turnout peaked in mid-January.'], phrase: 'mid-January', value: '2025-01-11/2025-01-20' },
  { published: T, lines: ['The vaccine rollout starts in early March.'], phrase: 'early March', value: '2025-03-01/2025-03-10' },
  { published: T, lines: ['The new rules take effect in the first week of February.'], phrase: 'the first week of February', value: '2025-02-01/2025-02-07' },
  { published: T, lines: ['The company must repay the loan by the end of the month.'], phrase: 'the end of the month', value: '2025-01' },
  { published: T, lines: ['The ceasefire collapsed at the end of last year.'], phrase: 'the end of last year', value: '2024-09-01/2024-12-31' },
  { published: T, lines: ['The policy was introduced in January last year.'], phrase: 'January last year', value: '2024-01' },
  { published: T, lines: ['The bridge will reopen in the spring.'], phrase: 'the spring', value: '2025-03-01/2025-05-31' },
  { published: T, lines: ['The new terminal opens in late spring.'], phrase: 'late spring', value: '2025-05-01/2025-05-31' },
  { published: T, lines: ['The country has been in crisis since last summer.'], phrase: 'last summer', value: '2024-06-01/2024-08-31' },
  { published: T, lines: ['Elections are due in the autumn.'], phrase: 'the autumn', value: '2025-09-01/2025-11-30' },
  { published: '2024-11-05', lines: ['Sales fell in the third quarter.'], phrase: 'the third quarter', value: '2024-07-01/2024-09-30' },
  { published: '2025-08-01', lines: ['Exports grew in the first half of the year.'], phrase: 'the first half of the year', value: '2025-01-01/2025-06-30' },
  { published: T, lines: ['Prices fell in the last week of December.'], phrase: 'the last week of December', value: '2024-12-25/2024-12-31' },
  { published: T, lines: ['The law passed in the final week of 2024.'], phrase: 'the final week of 2024', value: '2024-12-25/2024-12-31' },
  { published: T, lines: ['Output fell in the summer of 2023.'], phrase: 'the summer of 2023', value: '2023-06-01/2023-08-31' },
  // years and decades
  { published: T, lines: ['Inflation has doubled since 2022.'], phrase: '2022', value: '2022' },
  { published: T, lines: ['The plant was built in the 1990s.'], phrase: 'the 1990s', value: '1990-01-01/1999-12-31' },
  { published: T, lines: ["Last year's harvest was the worst in decades."], phrase: "Last year's", value: '2024' },
  { published: T, lines: ['The mine closed a decade ago.'], phrase: 'a decade ago', value: '2015' },
  { published: T, lines: ['The law passed in 2019.', 'Two years earlier, a similar bill had failed.'], phrase: 'Two years earlier', value: '2017' },
  { published: T, lines: ['The dam was finished in 2010.', 'It was damaged the following year.'], phrase: 'the following year', value: '2011' },
  { published: T, lines: ['The 2019 floods forced thousands from their homes.'], phrase: '2019', value: '2019' },
  // numeric dates
  { published: T, lines: ['The regulator set a deadline of 2025-01-31 for comments.'], phrase: '2025-01-31', value: '2025-01-31' },
  { published: T, lines: ['The notice, dated 14/01/2025, was posted online.'], phrase: '14/01/2025', value: '2025-01-14' },
  { published: T, lines: ['The form was signed on 01/14/2025 by both parties.'], phrase: '01/14/2025', value: '2025-01-14' },
  { published: T, lines: ['The order took effect on 13.01.2025.'], phrase: '13.01.2025', value: '2025-01-13' },
  { published: T, lines: ['The order took effect on 12.1.2025.'], phrase: '12.1.2025', value: '2025-01-12' },
  // days of the month
  { published: T, lines: ['Lawmakers approved the budget on the 13th.'], phrase: 'the 13th', value: '2025-01-13' },
  { published: T, lines: ['The envoy will return on the 20th.'], phrase: 'the 20th', value: '2025-01-20' },
  { published: T, lines: ['The flight left on the 3rd of last month.'], phrase: 'the 3rd of last month', value: '2024-12-03' },
  // days told from another date or a happening
  { published: T, lines: [JAN9, 'The previous day, their deputies had drafted a statement.'], phrase: 'The previous day', value: '2025-01-08' },
  { published: T, lines: [JAN9, 'A day earlier, aides had met in Hue.'], phrase: 'A day earlier', value: '2025-01-08' },
  { published: T, lines: [JAN9, 'The following day, they flew to Da Nang.'], phrase: 'The following day', value: '2025-01-10' },
  { published: T, lines: [JAN9, 'Two days later, the accord was signed.'], phrase: 'Two days later', value: '2025-01-11' },
  { published: T, lines: [JAN9, 'Their aides had met the previous week.'], phrase: 'the previous week', value: '2024-12-30/2025-01-05' },
  { published: T, lines: ['The election was held on Jan. 5.', 'Protests erupted the day after the election.'], phrase: 'the day after the election', value: '2025-01-06' },
  { published: T, lines: ['The summit opens on Jan. 20.', 'Police closed the roads on the eve of the summit.'], phrase: 'the eve of the summit', value: '2025-01-19' },
  { published: T, lines: ['The filing deadline was Jan. 10.', 'The bill passed two days before the deadline.'], phrase: 'two days before the deadline', value: '2025-01-08' },
  { published: T, lines: ['The bill passed two days before the deadline.', 'The court had set the deadline for Jan. 10.'], phrase: 'two days', value: '2025-01-08', line: 0 },
  { published: T, lines: ['Police sealed off the old town on the eve of the summit.', 'The summit opens on Jan. 20.'], phrase: 'the eve', value: '2025-01-19', line: 0 },
  { published: T, lines: ['Police sealed off the old town on the eve of the summit.'], phrase: 'the eve', value: T },
  { published: T, lines: ['Talks opened on Jan. 6.', 'A deal followed a week later.'], phrase: 'a week later', value: '2025-01-13' },
  { published: T, lines: ['The storm hit on Jan. 10.', 'A fortnight later, the last roads reopened.'], phrase: 'A fortnight later', value: '2025-01-24' },
  { published: T, lines: ['The dam burst in 2015.', 'Five years on, the valley had recovered.'], phrase: 'Five years on', value: '2020' },
  // counts back from publication
  { published: T, lines: ['A fortnight ago, prices fell.'], phrase: 'A fortnight ago', value: '2024-12-31' },
  { published: T, lines: ['Just two weeks ago, the minister denied any plan.'], phrase: 'two weeks ago', value: '2024-12-31' },
  { published: T, lines: ['The vote was held three days ago.'], phrase: 'three days ago', value: '2025-01-11' },
  // more found while probing
  { published: T, lines: ['Growth slowed in mid-2024.'], phrase: 'mid-2024', value: '2024-05-01/2024-08-31' },
  { published: T, lines: ['The treaty was signed in 2019.', 'The year before, a similar treaty lapsed.'], phrase: 'The year before', value: '2018' },
  { published: T, lines: ['Since Jan. 1, 40 people have died on the roads.'], phrase: 'Jan. 1', value: '2025-01-01' },
  { published: T, lines: ['The vote is set for the week of Jan. 20.'], phrase: 'the week of Jan. 20', value: '2025-01-20/2025-01-26' },
  { published: T, lines: ['The trial continues on Thursday.'], phrase: 'Thursday', value: '2025-01-16' },
  { published: T, lines: [JAN9, 'The night before, protesters had gathered outside.'], phrase: 'The night before', value: '2025-01-08' },
  { published: T, lines: ['The law passed in May 2020.', 'The month after, it was repealed.'], phrase: 'The month after', value: '2020-06' },
  { published: T, lines: ['The new tariff takes effect on Monday.'], phrase: 'Monday', value: '2025-01-20' },
  { published: T, lines: ['Prices fell late last week.'], phrase: 'late last week', value: '2025-01-09/2025-01-12' },
  { published: T, lines: ['The firm was founded in the early 2000s.'], phrase: 'the early 2000s', value: '2000-01-01/2003-12-31' },
  { published: T, lines: ['Sales rose at the beginning of last month.'], phrase: 'the beginning of last month', value: '2024-12-01/2024-12-10' },
];

/** Expressions that name no day of their own here: nothing may resolve on them. */
const undated: Probe[] = [
  // a count from a happening the article never dates is not the publication day
  { published: T, lines: ['The bill passed two days before the deadline.'], phrase: 'two days before the deadline', value: null },
  { published: T, lines: ['The governor declared an emergency hours after the storm made landfall.'], phrase: 'hours after', value: null },
  { published: T, lines: ['More rain is forecast in the coming days.'], phrase: 'the coming days', value: null },
  { published: T, lines: ['The talks lasted for three days.'], phrase: 'for three days', value: null },
  { published: T, lines: ['The court imposed a 90-day ban on exports.'], phrase: '90-day', value: null },
  { published: T, lines: ['The ban lasts 180 days.'], phrase: '180 days', value: null },
  { published: T, lines: ['The 64-year-old was arrested at his home.'], phrase: '64-year-old', value: null },
  { published: T, lines: ['The city marked the 30th anniversary of the quake.'], phrase: '30th anniversary', value: null },
  { published: T, lines: ['He faces seven counts of fraud.'], phrase: 'seven counts', value: null },
  { published: T, lines: ['Officials said the plan may be delayed.'], phrase: 'may', value: null },
  { published: T, lines: ['Theresa May met the envoy in London.'], phrase: 'May', value: null },
  { published: T, lines: ['April Ryan asked the first question.'], phrase: 'April', value: null },
  // A surname that starts like a month ("Marsh") is still a surname, and a month after a first name is one too.
  { published: T, lines: ['Health Secretary April Marsh met nurses in Leeds.'], phrase: 'April', value: null },
  { published: T, lines: ['Her deputy, Tom May, will take over.'], phrase: 'May', value: null },
  { published: T, lines: ['Judge June Whitfield jailed the men.'], phrase: 'June', value: null },
  // A weekday in a newspaper's name is no day; beside the name, a weekday is one.
  { published: T, lines: ['Laura Finch met the donor in London, the Sunday Times reported.'], phrase: 'Sunday', value: null },
  { published: T, lines: ['The Mail on Sunday said she had resigned.'], phrase: 'Sunday', value: null },
  { published: T, lines: ['She resigned after a report in the Sunday Times on Monday.'], phrase: 'Monday', value: '2025-01-13' },
  { published: T, lines: ['Storm Ilse killed six people in Wales on Sunday.'], phrase: 'on Sunday', value: '2025-01-12' },
  { published: T, lines: ['Thousands joined a protest march in the capital.'], phrase: 'march', value: null },
  { published: T, lines: ['The march drew thousands of farmers.'], phrase: 'march', value: null },
  { published: T, lines: ['The home side won 3-1 in extra time.'], phrase: '3-1', value: null },
  { published: T, lines: ['She won the race in 2:03:45.'], phrase: '2:03:45', value: null },
  { published: T, lines: ['The motion passed 52-48.'], phrase: '52-48', value: null },
  { published: T, lines: ['The council adopted a five-year plan.'], phrase: 'five-year', value: null },
  { published: T, lines: ['A 24-hour strike shut the ports.'], phrase: '24-hour', value: null },
  { published: T, lines: ['The deal came after weeks of talks.'], phrase: 'weeks of talks', value: null },
  { published: T, lines: ['The market opens every Monday.'], phrase: 'every Monday', value: null },
  { published: T, lines: ['Each March the valley floods.'], phrase: 'March', value: null },
  { published: T, lines: ['The envoy stayed overnight in the port city.'], phrase: 'overnight', value: null },
  { published: T, lines: ['Banks raised overnight lending rates.'], phrase: 'overnight', value: null },
  { published: T, lines: ['Prices rose sharply the year before the war.'], phrase: 'the year before', value: null },
  { published: T, lines: ['He had a spring in his step in late trading.'], phrase: 'spring', value: null },
  { published: T, lines: ['The 2000 protesters and the 2024 marchers dispersed.'], phrase: 'The 2000 protesters and the 2024 marchers', value: null },
  { published: T, lines: ['The envoy will stay for a week.'], phrase: 'for a week', value: null },
  { published: T, lines: ['A decade-long war left the region in ruins.'], phrase: 'decade-long', value: null },
];

describe('the date language of news writing (probe)', () => {
  for (const probe of dated) {
    const title = `${probe.published}: "${probe.phrase}" in "${probe.lines[probe.line ?? probe.lines.length - 1]}" → ${probe.value}`;
    (probe.gap ? it.fails : it)(title, () => {
      expect(valuesAt(probe)).toEqual([probe.value]);
    });
  }
});

describe('what is not a date (probe, negative cases)', () => {
  for (const probe of undated) {
    const title = `${probe.published}: "${probe.phrase}" in "${probe.lines[probe.line ?? probe.lines.length - 1]}" → no date`;
    (probe.gap ? it.fails : it)(title, () => {
      expect(holds(probe)).toBe(true);
    });
  }
});

describe('numeric datelines and stamps (parseDateline probe)', () => {
  const cases: Array<[string, string | null, true?]> = [
    ['SEOUL, 01.14.2025', '2025-01-14'],
    ['Posted : 2025. 1. 14. 17:30', '2025-01-14'],
    ['Published 01.14.2025', '2025-01-14'],
    ['Updated 14.01.2025', '2025-01-14'],
    ['2025.01.14 09:30', '2025-01-14'],
    ['Posted on 14/01/2025', '2025-01-14'],
    ['Posted on 01/14/2025', '2025-01-14'],
    ['Tuesday, January 14th 2025', '2025-01-14'],
  ];
  for (const [line, day, gap] of cases) {
    (gap ? it.fails : it)(`"${line}" → ${day}`, () => {
      expect(parseDateline(line)?.value.slice(0, 10) ?? null).toBe(day);
    });
  }
});
