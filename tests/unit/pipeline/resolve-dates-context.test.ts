/**
 * Dates read from the story around them: times and parts of a day, counts from
 * a happening, a weekday the article has already placed, weeks cut in thirds,
 * and spans whose start the text does not give. Reference days are pinned; each
 * rule has a case it must not match. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { dateMentionSchema, type DateMention, type Sentence } from '../../../src/lib/corpus/schema';
import { resolveDates } from '../../../src/pipeline/stages/resolve-dates/resolve-dates';

function resolve(date: string | null, lines: string[]): DateMention[] {
  const sentences: Sentence[] = lines.map((text, i) => ({ id: `t-s${i + 1}`, text, paragraph: i + 1, kind: 'body', line: i + 1 }));
  const mentions = resolveDates(
    { articleId: 't', reference: date ? { date, offset: '+09:00' } : null, publishedLabel: date ? `published ${date}` : 'unknown' },
    sentences,
  );
  for (const mention of mentions) {
    expect(dateMentionSchema.parse(mention)).toEqual(mention);
    expect(sentences.find((s) => s.id === mention.sentenceId)?.text.slice(mention.charStart, mention.charEnd)).toBe(mention.text);
  }
  return mentions;
}

const quick = (date: string | null, ...lines: string[]): Array<[string, string | null]> => resolve(date, lines).map((m) => [m.text, m.value]);

describe('times of day', () => {
  it('a clock time is on the day of the story so far: the previous day in the article, else publication', () => {
    expect(quick('2024-03-11', 'The ferry left Busan early on the 9th and ran aground at 6:40 a.m.', 'A coast guard cutter reached it at 7:15 a.m.')).toEqual([
      ['on the 9th', '2024-03-09'],
      ['at 6:40 a.m.', '2024-03-09'],
      ['at 7:15 a.m.', '2024-03-09'],
    ]);
    expect(quick('2024-03-11', 'Counting began at 5pm local time.')).toEqual([['at 5pm local time', '2024-03-11']]);
    expect(quick('2024-03-11', 'The curfew starts at noon.')).toEqual([['noon', '2024-03-11']]);
  });

  it('not a time: a score, a ratio or hours counted after something', () => {
    expect(quick('2024-03-11', 'The committee split 10:12 on the motion.')).toEqual([]);
    expect(quick('2024-03-11', 'Polls open on Sunday and close ten hours later.')).toEqual([['on Sunday', '2024-03-10']]);
  });

  it('"two minutes later" keeps the previous day; a hedged or hour-long step does not name one', () => {
    expect(quick('2024-03-11', 'The alarm sounded on Saturday, and the crew radioed for help three minutes later.')).toEqual([
      ['on Saturday', '2024-03-09'],
      ['three minutes later', '2024-03-09'],
    ]);
    expect(quick('2024-03-11', 'The alarm sounded on Saturday, and help came about twenty minutes later.')).toEqual([['on Saturday', '2024-03-09']]);
  });
});

describe('parts of a day', () => {
  it('"in the morning", "in the early evening" are the day of the story so far', () => {
    expect(quick('2024-05-04', 'The senator voted in the morning.')).toEqual([['in the morning', '2024-05-04']]);
    expect(quick('2024-05-04', 'Turnout rose on Friday.', 'The rival conceded in the early evening.')).toEqual([
      ['on Friday', '2024-05-03'],
      ['in the early evening', '2024-05-03'],
    ]);
  });

  it('"the next morning", "that night", "the previous evening" count from the previous day', () => {
    expect(quick('2024-05-04', 'Rescuers arrived on Wednesday.', 'The river crested that night and fell the next morning.')).toEqual([
      ['on Wednesday', '2024-05-01'],
      ['that night', '2024-05-01'],
      ['the next morning', '2024-05-02'],
    ]);
    expect(quick('2024-05-04', 'Rescuers arrived on Wednesday.', 'Warnings had gone out the previous evening.')).toEqual([
      ['on Wednesday', '2024-05-01'],
      ['the previous evening', '2024-04-30'],
    ]);
    // With no day before it, "the next morning" has nothing to count from.
    expect(quick('2024-05-04', 'The river fell the next morning.')).toEqual([['the next morning', null]]);
  });

  it('not a day: a habit in the plural, or a part of day that chrono dates itself', () => {
    expect(quick('2024-05-04', 'She walks the dog in the mornings.')).toEqual([]);
    expect(quick('2024-05-04', 'The strike came in the early morning of April 28.')).toEqual([['in the early morning of April 28', '2024-04-28']]);
  });
});

// The mention is the count: "after" opens the happening's clause, which the date does not report.
describe('a count from a happening ("a day after the crash")', () => {
  it('takes the day the sentence reports when it has one', () => {
    expect(quick('2024-07-09', 'The governor on Monday ordered an inquiry, a day after a dam burst upstream.')).toEqual([
      ['on Monday', '2024-07-08'],
      ['a day', '2024-07-08'],
    ]);
  });

  it('counts from a day named in the happening, or from the previous day in the article', () => {
    expect(quick('2024-07-09', 'Divers found the recorder two days after the July 4 collapse.')).toEqual([
      ['two days', '2024-07-06'],
      ['July 4', '2024-07-04'],
    ]);
    expect(quick('2024-07-09', 'The dam burst on Thursday.', 'Divers reached it three days after the collapse.')).toEqual([
      ['on Thursday', '2024-07-04'],
      ['three days', '2024-07-07'],
    ]);
  });

  it('counts from the day an earlier sentence gives the happening it names, not from an unrelated day written since', () => {
    // Mon 2024-01-15.
    expect(
      quick(
        '2024-01-15',
        'The plane crashed on the morning of Dec. 29.',
        'The inquiry opened on Jan. 8.',
        'Two days before the crash, the same plane flew to Beijing.',
        'The day before the crash, the airline had replaced a sensor.',
      ),
    ).toEqual([
      ['on the morning of Dec. 29', '2023-12-29'],
      ['on Jan. 8', '2024-01-08'],
      ['Two days', '2023-12-27'],
      ['The day', '2023-12-28'],
    ]);
  });

  it('does not count from a day still to come, which no reported happening can be; says why instead', () => {
    const mentions = resolve('2024-01-15', ['The legislature convenes on Feb. 1.', 'The vote came a week after the final debate.']);
    expect(mentions.map((mention) => [mention.text, mention.value])).toEqual([
      ['on Feb. 1', '2024-02-01'],
      ['a week', null],
    ]);
    expect(mentions[1]!.reason).toBe('the article gives no past day for the debate it counts from');
  });

  it('"on the eve of the vote" is the day before the day given the vote, whatever the verb\u2019s form; "Christmas Eve" is a holiday', () => {
    // Fri 2024-01-12.
    expect(quick('2024-01-12', 'Taiwan will vote on Jan. 13.', 'The new legislature sits on Feb. 1.', 'On the eve of the vote, both candidates spoke.')).toEqual([
      ['on Jan. 13', '2024-01-13'],
      ['on Feb. 1', '2024-02-01'],
      ['On the eve', '2024-01-12'],
    ]);
    expect(quick('2024-01-12', 'Christmas Eve was quiet.')).toEqual([['Christmas Eve', '2023-12-24']]);
  });

  it('"election night" and "polling day" are the day the article gives the election or the polls; with none, open with the reason', () => {
    expect(quick('2024-01-15', 'Voters went to the polls on Saturday.', 'Polling day passed peacefully.', 'On election night, the winner spoke.')).toEqual([
      ['on Saturday', '2024-01-13'],
      ['Polling day', '2024-01-13'],
      ['On election night', null],
    ]);
    expect(quick('2024-01-15', 'Taiwan elected a president on Jan. 13.', 'On election night, the winner spoke.')).toEqual([
      ['on Jan. 13', '2024-01-13'],
      ['On election night', '2024-01-13'],
    ]);
    expect(quick('2024-01-15', 'It was a fine spring day, and the morning light was soft.')).toEqual([]);
  });

  it('with nothing before it, a lede reports the publication day', () => {
    expect(quick('2024-07-09', 'Markets steadied a day after the central bank cut rates.')).toEqual([['a day', '2024-07-09']]);
  });

  it('a hedged count or a month after is no day', () => {
    expect(quick('2024-07-09', 'Markets steadied about a week after the cut.')).toEqual([['about a week after', null]]);
    expect(quick('2024-07-09', 'Talks resumed a month after the talks collapsed.')).toEqual([]);
  });
});

describe('a weekday the article has already placed', () => {
  it('an untensed weekday is the one an earlier tensed sentence placed', () => {
    // Thursday 2024-01-11: "will" puts Saturday ahead; "Polls open … on Saturday" has no tense of its own.
    expect(quick('2024-01-11', 'Voters will choose a mayor on Saturday.', 'Polls open at 7 a.m. on Saturday.')).toEqual([
      ['on Saturday', '2024-01-13'],
      ['at 7 a.m. on Saturday', '2024-01-13'],
    ]);
  });

  it('a tensed weekday keeps its own tense, and an untensed one with no earlier mention keeps the news default', () => {
    expect(quick('2024-01-11', 'Voters will choose a mayor on Saturday.', 'Turnout was low last time, and the rival campaigned on Saturday.')).toEqual([
      ['on Saturday', '2024-01-13'],
      ['on Saturday', '2024-01-06'],
    ]);
    expect(quick('2024-01-11', 'A rally at 7 a.m. on Saturday.')).toEqual([['at 7 a.m. on Saturday', '2024-01-06']]);
    // "open" with its clock time is a timetable's present verb: it looks ahead (probe 5).
    expect(quick('2024-01-11', 'Polls open at 7 a.m. on Saturday.')).toEqual([['at 7 a.m. on Saturday', '2024-01-13']]);
  });
});

describe('possessive dates, weeks in thirds, spans whose start is not given', () => {
  it('"in Saturday\'s vote": the preposition is the noun\'s, not the date\'s', () => {
    expect(quick('2024-01-14', 'She won a seat in Saturday\'s vote.')).toEqual([['Saturday', '2024-01-13']]);
    expect(quick('2024-01-14', 'She won a seat in Saturday voting.')).toEqual([['in Saturday', '2024-01-13']]);
  });

  it('"early next week", "late this week" are thirds of a Monday–Sunday week', () => {
    expect(quick('2024-01-13', 'Envoys are expected to arrive early next week.')).toEqual([['early next week', '2024-01-15/2024-01-17']]);
    expect(quick('2024-01-10', 'A vote is planned for late this week.')).toEqual([['late this week', '2024-01-11/2024-01-14']]);
    expect(quick('2024-01-10', 'A vote is planned for next week.')).toEqual([['next week', '2024-01-15/2024-01-21']]);
  });

  it('"will run until Jan. 3" dates the end it names; an untensed "until" is still a span from publication', () => {
    expect(quick('2024-12-30', 'The checks will run until Jan. 3.')).toEqual([['until Jan. 3', '2025-01-03']]);
    expect(quick('2024-12-30', 'The airport stays closed until Jan. 3.')).toEqual([['until Jan. 3', '2024-12-30/2025-01-03']]);
  });
});

describe('spans in words', () => {
  it('"from 2019 through November 2022", "between 2010 and 2014", "from 2010 to 2014" are one interval', () => {
    expect(quick('2024-03-28', 'From 2019 through November 2022, the fund moved money offshore.')).toEqual([
      ['From 2019 through November 2022', '2019-01-01/2022-11-30'],
    ]);
    expect(quick('2024-03-28', 'She was governor between 2010 and 2014.')).toEqual([['between 2010 and 2014', '2010-01-01/2014-12-31']]);
    expect(quick('2024-03-28', 'She served from 2010 to 2014.')).toEqual([['from 2010 to 2014', '2010-01-01/2014-12-31']]);
    expect(quick('2024-03-28', 'Between Jan. 5 and Jan. 9, the envoys toured.')).toEqual([['Between Jan. 5 and Jan. 9', '2024-01-05/2024-01-09']]);
  });

  it('not a span: amounts between two numbers, and two dates not joined by span words', () => {
    expect(quick('2024-03-28', 'Between 1900 and 2000 people marched.')).toEqual([]);
    expect(quick('2024-03-28', 'She lived there from 1999 and moved to Osaka in 2005.')).toEqual([
      ['1999', '1999'],
      ['in 2005', '2005'],
    ]);
  });
});

describe('a month or month-day named with more than its number', () => {
  it('a weekday beside a month-day picks the year in which it falls on that weekday', () => {
    // 2025-01-02: March 7 is a Thursday in 2024, not in 2025.
    expect(quick('2025-01-02', 'The court ruled on Thursday, March 7.')).toEqual([['on Thursday, March 7', '2024-03-07']]);
    expect(quick('2025-01-02', 'The vote is on Monday, Jan. 13.')).toEqual([['on Monday, Jan. 13', '2025-01-13']]);
  });

  it('a weekday that fits no year on the tense\'s side of publication is a misprint: the tense decides', () => {
    expect(quick('2025-01-02', 'The court ruled on Friday, March 7.')).toEqual([['on Friday, March 7', '2024-03-07']]);
  });

  it('"last November", "next March", "this June" are named from the publication month', () => {
    expect(quick('2024-09-13', 'He was convicted last November.')).toEqual([['last November', '2023-11']]);
    expect(quick('2024-09-13', 'Elections are due next March.')).toEqual([['next March', '2025-03']]);
    expect(quick('2024-09-13', 'A law passed this June.')).toEqual([['this June', '2024-06']]);
  });

  it('not a relation: "the last March" is a month with an adjective', () => {
    expect(quick('2024-09-13', 'The last March was cold.')).toEqual([['March', '2024-03']]);
  });
});

describe('two days of one month written as one', () => {
  it('"Jan. 13–14, 2025", "on Jan. 13 and 14", "on 13 and 14 January" are one interval', () => {
    expect(quick('2025-01-15', 'The envoy visited Seoul on Jan. 13–14, 2025.')).toEqual([['on Jan. 13–14, 2025', '2025-01-13/2025-01-14']]);
    expect(quick('2025-01-15', 'The envoys met on Jan. 13 and 14.')).toEqual([['on Jan. 13 and 14', '2025-01-13/2025-01-14']]);
    expect(quick('2025-01-15', 'The envoys met on 13 and 14 January.')).toEqual([['on 13 and 14 January', '2025-01-13/2025-01-14']]);
  });

  it('not a second day: a count after "and", or a day before the first', () => {
    expect(quick('2025-01-15', 'On Jan. 13 and 14 people were hurt.')).toEqual([['On Jan. 13', '2025-01-13']]);
    expect(quick('2025-01-15', 'Jan. 14 and 13 were cold days.')).toEqual([['Jan. 14', '2025-01-14']]);
  });
});

describe('timetables in the present tense', () => {
  it('"the trial begins Monday", "flights resume on Wednesday", "voting takes place on Saturday" look ahead', () => {
    // Monday 2024-12-30.
    expect(quick('2024-12-30', 'The trial begins Monday.')).toEqual([['Monday', '2024-12-30']]);
    expect(quick('2024-12-30', 'Flights resume on Wednesday.')).toEqual([['on Wednesday', '2025-01-01']]);
    expect(quick('2024-12-30', 'Voting takes place on Saturday.')).toEqual([['on Saturday', '2025-01-04']]);
    expect(quick('2024-12-30', 'The mourning period ends on Jan. 4.')).toEqual([['on Jan. 4', '2025-01-04']]);
  });

  it('not a timetable: a past verb nearer the date, or "ends" as a noun', () => {
    expect(quick('2024-12-30', 'The trial, which began on Monday, was adjourned.')).toEqual([['on Monday', '2024-12-30']]);
    expect(quick('2024-12-30', 'Loose ends remained on Friday.')).toEqual([['on Friday', '2024-12-27']]);
  });
});

describe('"the day after", "the end of the year", holidays and wars by name', () => {
  it('"the day after the crash" is one day from the happening, as "a day after" is', () => {
    expect(quick('2024-12-30', 'The plane crashed on Sunday.', 'The day after the crash, officials ordered checks.')).toEqual([
      ['on Sunday', '2024-12-29'],
      ['The day', '2024-12-30'],
    ]);
    expect(quick('2025-01-14', 'Rallies filled the city the night before the vote on Jan. 13.')).toEqual([
      ['the night', '2025-01-12'],
      ['on Jan. 13', '2025-01-13'],
    ]);
  });

  it('"at the end of the month", "at the start of the week" are parts of the publication\'s year, month, week; "by the end of the year" is the year', () => {
    expect(quick('2024-12-10', 'The report will be out by the end of the year.')).toEqual([['the end of the year', '2024']]);
    expect(quick('2024-12-10', 'At the end of the month, he will leave.')).toEqual([['At the end of the month', '2024-12-21/2024-12-31']]);
    // told in the past, the last month's end (as "at month-end" is): this month's has not come yet
    expect(quick('2024-12-10', 'At the end of the month, he left.')).toEqual([['At the end of the month', '2024-11-21/2024-11-30']]);
    expect(quick('2024-12-10', 'He was at the end of the line.')).toEqual([]);
  });

  it('fixed-date holidays take their year by tense; a lower-case word is no holiday', () => {
    expect(quick('2024-12-30', 'A memorial will be held on New Year\'s Day.')).toEqual([['on New Year\'s Day', '2025-01-01']]);
    expect(quick('2024-12-30', 'On Christmas Eve, the president visited troops.')).toEqual([['On Christmas Eve', '2024-12-24']]);
    expect(quick('2024-12-30', 'He bought a christmas tree.')).toEqual([]);
  });

  it('a war a story recalls is its dates in history; "World War II-era" describes a thing', () => {
    expect(quick('2025-01-14', 'Laborers were mobilized during World War II.')).toEqual([['during World War II', '1939-09-01/1945-09-02']]);
    expect(quick('2025-01-14', 'The Korean War ended in an armistice.')).toEqual([['The Korean War', '1950-06-25/1953-07-27']]);
    expect(quick('2025-01-14', 'The World War II-era mine closed.')).toEqual([]);
  });
});

describe('a clock time beside its day, and two days of the month in the Korean style', () => {
  it('"at 4 p.m. on the 13th" takes the day written after it, not the previous one', () => {
    expect(quick('2025-01-14', 'They spoke on Jan. 10.', 'The ministers met at 4 p.m. on the 13th.')).toEqual([
      ['on Jan. 10', '2025-01-10'],
      ['at 4 p.m.', '2025-01-13'],
      ['on the 13th', '2025-01-13'],
    ]);
    // Negative: a day later in the sentence, past other words, is not the time's own, nor a day to count from.
    expect(quick('2025-01-14', 'They spoke on Jan. 10.', 'At 9 a.m. the ministers met; on Sunday they rested.')).toEqual([
      ['on Jan. 10', '2025-01-10'],
      ['At 9 a.m.', '2025-01-10'],
      ['on Sunday', '2025-01-12'],
    ]);
  });

  it('"on the 13th and 14th" is one interval; a pair out of order or followed by a verb reads the first day only', () => {
    expect(quick('2025-01-15', 'Cho held talks with Iwaya on the 13th and 14th.')).toEqual([['on the 13th and 14th', '2025-01-13/2025-01-14']]);
    expect(quick('2025-01-15', 'Talks on the 13th and the 14th went well.')).toEqual([['on the 13th', '2025-01-13']]);
    expect(quick('2025-01-15', 'On the 14th and 13th nothing happened.')).toEqual([['On the 14th', '2025-01-14']]);
  });
});

describe('seasons, quarters, halves and decades', () => {
  it('a season by relation, by stated year, or by tense', () => {
    // 2025-01-14: last spring ended in May 2024; this winter began in December 2024.
    expect(quick('2025-01-14', 'Last spring, the ministry warned of bird strikes.')).toEqual([['Last spring', '2024-03-01/2024-05-31']]);
    expect(quick('2025-01-14', 'This winter has been mild.')).toEqual([['This winter', '2024-12-01/2025-02-28']]);
    expect(quick('2025-01-14', 'The runway was extended in the summer of 2023.')).toEqual([['in the summer of 2023', '2023-06-01/2023-08-31']]);
    expect(quick('2025-01-14', 'In the spring, the ministry will review it.')).toEqual([['In the spring', '2025-03-01/2025-05-31']]);
  });

  it('quarters and halves need their year; decades need "the" or early/mid/late', () => {
    expect(quick('2025-01-14', 'Exports rose in the first half of 2024.')).toEqual([['in the first half of 2024', '2024-01-01/2024-06-30']]);
    expect(quick('2025-01-14', 'Profit fell in the third quarter of last year.')).toEqual([['in the third quarter of last year', '2024-07-01/2024-09-30']]);
    expect(quick('2025-01-14', 'Q3 2024 sales rose.')).toEqual([['Q3 2024', '2024-07-01/2024-09-30']]);
    expect(quick('2025-03-12', 'Exports fell in the first half of the year.')).toEqual([['in the first half of the year', '2025-01-01/2025-06-30']]);
    expect(quick('2025-01-14', 'He grew up in the late 1980s.')).toEqual([['in the late 1980s', '1987-01-01/1989-12-31']]);
  });

  it('not a season or a part of a year: verbs and nouns, a name, a match\'s half, an age', () => {
    expect(quick('2025-01-14', 'Prices fall in winter when demand drops, and a spring broke.')).toEqual([]);
    expect(quick('2025-01-14', 'The team led in the first half.')).toEqual([]);
    expect(quick('2025-01-14', 'He is in his 30s.')).toEqual([]);
    expect(quick('2025-01-14', 'The Arab Spring shook the region.')).toEqual([]);
  });
});

describe('modals', () => {
  it('a modal before a date looks ahead; "would have" looks back', () => {
    // Tuesday 2024-12-31.
    expect(quick('2024-12-31', 'He must appear in court on Monday.')).toEqual([['on Monday', '2025-01-06']]);
    expect(quick('2024-12-31', 'The ministry said it would announce the result on Friday.')).toEqual([['on Friday', '2025-01-03']]);
    expect(quick('2024-12-31', 'He would have turned 80 on Monday.')).toEqual([['on Monday', '2024-12-30']]);
  });

  it('a modal after the date, in reported speech, does not set its tense', () => {
    expect(quick('2024-12-31', 'In a press conference on Saturday he said he would not resign.')).toEqual([['on Saturday', '2024-12-28']]);
  });
});

describe('a date moved to another', () => {
  it('"postponed the hearing to Jan. 15", "moved up to Friday" point at the new date, ahead', () => {
    expect(quick('2024-12-31', 'On Monday, the court postponed the hearing to Jan. 15.')).toEqual([
      ['On Monday', '2024-12-30'],
      ['Jan. 15', '2025-01-15'],
    ]);
    expect(quick('2024-12-31', 'The deadline was moved up to Friday.')).toEqual([['Friday', '2025-01-03']]);
  });

  it('not a new date: moving to a place, or postponing on a day', () => {
    expect(quick('2024-12-31', 'He moved to Seoul on Monday.')).toEqual([['on Monday', '2024-12-30']]);
    expect(quick('2024-12-31', 'The hearing was postponed on Monday.')).toEqual([['on Monday', '2024-12-30']]);
  });
});

describe('days counted from the story, not publication', () => {
  it('"that same day", "the following Monday", "the next Tuesday" count from the previous dated day', () => {
    expect(quick('2024-12-31', 'The plane crashed on Dec. 20.', 'That same day, officials met.', 'The following Monday, the inquiry began.')).toEqual([
      ['on Dec. 20', '2024-12-20'],
      ['That same day', '2024-12-20'],
      ['The following Monday', '2024-12-23'],
    ]);
    expect(quick('2024-12-31', 'The plane crashed on Dec. 20.', 'They met again the next Tuesday.')).toEqual([
      ['on Dec. 20', '2024-12-20'],
      ['the next Tuesday', '2024-12-24'],
    ]);
  });

  it('"this past Sunday" keeps "this" in the mention; "past" alone still names the week before publication', () => {
    expect(quick('2025-01-15', 'It happened this past Sunday.')).toEqual([['this past Sunday', '2025-01-12']]);
    expect(quick('2025-01-15', 'He was in Tokyo this past weekend.')).toEqual([['this past weekend', '2025-01-11/2025-01-12']]);
  });

  it('"next Tuesday" without "the" is still counted from publication', () => {
    expect(quick('2024-12-31', 'The plane crashed on Dec. 20.', 'He will visit next Tuesday.')).toEqual([
      ['on Dec. 20', '2024-12-20'],
      ['next Tuesday', '2025-01-07'],
    ]);
  });
});
