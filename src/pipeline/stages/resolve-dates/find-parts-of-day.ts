/**
 * Parts of a day: "the next morning", "that night", "the same evening" (a day
 * next to the previous dated mention), and "in the morning", "in the early
 * evening", "at dawn", "overnight" (the day of the story so far), and "the day after" or "the eve of" a happening.
 * chrono reads the bare part of the day with no date, which classify-chrono drops.
 */
import { anaphoricShift, storyDayCandidate, type Candidate } from './model';

const PART = '(?:morning|afternoon|evening|night)';

// Compiled once: the stage runs on every sentence.
const ANAPHORIC = new RegExp(
  `\\b(?:(?:early|late|later|earlier)\\s+)?(?:(?:the|that)\\s+(same|following|next|previous|preceding|prior)|(that))\\s+${PART}\\b(?![-\\w]|\\s+of\\b)`,
  'gi',
);
/** "on Tuesday", "on March 3", "on the 13th" right after a part of the day: the day is written, so it is the date's. */
const ON_DAY = String.raw`\s+on\s+(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|the\s+\d)`;
// "in the morning of Dec. 3" is chrono's, and so is the day in "in the late afternoon on Tuesday"; "in the mornings" is
// a habit, not a day.
const ALONE = new RegExp(`\\b(?:in|during|through|throughout|by)\\s+the\\s+(?:(?:early|late|mid)[\\s-]+)?(?:morning|afternoon|evening)\\b(?![-\\w]|\\s+of\\b|${ON_DAY})`, 'gi');
// "in pre-market trading", "during after-hours trade", "in early trading": a market's session, a part of the day of the
// story so far as "in the morning" is (not "pre-market trading hours", nor with its own day after it). Only where the
// session word ends its phrase: "in early trade talks", "early trade deals" or "trade relations" are no market session.
const SESSION_END = String.raw`(?=\s*(?:[,.;:!?)\]—–]|$)|\s+(?:on|in|at|before|after|as|and|but|while|when|with|amid|against|to|from|ahead|despite|following|then|until|till|versus|across|overseas|abroad|today|yesterday|tomorrow)\b)`;
const SESSION = new RegExp(
  `\\b(?:in|during)\\s+(?:(?:pre-?market|after-?hours|early|late|morning|afternoon|midday|extended)\\s+)(?:trading|trade|dealings|deals)\\b(?![-\\w]|\\s+(?:hours?|sessions?|volumes?|platforms?|days?|desks?)\\b|${ON_DAY})${SESSION_END}`,
  'gi',
);
// "by early afternoon", "by midmorning", "until mid-afternoon": the same with no article (not "in midmorning", a habit's
// word as often as a day's, nor with its own day after it).
const BARE_PART = new RegExp(
  `\\b(?:by|until|till|around|before|after)\\s+(?:(?:early|late)[\\s-]+(?:morning|afternoon|evening)|mid[\\s-]?(?:morning|afternoon|day))\\b(?![-\\w]|\\s+of\\b|${ON_DAY})`,
  'gi',
);
// "at dawn", "by nightfall", "in the early hours": the same, by the light or the hour ("at dawn on Friday" is chrono's).
const BY_LIGHT = /\b(?:(?:at|by|before|after)\s+(?:dawn|daybreak|dusk|nightfall|first\s+light)|in\s+the\s+(?:early|small|wee)\s+hours(?:\s+of\s+the\s+(?:morning|night))?)\b(?![-\w]|\s+of\b|\s+(?:on|of)\s+)/gi;
// "for the rest of the day", "for part of the morning", "throughout much of the afternoon": a share of the day of the
// story so far ("the rest of the day's play" is a match's, "the rest of the season" no day).
const SHARE = /\b(?:(?:for|during|through|throughout|over|into)\s+)?(?:the\s+(?:rest|remainder)|(?:a\s+)?(?:good\s+|large\s+)?part|much|most|some)\s+of\s+the\s+(?:day|morning|afternoon|evening|night)\b(?![-\w'’])/gi;
// "moments later", "less than an hour earlier", "minutes later": a step within the day of the story so far, as "two
// minutes later" is (a count in digits is chrono's; a hedged one, "about twenty minutes later", blurs the step).
// "an hour later", "1 hour 45 minutes later", "an hour and a half later": a step of under two hours, as "90 minutes
// later" is; longer ones ("ten hours later") may cross midnight and name no day.
const STEP_COUNT = String.raw`(?:a\s+few|few|several|(?:twenty|thirty|forty|fifty)(?:-\w+)?|ten|eleven|twelve|fifteen|two|three|four|five|six|seven|eight|nine)`;
const HOUR_STEP = String.raw`(?:an|one|1)\s+hour(?:,?\s+(?:and\s+)?(?:a\s+half|a\s+quarter|(?:${STEP_COUNT}|[1-5]?\d)\s+minutes?))?`;
const MOMENTS_LATER = new RegExp(
  String.raw`(?<!\d\s*|\b(?:about|around|nearly|almost|roughly|approximately|some|over|under|than|up\s+to|at\s+least|half|${STEP_COUNT})\s+)\b(?:moments|(?:${STEP_COUNT}\s+)?minutes|shortly|(?:less\s+than|under)\s+an\s+hour|${HOUR_STEP})\s+(?:later|earlier|afterwards?)\b(?!\s+than\b)(?!\s+(?:now|these\s+days|nowadays|each|every)\b)`,
  'gi',
);
// "shortly before the collision", "moments after impact": the day of the happening named, as "a day after" counts one.
const MOMENTS_AROUND = /\b(?:moments|shortly)\s+(before|after)\s+(?=(?:the|its|his|her|their|a|an)\s+\p{Ll}|\p{Ll}{4,}\b)/giu;
// "minutes after the quake", "(a few) hours before the vote" with no count: the same, when nothing before them makes
// them a length ("for hours after the crash", "in the hours after the blast") or a count ("36 hours after").
const BARE_UNITS_AROUND = /\b(?:(?:a\s+)?few\s+|several\s+|some\s+)?(?:minutes|hours)\s+(before|after)\s+(?=(?:the|its|his|her|their)\s+\p{Ll})/giu;
// A year, a past occasion ("in the last", "the previous", "years ago") or a memory ("recalled"): another time's tale.
const OTHER_TIME = /\b(?:1[5-9]\d\d|20\d\d)\b|\b(?:in|during|after)\s+(?:the|a)\s+(?:last|previous|earlier|former|past)\b|\b(?:years?|decades?|centur(?:y|ies))\s+ago\b|\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|remembrance|memories)\b|\bback\s+in\b|\bonce\b/i;
const LENGTH_BEFORE = /\b(?:for|within|the|those|these|of|in|over|about|around|nearly|almost|than|after|lasted|took|spent|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|\d[\d.,]*)[\s-]+$/i;
// "two minutes before the crash", "five minutes after takeoff": the same, by a count of minutes (not after a hedge or
// a verb of lasting: "lasted 30 minutes before it ended" is a length).
const MINUTES_AROUND =
  /(?<!\b(?:about|around|nearly|almost|roughly|some|over|under|than|lasted|lasting|lasts|took|takes|spent|for|within|waited)\s+)\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|\d{1,2})\s+minutes?\s+(before|after)\s+(?=(?:the|its|his|her|their)\s+\p{Ll}|(?!(?:it|he|she|they|we|the|a|an)\b)\p{Ll}{4,}\b)/giu;

// "in the 86th minute", "at half-time", "early in the second half", "after the final whistle", "on matchday", "four
// minutes from the end of normal time": a match's clock, so the day the article gives the match ("in the 86th minute
// on Sunday" leaves the day to its weekday).
const ORDINAL_MINUTE = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)?|(?:twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|(?:eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)th))`;
const MATCH_CLOCK = new RegExp(
  String.raw`\b(?:in\s+the\s+${ORDINAL_MINUTE}\s+minute|(?:in|during)\s+(?:stoppage|added|injury|extra)\s+time|(?:at|by|after|before|just\s+before|just\s+after)\s+(?:half-?\s?time|the\s+(?:break|interval)|full-?\s?time|kick-?\s?off)|(?:early|late|midway\s+through)\s+in\s+the\s+(?:first|second)\s+half|(?:(?:long|shortly|soon|just)\s+)?after\s+the\s+(?:final\s+whistle|match|game)|on\s+match\s?day|(?:with\s+)?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+minutes?\s+(?:from\s+(?:the\s+end(?:\s+of\s+(?:normal|regular|extra)\s+time)?|time)|(?:of\s+(?:normal|regular|extra)\s+time\s+)?(?:left|remaining)))\b(?![-\w]|${ON_DAY})`,
  'gi',
);

// "stayed overnight", "held overnight": a night's length, not a night of the story.
const OVERNIGHT = /(?<!\b(?:an?|the|its|their|his|her|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|kept|held|detained|hospitali[sz]ed)\s+)\bovernight\b(?=\s*(?:[,.;:—–)]|$)|\s+(?:and|as|after|before|when|while|in|at|near|across|along|outside|to)\b)/gi;

/** Words that end a happening's name rather than name it ("the night of the attack on …"). */
const FUNCTION_WORD = /^(?:on|in|at|against|for|of|by|with|to|and|or|was|were|had|has|is|are|that|which|when|who|itself|same|first|last|next|previous|following)$/;

export function findPartsOfDay(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(ANAPHORIC)) {
    const relation = (match[1] ?? match[2] ?? '').toLowerCase();
    const shift = anaphoricShift(relation);
    found.push(storyDayCandidate(match, shift, shift === 0));
  }
  for (const match of text.matchAll(ALONE)) {
    found.push(storyDayCandidate(match, 0, true));
  }
  for (const match of /\sof\s+the\s/i.test(text) ? text.matchAll(SHARE) : []) {
    found.push(storyDayCandidate(match, 0, true));
  }
  // "Snow fell overnight, closing roads": the night of the story so far, as "in the evening" is. Only the adverb:
  // "an overnight stay", "overnight rates" name no night, and "overnight Sunday" leaves the day to its weekday.
  for (const match of text.matchAll(BY_LIGHT)) {
    found.push(storyDayCandidate(match, 0, true));
  }
  for (const match of /\btrad(?:e|ing)\b|\bdeal/i.test(text) ? text.matchAll(SESSION) : []) {
    found.push(storyDayCandidate(match, 0, true));
  }
  for (const match of /\bmid|\b(?:early|late)[\s-]/i.test(text) ? text.matchAll(BARE_PART) : []) {
    found.push(storyDayCandidate(match, 0, true));
  }
  for (const match of /overnight/i.test(text) ? text.matchAll(OVERNIGHT) : []) {
    found.push(storyDayCandidate(match, 0, true));
  }
  // The match's own day, as the article gives it; none when it gives none (a match report's tale is not the day of
  // whatever was dated last: "Yamal, who had turned 17 the day before").
  for (const match of /minute|time|half|whistle|match|game|kick|break|interval/i.test(text) ? text.matchAll(MATCH_CLOCK) : []) {
    found.push({ start: match.index, end: match.index + match[0].length, expression: { kind: 'happeningDay', word: 'match', phrase: match[0].toLowerCase() }, modifier: null, through: false });
  }
  // Only a day the running text gave before it: with none, the step is unresolved, not the publication day.
  for (const match of /\b(?:moments|minutes|shortly|hour)\b/i.test(text) ? text.matchAll(MOMENTS_LATER) : []) {
    found.push(storyDayCandidate(match, 0, false, true));
  }
  // "two minutes before the crash", "moments after the blast": the happening's own day.
  const aroundHappening = (match: RegExpMatchArray & { index: number }, toldOnly = false) => {
    const head = match[0].replace(/\s+(?:before|after)\s+$/i, '');
    found.push({
      start: match.index,
      end: match.index + head.length,
      expression: { kind: 'count', amount: 0, unit: 'day', sign: /after/i.test(match[1] ?? '') ? 1 : -1, from: 'happening', futureOnly: false, ...(toldOnly ? { toldOnly: true as const } : {}) },
      modifier: null,
      through: false,
    });
  };
  for (const match of /\bminutes?\s+(?:before|after)\b/i.test(text) ? text.matchAll(MINUTES_AROUND) : []) aroundHappening(match);
  for (const match of /\b(?:moments|shortly)\b/i.test(text) ? text.matchAll(MOMENTS_AROUND) : []) aroundHappening(match);
  // Not in a sentence that tells of another time ("In 1998, looting began hours after the flood, a resident
  // recalled", "in the last big disaster, fires broke out minutes after the quake"): that flood is not this story's.
  for (const match of /\b(?:minutes|hours)\s+(?:before|after)\b/i.test(text) && !OTHER_TIME.test(text) ? text.matchAll(BARE_UNITS_AROUND) : []) {
    if (!LENGTH_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))) aroundHappening(match, true);
  }
  // "the day after the crash", "the night before the vote", "he resigned the day before": one day (or week)
  // from a happening, as "a day after" is; the mention is the unit, "after" opens the happening's clause.
  for (const match of text.matchAll(/\bthe\s+(day|week|morning|afternoon|evening|night)\s+(after|before)\b/gi)) {
    const unit = (match[1] ?? '').toLowerCase() === 'week' ? 'week' : 'day';
    const head = match[0].slice(0, match[0].search(/\s+(?:after|before)$/i));
    found.push({
      start: match.index,
      end: match.index + head.length,
      expression: { kind: 'count', amount: 1, unit, sign: /after/i.test(match[2] ?? '') ? 1 : -1, from: 'happening', futureOnly: false },
      modifier: null,
      through: false,
    });
  }
  // "on election night", "polling day": the day of the happening the noun names (not "a spring day", "morning").
  for (const match of text.matchAll(/\b(?:[Oo]n\s+)?([A-Za-z][a-z]{2,}(?:ion|ing)|[Vv]erdict|[Rr]esults?)\s+([Dd]ay|[Nn]ight)\b(?![-\w])/g)) {
    const word = (match[1] ?? '').toLowerCase();
    // "Boxing Day", "Thanksgiving Day": holidays by name (find-named-days), not a happening's day.
    if (/^(spring|morning|evening|during|nothing|something|anything|everything|king|thing|sing|ring|wing|opinion|boxing|thanksgiving|intervening)$/.test(word)) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      expression: { kind: 'happeningDay', word, phrase: match[0].replace(/^on\s+/i, '').toLowerCase() },
      modifier: null,
      through: false,
    });
  }
  // "on the day of the vote", "the night of the attack": the day the article gives the happening named after "of".
  for (const match of /\bof\s+(?:the|his|her|their|its)\s/i.test(text) ? text.matchAll(/\b(?:[Oo]n\s+)?[Tt]he\s+(?:day|night|morning|afternoon|evening)\s+of\s+(?:the|his|her|their|its)\s+([a-z]+)(?:\s+([a-z]+))?/g) : []) {
    const [whole, first = '', second] = match;
    const word = second && !FUNCTION_WORD.test(second) ? second : first;
    if (FUNCTION_WORD.test(word) || word.length < 4) continue;
    const end = match.index + whole.length - (word === first && second ? second.length + 1 : 0);
    found.push({
      start: match.index,
      end,
      expression: { kind: 'happeningDay', word, phrase: text.slice(match.index, end).replace(/^on\s+/i, '').toLowerCase() },
      modifier: null,
      through: false,
    });
  }
  // "on the eve of the vote": the day before the happening it names.
  for (const match of text.matchAll(/\b(?:on\s+)?the\s+eve\s+of\b/gi)) {
    found.push({
      start: match.index,
      end: match.index + match[0].length - 3,
      expression: { kind: 'count', amount: 1, unit: 'day', sign: -1, from: 'happening', futureOnly: false },
      modifier: null,
      through: false,
    });
  }
  // "by the end of the year", "at the start of the month": "the year" of news is the publication's.
  // "by / through the end of the month" is a deadline within it: the whole month (the README's convention).
  for (const match of text.matchAll(/\b(?:(at|by|in|until|till|through|toward|towards|before)\s+)?the\s+(end|beginning|start|middle)\s+of\s+the\s+(year|month|week)\b(?![-\w])/gi)) {
    const keep = match[1] && /^(?:at|in|until|till|through)$/i.test(match[1]);
    const start = keep ? match.index : match.index + (match[1] ? match[1].length + match[0].slice(match[1].length).search(/\S/) : 0);
    const part = (match[2] ?? '').toLowerCase();
    const deadline = part === 'end' && match[1] !== undefined && /^(?:by|until|till|through|before)$/i.test(match[1]);
    found.push({
      start,
      end: match.index + match[0].length,
      // "At the end of the month, debt stood at $4bn": told in the past, the last such part begun (resolve-period),
      // as "at month-end" is; a deadline's end is ahead whatever the verb.
      expression: { kind: 'period', unit: (match[3] ?? 'year').toLowerCase() as 'year' | 'month' | 'week', relation: 'this', ...(deadline ? {} : { endBackWhenPast: true }) },
      modifier: deadline ? null : part === 'end' ? 'late' : part === 'middle' ? 'mid' : 'early',
      through: false,
    });
  }
  // "a cut by year-end", "debt at month-end": the end of the publication's year or month, read as "the end of the year"
  // is (a deadline's word before it: the whole unit). Not before a stated year ("at year-end 2024") nor as an adjective
  // ("year-end bonuses", with no preposition before it).
  for (const match of text.matchAll(/\b(at|by|until|till|before|toward|towards|around|near)\s+(?:the\s+)?(year|month)[- ]end\b(?![-\w])(?!\s+(?:\d|of\b))/gi)) {
    const preposition = (match[1] ?? '').toLowerCase();
    const deadline = /^(?:by|until|till|before)$/.test(preposition);
    const start = match.index + preposition.length + 1;
    found.push({
      start: text.slice(start).search(/\S/) + start,
      end: match.index + match[0].length,
      // A deadline is ahead whatever the verb; "stood at $4bn at year-end" tells the last one ended (resolve-period).
      expression: { kind: 'period', unit: (match[2] ?? 'year').toLowerCase() as 'year' | 'month', relation: 'this', endBackWhenPast: !deadline },
      modifier: deadline ? null : 'late',
      through: false,
    });
  }
  // "The fire broke out last evening" (South Asian and older British English): the evening before publication, as
  // "last night" is; "the last evening of the festival" is no such day.
  for (const match of text.matchAll(/(?<!\b(?:the|its|his|her|their|a|one)\s+)\blast\s+evening\b(?!\s+of\b)/gi)) {
    found.push({ start: match.index, end: match.index + match[0].length, expression: { kind: 'dayOffset', days: -1 }, modifier: null, through: false });
  }
  // "earlier in the week", "late in the week": a part of the publication week, as "earlier this week" is.
  for (const match of text.matchAll(/\b(early|late|earlier|later)\s+in\s+the\s+(week|month|year)\b(?![-\w])/gi)) {
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      expression: { kind: 'period', unit: (match[2] ?? 'week').toLowerCase() as 'week' | 'month' | 'year', relation: 'this' },
      modifier: (match[1] ?? 'early').toLowerCase() as 'early' | 'late' | 'earlier' | 'later',
      through: false,
    });
  }
  return found;
}
