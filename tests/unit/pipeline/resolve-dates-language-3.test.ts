/**
 * Probe 3: the date language of kinds of page the first two probes do not cover — company results and markets,
 * technology and outages, sport, courts and regulators, science — in short sentences of our own, each with a pinned
 * publication day; plus spans in words, relative days, and words that look like dates and are not (a car model, a
 * store's name, a software version, a product named after a weekday, "the fall in the currency").
 * Values follow tests/eval/README.md's gold conventions.
 *
 * Each case: publication day, the sentences (the last one holds the expression unless `line` says otherwise), the
 * expression as written, and the value expected. `null`: nothing may resolve there. `gap` marks a case the resolver
 * does not get right yet (it.fails: it turns red once fixed, so the mark goes).
 *
 * Decisions (see the README's conventions): "by the end of May" / "through the end of the month" is the month (a
 * deadline within it), while "at the end of next month" stays the last third; a fiscal year or a fiscal quarter names
 * no calendar span, but "the year to March" / "the 12 months to June" is the twelve months ending with that month; a
 * sports season names no calendar span (seasons start in different months by sport and hemisphere), "the 2023-24
 * season" included, as resolve-dates.test.ts has it; "the prior year" is the year before the last year stated, else
 * before publication's; "this time last year" is the same month a year earlier; "since the collapse" is the day the
 * article gave the collapse, and nothing when it gave none; "three weeks ago" beside a happening the article dated
 * within three days of it is that happening's day (a round count), else publication less 21 days; "a Saturday
 * protest" is the Saturday the tense gives.
 */
import { describe, expect, it } from 'vitest';
import { valuesAt, type DatePage } from './date-probe';

interface Probe extends DatePage {
  value: string | null;
}

// Weekdays of the pinned days: 2025-07-24 Thu, 2024-07-20 Sat, 2025-03-10 Mon, 2025-01-14 Tue, 2024-04-15 Mon,
// 2025-11-05 Wed, 2025-01-10 Fri, 2025-01-16 Thu.
const RESULTS = '2025-07-24';
const OUTAGE = '2024-07-20';
const SPORT = '2025-03-10';
const COURT = '2025-01-14';
const BRIDGE = '2024-04-15';
const SCIENCE = '2025-11-05';
const FINAL = 'The final was played on March 1.';
const SIGNED = 'The deal was signed on June 2.';

const dated: Probe[] = [
  // company results and markets
  { published: RESULTS, lines: ['Profit rose 12% in the fiscal year to March.'], phrase: 'the fiscal year to March', value: '2024-04-01/2025-03-31' },
  { published: RESULTS, lines: ['Sales rose 4% in the year to June.'], phrase: 'the year to June', value: '2024-07-01/2025-06-30' },
  { published: RESULTS, lines: ['The figures cover the 12 months to March.'], phrase: 'the 12 months to March', value: '2024-04-01/2025-03-31' },
  { published: RESULTS, lines: ['The chipmaker swung to a loss in its second quarter.'], phrase: 'its second quarter', value: '2025-04-01/2025-06-30' },
  { published: RESULTS, lines: ['Revenue in Q3 is expected to beat forecasts.'], phrase: 'Q3', value: '2025-07-01/2025-09-30' },
  { published: RESULTS, lines: ['Margins improved in the first half.'], phrase: 'the first half', value: '2025-01-01/2025-06-30' },
  { published: RESULTS, lines: ['Exports fell in H1.'], phrase: 'H1', value: '2025-01-01/2025-06-30' },
  { published: RESULTS, lines: ['The company expects to break even in the second half.'], phrase: 'the second half', value: '2025-07-01/2025-12-31' },
  { published: RESULTS, lines: ['The shares have gained 40% year to date.'], phrase: 'year to date', value: '2025-01-01/2025-07-24' },
  { published: RESULTS, lines: ['Deliveries fell last quarter.'], phrase: 'last quarter', value: '2025-04-01/2025-06-30' },
  { published: RESULTS, lines: ['Net income for the quarter ended June 30 rose.'], phrase: 'June 30', value: '2025-06-30' },
  { published: RESULTS, lines: ['Sales were flat compared with the prior year.'], phrase: 'the prior year', value: '2024' },
  { published: RESULTS, lines: ['Revenue for 2023 was 9% above the prior year.'], phrase: 'the prior year', value: '2022' },
  { published: RESULTS, lines: ['The stock hit a record in the second half of last year.'], phrase: 'the second half of last year', value: '2024-07-01/2024-12-31' },
  { published: RESULTS, lines: ['Orders jumped in the third quarter of 2024.'], phrase: 'the third quarter of 2024', value: '2024-07-01/2024-09-30' },
  { published: RESULTS, lines: ['Third-quarter results are due on Oct. 23.'], phrase: 'Oct. 23', value: '2025-10-23' },
  { published: RESULTS, lines: ['Bond yields climbed on Wednesday.'], phrase: 'Wednesday', value: '2025-07-23' },
  { published: RESULTS, lines: ['The index closed at a record high on Thursday.'], phrase: 'Thursday', value: '2025-07-24' },
  { published: RESULTS, lines: ['Analysts expect a rebound in the fourth quarter.'], phrase: 'the fourth quarter', value: '2025-10-01/2025-12-31' },
  { published: RESULTS, lines: ['The company will report full-year results in February.'], phrase: 'February', value: '2026-02' },
  { published: RESULTS, lines: ['The retailer cut its outlook last month.'], phrase: 'last month', value: '2025-06' },
  { published: RESULTS, lines: ['The dividend will be paid on Aug. 15.'], phrase: 'Aug. 15', value: '2025-08-15' },
  { published: RESULTS, lines: ['The central bank meets on Sept. 17-18.'], phrase: 'Sept. 17-18', value: '2025-09-17/2025-09-18' },
  { published: RESULTS, lines: ['Trading was halted for an hour on Tuesday.'], phrase: 'Tuesday', value: '2025-07-22' },
  { published: RESULTS, lines: ['The central bank held rates steady in June.'], phrase: 'June', value: '2025-06' },
  { published: RESULTS, lines: ['The merger closed in early 2024.'], phrase: 'early 2024', value: '2024-01-01/2024-04-30' },
  { published: RESULTS, lines: ['Unemployment peaked in late 2023.'], phrase: 'late 2023', value: '2023-09-01/2023-12-31' },
  { published: RESULTS, lines: ['The launch slipped to the first quarter of next year.'], phrase: 'the first quarter of next year', value: '2026-01-01/2026-03-31' },
  { published: RESULTS, lines: ['The firm was founded 20 years ago.'], phrase: '20 years ago', value: '2005' },
  { published: RESULTS, lines: ['Earlier this month, the firm raised prices.'], phrase: 'Earlier this month', value: '2025-07-01/2025-07-24' },
  { published: RESULTS, lines: ['The probe into the bank began in the spring.'], phrase: 'the spring', value: '2025-03-01/2025-05-31' },
  { published: RESULTS, lines: ['The firm will report its results on Tuesday.'], phrase: 'Tuesday', value: '2025-07-29' },
  { published: RESULTS, lines: ['The plant shut three months ago.'], phrase: 'three months ago', value: '2025-04' },
  { published: RESULTS, lines: [SIGNED, 'A week earlier, the board had met.'], phrase: 'A week earlier', value: '2025-05-26' },
  { published: RESULTS, lines: ['Stocks suffered their worst fall since 2020.'], phrase: '2020', value: '2020' },
  { published: RESULTS, lines: ['Traders expect the bank, which cut rates on Wednesday, to hold.'], phrase: 'Wednesday', value: '2025-07-23' },
  { published: RESULTS, lines: ['Revenue jumped in the June quarter.'], phrase: 'the June quarter', value: '2025-04-01/2025-06-30' },
  { published: RESULTS, lines: ['Profit rose in the December quarter of 2024.'], phrase: 'the December quarter of 2024', value: '2024-10-01/2024-12-31' },
  { published: RESULTS, lines: ['Growth slowed in the three months to June.'], phrase: 'the three months to June', value: '2025-04-01/2025-06-30' },
  { published: RESULTS, lines: ['Sales rose in the six months ended June 30.'], phrase: 'June 30', value: '2025-06-30' },
  { published: RESULTS, lines: ['The plant will open no earlier than 2026.'], phrase: '2026', value: '2026' },
  { published: RESULTS, lines: ['The chipmaker expects growth in calendar 2025.'], phrase: '2025', value: '2025' },
  { published: RESULTS, lines: ['Q3 earnings beat forecasts.'], phrase: 'Q3', value: '2025-07-01/2025-09-30' },
  { published: RESULTS, lines: ['Prices will fall in the year to March 2026.'], phrase: 'the year to March 2026', value: '2025-04-01/2026-03-31' },
  { published: RESULTS, lines: ['Sales will grow next quarter.'], phrase: 'next quarter', value: '2025-10-01/2025-12-31' },
  { published: '2024-02-29', lines: ['Two years ago today, the roof fell.'], phrase: 'Two years ago today', value: '2022-02-28' },
  // technology and outages
  { published: OUTAGE, lines: ['The faulty update went out at 04:09 UTC on Friday.'], phrase: 'Friday', value: '2024-07-19' },
  { published: OUTAGE, lines: ['Screens went blank on Friday.', 'A fix was posted at 05:27 UTC.'], phrase: 'at 05:27 UTC', value: '2024-07-19' },
  { published: OUTAGE, lines: ['Engineers worked overnight to restore the servers.'], phrase: 'overnight', value: OUTAGE },
  { published: OUTAGE, lines: ['Banks went offline in the early hours of Friday.'], phrase: 'Friday', value: '2024-07-19' },
  { published: OUTAGE, lines: ['Customers were told to reboot after the update pushed on Friday.'], phrase: 'Friday', value: '2024-07-19' },
  { published: OUTAGE, lines: ['The vendor released a patch on Thursday night.'], phrase: 'Thursday night', value: '2024-07-18' },
  { published: OUTAGE, lines: ['Users reported problems from Friday morning.'], phrase: 'Friday morning', value: '2024-07-19' },
  { published: OUTAGE, lines: ['The firm will publish a full review next week.'], phrase: 'next week', value: '2024-07-22/2024-07-28' },
  { published: OUTAGE, lines: ['The app was updated on 19/07/2024.'], phrase: '19/07/2024', value: '2024-07-19' },
  { published: OUTAGE, lines: ['Version 2.4 will ship in 2025.'], phrase: '2025', value: '2025' },
  { published: OUTAGE, lines: ['The service went down at 9:45 p.m. on July 18.'], phrase: 'July 18', value: '2024-07-18' },
  { published: OUTAGE, lines: ['The company said on Saturday that millions of devices were affected.'], phrase: 'Saturday', value: '2024-07-20' },
  { published: OUTAGE, lines: ['The phone launched last September.'], phrase: 'last September', value: '2023-09' },
  { published: OUTAGE, lines: ['The new chip arrives this fall.'], phrase: 'this fall', value: '2024-09-01/2024-11-30' },
  { published: OUTAGE, lines: ['The update went out early on Friday.', 'By the afternoon, airlines had grounded flights.'], phrase: 'the afternoon', value: '2024-07-19' },
  { published: OUTAGE, lines: ['The app crashed at 11:58 p.m. on Thursday.'], phrase: 'Thursday', value: '2024-07-18' },
  { published: OUTAGE, lines: ['The site will be down for maintenance from 2 a.m. to 4 a.m. on Sunday.'], phrase: 'Sunday', value: '2024-07-21' },
  { published: OUTAGE, lines: ['The chief executive apologised on Friday.'], phrase: 'Friday', value: '2024-07-19' },
  // sport
  { published: SPORT, lines: ['The team plays away next weekend.'], phrase: 'next weekend', value: '2025-03-22/2025-03-23' },
  { published: SPORT, lines: ['The derby was postponed at the weekend.'], phrase: 'the weekend', value: '2025-03-08/2025-03-09' },
  { published: SPORT, lines: ['Two fans were hurt over the weekend.'], phrase: 'the weekend', value: '2025-03-08/2025-03-09' },
  { published: SPORT, lines: ['The cup final is on Saturday.'], phrase: 'Saturday', value: '2025-03-15' },
  { published: SPORT, lines: ['The side won 3-1 on Sunday.'], phrase: 'Sunday', value: '2025-03-09' },
  { published: SPORT, lines: ['The coach was sacked in the summer.'], phrase: 'the summer', value: '2024-06-01/2024-08-31' },
  { published: SPORT, lines: ['The 2026 World Cup will be held in North America.'], phrase: '2026', value: '2026' },
  { published: SPORT, lines: ['The club has not won the league since 1992.'], phrase: '1992', value: '1992' },
  { published: SPORT, lines: ['The transfer window shut on Feb. 3.'], phrase: 'Feb. 3', value: '2025-02-03' },
  { published: SPORT, lines: ['The rematch is set for next month.'], phrase: 'next month', value: '2025-04' },
  { published: SPORT, lines: [FINAL, 'Tickets had gone on sale a week earlier.'], phrase: 'a week earlier', value: '2025-02-22' },
  { published: SPORT, lines: [FINAL, 'The following Monday, the manager resigned.'], phrase: 'The following Monday', value: '2025-03-03' },
  { published: SPORT, lines: [FINAL, 'The day after, the manager resigned.'], phrase: 'The day after', value: '2025-03-02' },
  { published: SPORT, lines: ['The club will unveil its new stadium later this week.'], phrase: 'later this week', value: '2025-03-10/2025-03-16' },
  { published: SPORT, lines: ['This time last year, the club was bottom of the table.'], phrase: 'This time last year', value: '2024-03' },
  { published: SPORT, lines: ['A year ago today, the stadium roof collapsed.'], phrase: 'A year ago today', value: '2024-03-10' },
  { published: SPORT, lines: ['The team last lost three months ago.'], phrase: 'three months ago', value: '2024-12' },
  { published: SPORT, lines: ['The winger signed for the club three weeks ago.'], phrase: 'three weeks ago', value: '2025-02-17' },
  { published: SPORT, lines: ['The tournament runs from June 14 to July 14.'], phrase: 'June 14 to July 14', value: '2025-06-14/2025-07-14' },
  { published: SPORT, lines: ['The club was relegated in 2023.'], phrase: '2023', value: '2023' },
  { published: SPORT, lines: ['The club was founded in 1899.'], phrase: '1899', value: '1899' },
  { published: SPORT, lines: ['Rescuers worked into the night on Sunday.'], phrase: 'Sunday', value: '2025-03-09' },
  { published: SPORT, lines: ['Kickoff is at 3 p.m. on Saturday.'], phrase: 'Saturday', value: '2025-03-15' },
  { published: SPORT, lines: ['The sides meet again in the return leg on March 18.'], phrase: 'March 18', value: '2025-03-18' },
  { published: SPORT, lines: ['The striker has been injured since January.'], phrase: 'January', value: '2025-01' },
  { published: SPORT, lines: ['The new season opens on Aug. 16.'], phrase: 'Aug. 16', value: '2025-08-16' },
  // courts and regulators
  { published: COURT, lines: ['The regulator will rule by the end of the year.'], phrase: 'the end of the year', value: '2025' },
  { published: COURT, lines: ['Banks must comply no later than March 1.'], phrase: 'March 1', value: '2025-03-01' },
  { published: COURT, lines: ['Bidders face a deadline of June 30.'], phrase: 'June 30', value: '2025-06-30' },
  { published: COURT, lines: ['The agency set a deadline of Feb. 28 for comments.'], phrase: 'Feb. 28', value: '2025-02-28' },
  { published: COURT, lines: ['The court gave the company until Friday to reply.'], phrase: 'Friday', value: '2025-01-17' },
  { published: COURT, lines: ['The roads were shut until Friday to traffic.'], phrase: 'Friday', value: '2025-01-10' },
  { published: COURT, lines: ['The law takes effect on Jan. 1, 2026.'], phrase: 'Jan. 1, 2026', value: '2026-01-01' },
  { published: COURT, lines: ['The watchdog opened its inquiry in the summer.'], phrase: 'the summer', value: '2024-06-01/2024-08-31' },
  { published: COURT, lines: ['The merger must close by the end of May.'], phrase: 'the end of May', value: '2025-05' },
  { published: COURT, lines: ['Repairs must be done by the end of this month.'], phrase: 'the end of this month', value: '2025-01' },
  { published: COURT, lines: ['The order stays in force through the end of the month.'], phrase: 'the end of the month', value: '2025-01' },
  { published: COURT, lines: ['The regulator fined the bank on Monday.'], phrase: 'Monday', value: '2025-01-13' },
  { published: COURT, lines: ['Hearings resume on Jan. 21.'], phrase: 'Jan. 21', value: '2025-01-21' },
  { published: COURT, lines: ['The case was filed 18 months ago.'], phrase: '18 months ago', value: '2023-07' },
  { published: COURT, lines: ['The consultation closes on 30 June.'], phrase: '30 June', value: '2025-06-30' },
  { published: COURT, lines: ['The rules apply from 1 April 2025.'], phrase: '1 April 2025', value: '2025-04-01' },
  { published: COURT, lines: ['Thousands joined a Saturday protest in the capital.'], phrase: 'Saturday', value: '2025-01-11' },
  // spans in words
  { published: '2025-01-10', lines: ['The trial runs Monday through Wednesday.'], phrase: 'Monday through Wednesday', value: '2025-01-13/2025-01-15' },
  { published: '2025-01-10', lines: ['The hearings run from Tuesday to Thursday.'], phrase: 'Tuesday to Thursday', value: '2025-01-14/2025-01-16' },
  { published: '2025-01-16', lines: ['Talks ran from Monday to Wednesday.'], phrase: 'Monday to Wednesday', value: '2025-01-13/2025-01-15' },
  { published: RESULTS, lines: ['The festival ran between July 19 and 24.'], phrase: 'July 19 and 24', value: '2025-07-19/2025-07-24' },
  { published: RESULTS, lines: ['The fair runs from Aug. 4 through Aug. 9.'], phrase: 'Aug. 4 through Aug. 9', value: '2025-08-04/2025-08-09' },
  // the known misses: a round count beside a dated happening, a landmark, a deadline's month
  { published: BRIDGE, lines: ['The tower fell on March 26.', 'Crews cleared the site of the tower, which fell three weeks ago.'], phrase: 'three weeks ago', value: '2024-03-26' },
  { published: BRIDGE, lines: ['The tower collapsed on March 26.', 'Crews have worked at the site since the collapse.'], phrase: 'since the collapse', value: '2024-03-26' },
  { published: BRIDGE, lines: ['The port hopes to reopen the channel by the end of May.'], phrase: 'the end of May', value: '2024-05' },
  // the night of a weekday, and minutes counted from a dated happening
  { published: '2024-12-31', lines: ['Rescuers worked through the night on Sunday.'], phrase: 'Sunday', value: '2024-12-29' },
  { published: '2024-12-31', lines: ['The talks ran late into the evening on Dec. 29.'], phrase: 'Dec. 29', value: '2024-12-29' },
  { published: '2024-12-31', lines: ['The jet crashed on Sunday.', 'The tower issued a warning two minutes before the crash.'], phrase: 'two minutes', value: '2024-12-29' },
  { published: '2024-12-31', lines: ['The jet crashed on Sunday.', 'Five minutes after takeoff, the engine failed.'], phrase: 'Five minutes', value: '2024-12-29' },
  // science
  { published: SCIENCE, lines: ['The probe launched in October 2024.'], phrase: 'October 2024', value: '2024-10' },
  { published: SCIENCE, lines: ['The comet will pass closest to Earth on Dec. 19.'], phrase: 'Dec. 19', value: '2025-12-19' },
  { published: SCIENCE, lines: ['The study, published on Wednesday in a journal, drew criticism.'], phrase: 'Wednesday', value: SCIENCE },
  { published: SCIENCE, lines: ['Samples were collected between 2018 and 2021.'], phrase: '2018 and 2021', value: '2018-01-01/2021-12-31' },
  { published: SCIENCE, lines: ['The eclipse will be visible on Aug. 12, 2026.'], phrase: 'Aug. 12, 2026', value: '2026-08-12' },
  { published: SCIENCE, lines: ['Temperatures rose faster in the 2010s.'], phrase: 'the 2010s', value: '2010-01-01/2019-12-31' },
  { published: SCIENCE, lines: ['The virus was first detected 10 days ago.'], phrase: '10 days ago', value: '2025-10-26' },
  { published: SCIENCE, lines: ['The results were released last Thursday.'], phrase: 'last Thursday', value: '2025-10-30' },
  { published: SCIENCE, lines: ['The rocket lifted off at 10:32 a.m. local time.'], phrase: 'at 10:32 a.m. local time', value: SCIENCE },
];

/** Expressions that name no date here. */
const undated: Probe[] = [
  // finance
  { published: RESULTS, lines: ['Sales grew 8% in fiscal 2025.'], phrase: 'fiscal 2025', value: null },
  { published: RESULTS, lines: ['The bank posted a loss in its fiscal second quarter.'], phrase: 'fiscal second quarter', value: null },
  { published: RESULTS, lines: ['Profits have fallen for three straight quarters.'], phrase: 'three straight quarters', value: null },
  { published: RESULTS, lines: ['Dealers cut prices on Q3 hatchbacks.'], phrase: 'Q3', value: null },
  { published: RESULTS, lines: ['Traders argued over the fall in the currency.'], phrase: 'fall', value: null },
  { published: RESULTS, lines: ['Stocks suffered their worst fall since 2020.'], phrase: 'fall', value: null },
  { published: RESULTS, lines: ['The Fed raised rates by 25 basis points.'], phrase: '25', value: null },
  { published: RESULTS, lines: ['The 10-year yield rose to 4.5%.'], phrase: '10-year', value: null },
  { published: RESULTS, lines: ['The S&P 500 rose 1%.'], phrase: '500', value: null },
  { published: RESULTS, lines: ['The FTSE 100 fell 0.4%.'], phrase: '100', value: null },
  { published: RESULTS, lines: ['The firm plans to cut emissions by half.'], phrase: 'half', value: null },
  { published: RESULTS, lines: ['The stock has traded sideways for a quarter.'], phrase: 'for a quarter', value: null },
  // technology
  { published: OUTAGE, lines: ['Most systems were back within 78 minutes.'], phrase: 'within 78 minutes', value: null },
  { published: OUTAGE, lines: ['The flaw was fixed in version 7.11.'], phrase: '7.11', value: null },
  { published: OUTAGE, lines: ['The help desk is staffed 24/7.'], phrase: '24/7', value: null },
  { published: OUTAGE, lines: ['The faulty file, Channel File 291, crashed the machines.'], phrase: 'Channel File 291', value: null },
  { published: OUTAGE, lines: ['Version 2.4 will ship in 2025.'], phrase: 'Version 2.4', value: null },
  { published: OUTAGE, lines: ['The bug had been present since version 3.2.'], phrase: '3.2', value: null },
  { published: OUTAGE, lines: ['Servers rebooted every 15 minutes.'], phrase: 'every 15 minutes', value: null },
  { published: OUTAGE, lines: ['Windows 11 machines were hit hardest.'], phrase: '11', value: null },
  { published: OUTAGE, lines: ['A fix rolled out within hours.'], phrase: 'within hours', value: null },
  { published: OUTAGE, lines: ['The phone 15 launched last September.'], phrase: '15', value: null },
  { published: OUTAGE, lines: ['Its network was down for 12 hours.'], phrase: 'for 12 hours', value: null },
  { published: OUTAGE, lines: ['The update shipped in iOS 18.1.'], phrase: '18.1', value: null },
  { published: OUTAGE, lines: ['Police were called to a 7/11 store.'], phrase: '7/11', value: null },
  // sport
  { published: SPORT, lines: ['The striker scored twice on matchday 3.'], phrase: 'matchday 3', value: null },
  { published: SPORT, lines: ['The club finished fourth last season.'], phrase: 'last season', value: null },
  { published: SPORT, lines: ['They are top of the table this season.'], phrase: 'this season', value: null },
  { published: SPORT, lines: ['She set a record of 3:49.04.'], phrase: '3:49.04', value: null },
  { published: SPORT, lines: ['He scored in the 89th minute.'], phrase: '89th', value: null },
  { published: SPORT, lines: ['The runner won in 2:05:12.'], phrase: '2:05:12', value: null },
  { published: SPORT, lines: ['The Lakers won 112-108.'], phrase: '112-108', value: null },
  { published: SPORT, lines: ['The side won 3-1 on Sunday.'], phrase: '3-1', value: null },
  { published: SPORT, lines: ['She won the 400m hurdles.'], phrase: '400m', value: null },
  { published: SPORT, lines: ['The league has 20 clubs.'], phrase: '20', value: null },
  { published: SPORT, lines: ['Power was cut in 1800 homes.'], phrase: '1800', value: null },
  { published: SPORT, lines: [FINAL, 'Days later, the captain retired.'], phrase: 'Days later', value: null },
  { published: SPORT, lines: ['Fans had queued over five days.'], phrase: 'over five days', value: null },
  { published: SPORT, lines: ['The team trains at dawn.'], phrase: 'at dawn', value: null, gap: true },
  { published: SPORT, lines: ['The team led in the first half.'], phrase: 'the first half', value: null },
  { published: SPORT, lines: ['The striker scored in the last quarter.'], phrase: 'the last quarter', value: null },
  { published: SPORT, lines: ['He was the top scorer in the 2023-24 season.'], phrase: 'the 2023-24 season', value: null },
  // courts and regulators
  { published: COURT, lines: ['The firm must respond within 30 days.'], phrase: 'within 30 days', value: null },
  { published: COURT, lines: ['The fine must be paid within 14 days of the ruling.'], phrase: 'within 14 days', value: null },
  { published: COURT, lines: ['Appeals must be filed within 30 days of the decision.'], phrase: 'within 30 days', value: null },
  { published: COURT, lines: ['The statute of limitations is six years.'], phrase: 'six years', value: null },
  { published: COURT, lines: ['The case turns on a 19th-century law.'], phrase: '19th-century', value: null },
  // words that look like dates
  { published: COURT, lines: ['May I add one point, the judge asked.'], phrase: 'May', value: null },
  { published: COURT, lines: ['She spoke at the March for Our Lives rally.'], phrase: 'March', value: null },
  { published: COURT, lines: ['He still buys a Sunday newspaper.'], phrase: 'Sunday', value: null },
  { published: COURT, lines: ['The plane was a 737 Max.'], phrase: '737', value: null },
  { published: COURT, lines: ['The fall of the old regime surprised no one.'], phrase: 'fall', value: null },
  { published: COURT, lines: ['Fans filled arenas for March Madness.'], phrase: 'March', value: null },
  // a habit, and a landmark the article never dates
  { published: BRIDGE, lines: ['Neighbours said the men started work before dawn.'], phrase: 'before dawn', value: null },
  { published: BRIDGE, lines: ['Prices have risen since the war.'], phrase: 'since the war', value: null },
  { published: BRIDGE, lines: ['The tower collapsed on March 26.', 'Nobody could say how many hours had passed since the collapse.'], phrase: 'since the collapse', value: null },
  { published: BRIDGE, lines: ['The tower collapsed on March 26.', 'Ships were diverted eleven weeks after the collapse.'], phrase: 'eleven weeks', value: null },
  { published: '2024-12-31', lines: ['The jet crashed on Sunday.', 'The meeting lasted 30 minutes before it ended.'], phrase: '30 minutes', value: null },
  // science
  { published: SCIENCE, lines: ['The telescope has been in orbit for 35 years.'], phrase: 'for 35 years', value: null },
  { published: SCIENCE, lines: ['The species died out about 10,000 years ago.'], phrase: '10,000 years ago', value: null },
  { published: SCIENCE, lines: ['A 3.5-magnitude quake shook the town.'], phrase: '3.5', value: null },
  { published: SCIENCE, lines: ['The isotope has a half-life of 12 days.'], phrase: '12 days', value: null },
];

describe('the date language of results, outages, sport, courts and science (probe 3)', () => {
  for (const probe of dated) {
    const title = `${probe.published}: "${probe.phrase}" in "${probe.lines[probe.line ?? probe.lines.length - 1]}" → ${probe.value}`;
    (probe.gap ? it.fails : it)(title, () => {
      expect(valuesAt(probe)).toEqual([probe.value]);
    });
  }
});

describe('what names no date (probe 3, negative cases)', () => {
  for (const probe of undated) {
    const title = `${probe.published}: "${probe.phrase}" in "${probe.lines[probe.line ?? probe.lines.length - 1]}" → no date`;
    (probe.gap ? it.fails : it)(title, () => {
      expect(valuesAt(probe).every((value) => value === null)).toBe(true);
    });
  }
});
