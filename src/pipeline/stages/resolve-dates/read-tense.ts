/**
 * Tense: a small cue list decides whether a clause looks back or ahead. One
 * linear pass over the sentence indexes the cues and clause boundaries; each
 * mention then asks for the cue that governs it.
 */
import type { Direction, Tense } from './model';

interface TenseCue {
  start: number;
  end: number;
  direction: Direction;
  word: string;
  /** "said", "announced": the tense of the report, which governs only a date written right beside it. */
  reporting: boolean;
  /** A modal governs only what follows it: "on Saturday he said he would not …" keeps Saturday's own tense. */
  forwardOnly: boolean;
  /** "expect": a forecast governs the dates of its own clause only ("expect the bank, which cut rates on Wednesday, …"). */
  clauseOnly: boolean;
  /** "which was set for the 3rd": a booking told in the past, which a past main verb beside it makes a past one. */
  pastBooking: boolean;
  /** "plays … in the final on Sunday": a fixture told in the present, which a caption also uses for what happened. */
  fixture: boolean;
  /** "was due to land on August 21": a plan told from the past, which leaves its date either side of the telling. */
  neutral: boolean;
  /** "with rain expected by Tuesday": an outlook in a "with" phrase, which governs only a time right after it. */
  withOutlook: boolean;
  /** "play Dunmore at Glen Park on Saturday": a fixture's present before only its opponent, a venue and the weekday. */
  fixtureOnDay: boolean;
}

export interface TenseIndex {
  cues: TenseCue[];
  /** cue.start for each cue, for binary search. */
  cueStarts: number[];
  /** Offsets of clause-separating punctuation, ascending. */
  separators: number[];
}

/** "had been", "originally", "initially (been)" before a word of planning: a plan since changed or carried out. */
const FORMER_PLAN = /\b(?:had\s+been|(?:originally|initially|previously)(?:\s+been)?)\s+$/i;
/**
 * "was due to", "had been expected to", "were supposed to": a plan told from the past (the future in the past). Its day
 * may be before or after the telling, so the clause has no tense, and its past "be" is not a past cue of its own.
 */
const PLAN_IN_PAST = new Set(['due', 'supposed', 'meant', 'expected', 'scheduled', 'set', 'slated', 'planned']);
const PAST_BE_BEFORE_PLAN = /\b(?:was|were|had\s+been)\s+$/i;
/**
 * "was set to take place on", "were due to sail on": a plan told in the simple past, before the day it names. Not "had
 * been due to": the past perfect puts the plan behind a later past happening the story tells ("which had been due to
 * land on Monday, crashed on the 19th"), so the story's past holds its day.
 */
export const PLAN_TOLD_IN_PAST = /\b(?:was|were)\s+(?:due|supposed|meant|expected|scheduled|set|slated|planned)\s+to\s[^,;:.!?]*$/i;
const PLAN_AFTER_PAST_BE = /^\s+(?:been\s+)?(?:due|supposed|meant|expected|scheduled|set|slated|planned)\s+to\s/i;
/** Words that make a clause future: modal "will", plans and schedules. */
const FUTURE_WORDS = new Set(['will', 'shall', "won't", 'won’t', 'upcoming', 'scheduled', 'expect', 'expects', 'anticipate', 'anticipates']);
const EXPECTING = new Set(['expect', 'expects', 'anticipate', 'anticipates']);
const GO_TO_POLLS = new Set(['go', 'goes', 'head', 'heads']);
const POLLS_AFTER = /^\s+to\s+the\s+polls\b/i;
const AWAITING = new Set(['await', 'awaits', 'awaiting']);
const PAST_BEFORE_AWAIT = new Set(['was', 'were', 'had', 'been']);
/**
 * Present-tense verbs of a timetable: "the trial begins Monday", "the hearing continues on Friday", "flights resume on Jan. 2", "the mourning
 * period ends on Jan. 4" are previews. Only verbs a past story does not tell in the present (no "visits",
 * "meets", which captions use for what happened), and not "open", "close" or "start", which are adjectives and nouns as often as verbs.
 */
const SCHEDULE_PRESENT = new Set(['begins', 'begin', 'starts', 'opens', 'reopens', 'reopen', 'resumes', 'resume', 'continues', 'closes', 'ends', 'convenes', 'convene', 'reconvenes', 'reconvene', 'concludes', 'expires']);
/**
 * Present verbs of a timetable that are verbs for sure only with a clock time after them ("open at 7 a.m."; "end" also
 * before "on" a weekday: "the talks end on Friday"), and not after a determiner or "was" ("the end on Friday", "was open").
 */
/**
 * Present verbs of a fixture ("He faces Ruiz in the election on Nov. 2", "England play Wales in the final on Sunday"):
 * a preview only with a scheduled contest after "in"/"at" a few words on, since a caption may tell a past meeting in
 * the present ("faces reporters after the final" is not one).
 */
const FIXTURE_PRESENT = new Set(['faces', 'face', 'plays', 'play', 'hosts', 'host', 'contests', 'contest']);
const FIXTURE_AFTER =
  /^(?:\s+(?!(?:in|at|after|before|since|on)\b)[\p{L}'’.-]+){0,4}\s+(?:in|at)\s+(?:(?:the|a|an|this|next|their|his|her|its|[\p{Lu}][\p{L}]+['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}(?:election|elections|final|semi-final|semifinal|vote|hearing|match|summit|game|race|runoff|run-off|primary|tie|fixture|derby|debate|ballot|referendum|playoff|play-off|decider)\b/u;
/**
 * "The Black Caps play India in Wellington on Saturday", "Leeds host Derby at Elland Road on Sunday": a present fixture
 * verb, its opponent (capitalised) and perhaps a venue, then a weekday: the match is still to come.
 */
const FIXTURE_ON_DAY =
  /^\s+(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}(?:\s+(?:in|at)\s+(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})?\s+on\s+(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b(?!['’])/u;
/** "Heritage Day falls on Thursday", "Christmas falls on a Friday": a day of the calendar and the weekday it falls on this time. */
const CALENDAR_DAY_BEFORE = /\b(?:Day|Eve|Christmas|Easter|Diwali|Eid|holiday|anniversary|birthday|deadline)\s+$/u;
const SET_UP_CONTEST =
  /^\s+(?:a|an|the|their|his|her|its)\s+(?:[\p{L}-]+\s+){0,2}(?:final|semi-final|semifinal|clash|showdown|tie|decider|rematch|play-off|playoff|meeting|match|game|bout|fight)\b/u;
const CLOCK_SCHEDULE = new Set(['open', 'close', 'start', 'kick', 'kicks', 'end']);
/** "was open at 7 a.m.", "stayed open": "open" as a state, not the timetable's verb. */
const STATE_BEFORE = /^(?:was|were|stayed|remained|kept|left|still|not)$/;
// A clock with am/pm, a zone or "h", or a colon's 24-hour clock with none ("the markets open at 18:00 on Friday").
const CLOCK_AFTER = /^\s+(?:off\s+)?at\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b|GMT\b|UTC\b|[A-Z]{2,4}\b|h\b)|\d{1,2}:\d{2}\b)/;
/** "the talks end on Friday": "end" is a verb before "on" a weekday (where "open" may still be read as a state). */
const ON_WEEKDAY_AFTER = /^\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
/**
 * Modals point ahead of the clause they govern ("must appear in court on Monday", "said it would announce the
 * result on Friday"), unless "have" follows. Lower case only: "May" is a month.
 */
const MODALS = new Set(['would', 'could', 'must', 'should', 'might', 'may']);
/** Verbs that move a date; with "to"/"for"/"until" after them they point at the new date, ahead. */
const RESCHEDULED = new Set(['postponed', 'delayed', 'deferred', 'rescheduled', 'adjourned', 'moved', 'pushed', 'brought', 'put']);
/** …then "to" a date, past at most four words of object: "postponed the hearing to Jan. 15", not "moved to Seoul". */
const RESCHEDULED_TO =
  /^(?:\s+(?!(?:to|for|until|till)\b)[\p{L}'’-]+){0,4}?\s+(?:(?:back|up|forward|off)\s+)?(?:to|for|until|till)\s+(?:(?:next|this|early|mid|late|the)\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[\p{L}.]*|\d|tomorrow|week\b|month\b|year\b)/u;
/** First words of two-word future cues, with the word that must follow. */
// Maps, not object literals: a word from the text such as "constructor" must find nothing, not Object's prototype.
const FUTURE_PAIRS: ReadonlyMap<string, string[]> = new Map(Object.entries({
  set: ['to', 'for'],
  expected: ['to'],
  plan: ['to'],
  plans: ['to'],
  planned: ['to', 'for'],
  planning: ['to'],
  intends: ['to'],
  intend: ['to'],
  going: ['to'],
  is: ['to'],
  are: ['to'],
  ahead: ['of'],
  slated: ['to', 'for'],
  poised: ['to'],
  likely: ['to'],
  about: ['to'],
  aims: ['to'],
  // "Officials hope to finish the count by Saturday": a present wish or aim looks ahead ("hoped to" sets no tense).
  aim: ['to'],
  aiming: ['to'],
  hope: ['to'],
  hopes: ['to'],
  hoping: ['to'],
  wants: ['to'],
  // "voting takes place on Saturday", "the rule takes effect on Monday", "the summit kicks off on Monday".
  takes: ['place', 'effect'],
  // "the sale goes ahead on Friday": a present "go ahead" is a plan confirmed ("went ahead" is past).
  goes: ['ahead'],
  // "the hearing is listed for the 3rd", "the tie is fixed for Saturday": a court's or a league's calendar.
  listed: ['for'],
  fixed: ['for'],
  kicks: ['off'],
}));
/**
 * Past verbs of intention before "to": "agreed to hold talks on Jan. 13" may date the agreeing (past) or the
 * talks (ahead), so they set no tense and the date falls to its default (nearest for a month-day).
 */
const INTENTION_PAST = new Set(['agreed', 'decided', 'vowed', 'pledged', 'promised', 'offered', 'threatened', 'sought', 'hoped', 'arranged']);
const PROMISED_NOW = new Set(['vowed', 'pledged', 'promised', 'undertaken', 'committed']);
/** "has committed thefts", "have undertaken checks": these two promise only before "to" ("has committed (itself) to"). */
const PROMISED_ONLY_TO = new Set(['undertaken', 'committed']);
/** "have pledged 5 million dollars since the quake on Monday": "since" in the clause tells what has been done so far. */
const SINCE_IN_CLAUSE = /^[^,;:.!?]*\bsince\b/i;
/**
 * Right after a present "be": a weekday, a month-day, "the weekend" or "the 27th", perhaps after "on", "set for", a
 * clock time or a named place ("is in Geneva on Tuesday", "the derby is at the weekend", "the final is on the 27th").
 */
const IS_DAY_AFTER =
  /^\s+(?:(?:in|at)\s+(?:[A-Z][\w.'’-]*\s+){1,3})?(?:(?:on|set\s+for|scheduled\s+for)\s+)?(?:(?:at\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|(?:at\s+)?(?:midnight|noon))\s+(?:(?:[A-Z]{2,4}|local\s+time)\s+)?(?:on\s+)?)?(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:(?:at|over)\s+)?the\s+weekend\b|the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:last|next)\b))/;
/** "Kick-off is at 8pm BST", "the vote is at 1900 GMT": a present "be" right before a clock time states a timetable. */
const IS_CLOCK_AFTER = /^\s+(?:due\s+)?at\s+(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|[A-Z]{2,4}T)\b|\d{4}\s*(?:GMT|UTC)\b|noon\b|midnight\b)/;
/** Words of a forecast that, after a present "be", look ahead: "is forecast", "are likely", "is possible". */
const OUTLOOK = new Set(['forecast', 'forecasted', 'predicted', 'likely', 'possible', 'probable', 'unlikely']);
/** The outlook words a "with" phrase uses without a verb ("with rain forecast for Friday"). */
const WITH_OUTLOOK_WORDS = new Set(['forecast', 'forecasted', 'predicted', 'expected']);
/** "with snow ", "with heavy rain ", "with the results ": "with" and up to three words of its noun, right before. */
/** Between a "with" outlook and its own time: a preposition at most ("forecast for", "expected by the"). */
const WITH_OUTLOOK_TIME = /^\s+(?:(?:later|early|late)\s+)?(?:(?:for|on|over|by|from|at|until|through|in)\s+)?(?:the\s+)?$/i;
const WITH_BEFORE = /\bwith\s+(?:[\p{L}-]+\s+){1,3}$/iu;
/** "is due to meet", "is expected in Taipei", "are planned from Monday": due, expected or planned after a present "be" is a schedule. */
const DUE_AFTER = new Set(['is', 'are', 'am']);
/**
 * Verbs of reporting: "the ministry said talks on Jan. 13 would…" dates the talks, not the saying, so these
 * set the tense only of a date right beside them ("announced Friday", "Cho on Monday said").
 */
const REPORTING = new Set(['said', 'told', 'announced', 'added', 'noted', 'stated', 'reported', 'confirmed', 'explained', 'wrote']);
/** Irregular past-tense verbs common in news copy (regular ones end in -ed). */
const IRREGULAR_PAST = new Set([
  'was', 'were', 'had', 'did', 'met', 'said', 'told', 'held', 'spoke', 'took', 'made', 'came',
  'went', 'gave', 'saw', 'became', 'began', 'left', 'won', 'lost', 'sent', 'led', 'brought',
  'thought', 'found', 'kept', 'felt', 'knew', 'wrote', 'ran', 'rose', 'fell', 'paid', 'sold',
  'bought', 'built', 'chose', 'drew', 'flew', 'fought', 'got', 'grew', 'heard', 'meant', 'sat',
  'shook', 'sought', 'stood', 'struck', 'taught', 'threw', 'understood', 'wore', 'withdrew',
  'broke', 'caught', 'fled', 'spent', 'stole', 'swept', 'tore', 'oversaw', 'ago',
]);
/** Verbs whose past is their bare form: past when a relative or a singular subject comes right before ("who beat"). */
const SAME_FORM_PAST = new Set(['beat', 'hit', 'cut', 'put', 'set', 'quit', 'shut', 'cast', 'hurt', 'spread', 'cost', 'struck', 'upset', 'bid']);
const SAME_FORM_SUBJECT = new Set(['who', 'which', 'he', 'she', 'it']);
/** -ed words that are not past-tense verbs. */
const ED_NON_VERBS = new Set([
  'need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'indeed', 'proceed',
  'exceed', 'succeed', 'breed', 'greed', 'weed', 'deed', 'creed', 'sacred', 'naked', 'wicked',
  'kindred', 'wretched', 'rugged', 'ragged', 'beloved', 'aged', 'embed',
]);
/** A participle after these is passive/adjectival, not a past-tense verb. */
const NOT_BEFORE_PAST = new Set([
  'is', 'are', 'am', 'be', 'been', 'being', 'the', 'a', 'an', 'this', 'that', 'these', 'those',
  'its', 'his', 'her', 'their', 'our', 'your', 'my', 'to',
  // Present linking verbs: "stays closed", "remains banned" describe a state now.
  'stay', 'stays', 'remain', 'remains', 'seem', 'seems', 'appear', 'appears', 'get', 'gets', 'become', 'becomes',
]);
// A comma inside a number ("10,000 people") joins its digits, not two clauses ("March 5, 2028" still separates).
const CLAUSE_SEPARATOR = /(?<!\d),|,(?!\d{3}(?!\d))|[;:()[\]—–]/g;
/** Words of a booking ("was set for", "were scheduled for") and the past "be" before them. */
const BOOKED = new Set(['set', 'scheduled', 'planned', 'slated', 'listed', 'fixed', 'due', 'expected']);
const PAST_BE = new Set(['was', 'were']);

/** One linear pass over the sentence: tense cues and clause boundaries. */
export function indexTense(text: string): TenseIndex {
  const separators: number[] = [];
  // One regex scan, not a set lookup per character.
  for (const match of text.matchAll(CLAUSE_SEPARATOR)) separators.push(match.index);

  const tokens = Array.from(text.matchAll(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g), (match) => ({
    raw: match[0],
    word: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
  const cues: TenseCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const cue = tenseCueOf(text, token, tokens[i - 1], tokens[i + 1], tokens[i + 2]);
    if (cue) {
      const pastBooking = cue.direction === 'future' && BOOKED.has(token.word) && tokens[i - 1] !== undefined && PAST_BE.has(tokens[i - 1]!.word);
      cues.push({ start: token.start, end: cue.end, direction: cue.direction, word: text.slice(token.start, cue.end), reporting: REPORTING.has(token.word), forwardOnly: MODALS.has(token.raw) || RESCHEDULED.has(token.word) || (token.word === 'set' && tokens[i - 1]?.word === 'to'), clauseOnly: EXPECTING.has(token.word), pastBooking, fixture: cue.direction === 'future' && FIXTURE_PRESENT.has(token.word), neutral: cue.neutral === true, withOutlook: cue.withOutlook === true, fixtureOnDay: cue.fixtureOnDay === true });
    }
  }
  return { cues, cueStarts: cues.map((cue) => cue.start), separators };
}

interface TenseToken {
  raw: string;
  word: string;
  start: number;
  end: number;
}

/** Whether a word (with its neighbours) is a tense cue, and where the cue ends. */
function tenseCueOf(
  text: string,
  token: TenseToken,
  previous: TenseToken | undefined,
  next: TenseToken | undefined,
  afterNext: TenseToken | undefined,
): { direction: Direction; end: number; neutral?: true; withOutlook?: true; fixtureOnDay?: true } | null {
  if (PLAN_IN_PAST.has(token.word) && next?.word === 'to' && PAST_BE_BEFORE_PLAN.test(text.slice(Math.max(0, token.start - 16), token.start))) {
    return { direction: 'past', end: next.end, neutral: true };
  }
  if ((token.word === 'was' || token.word === 'were' || token.word === 'had') && PLAN_AFTER_PAST_BE.test(text.slice(token.end, token.end + 24))) return null;
  // "The plan had been set for Sunday but was pushed back", "the vote, originally set for Oct. 27, was delayed": an
  // arrangement told as a former one says nothing of whether its day is still ahead; the clause's other verbs decide.
  if ((FUTURE_WORDS.has(token.word) || FUTURE_PAIRS.has(token.word)) && FORMER_PLAN.test(text.slice(Math.max(0, token.start - 24), token.start))) return null;
  if (FUTURE_WORDS.has(token.word) || /['’]ll$/.test(token.word)) return { direction: 'future', end: token.end };
  // "Investors await Friday's jobs data", "are awaiting Tuesday's ruling": what is awaited is still to come ("were
  // awaiting", "had awaited" tell a past wait, and set no tense here).
  if (AWAITING.has(token.word) && token.raw === token.word) return previous && PAST_BEFORE_AWAIT.has(previous.word) ? null : { direction: 'future', end: token.end };
  // "the summit to be held in May", "a report to be released on Friday": a passive infinitive names what is still to come.
  if (token.word === 'to' && next?.word === 'be' && afterNext && (IRREGULAR_PAST.has(afterNext.word) || isRegularPast(afterNext.raw, afterNext.word))) {
    return { direction: 'future', end: afterNext.end };
  }
  if (SCHEDULE_PRESENT.has(token.word) && token.raw === token.word) return { direction: 'future', end: token.end };
  // A calendar day's weekday is told in the present when it is still to come ("Heritage Day falls on Thursday").
  if (token.word === 'falls' && token.raw === token.word && CALENDAR_DAY_BEFORE.test(text.slice(Math.max(0, token.start - 16), token.start)) && /^\s+on\s+(?:a\s+)?(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b/u.test(text.slice(token.end, token.end + 20))) {
    return { direction: 'future', end: token.end };
  }
  // "beat Eastmoor 2-1 to set up a final against Doria on Sunday": the contest a result sets up is still to come (it
  // governs only what follows it: "beat Eastmoor on Tuesday to set up a final" keeps Tuesday past).
  if (token.word === 'set' && previous?.word === 'to' && next?.word === 'up' && SET_UP_CONTEST.test(text.slice(next.end, next.end + 48))) {
    return { direction: 'future', end: next.end };
  }
  if (FIXTURE_PRESENT.has(token.word) && token.raw === token.word && !(previous && NOT_BEFORE_PAST.has(previous.word)) && (FIXTURE_AFTER.test(text.slice(token.end, token.end + 80)) || FIXTURE_ON_DAY.test(text.slice(token.end, token.end + 80)))) {
    return { direction: 'future', end: token.end, ...(FIXTURE_AFTER.test(text.slice(token.end, token.end + 80)) ? {} : { fixtureOnDay: true as const }) };
  }
  // "Voters go to the polls on Thursday", "the country heads to the polls in May": a preview's idiom, never a
  // past story told in the present.
  if (GO_TO_POLLS.has(token.word) && token.raw === token.word && POLLS_AFTER.test(text.slice(token.end, token.end + 16))) return { direction: 'future', end: token.end };
  // "The polls open at 7 a.m. on Sunday", "trading starts at 9:30 a.m. Monday": a present verb of a timetable with its
  // clock time is a schedule, where "open" or "start" alone may be an adjective or a noun.
  if (CLOCK_SCHEDULE.has(token.word) && token.raw === token.word && !(previous && (NOT_BEFORE_PAST.has(previous.word) || STATE_BEFORE.test(previous.word))) && (CLOCK_AFTER.test(text.slice(token.end, token.end + 24)) || (token.word === 'end' && ON_WEEKDAY_AFTER.test(text.slice(token.end, token.end + 24))))) {
    return { direction: 'future', end: token.end };
  }
  // "The meeting is Thursday", "the hearing is on Jan. 20", "the vote is at 7 p.m. Friday": a present "be" right
  // before a day states a timetable.
  if (DUE_AFTER.has(token.word) && (IS_DAY_AFTER.test(text.slice(token.end, token.end + 40)) || IS_CLOCK_AFTER.test(text.slice(token.end, token.end + 24)))) return { direction: 'future', end: token.end };
  if ((token.word === 'due' || token.word === 'expected' || token.word === 'planned') && previous && (DUE_AFTER.has(previous.word) || /['’]s$/.test(previous.word)) && next) {
    return { direction: 'future', end: token.end };
  }
  // "Rain is forecast for the weekend", "showers are likely on Friday", "landfall is possible late Thursday": an
  // outlook after a present "be" speaks of what is to come ("it is possible that he left on Monday" does not).
  if (OUTLOOK.has(token.word) && previous && DUE_AFTER.has(previous.word) && next && next.word !== 'that') {
    return { direction: 'future', end: token.end };
  }
  // "slept in their cars, with snow forecast for the weekend", "with results expected on Friday": an outlook in a
  // "with" phrase has no verb of its own, and looks ahead whatever the tense of the clause it hangs on.
  if (WITH_OUTLOOK_WORDS.has(token.word) && next && /^(?:for|on|over|by|from|at|later|early|late|until|through)$/.test(next.word) && WITH_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start))) {
    return { direction: 'future', end: token.end, withOutlook: true };
  }
  const follower = FUTURE_PAIRS.get(token.word);
  if (follower && next && follower.includes(next.word) && isAdjacent(text, token.end, next.start)) {
    return { direction: 'future', end: next.end };
  }
  if (MODALS.has(token.raw)) {
    // "could have met on Monday" looks back; "must appear on Monday", "would announce on Friday" look ahead.
    return next?.word === 'have' || next?.word === 'not' && /^\s*not\s+have\b/i.test(text.slice(next.start)) ? { direction: 'past', end: next.end } : { direction: 'future', end: token.end };
  }
  if (RESCHEDULED.has(token.word) && RESCHEDULED_TO.test(text.slice(token.end, token.end + 60))) {
    // "postponed to Jan. 15", "moved up to Friday": the new date lies ahead of the deciding.
    return { direction: 'future', end: token.end };
  }
  // "has promised it by June", "have pledged to finish on Friday": a promise made now is kept later, so what it
  // governs lies ahead (the simple past "promised" may have been made, and kept, long ago).
  if (
    PROMISED_NOW.has(token.word) &&
    (previous?.word === 'has' || previous?.word === 'have') &&
    !(PROMISED_ONLY_TO.has(token.word) && !/^\s+(?:(?:itself|themselves|himself|herself|ourselves|myself|yourself)\s+)?to\b/i.test(text.slice(token.end, token.end + 24))) &&
    !SINCE_IN_CLAUSE.test(text.slice(token.end))
  ) {
    return { direction: 'future', end: token.end };
  }
  if (INTENTION_PAST.has(token.word) && next?.word === 'to') return null;
  // "Spain, who beat France on Tuesday night": "beat" after "who" (or "he", "she", "it") is the past, not "they beat".
  if (SAME_FORM_PAST.has(token.word) && previous && SAME_FORM_SUBJECT.has(previous.word)) return { direction: 'past', end: token.end };
  if (IRREGULAR_PAST.has(token.word)) {
    // "Iwaya, left, visits …": a photo caption's direction, not the verb "left".
    if (isBetweenCommas(text, token.start, token.end)) return null;
    // "will be held": a participle after "be" carries no tense of its own.
    if (previous && NOT_BEFORE_PAST.has(previous.word)) return null;
    return { direction: 'past', end: token.end };
  }
  if (isRegularPast(token.raw, token.word) && !(previous && NOT_BEFORE_PAST.has(previous.word))) {
    return { direction: 'past', end: token.end };
  }
  return null;
}

function isAdjacent(text: string, end: number, nextStart: number): boolean {
  return /^\s+$/.test(text.slice(end, nextStart));
}

function isBetweenCommas(text: string, start: number, end: number): boolean {
  return /,\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s*[,)]/.test(text.slice(end, end + 3));
}

function isRegularPast(raw: string, word: string): boolean {
  // Capitalised (United, Ahmed) and hyphenated (like-minded) words are names or adjectives.
  return word.length >= 4 && word.endsWith('ed') && /^[a-z]+$/.test(raw) && !ED_NON_VERBS.has(word);
}

/** Index of the first element >= value (arrays are ascending). */
function lowerBound(values: number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The tense governing a mention: the nearest cue before it in its clause,
 * else the nearest after it in the clause, else the same two steps over the
 * whole sentence (a clause like "In a phone call on Dec. 11," has no verb).
 */
export function tenseAt(index: TenseIndex, text: string, start: number, end: number): Tense | null {
  const textLength = text.length;
  const clauseStart = index.separators[lowerBound(index.separators, start) - 1] ?? -1;
  const clauseEnd = index.separators[lowerBound(index.separators, end)] ?? textLength;
  // The outlook of a "with" phrase looks ahead for its own time only ("with rain expected by Tuesday"), never for the
  // main verb's ("Crews worked through Monday night, with …", "struck with winds forecast at 150 km/h on Monday").
  const governs = (cue: TenseCue): boolean =>
    cue.withOutlook
      ? cue.end <= start && WITH_OUTLOOK_TIME.test(text.slice(cue.end, start))
      : !cue.reporting || /^\s*$/.test(cue.end <= start ? text.slice(cue.end, start) : text.slice(end, cue.start));
  const cue =
    lastCueBefore(index, clauseStart + 1, start, governs) ??
    firstCueAfter(index, end, clauseEnd, governs) ??
    lastCueBefore(index, 0, start, (cue) => !cue.clauseOnly && governs(cue)) ??
    firstCueAfter(index, end, textLength, (cue) => !cue.clauseOnly && governs(cue));
  if (cue?.neutral) return null;
  if (cue?.fixture) {
    // "Reid plays a shot in the final on Sunday, where England won", "Ruiz, who hosts talks at the summit on Monday,
    // left early": a caption's or a relative clause's present beside a past verb tells what happened. A past verb
    // with its own time ("Castamar, who beat Eastmoor on Wednesday, face Doria in the final on Sunday"), one telling
    // who the side is ("England, who lost the first Test, play …"), a report's verb or a perfect ("having won the
    // semi-final") leaves the preview ahead.
    const past = index.cues.find(
      (other) =>
        other !== cue && other.direction === 'past' && !other.reporting && !PERFECT_BEFORE.test(text.slice(Math.max(0, other.start - 8), other.start)) &&
        !clauseHasTime(index, text, other.start, start, end) && !inBackgroundClause(index, text, other.start),
    );
    if (past) return { direction: 'past', cue: past.word };
  }
  if (cue?.pastBooking) {
    // "The hearing, which was set for the 3rd, went ahead as planned": a booking in its own clause, told in the past,
    // with the sentence's main verb past after that clause, was a booking for a day now gone.
    const main = firstCueAfter(index, clauseEnd, textLength, (after) => !after.reporting && !after.pastBooking);
    if (main?.direction === 'past' && clauseEnd < textLength) return { direction: 'past', cue: main.word };
  }
  return cue ? { direction: cue.direction, cue: cue.word, ...(cue.fixtureOnDay ? { fixtureOnDay: true as const } : {}) } : null;
}

function lastCueBefore(index: TenseIndex, from: number, start: number, governs: (cue: TenseCue) => boolean): TenseCue | undefined {
  for (let i = lowerBound(index.cueStarts, start) - 1; i >= 0; i--) {
    const cue = index.cues[i];
    if (!cue || cue.start < from) return undefined;
    if (cue.end <= start && governs(cue)) return cue;
  }
  return undefined;
}

function firstCueAfter(index: TenseIndex, end: number, to: number, governs: (cue: TenseCue) => boolean): TenseCue | undefined {
  for (let i = lowerBound(index.cueStarts, end); i < index.cues.length; i++) {
    const cue = index.cues[i];
    if (!cue || cue.start >= to) return undefined;
    if (!cue.forwardOnly && governs(cue)) return cue;
  }
  return undefined;
}


/** "has won", "having beaten": a perfect, told from now. */
const PERFECT_BEFORE = /\b(?:has|have|having|had)\s+$/i;
/** A time of its own in a clause: a weekday, a month, "yesterday", "last …", "… ago", "earlier". */
const OWN_TIME = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|yesterday|today|tonight|last\s+\w+|ago|earlier|in\s+\d{4})\b/;

/** Whether the clause at `at` holds a time other than the mention's own (`start`–`end`). */
function clauseHasTime(index: TenseIndex, text: string, at: number, start: number, end: number): boolean {
  const clauseStart = index.separators[lowerBound(index.separators, at) - 1] ?? -1;
  const clauseEnd = index.separators[lowerBound(index.separators, at)] ?? text.length;
  const clause = text.slice(clauseStart + 1, clauseEnd);
  const offset = clauseStart + 1;
  const from = Math.max(0, start - offset);
  const to = Math.max(from, Math.min(clause.length, end - offset));
  return OWN_TIME.test(start >= offset && start < clauseEnd ? clause.slice(0, from) + ' '.repeat(to - from) + clause.slice(to) : clause);
}

/**
 * "who lost the first Test", "after he recovered from injury": a clause telling who someone is or what came before,
 * not what happened at the fixture.
 */
function inBackgroundClause(index: TenseIndex, text: string, at: number): boolean {
  const clauseStart = index.separators[lowerBound(index.separators, at) - 1] ?? -1;
  const before = text.slice(Math.max(clauseStart + 1, at - 32), at);
  return /^\s*(?:who|whom|whose|which|that)\b/i.test(text.slice(clauseStart + 1, at)) || /\b(?:after|since|because|once|although|though)\b/i.test(before);
}
