/**
 * "a day after the crash", "two weeks before the vote": the day of what the
 * sentence reports, counted from a happening it names. Resolved after the
 * sentence's other dates, which it reads:
 * 1. a day named inside the happening's phrase ("two days after the Dec. 29 crash") → that day plus the count;
 * 2. else another day in the sentence ("Choi on Monday ordered checks, a day after the crash") → that day: it
 *    dates the report, and the phrase only says how long after the happening it came;
 * 3. else the previous day-level date in the article, taken as the happening's, plus the count;
 * 4. else the publication day: a lede's "a day after the election" and "on the eve of the summit" report the
 *    day's news (not in a future clause: "campaigning ends on the eve of the vote" names no day). Not a longer count before: "two days before the deadline" is told from the deadline, not from
 *    today; it names no day. A count before a happening waits for a later sentence that dates the happening
 *    (resolve-dates reads the rest of the article for it), which then settles it.
 */
import { addDays, dayRange, daysBetween, formatDay, parseIsoDay, shiftRange, toUtc, weekdayOnOrAfter, type Ymd } from '../../text/days';
import { previousLabel, unanchored, type Candidate, type Expression, type Resolution, type ResolveEnv } from './model';
import type { DateMention } from '../../../lib/corpus/schema';

/** How far after "after" a date may sit and still belong to the happening's phrase ("the Dec. 29 crash"). */
const PHRASE_REACH = 40;

/** "… the day before." / "… two days after, and …": the count's "before"/"after" ends its clause. */
const ELLIPTICAL = /^\s+(?:before|after|afterwards?|earlier|later)\s*(?:[.,;:!?)—–]|$|(?:and|but|when|while|as)\b)/i;

/** The noun a count is taken from: "the crash" → "crash", "the final debate" → "debate", "Saturday's vote" → "vote". */
function happeningWord(after: string): string | null {
  const phrase = /^\s*(?:after|before|of|prior\s+to)?\s*(?:the|a|an|his|her|its|their|this|that|[\p{Lu}][\p{L}]+['’]s)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]{4,})\b/u.exec(after);
  if (!phrase?.[1]) return null;
  const tokens = phrase[1].split(/\s+/);
  return tokens[tokens.length - 1] ?? null;
}

export function resolveHappening(expression: Extract<Expression, { kind: 'count' }>, candidate: Candidate, env: ResolveEnv): Resolution {
  const { amount, unit, sign } = expression;
  // amount 0: "moments before", "shortly after": the happening's own day.
  // "hours after" is said as written: it is not "moments after".
  const around = expression.toldOnly ? env.text.slice(candidate.start, candidate.end).toLowerCase().replace(/\s+/g, ' ') : 'moments';
  const words = amount === 0 ? `${around} ${sign > 0 ? 'after' : 'before'}` : `${amount} ${unit}${amount === 1 ? '' : 's'} ${sign > 0 ? 'after' : 'before'}`;
  const days = env.sentenceMentions().filter((mention) => mention.precision === 'day' && mention.start !== null);

  const inPhrase = days.find(
    (mention) =>
      mention.charStart >= candidate.end &&
      mention.charStart - candidate.end <= PHRASE_REACH &&
      !/[,;:()—–]/.test(env.text.slice(candidate.end, mention.charStart)),
  );
  const inPhraseDay = inPhrase?.start ? parseIsoDay(inPhrase.start) : null;
  if (inPhrase && inPhraseDay) {
    return {
      range: shiftRange(inPhraseDay, sign * amount, unit),
      anchor: `${inPhrase.text} (the happening's date, same sentence)`,
      rule: `"${words}" a happening dated in the sentence → that day ${sign > 0 ? 'plus' : 'minus'} ${amount} ${unit}${amount === 1 ? '' : 's'}`,
    };
  }

  // "Floods hit on 28 December, and the river peaked the day before.": "before" with nothing after it counts from the
  // day just written, not from a happening, so that day (the one before it in the sentence, else the article's
  // previous day) is the base, not the day of the report.
  if (ELLIPTICAL.test(env.text.slice(candidate.end))) {
    const base = days.findLast((mention) => mention.charEnd <= candidate.start) ?? env.previous('day');
    const baseDay = base?.start ? parseIsoDay(base.start) : null;
    if (base && baseDay) {
      return {
        range: shiftRange(baseDay, sign * amount, unit),
        anchor: days.includes(base) ? `${base.text} (same sentence)` : previousLabel(base, env),
        rule: `"${words}" with no happening after it → the day written before it, ${sign > 0 ? 'plus' : 'minus'} the count`,
      };
    }
  }

  const report = days.find((mention) => mention.charEnd <= candidate.start || mention.charStart >= candidate.end);
  const reportDay = report?.start ? parseIsoDay(report.start) : null;
  if (report && reportDay) {
    return {
      range: dayRange(reportDay),
      anchor: `${report.text} (same sentence)`,
      rule: `"${words}" a happening, with the report dated in the sentence → the day of the report`,
    };
  }

  // "two days before the crash": the day an earlier sentence gives the crash, not whatever day came last.
  const word = happeningWord(env.text.slice(candidate.end, candidate.end + 60));
  const named = word ? (env.happeningDay(word) ?? sameHappening(word).map((other) => env.happeningDay(other)).find((mention) => mention !== undefined)) : undefined;
  const namedDay = named?.start ? parseIsoDay(named.start) : null;
  // "hours after the sinking" of a ferry that sank "on Monday night": hours on from a night may be the next day.
  const overnight = (base: DateMention): boolean => expression.toldOnly === true && sign > 0 && /\bhours\b/i.test(words) && /\b(?:night|evening|midnight)\b/i.test(base.text);
  if (word && named && namedDay && overnight(named)) {
    return { range: null, anchor: null, rule: `"${words}" the ${word}`, reason: `hours after a ${word} at night may fall on the next day` };
  }
  if (word && named && namedDay) {
    return {
      range: shiftRange(namedDay, sign * amount, unit),
      anchor: previousLabel(named, env),
      rule: `"${words}" the ${word} → the day the article gives the ${word}, ${sign > 0 ? 'plus' : 'minus'} the count`,
    };
  }

  const previous = env.previous('day');
  const previousDay = previous?.start ? parseIsoDay(previous.start) : null;
  // The happening under another name ("The dam burst on Thursday … three days after the collapse"): the day before
  // this one, unless that day is still to come, which no happening counted from in a report can be.
  const stillToCome = previousDay !== null && env.anchorDay !== null && toUtc(previousDay) > toUtc(env.anchorDay);
  // Only the day just told: a happening named sentences after the last dated one ("Yamal, who turned 17 the day before
  // the final", three lines after Monday's parade) is not that day's under another name.
  const justTold = previous !== undefined && env.sentencesBack(previous.sentenceId) <= 1;
  if (previous && previousDay && !stillToCome && (justTold || word === null) && overnight(previous)) {
    return { range: null, anchor: null, rule: `"${words}" ${word ? `the ${word}` : 'a happening'}`, reason: 'hours after a happening at night may fall on the next day' };
  }
  if (previous && previousDay && !stillToCome && (justTold || word === null)) {
    return {
      range: shiftRange(previousDay, sign * amount, unit),
      anchor: previousLabel(previous, env),
      rule: `"${words}" a happening → the previous day-level date in the article, taken as the happening's, ${sign > 0 ? 'plus' : 'minus'} the count`,
    };
  }

  const pending = word ? { pendingHappening: { word, amount, unit, sign } } : {};
  if (previous) {
    // A happening never dated, and the last day is one still to come: counting from it would state a guess as fact.
    return { range: null, anchor: null, rule: `"${words}" ${word ? `the ${word}` : 'a happening'}`, reason: `the article gives no past day for the ${word ?? 'happening'} it counts from`, ...pending };
  }
  // "Campaigning ends on the eve of the election", "the runoff is set for two weeks after the first round": a happening
  // still to come and never dated is no day of the day's news.
  if (env.tense()?.direction === 'future') {
    return { range: null, anchor: null, rule: `"${words}" ${word ? `the ${word}` : 'a happening'}`, reason: `the article gives no day for the ${word ?? 'happening'} it counts from, and it is still to come`, ...pending };
  }
  // "declared an emergency hours after the storm made landfall": a stretch of hours from a happening no day is given
  // for says nothing of the day's news.
  if (expression.toldOnly) {
    return { range: null, anchor: null, rule: `"${words}" ${word ? `the ${word}` : 'a happening'}`, reason: `the article gives no day for the ${word ?? 'happening'} it counts from`, ...pending };
  }
  if (sign < 0 && !(amount === 1 && unit === 'day')) {
    return { range: null, anchor: null, rule: `"${words}" ${word ? `the ${word}` : 'a happening'}`, reason: `the article gives no day before this for the ${word ?? 'happening'} it counts from`, ...pending };
  }
  const rule = `"${words}" a happening, with no day before it in the article → the publication day (the day's news)`;
  if (!env.anchorDay) return unanchored(rule);
  return { range: dayRange(env.anchorDay), anchor: env.publishedLabel, rule, ...pending };
}

/** "on election night", "polling day": the day an earlier sentence gives that happening, or none. */
export function resolveHappeningDay(expression: Extract<Expression, { kind: 'happeningDay' }>, env: ResolveEnv, written?: string, at?: { start: number; end: number }): Resolution {
  const rule = `"${expression.phrase}" → the day the article gives the ${expression.word}`;
  // A match's clock beside the match's own day ("won on Sunday … four minutes from the end of normal time"), or a
  // past day written after it in its own clause ("in the 80th minute of Wednesday's semi-final").
  const ownClauseAfter = (mention: { charStart: number; start: string | null }): boolean =>
    at !== undefined && mention.charStart >= at.end && !/[,;:()—–]/.test(env.text.slice(at.end, mention.charStart)) &&
    env.anchorDay !== null && mention.start !== null && mention.start <= formatDay(env.anchorDay);
  const sameSentence = expression.word === 'match'
    ? env.sentenceMentions().find((mention) => mention.precision === 'day' && mention.start && (at === undefined || mention.charStart < at.start || ownClauseAfter(mention)))
    : undefined;
  const sameDay = sameSentence?.start ? parseIsoDay(sameSentence.start) : null;
  if (sameSentence && sameDay) return { range: dayRange(sameDay), anchor: `${sameSentence.text} (in the same sentence)`, rule };
  const named = env.happeningDay(expression.word) ?? sameHappening(expression.word).map((word) => env.happeningDay(word)).find((mention) => mention !== undefined);
  const day = named?.start ? parseIsoDay(named.start) : null;
  if (!named || !day) {
    const general = expression.word === 'election' && written !== undefined && /\bElection Day\b/.test(written) && env.anchorDay ? usElectionDayNear(env.anchorDay) : null;
    if (general) {
      return { range: dayRange(general), anchor: env.publishedLabel, rule: '"Election Day" (capitalised, as US English writes it), with no day for the election in the article → the US general election day (the Tuesday after the first Monday in November) within 90 days of publication' };
    }
    return { range: null, anchor: null, rule, reason: `the article gives no day for the ${expression.word}` };
  }
  // "Watkins struck in the 90th minute" in a semi-final report that names Sunday's final: a past clock of a match
  // still to come is another match's.
  // That other match is the day's only in a report filed that evening (a semi-final report stamped 22:58): a
  // morning's report may be of the night before, so with no evening stamp it stays unresolved.
  if (expression.word === 'match' && env.anchorDay && toUtc(day) > toUtc(env.anchorDay) && env.tense()?.direction === 'past') {
    if (env.publication?.time && env.publication.time >= EVENING) {
      return { range: dayRange(env.anchorDay), anchor: env.publishedLabel, rule: `${rule}; the ${expression.word} the article dates is still to come, this is told in the past, and the report was filed in the evening → the match of that day` };
    }
    return { range: null, anchor: null, rule, reason: `the ${expression.word} the article dates is still to come, and this is told in the past` };
  }
  return { range: dayRange(day), anchor: previousLabel(named, env), rule };
}

/** From this clock time ("HH:MM", the outlet's zone) a report is an evening's, filed after the day's matches. */
const EVENING = '17:00';

/**
 * The US general election day (the Tuesday after the first Monday in November, kept for federal, state and many local
 * ballots every year) nearest the day, when it lies within 90 days of it; null otherwise.
 */
function usElectionDayNear(day: Ymd): Ymd | null {
  const candidates = [day.y - 1, day.y, day.y + 1].map((y) => {
    const firstMonday = weekdayOnOrAfter({ y, m: 11, d: 1 }, 1);
    return addDays(firstMonday, 1);
  });
  const near = candidates.filter((candidate) => Math.abs(daysBetween(day, candidate)) <= 90);
  return near.sort((a, b) => Math.abs(daysBetween(day, a)) - Math.abs(daysBetween(day, b)))[0] ?? null;
}

/**
 * Other words for the happening a day is named by, tried when the article dates none by the word itself: "polling day"
 * and "the night of the vote" are the day of the election the article dates. One way only: "election night" after
 * "went to the polls on Saturday" may be a later count.
 */
const HAPPENING_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['polling', ['election', 'vote', 'ballot']],
  ['voting', ['election', 'ballot']],
  ['vote', ['election', 'ballot', 'referendum']],
  ['ballot', ['election', 'vote']],
  // "in the 86th minute" of the match an article dates as "the final" or "the game".
  ['match', ['final', 'game', 'semi-final', 'semifinal', 'tie', 'fixture', 'derby']],
  // "the quake" after "an earthquake struck on Monday": the short name of a disaster the article dated in full. Not
  // "tremor" (an aftershock is one too), nor "the fire" for a "ceasefire".
  ['quake', ['earthquake']],
  ['earthquake', ['quake']],
  ['fire', ['wildfire', 'bushfire', 'blaze']],
  ['blaze', ['fire', 'wildfire', 'bushfire']],
]);

function sameHappening(word: string): readonly string[] {
  return HAPPENING_NAMES.get(word.toLowerCase()) ?? [];
}
