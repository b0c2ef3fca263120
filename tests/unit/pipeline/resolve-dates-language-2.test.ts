/**
 * Probe 2: more of the date language real reporting uses, in short sentences of our own, each with a pinned
 * publication day, across kinds of story (a bridge collapse, a trial, an election, a storm, a company's results) and
 * house styles (US "Jan. 5", UK "5 January", Korean "the 5th", ISO, numeric). It covers what the first probe
 * (resolve-dates-language.test.ts) lacks: parts of a year from publication, days counted from a dated happening,
 * month-day ranges in words, possessive weekdays, holidays, days of the month with a month in view, quarters,
 * schedules in a past clause, dates inside a quotation of an earlier speech, live-blog entry stamps and datelines
 * mid-article; and many negatives (durations, ages, route and flight numbers, scores, articles of a law, names).
 * Values follow tests/eval/README.md (early/mid/late = thirds; a week is Monday–Sunday; seasons are meteorological).
 *
 * Each case: publication day, the sentences (the last one holds the expression unless `line` says otherwise; `kinds`
 * marks a sentence that is not body text), the expression as written, and the value expected. `null`: nothing may
 * resolve there. `vague`: a stretch the text does not bound ("in the coming weeks") may stay unresolved or become a
 * range, never one day. `gap` marks a case the resolver does not get right yet (it.fails: it turns red once fixed).
 *
 * Decisions: a day of the month alone takes a month-day stated before it in the same sentence ("began on March 24 and
 * ended on the 26th"); across sentences it is read from publication, as the Korean press writes it ("spoke by phone on
 * Dec. 11 … met in Seoul on the 13th" is January's 13th in a January article). A fiscal year ("FY2024", "fiscal 2024") names no calendar span (fiscal years start in different months
 * by country and company), so it stays unresolved; a calendar quarter ("Q1", "the fourth quarter") is a calendar
 * quarter of the year the tense gives.
 */
import { describe, expect, it } from 'vitest';
import { valuesAt, type DatePage } from './date-probe';

interface Probe extends DatePage {
  value: string | null;
  vague?: true;
}

function holds(probe: Probe): boolean {
  const values = valuesAt(probe);
  if (probe.vague) return values.every((value) => value === null || value.includes('/') || value.length < 10);
  return probe.value === null ? values.every((value) => value === null) : values.length === 1 && values[0] === probe.value;
}

// Weekdays of the pinned days: 2025-01-14 Tue, 2025-01-10 Fri, 2025-01-13 Mon, 2025-01-16 Thu, 2025-01-20 Mon,
// 2024-03-27 Wed, 2024-11-06 Wed, 2025-02-20 Thu, 2025-03-20 Thu, 2025-03-27 Thu, 2025-04-02 Wed, 2025-04-10 Thu,
// 2025-04-28 Mon, 2025-05-08 Thu, 2025-08-01 Fri, 2025-09-15 Mon, 2025-02-10 Mon.
const T = '2025-01-14';
const BRIDGE = '2024-03-27';
const VOTE = '2024-11-06';
const RESULTS = '2025-05-08';
const STORM = '2025-09-15';
const MET = 'The delegations met in Oslo on Jan. 9.';
const SPAN = 'The span fell into the river on March 26.';

const dated: Probe[] = [
  // parts of a year, from publication
  { published: T, lines: ['Factory output slowed late last year.'], phrase: 'late last year', value: '2024-09-01/2024-12-31' },
  { published: RESULTS, lines: ['Earlier this year, the firm cut 200 jobs.'], phrase: 'Earlier this year', value: '2025-01-01/2025-05-08' },
  { published: RESULTS, lines: ['The smelter will reopen later this year.'], phrase: 'later this year', value: '2025-05-08/2025-12-31' },
  { published: RESULTS, lines: ['A second plant opens early next year.'], phrase: 'early next year', value: '2026-01-01/2026-04-30' },
  { published: RESULTS, lines: ['Demand recovered in the middle of last year.'], phrase: 'the middle of last year', value: '2024-05-01/2024-08-31' },
  { published: T, lines: ['The envoy returns in the middle of next month.'], phrase: 'the middle of next month', value: '2025-02-11/2025-02-20' },
  { published: T, lines: ['The fund runs dry at the end of next month.'], phrase: 'the end of next month', value: '2025-02-21/2025-02-28' },
  { published: T, lines: ['The trial is expected to open in mid-February.'], phrase: 'mid-February', value: '2025-02-11/2025-02-20' },
  { published: RESULTS, lines: ['The line must be repaired by the end of June.'], phrase: 'the end of June', value: '2025-06' },
  { published: T, lines: ['Rents rose in the middle of the month.'], phrase: 'the middle of the month', value: '2025-01-11/2025-01-20' },
  { published: RESULTS, lines: ['Sales have doubled this year.'], phrase: 'this year', value: '2025' },
  { published: RESULTS, lines: ['The lender expects a loss next year.'], phrase: 'next year', value: '2026' },
  { published: T, lines: ['The talks resume this week.'], phrase: 'this week', value: '2025-01-13/2025-01-19' },
  { published: T, lines: ['Protesters plan to return next weekend.'], phrase: 'next weekend', value: '2025-01-25/2025-01-26' },
  { published: T, lines: ['Two cars were torched last weekend.'], phrase: 'last weekend', value: '2025-01-11/2025-01-12' },
  { published: T, lines: ['Rents fell this month.'], phrase: 'this month', value: '2025-01' },
  { published: T, lines: ['The mill shut a month ago.'], phrase: 'a month ago', value: '2024-12' },
  { published: T, lines: ['The mill shut a year ago.'], phrase: 'a year ago', value: '2024' },
  { published: T, lines: ['The panel will report in two weeks.'], phrase: 'in two weeks', value: '2025-01-28' },
  { published: T, lines: ['The rail link reopens a week from today.'], phrase: 'a week from today', value: '2025-01-21' },
  // seasons
  { published: STORM, lines: ['The dam cracked in the spring.'], phrase: 'the spring', value: '2025-03-01/2025-05-31' },
  { published: RESULTS, lines: ['The company will list its shares in the fall.'], phrase: 'the fall', value: '2025-09-01/2025-11-30' },
  { published: RESULTS, lines: ['Work on the new span starts in the summer.'], phrase: 'the summer', value: '2025-06-01/2025-08-31' },
  { published: STORM, lines: ['Ridership fell over the summer.'], phrase: 'the summer', value: '2025-06-01/2025-08-31' },
  { published: STORM, lines: ['The river froze last winter.'], phrase: 'last winter', value: '2024-12-01/2025-02-28' },
  { published: T, lines: ['This winter has been the mildest on record.'], phrase: 'This winter', value: '2024-12-01/2025-02-28' },
  { published: T, lines: ['Work is due to finish in the summer of next year.'], phrase: 'the summer of next year', value: '2026-06-01/2026-08-31' },
  { published: T, lines: ['The committee will meet again in a fortnight.'], phrase: 'in a fortnight', value: '2025-01-28' },
  // quarters and halves
  { published: RESULTS, lines: ['Revenue rose 4% in Q1.'], phrase: 'Q1', value: '2025-01-01/2025-03-31' },
  { published: RESULTS, lines: ['Revenue fell in Q1 2024.'], phrase: 'Q1 2024', value: '2024-01-01/2024-03-31' },
  { published: '2025-02-10', lines: ['Fourth-quarter profit doubled.'], phrase: 'Fourth-quarter', value: '2024-10-01/2024-12-31' },
  { published: RESULTS, lines: ['Margins narrowed in the first quarter.'], phrase: 'the first quarter', value: '2025-01-01/2025-03-31' },
  { published: '2025-08-01', lines: ['Losses widened in the second half of 2024.'], phrase: 'the second half of 2024', value: '2024-07-01/2024-12-31' },
  { published: RESULTS, lines: ['The bank reported results for the three months to March 31.'], phrase: 'March 31', value: '2025-03-31' },
  { published: RESULTS, lines: ['Net income rose in the quarter ended March 31.'], phrase: 'March 31', value: '2025-03-31' },
  // days counted from a dated happening or the previous day
  { published: T, lines: [MET, 'A day later, the envoy flew home.'], phrase: 'A day later', value: '2025-01-10' },
  { published: T, lines: [MET, 'The next day, a deal was struck.'], phrase: 'The next day', value: '2025-01-10' },
  { published: T, lines: [MET, 'The next morning, the talks resumed.'], phrase: 'The next morning', value: '2025-01-10' },
  { published: T, lines: [MET, 'Their aides had arrived the day before.'], phrase: 'the day before', value: '2025-01-08' },
  { published: T, lines: [MET, 'The envoy left the day after.'], phrase: 'the day after', value: '2025-01-10' },
  { published: T, lines: [MET, 'Two weeks later, the accord was ratified.'], phrase: 'Two weeks later', value: '2025-01-23' },
  { published: T, lines: [MET, 'Three days earlier, a draft had leaked.'], phrase: 'Three days earlier', value: '2025-01-06' },
  { published: T, lines: [MET, 'The week before, their deputies had met in Bergen.'], phrase: 'The week before', value: '2024-12-30/2025-01-05' },
  { published: T, lines: [MET, 'The day prior, the envoys had dined together.'], phrase: 'The day prior', value: '2025-01-08' },
  { published: T, lines: [MET, 'Two days prior, their deputies had met.'], phrase: 'Two days prior', value: '2025-01-07' },
  { published: BRIDGE, lines: ['The freighter crashed into a pier on March 26.', 'Two days prior to the crash, the crew fixed a fault.'], phrase: 'Two days', value: '2024-03-24' },
  { published: '2025-01-20', lines: ['On Thursday (Jan. 9) the panel met.'], phrase: 'Thursday', value: '2025-01-09' },
  { published: BRIDGE, lines: [SPAN, 'Two days after the collapse, divers found the first body.'], phrase: 'Two days after', value: '2024-03-28' },
  { published: BRIDGE, lines: ['The freighter crashed into a pier on March 26.', 'A day after the crash, the port was closed.'], phrase: 'A day after', value: '2024-03-27' },
  { published: VOTE, lines: ['Voters went to the polls on Nov. 5.', 'On the eve of the vote, both candidates held rallies.'], phrase: 'On the eve', value: '2024-11-04' },
  { published: VOTE, lines: ['The election was held on Nov. 5.', 'Turnout on Election Day was high.'], phrase: 'Election Day', value: '2024-11-05' },
  { published: BRIDGE, lines: [SPAN, 'The ship struck the pier at 1:28 a.m.'], phrase: 'at 1:28 a.m.', value: '2024-03-26' },
  { published: BRIDGE, lines: [SPAN, 'The pilot radioed for help shortly before the crash.'], phrase: 'shortly', value: '2024-03-26' },
  { published: BRIDGE, lines: [SPAN, 'The lights went out moments before impact.'], phrase: 'moments', value: '2024-03-26' },
  { published: BRIDGE, lines: [SPAN, 'The engine failed again moments later.'], phrase: 'moments later', value: '2024-03-26' },
  { published: BRIDGE, lines: [SPAN, 'The ship had left port less than an hour earlier.'], phrase: 'less than an hour earlier', value: '2024-03-26' },
  { published: BRIDGE, lines: [SPAN, 'Families waited through the afternoon.'], phrase: 'through the afternoon', value: '2024-03-26' },
  { published: BRIDGE, lines: [SPAN, 'The governor declared an emergency in the early hours of the morning.'], phrase: 'in the early hours of the morning', value: '2024-03-26' },
  { published: '2024-05-14', lines: ['The blast went off on Monday.', 'It had been set for Sunday but was pushed back.'], phrase: 'Sunday', value: '2024-05-12' },
  { published: '2024-03-27', lines: ['A vigil is planned for Saturday at 6 p.m.'], phrase: 'Saturday', value: '2024-03-30' },
  { published: VOTE, lines: ['The vote, originally set for Oct. 27, was delayed a week.'], phrase: 'Oct. 27', value: '2024-10-27' },
  { published: T, lines: ['The plane crashed on Dec. 29.', 'The day of the crash, the airport was busy.'], phrase: 'The day of the crash', value: '2024-12-29' },
  { published: T, lines: ['Voters went to the polls on Jan. 11.', 'On the night of the presidential vote, crowds gathered.'], phrase: 'the night of the presidential vote', value: '2025-01-11' },
  { published: T, lines: [MET, 'At 14:30 local time, the ministers signed the text.'], phrase: 'At 14:30 local time', value: '2025-01-09' },
  // ranges written in words
  { published: '2025-01-10', lines: ['The envoy will visit Seoul on Jan. 13-14.'], phrase: 'Jan. 13-14', value: '2025-01-13/2025-01-14' },
  { published: '2025-02-20', lines: ['Inspections will take place between March 3 and 5.'], phrase: 'March 3 and 5', value: '2025-03-03/2025-03-05' },
  { published: '2025-02-20', lines: ['Inspectors will visit the site from March 3 to 5.'], phrase: 'March 3 to 5', value: '2025-03-03/2025-03-05' },
  { published: '2025-02-20', lines: ['The summit runs 3-5 March in Geneva.'], phrase: '3-5 March', value: '2025-03-03/2025-03-05' },
  { published: T, lines: ['Polls were open between Jan. 6 and Jan. 10.'], phrase: 'Jan. 6 and Jan. 10', value: '2025-01-06/2025-01-10' },
  { published: T, lines: ['The office was closed from Dec. 30 to Jan. 2.'], phrase: 'Dec. 30 to Jan. 2', value: '2024-12-30/2025-01-02' },
  { published: '2025-01-13', lines: ['The court will sit from Tuesday to Thursday.'], phrase: 'Tuesday to Thursday', value: '2025-01-14/2025-01-16' },
  { published: '2025-01-10', lines: ['The trial runs Monday through Wednesday.'], phrase: 'Monday through Wednesday', value: '2025-01-13/2025-01-15' },
  // weekdays with a part of the day, a possessive or a relation
  { published: T, lines: ['Lawyers appealed against last Friday\u2019s ruling.'], phrase: 'last Friday', value: '2025-01-10' },
  { published: T, lines: ["Lawyers appealed against Friday's ruling."], phrase: 'Friday', value: '2025-01-10' },
  { published: T, lines: ['The building caught fire in the early hours of Sunday.'], phrase: 'Sunday', value: '2025-01-12' },
  { published: T, lines: ['The suspect was arrested Sunday night.'], phrase: 'Sunday night', value: '2025-01-12' },
  { published: T, lines: ['The ferry docked late Sunday.'], phrase: 'Sunday', value: '2025-01-12' },
  { published: T, lines: ['Police raided the office early Monday.'], phrase: 'Monday', value: '2025-01-13' },
  { published: T, lines: ['The mayor spoke Tuesday evening.'], phrase: 'Tuesday evening', value: T },
  { published: '2025-01-16', lines: ['The march will start Saturday morning.'], phrase: 'Saturday morning', value: '2025-01-18' },
  { published: T, lines: ['The board meets next Tuesday.'], phrase: 'next Tuesday', value: '2025-01-21' },
  { published: T, lines: ['Rain fell overnight Sunday.'], phrase: 'Sunday', value: '2025-01-12' },
  { published: STORM, lines: ['The storm made landfall late Saturday.'], phrase: 'Saturday', value: '2025-09-13' },
  { published: VOTE, lines: ['Voters went to the polls on Tuesday.'], phrase: 'Tuesday', value: '2024-11-05' },
  { published: T, lines: ['The jury deliberated for two days before returning its verdict on Friday.'], phrase: 'Friday', value: '2025-01-10' },
  // day-level times of the day from publication
  { published: T, lines: ['The minister will speak later today.'], phrase: 'later today', value: T },
  { published: T, lines: ['The minister spoke earlier today.'], phrase: 'earlier today', value: T },
  { published: T, lines: ['Talks continued this afternoon.'], phrase: 'this afternoon', value: T },
  // holidays
  { published: T, lines: ['The attack happened on New Year\u2019s Day.'], phrase: 'New Year\u2019s Day', value: '2025-01-01' },
  { published: T, lines: ['Three ferries sank on Christmas Eve.'], phrase: 'Christmas Eve', value: '2024-12-24' },
  { published: '2024-12-20', lines: ['Shops will close early on Christmas Eve.'], phrase: 'Christmas Eve', value: '2024-12-24' },
  // month-days in the house styles
  { published: T, lines: ['The hearing opened on 5 January.'], phrase: '5 January', value: '2025-01-05' },
  { published: T, lines: ['The hearing opened on Thursday 9 January.'], phrase: '9 January', value: '2025-01-09' },
  { published: T, lines: ['The hearing opened on Jan 5.'], phrase: 'Jan 5', value: '2025-01-05' },
  { published: T, lines: ['The hearing opened on 5th January.'], phrase: '5th January', value: '2025-01-05' },
  { published: T, lines: ['The hearing opened on January 5th.'], phrase: 'January 5th', value: '2025-01-05' },
  { published: '2025-04-02', lines: ['The ship lost power on March 26th.'], phrase: 'March 26th', value: '2025-03-26' },
  { published: '2025-04-02', lines: ['The ship lost power on 26th March.'], phrase: '26th March', value: '2025-03-26' },
  { published: RESULTS, lines: ['The plant closed on Sept. 4.'], phrase: 'Sept. 4', value: '2024-09-04' },
  { published: RESULTS, lines: ['The plant closed in September 2024.'], phrase: 'September 2024', value: '2024-09' },
  { published: RESULTS, lines: ['The plant reopens in September.'], phrase: 'September', value: '2025-09' },
  { published: RESULTS, lines: ['The plant closed last September.'], phrase: 'last September', value: '2024-09' },
  { published: '2024-04-16', lines: ['The channel is expected to reopen by late May.'], phrase: 'late May', value: '2024-05-21/2024-05-31' },
  { published: '2024-04-16', lines: ['The work ends by mid-May.'], phrase: 'mid-May', value: '2024-05-11/2024-05-20' },
  { published: '2024-06-10', lines: ['By mid-May the channel was half open.'], phrase: 'mid-May', value: '2024-05-11/2024-05-20' },
  { published: '2024-04-16', lines: ['Prices rose last May.'], phrase: 'last May', value: '2023-05' },
  { published: '2024-04-16', lines: ['The ship has been stuck since May.'], phrase: 'May', value: '2023-05' },
  { published: '2024-04-16', lines: ['Prices have risen since June.'], phrase: 'June', value: '2023-06' },
  { published: T, lines: ['The decree was published on 2025-01-09.'], phrase: '2025-01-09', value: '2025-01-09' },
  { published: T, lines: ['The decree was published on Jan. 9, 2025.'], phrase: 'Jan. 9, 2025', value: '2025-01-09' },
  { published: T, lines: ['Closing arguments are scheduled for Jan. 27.'], phrase: 'Jan. 27', value: '2025-01-27' },
  // a schedule set in a past clause still looks ahead
  { published: T, lines: ['The sentencing hearing was set for March 3.'], phrase: 'March 3', value: '2025-03-03' },
  { published: T, lines: ['The vote was scheduled for Thursday.'], phrase: 'Thursday', value: '2025-01-16' },
  { published: T, lines: ['The judge adjourned the case until Feb. 4.'], phrase: 'Feb. 4', value: '2025-02-04' },
  // days of the month alone (Korean style), with and without a month in view
  { published: '2025-03-27', lines: ['The president met the envoy on the 26th.'], phrase: 'the 26th', value: '2025-03-26' },
  { published: '2025-03-20', lines: ['The envoy will arrive on the 26th.'], phrase: 'the 26th', value: '2025-03-26' },
  { published: '2025-04-28', lines: ['The bridge closed on March 24.', 'It reopened on the 26th.'], phrase: 'the 26th', value: '2025-04-26' },
  { published: '2025-01-15', lines: ['The ministers spoke by phone on Dec. 11.', 'They met in Seoul on the 13th.'], phrase: 'the 13th', value: '2025-01-13' },
  { published: '2025-01-15', lines: ['Unlike the Dec. 11 call, the talks on the 13th were held in person.'], phrase: 'the 13th', value: '2025-01-13' },
  { published: '2025-04-28', lines: ['Talks began on March 24 and ended on the 26th.'], phrase: 'the 26th', value: '2025-03-26' },
  { published: T, lines: ['The minister returned home on the 5th.'], phrase: 'the 5th', value: '2025-01-05' },
  { published: '2025-04-10', lines: ['Payments were due on the 31st.'], phrase: 'the 31st', value: '2025-03-31' },
  { published: T, lines: ['As of the 13th, 24 people had died.'], phrase: 'the 13th', value: '2025-01-13' },
  { published: T, lines: ['Rescue work went on into the 12th.'], phrase: 'the 12th', value: '2025-01-12' },
  { published: T, lines: ['The storm peaked on the night of the 12th into the 13th.'], phrase: 'the 12th', value: '2025-01-12' },
  { published: T, lines: ['The first shells landed in the early hours of the 13th.'], phrase: 'the 13th', value: '2025-01-13' },
  { published: T, lines: ['The attack on the 11th killed two guards.'], phrase: 'the 11th', value: '2025-01-11' },
  { published: T, lines: ['The leaders spoke by phone on the 10th and agreed to meet.'], phrase: 'the 10th', value: '2025-01-10' },
  // years
  { published: T, lines: ['Prices have risen since 2019.'], phrase: '2019', value: '2019' },
  { published: T, lines: ['The road was widened in 2023.'], phrase: '2023', value: '2023' },
  // dates inside a quotation of an earlier speech
  { published: T, lines: ['\u201cWe will hold the vote tomorrow,\u201d the speaker said on Sunday.'], phrase: 'tomorrow', value: '2025-01-13' },
  { published: T, lines: ['"Yesterday we lost power," the mayor told reporters on Saturday.'], phrase: 'Yesterday', value: '2025-01-10' },
  { published: T, lines: ['"The ferry will sail on Monday," the captain said on Friday.'], phrase: 'Monday', value: '2025-01-13' },
  { published: T, lines: ['"We will vote tomorrow," the speaker said.'], phrase: 'tomorrow', value: '2025-01-15' },
  // live-blog entry stamps and datelines mid-article
  {
    published: '2025-01-13',
    lines: ['The river is rising through the city.', '14 January 2025 00:40 GMT', 'Rain eased early on Tuesday, the weather office said.'],
    kinds: { 1: 'dateline' },
    phrase: 'Tuesday',
    value: '2025-01-14',
  },
  {
    published: '2025-01-13',
    lines: ['The river is rising through the city.', 'Jan 14, 00:40', 'Rain eased early on Tuesday, the weather office said.'],
    kinds: { 1: 'dateline' },
    phrase: 'Tuesday',
    value: '2025-01-14',
  },
  {
    published: '2025-01-20',
    lines: ['Here is the week in brief.', 'TOKYO, Jan. 10, 2025 (Wire) --', 'Ministers met on Wednesday to discuss the plan.'],
    kinds: { 1: 'dateline' },
    phrase: 'Wednesday',
    value: '2025-01-08',
  },
  { published: '2025-01-20', lines: ['Here is the week in brief.', 'TOKYO, Jan. 10 (Wire) -- Ministers met on Wednesday to discuss the plan.'], phrase: 'Wednesday', value: '2025-01-08' },
  { published: '2025-01-20', lines: ['Here is the week in brief.', 'TOKYO, Jan. 10 (Wire) -- Ministers met on Wednesday.', 'They will meet again on Friday.'], phrase: 'Friday', value: '2025-01-10' },
  { published: '2025-01-20', lines: ['Ministers met on Wednesday, the agency said.'], phrase: 'Wednesday', value: '2025-01-15' },
];

/** Expressions that name no day (or no date at all) here. */
const undated: Probe[] = [
  // vague stretches: a range or nothing, never one day
  { published: T, lines: ['More rules are expected in the coming weeks.'], phrase: 'the coming weeks', value: null, vague: true },
  { published: T, lines: ['The plant could close in the coming months.'], phrase: 'the coming months', value: null, vague: true },
  { published: T, lines: ['A ruling is expected within days.'], phrase: 'within days', value: null },
  { published: T, lines: ['Prices have jumped in recent days.'], phrase: 'recent days', value: null, vague: true },
  { published: T, lines: ['The firm recently cut its forecast.'], phrase: 'recently', value: null },
  { published: T, lines: [MET, 'Days later, the deal fell apart.'], phrase: 'Days later', value: null },
  { published: T, lines: [MET, 'Hours later, the suspect was arrested.'], phrase: 'Hours later', value: null },
  { published: T, lines: ['Crowds gathered in the days before the vote.'], phrase: 'the days before', value: null },
  { published: T, lines: ['The ban will be reviewed within the next two weeks.'], phrase: 'the next two weeks', value: null },
  // fiscal years (see the decision above)
  { published: RESULTS, lines: ['The company expects a profit in FY2024.'], phrase: 'FY2024', value: null },
  { published: RESULTS, lines: ['Sales grew 8% in fiscal 2024.'], phrase: 'fiscal 2024', value: null },
  // durations
  { published: T, lines: ['The 12-day trial ended in a conviction.'], phrase: '12-day', value: null },
  { published: T, lines: ['The strike lasted for three weeks.'], phrase: 'for three weeks', value: null },
  { published: T, lines: ['Crews are working 24/7 to clear the channel.'], phrase: '24/7', value: null },
  { published: T, lines: ['The agency ordered the 90-day review.'], phrase: '90-day', value: null },
  { published: T, lines: ['The trial is expected to last three weeks.'], phrase: 'three weeks', value: null },
  { published: T, lines: ['A two-week ceasefire took hold.'], phrase: 'two-week', value: null },
  { published: T, lines: ['He served as mayor for 10 years.'], phrase: 'for 10 years', value: null },
  { published: T, lines: ['The talks went on for hours.'], phrase: 'for hours', value: null },
  // ages and counts
  { published: T, lines: ['The driver, aged 45, was unhurt.'], phrase: '45', value: null },
  { published: T, lines: ['The 45-year-old was charged with fraud.'], phrase: '45-year-old', value: null },
  { published: T, lines: ['Some 1,200 people were evacuated.'], phrase: '1,200', value: null },
  { published: T, lines: ['The crash killed 6 people and injured 14.'], phrase: '14', value: null },
  // numbers that name a thing
  { published: BRIDGE, lines: ['Traffic was diverted to Route 695.'], phrase: 'Route 695', value: null },
  { published: T, lines: ['Flight 2216 landed safely.'], phrase: 'Flight 2216', value: null },
  { published: T, lines: ['Article 5 of the treaty was invoked.'], phrase: 'Article 5', value: null },
  { published: T, lines: ['Students marked the May 4th Movement.'], phrase: 'May 4th', value: null },
  { published: T, lines: ['The 7-Eleven on the corner was robbed.'], phrase: '7-Eleven', value: null },
  { published: T, lines: ['The court upheld Section 230.'], phrase: 'Section 230', value: null },
  { published: T, lines: ['The plane was a Boeing 737-800.'], phrase: '737-800', value: null },
  { published: T, lines: ['The G20 leaders met in Rio.'], phrase: 'G20', value: null },
  { published: T, lines: ['COVID-19 cases rose again.'], phrase: 'COVID-19', value: null },
  { published: T, lines: ['The Security Council passed Resolution 2231.'], phrase: '2231', value: null },
  // scores and votes
  { published: T, lines: ['The visitors won 3-1.'], phrase: '3-1', value: null },
  { published: T, lines: ['The court ruled 5-4 against the state.'], phrase: '5-4', value: null },
  { published: T, lines: ['The bill passed on a 2-1 vote.'], phrase: '2-1', value: null },
  // weekdays and months that are no day
  { published: T, lines: ['Police were deployed ahead of Friday prayers.'], phrase: 'Friday', value: null },
  { published: T, lines: ['The market closes on Mondays.'], phrase: 'Mondays', value: null },
  { published: T, lines: ['The library opens on weekends.'], phrase: 'weekends', value: null },
  { published: T, lines: ['Talks are held every Friday.'], phrase: 'every Friday', value: null },
  { published: T, lines: ['The measure passed on a Tuesday.'], phrase: 'Tuesday', value: null },
  { published: '2024-06-10', lines: ['The channel reopened today, eleven weeks after the collapse.'], phrase: 'eleven weeks', value: null },
  { published: T, lines: ['Help came about twenty minutes later.'], phrase: 'twenty minutes later', value: null },
  { published: T, lines: ['The engine was checked prior to the flight.'], phrase: 'prior', value: null },
  { published: T, lines: ['Crowds gathered on the night of the vote.'], phrase: 'the night of the vote', value: null },
  { published: T, lines: ['Sunday school was cancelled after the flood.'], phrase: 'Sunday', value: null },
  { published: T, lines: ['The April 19 Revolution toppled the government in 1960.'], phrase: 'April 19', value: null },
  { published: T, lines: ['Prices may rise again.'], phrase: 'may', value: null },
  { published: T, lines: ['The plan was backed by May and her cabinet.'], phrase: 'May', value: null },
  { published: T, lines: ['Since May took office, prices have risen.'], phrase: 'May', value: null },
];

describe('the date language of news writing (probe 2)', () => {
  for (const probe of dated) {
    const title = `${probe.published}: "${probe.phrase}" in "${probe.lines[probe.line ?? probe.lines.length - 1]}" → ${probe.value}`;
    (probe.gap ? it.fails : it)(title, () => {
      expect(valuesAt(probe)).toEqual([probe.value]);
    });
  }
});

describe('what names no day (probe 2, negative and vague cases)', () => {
  for (const probe of undated) {
    const title = `${probe.published}: "${probe.phrase}" in "${probe.lines[probe.line ?? probe.lines.length - 1]}" → ${probe.vague ? 'no single day' : 'no date'}`;
    (probe.gap ? it.fails : it)(title, () => {
      expect(holds(probe)).toBe(true);
    });
  }
});
