/**
 * Days and periods known by name, which chrono does not read: fixed-date
 * holidays ("on Christmas Eve", "New Year's Day"; the year by tense, as for any
 * month-day) and the wars a story recalls ("during World War II"), whose dates
 * are history's, not the article's.
 */
import { MONTH_NAMES } from '../../text/days';
import { toModifier, type Candidate } from './model';

/** A sentence speaking of another kind of year than January's (a school's, a budget's, another calendar's). */
const OTHER_YEAR = /\b(?:school|academic|financial|fiscal|tax|lunar|calendar|semester|term|season|harvest|session)\b/i;
/** Holidays on the same day every year. Moving feasts (Easter, Lunar New Year) need a calendar, not a list. */
const HOLIDAYS: ReadonlyArray<{ pattern: string; month: number; day: number; words?: true }> = [
  { pattern: "christmas\\s+eve", month: 12, day: 24 },
  { pattern: "christmas(?:\\s+day)?", month: 12, day: 25 },
  { pattern: "boxing\\s+day", month: 12, day: 26 },
  { pattern: "new\\s+year['’]s\\s+eve", month: 12, day: 31 },
  { pattern: "new\\s+year['’]s(?:\\s+day)?", month: 1, day: 1 },
  // The year's ends said in words, as disaster and year-end reports do; not "the first day of the year 2025" (a year
  // of its own) nor "of the school year".
  { pattern: "the\\s+first\\s+day\\s+of\\s+the\\s+(?:new\\s+)?year(?!\\s*\\d|['’]s|\\s+(?:in|of|on|by)\\s+the\\s+[\\w\\s]{0,20}calendar)", month: 1, day: 1, words: true },
  { pattern: "the\\s+last\\s+day\\s+of\\s+the\\s+year(?!\\s*\\d|['’]s|\\s+(?:in|of|on|by)\\s+the\\s+[\\w\\s]{0,20}calendar)", month: 12, day: 31, words: true },
  { pattern: "valentine['’]s\\s+day", month: 2, day: 14 },
  { pattern: "halloween", month: 10, day: 31 },
  { pattern: "(?:the\\s+)?fourth\\s+of\\s+july", month: 7, day: 4 },
  { pattern: "juneteenth", month: 6, day: 19 },
  { pattern: "st\\.?\\s+patrick['’]s\\s+day", month: 3, day: 17 },
  { pattern: "bastille\\s+day", month: 7, day: 14 },
  { pattern: "(?:armistice|veterans['’]?|remembrance)\\s+day", month: 11, day: 11 },
  // National days the Commonwealth press writes by name.
  { pattern: "anzac\\s+day", month: 4, day: 25 },
  { pattern: "australia\\s+day", month: 1, day: 26 },
  { pattern: "canada\\s+day", month: 7, day: 1 },
  { pattern: "waitangi\\s+day", month: 2, day: 6 },
  { pattern: "st\\.?\\s+george['’]s\\s+day", month: 4, day: 23 },
  { pattern: "st\\.?\\s+andrew['’]s\\s+day", month: 11, day: 30 },
  { pattern: "st\\.?\\s+david['’]s\\s+day", month: 3, day: 1 },
  { pattern: "(?:bonfire|guy\\s+fawkes)\\s+night", month: 11, day: 5 },
];

/**
 * US holidays on a weekday counted within their month: read as the month (its year by tense, as for any month), then
 * narrowed to the day by widen-week-of's narrowNthWeekday, which knows the same names.
 */
const MOVING_HOLIDAYS: ReadonlyArray<{ pattern: string; month: number }> = [
  { pattern: "thanksgiving(?:\\s+day)?", month: 11 },
  { pattern: "memorial\\s+day", month: 5 },
  { pattern: "labor\\s+day", month: 9 },
];

/** Wars a story recalls, from the first day of fighting to the surrender or armistice. */
const WARS: ReadonlyArray<{ pattern: string; start: string; end: string; name: string }> = [
  { pattern: 'world\\s+war\\s+(?:ii|2|two)|the\\s+second\\s+world\\s+war|wwii', start: '1939-09-01', end: '1945-09-02', name: 'World War II' },
  { pattern: 'world\\s+war\\s+(?:i|1|one)|the\\s+first\\s+world\\s+war|wwi', start: '1914-07-28', end: '1918-11-11', name: 'World War I' },
  { pattern: 'the\\s+korean\\s+war', start: '1950-06-25', end: '1953-07-27', name: 'the Korean War' },
  { pattern: 'the\\s+pacific\\s+war', start: '1941-12-07', end: '1945-09-02', name: 'the Pacific War' },
  { pattern: 'the\\s+vietnam\\s+war', start: '1955-11-01', end: '1975-04-30', name: 'the Vietnam War' },
];

// Capitalised as names are ("a christmas tree" is no date); "World War II-era" is glued to what it describes.
const NOT_GLUED = "(?![\\p{L}\\p{N}-])";

// Compiled once: the stage runs on every sentence.
const HOLIDAY_PATTERNS = HOLIDAYS.map((holiday) => ({
  ...holiday,
  regex: new RegExp(`\\b(?:(on|until|till|through|by|before|after|since|over|at)\\s+)?(${holiday.pattern})${NOT_GLUED}`, 'giu'),
}));
const MOVING_PATTERNS = MOVING_HOLIDAYS.map((holiday) => ({
  ...holiday,
  regex: new RegExp(`\\b(?:(on|until|till|through|by|before|after|since|over|at)\\s+)?(${holiday.pattern})${NOT_GLUED}`, 'giu'),
}));
const WAR_PATTERNS = WARS.map((war) => ({ ...war, regex: new RegExp(`\\b(?:(during|in|throughout)\\s+)?(${war.pattern})${NOT_GLUED}`, 'giu') }));
// Every match above holds one of the names, so a sentence naming none (nearly all) skips the twelve searches,
// each of which tries its prepositions at every word.
const ANY_NAME = new RegExp([...HOLIDAYS, ...MOVING_HOLIDAYS, ...WARS].map((entry) => `(?:${entry.pattern})`).join('|'), 'iu');

/**
 * "by late May", "since May", "mid-May", "last May", "May 2024": chrono reads the month May only after "in" (the word
 * is also the modal and a surname). Taken with a word of time before it or a year after it, and only when what
 * follows is not a verb ("since May took office" is a person).
 */
const MAY =
  /\b(?:(in|since|until|till|through|from|during|by|of)\s+)?(?:((?:the\s+)?(?:end|beginning|start|middle)\s+of|early|mid|late|last|next|this|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+of)(?:\s+|-))?May\b(?:,?\s+((?:19|20)\d\d)\b)?(?!\s*\d|-)/g;
const AFTER_MAY = /^(?:\s*(?:[.,;:!?)—–]|$)|\s+(?:and|or|but|to|at|in|on|for|with|when|while|as|after|before|this|last|next|of|that|amid|despite|until|through)\b)/;

const MONTH_SPAN_GOES_ON = new RegExp(
  `^(?:\\s*(?:[.,;:!?)]|$)|\\s+(?:to|until|till|through)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:${MONTH_NAMES.join('|')}|\\d))`,
);

function findMay(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.includes('May') ? text.matchAll(MAY) : []) {
    const [whole, preposition, modifierWords, yearText] = match;
    const word = preposition?.toLowerCase();
    const modifier = modifierWords?.toLowerCase();
    if (!yearText && !modifier && (!word || word === 'in' || word === 'by')) continue;
    // "mid-May", "late May" name no person; after a bare preposition the next word must not be a verb.
    if (!yearText && (!modifier || modifier === 'this' || modifier === 'last' || modifier === 'next') && !AFTER_MAY.test(text.slice(match.index + whole.length))) continue;
    // "A letter from May to the Commission", "the government of May and Hammond": after a bare "of" or "from" the
    // word is a month only where a span goes on to another month or a day ("from May to July") or the clause ends.
    if (!yearText && !modifier && (word === 'of' || (word === 'from' && !MONTH_SPAN_GOES_ON.test(text.slice(match.index + whole.length))))) continue;
    const relation = modifier === 'last' || modifier === 'next' || modifier === 'this' ? modifier : undefined;
    const keep = word !== undefined && /^(?:in|during|through|until|till|from)$/.test(word);
    const start = keep || !word ? match.index : match.index + whole.indexOf(modifierWords ?? 'May', word.length);
    found.push({
      start,
      end: match.index + whole.length,
      expression: { kind: 'calendar', year: yearText ? Number(yearText) : null, month: 5, day: null, yearShift: null, end: null, ...(relation ? { monthRelation: relation } : {}) },
      modifier: modifier && !relation ? toModifier(modifier) : null,
      through: word === 'until' || word === 'till' || word === 'through',
    });
  }
  return found;
}

/**
 * "on the last Sunday in May", "the first Monday of October 2026": a weekday counted within a named month. Read as that
 * month here (its year by tense, as for any month); widen-week-of narrows it to the day once the month is placed.
 * "the first Monday of every month" names no month, so it is not taken.
 */
const NTH_WEEKDAY_OF_MONTH = new RegExp(
  `\\b(?:on\\s+)?the\\s+(?:first|second|third|fourth|last|final)\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+(?:in|of)\\s+(${MONTH_NAMES.join('|')})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`,
  'gi',
);

function findNthWeekdays(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of /\b(?:first|second|third|fourth|last|final)\s+\w+day\s+(?:in|of)\s/i.test(text) ? text.matchAll(NTH_WEEKDAY_OF_MONTH) : []) {
    const month = MONTH_NAMES.findIndex((name) => name.toLowerCase() === (match[1] ?? '').toLowerCase()) + 1;
    if (month < 1) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      expression: { kind: 'calendar', year: match[2] ? Number(match[2]) : null, month, day: null, yearShift: null, end: null },
      modifier: null,
      through: false,
    });
  }
  return found;
}

/** "on the fourth of July", "the twenty-first of March": a day of a month written as an ordinal word (chrono reads the month only). */
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const ORDINAL_DAY_OF_MONTH = new RegExp(
  `\\b(?:on\\s+)?the\\s+(?:(twenty|thirty)[-\\s])?(${ORDINAL_WORDS.join('|')}|thirtieth)\\s+of\\s+(${MONTH_NAMES.join('|')})\\b(?!['’]s)(?:,?\\s+((?:19|20)\\d\\d)\\b)?`,
  'gi',
);

function findOrdinalWordDays(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of /\bof\s/i.test(text) ? text.matchAll(ORDINAL_DAY_OF_MONTH) : []) {
    const [, tens, unit = '', monthWord = '', year] = match;
    const month = MONTH_NAMES.findIndex((name) => name.toLowerCase() === monthWord.toLowerCase()) + 1;
    const units = unit.toLowerCase() === 'thirtieth' ? 30 : ORDINAL_WORDS.indexOf(unit.toLowerCase()) + 1;
    const day = (tens?.toLowerCase() === 'twenty' ? 20 : tens?.toLowerCase() === 'thirty' ? 30 : 0) + units;
    if (month < 1 || units < 1 || day > 31 || (tens && units > 9 && unit.toLowerCase() !== 'thirtieth')) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      expression: { kind: 'calendar', year: year ? Number(year) : null, month, day, yearShift: null, end: null },
      modifier: null,
      through: false,
    });
  }
  return found;
}

export function findNamedDays(text: string): Candidate[] {
  const found: Candidate[] = [...findMay(text), ...findNthWeekdays(text), ...findOrdinalWordDays(text)];
  if (!ANY_NAME.test(text)) return found;
  for (const holiday of HOLIDAY_PATTERNS) {
    for (const match of text.matchAll(holiday.regex)) {
      const name = match[2] ?? '';
      // A name is capitalised; a day said in plain words ("the first day of the year") is not.
      if (!holiday.words && !/^(?:the\s+)?\p{Lu}/u.test(name)) continue;
      // "the first day of the school year", "of the lunar new year": a year of another kind than the calendar's.
      if (holiday.words && OTHER_YEAR.test(text)) continue;
      const preposition = match[1]?.toLowerCase();
      const keep = preposition === 'on' || preposition === 'until' || preposition === 'till' || preposition === 'through';
      found.push({
        start: keep ? match.index : match.index + match[0].length - name.length,
        end: match.index + match[0].length,
        expression: { kind: 'calendar', year: null, month: holiday.month, day: holiday.day, yearShift: null, end: null, ...(holiday.words ? { yearEnd: true as const } : {}), ...(holiday.words && /\bnew\s+year/i.test(match[0]) ? { newYear: true as const } : {}) },
        modifier: null,
        through: keep && preposition !== 'on',
      });
    }
  }
  for (const holiday of MOVING_PATTERNS) {
    for (const match of text.matchAll(holiday.regex)) {
      const name = match[2] ?? '';
      if (!/^\p{Lu}/u.test(name)) continue;
      const preposition = match[1]?.toLowerCase();
      const keep = preposition === 'on' || preposition === 'until' || preposition === 'till' || preposition === 'through';
      found.push({
        start: keep ? match.index : match.index + match[0].length - name.length,
        end: match.index + match[0].length,
        expression: { kind: 'calendar', year: null, month: holiday.month, day: null, yearShift: null, end: null },
        modifier: null,
        through: keep && preposition !== 'on',
      });
    }
  }
  for (const war of WAR_PATTERNS) {
    for (const match of text.matchAll(war.regex)) {
      const name = match[2] ?? '';
      if (!/\p{Lu}/u.test(name)) continue;
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        expression: { kind: 'named', start: war.start, end: war.end, name: war.name },
        modifier: null,
        through: false,
      });
    }
  }
  return found;
}
