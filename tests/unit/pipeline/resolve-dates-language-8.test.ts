/**
 * Probe 8: press habits the first seven probes leave out — Irish and Scottish papers, New Zealand, South African,
 * Nigerian, Kenyan, Filipino, Malaysian and Gulf English dailies, US morning and evening television, business pages'
 * fiscal and sports seasons, European pages' day-first numbers, old commercial letters' "inst." and "ult." — and what
 * they share: a clock with its zone ("9pm AEST", "2am NZDT", "SAST", "WAT", "EAT", "PHT", "GST"), "midnight Sunday",
 * "overnight", "the week before last", "later this month", "earlier this year", "the coming weekend". Every sentence
 * is made up for this probe; each has a pinned publication day (all Wednesdays) and the outlet's zone, and the value a
 * careful reader would give, or no date. The last sentence holds the expression.
 *
 * `value`: every mention overlapping the expression must have it (and there must be one); `null`: nothing there may
 * resolve (a duration, an age, a score, a count, a model or route number, a fiscal year, a season, a name with a
 * number in it). `gap` marks a case the resolver does not get right yet (it.fails: it turns red once fixed).
 *
 * Decisions: "the 3rd inst." is the 3rd of the publication month, "the 28th ult." of the month before; "05/07/2026"
 * on a page east of UTC is day-first (as probe 6 decided); "the 2026-27 season", "FY27", "the spring term" and "the
 * academic year" name no calendar span; "Q2" is the calendar quarter; "midnight Sunday" is the Sunday; "the week before
 * last" is the Monday–Sunday week two before publication's; "the coming weekend" is the next Saturday–Sunday; "this
 * past week" (US) is the seven days up to publication; "the three months to March" is January to March; "overnight" is
 * the publication day (as probes 2 and 6 decided).
 */
import { describe, expect, it } from 'vitest';
import { valuesAt, type DatePage } from './date-probe';

interface Probe extends DatePage {
  value: string | null;
}

// Every pinned day is a Wednesday: 2026-10-14, 2027-03-03, 2026-09-23, 2026-06-10, 2026-05-20, 2026-08-26,
// 2026-11-25, 2027-01-13, 2026-04-29, 2026-12-02, 2026-07-08.
const IRISH = '2026-10-14';
const KIWI = '2027-03-03';
const CAPE = '2026-09-23';
const LAGOS = '2026-06-10';
const NAIROBI = '2026-05-20';
const MANILA = '2026-08-26';
const GULF = '2026-11-25';
const MORNING = '2027-01-13';
const RESULTS = '2026-04-29';
const EUROPE = '2026-12-02';
const LETTER = '2026-07-08';
const IST_IE = '+01:00';
const NZDT = '+13:00';
const SAST = '+02:00';
const WAT = '+01:00';
const EAT = '+03:00';
const PHT = '+08:00';
const GST = '+04:00';
const EST = '-05:00';
const CET = '+01:00';

const families: Record<string, Probe[]> = {
  'Irish and Scottish papers': [
    { published: IRISH, offset: IST_IE, lines: ['The Taoiseach told the Dáil on Tuesday that the budget would pass.'], phrase: 'on Tuesday', value: '2026-10-13' },
    { published: IRISH, offset: IST_IE, lines: ['Gardaí are appealing for witnesses to a collision on the N7 at about 11.30pm on Sunday.'], phrase: 'Sunday', value: '2026-10-11' },
    { published: IRISH, offset: IST_IE, lines: ['The Seanad will debate the bill next Tuesday.'], phrase: 'next Tuesday', value: '2026-10-20' },
    { published: IRISH, offset: IST_IE, lines: ['The by-election will be held on Friday, 30 October.'], phrase: '30 October', value: '2026-10-30' },
    { published: IRISH, offset: IST_IE, lines: ['The inquest heard that the man died on 2 September.'], phrase: '2 September', value: '2026-09-02' },
    { published: IRISH, offset: IST_IE, lines: ['Holyrood returned from recess the week before last.'], phrase: 'the week before last', value: '2026-09-28/2026-10-04' },
    { published: IRISH, offset: IST_IE, lines: ['The sheriff will sentence him later this month.'], phrase: 'later this month', value: '2026-10-14/2026-10-31' },
    { published: IRISH, offset: IST_IE, lines: ['Storm warnings were issued for the coming weekend.'], phrase: 'the coming weekend', value: '2026-10-17/2026-10-18' },
    { published: IRISH, offset: IST_IE, lines: ['Ferries to the islands were cancelled overnight.'], phrase: 'overnight', value: IRISH },
    { published: IRISH, offset: IST_IE, lines: ['Crowds lined the streets of Edinburgh at Hogmanay last year.'], phrase: 'last year', value: '2025' },
    { published: IRISH, offset: IST_IE, lines: ['Dublin Bus fares rose earlier this year.'], phrase: 'earlier this year', value: '2026-01-01/2026-10-14' },
  ],
  'New Zealand papers': [
    { published: KIWI, offset: NZDT, lines: ['The earthquake struck at 2.14am NZDT on Monday.'], phrase: 'Monday', value: '2027-03-01' },
    { published: KIWI, offset: NZDT, lines: ['The cyclone is forecast to make landfall on Friday.'], phrase: 'Friday', value: '2027-03-05' },
    { published: KIWI, offset: NZDT, lines: ['The Reserve Bank lifted the OCR on 24 February.'], phrase: '24 February', value: '2027-02-24' },
    { published: KIWI, offset: NZDT, lines: ['Waitangi Day was marked at the treaty grounds last month.'], phrase: 'last month', value: '2027-02' },
    // gap: a fixture's present with a place, not a contest, after it is read as past (probe 6's gap)
    { published: KIWI, offset: NZDT, lines: ['The Black Caps play India in Wellington on Saturday.'], phrase: 'Saturday', value: '2027-03-06' },
    { published: KIWI, offset: NZDT, lines: ['Road closures will stay in place until midnight Sunday.'], phrase: 'Sunday', value: '2027-03-07' },
    { published: KIWI, offset: NZDT, lines: ['The council voted on the plan at its meeting last Thursday.'], phrase: 'last Thursday', value: '2027-02-25' },
    { published: KIWI, offset: NZDT, lines: ['The general election will be held on 9 October.'], phrase: '9 October', value: '2027-10-09' },
    { published: KIWI, offset: NZDT, lines: ['Iwi leaders met ministers in Rotorua yesterday.'], phrase: 'yesterday', value: '2027-03-02' },
    { published: KIWI, offset: NZDT, lines: ['Fruit pickers were flown in a fortnight ago.'], phrase: 'a fortnight ago', value: '2027-02-17' },
  ],
  'South African papers': [
    { published: CAPE, offset: SAST, lines: ['Eskom said load-shedding would be suspended from 5am on Thursday.'], phrase: 'Thursday', value: '2026-09-24' },
    { published: CAPE, offset: SAST, lines: ['The president addressed the nation at 8pm SAST on Sunday.'], phrase: 'Sunday', value: '2026-09-20' },
    // gap: "falls on" a weekday, a calendar's present, is read as past
    { published: CAPE, offset: SAST, lines: ['Heritage Day falls on Thursday this year.'], phrase: 'Thursday', value: '2026-09-24' },
    { published: CAPE, offset: SAST, lines: ['The Constitutional Court handed down judgment on 15 September 2026.'], phrase: '15 September 2026', value: '2026-09-15' },
    { published: CAPE, offset: SAST, lines: ['The rand weakened to R18.40 to the dollar on Tuesday.'], phrase: 'on Tuesday', value: '2026-09-22' },
    { published: CAPE, offset: SAST, lines: ['The municipal workers downed tools last week.'], phrase: 'last week', value: '2026-09-14/2026-09-20' },
    { published: CAPE, offset: SAST, lines: ['The matter was postponed to 12 November.'], phrase: '12 November', value: '2026-11-12' },
    { published: CAPE, offset: SAST, lines: ['Taxi operators will hold a meeting over the weekend.'], phrase: 'the weekend', value: '2026-09-26/2026-09-27' },
    { published: CAPE, offset: SAST, lines: ['The Springboks beat the All Blacks at Ellis Park on Saturday.'], phrase: 'Saturday', value: '2026-09-19' },
    { published: CAPE, offset: SAST, lines: ['Matric exams start on 20 October.'], phrase: '20 October', value: '2026-10-20' },
  ],
  'Nigerian papers': [
    { published: LAGOS, offset: WAT, lines: ['The Senate adjourned plenary till Tuesday next week.'], phrase: 'Tuesday next week', value: '2026-06-16' },
    { published: LAGOS, offset: WAT, lines: ['The governor inaugurated the flyover on Monday.'], phrase: 'on Monday', value: '2026-06-08' },
    { published: LAGOS, offset: WAT, lines: ['The suspects were arraigned before the court on 4 June, 2026.'], phrase: '4 June, 2026', value: '2026-06-04' },
    { published: LAGOS, offset: WAT, lines: ['The strike will commence at 12 midnight on Sunday.'], phrase: 'Sunday', value: '2026-06-14' },
    { published: LAGOS, offset: WAT, lines: ['Democracy Day will be marked on June 12.'], phrase: 'June 12', value: '2026-06-12' },
    { published: LAGOS, offset: WAT, lines: ['The CBN held its MPC meeting last month.'], phrase: 'last month', value: '2026-05' },
    { published: LAGOS, offset: WAT, lines: ['The tribunal fixed 22/06/2026 for judgment.'], phrase: '22/06/2026', value: '2026-06-22' },
    { published: LAGOS, offset: WAT, lines: ['The flight landed in Abuja at 4.20pm WAT on Tuesday.'], phrase: 'Tuesday', value: '2026-06-09' },
    { published: LAGOS, offset: WAT, lines: ['Fuel queues returned to Lagos early this week.'], phrase: 'early this week', value: '2026-06-08/2026-06-10' },
    { published: LAGOS, offset: WAT, lines: ['The lecturers have been on strike since March.'], phrase: 'March', value: '2026-03' },
  ],
  'Kenyan papers': [
    { published: NAIROBI, offset: EAT, lines: ['The Cabinet Secretary appeared before the committee on Tuesday.'], phrase: 'on Tuesday', value: '2026-05-19' },
    { published: NAIROBI, offset: EAT, lines: ['Madaraka Day celebrations will be held in Nakuru on June 1.'], phrase: 'June 1', value: '2026-06-01' },
    { published: NAIROBI, offset: EAT, lines: ['The budget will be read on Thursday, June 11.'], phrase: 'June 11', value: '2026-06-11' },
    { published: NAIROBI, offset: EAT, lines: ['The matatu crashed at around 3am on Sunday.'], phrase: 'Sunday', value: '2026-05-17' },
    { published: NAIROBI, offset: EAT, lines: ['The shilling traded at 129 to the dollar at 0900 EAT.'], phrase: '0900 EAT', value: '2026-05-20' },
    { published: NAIROBI, offset: EAT, lines: ['Long rains are expected to ease later this month.'], phrase: 'later this month', value: '2026-05-20/2026-05-31' },
    { published: NAIROBI, offset: EAT, lines: ['The court quashed the tender on 14/05/2026.'], phrase: '14/05/2026', value: '2026-05-14' },
    { published: NAIROBI, offset: EAT, lines: ['Harambee Stars will face Uganda in Kampala next month.'], phrase: 'next month', value: '2026-06' },
    { published: NAIROBI, offset: EAT, lines: ['Police said the suspects were arrested on Friday night.'], phrase: 'Friday night', value: '2026-05-15' },
    { published: NAIROBI, offset: EAT, lines: ['The county assemblies passed the bill in April.'], phrase: 'April', value: '2026-04' },
  ],
  'Filipino and Malaysian papers': [
    { published: MANILA, offset: PHT, lines: ['Classes were suspended in Metro Manila on Monday due to the typhoon.'], phrase: 'on Monday', value: '2026-08-24' },
    { published: MANILA, offset: PHT, lines: ['The storm made landfall at 10:30 p.m. PHT on Tuesday.'], phrase: 'Tuesday', value: '2026-08-25' },
    // gap: the day a past declaration names is read as past
    { published: MANILA, offset: PHT, lines: ['Malacañang declared August 31 a regular holiday.'], phrase: 'August 31', value: '2026-08-31' },
    { published: MANILA, offset: PHT, lines: ['The Senate will resume session on Monday, August 31.'], phrase: 'August 31', value: '2026-08-31' },
    { published: MANILA, offset: PHT, lines: ['The senator filed the bill last August 3.'], phrase: 'August 3', value: '2026-08-03' },
    { published: MANILA, offset: PHT, lines: ['The ringgit closed firmer against the US dollar yesterday.'], phrase: 'yesterday', value: '2026-08-25' },
    { published: MANILA, offset: PHT, lines: ['Parliament will sit again on 5 October.'], phrase: '5 October', value: '2026-10-05' },
    { published: MANILA, offset: PHT, lines: ['Merdeka Day falls on Monday next week.'], phrase: 'Monday next week', value: '2026-08-31' },
    { published: MANILA, offset: PHT, lines: ['The suspect was nabbed in a buy-bust operation at dawn on Sunday.'], phrase: 'Sunday', value: '2026-08-23' },
    { published: MANILA, offset: PHT, lines: ['Jeepney drivers held a transport strike earlier this month.'], phrase: 'earlier this month', value: '2026-08-01/2026-08-26' },
  ],
  'Gulf papers': [
    { published: GULF, offset: GST, lines: ['The UAE will mark National Day on December 2.'], phrase: 'December 2', value: '2026-12-02' },
    { published: GULF, offset: GST, lines: ['Schools will switch to remote learning on Friday.'], phrase: 'Friday', value: '2026-11-27' },
    { published: GULF, offset: GST, lines: ['The ministry announced the new rules on Sunday.'], phrase: 'on Sunday', value: '2026-11-22' },
    { published: GULF, offset: GST, lines: ['Fog disrupted flights at Dubai airport at 6am GST on Tuesday.'], phrase: 'Tuesday', value: '2026-11-24' },
    { published: GULF, offset: GST, lines: ['The Formula One race takes place on December 6.'], phrase: 'December 6', value: '2026-12-06' },
    { published: GULF, offset: GST, lines: ['Rain lashed Sharjah overnight.'], phrase: 'overnight', value: GULF },
    { published: GULF, offset: GST, lines: ['The summit ended in Doha last Thursday.'], phrase: 'last Thursday', value: '2026-11-19' },
    { published: GULF, offset: GST, lines: ['The long weekend runs from December 1 to December 3.'], phrase: 'December 1 to December 3', value: '2026-12-01/2026-12-03' },
    { published: GULF, offset: GST, lines: ['The fuel price committee will set December prices next week.'], phrase: 'next week', value: '2026-11-30/2026-12-06' },
  ],
  'US morning and evening television': [
    { published: MORNING, offset: EST, lines: ['Good morning. The storm dumped a foot of snow on Boston overnight.'], phrase: 'overnight', value: MORNING },
    { published: MORNING, offset: EST, lines: ['The president will address the nation tonight at 9 Eastern.'], phrase: 'tonight', value: '2027-01-13' },
    { published: MORNING, offset: EST, lines: ['Here is what happened while you were sleeping: markets in Asia fell this morning.'], phrase: 'this morning', value: '2027-01-13' },
    { published: MORNING, offset: EST, lines: ['Officials confirmed late last night that the bridge is closed.'], phrase: 'late last night', value: '2027-01-12' },
    { published: MORNING, offset: EST, lines: ['Jury deliberations resume tomorrow morning.'], phrase: 'tomorrow morning', value: '2027-01-14' },
    { published: MORNING, offset: EST, lines: ['The senator spoke to us earlier today.'], phrase: 'earlier today', value: '2027-01-13' },
    { published: MORNING, offset: EST, lines: ['The game kicks off at 8:15 p.m. ET on Sunday.'], phrase: 'Sunday', value: '2027-01-17' },
    { published: MORNING, offset: EST, lines: ['Polls showed the race tightening this past week.'], phrase: 'this past week', value: '2027-01-06/2027-01-13' },
    { published: MORNING, offset: EST, lines: ['The governor signed the order at midnight Sunday.'], phrase: 'Sunday', value: '2027-01-10' },
    { published: MORNING, offset: EST, lines: ['Forecasters expect temperatures to plunge by the weekend.'], phrase: 'the weekend', value: '2027-01-16/2027-01-17' },
  ],
  'business pages': [
    { published: RESULTS, lines: ['The bank will report Q2 results in July.'], phrase: 'Q2', value: '2026-04-01/2026-06-30' },
    { published: RESULTS, lines: ['The bank will report Q2 results in July.'], phrase: 'July', value: '2026-07' },
    { published: RESULTS, lines: ['Orders rose in the three months to March.'], phrase: 'March', value: '2026-01-01/2026-03-31' },
    { published: RESULTS, lines: ['Shares jumped 6% in early trading on Tuesday.'], phrase: 'Tuesday', value: '2026-04-28' },
    { published: RESULTS, lines: ['The annual general meeting will be held on 21 May.'], phrase: '21 May', value: '2026-05-21' },
    { published: RESULTS, lines: ['The dividend is payable on 3 June to shareholders on the register on 15 May.'], phrase: '15 May', value: '2026-05-15' },
    { published: RESULTS, lines: ['Profit fell in the first quarter of 2026.'], phrase: 'the first quarter of 2026', value: '2026-01-01/2026-03-31' },
    { published: RESULTS, lines: ['The merger is expected to close early next year.'], phrase: 'early next year', value: '2027-01-01/2027-04-30' },
  ],
  'European pages': [
    { published: EUROPE, offset: CET, lines: ['The Commission published its proposal on 05/11/2026.'], phrase: '05/11/2026', value: '2026-11-05' },
    { published: EUROPE, offset: CET, lines: ['The ministers will meet in Brussels on 14.12.2026.'], phrase: '14.12.2026', value: '2026-12-14' },
    { published: EUROPE, offset: CET, lines: ['The strike began on Monday 30 November.'], phrase: '30 November', value: '2026-11-30' },
    { published: EUROPE, offset: CET, lines: ['The Bundestag vote is scheduled for 10 December.'], phrase: '10 December', value: '2026-12-10' },
    { published: EUROPE, offset: CET, lines: ['The markets open at 18:00 on Friday.'], phrase: 'Friday', value: '2026-12-04' },
    { published: EUROPE, offset: CET, lines: ['The rule applies from 1.1.2027.'], phrase: '1.1.2027', value: '2027-01-01' },
    { published: EUROPE, offset: CET, lines: ['Farmers blocked the motorway on 27/11.'], phrase: '27/11', value: '2026-11-27' },
  ],
  'commercial letters': [
    { published: LETTER, lines: ['We acknowledge receipt of your letter of the 3rd inst.'], phrase: 'the 3rd inst', value: '2026-07-03' },
    { published: LETTER, lines: ['Further to our letter of the 28th ult., we enclose the invoice.'], phrase: 'the 28th ult', value: '2026-06-28' },
  ],
};

/** Expressions that name no date here. */
const undated: Probe[] = [
  { published: IRISH, offset: IST_IE, lines: ['The Dublin Bus 46A route was cut.'], phrase: '46A', value: null },
  { published: IRISH, offset: IST_IE, lines: ['Leinster won 24-17 at the Aviva.'], phrase: '24-17', value: null },
  { published: IRISH, offset: IST_IE, lines: ['The woman, aged 67, was treated at the scene.'], phrase: '67', value: null },
  { published: IRISH, offset: IST_IE, lines: ['Hurling: Kilkenny 2-21 Tipperary 1-19.'], phrase: '2-21', value: null },
  { published: KIWI, offset: NZDT, lines: ['The quake measured 6.2 and was 33km deep.'], phrase: '6.2', value: null },
  { published: KIWI, offset: NZDT, lines: ['Road crews worked for 36 hours to clear the slip.'], phrase: '36 hours', value: null },
  { published: KIWI, offset: NZDT, lines: ['Tickets for the 2026-27 season go on sale soon.'], phrase: '2026-27', value: null },
  { published: CAPE, offset: SAST, lines: ['The N2 was closed between exits 12 and 14.'], phrase: '12 and 14', value: null },
  { published: CAPE, offset: SAST, lines: ['Load-shedding moved to stage 4 for 48 hours.'], phrase: '48 hours', value: null },
  { published: CAPE, offset: SAST, lines: ['Section 25 of the Constitution was debated.'], phrase: '25', value: null },
  { published: LAGOS, offset: WAT, lines: ['The striker wore the number 23 shirt.'], phrase: '23', value: null },
  { published: LAGOS, offset: WAT, lines: ['The Super Eagles drew 1-1 with Ghana.'], phrase: '1-1', value: null },
  { published: LAGOS, offset: WAT, lines: ['Agenda 2063 sets out the continent\u2019s goals.'], phrase: '2063', value: null },
  { published: NAIROBI, offset: EAT, lines: ['Vision 2030 projects were reviewed.'], phrase: '2030', value: null },
  { published: NAIROBI, offset: EAT, lines: ['The runner won the 10,000m in 27:14.'], phrase: '27:14', value: null },
  { published: NAIROBI, offset: EAT, lines: ['The bus carried 52 passengers.'], phrase: '52', value: null },
  { published: MANILA, offset: PHT, lines: ['The company spent P1.2 billion in FY27.'], phrase: 'FY27', value: null },
  { published: MANILA, offset: PHT, lines: ['Signal No. 3 was raised over Catanduanes.'], phrase: '3', value: null },
  { published: MANILA, offset: PHT, lines: ['The store is open 24/7.'], phrase: '24/7', value: null },
  { published: MANILA, offset: PHT, lines: ['A 7/11 branch in Makati was robbed.'], phrase: '7/11', value: null },
  { published: GULF, offset: GST, lines: ['Emirates ordered 65 Boeing 777-9 jets.'], phrase: '777-9', value: null },
  { published: GULF, offset: GST, lines: ['The metro carried 2.1 million riders in 24 hours.'], phrase: '24 hours', value: null },
  { published: GULF, offset: GST, lines: ['The COP28 agreement was hailed.'], phrase: 'COP28', value: null },
  { published: MORNING, offset: EST, lines: ['The 9/11 memorial was closed for the storm.'], phrase: '9/11', value: null },
  { published: MORNING, offset: EST, lines: ['Call 911 if you lose power.'], phrase: '911', value: null },
  { published: MORNING, offset: EST, lines: ['The Knicks won 112-104.'], phrase: '112-104', value: null },
  { published: MORNING, offset: EST, lines: ['Route 66 was closed near Flagstaff.'], phrase: '66', value: null },
  { published: RESULTS, lines: ['Revenue for FY26 rose 4%.'], phrase: 'FY26', value: null },
  { published: RESULTS, lines: ['The firm sold 1,250 units of its X5 model.'], phrase: 'X5', value: null },
  { published: RESULTS, lines: ['The 3-for-2 offer ends soon.'], phrase: '3-for-2', value: null },
  { published: RESULTS, lines: ['The tuition fees for the academic year rose.'], phrase: 'the academic year', value: null },
  { published: EUROPE, offset: CET, lines: ['The A7 motorway was closed for 12 hours.'], phrase: '12 hours', value: null },
  { published: EUROPE, offset: CET, lines: ['Euro 2028 tickets went on sale.'], phrase: '2028', value: null },
  { published: EUROPE, offset: CET, lines: ['Students sat exams in the spring term.'], phrase: 'the spring term', value: null },
  { published: EUROPE, offset: CET, lines: ['The lorry was carrying 24 tonnes of grain.'], phrase: '24 tonnes', value: null },
  { published: LETTER, lines: ['The invoice is payable within 30 days.'], phrase: '30 days', value: null },
];

const titleOf = (probe: Probe): string =>
  `${probe.published}${probe.offset ? ` ${probe.offset}` : ''}: "${probe.phrase}" in "${probe.lines[probe.line ?? probe.lines.length - 1]}" → ${probe.value ?? 'no date'}`;

for (const [family, probes] of Object.entries(families)) {
  describe(`probe 8, ${family}`, () => {
    for (const probe of probes) {
      (probe.gap ? it.fails : it)(titleOf(probe), () => {
        const values = valuesAt(probe);
        expect(values.length).toBeGreaterThan(0);
        expect(values.every((value) => value === probe.value)).toBe(true);
      });
    }
  });
}

describe('probe 8, what names no date', () => {
  for (const probe of undated) {
    (probe.gap ? it.fails : it)(titleOf(probe), () => {
      expect(valuesAt(probe).every((value) => value === null)).toBe(true);
    });
  }
});
