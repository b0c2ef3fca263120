/**
 * Probe 9: disaster and emergency reporting, and the date habits probes 1–8 leave out — "since the quake struck",
 * "the day after the quake", "minutes after the tremor", "on the night of the storm", "the morning after", aftershock
 * clocks told in two zones ("23:40 UTC on Monday, early Tuesday in Japan", "JST", "KST", "Tokyo time", "local
 * time"), New Year and the other year-end holidays on both sides of January 1, "as of" counts, anniversaries, a
 * weekday that disagrees with its date, ranges ("Jan. 2-4", "between Tuesday and Thursday"), "that evening", "the
 * following morning", "overnight into Wednesday", and what names no date in such reports (magnitudes, seismic
 * intensities such as "upper 6", tolls, counts, distances, percentages, ages). Every sentence is made up for this
 * probe; each page has a pinned publication day and the outlet's zone, and the value a careful reader would give, or
 * no date. The last sentence holds the expression unless `line` says otherwise. `gap` marks a case the resolver does
 * not get right yet (it.fails: it turns red once fixed).
 *
 * Decisions: "since the quake struck" and "on the night of the quake" are the quake's day; "the day after the quake"
 * counts from the day the article gives the quake, not from the last day written; "the first day of the year" and
 * "the last day of the year" are January 1 and December 31 of the year the tense points to, as New Year's Day is;
 * "as of Thursday morning" is that Thursday; a weekday written beside a date it does not fit leaves the date alone
 * (the number is what a reader checks); "Jan. 2-4" is one range; an intensity ("upper 6", "lower 5", "shindo 7") and a
 * magnitude are no dates.
 */
import { describe, expect, it } from 'vitest';
import { valuesAt, type DatePage } from './date-probe';

interface Probe extends DatePage {
  value: string | null;
}

// Pinned days: 2027-01-05 (Tuesday), 2027-01-06 (Wednesday), 2027-01-07 (Thursday), 2026-12-30 (Wednesday),
// 2027-01-12 (Tuesday), 2028-01-03 (Monday), 2026-11-18 (Wednesday).
const TUE = '2027-01-05';
const WED = '2027-01-06';
const THU = '2027-01-07';
const EVE = '2026-12-30';
const WEEK = '2027-01-12';
const YEAR_ON = '2028-01-03';
const AUTUMN = '2026-11-18';
const JST = '+09:00';
const US = '-05:00';
const UK = '+00:00';

const STRUCK = 'A magnitude 7.2 earthquake struck the coast on Sunday.';
const STRUCK_DATE = 'A magnitude 7.2 earthquake struck the coast on Jan. 3.';

const families: Record<string, Probe[]> = {
  'disaster reporting counted from the happening': [
    { published: TUE, offset: JST, lines: [STRUCK, 'Rescuers have pulled 40 people from the rubble since the quake struck.'], phrase: 'since the quake struck', value: '2027-01-03' },
    { published: TUE, offset: JST, lines: [STRUCK, 'Power lines came down and roads buckled.', 'The day after the quake, rail services were halted.'], phrase: 'The day after the quake', value: '2027-01-04' },
    { published: TUE, offset: JST, lines: [STRUCK, 'The agency issued a tsunami warning minutes after the quake.'], phrase: 'minutes after the quake', value: '2027-01-03' },
    { published: TUE, offset: JST, lines: [STRUCK, 'Fires broke out on the night of the quake.'], phrase: 'on the night of the quake', value: '2027-01-03' },
    { published: TUE, offset: JST, lines: [STRUCK, 'Crews reached the village two days after the quake.'], phrase: 'two days after the quake', value: '2027-01-05' },
    { published: TUE, offset: JST, lines: [STRUCK, 'The morning after the quake, families queued for water.'], phrase: 'The morning after the quake', value: '2027-01-04' },
    { published: WEEK, offset: JST, lines: [STRUCK_DATE, 'A week after the disaster, 300 people were still missing.'], phrase: 'A week after the disaster', value: '2027-01-10' },
    { published: TUE, offset: JST, lines: [STRUCK, 'Hospitals were overwhelmed hours after the quake.'], phrase: 'hours after the quake', value: '2027-01-03' },
    { published: TUE, offset: JST, lines: [STRUCK_DATE, 'The day after the quake, the prime minister toured the area.'], phrase: 'The day after the quake', value: '2027-01-04' },
    { published: WEEK, offset: JST, lines: [STRUCK_DATE, 'Aid flights began on Jan. 9.', 'The day after the quake, rail services were halted.'], phrase: 'The day after the quake', value: '2027-01-04' },
    { published: WEEK, offset: JST, lines: [STRUCK_DATE, 'Aid flights began on Jan. 9.', 'Fires destroyed 200 homes on the night of the quake.'], phrase: 'on the night of the quake', value: '2027-01-03' },
    { published: TUE, offset: JST, lines: ['Floods swept through the valley on Sunday.', 'Since the flood hit, 2,000 people have moved to shelters.'], phrase: 'Since the flood hit', value: '2027-01-03' },
    { published: TUE, offset: JST, lines: ['The volcano erupted on Sunday.', 'Ash fell on the town the day after the eruption.'], phrase: 'the day after the eruption', value: '2027-01-04' },
    { published: WED, offset: JST, lines: ['A landslide buried the road on Monday.', 'Rescuers found two survivors on Tuesday.', 'Hours after the landslide, residents had begun digging.'], phrase: 'Hours after the landslide', value: '2027-01-04' },
  ],
  'clocks across midnight and zones': [
    { published: TUE, offset: JST, lines: ['The tremor was felt at 11:50 p.m. on Monday, Tokyo time.'], phrase: 'Monday', value: '2027-01-04' },
    { published: TUE, offset: JST, lines: ['An aftershock hit at 00:20 local time on Tuesday.'], phrase: 'Tuesday', value: '2027-01-05' },
    { published: TUE, offset: JST, lines: ['The quake struck at 16:10 JST (07:10 GMT) on Sunday.'], phrase: 'Sunday', value: '2027-01-03' },
    { published: TUE, offset: JST, lines: ['The tremor was recorded at 23:40 UTC on Monday, early Tuesday in Japan.'], phrase: 'early Tuesday', value: '2027-01-05' },
    { published: EVE, offset: JST, lines: ['The aftershock came at 3:15 a.m. KST on Wednesday.'], phrase: 'Wednesday', value: '2026-12-30' },
    { published: TUE, offset: UK, time: '12:00', lines: ['The quake struck at 07:10 GMT on Sunday.'], phrase: 'Sunday', value: '2027-01-03' },
    { published: '2027-01-04', offset: US, lines: ['The quake hit at 2:10 a.m. ET on Sunday.'], phrase: 'Sunday', value: '2027-01-03' },
    { published: TUE, offset: JST, lines: ['A second quake shook the region at 4:02 a.m. Tuesday local time.'], phrase: 'Tuesday', value: '2027-01-05' },
    { published: TUE, offset: UK, lines: ['The first shock came at 16:10 local time on Sunday (07:10 GMT).'], phrase: 'Sunday', value: '2027-01-03' },
    { published: WED, offset: JST, lines: ['A strong aftershock rattled the coast shortly after midnight on Wednesday.'], phrase: 'Wednesday', value: '2027-01-06' },
    { published: WED, offset: JST, lines: ['Officials briefed reporters at 10 a.m. on Tuesday.'], phrase: 'Tuesday', value: '2027-01-05' },
    { published: WED, offset: JST, lines: ['The warning was lifted at 1 a.m. Wednesday, Japan time.'], phrase: 'Wednesday', value: '2027-01-06' },
  ],
  'New Year and year-end holidays': [
    { published: TUE, offset: JST, lines: ['The quake struck on New Year\u2019s Day.'], phrase: 'New Year\u2019s Day', value: '2027-01-01' },
    { published: TUE, offset: JST, lines: ['Families had gathered on New Year\u2019s Eve.'], phrase: 'New Year\u2019s Eve', value: '2026-12-31' },
    { published: EVE, offset: JST, lines: ['Shrines expect record crowds on New Year\u2019s Day.'], phrase: 'New Year\u2019s Day', value: '2027-01-01' },
    { published: EVE, offset: JST, lines: ['Fireworks are banned on New Year\u2019s Eve.'], phrase: 'New Year\u2019s Eve', value: '2026-12-31' },
    { published: EVE, offset: JST, lines: ['Trains will run all night on December 31.'], phrase: 'December 31', value: '2026-12-31' },
    { published: TUE, offset: JST, lines: ['The shop closed early on December 31.'], phrase: 'December 31', value: '2026-12-31' },
    { published: EVE, offset: JST, lines: ['The new law takes effect on January 1.'], phrase: 'January 1', value: '2027-01-01' },
    { published: TUE, offset: JST, lines: ['The storm hit on the first day of the year.'], phrase: 'the first day of the year', value: '2027-01-01' },
    { published: TUE, offset: JST, lines: ['It came on the first day of the year, when many families were together.'], phrase: 'the first day of the year', value: '2027-01-01' },
    { published: EVE, offset: JST, lines: ['Banks close early on the last day of the year.'], phrase: 'the last day of the year', value: '2026-12-31' },
    { published: EVE, offset: UK, lines: ['Two people died in a fire on Christmas Day.'], phrase: 'Christmas Day', value: '2026-12-25' },
    { published: TUE, offset: UK, lines: ['The ferry sank on Christmas Eve.'], phrase: 'Christmas Eve', value: '2026-12-24' },
    { published: TUE, offset: UK, lines: ['Shoppers crowded the stores on Boxing Day.'], phrase: 'Boxing Day', value: '2026-12-26' },
    { published: TUE, offset: JST, lines: ['Trading resumed on Monday after the New Year break.'], phrase: 'on Monday', value: '2027-01-04' },
    { published: EVE, offset: JST, lines: ['The ministry will announce the figures on Jan. 4.'], phrase: 'Jan. 4', value: '2027-01-04' },
    { published: TUE, offset: JST, lines: ['The blaze began on Dec. 29.'], phrase: 'Dec. 29', value: '2026-12-29' },
  ],
  '"as of" counts': [
    { published: THU, offset: JST, lines: ['As of Thursday morning, 84 people were confirmed dead.'], phrase: 'Thursday morning', value: '2027-01-07' },
    { published: THU, offset: JST, lines: ['As of 9 a.m. Thursday, 61 people were missing.'], phrase: 'Thursday', value: '2027-01-07' },
    { published: WED, offset: JST, lines: ['As of Tuesday night, 3,200 people were in shelters.'], phrase: 'Tuesday night', value: '2027-01-05' },
    { published: WED, offset: JST, lines: ['As of Jan. 5, the toll stood at 92.'], phrase: 'Jan. 5', value: '2027-01-05' },
    { published: WED, offset: JST, lines: ['As of Wednesday, 12,000 homes had no water.'], phrase: 'Wednesday', value: '2027-01-06' },
    { published: WED, offset: JST, lines: ['The toll had risen to 110 as of Tuesday evening, officials said.'], phrase: 'Tuesday evening', value: '2027-01-05' },
  ],
  'anniversaries and days counted back': [
    { published: YEAR_ON, offset: JST, lines: ['The quake struck a year ago today.'], phrase: 'a year ago today', value: '2027-01-03' },
    { published: WEEK, offset: JST, lines: ['The quake struck nine days ago.'], phrase: 'nine days ago', value: '2027-01-03' },
    { published: WEEK, offset: JST, lines: ['A week ago, the town had 4,000 residents.'], phrase: 'A week ago', value: '2027-01-05' },
    { published: YEAR_ON, offset: JST, lines: ['Survivors gathered on Monday to mark the anniversary.'], phrase: 'on Monday', value: '2028-01-03' },
  ],
  'a weekday beside a date': [
    { published: THU, offset: JST, lines: ['The aftershock struck on Wednesday, Jan. 6.'], phrase: 'Jan. 6', value: '2027-01-06' },
    { published: THU, offset: JST, lines: ['The aftershock struck on Tuesday, Jan. 6.'], phrase: 'Jan. 6', value: '2027-01-06' },
    { published: THU, offset: US, lines: ['The hearing is set for Monday, Jan. 11.'], phrase: 'Jan. 11', value: '2027-01-11' },
    { published: THU, offset: UK, lines: ['The vote was held on Sunday 3 January.'], phrase: '3 January', value: '2027-01-03' },
  ],
  'ranges': [
    { published: THU, offset: JST, lines: ['Schools were closed Jan. 4-6.'], phrase: 'Jan. 4-6', value: '2027-01-04/2027-01-06' },
    { published: THU, offset: JST, lines: ['Heavy snow fell from Jan. 2 to Jan. 4.'], phrase: 'Jan. 2 to Jan. 4', value: '2027-01-02/2027-01-04' },
    { published: EVE, offset: JST, lines: ['The offices will be closed from Dec. 29 to Jan. 3.'], phrase: 'Dec. 29 to Jan. 3', value: '2026-12-29/2027-01-03' },
    { published: AUTUMN, offset: UK, lines: ['The festival runs 27-29 November.'], phrase: '27-29 November', value: '2026-11-27/2026-11-29' },
    { published: AUTUMN, offset: US, lines: ['The talks ran from Monday to Tuesday.'], phrase: 'from Monday to Tuesday', value: '2026-11-16/2026-11-17' },
  ],
  '"that evening", "the following morning", "overnight into"': [
    { published: WED, offset: JST, lines: ['A fire broke out at the port on Monday.', 'That evening, crews contained it.'], phrase: 'That evening', value: '2027-01-04' },
    { published: WED, offset: JST, lines: ['The dam was breached on Monday.', 'The following morning, the river burst its banks.'], phrase: 'The following morning', value: '2027-01-05' },
    { published: WED, offset: JST, lines: ['Snow fell overnight into Wednesday.'], phrase: 'overnight into Wednesday', value: '2027-01-05/2027-01-06' },
    { published: WED, offset: JST, lines: ['The ferry ran aground on Monday.', 'Later that night, the crew was rescued.'], phrase: 'Later that night', value: '2027-01-04' },
    { published: WED, offset: JST, lines: ['The ferry ran aground on Monday.', 'The next day, divers reached the hull.'], phrase: 'The next day', value: '2027-01-05' },
    { published: WED, offset: JST, lines: ['The ferry ran aground on Monday.', 'By nightfall, all 90 passengers were ashore.'], phrase: 'By nightfall', value: '2027-01-04' },
    { published: WED, offset: JST, lines: ['The ferry ran aground on Monday.', 'The coast guard reached it that afternoon.'], phrase: 'that afternoon', value: '2027-01-04' },
    { published: WED, offset: JST, lines: ['A tanker caught fire on Jan. 4.', 'The next morning, oil reached the beach.'], phrase: 'The next morning', value: '2027-01-05' },
    { published: WED, offset: JST, lines: ['Police cleared the camp early on Tuesday.'], phrase: 'early on Tuesday', value: '2027-01-05' },
    { published: WED, offset: JST, lines: ['Rain is expected on Thursday night.'], phrase: 'Thursday night', value: '2027-01-07' },
    { published: WED, offset: JST, lines: ['A curfew was imposed on Monday night.'], phrase: 'Monday night', value: '2027-01-04' },
    { published: WED, offset: JST, lines: ['Crews worked through the night on Tuesday.'], phrase: 'Tuesday', value: '2027-01-05' },
  ],
  'press days and deadlines in emergencies': [
    { published: WED, offset: JST, lines: ['The evacuation order will be reviewed on Friday.'], phrase: 'on Friday', value: '2027-01-08' },
    { published: WED, offset: JST, lines: ['The government approved emergency funds on Tuesday.'], phrase: 'on Tuesday', value: '2027-01-05' },
    { published: WED, offset: JST, lines: ['Schools in the area will stay shut until Jan. 12.'], phrase: 'Jan. 12', value: '2027-01-12' },
    { published: WED, offset: JST, lines: ['Snow is forecast for the weekend.'], phrase: 'the weekend', value: '2027-01-09/2027-01-10' },
    { published: WED, offset: JST, lines: ['Shelters will stay open through the weekend.'], phrase: 'the weekend', value: '2027-01-09/2027-01-10' },
    { published: WED, offset: JST, lines: ['Crews cleared the main road last weekend.'], phrase: 'last weekend', value: '2027-01-02/2027-01-03' },
    { published: WED, offset: JST, lines: ['The prime minister will visit the region on Saturday.'], phrase: 'on Saturday', value: '2027-01-09' },
    { published: WED, offset: JST, lines: ['The prime minister visited the region on Saturday.'], phrase: 'on Saturday', value: '2027-01-02' },
    { published: WED, offset: JST, lines: ['The rescue teams arrived yesterday.'], phrase: 'yesterday', value: '2027-01-05' },
    { published: WED, offset: JST, lines: ['Water supply will be restored tomorrow.'], phrase: 'tomorrow', value: '2027-01-07' },
    { published: WED, offset: JST, lines: ['The cabinet met earlier this week.'], phrase: 'earlier this week', value: '2027-01-04/2027-01-06' },
  ],
};

const undated: Probe[] = [
  { published: TUE, offset: JST, lines: ['The quake measured magnitude 7.2.'], phrase: '7.2', value: null },
  { published: TUE, offset: JST, lines: ['Shaking reached upper 6 on the Japanese scale.'], phrase: 'upper 6', value: null },
  { published: TUE, offset: JST, lines: ['An intensity of lower 5 was recorded in the city.'], phrase: 'lower 5', value: null },
  { published: TUE, offset: JST, lines: ['The strongest shaking, shindo 7, was felt in two towns.'], phrase: '7', value: null },
  { published: TUE, offset: JST, lines: ['The quake was 10 km deep.'], phrase: '10 km', value: null },
  { published: TUE, offset: JST, lines: ['Waves of up to 1.2 meters reached the port.'], phrase: '1.2 meters', value: null },
  { published: TUE, offset: JST, lines: ['The death toll rose to 84.'], phrase: '84', value: null },
  { published: TUE, offset: JST, lines: ['About 32,000 homes lost power.'], phrase: '32,000', value: null },
  { published: TUE, offset: JST, lines: ['More than 1,400 aftershocks have been recorded.'], phrase: '1,400', value: null },
  { published: TUE, offset: JST, lines: ['About 40% of the houses were damaged.'], phrase: '40%', value: null },
  { published: TUE, offset: JST, lines: ['The victims included a woman aged 93.'], phrase: '93', value: null },
  { published: TUE, offset: JST, lines: ['A 2024 quake in the same area killed hundreds.'], phrase: '2024', value: null },
  { published: TUE, offset: JST, lines: ['The town, 300 km from Tokyo, lost its water supply.'], phrase: '300 km', value: null },
  { published: TUE, offset: JST, lines: ['Survivors have a 72-hour window before chances fall.'], phrase: '72-hour', value: null },
  { published: TUE, offset: JST, lines: ['Rescuers worked for 72 hours without rest.'], phrase: '72 hours', value: null },
  { published: TUE, offset: JST, lines: ['The 1995 Kobe quake killed more than 6,000 people.'], phrase: '6,000', value: null },
  { published: TUE, offset: JST, lines: ['Flight 516 landed safely.'], phrase: '516', value: null },
  { published: TUE, offset: JST, lines: ['The A350 carried 379 people.'], phrase: '379', value: null },
  { published: TUE, offset: JST, lines: ['The fund was doubled to 1 trillion yen.'], phrase: '1 trillion', value: null },
  { published: TUE, offset: JST, lines: ['Route 249 was cut in 30 places.'], phrase: '249', value: null },
  { published: TUE, offset: JST, lines: ['Evacuees in 1,100 shelters need heaters.'], phrase: '1,100', value: null },
  { published: TUE, offset: JST, lines: ['The 7.6-magnitude quake lifted the coast by 4 meters.'], phrase: '7.6', value: null },
  { published: TUE, offset: JST, lines: ['Residents aged 65 and over make up half the town.'], phrase: '65', value: null },
  { published: TUE, offset: JST, lines: ['The tsunami arrived within 10 minutes.'], phrase: '10 minutes', value: null },
  { published: TUE, offset: JST, lines: ['The number of missing fell to 26 from 35.'], phrase: '26 from 35', value: null },
  { published: TUE, offset: JST, lines: ['Warnings covered a 300-kilometre stretch of coast.'], phrase: '300-kilometre', value: null },
  { published: TUE, offset: JST, lines: ['The plant\u2019s No. 2 reactor was offline.'], phrase: '2', value: null },
];

const titleOf = (probe: Probe): string =>
  `${probe.published}${probe.offset ? ` ${probe.offset}` : ''}: "${probe.phrase}" in "${probe.lines[probe.line ?? probe.lines.length - 1]}" → ${probe.value ?? 'no date'}`;

for (const [family, probes] of Object.entries(families)) {
  describe(`probe 9, ${family}`, () => {
    for (const probe of probes) {
      (probe.gap ? it.fails : it)(titleOf(probe), () => {
        const values = valuesAt(probe);
        expect(values.length).toBeGreaterThan(0);
        expect(values.every((value) => value === probe.value)).toBe(true);
      });
    }
  });
}

describe('probe 9, what names no date', () => {
  for (const probe of undated) {
    (probe.gap ? it.fails : it)(titleOf(probe), () => {
      expect(valuesAt(probe).every((value) => value === null)).toBe(true);
    });
  }
});
