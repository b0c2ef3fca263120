/**
 * Probe 10: the house styles the first nine probes cover least — op-eds and analyses written weeks or months after
 * the story ("that Sunday", "last March", "by the end of that month", "the week before"), newsletters and digests
 * that recap several days ("Monday's hearing", "on the 12th", "last week's ruling", a weekday heading), Q&As written a
 * year on ("a year ago this week", "since then", "April last year"), press releases and transcripts (date lines in
 * headers, "FOR IMMEDIATE RELEASE", "embargoed until", "as of 5 p.m. ET"), and markets language ("after the close on
 * Wednesday", "in pre-market trading", "Q1 2023", "fiscal 2024", "year to date", "month to date"). Every sentence is
 * made up for this probe; each page has a pinned publication day and the outlet's zone, and the value a careful
 * reader would give, or no date. The last sentence holds the expression unless `line` says otherwise. `gap` marks a
 * case the resolver does not get right yet (it.fails: it turns red once fixed).
 *
 * Decisions, per family:
 * - Looking back: "that Sunday", "the following Tuesday", "two days earlier", "the same day", "later that month"
 *   count from the day the story is at, whatever the publication day; "last March" is the latest March before
 *   publication (as probe 2's "last May"); "by the end of that month" is that month (a deadline within it, as "by
 *   the end of May" is); "a month on" and "two months later" are the month the count lands in (a month, never a
 *   day); "later that month" runs from the story's day to the month's end, as "later this month" runs from
 *   publication; "in the weeks that followed" names no day.
 * - Digests: a possessive weekday ("Monday's hearing") is the weekday the tense gives, as a bare one is; "on the
 *   12th" with no month in view is the publication month's, or the next one's after a verb that looks ahead; a
 *   weekday after "expect" is the coming one; "earlier this month" runs from the 1st up to publication; "last
 *   week's ruling" is last week, Monday–Sunday; a weekday heading ("Wednesday:") is that weekday of the week recapped.
 * - A year on: "a year ago this week" is the Monday–Sunday week a year back (probe 6); "this time last year" the
 *   month a year back (probe 3); "since then", "in the year since", "over the past 12 months" and "twelve months on"
 *   name no day of their own (a stretch up to now), so nothing resolves on them; "promised it by June" looks ahead.
 * - Releases: a header's date line is its day; "as of 5 p.m. ET" with no day is the publication day (as a wire's
 *   "by 1900 GMT" is, probe 7); "as of March 31, 2028" is that day; "embargoed until … Thursday 27 April 2028" is
 *   the day written.
 * - Markets: "after the close on Wednesday", "at Thursday's close", "in after-hours trading on Thursday" are that
 *   weekday; "in pre-market trading" with no day is the day of the story so far, as "in the morning" is; "Q1 2023" and
 *   "the first quarter" are calendar quarters, "full-year 2027" the year; "fiscal 2024" names no calendar span;
 *   "year to date" runs from January 1 to publication, "month to date" from the 1st; a 52-week high, a 10-year
 *   yield, a 50-day average and a 2-for-1 split are no dates.
 * - Non-dates: money, percentages, "24/7", "9/11" used as a name, a clock time in a habit ("at 9 a.m. daily"),
 *   filing forms ("Form 8-K") and rule numbers name no date.
 */
import { describe, expect, it } from 'vitest';
import { valuesAt, type DatePage } from './date-probe';

interface Probe extends DatePage {
  value: string | null;
}

// Pinned days: 2028-05-17 (Wednesday), 2028-05-19 (Friday), 2028-11-08 (Wednesday), 2029-03-14 (Wednesday),
// 2028-04-26 (Wednesday).
const OPED = '2028-05-17';
const DIGEST = '2028-05-19';
const AUTUMN = '2028-11-08';
const YEAR_ON = '2029-03-14';
const RELEASE = '2028-04-26';
const MARKETS = '2028-05-19';
const US = '-04:00';
const UK = '+01:00';

const FAILED = 'The dam above the village gave way on Sunday, March 5.';
const FAILED_DATE = 'The dam above the village gave way on March 5.';
const FAILED_YEAR = 'The dam above the village gave way on March 5, 2028.';

const families: Record<string, Probe[]> = {
  'op-eds and analyses written weeks or months later': [
    { published: OPED, offset: UK, lines: [FAILED, 'That Sunday, the river had risen two metres by noon.'], phrase: 'That Sunday', value: '2028-03-05' },
    { published: OPED, offset: UK, lines: [FAILED_DATE, 'That Sunday, the river had risen two metres by noon.'], phrase: 'That Sunday', value: '2028-03-05' },
    { published: OPED, offset: UK, lines: [FAILED, 'The following Tuesday, the minister finally visited.'], phrase: 'The following Tuesday', value: '2028-03-07' },
    { published: OPED, offset: UK, lines: [FAILED_DATE, 'Two days earlier, an engineer had reported a leak.'], phrase: 'Two days earlier', value: '2028-03-03' },
    { published: OPED, offset: UK, lines: [FAILED_DATE, 'The regional council met the same day.'], phrase: 'the same day', value: '2028-03-05' },
    { published: OPED, offset: UK, lines: [FAILED_DATE, 'By the end of that month, 4,000 people had left the valley.'], phrase: 'By the end of that month', value: '2028-03' },
    { published: OPED, offset: UK, lines: ['The dam above the village gave way last March.'], phrase: 'last March', value: '2028-03' },
    { published: OPED, offset: UK, lines: ['Few of us had heard of the reservoir before last March.'], phrase: 'last March', value: '2028-03' },
    { published: AUTUMN, offset: UK, lines: ['The inquiry into the dam opened in the spring.'], phrase: 'the spring', value: '2028-03-01/2028-05-31' },
    { published: AUTUMN, offset: UK, lines: [FAILED_YEAR, 'That spring, the valley emptied.'], phrase: 'That spring', value: '2028-03-01/2028-05-31' },
    { published: OPED, offset: UK, lines: [FAILED_YEAR, 'The previous autumn, inspectors had passed the dam as safe.'], phrase: 'The previous autumn', value: '2027-09-01/2027-11-30' },
    { published: OPED, offset: UK, lines: [FAILED_DATE, 'Later that month, the operator\u2019s chief resigned.'], phrase: 'Later that month', value: '2028-03-05/2028-03-31' },
    { published: OPED, offset: UK, lines: [FAILED_DATE, 'Water reached the church on the night of March 5.'], phrase: 'March 5', value: '2028-03-05' },
    { published: OPED, offset: UK, lines: ['The chief resigned on Thursday, March 9.', 'The Sunday before, the dam had failed.'], phrase: 'The Sunday before', value: '2028-03-05' },
    { published: OPED, offset: UK, lines: ['The chief resigned on Thursday, March 9.', 'The day before, he had met the families.'], phrase: 'The day before', value: '2028-03-08' },
    { published: OPED, offset: UK, lines: ['The warning signs were there in early March.'], phrase: 'early March', value: '2028-03-01/2028-03-10' },
    { published: OPED, offset: UK, lines: ['By late February, the gauges were already reading high.'], phrase: 'late February', value: '2028-02-21/2028-02-29' },
    { published: OPED, offset: UK, lines: [FAILED_DATE, 'It took until April 2 for the last road to reopen.'], phrase: 'April 2', value: '2028-04-02' },
    { published: OPED, offset: UK, lines: ['Ten weeks after the dam failed on March 5, the village is still empty.'], phrase: 'March 5', value: '2028-03-05' },
    { published: OPED, offset: US, lines: ['When the dam broke on the morning of March 5, most residents were asleep.'], phrase: 'the morning of March 5', value: '2028-03-05' },
    { published: OPED, offset: UK, lines: [FAILED_DATE, 'By that evening, the first families were in the school hall.'], phrase: 'that evening', value: '2028-03-05' },
    { published: OPED, offset: UK, lines: [FAILED_DATE, 'The next morning, the army arrived.'], phrase: 'The next morning', value: '2028-03-06' },
    { published: OPED, offset: UK, lines: ['The report lands on ministers\u2019 desks next month.'], phrase: 'next month', value: '2028-06' },
    { published: OPED, offset: UK, lines: [FAILED_DATE, 'A month on, the village was still under water.'], phrase: 'A month on', value: '2028-04' },
    { published: OPED, offset: UK, lines: [FAILED_DATE, 'Two months later, the water was gone.'], phrase: 'Two months later', value: '2028-05' },
    { published: OPED, offset: UK, lines: ['I drove up to the valley in mid-April.'], phrase: 'mid-April', value: '2028-04-11/2028-04-20' },
  ],
  'newsletters and digests that recap several days': [
    { published: DIGEST, offset: US, lines: ['Lawyers for the city spoke at Monday\u2019s hearing.'], phrase: 'Monday', value: '2028-05-15' },
    { published: DIGEST, offset: US, lines: ["The mayor skipped Tuesday's vote."], phrase: 'Tuesday', value: '2028-05-16' },
    { published: DIGEST, offset: US, lines: ['Wednesday: The state senate passed the transit bill 31-8.'], phrase: 'Wednesday', value: '2028-05-17' },
    { published: DIGEST, offset: US, lines: ['Thursday: The governor signed it into law.'], phrase: 'Thursday', value: '2028-05-18' },
    { published: DIGEST, offset: US, lines: ['The council approved the budget on the 12th.'], phrase: 'the 12th', value: '2028-05-12' },
    { published: DIGEST, offset: US, lines: ['The board will take up the plan on the 24th.'], phrase: 'the 24th', value: '2028-05-24' },
    { published: DIGEST, offset: US, lines: ['The appeals court will rule on the 2nd.'], phrase: 'the 2nd', value: '2028-06-02' },
    { published: DIGEST, offset: US, lines: ['Both sides are still digesting last week\u2019s ruling.'], phrase: 'last week', value: '2028-05-08/2028-05-14' },
    { published: DIGEST, offset: US, lines: ['This week\u2019s storms knocked out power to 9,000 homes.'], phrase: 'This week', value: '2028-05-15/2028-05-21' },
    { published: DIGEST, offset: US, lines: ['Organisers expect 10,000 people at Saturday\u2019s march.'], phrase: 'Saturday', value: '2028-05-20' },
    { published: DIGEST, offset: US, lines: ['Sunday\u2019s march drew about 10,000 people.'], phrase: 'Sunday', value: '2028-05-14' },
    { published: DIGEST, offset: US, lines: ['Tenants have until next Monday\u2019s deadline to file.'], phrase: 'next Monday', value: '2028-05-22' },
    { published: DIGEST, offset: US, lines: ['Prices rose 0.4% in the week to Thursday.'], phrase: 'the week to Thursday', value: '2028-05-12/2028-05-18' },
    { published: DIGEST, offset: US, lines: ['In case you missed it: the transit authority raised fares on Monday.'], phrase: 'Monday', value: '2028-05-15' },
    { published: DIGEST, offset: US, lines: ['The school board meets again on Tuesday, May 23.'], phrase: 'Tuesday, May 23', value: '2028-05-23' },
    { published: DIGEST, offset: US, lines: ['The week in review: May 15\u201319'], phrase: 'May 15\u201319', value: '2028-05-15/2028-05-19' },
    { published: DIGEST, offset: US, lines: ['Earlier this month, the agency fined the landlord.'], phrase: 'Earlier this month', value: '2028-05-01/2028-05-19' },
    { published: DIGEST, offset: US, lines: ['The landlord appealed on the 3rd and lost on the 10th.'], phrase: 'the 10th', value: '2028-05-10' },
    { published: DIGEST, offset: US, lines: ['A hearing on the fines is set for later this month.'], phrase: 'later this month', value: '2028-05-19/2028-05-31' },
    { published: DIGEST, offset: US, lines: ['Friday\u2019s jobs report is due at 8:30 a.m.'], phrase: 'Friday', value: '2028-05-19' },
  ],
  'Q&As written a year on': [
    { published: YEAR_ON, offset: UK, lines: ['The dam failed a year ago this week.'], phrase: 'a year ago this week', value: '2028-03-13/2028-03-19' },
    { published: YEAR_ON, offset: UK, lines: ['Q: What happened on March 5, 2028?'], phrase: 'March 5, 2028', value: '2028-03-05' },
    { published: YEAR_ON, offset: UK, lines: ['A: The inquiry began taking evidence in April last year.'], phrase: 'April last year', value: '2028-04' },
    { published: YEAR_ON, offset: UK, lines: ['Repairs started last year.'], phrase: 'last year', value: '2028' },
    { published: YEAR_ON, offset: UK, lines: ['The first hearings were held last spring.'], phrase: 'last spring', value: '2028-03-01/2028-05-31' },
    { published: YEAR_ON, offset: UK, lines: ['This time last year, the valley was under water.'], phrase: 'This time last year', value: '2028-03' },
    { published: YEAR_ON, offset: UK, lines: ['Q: When will the report be published?', 'A: The chair has promised it by June.'], phrase: 'June', value: '2029-06' },
    { published: YEAR_ON, offset: UK, lines: ['Q: Has anyone been charged?', 'A: Two managers were charged in December.'], phrase: 'December', value: '2028-12' },
    { published: YEAR_ON, offset: UK, lines: ['The last residents moved back in January.'], phrase: 'January', value: '2029-01' },
    { published: YEAR_ON, offset: UK, lines: ['The operator was fined \u00a34m in the autumn.'], phrase: 'the autumn', value: '2028-09-01/2028-11-30' },
    { published: YEAR_ON, offset: UK, lines: ['A memorial service will be held on Sunday.'], phrase: 'Sunday', value: '2029-03-18' },
    { published: YEAR_ON, offset: UK, lines: ['Q: What changed after the disaster?', 'A: In the summer of 2028, inspections doubled.'], phrase: 'the summer of 2028', value: '2028-06-01/2028-08-31' },
  ],
  'press releases and transcripts': [
    { published: RELEASE, offset: US, lines: ['FOR IMMEDIATE RELEASE', 'April 26, 2028'], phrase: 'April 26, 2028', value: '2028-04-26' },
    { published: RELEASE, offset: US, lines: ['FOR IMMEDIATE RELEASE', 'Hollis Biotech names new finance chief', 'DENVER, April 26, 2028 \u2014 Hollis Biotech today named a new chief financial officer.'], phrase: 'today', value: '2028-04-26' },
    { published: RELEASE, offset: US, lines: ['The company had 1,200 confirmed orders as of 5 p.m. ET.'], phrase: '5 p.m. ET', value: '2028-04-26' },
    { published: RELEASE, offset: US, lines: ['The company had 1,180 confirmed orders as of 5 p.m. ET Tuesday.'], phrase: 'Tuesday', value: '2028-04-25' },
    { published: RELEASE, offset: US, lines: ['Cash and equivalents stood at $41 million as of March 31, 2028.'], phrase: 'March 31, 2028', value: '2028-03-31' },
    { published: RELEASE, offset: UK, lines: ['EMBARGOED UNTIL 00:01 BST THURSDAY 27 APRIL 2028'], phrase: '27 APRIL 2028', value: '2028-04-27' },
    { published: RELEASE, offset: US, lines: ['TRANSCRIPT: Press briefing, Tuesday, April 25, 2028'], phrase: 'April 25, 2028', value: '2028-04-25' },
    { published: RELEASE, offset: US, lines: ['Release date: 04/25/2028'], phrase: '04/25/2028', value: '2028-04-25' },
    { published: RELEASE, offset: US, lines: ['The company will host a conference call at 8:30 a.m. ET tomorrow.'], phrase: 'tomorrow', value: '2028-04-27' },
    { published: RELEASE, offset: US, lines: ['Q: When did you file?', 'MS. ORTEGA: We filed with the regulator on Monday.'], phrase: 'Monday', value: '2028-04-24' },
    { published: RELEASE, offset: US, lines: ['The offer expires at 5 p.m. ET on May 10, 2028, unless extended.'], phrase: 'May 10, 2028', value: '2028-05-10' },
    { published: RELEASE, offset: US, lines: ['The annual meeting of shareholders will take place on June 14.'], phrase: 'June 14', value: '2028-06-14' },
    { published: RELEASE, offset: US, lines: ['The acquisition is expected to close in the third quarter of 2028.'], phrase: 'the third quarter of 2028', value: '2028-07-01/2028-09-30' },
    { published: RELEASE, offset: US, lines: ['Results for the quarter ended March 31 were in line with guidance.'], phrase: 'March 31', value: '2028-03-31' },
  ],
  'markets language': [
    { published: MARKETS, offset: US, lines: ['Shares of the chipmaker jumped 9% after the close on Wednesday.'], phrase: 'Wednesday', value: '2028-05-17' },
    { published: MARKETS, offset: US, lines: ['The stock slipped 2% at Thursday\u2019s close.'], phrase: 'Thursday', value: '2028-05-18' },
    { published: MARKETS, offset: US, lines: ['The shares fell 4% in after-hours trading on Thursday.'], phrase: 'Thursday', value: '2028-05-18' },
    { published: MARKETS, offset: US, lines: ['Futures pointed higher early on Friday.', 'The retailer\u2019s shares rose 3% in pre-market trading.'], phrase: 'in pre-market trading', value: '2028-05-19' },
    { published: MARKETS, offset: US, lines: ['Revenue rose 11% in Q1 2023, the company said.'], phrase: 'Q1 2023', value: '2023-01-01/2023-03-31' },
    { published: MARKETS, offset: US, lines: ['Revenue fell in the first quarter.'], phrase: 'the first quarter', value: '2028-01-01/2028-03-31' },
    { published: MARKETS, offset: US, lines: ['The company lost money in Q4.'], phrase: 'Q4', value: '2027-10-01/2027-12-31' },
    { published: MARKETS, offset: US, lines: ['Full-year 2027 profit doubled.'], phrase: '2027', value: '2027' },
    { published: MARKETS, offset: US, lines: ['The index is up 6% year to date.'], phrase: 'year to date', value: '2028-01-01/2028-05-19' },
    { published: MARKETS, offset: US, lines: ['The index is down 2% month to date.'], phrase: 'month to date', value: '2028-05-01/2028-05-19' },
    { published: MARKETS, offset: US, lines: ['Treasury yields climbed on Monday after the jobs data.'], phrase: 'Monday', value: '2028-05-15' },
    { published: MARKETS, offset: US, lines: ['Oil settled at $81.20 a barrel on Tuesday.'], phrase: 'Tuesday', value: '2028-05-16' },
    { published: MARKETS, offset: US, lines: ['Traders are braced for the central bank\u2019s decision next Wednesday.'], phrase: 'next Wednesday', value: '2028-05-24' },
    { published: MARKETS, offset: US, lines: ['The bank reports second-quarter earnings on July 14.'], phrase: 'July 14', value: '2028-07-14' },
    { published: MARKETS, offset: US, lines: ['Stocks posted their best week since March.'], phrase: 'March', value: '2028-03' },
    { published: MARKETS, offset: US, lines: ['The yen hit its weakest level since 1990 against the dollar.'], phrase: '1990', value: '1990' },
  ],
};

/** Expressions that name no date here. */
const undated: Probe[] = [
  // loose stretches from a happening, and stretches up to now
  { published: OPED, offset: UK, lines: [FAILED_DATE, 'In the weeks that followed, the council said little.'], phrase: 'the weeks that followed', value: null },
  { published: YEAR_ON, offset: UK, lines: ['In March 2028, the dam failed.', 'Since then, 40 homes have been rebuilt.'], phrase: 'Since then', value: null },
  { published: YEAR_ON, offset: UK, lines: ['In the year since, the operator has changed hands.'], phrase: 'the year since', value: null },
  { published: YEAR_ON, offset: UK, lines: ['Over the past 12 months, 300 families have returned.'], phrase: 'the past 12 months', value: null },
  { published: YEAR_ON, offset: UK, lines: ['Twelve months on, the valley is green again.'], phrase: 'Twelve months on', value: null },
  // finance that names no calendar span
  { published: MARKETS, offset: US, lines: ['Sales grew 7% in fiscal 2024.'], phrase: 'fiscal 2024', value: null },
  { published: MARKETS, offset: US, lines: ['The stock hit a 52-week high.'], phrase: '52-week', value: null },
  { published: MARKETS, offset: US, lines: ['The 10-year yield rose to 4.6%.'], phrase: '10-year', value: null },
  { published: MARKETS, offset: US, lines: ['The shares crossed their 50-day moving average.'], phrase: '50-day', value: null },
  { published: MARKETS, offset: US, lines: ['The board approved a 2-for-1 stock split.'], phrase: '2-for-1', value: null },
  { published: MARKETS, offset: US, lines: ['The average 30-year mortgage rate fell to 6.8%.'], phrase: '30-year', value: null },
  { published: MARKETS, offset: US, lines: ['The company filed a Form 8-K with regulators.'], phrase: '8-K', value: null },
  { published: MARKETS, offset: US, lines: ['Executives sold shares under a Rule 10b5-1 plan.'], phrase: '10b5-1', value: null },
  { published: MARKETS, offset: US, lines: ['Sales rose 3% on a quarter-on-quarter basis.'], phrase: 'quarter-on-quarter', value: null },
  { published: MARKETS, offset: US, lines: ['The fund returned 12.5% over three years.'], phrase: 'three years', value: null },
  { published: MARKETS, offset: US, lines: ['The bank raised $2.4 billion in the bond sale.'], phrase: '2.4', value: null },
  { published: MARKETS, offset: US, lines: ['The central bank held its rate at 5.25%.'], phrase: '5.25', value: null },
  { published: MARKETS, offset: US, lines: ['Markets trade 24/7 in crypto.'], phrase: '24/7', value: null },
  // dates used as names, clock times in habits, numbers in releases
  { published: RELEASE, offset: US, lines: ['Visitors to the 9/11 memorial fell last year.'], phrase: '9/11', value: null },
  { published: RELEASE, offset: US, lines: ['The post-9/11 rules on cargo still apply.'], phrase: '9/11', value: null },
  { published: RELEASE, offset: US, lines: ['The helpline is open at 9 a.m. daily.'], phrase: '9 a.m.', value: null },
  { published: RELEASE, offset: US, lines: ['Media contact: 555-0143.'], phrase: '555-0143', value: null },
  { published: RELEASE, offset: US, lines: ['About three quarters of staff, or 3/4, voted yes.'], phrase: '3/4', value: null },
  { published: RELEASE, offset: US, lines: ['The plant is certified to ISO 9001.'], phrase: '9001', value: null },
  { published: RELEASE, offset: US, lines: ['The firm settled for $1.25 million.'], phrase: '1.25', value: null },
  { published: DIGEST, offset: US, lines: ['The senate passed the transit bill 31-8.'], phrase: '31-8', value: null },
  { published: DIGEST, offset: US, lines: ['Turnout was 41.7% in the runoff.'], phrase: '41.7', value: null },
  { published: DIGEST, offset: US, lines: ['Councillors plan to march on city hall.'], phrase: 'march', value: null },
  { published: OPED, offset: UK, lines: ['The valley\u2019s 1,200 residents lost everything.'], phrase: '1,200', value: null },
  { published: OPED, offset: UK, lines: ['The dam, built in 1962 for \u00a33m, was 45 metres high.'], phrase: '45 metres', value: null },
];

const titleOf = (probe: Probe): string =>
  `${probe.published}${probe.offset ? ` ${probe.offset}` : ''}: "${probe.phrase}" in "${probe.lines[probe.line ?? probe.lines.length - 1]}" → ${probe.value ?? 'no date'}`;

for (const [family, probes] of Object.entries(families)) {
  describe(`probe 10, ${family}`, () => {
    for (const probe of probes) {
      (probe.gap ? it.fails : it)(titleOf(probe), () => {
        const values = valuesAt(probe);
        expect(values.length).toBeGreaterThan(0);
        expect(values.every((value) => value === probe.value)).toBe(true);
      });
    }
  });
}

describe('probe 10, what names no date', () => {
  for (const probe of undated) {
    (probe.gap ? it.fails : it)(titleOf(probe), () => {
      expect(valuesAt(probe).every((value) => value === null)).toBe(true);
    });
  }
});
