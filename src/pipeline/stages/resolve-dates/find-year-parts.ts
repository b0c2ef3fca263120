/**
 * Parts of a year that chrono does not read: seasons ("last spring", "in the
 * summer of 2023"), quarters and halves ("the first half of 2024", "Q3 2024"),
 * decades ("in the 1990s", "the late 1980s"); and counts chrono does not read ("a decade ago", "a fortnight
 * later", "five years on,"). Seasons are the northern
 * meteorological ones (spring March–May … winter December–February).
 */
import type { Candidate, Expression } from './model';

const SEASON_START: ReadonlyMap<string, number> = new Map([['spring', 3], ['summer', 6], ['autumn', 9], ['fall', 9], ['winter', 12]]);
const ORDINAL: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['final', 4]]);
const NOT_GLUED = '(?![\\p{L}\\p{N}-])';
/** "the spring term", "the fall semester", "the winter session": a school's or a parliament's calendar, not the season. */
const NOT_A_TERM = '(?!\\s+(?:term|semester|trimester|session)s?\\b)';
const YEAR = '((?:19|20)\\d\\d)';

/** Words each search below cannot match without, under the same flags: a sentence lacking one skips that search. */
const ANY_SEASON = /spring|summer|autumn|fall|winter/iu;
const ANY_PART = /quarter|half/iu;
const ANY_DECADE = /(?:19|20)\d0s/iu;

const SEASON_FROM_PREVIOUS = new RegExp(
  `(?:^|(?<=[,;:—–(]\\s*)|(?<=\\b(?:[Ii]n|[Bb]y|[Dd]uring|[Oo]ver|[Uu]ntil|[Tt]hrough|[Tt]hroughout|[Ss]ince)\\s+))(?:[Tt]he\\s+(previous|preceding|following)|(?<!\\bso\\s+)([Tt]hat))\\s+(spring|summer|autumn|fall|winter)\\b${NOT_GLUED}${NOT_A_TERM}`,
  'gu',
);

type Relation = 'this' | 'last' | 'next';

function relationOf(word: string | undefined): Relation | null {
  const lower = word?.toLowerCase();
  if (lower === 'this') return 'this';
  if (lower === 'last' || lower === 'past' || lower === 'previous') return 'last';
  if (lower === 'next' || lower === 'coming') return 'next';
  return null;
}

function candidate(start: number, end: number, expression: Expression): Candidate {
  return { start, end, expression, modifier: null, through: false };
}

export function findYearParts(text: string): Candidate[] {
  const found: Candidate[] = [];

  // "last spring", "this winter", "in the summer of 2023", "autumn 2022", "in the spring": a determiner or a
  // year is required, so "spring" and "fall" as words ("prices fall", "a spring in her step") are not seasons.
  const seasons = new RegExp(
    `\\b(?:(in|during|by|until|over|through|throughout|since|after|before)\\s+)?(?:(this|last|next|past|coming)\\s+|(the)\\s+)?(?:(early|mid|late)[\\s-]+)?(spring|summer|autumn|fall|winter)(?:\\s+of\\s+${YEAR}|\\s+${YEAR}|\\s+of\\s+(last|this|next)\\s+year)?${NOT_GLUED}${NOT_A_TERM}`,
    'giu',
  );
  // Each search below needs its own word; most sentences have none, and the searches try every word.
  for (const match of ANY_SEASON.test(text) ? text.matchAll(seasons) : []) {
    const [whole, preposition, relationWord, the, third, season = '', ofYear, bareYear, ofRelativeYear] = match;
    const yearText = ofYear ?? bareYear;
    // "the summer of next year": that season of the year before, of or after publication's.
    const yearShift = ofRelativeYear ? ({ last: -1, this: 0, next: 1 } as const)[ofRelativeYear.toLowerCase() as 'last' | 'this' | 'next'] : null;
    const relation = relationOf(relationWord);
    // "in late spring", "over the summer": a modifier or "the" after a preposition names the season.
    if (!relation && !yearText && yearShift === null && !((the || third) && preposition)) continue;
    if (/^\p{Lu}/u.test(season) && the && !yearText && yearShift === null) continue; // "the Arab Spring"-like names keep their capital
    // "the fall in the currency", "the fall of the regime": a drop or a downfall, not autumn.
    if (/^fall$/i.test(season) && !yearText && yearShift === null && /^\s+(?:in|of)\s+(?!(?:19|20)\d\d\b)/iu.test(text.slice(match.index + whole.length))) continue;
    // early / mid / late: the first, middle or last month of the season ("late winter" is February).
    const offset = third ? ({ early: 0, mid: 1, late: 2 } as Record<string, number>)[third.toLowerCase()] ?? 0 : 0;
    const startMonth = (((SEASON_START.get(season.toLowerCase()) ?? 3) + offset - 1) % 12) + 1;
    const label = third ? `${third.toLowerCase()} ${season.toLowerCase()}` : season.toLowerCase();
    found.push(candidate(match.index, match.index + whole.length, {
      kind: 'yearPart', startMonth, months: third ? 1 : 3, year: yearText ? Number(yearText) : null, yearShift, relation: yearShift === null ? relation : null, label,
    }));
  }

  // "That spring, the valley emptied", "the previous autumn", "the following winter": a season told from the story's
  // last dated mention, as "that month" or "the following year" is. Only after a comma's pause or at a clause's start
  // is "that" a determiner ("so that spring flowers bloom" is not).
  for (const match of ANY_SEASON.test(text) ? text.matchAll(SEASON_FROM_PREVIOUS) : []) {
    const [whole, adjacent, that, season = ''] = match;
    const relation = (adjacent ?? that ?? '').toLowerCase();
    const fromPrevious = relation === 'that' ? 0 : relation === 'following' ? 1 : -1;
    const startMonth = SEASON_START.get(season.toLowerCase()) ?? 3;
    found.push(candidate(match.index, match.index + whole.length, {
      kind: 'yearPart', startMonth, months: 3, year: null, yearShift: null, relation: null, label: season.toLowerCase(), fromPrevious,
    }));
  }

  // "the first half of 2024", "the third quarter of last year", "the first half of the year", "Q3 2024", "H1 2025". Without "of" a year,
  // "the first half" is as often a match's or a meeting's, so it is not taken.
  const parts = new RegExp(
    `\\b(?:(in|during|by)\\s+)?the\\s+(first|second|third|fourth|final)\\s+(quarter|half)\\s+of\\s+(?:${YEAR}|(this|last|next|the)\\s+year)${NOT_GLUED}`,
    'giu',
  );
  for (const match of ANY_PART.test(text) ? text.matchAll(parts) : []) {
    const [whole, , ordinalWord = '', part = '', yearText, relationWord] = match;
    const index = ORDINAL.get(ordinalWord.toLowerCase()) ?? 1;
    const half = part.toLowerCase() === 'half';
    if (half && index > 2) continue;
    // "of the year": the year of news is the publication's, as in "by the end of the year".
    const relation = relationWord?.toLowerCase() === 'the' ? 'this' : (relationWord?.toLowerCase() as Relation | undefined);
    const shift = relation ? ({ this: 0, last: -1, next: 1 } as const)[relation] : null;
    found.push(candidate(match.index, match.index + whole.length, {
      kind: 'yearPart', startMonth: half ? (index - 1) * 6 + 1 : (index - 1) * 3 + 1, months: half ? 6 : 3,
      year: yearText ? Number(yearText) : null, yearShift: shift, relation: null, label: `${ordinalWord.toLowerCase()} ${part.toLowerCase()}`,
    }));
  }
  // "in the third quarter" with no year: a company's or an economy's quarter, placed by tense as a bare season is.
  // A game's quarter is not a date: a sentence about play (a score, points, the game) keeps it out.
  const bareQuarter = /\b(in|during|for)\s+(?:the|its|their)\s+(first|second|third|fourth|final)\s+quarter(?!\s+of\b)(?![\p{L}\p{N}-])/giu;
  const aboutPlay = /\b(?:game|match|points?|scored?|scoring|touchdowns?|goals?|baskets?|lead|led|half-?time|overtime|\d+-\d+)\b/iu;
  for (const match of ANY_PART.test(text) && !aboutPlay.test(text) ? text.matchAll(bareQuarter) : []) {
    const [whole, , ordinalWord = ''] = match;
    const index = ORDINAL.get(ordinalWord.toLowerCase()) ?? 1;
    found.push(candidate(match.index, match.index + whole.length, {
      kind: 'yearPart', startMonth: (index - 1) * 3 + 1, months: 3, year: null, yearShift: null, relation: null, label: `${ordinalWord.toLowerCase()} quarter`,
    }));
  }
  // "in the first half", "in its second half": only on a page about results or an economy (a match has halves too).
  const bareHalf = /\b(in|during|for)\s+(?:the|its|their)\s+(first|second)\s+half(?!\s+of\b)(?![\p{L}\p{N}-])/giu;
  for (const match of ANY_PART.test(text) && RESULTS_WORD.test(text) && !aboutPlay.test(text) ? text.matchAll(bareHalf) : []) {
    const [whole, , ordinalWord = ''] = match;
    const index = ORDINAL.get(ordinalWord.toLowerCase()) ?? 1;
    found.push(candidate(match.index, match.index + whole.length, {
      kind: 'yearPart', startMonth: (index - 1) * 6 + 1, months: 6, year: null, yearShift: null, relation: null, label: `${ordinalWord.toLowerCase()} half`,
    }));
  }
  // "last quarter", "this quarter", "next quarter": the calendar quarter from publication's ("the last quarter" of a
  // game or a year is another thing, and is not taken).
  for (const match of ANY_PART.test(text) && !aboutPlay.test(text) ? text.matchAll(/(?<!\bthe\s+)\b(last|this|next|previous|past|coming)\s+quarter(?![\p{L}\p{N}-])(?!\s+of\b)/giu) : []) {
    const relation = relationOf(match[1]) ?? 'this';
    found.push(candidate(match.index, match.index + match[0].length, {
      kind: 'yearPart', startMonth: 1, months: 3, year: null, yearShift: null, relation: null, label: 'quarter', quarterShift: relation === 'last' ? -1 : relation === 'next' ? 1 : 0,
    }));
  }
  // "the year to March", "the fiscal year ended June 30", "the 12 months to March 2025", "the three months to June":
  // the months ending with that month, whatever the company calls its period (the month bounds it). With its last day
  // written ("the quarter ended March 31"), the day is what the text dates, and is left to chrono.
  for (const match of /\b(?:to|ended|ending|through)\s/iu.test(text) ? text.matchAll(new RegExp(`\\bthe\\s+(?:(?:fiscal|financial)\\s+)?(year|(?:3|three|6|six|9|nine|12|twelve)\\s+months)\\s+(?:to|ended|ending|through)\\s+(${MONTHS})(?!\\s+\\d{1,2}(?!\\d))(?:,?\\s+${YEAR})?${NOT_GLUED}`, 'giu')) : []) {
    const [whole, span = '', monthWord = '', yearText] = match;
    const month = monthIndex(monthWord);
    if (month === null) continue;
    const months = MONTH_COUNT.get(span.toLowerCase().split(/\s+/)[0] ?? '') ?? 12;
    const label = `${months === 12 ? 'year' : `${months} months`} to ${monthWord.replace('.', '')}`;
    found.push(candidate(match.index, match.index + whole.length, {
      kind: 'yearPart', startMonth: ((month - months + 12) % 12) + 1, months, year: yearText ? Number(yearText) : null, yearShift: null, relation: null, label, ending: true,
    }));
  }
  // "the June quarter", "the March quarter of 2024": the three months ending with that month.
  for (const match of /quarter/iu.test(text) ? text.matchAll(new RegExp(`\\bthe\\s+(${MONTHS})\\s+quarter(?:\\s+of\\s+${YEAR})?${NOT_GLUED}`, 'gu')) : []) {
    const [whole, monthWord = '', yearText] = match;
    const month = monthIndex(monthWord);
    if (month === null) continue;
    found.push(candidate(match.index, match.index + whole.length, {
      kind: 'yearPart', startMonth: ((month - 3 + 12) % 12) + 1, months: 3, year: yearText ? Number(yearText) : null, yearShift: null, relation: null, label: `${monthWord.replace('.', '')} quarter`, ending: true,
    }));
  }
  // "year to date", "year-to-date": from January 1 to publication; "month to date" likewise.
  for (const match of /to[\s-]date/iu.test(text) ? text.matchAll(/\b(year|month)[\s-]to[\s-]date\b/giu) : []) {
    found.push({ start: match.index, end: match.index + match[0].length, expression: { kind: 'period', unit: (match[1] ?? 'year').toLowerCase() as 'year' | 'month', relation: 'this' }, modifier: 'earlier', through: false });
  }
  // "fourth-quarter profit", "first-half earnings": a company's or an economy's period, placed by tense as a bare
  // quarter is; only before a word of results, so "a first-half goal" is a game's.
  const partBeforeResults = /\b(first|second|third|fourth)-(quarter|half)\s+(?=(?:net\s+|operating\s+|pre-tax\s+)?(?:profits?|loss(?:es)?|earnings|results|sales|revenues?|output|growth|GDP|income|deficits?|surplus|figures|margins?|shipments|deliveries|dividends?)\b)/giu;
  for (const match of ANY_PART.test(text) && !aboutPlay.test(text) ? text.matchAll(partBeforeResults) : []) {
    const [, ordinalWord = '', partWord = ''] = match;
    const index = ORDINAL.get(ordinalWord.toLowerCase()) ?? 1;
    const half = partWord.toLowerCase() === 'half';
    if (half && index > 2) continue;
    found.push(candidate(match.index, match.index + ordinalWord.length + 1 + partWord.length, {
      kind: 'yearPart', startMonth: half ? (index - 1) * 6 + 1 : (index - 1) * 3 + 1, months: half ? 6 : 3, year: null, yearShift: null, relation: null,
      label: `${ordinalWord.toLowerCase()} ${partWord.toLowerCase()}`,
    }));
  }
  // "in Q1", "Q3 2024", "H1 2025": the code alone is placed by tense; with a year, that year's.
  // "1H 2026", "2H25": the half written number first, as Asian and some financial wires do.
  for (const match of /\b(?:[QH][1-4]|[1-4][QH])\b/u.test(text) ? text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}-])(Q[1-4]|H[12]|[1-4]Q|[12]H)(?:\\s+${YEAR})?${NOT_GLUED}`, 'gu')) : []) {
    const [whole, written = 'Q1', yearText] = match;
    const code = /^\d/.test(written) ? `${written[1]}${written[0]}` : written;
    // "Q2 FY26", "Q3 of fiscal 2025": a quarter of a company's own year, whose start the text does not give (as
    // "fiscal 2025" names no calendar period): no date, and its words are kept from the other recognisers.
    const fiscal = /^\s*(?:of\s+)?(?:(?:the\s+)?(?:fiscal|financial)\b|FY\s?['’]?\d{2,4}\b)/iu.exec(text.slice(match.index + whole.length));
    if (!yearText && fiscal) {
      found.push(candidate(match.index, match.index + whole.length + fiscal[0].length, { kind: 'ignored' }));
      continue;
    }
    // "Q3 hatchbacks", "a Q5 SUV": a model's name before the thing it names; a period comes before results.
    const next = /^\s+([\p{L}-]+)/u.exec(text.slice(match.index + whole.length))?.[1];
    if (!yearText && next && (PRODUCT_WORD.test(next) || (/^\p{Ll}{3,}s$/u.test(next) && !/^(?:does|goes|looks|seems|remains|shows|marks)$/iu.test(next) && !RESULTS_WORD.test(next)))) continue;
    const index = Number(code.slice(1));
    const half = code.startsWith('H');
    found.push(candidate(match.index, match.index + whole.length, {
      kind: 'yearPart', startMonth: half ? (index - 1) * 6 + 1 : (index - 1) * 3 + 1, months: half ? 6 : 3,
      year: yearText ? Number(yearText) : null, yearShift: null, relation: null, label: `${['first', 'second', 'third', 'fourth'][index - 1] ?? ''} ${half ? 'half' : 'quarter'}`,
    }));
  }

  // "in the 1990s", "the late 1980s", "mid-1990s"; "in his 30s" has two digits and is an age.
  for (const match of ANY_DECADE.test(text) ? text.matchAll(/\b(?:(in|during|since|through|throughout)\s+)?(?:(the)\s+)?(?:(early|mid|late)[\s-]+)?((?:19|20)\d)0s(?![\p{L}\p{N}-])/giu) : []) {
    const [whole, , the, third, decadeText = ''] = match;
    if (!the && !third) continue;
    const decade = Number(decadeText) * 10;
    const [from, to] = third === undefined ? [0, 9] : third.toLowerCase() === 'early' ? [0, 3] : third.toLowerCase() === 'mid' ? [4, 6] : [7, 9];
    found.push(candidate(match.index, match.index + whole.length, {
      kind: 'named', start: `${decade + from}-01-01`, end: `${decade + to}-12-31`, name: `the ${third ? `${third.toLowerCase()} ` : ''}${decade}s`,
    }));
  }
  // "a decade ago", "two decades later": ten years each, counted as years are ("three years ago"). A hedged
  // or vague count ("about a decade ago", "decades ago") names no year and is not taken.
  for (const match of /decade/iu.test(text) ? text.matchAll(/\b(a|one|two|three|four|five|six|seven|eight|nine)\s+decades?\s+(ago|earlier|later)\b/giu) : []) {
    const [whole, amountWord = '', direction = ''] = match;
    if (/\b(?:about|around|nearly|almost|roughly|some|over|more than|less than|well)\s+$/iu.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const amount = (DECADE_COUNT.get(amountWord.toLowerCase()) ?? 1) * 10;
    const back = direction.toLowerCase() !== 'later';
    found.push(candidate(match.index, match.index + whole.length, {
      kind: 'count', amount, unit: 'year', sign: back ? -1 : 1, from: direction.toLowerCase() === 'ago' ? 'publication' : 'previous', futureOnly: false,
    }));
  }
  // "a fortnight ago", "a fortnight later": fourteen days, counted as days are.
  // "in a fortnight": fourteen days ahead, in a future clause only (as "in two weeks" is).
  for (const match of /fortnight/iu.test(text) ? text.matchAll(/\bin\s+(a|one|two)\s+fortnights?\b(?!\s+(?:ago|earlier|later)\b)/giu) : []) {
    const amount = ((match[1] ?? '').toLowerCase() === 'two' ? 2 : 1) * 14;
    found.push(candidate(match.index, match.index + match[0].length, { kind: 'count', amount, unit: 'day', sign: 1, from: 'publication', futureOnly: true }));
  }
  for (const match of /fortnight/iu.test(text) ? text.matchAll(/\b(a|one|two)\s+fortnights?\s+(ago|earlier|later)\b/giu) : []) {
    const [whole, amountWord = '', direction = ''] = match;
    if (/\b(?:about|around|nearly|almost|roughly|some|over|more than|less than|well)\s+$/iu.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const amount = (amountWord.toLowerCase() === 'two' ? 2 : 1) * 14;
    found.push(candidate(match.index, match.index + whole.length, {
      kind: 'count', amount, unit: 'day', sign: direction.toLowerCase() === 'later' ? 1 : -1, from: direction.toLowerCase() === 'ago' ? 'publication' : 'previous', futureOnly: false,
    }));
  }
  // "a year ago today": that very day a year back; "this time last year": about then, so the month a year back.
  // "a year ago this week", "two years ago this month": the week or month that held the same day.
  // "this day last year": that very day, as "a year ago today" is.
  for (const match of /\b(?:ago\s+(?:today|this\s+(?:week|month))|(?:time|day)\s+last\s+year)\b/iu.test(text) ? text.matchAll(/\b(?:(a|one|two|three|four|five)\s+years?\s+ago\s+(today|this\s+week|this\s+month)|(?:this|that|the\s+same)\s+(time|day)\s+last\s+year)\b/giu) : []) {
    const years = match[1] ? Math.max(1, ['a', 'one', 'two', 'three', 'four', 'five'].indexOf(match[1].toLowerCase())) : 1;
    const period = /week/i.test(match[2] ?? '') ? 'week' : /month/i.test(match[2] ?? '') ? 'month' : null;
    const sameDay = !!match[1] || /^day$/i.test(match[3] ?? '');
    found.push(candidate(match.index, match.index + match[0].length, {
      kind: 'count', amount: 12 * years, unit: 'month', sign: -1, from: 'publication', futureOnly: false,
      ...(period ? { samePeriod: period } : sameDay ? { sameDay: true as const } : {}),
    }));
  }
  // "Five years on, the town has recovered": "on" after a count is "later", from the previous dated mention.
  for (const match of /\bon\b/iu.test(text) ? text.matchAll(/\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+on(?=\s*,)/giu) : []) {
    const [whole, amountWord = '', unit = 'year'] = match;
    const amount = /^\d+$/.test(amountWord) ? Number(amountWord) : Math.max(1, ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].indexOf(amountWord.toLowerCase()));
    found.push(candidate(match.index, match.index + whole.length, {
      kind: 'count', amount, unit: unit.toLowerCase() as 'day' | 'week' | 'month' | 'year', sign: 1, from: 'previous', futureOnly: false,
    }));
  }
  return found;
}

const MONTH_COUNT: ReadonlyMap<string, number> = new Map([['year', 12], ['3', 3], ['three', 3], ['6', 6], ['six', 6], ['9', 9], ['nine', 9], ['12', 12], ['twelve', 12]]);
/** Things a letter-and-digit model name is given to. */
const PRODUCT_WORD = /^(?:SUVs?|hatchbacks?|sedans?|saloons?|crossovers?|cars?|models?|variants?|trims?|coupes?|estates?|wagons?|phones?|chips?|processors?|engines?)$/iu;

/** Words of results or an economy: a bare "first half" on such a page is the year's. */
const RESULTS_WORD = /\b(?:profits?|loss(?:es)?|earnings|results|sales|revenues?|output|growth|GDP|income|deficits?|margins?|shipments|deliveries|dividends?|exports|imports|inflation|demand|orders|economy|shares|stocks?|prices|bookings|forecasts?|guidance|break\s+even)\b/iu;
const MONTHS = 'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';
function monthIndex(word: string): number | null {
  const index = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(word.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

const DECADE_COUNT: ReadonlyMap<string, number> = new Map(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((word, i) => [word, Math.max(1, i)]));
