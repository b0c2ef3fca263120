/**
 * Probe 7: house styles the first six probes cover least — Indian and Pakistani English papers, Australian and
 * Canadian papers, African wires, financial wires ("by 1900 GMT"), broadcasters' tickers, parliamentary records,
 * sports fixture lists, court listings and press releases ("Date: 05.03.2025") — and the forms they share: day-first
 * dotted dates, "FY25", "H1 2026", "mid-2026", "the turn of the year", "on the eve of the vote", "the night of 6-7
 * March", "between 3 and 5 March". Every sentence is made up for this probe; each has a pinned publication day and the
 * outlet's zone, and the value a careful reader would give, or no date. The last sentence holds the expression.
 *
 * `value`: every mention overlapping the expression must have it (and there must be one); `null`: nothing there may
 * resolve (a duration, an age, a score, a model or mission number, "24/7", a count, an address, a fiscal year).
 * `gap` marks a case the resolver does not get right yet (it.fails: it turns red once fixed, so the mark goes).
 *
 * Decisions: "the night of 6-7 March" is both days (as "overnight Sunday into Monday" is); a wire's clock time with no
 * day ("by 1900 GMT") is the publication day; "the 3rd" after a verb that looks ahead is the next 3rd after
 * publication; a present simple with a fixture or scheduled-event noun ("faces … in the election on November 2", "the
 * final is on …") reads forward; "by the end of July" is July (a deadline, as "by the end of the year" is the year);
 * "the turn of the year" names no span a reader would agree on (no date); "H1 2026" is the calendar half, "FY25" no
 * calendar span.
 */
import { describe, expect, it } from 'vitest';
import { valuesAt, type DatePage } from './date-probe';

interface Probe extends DatePage {
  value: string | null;
}

// Weekdays of the pinned days: 2026-03-12 Thu, 2026-03-05 Thu, 2026-01-20 Tue, 2026-04-08 Wed, 2026-02-17 Tue,
// 2026-11-18 Wed, 2026-06-24 Wed, 2026-08-07 Fri, 2026-09-14 Mon, 2025-03-05 Wed, 2027-02-10 Wed.
const DESI = '2026-03-12';
const OZ = '2026-03-05';
const CANADA = '2026-01-20';
const AFRICA = '2026-04-08';
const MARKETS = '2026-02-17';
const TICKER = '2026-11-18';
const HOUSE = '2026-06-24';
const FIXTURES = '2026-08-07';
const LISTING = '2026-09-14';
const RELEASE = '2025-03-05';
const CAMPAIGN = '2027-02-10';
const IST = '+05:30';
const PKT = '+05:00';
const AEDT = '+11:00';
const EST = '-05:00';
const WAT = '+01:00';
const EAT = '+03:00';
const UK = '+01:00';

const families: Record<string, Probe[]> = {
  'Indian English': [
    { published: DESI, offset: IST, lines: ['The bill was tabled in the Lok Sabha on 9th March, 2026.'], phrase: '9th March, 2026', value: '2026-03-09' },
    { published: DESI, offset: IST, lines: ['The accused was produced before the magistrate on Tuesday.'], phrase: 'on Tuesday', value: '2026-03-10' },
    { published: DESI, offset: IST, lines: ['The police registered an FIR on 10.03.2026 after the complaint.'], phrase: '10.03.2026', value: '2026-03-10' },
    { published: DESI, offset: IST, lines: ['The hearing has been adjourned to March 25.'], phrase: 'March 25', value: '2026-03-25' },
    { published: DESI, offset: IST, lines: ['The monsoon session of Parliament will begin from July 20.'], phrase: 'July 20', value: '2026-07-20' },
    { published: DESI, offset: IST, lines: ['Police said the burglary took place on the night of 6-7 March.'], phrase: '6-7 March', value: '2026-03-06/2026-03-07' },
    { published: DESI, offset: IST, lines: ['Counting of votes ended on Wednesday evening.'], phrase: 'Wednesday evening', value: '2026-03-11' },
    { published: DESI, offset: IST, lines: ['The state government will present its budget in mid-2026.'], phrase: 'mid-2026', value: '2026-05-01/2026-08-31' },
    { published: DESI, offset: IST, lines: ['Heavy rain is forecast between 14 and 16 March.'], phrase: '14 and 16 March', value: '2026-03-14/2026-03-16' },
    { published: DESI, offset: IST, lines: ['The tribunal will deliver its order on the 20th.'], phrase: 'the 20th', value: '2026-03-20' },
  ],
  'Pakistani English': [
    { published: DESI, offset: PKT, lines: ['The Senate elections will be held on March 28.'], phrase: 'March 28', value: '2026-03-28' },
    { published: DESI, offset: PKT, lines: ['The ECP issued the election schedule on 5th March.'], phrase: '5th March', value: '2026-03-05' },
    { published: DESI, offset: PKT, lines: ['The high court reserved its verdict on Monday.'], phrase: 'on Monday', value: '2026-03-09' },
    { published: DESI, offset: PKT, lines: ['Petrol prices will be revised on the 15th.'], phrase: 'the 15th', value: '2026-03-15' },
    { published: DESI, offset: PKT, lines: ['Inflation eased to 2.4pc in February, the bureau said.'], phrase: 'February', value: '2026-02' },
    { published: DESI, offset: PKT, lines: ['Between 3 and 5 March, floods cut the Karakoram Highway.'], phrase: '3 and 5 March', value: '2026-03-03/2026-03-05' },
    { published: DESI, offset: PKT, lines: ['The president signed the ordinance on 11-03-2026.'], phrase: '11-03-2026', value: '2026-03-11' },
    { published: DESI, offset: PKT, lines: ['The assembly was dissolved last month.'], phrase: 'last month', value: '2026-02' },
    { published: DESI, offset: PKT, lines: ['The caretaker cabinet took oath on Saturday night.'], phrase: 'Saturday night', value: '2026-03-07' },
  ],
  'Australian papers': [
    { published: OZ, offset: AEDT, lines: ['The Reserve Bank left the cash rate on hold on Tuesday.'], phrase: 'on Tuesday', value: '2026-03-03' },
    { published: OZ, offset: AEDT, lines: ['The bushfire started on 28 February near the coast.'], phrase: '28 February', value: '2026-02-28' },
    { published: OZ, offset: AEDT, lines: ['The royal commission will hand down its report by mid-2026.'], phrase: 'mid-2026', value: '2026-05-01/2026-08-31' },
    { published: OZ, offset: AEDT, lines: ['The figures were published on 4/3/2026.'], phrase: '4/3/2026', value: '2026-03-04' },
    { published: OZ, offset: AEDT, lines: ['Between 2 and 4 March, more than 200mm of rain fell on the town.'], phrase: '2 and 4 March', value: '2026-03-02/2026-03-04' },
    { published: OZ, offset: AEDT, lines: ['Polls close at 6pm AEDT on Saturday.'], phrase: 'Saturday', value: '2026-03-07' },
    { published: OZ, offset: AEDT, lines: ['The Matildas face Japan in the final on Sunday night.'], phrase: 'Sunday night', value: '2026-03-08' },
    { published: OZ, offset: AEDT, lines: ['Parliament resumes next Tuesday.'], phrase: 'next Tuesday', value: '2026-03-10' },
    { published: OZ, offset: AEDT, lines: ['The treasurer will deliver the budget in May.'], phrase: 'May', value: '2026-05' },
  ],
  'Canadian papers': [
    { published: CANADA, offset: EST, lines: ['The House of Commons returns on Jan. 26.'], phrase: 'Jan. 26', value: '2026-01-26' },
    { published: CANADA, offset: EST, lines: ['The Bank of Canada will announce its rate decision Wednesday.'], phrase: 'Wednesday', value: '2026-01-21' },
    { published: CANADA, offset: EST, lines: ['The storm dumped 40 centimetres of snow on Sunday.'], phrase: 'on Sunday', value: '2026-01-18' },
    { published: CANADA, offset: EST, lines: ['Ottawa tabled its fall economic statement on Nov. 4.'], phrase: 'Nov. 4', value: '2025-11-04' },
    { published: CANADA, offset: EST, lines: ['The byelection is set for the 9th.'], phrase: 'the 9th', value: '2026-02-09' },
    { published: CANADA, offset: EST, lines: ['The new carbon rules take effect on April 1.'], phrase: 'April 1', value: '2026-04-01' },
    { published: CANADA, offset: EST, lines: ['Unemployment rose to 6.8 per cent in December.'], phrase: 'December', value: '2025-12' },
    { published: CANADA, offset: EST, lines: ['The strike began on Jan. 12 and has closed 40 schools.'], phrase: 'Jan. 12', value: '2026-01-12' },
    { published: CANADA, offset: EST, lines: ['The premier called the vote last Thursday.'], phrase: 'last Thursday', value: '2026-01-15' },
  ],
  'African wires': [
    { published: AFRICA, offset: EAT, lines: ["NAIROBI, April 8 (Wire) - Kenya's central bank cut its key rate on Tuesday."], phrase: 'on Tuesday', value: '2026-04-07' },
    { published: AFRICA, offset: WAT, lines: ['The naira fell to 1,520 per dollar on Monday.'], phrase: 'on Monday', value: '2026-04-06' },
    { published: AFRICA, offset: WAT, lines: ['The strike by doctors began on 30 March.'], phrase: '30 March', value: '2026-03-30' },
    { published: AFRICA, offset: WAT, lines: ['The National Assembly will sit on 14.04.2026.'], phrase: '14.04.2026', value: '2026-04-14' },
    { published: AFRICA, offset: WAT, lines: ['The governor was sworn in on 29 May 2023.'], phrase: '29 May 2023', value: '2023-05-29' },
    { published: AFRICA, offset: EAT, lines: ['Fuel prices rose by 15% in the first quarter.'], phrase: 'the first quarter', value: '2026-01-01/2026-03-31' },
    { published: AFRICA, offset: EAT, lines: ['Voting is due to end at 1800 GMT.'], phrase: '1800 GMT', value: '2026-04-08' },
    { published: AFRICA, offset: EAT, lines: ['The rains are expected to begin in the second half of April.'], phrase: 'April', value: '2026-04-16/2026-04-30' },
    { published: AFRICA, offset: WAT, lines: ['The tribunal adjourned the petition to April 21.'], phrase: 'April 21', value: '2026-04-21' },
  ],
  'financial wires': [
    { published: MARKETS, time: '20:30', lines: ['Brent crude rose 1.2% to $81.40 a barrel by 1900 GMT.'], phrase: '1900 GMT', value: '2026-02-17' },
    { published: MARKETS, time: '20:30', lines: ['The dollar was flat at 0830 GMT on Tuesday.'], phrase: 'Tuesday', value: '2026-02-17' },
    { published: MARKETS, time: '20:30', lines: ['Gold was up 0.4% at 1505 GMT.'], phrase: '1505 GMT', value: '2026-02-17' },
    { published: MARKETS, time: '20:30', lines: ['Euro zone inflation data is due at 1000 GMT on Wednesday.'], phrase: 'Wednesday', value: '2026-02-18' },
    { published: MARKETS, time: '20:30', lines: ['Bids must be in by 0600 GMT on Thursday.'], phrase: 'Thursday', value: '2026-02-19' },
    { published: MARKETS, lines: ["The Fed's next policy meeting is on March 17-18."], phrase: 'March 17-18', value: '2026-03-17/2026-03-18' },
    { published: MARKETS, lines: ['Shares closed at a record high on Monday.'], phrase: 'on Monday', value: '2026-02-16' },
    { published: MARKETS, lines: ['The group will report H1 2026 results in August.'], phrase: 'H1 2026', value: '2026-01-01/2026-06-30' },
    { published: MARKETS, lines: ['The group will report H1 2026 results in August.'], phrase: 'August', value: '2026-08' },
    { published: MARKETS, lines: ['The lender expects margins to widen in H2 2026.'], phrase: 'H2 2026', value: '2026-07-01/2026-12-31' },
    { published: MARKETS, lines: ['At the end of the month, the fund held $4bn in cash.'], phrase: 'the end of the month', value: '2026-01-21/2026-01-31' },
    { published: MARKETS, lines: ['Net debt stood at $2.1bn at the end of the year.'], phrase: 'the end of the year', value: '2025-09-01/2025-12-31' },
    { published: MARKETS, lines: ['The bank will publish its outlook at the start of next month.'], phrase: 'the start of next month', value: '2026-03-01/2026-03-10' },
  ],
  'broadcast tickers': [
    { published: TICKER, lines: ['BREAKING: Prime minister to make statement at 1600 GMT'], phrase: '1600 GMT', value: '2026-11-18' },
    { published: TICKER, lines: ['LATEST: Polls open at 7am tomorrow in the by-election'], phrase: 'tomorrow', value: '2026-11-19' },
    { published: TICKER, lines: ['Storm warning in force until 9pm tonight'], phrase: 'tonight', value: '2026-11-18' },
    // gap: a headline's participle ("called off") is read as a past verb over "for Friday"
    { published: TICKER, lines: ['Rail strike called off for Friday'], phrase: 'Friday', value: '2026-11-20', gap: true },
    { published: TICKER, lines: ['Police appeal for witnesses after a crash on the A38 at about 23:40 on Monday'], phrase: 'Monday', value: '2026-11-16' },
    { published: TICKER, lines: ["Watch: highlights from Saturday's derby"], phrase: 'Saturday', value: '2026-11-14' },
    { published: TICKER, lines: ['Chancellor to deliver Budget on 26 November'], phrase: '26 November', value: '2026-11-26' },
    { published: TICKER, lines: ['Markets: FTSE 100 closed down 0.6% on Tuesday'], phrase: 'Tuesday', value: '2026-11-17' },
  ],
  'parliamentary records': [
    { published: HOUSE, offset: UK, lines: ['The Minister made a statement to the House on 23 June 2026.'], phrase: '23 June 2026', value: '2026-06-23' },
    { published: HOUSE, offset: UK, lines: ['The Bill was read a second time on Tuesday 16 June.'], phrase: '16 June', value: '2026-06-16' },
    { published: HOUSE, offset: UK, lines: ['Debate to be resumed on Thursday.'], phrase: 'Thursday', value: '2026-06-25' },
    { published: HOUSE, offset: UK, lines: ['The Member for Leeds North was first elected in July 2024.'], phrase: 'July 2024', value: '2024-07' },
    { published: HOUSE, offset: UK, lines: ['Written statement made on 22 June 2026 (HCWS412).'], phrase: '22 June 2026', value: '2026-06-22' },
    { published: HOUSE, offset: UK, lines: ['The vote on the Bill was held on 10 June.', 'On the eve of the vote, the whips counted heads.'], phrase: 'the eve of the vote', value: '2026-06-09' },
    { published: HOUSE, offset: UK, lines: ['The Committee will report by the end of July.'], phrase: 'the end of July', value: '2026-07' },
    { published: HOUSE, offset: UK, lines: ['The House last sat on a Friday on 12 June.'], phrase: '12 June', value: '2026-06-12' },
  ],
  'sports fixtures': [
    { published: FIXTURES, offset: UK, lines: ['Arsenal v Chelsea, Saturday 15 August, 12.30pm'], phrase: '15 August', value: '2026-08-15' },
    { published: FIXTURES, offset: UK, lines: ['Fixtures: Sat 8 Aug: Leeds v Spurs (3pm)'], phrase: '8 Aug', value: '2026-08-08' },
    { published: FIXTURES, offset: UK, lines: ['Kick-off is at 8pm on Sunday.'], phrase: 'Sunday', value: '2026-08-09' },
    { published: FIXTURES, offset: UK, lines: ['The Ashes series starts on 21 November.'], phrase: '21 November', value: '2026-11-21' },
    { published: FIXTURES, offset: UK, lines: ['The new season kicks off next weekend.'], phrase: 'next weekend', value: '2026-08-15/2026-08-16' },
    { published: FIXTURES, offset: UK, lines: ['United won 2-0 at Old Trafford on Wednesday night.'], phrase: 'Wednesday night', value: '2026-08-05' },
    { published: FIXTURES, offset: UK, lines: ['England play Wales in the final on Sunday.'], phrase: 'Sunday', value: '2026-08-09' },
    { published: FIXTURES, offset: UK, lines: ['The draw for the third round takes place on Monday.'], phrase: 'Monday', value: '2026-08-10' },
  ],
  'court listings': [
    { published: LISTING, offset: UK, lines: ['Listed for mention: 21.09.2026, Court 4, 10am.'], phrase: '21.09.2026', value: '2026-09-21' },
    { published: LISTING, offset: UK, lines: ['The case was adjourned to 2 October.'], phrase: '2 October', value: '2026-10-02' },
    { published: LISTING, offset: UK, lines: ['Sentencing is set for the 30th.'], phrase: 'the 30th', value: '2026-09-30' },
    { published: LISTING, offset: UK, lines: ['The hearing is listed for the 3rd.'], phrase: 'the 3rd', value: '2026-10-03' },
    { published: LISTING, offset: UK, lines: ['Bail was refused on Friday.'], phrase: 'on Friday', value: '2026-09-11' },
    { published: LISTING, offset: UK, lines: ['The jury was sworn in on the 7th.'], phrase: 'the 7th', value: '2026-09-07' },
    { published: LISTING, offset: UK, lines: ['A pre-trial review will be held on 5.10.2026.'], phrase: '5.10.2026', value: '2026-10-05' },
  ],
  'press releases': [
    { published: RELEASE, offset: UK, lines: ['Date: 05.03.2025'], phrase: '05.03.2025', value: '2025-03-05' },
    { published: RELEASE, offset: UK, lines: ['The new plant will open in H2 2025.'], phrase: 'H2 2025', value: '2025-07-01/2025-12-31' },
    { published: RELEASE, offset: UK, lines: ['Registration closes on 31.03.2025.'], phrase: '31.03.2025', value: '2025-03-31' },
    { published: RELEASE, offset: UK, lines: ['The company was founded in 1998.'], phrase: '1998', value: '1998' },
    { published: RELEASE, offset: UK, lines: ['The offer is valid until 30 April.'], phrase: '30 April', value: '2025-03-05/2025-04-30' },
    { published: RELEASE, offset: UK, lines: ['The fair runs from 10 to 12 April.'], phrase: '10 to 12 April', value: '2025-04-10/2025-04-12' },
    { published: RELEASE, offset: UK, lines: ['FOR IMMEDIATE RELEASE: 4 March 2025'], phrase: '4 March 2025', value: '2025-03-04' },
    { published: RELEASE, offset: UK, lines: ['The results for FY25 will be published on 14 May.'], phrase: '14 May', value: '2025-05-14' },
  ],
  'scheduled events in the present': [
    { published: CAMPAIGN, lines: ['He faces Ana Ruiz in the general election on November 2.'], phrase: 'November 2', value: '2027-11-02' },
    { published: CAMPAIGN, lines: ['The summit opens in Lisbon on November 30.'], phrase: 'November 30', value: '2027-11-30' },
    { published: CAMPAIGN, lines: ['She faced Ana Ruiz in the general election on November 2.'], phrase: 'November 2', value: '2026-11-02' },
    { published: CAMPAIGN, lines: ['The vote on the budget is on Tuesday.'], phrase: 'Tuesday', value: '2027-02-16' },
  ],
};

/** Expressions that name no date here. */
const undated: Probe[] = [
  { published: DESI, offset: IST, lines: ['The company reported a record profit in FY25.'], phrase: 'FY25', value: null },
  { published: DESI, offset: IST, lines: ['Sales rose 12% in H1 FY26.'], phrase: 'FY26', value: null },
  { published: DESI, offset: IST, lines: ['The victim, 34, was taken to hospital.'], phrase: '34', value: null },
  { published: DESI, offset: IST, lines: ['The helpline will work 24/7 during the festival.'], phrase: '24/7', value: null },
  { published: DESI, offset: IST, lines: ['The PSLV-C62 mission carried 18 satellites.'], phrase: 'PSLV-C62', value: null },
  { published: DESI, offset: IST, lines: ['The office is at 2026 Ring Road, Lajpat Nagar.'], phrase: '2026 Ring Road', value: null },
  { published: DESI, offset: PKT, lines: ['The match was delayed by 45 minutes because of rain.'], phrase: '45 minutes', value: null },
  { published: DESI, offset: PKT, lines: ['Pakistan won by 7 wickets with 12 balls to spare.'], phrase: '12 balls', value: null },
  // gap: an Australian fiscal half named by its closing month is read as the month
  { published: OZ, offset: AEDT, lines: ['The company posted a loss in the December half.'], phrase: 'December', value: null, gap: true },
  { published: OZ, offset: AEDT, lines: ['Trading will resume at the turn of the year.'], phrase: 'the turn of the year', value: null },
  { published: OZ, offset: AEDT, lines: ['The Swans beat the Giants 12.10 (82) to 9.8 (62).'], phrase: '12.10', value: null },
  { published: CANADA, offset: EST, lines: ['The strike, now in its 12th day, has closed schools.'], phrase: '12th day', value: null },
  { published: CANADA, offset: EST, lines: ['The province hired 1,200 nurses over two years.'], phrase: 'two years', value: null },
  { published: AFRICA, offset: EAT, lines: ['The commission will announce results within 72 hours.'], phrase: '72 hours', value: null },
  { published: AFRICA, offset: WAT, lines: ['The flight from Lagos to Abuja takes 75 minutes.'], phrase: '75 minutes', value: null },
  { published: AFRICA, offset: WAT, lines: ['Power cuts moved to stage 6 on the utility scale.'], phrase: 'stage 6', value: null },
  { published: MARKETS, lines: ['The 10-year yield rose 3 basis points.'], phrase: '10-year', value: null },
  { published: MARKETS, lines: ['The S&P 500 fell 0.8% and the Nasdaq lost 1.1%.'], phrase: '500', value: null },
  { published: MARKETS, lines: ['Profits in FY2025 rose 9%, the company said.'], phrase: 'FY2025', value: null },
  { published: TICKER, lines: ['Live: The Budget 2026 in full'], phrase: '2026', value: null },
  { published: HOUSE, offset: UK, lines: ['Question put and agreed to. Division No. 214.'], phrase: '214', value: null },
  { published: FIXTURES, offset: UK, lines: ['The final score was 3-1 after extra time.'], phrase: '3-1', value: null },
  { published: FIXTURES, offset: UK, lines: ['He has scored 21 goals in 34 games.'], phrase: '34 games', value: null },
  { published: FIXTURES, offset: UK, lines: ['Tickets for the 2026-27 season sold out.'], phrase: '2026-27 season', value: null },
  { published: LISTING, offset: UK, lines: ['The defendant, 42, of 12 Mill Lane, denies the charge.'], phrase: '12 Mill Lane', value: null },
  { published: LISTING, offset: UK, lines: ['He was remanded in custody for seven days.'], phrase: 'seven days', value: null },
  { published: LISTING, offset: UK, lines: ['The trial is expected to last three weeks.'], phrase: 'three weeks', value: null },
  { published: RELEASE, offset: UK, lines: ['Customer support is available 24/7.'], phrase: '24/7', value: null },
  { published: RELEASE, offset: UK, lines: ['The X200 model ships with a 5000mAh battery.'], phrase: 'X200', value: null },
];

const titleOf = (probe: Probe): string =>
  `${probe.published}${probe.offset ? ` ${probe.offset}` : ''}: "${probe.phrase}" in "${probe.lines[probe.line ?? probe.lines.length - 1]}" → ${probe.value ?? 'no date'}`;

for (const [family, probes] of Object.entries(families)) {
  describe(`probe 7, ${family}`, () => {
    for (const probe of probes) {
      (probe.gap ? it.fails : it)(titleOf(probe), () => {
        const values = valuesAt(probe);
        expect(values.length).toBeGreaterThan(0);
        expect(values.every((value) => value === probe.value)).toBe(true);
      });
    }
  });
}

describe('probe 7, what names no date', () => {
  for (const probe of undated) {
    (probe.gap ? it.fails : it)(titleOf(probe), () => {
      expect(valuesAt(probe).every((value) => value === null)).toBe(true);
    });
  }
});
