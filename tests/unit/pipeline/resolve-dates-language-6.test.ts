/**
 * Probe 6: date language on pages nobody tuned the rules on — court reports, election nights, sport, markets,
 * disasters, diplomacy and tech, from US, British and Asian English outlets, wires, broadcasters and live blogs.
 * Every sentence is made up for this probe; each has a pinned publication day (and zone, where the outlet's
 * matters) and the value a careful reader would give, or no date. The last sentence holds the expression unless
 * `line` says otherwise.
 *
 * `value`: every mention overlapping the expression must have it (and there must be one); `null`: nothing there may
 * resolve (a duration, an age, a score, a percentage, a model number, an address, a count, a date used as a name).
 * `gap` marks a case the resolver does not get right yet (it.fails: it turns red once fixed, so the mark goes).
 *
 * Decisions: "a week ago Tuesday" (US) and "a week last Tuesday" (British) are the Tuesday a week before the latest
 * one; "Tuesday week", "a week on Tuesday" the Tuesday a week after the coming one; "a year ago this week" is the
 * Monday–Sunday week holding the same day a year back; "the 2024 season" names no calendar span (null, as "the 2023-24
 * season" in the eval README); "by year-end" is the year (a deadline, as "by the end of the year" is) and "at year-end"
 * its last third; "by/until the end of 2027" is the year; "later this month" runs from publication; a weekday after a
 * verb that looks ahead ("will", "is due to", "is set to", "plans to", "for Friday" in a present-perfect clause, "a
 * deadline of Friday") is the coming one, after a past verb the last one; a day written with a clock time in another
 * zone ("10 p.m. ET Monday") is the day written, whatever day it was elsewhere; a capitalised "Election Day" the
 * article dates nowhere is the US one within 90 days; an ambiguous slashed date is day-first on a page east of UTC,
 * month-first otherwise; "fiscal 2026" and "in the coming days" name no day. Gaps: a present simple or progressive with
 * a weekday ("plays at Denver on Friday night", "are waiting for the report on Friday") is read as past (captions tell
 * past news in the present), and a year as a bare object ("covers 2024") is not found.
 */
import { describe, expect, it } from 'vitest';
import { valuesAt, type DatePage } from './date-probe';

interface Probe extends DatePage {
  value: string | null;
}

// Weekdays of the pinned days: 2025-06-18 Wed, 2024-11-08 Fri (Election Day 2024-11-05 a Tue), 2025-09-16 Tue,
// 2025-10-02 Thu, 2026-02-10 Tue, 2025-12-22 Mon, 2025-05-13 Tue, 2025-06-02 Mon.
const COURT = '2025-06-18';
const VOTE = '2024-11-08';
const MATCH = '2025-09-16';
const MARKET = '2025-10-02';
const QUAKE = '2026-02-10';
const TALKS = '2025-12-22';
const TECH = '2025-05-13';
const FLOOD = '2025-06-02';
const US = '-04:00';
const UK = '+01:00';

const families: Record<string, Probe[]> = {
  courts: [
    { published: COURT, offset: US, lines: ['The judge will rule on the motion next Monday.'], phrase: 'next Monday', value: '2025-06-23' },
    { published: COURT, offset: US, lines: ['Jury selection begins this Thursday.'], phrase: 'this Thursday', value: '2025-06-19' },
    { published: COURT, offset: US, lines: ['The defendant was arraigned last Friday.'], phrase: 'last Friday', value: '2025-06-13' },
    { published: COURT, offset: US, lines: ['Closing arguments are set to begin Tuesday.'], phrase: 'Tuesday', value: '2025-06-24' },
    { published: COURT, offset: US, lines: ['The jury deliberated for nine hours on Tuesday before reaching a verdict.'], phrase: 'Tuesday', value: '2025-06-17' },
    { published: COURT, offset: US, lines: ['The appeal will be heard on the 30th.'], phrase: 'the 30th', value: '2025-06-30' },
    { published: COURT, offset: US, lines: ['The lawsuit was filed on the 3rd of last month.'], phrase: 'the 3rd of last month', value: '2025-05-03' },
    { published: COURT, offset: US, lines: ['Prosecutors filed the charges a week ago Tuesday.'], phrase: 'a week ago Tuesday', value: '2025-06-10' },
    { published: COURT, offset: US, lines: ['Sentencing was postponed until mid-July.'], phrase: 'mid-July', value: '2025-07-11/2025-07-20' },
    { published: COURT, offset: US, lines: ['The trial ran from Monday through Wednesday.'], phrase: 'Monday through Wednesday', value: '2025-06-16/2025-06-18' },
    { published: COURT, offset: US, lines: ['Hearings are scheduled between July 7 and 9.'], phrase: 'July 7 and 9', value: '2025-07-07/2025-07-09' },
    { published: COURT, offset: US, lines: ['The ruling came down on the 13th.'], phrase: 'the 13th', value: '2025-06-13' },
    { published: COURT, offset: US, lines: ['The court heard the case over two days last week.'], phrase: 'last week', value: '2025-06-09/2025-06-15' },
    { published: COURT, offset: US, lines: ['The hearing opened on June 9.', 'A co-defendant had pleaded guilty the day before.'], phrase: 'the day before', value: '2025-06-08' },
    { published: COURT, offset: US, lines: ['Deliberations began on June 10.', 'The jury returned its verdict two days later.'], phrase: 'two days later', value: '2025-06-12' },
    { published: COURT, offset: UK, lines: ['The Crown Court heard the case on 3 June.'], phrase: '3 June', value: '2025-06-03' },
    { published: COURT, offset: UK, lines: ['The inquest was opened and adjourned on Monday.'], phrase: 'Monday', value: '2025-06-16' },
    { published: COURT, offset: UK, lines: ['Judgment is expected before the end of the month.'], phrase: 'the end of the month', value: '2025-06' },
    { published: COURT, offset: US, lines: ['The Supreme Court agreed on Monday to hear the case in the fall.'], phrase: 'Monday', value: '2025-06-16' },
    { published: COURT, offset: US, lines: ['The judge set a deadline of Friday for the filing.'], phrase: 'Friday', value: '2025-06-20' },
    { published: COURT, offset: US, lines: ['Late Monday, the appeals court froze the order.'], phrase: 'Late Monday', value: '2025-06-16' },
    { published: COURT, offset: US, lines: ['The June 3 committee hearing turned tense.'], phrase: 'June 3', value: '2025-06-03' },
    { published: COURT, offset: '+05:30', lines: ['The high court had reserved its order on Tuesday last.'], phrase: 'Tuesday', value: '2025-06-17' },
    { published: COURT, offset: '+05:30', lines: ['The bench will hear the plea on 24th June.'], phrase: '24th June', value: '2025-06-24' },
    { published: COURT, offset: '+05:30', lines: ['The fire broke out in the court complex last evening.'], phrase: 'last evening', value: '2025-06-17' },
    { published: COURT, offset: '+05:30', lines: ['The accused was produced in court the day before yesterday.'], phrase: 'the day before yesterday', value: '2025-06-16' },
    { published: COURT, offset: '+05:30', lines: ['The verdict will be pronounced on June 27 (Friday).'], phrase: 'Friday', value: '2025-06-27' },
    { published: COURT, offset: '+05:30', lines: ['The rally was held on 15th June, Sunday.'], phrase: 'Sunday', value: '2025-06-15' },
    { published: COURT, offset: UK, lines: ['This day last year, the same judge jailed his brother.'], phrase: 'This day last year', value: '2024-06-18' },
  ],
  elections: [
    { published: VOTE, offset: '-05:00', lines: ['Millions of voters went to the polls on Election Day.'], phrase: 'Election Day', value: '2024-11-05' },
    { published: '2025-09-20', offset: '-04:00', lines: ['Voters in the state will pick a governor on Election Day.'], phrase: 'Election Day', value: '2025-11-04' },
    {
      published: VOTE,
      offset: '-05:00',
      lines: ['Voters went to the polls on Nov. 5.', 'The state must certify its results three weeks after the election.'],
      phrase: 'three weeks after the election',
      value: '2024-11-26',
    },
    { published: VOTE, offset: '-05:00', lines: ['The challenger conceded on Wednesday.'], phrase: 'Wednesday', value: '2024-11-06' },
    { published: VOTE, offset: '-05:00', lines: ['The recount will start early next week.'], phrase: 'early next week', value: '2024-11-11/2024-11-13' },
    { published: VOTE, offset: '-05:00', lines: ['The new legislature sits for the first time later this month.'], phrase: 'later this month', value: '2024-11-08/2024-11-30' },
    { published: VOTE, offset: '-05:00', lines: ['The inauguration is on Jan. 20.'], phrase: 'Jan. 20', value: '2025-01-20' },
    { published: VOTE, offset: '-05:00', lines: ['A runoff is set for Dec. 3.'], phrase: 'Dec. 3', value: '2024-12-03' },
    { published: VOTE, offset: '-05:00', lines: ['Early voting ran from Oct. 21 to Nov. 2.'], phrase: 'Oct. 21 to Nov. 2', value: '2024-10-21/2024-11-02' },
    { published: VOTE, offset: '-05:00', lines: ['The party last won the seat in 1992.'], phrase: '1992', value: '1992' },
    { published: VOTE, offset: '-05:00', lines: ['The new government wants to pass its budget in the first half of 2025.'], phrase: 'the first half of 2025', value: '2025-01-01/2025-06-30' },
    { published: VOTE, offset: '-05:00', lines: ['Polls opened at 7 a.m. ET on Tuesday.'], phrase: 'Tuesday', value: '2024-11-05' },
    { published: VOTE, offset: '-05:00', lines: ['Networks called the race at 11:20 p.m. ET Tuesday.'], phrase: 'Tuesday', value: '2024-11-05' },
    { published: VOTE, offset: '-05:00', lines: ['The county website listed the election date as 11/05/2024.'], phrase: '11/05/2024', value: '2024-11-05' },
    { published: VOTE, offset: '-05:00', lines: ['The president-elect will travel to the capital on Wednesday.'], phrase: 'Wednesday', value: '2024-11-13' },
    { published: VOTE, offset: '-05:00', lines: ['Lawmakers return to Washington next week.'], phrase: 'next week', value: '2024-11-11/2024-11-17' },
    { published: VOTE, offset: '-05:00', lines: ['Counting went on overnight in the western states.'], phrase: 'overnight', value: VOTE },
    { published: VOTE, offset: '-05:00', lines: ['The governor is due to name a successor on Monday.'], phrase: 'Monday', value: '2024-11-11' },
    { published: VOTE, offset: '-05:00', lines: ['The senator plans to announce her leadership bid Tuesday.'], phrase: 'Tuesday', value: '2024-11-12' },
    { published: VOTE, offset: UK, lines: ['Polling day is 4 July, the prime minister announced.'], phrase: '4 July', value: '2025-07-04' },
    { published: VOTE, offset: '+08:00', lines: ['Results of the 2020 polls were challenged in court.'], phrase: '2020', value: '2020' },
    { published: VOTE, offset: '-05:00', lines: ['Turnout was the highest since the 1960 election.'], phrase: '1960', value: '1960' },
    { published: VOTE, offset: '-05:00', lines: ['The mayor has called a special session for Monday.'], phrase: 'Monday', value: '2024-11-11' },
    { published: '2025-09-09', offset: UK, lines: ['Voters head to the polls on Thursday.'], phrase: 'Thursday', value: '2025-09-11' },
    { published: '2025-09-09', offset: UK, lines: ['Norway goes to the polls on Sunday in a close race.'], phrase: 'Sunday', value: '2025-09-14' },
    { published: '2025-09-09', offset: UK, lines: ['Voters went to the polls on Sunday.'], phrase: 'Sunday', value: '2025-09-07' },
  ],
  sport: [
    { published: MATCH, offset: UK, lines: ['City won at home on Saturday.'], phrase: 'Saturday', value: '2025-09-13' },
    { published: MATCH, offset: UK, lines: ['United face Chelsea on Thursday week.'], phrase: 'Thursday week', value: '2025-09-25' },
    { published: MATCH, offset: UK, lines: ['The replay is a week on Saturday.'], phrase: 'a week on Saturday', value: '2025-09-27' },
    { published: MATCH, offset: UK, lines: ['The coach was appointed a week last Monday.'], phrase: 'a week last Monday', value: '2025-09-08' },
    { published: MATCH, offset: UK, lines: ['The derby is at the weekend.'], phrase: 'the weekend', value: '2025-09-20/2025-09-21' },
    { published: MATCH, offset: UK, lines: ['Rovers lost at the weekend.'], phrase: 'the weekend', value: '2025-09-13/2025-09-14' },
    { published: '2025-09-10', offset: UK, lines: ['The derby is this weekend.'], phrase: 'this weekend', value: '2025-09-13/2025-09-14' },
    { published: '2025-09-10', offset: UK, lines: ['Fans are marching to the ground this weekend.'], phrase: 'this weekend', value: '2025-09-13/2025-09-14' },
    { published: '2025-09-08', offset: UK, lines: ['Fans marched to the ground this weekend.'], phrase: 'this weekend', value: '2025-09-06/2025-09-07' },
    { published: '2025-09-14', offset: UK, lines: ['The derby is this weekend.'], phrase: 'this weekend', value: '2025-09-13/2025-09-14' },
    { published: MATCH, offset: UK, lines: ['Kick-off is at 8pm on Friday.'], phrase: 'Friday', value: '2025-09-19' },
    { published: MATCH, offset: UK, lines: ['The final is on the 27th.'], phrase: 'the 27th', value: '2025-09-27' },
    { published: MATCH, offset: UK, lines: ['The side has not won away since mid-January.'], phrase: 'mid-January', value: '2025-01-11/2025-01-20' },
    { published: MATCH, offset: UK, lines: ['The manager was sacked on the 2nd.'], phrase: 'the 2nd', value: '2025-09-02' },
    { published: MATCH, offset: UK, lines: ['The quarter-finals will be played between Oct. 3 and 5.'], phrase: 'Oct. 3 and 5', value: '2025-10-03/2025-10-05' },
    { published: MATCH, offset: UK, lines: ['The race is on Sunday.'], phrase: 'Sunday', value: '2025-09-21' },
    { published: MATCH, offset: UK, lines: ['The squad trained in the rain on Monday.'], phrase: 'Monday', value: '2025-09-15' },
    { published: MATCH, offset: US, lines: ['The Open was played Sept. 11-14.'], phrase: 'Sept. 11-14', value: '2025-09-11/2025-09-14' },
    { published: MATCH, offset: US, lines: ['The playoffs begin in the coming weeks, with Game 1 on Oct. 4.'], phrase: 'Oct. 4', value: '2025-10-04' },
    { published: MATCH, offset: UK, lines: ['England last won the trophy in 1966.'], phrase: '1966', value: '1966' },
    { published: MATCH, offset: '+08:00', lines: ['The badminton open will be held from 23 to 28 September.'], phrase: '23 to 28 September', value: '2025-09-23/2025-09-28' },
    { published: MATCH, offset: UK, lines: ['The winger is out until after Christmas.'], phrase: 'Christmas', value: '2025-12-25' },
    { published: MATCH, offset: UK, lines: ['The club will appeal the ban, a spokesman said on Tuesday.'], phrase: 'Tuesday', value: MATCH },
    { published: MATCH, offset: US, lines: ['The team plays at Denver on Friday night.'], phrase: 'Friday night', value: '2025-09-19', gap: true },
    { published: MATCH, offset: US, lines: ['The quarterback was injured in the second half of Sunday\u2019s game.'], phrase: 'Sunday', value: '2025-09-14' },
  ],
  markets: [
    { published: MARKET, offset: US, lines: ['The company reported third-quarter results on Tuesday.'], phrase: 'Tuesday', value: '2025-09-30' },
    { published: MARKET, offset: US, lines: ['Revenue rose 8% in Q3.'], phrase: 'Q3', value: '2025-07-01/2025-09-30' },
    { published: MARKET, offset: US, lines: ['Fed officials are set to meet on Oct. 28-29.'], phrase: 'Oct. 28-29', value: '2025-10-28/2025-10-29' },
    { published: MARKET, offset: US, lines: ['Traders are betting on another cut by year-end.'], phrase: 'year-end', value: '2025' },
    // Told in the past, the year-end or month-end is the last one ended before publication (review 5 #5).
    { published: MARKET, offset: US, lines: ['Net debt stood at $4 billion at year-end.'], phrase: 'year-end', value: '2024-09-01/2024-12-31' },
    { published: MARKET, offset: UK, lines: ['Sterling weakened towards month-end.'], phrase: 'month-end', value: '2025-09-21/2025-09-30' },
    { published: MARKET, offset: UK, lines: ['Dealers see sterling weaker towards month-end.'], phrase: 'month-end', value: '2025-10-21/2025-10-31' },
    { published: MARKET, offset: US, lines: ['Oil fell for a third day on Wednesday.'], phrase: 'Wednesday', value: '2025-10-01' },
    { published: MARKET, offset: US, lines: ['Stocks fell sharply last month.'], phrase: 'last month', value: '2025-09' },
    { published: MARKET, offset: US, lines: ['The merger is expected to close in the first half of 2026.'], phrase: 'the first half of 2026', value: '2026-01-01/2026-06-30' },
    { published: MARKET, offset: US, lines: ['The bank will report earnings next Tuesday.'], phrase: 'next Tuesday', value: '2025-10-07' },
    { published: MARKET, offset: US, lines: ['Markets were closed on Monday.'], phrase: 'Monday', value: '2025-09-29' },
    { published: MARKET, offset: US, lines: ['Trading resumes at 9:30 a.m. ET Friday.'], phrase: 'Friday', value: '2025-10-03' },
    { published: MARKET, offset: US, lines: ['The inflation figures will be released at 8:30 a.m. on the 15th.'], phrase: 'the 15th', value: '2025-10-15' },
    { published: MARKET, offset: US, lines: ['Investors are waiting for the jobs report on Friday.'], phrase: 'Friday', value: '2025-10-03', gap: true },
    { published: MARKET, offset: US, lines: ['Investors await Friday\u2019s jobs data.'], phrase: 'Friday', value: '2025-10-03' },
    { published: MARKET, offset: US, lines: ['Markets are awaiting Tuesday\u2019s ruling on the merger.'], phrase: 'Tuesday', value: '2025-10-07' },
    { published: MARKET, offset: US, lines: ['Traders were awaiting the data on Monday when the outage hit.'], phrase: 'Monday', value: '2025-09-29' },
    { published: MARKET, offset: US, lines: ['Profit fell in the three months to June 30.'], phrase: 'June 30', value: '2025-06-30' },
    { published: MARKET, offset: US, lines: ['The company went public in 2019.'], phrase: '2019', value: '2019' },
    { published: MARKET, offset: US, lines: ['Its stock hit a record on 2025-09-22.'], phrase: '2025-09-22', value: '2025-09-22' },
    { published: MARKET, offset: US, lines: ['The filing, dated 09/30/2025, showed the stake.'], phrase: '09/30/2025', value: '2025-09-30' },
    { published: MARKET, offset: US, lines: ['Later this month, the board will vote on the offer.'], phrase: 'Later this month', value: '2025-10-02/2025-10-31' },
    { published: MARKET, offset: US, lines: ['The central bank meets again in mid-December.'], phrase: 'mid-December', value: '2025-12-11/2025-12-20' },
    { published: MARKET, offset: UK, lines: ['The FTSE 100 closed higher on Wednesday.'], phrase: 'Wednesday', value: '2025-10-01' },
    { published: MARKET, offset: '+08:00', lines: ['The Hang Seng fell 2% in morning trade on Thursday.'], phrase: 'Thursday', value: MARKET },
    { published: MARKET, offset: US, lines: ['Shares have doubled since the start of the year.'], phrase: 'the start of the year', value: '2025-01-01/2025-04-30' },
    { published: MARKET, offset: US, lines: ['The deal values the company at $4 billion, the firms said Thursday.'], phrase: 'Thursday', value: MARKET },
  ],
  disasters: [
    { published: QUAKE, offset: '+05:30', lines: ['The quake struck at 4.17am on Monday.'], phrase: 'Monday', value: '2026-02-09' },
    { published: QUAKE, offset: '+05:30', lines: ['Aftershocks continued into the early hours of Tuesday.'], phrase: 'Tuesday', value: QUAKE },
    { published: QUAKE, offset: '+08:00', lines: ['The death toll had risen sharply by the 8th.'], phrase: 'the 8th', value: '2026-02-08' },
    { published: QUAKE, offset: '+08:00', lines: ['The typhoon is forecast to make landfall on Thursday.'], phrase: 'Thursday', value: '2026-02-12' },
    { published: QUAKE, offset: '+05:30', lines: ['The floods of 2013 killed thousands.'], phrase: '2013', value: '2013' },
    { published: QUAKE, offset: '+05:30', lines: ['Schools will stay shut until next Monday.'], phrase: 'next Monday', value: '2026-02-16' },
    { published: QUAKE, offset: '+05:30', lines: ['A relief flight lands on 12 February.'], phrase: '12 February', value: '2026-02-12' },
    { published: QUAKE, offset: '+05:30', lines: ['Rescue teams arrived on the 9th of February.'], phrase: 'the 9th of February', value: '2026-02-09' },
    { published: QUAKE, offset: '+08:00', lines: ['The cyclone hit the coast on Feb. 3.', 'Relief supplies reached the island two days later.'], phrase: 'two days later', value: '2026-02-05' },
    { published: QUAKE, offset: '+08:00', lines: ['The region has had no rain since the middle of last month.'], phrase: 'the middle of last month', value: '2026-01-11/2026-01-20' },
    { published: QUAKE, offset: '+08:00', lines: ['The volcano last erupted in 2018.'], phrase: '2018', value: '2018' },
    { published: QUAKE, offset: '+08:00', lines: ['Officials compared it with the crisis of 2008.'], phrase: '2008', value: '2008' },
    { published: QUAKE, offset: UK, lines: ['Heavy rain fell overnight, flooding hundreds of homes.'], phrase: 'overnight', value: QUAKE },
    { published: QUAKE, offset: UK, lines: ['Forecasters have issued a flood alert for Sunday.'], phrase: 'Sunday', value: '2026-02-15' },
    { published: QUAKE, offset: UK, lines: ['The Met Office has issued an amber warning for Friday.'], phrase: 'Friday', value: '2026-02-13' },
    { published: QUAKE, offset: UK, lines: ['Roads were closed on Saturday as the river rose.'], phrase: 'Saturday', value: '2026-02-07' },
    { published: QUAKE, offset: US, lines: ['The storm is expected to reach the coast late Wednesday.'], phrase: 'late Wednesday', value: '2026-02-11' },
    { published: QUAKE, offset: US, lines: ['The governor declared an emergency Sunday night.'], phrase: 'Sunday night', value: '2026-02-08' },
    { published: QUAKE, offset: US, lines: ['Crews will spend the next week clearing debris.'], phrase: 'the next week', value: null },
    { published: QUAKE, offset: '+09:00', lines: ['The tsunami warning was lifted at 6 p.m. local time on Monday.'], phrase: 'Monday', value: '2026-02-09' },
    { published: QUAKE, offset: '+05:30', lines: ['Heavy rain is predicted over the weekend.'], phrase: 'the weekend', value: '2026-02-14/2026-02-15' },
    { published: QUAKE, offset: '+05:30', lines: ['The fire broke out on the night of February 7.'], phrase: 'February 7', value: '2026-02-07' },
  ],
  diplomacy: [
    { published: TALKS, offset: '+00:00', lines: ['The foreign ministers will meet on Tuesday.'], phrase: 'Tuesday', value: '2025-12-23' },
    { published: TALKS, offset: '+00:00', lines: ['The envoy is due to arrive on Thursday.'], phrase: 'Thursday', value: '2025-12-25' },
    { published: TALKS, offset: '+00:00', lines: ['Talks collapsed on Friday.'], phrase: 'Friday', value: '2025-12-19' },
    { published: TALKS, offset: '+00:00', lines: ['The summit is set for the first week of January.'], phrase: 'the first week of January', value: '2026-01-01/2026-01-07' },
    { published: TALKS, offset: '+00:00', lines: ['A ceasefire is expected to take effect on Christmas Day.'], phrase: 'Christmas Day', value: '2025-12-25' },
    { published: TALKS, offset: '+00:00', lines: ['Crowds are expected in the square on New Year\u2019s Eve.'], phrase: 'New Year\u2019s Eve', value: '2025-12-31' },
    { published: TALKS, offset: '+00:00', lines: ['The ambassador will return home for Christmas.'], phrase: 'Christmas', value: '2025-12-25' },
    { published: TALKS, offset: '+00:00', lines: ['The two leaders last met in mid-2023.'], phrase: 'mid-2023', value: '2023-05-01/2023-08-31' },
    { published: TALKS, offset: '+00:00', lines: ['The delegation plans to travel to Geneva on Wednesday.'], phrase: 'Wednesday', value: '2025-12-24' },
    { published: TALKS, offset: '+00:00', lines: ['The minister spoke with her counterpart by phone over the weekend.'], phrase: 'the weekend', value: '2025-12-20/2025-12-21' },
    { published: TALKS, offset: '+00:00', lines: ['A truce began on Sunday.'], phrase: 'Sunday', value: '2025-12-21' },
    { published: TALKS, offset: '+00:00', lines: ['The sanctions were lifted last year.'], phrase: 'last year', value: '2024' },
    { published: TALKS, offset: '+00:00', lines: ['Negotiators met on the 3rd of last month.'], phrase: 'the 3rd of last month', value: '2025-11-03' },
    { published: TALKS, offset: '+00:00', lines: ['The talks, first held in 1994, resume on Jan. 8.'], phrase: 'Jan. 8', value: '2026-01-08' },
    { published: TALKS, offset: '+00:00', lines: ['The prime minister flew to Washington this morning.'], phrase: 'this morning', value: TALKS },
    { published: TALKS, offset: '+00:00', lines: ['The prisoners landed in Doha on Dec. 18.', 'The exchange itself took place the previous day.'], phrase: 'the previous day', value: '2025-12-17' },
    { published: TALKS, offset: '+00:00', lines: ['The agreement runs until the end of 2027.'], phrase: 'the end of 2027', value: '2027' },
    { published: TALKS, offset: '+00:00', lines: ['Troops will leave by the end of 2026.'], phrase: 'the end of 2026', value: '2026' },
    { published: TALKS, offset: '+00:00', lines: ['The base closes at the end of 2026.'], phrase: 'the end of 2026', value: '2026-09-01/2026-12-31' },
    { published: TALKS, offset: '+09:00', lines: ['The ministers will meet in Seoul next month.'], phrase: 'next month', value: '2026-01' },
    { published: TALKS, offset: '+09:00', lines: ['The two sides held talks in Beijing earlier this month.'], phrase: 'earlier this month', value: '2025-12-01/2025-12-22' },
    { published: TALKS, offset: '+00:00', lines: ['The envoy met the president on December 19th.'], phrase: 'December 19th', value: '2025-12-19' },
    { published: TALKS, offset: '+00:00', lines: ['The foreign secretary visits Kyiv next Tuesday and Wednesday.'], phrase: 'next Tuesday', value: '2025-12-23' },
  ],
  tech: [
    { published: TECH, offset: '-07:00', lines: ['The company will unveil its new phone on Sept. 9.'], phrase: 'Sept. 9', value: '2025-09-09' },
    { published: TECH, offset: '-07:00', lines: ['The outage began at 2:15 a.m. PT on Monday.'], phrase: 'Monday', value: '2025-05-12' },
    { published: TECH, offset: '-07:00', lines: ['The update rolled out last Thursday.'], phrase: 'last Thursday', value: '2025-05-08' },
    { published: TECH, offset: '-07:00', lines: ['The developer conference runs from June 9 through June 13.'], phrase: 'June 9 through June 13', value: '2025-06-09/2025-06-13' },
    { published: TECH, offset: '-07:00', lines: ['The service has been down since 10 p.m. ET Monday.'], phrase: 'Monday', value: '2025-05-12' },
    { published: TECH, offset: '-07:00', lines: ['The feature launches later this year.'], phrase: 'later this year', value: '2025-05-13/2025-12-31' },
    { published: TECH, offset: '-07:00', lines: ['The company said it would ship the headset early next year.'], phrase: 'early next year', value: '2026-01-01/2026-04-30' },
    { published: TECH, offset: '-07:00', lines: ['The company filed the patent on 2024-03-07.'], phrase: '2024-03-07', value: '2024-03-07' },
    { published: TECH, offset: '-07:00', lines: ['The recall covers phones made between March 3 and 5.'], phrase: 'March 3 and 5', value: '2025-03-03/2025-03-05' },
    { published: TECH, offset: '-07:00', lines: ['The hackers struck the week of April 21.'], phrase: 'the week of April 21', value: '2025-04-21/2025-04-27' },
    { published: TECH, offset: '-07:00', lines: ['Engineers patched the flaw overnight.'], phrase: 'overnight', value: TECH },
    { published: TECH, offset: '-07:00', lines: ['The regulator set a deadline of May 30 for the company to respond.'], phrase: 'May 30', value: '2025-05-30' },
    { published: TECH, offset: '+09:00', lines: ['The console goes on sale in Japan on 5 June.'], phrase: '5 June', value: '2025-06-05' },
    { published: TECH, offset: '-07:00', lines: ['The company is set to report earnings on Thursday.'], phrase: 'Thursday', value: '2025-05-15' },
    { published: TECH, offset: '-07:00', lines: ['The social network has promised a fix by the end of next week.'], phrase: 'the end of next week', value: '2025-05-19/2025-05-25' },
    { published: TECH, offset: '-07:00', lines: ['The app was pulled from the store on May 2, a week after its launch.'], phrase: 'May 2', value: '2025-05-02' },
    { published: TECH, offset: '-07:00', lines: ['The lab published the paper two weeks ago.'], phrase: 'two weeks ago', value: '2025-04-29' },
  ],
  'broadcasters and live blogs': [
    { published: FLOOD, offset: UK, lines: ['The prime minister will make a statement tonight.'], phrase: 'tonight', value: FLOOD },
    { published: FLOOD, offset: UK, lines: ['Earlier today the minister resigned.'], phrase: 'Earlier today', value: FLOOD },
    { published: FLOOD, offset: UK, lines: ['More rain is expected this evening.'], phrase: 'this evening', value: FLOOD },
    {
      published: FLOOD,
      offset: UK,
      lines: ['Flooding: live updates', 'Rivers burst their banks overnight.', 'Jun 3, 08:40', 'The agency said today that levels were falling.'],
      kinds: { 0: 'headline', 2: 'dateline' },
      phrase: 'today',
      value: '2025-06-03',
    },
    {
      published: FLOOD,
      offset: UK,
      lines: ['Flooding: live updates', 'Rivers burst their banks overnight.', '3 June 2025 08:40 BST', 'Rescuers reached the village yesterday.'],
      kinds: { 0: 'headline', 2: 'dateline' },
      phrase: 'yesterday',
      value: '2025-06-02',
    },
    { published: FLOOD, offset: US, lines: ['The president spoke to reporters aboard Air Force One late Sunday.'], phrase: 'late Sunday', value: '2025-06-01' },
    { published: FLOOD, offset: US, lines: ['Officials will brief reporters at 10 a.m. Tuesday.'], phrase: 'Tuesday', value: '2025-06-03' },
    { published: FLOOD, offset: '+05:30', lines: ['The cabinet met yesterday evening to discuss the monsoon.'], phrase: 'yesterday evening', value: '2025-06-01' },
    { published: FLOOD, offset: '+08:00', lines: ['The MRT line will be closed this Saturday.'], phrase: 'this Saturday', value: '2025-06-07' },
    { published: FLOOD, offset: UK, lines: ['A year ago this week, the same river burst its banks.'], phrase: 'A year ago this week', value: '2024-05-27/2024-06-02' },
    { published: FLOOD, offset: UK, lines: ['Two years ago this month, the plant closed.'], phrase: 'this month', value: '2023-06' },
    { published: FLOOD, offset: UK, lines: ['The minister will visit the area on Thursday, Downing Street said.'], phrase: 'Thursday', value: '2025-06-05' },
    { published: FLOOD, offset: UK, lines: ['Water levels peaked on Saturday afternoon.'], phrase: 'Saturday afternoon', value: '2025-05-31' },
  ],
  wires: [
    { published: FLOOD, offset: US, lines: ['WASHINGTON (Wire) - The Senate voted late Friday to pass the bill.'], phrase: 'late Friday', value: '2025-05-30' },
    { published: FLOOD, offset: US, lines: ['The House is expected to take up the measure Wednesday.'], phrase: 'Wednesday', value: '2025-06-04' },
    { published: FLOOD, offset: US, lines: ['Lawmakers left town for the weekend on Thursday.'], phrase: 'Thursday', value: '2025-05-29' },
    { published: FLOOD, offset: US, lines: ['The agency\u2019s May 28 report found no wrongdoing.'], phrase: 'May 28', value: '2025-05-28' },
    { published: FLOOD, offset: US, lines: ['The strike, which began May 20, is the longest since 2019.'], phrase: 'May 20', value: '2025-05-20' },
    { published: FLOOD, offset: '+09:00', lines: ['TOKYO (Wire) - Japan\u2019s economy shrank in January-March.'], phrase: 'January-March', value: '2025-01-01/2025-03-31' },
    { published: FLOOD, offset: US, lines: ['The talks will run Monday through Wednesday.'], phrase: 'Monday through Wednesday', value: '2025-06-02/2025-06-04' },
    { published: FLOOD, offset: US, lines: ['The talks ran Dec. 3-5 last year.'], phrase: 'Dec. 3-5', value: '2024-12-03/2024-12-05' },
    { published: FLOOD, offset: US, lines: ['The report, released Monday, covers 2024.'], phrase: '2024', value: '2024', gap: true },
    { published: FLOOD, offset: US, lines: ['The vote took place Tuesday, May 27.'], phrase: 'May 27', value: '2025-05-27' },
  ],
  'more forms': [
    { published: FLOOD, offset: US, lines: ['Police said the shooting happened this past weekend.'], phrase: 'this past weekend', value: '2025-05-31/2025-06-01' },
    { published: FLOOD, offset: US, lines: ['The team lost this past Sunday.'], phrase: 'this past Sunday', value: '2025-06-01' },
    { published: FLOOD, offset: UK, lines: ['The storm hit on Tuesday 27 May.'], phrase: '27 May', value: '2025-05-27' },
    { published: FLOOD, offset: US, lines: ['The vote is on Thursday, June 5.'], phrase: 'June 5', value: '2025-06-05' },
    { published: FLOOD, offset: US, lines: ['Talks were held Jan 14-15.'], phrase: 'Jan 14-15', value: '2025-01-14/2025-01-15' },
    { published: FLOOD, offset: US, lines: ['The festival runs June 9-11.'], phrase: 'June 9-11', value: '2025-06-09/2025-06-11' },
    { published: FLOOD, offset: UK, lines: ['The festival runs from 9 to 11 June.'], phrase: '9 to 11 June', value: '2025-06-09/2025-06-11' },
    { published: FLOOD, offset: UK, lines: ['The show ran from 9th to 11th May.'], phrase: '9th to 11th May', value: '2025-05-09/2025-05-11' },
    { published: FLOOD, offset: UK, lines: ['The shooting happened in the early hours of Sunday.'], phrase: 'Sunday', value: '2025-06-01' },
    { published: FLOOD, offset: UK, lines: ['The raid took place before dawn on Saturday.'], phrase: 'Saturday', value: '2025-05-31' },
    { published: FLOOD, offset: UK, lines: ['The ceasefire takes effect at midnight on Friday.'], phrase: 'Friday', value: '2025-06-06' },
    { published: FLOOD, offset: UK, lines: ['A curfew has been in force since Tuesday.'], phrase: 'Tuesday', value: '2025-05-27' },
    { published: '2025-09-10', offset: UK, lines: ['New parking rules apply from Monday.'], phrase: 'Monday', value: '2025-09-15' },
    { published: '2025-09-10', offset: UK, lines: ['Rail strikes are planned from Monday to Wednesday.'], phrase: 'Monday to Wednesday', value: '2025-09-15/2025-09-17' },
    { published: '2025-09-10', offset: UK, lines: ['Passengers reported delays from Monday morning.'], phrase: 'Monday morning', value: '2025-09-08' },
    { published: '2025-09-10', offset: UK, lines: ['From Monday, the rebels advanced on the city.'], phrase: 'Monday', value: '2025-09-08' },
    { published: FLOOD, offset: UK, lines: ['The dam failed on May 29.', 'Later that day, the river peaked.'], phrase: 'Later that day', value: '2025-05-29' },
    { published: FLOOD, offset: UK, lines: ['The dam failed on May 29.', 'The following day, rescuers arrived.'], phrase: 'The following day', value: '2025-05-30' },
    { published: FLOOD, offset: UK, lines: ['The dam failed on May 29.', 'That evening, the mayor spoke.'], phrase: 'That evening', value: '2025-05-29' },
    { published: FLOOD, offset: UK, lines: ['The dam failed on May 29.', 'A day earlier, officials had warned residents.'], phrase: 'A day earlier', value: '2025-05-28' },
    { published: TALKS, offset: UK, lines: ['Most shops will close on Boxing Day.'], phrase: 'Boxing Day', value: '2025-12-26' },
    { published: FLOOD, offset: US, lines: ['The parade is on the Fourth of July.'], phrase: 'the Fourth of July', value: '2025-07-04' },
    { published: FLOOD, offset: UK, lines: ['The two leaders met on the fourth of March.'], phrase: 'the fourth of March', value: '2025-03-04' },
    { published: FLOOD, offset: UK, lines: ['The vote is on the twenty-first of June.'], phrase: 'the twenty-first of June', value: '2025-06-21' },
    { published: TALKS, offset: UK, lines: ['Veterans Day events were cancelled.'], phrase: 'Veterans Day', value: '2025-11-11' },
    { published: '2024-12-02', offset: US, lines: ['Families gathered over Thanksgiving.'], phrase: 'Thanksgiving', value: '2024-11-28' },
    { published: TECH, offset: US, lines: ['The pool opens on Memorial Day.'], phrase: 'Memorial Day', value: '2025-05-26' },
    { published: '2025-08-20', offset: US, lines: ['Schools reopen the day after Labor Day.'], phrase: 'Labor Day', value: '2025-09-01' },
    { published: MARKET, offset: US, lines: ['Sales rose in Q4 2024.'], phrase: 'Q4 2024', value: '2024-10-01/2024-12-31' },
    { published: MARKET, offset: US, lines: ['Sales rose in the second half of last year.'], phrase: 'the second half of last year', value: '2024-07-01/2024-12-31' },
    { published: '2025-06-12', offset: US, lines: ['Jobless claims fell in the week ending June 6.'], phrase: 'the week ending June 6', value: '2025-05-31/2025-06-06' },
    { published: FLOOD, offset: UK, lines: ['The index rose on 2 June 2025.'], phrase: '2 June 2025', value: '2025-06-02' },
    { published: FLOOD, offset: '+09:00', lines: ['The summit opens on 2025/06/10.'], phrase: '2025/06/10', value: '2025-06-10' },
    { published: FLOOD, offset: '+02:00', lines: ['The incident took place on 03.05.2025.'], phrase: '03.05.2025', value: '2025-05-03' },
    { published: FLOOD, offset: US, lines: ['The order is dated 4/5/2025.'], phrase: '4/5/2025', value: '2025-04-05' },
    { published: FLOOD, offset: UK, lines: ['The order is dated 04/05/2025.'], phrase: '04/05/2025', value: '2025-05-04' },
    { published: FLOOD, offset: '+05:30', lines: ['The order is dated 04/05/2025.'], phrase: '04/05/2025', value: '2025-05-04' },
    // A UTC clock says nothing of the outlet (many US sites stamp in UTC): the month-first reading stays.
    { published: FLOOD, offset: '+00:00', lines: ['The order is dated 04/05/2025.'], phrase: '04/05/2025', value: '2025-04-05' },
    { published: FLOOD, offset: UK, lines: ['The order is dated 05/14/2025.'], phrase: '05/14/2025', value: '2025-05-14' },
    { published: FLOOD, offset: UK, lines: ['The inquiry reports on the 13th of June.'], phrase: 'the 13th of June', value: '2025-06-13' },
    { published: FLOOD, offset: US, lines: ['The report was published Jan. 13th, 2025.'], phrase: 'Jan. 13th, 2025', value: '2025-01-13' },
    { published: FLOOD, offset: UK, lines: ['The bridge reopened on 13 Jan.'], phrase: '13 Jan', value: '2025-01-13' },
    { published: FLOOD, offset: UK, lines: ['The committee sat on 13-14 May.'], phrase: '13-14 May', value: '2025-05-13/2025-05-14' },
    { published: FLOOD, offset: UK, lines: ['The couple wed on 24 May in the town hall.'], phrase: '24 May', value: '2025-05-24' },
    { published: FLOOD, offset: US, lines: ['The plant will shut down as of July 1.'], phrase: 'July 1', value: '2025-07-01' },
    { published: FLOOD, offset: US, lines: ['Voting closed at 8 p.m. Eastern on Tuesday.'], phrase: 'Tuesday', value: '2025-05-27' },
    { published: FLOOD, offset: US, lines: ['Ministers met on Tues. to discuss the budget.'], phrase: 'Tues', value: '2025-05-27' },
    { published: FLOOD, offset: US, lines: ['The vote is on Weds., June 11.'], phrase: 'June 11', value: '2025-06-11' },
    { published: FLOOD, offset: US, lines: ['The deal was signed Sept 3.'], phrase: 'Sept 3', value: '2024-09-03' },
    { published: FLOOD, offset: UK, lines: ['The inquiry resumes on Monday 9 June.'], phrase: 'Monday 9 June', value: '2025-06-09' },
    { published: FLOOD, offset: UK, lines: ['Police raided the house in the small hours of Sunday.'], phrase: 'Sunday', value: '2025-06-01' },
    { published: FLOOD, offset: UK, lines: ['Voting runs through June 30.'], phrase: 'June 30', value: '2025-06-02/2025-06-30' },
    { published: FLOOD, offset: UK, lines: ['The company was founded in the late 1990s.'], phrase: 'the late 1990s', value: '1997-01-01/1999-12-31' },
  ],
};

// Lead datelines: the dateline's day counts for "today" and "yesterday", not for every weekday on the page.
const ATHENS = '2026-03-12'; // a Thursday
const datelines: Probe[] = [
  { published: ATHENS, lines: ['ATHENS, Tuesday \u2014 A ferry sank off Crete today.', 'The captain was arrested on Wednesday.'], phrase: 'today', line: 0, value: '2026-03-10' },
  { published: ATHENS, lines: ['ATHENS, Tuesday \u2014 A ferry sank off Crete on Monday.', 'The captain was arrested on Wednesday.'], phrase: 'on Wednesday', value: '2026-03-11' },
  { published: ATHENS, lines: ['ATHENS, Tuesday \u2014 A ferry sank off Crete on Monday.', 'The captain was arrested on Wednesday.'], phrase: 'on Monday', line: 0, value: '2026-03-09' },
  { published: ATHENS, lines: ['ATHENS, Tuesday \u2014 Divers will search the wreck on Friday.'], phrase: 'on Friday', value: '2026-03-13' },
  { published: ATHENS, lines: ['ATHENS, Tuesday \u2014 The ferry sank yesterday.'], phrase: 'yesterday', value: '2026-03-09' },
  { published: ATHENS, lines: ['ATHENS, Tuesday \u2014 The coastguard said this morning that 12 people were missing.'], phrase: 'this morning', value: '2026-03-10' },
  { published: ATHENS, lines: ['ATHENS, Tuesday \u2014 Rescue crews worked overnight.', 'A court will hear the case next week.'], phrase: 'next week', value: '2026-03-16/2026-03-22' },
];

const undated: Probe[] = [
  { published: MATCH, offset: US, lines: ['The club finished fourth in the 2024 season.'], phrase: '2024 season', value: null },
  { published: MARKET, offset: US, lines: ['The firm will report Q2 FY26 results next month.'], phrase: 'Q2 FY26', value: null },
  { published: MARKET, offset: US, lines: ['Sales rose in Q3 of fiscal 2025.'], phrase: 'Q3', value: null },
  { published: COURT, offset: '+05:30', lines: ['Police said the theft took place on the intervening night of Monday and Tuesday.'], phrase: 'intervening night', value: null },
  { published: COURT, offset: UK, lines: ['It was the last evening of the festival.'], phrase: 'last evening', value: null },
  { published: FLOOD, offset: UK, lines: ['The dam failed on May 29.', 'Within hours, the water had reached the town.'], phrase: 'Within hours', value: null },
  { published: FLOOD, offset: UK, lines: ['The club signed him for the 2025-26 season.'], phrase: '2025-26', value: null },
  { published: FLOOD, offset: US, lines: ['The firm lost money in FY2025.'], phrase: 'FY2025', value: null },
  { published: FLOOD, offset: US, lines: ['The vote was 7-2 on the board.'], phrase: '7-2', value: null },
  { published: FLOOD, offset: US, lines: ['Highway 101 was closed near the bridge.'], phrase: '101', value: null },
  { published: FLOOD, offset: US, lines: ['The plane, a Boeing 737-800, landed safely.'], phrase: '737-800', value: null },
  { published: FLOOD, offset: UK, lines: ['The bus, the number 12, left the station.'], phrase: '12', value: null },
  { published: '2025-05-20', offset: '-04:00', lines: ['Campaigns are already planning for Election Day.'], phrase: 'Election Day', value: null },
  { published: MARKET, offset: US, lines: ['Year-end bonuses were cut by a third.'], phrase: 'Year-end', value: null },
  { published: QUAKE, offset: '+05:30', lines: ['The landslide buried the loss of 2000 homes in the valley.'], phrase: '2000', value: null },
  { published: QUAKE, offset: '+05:30', lines: ['The ash cloud rose to a height of 1900 metres.'], phrase: '1900', value: null },
  { published: MARKET, offset: US, lines: ['The firm reported a total of 2014 complaints.'], phrase: '2014', value: null },
  { published: TALKS, offset: '+00:00', lines: ['Officials said a deal could come in the coming days.'], phrase: 'the coming days', value: null },
  { published: MARKET, offset: US, lines: ['The retailer cut its outlook for the full year.'], phrase: 'the full year', value: null },
  { published: COURT, offset: US, lines: ['The jury deliberated for nine hours on Tuesday.'], phrase: 'nine hours', value: null },
  { published: COURT, offset: US, lines: ['The lawyer, 52, said her client would appeal.'], phrase: '52', value: null },
  { published: COURT, offset: US, lines: ['The Jan 6 committee subpoenaed the aide.'], phrase: 'Jan 6', value: null },
  { published: COURT, offset: US, lines: ['Families of 9/11 victims sued the airline.'], phrase: '9/11', value: null },
  { published: COURT, offset: US, lines: ['The justices ruled 6-3 in favor of the state.'], phrase: '6-3', value: null },
  { published: COURT, offset: US, lines: ['He was sentenced to 25 years in prison.'], phrase: '25 years', value: null },
  { published: COURT, offset: UK, lines: ['Police were called to a house at 14 Mill Lane.'], phrase: '14', value: null },
  { published: VOTE, offset: '-05:00', lines: ['The governor won 52% of the vote.'], phrase: '52%', value: null },
  { published: VOTE, offset: '-05:00', lines: ['Officials counted ballots at 2,024 polling stations.'], phrase: '2,024', value: null },
  { published: VOTE, offset: '-05:00', lines: ['The bill passed 218-214.'], phrase: '218-214', value: null },
  { published: VOTE, offset: '-05:00', lines: ['Her opponent, 71, conceded the race.'], phrase: '71', value: null },
  { published: VOTE, offset: '-05:00', lines: ['The senator served four terms.'], phrase: 'four terms', value: null },
  { published: MATCH, offset: UK, lines: ['City won 3-1 at home on Saturday.'], phrase: '3-1', value: null },
  { published: MATCH, offset: UK, lines: ['The striker, 23, signed a five-year deal.'], phrase: 'five-year', value: null },
  { published: MATCH, offset: UK, lines: ['He scored in the 89th minute.'], phrase: '89th minute', value: null },
  { published: MATCH, offset: UK, lines: ['She ran the 10,000m in 29:55.'], phrase: '29:55', value: null },
  { published: MATCH, offset: UK, lines: ['Leeds beat Hull 2-0 and Derby drew 1-1 with Stoke.'], phrase: '1-1', value: null },
  { published: MATCH, offset: UK, lines: ['The club has played 2,000 league games.'], phrase: '2,000', value: null },
  { published: MATCH, offset: US, lines: ['The pitcher threw 102 pitches over seven innings.'], phrase: 'seven innings', value: null },
  { published: MATCH, offset: UK, lines: ['The club plays its home games at weekends.'], phrase: 'weekends', value: null },
  { published: MARKET, offset: US, lines: ['The firm expects margins to improve in fiscal 2026.'], phrase: 'fiscal 2026', value: null },
  { published: MARKET, offset: US, lines: ['Shares closed at $142.50.'], phrase: '142.50', value: null },
  { published: MARKET, offset: US, lines: ['The S&P 500 rose 0.4%.'], phrase: '500', value: null },
  { published: MARKET, offset: US, lines: ['The airline ordered 50 A350-1000 jets.'], phrase: 'A350-1000', value: null },
  { published: MARKET, offset: US, lines: ['The yield on the 10-year note rose to 4.1%.'], phrase: '10-year', value: null },
  { published: MARKET, offset: US, lines: ['The chipmaker unveiled its H200 chip.'], phrase: 'H200', value: null },
  { published: MARKET, offset: US, lines: ['The bank has 1,850 branches.'], phrase: '1,850', value: null },
  { published: MARKET, offset: US, lines: ['The index rose 2.5% over the week.'], phrase: 'the week', value: null },
  { published: QUAKE, offset: '+05:30', lines: ['Power was restored to 40,000 homes.'], phrase: '40,000', value: null },
  { published: QUAKE, offset: '+05:30', lines: ['The storm killed 14 people in 72 hours.'], phrase: '72 hours', value: null },
  { published: QUAKE, offset: '+05:30', lines: ['The shelters will stay open 24/7.'], phrase: '24/7', value: null },
  { published: QUAKE, offset: '+05:30', lines: ['The tremor was felt 300 km away.'], phrase: '300 km', value: null },
  { published: QUAKE, offset: '+05:30', lines: ['The magnitude 7.1 quake was the strongest in a century.'], phrase: 'a century', value: null },
  { published: QUAKE, offset: '+05:30', lines: ['Officials will review the damage in the coming weeks.'], phrase: 'the coming weeks', value: null },
  { published: TALKS, offset: '+00:00', lines: ['A 90-day truce began on Sunday.'], phrase: '90-day', value: null },
  { published: TALKS, offset: '+00:00', lines: ['The embassy at 24 Grosvenor Square was closed.'], phrase: '24', value: null },
  { published: TALKS, offset: '+00:00', lines: ['Leaders of the G20 met in the capital.'], phrase: 'G20', value: null },
  { published: TALKS, offset: '+00:00', lines: ['The UN passed Resolution 2334 on Israeli settlements.'], phrase: '2334', value: null },
  { published: TALKS, offset: '+00:00', lines: ['The talks lasted three days.'], phrase: 'three days', value: null },
  { published: TECH, offset: '-07:00', lines: ['The app has 500 million users.'], phrase: '500 million', value: null },
  { published: TECH, offset: '-07:00', lines: ['The bug affected Windows 11 machines.'], phrase: '11', value: null },
  { published: TECH, offset: '-07:00', lines: ['The chip is built on a 3-nanometer process.'], phrase: '3-nanometer', value: null },
  { published: TECH, offset: '-07:00', lines: ['The startup began in a garage at 2066 Crist Drive.'], phrase: '2066', value: null },
  { published: TECH, offset: '-07:00', lines: ['The headset has a battery life of two hours.'], phrase: 'two hours', value: null },
  { published: TECH, offset: '-07:00', lines: ['The support line is open 24/7 for customers.'], phrase: '24/7', value: null },
  { published: TECH, offset: '-07:00', lines: ['The iPhone 16 went on sale in many countries.'], phrase: '16', value: null },
  { published: FLOOD, offset: UK, lines: ['The lorry was travelling on the M4 at 70mph.'], phrase: '70mph', value: null },
  { published: FLOOD, offset: UK, lines: ['The 1-in-100-year flood defences held.'], phrase: '100-year', value: null },
  { published: FLOOD, offset: US, lines: ['The Covid-19 pandemic emptied the office towers.'], phrase: '19', value: null },
  { published: FLOOD, offset: US, lines: ['The agency issued 1,200 permits in May and June.'], phrase: '1,200', value: null },
];

const titleOf = (probe: Probe): string =>
  `${probe.published}${probe.offset ? ` ${probe.offset}` : ''}: "${probe.phrase}" in "${probe.lines[probe.line ?? probe.lines.length - 1]}" → ${probe.value ?? 'no date'}`;

for (const [family, probes] of Object.entries(families)) {
  describe(`probe 6, ${family}`, () => {
    for (const probe of probes) {
      (probe.gap ? it.fails : it)(titleOf(probe), () => {
        const values = valuesAt(probe);
        expect(values.length).toBeGreaterThan(0);
        expect(values.every((value) => value === probe.value)).toBe(true);
      });
    }
  });
}

describe('probe 6, lead datelines', () => {
  for (const probe of datelines) {
    (probe.gap ? it.fails : it)(titleOf(probe), () => {
      const values = valuesAt(probe);
      expect(values.length).toBeGreaterThan(0);
      expect(values.every((value) => value === probe.value)).toBe(true);
    });
  }
});

describe('probe 6, what names no date', () => {
  for (const probe of undated) {
    (probe.gap ? it.fails : it)(titleOf(probe), () => {
      expect(valuesAt(probe).every((value) => value === null)).toBe(true);
    });
  }
});
