/**
 * Recognition by chrono-node: each result chrono finds in a sentence, with its
 * own leading preposition ("on", "until") and period modifier ("the end of")
 * split off the core words that the classifier reads.
 */
// The English recogniser alone: chrono-node's root module is the same parser plus fifteen
// other languages, whose loading took longer than resolving a thousand articles' dates.
import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import { noonInZone, parseOffsetMinutes, type Ymd } from '../../text/days';
import { hasDateParts, type ChronoReading } from './model';

export interface ChronoReference {
  instant: Date;
  timezone: number;
}

/** A fixed reference for chrono, so recognition never reads the clock. */
export function chronoReference(anchorDay: Ymd | null, offset: string | null): ChronoReference {
  const minutes = offset ? parseOffsetMinutes(offset) : 0;
  return { instant: noonInZone(anchorDay ?? { y: 2000, m: 1, d: 1 }, minutes), timezone: minutes };
}

const LEADING_PREPOSITION =
  /^(on|in|at|during|for|within|over|by|from|since|until|till|through|throughout|after|before)\s+/i;
const LEADING_PERIOD_MODIFIER = /^((?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+/i;
const TRAILING_PUNCTUATION = /[\s,;:]+$/;
/**
 * A hedge just before a counted amount, which chrono leaves out of its result: "little more than a week after",
 * "more than two weeks ago". Taken into the reading, so the amount is read as approximate (classify-chrono).
 */
const HEDGE_BEFORE = /(?<![\p{L}'’])((?:(?:a little|a bit|little|well|just|only|nearly|almost|roughly|approximately|about|around|over|under|more than|less than|fewer than|up to|at least|at most|barely)\s+)+)$/iu;
const COUNTED_AMOUNT = /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:second|minute|hour|day|week|month|year)s?\b/i;
/** "night of " opening a chrono result. */
const PART_OF_DAY_OF = /^(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+(?:of|on)\s+/i;

/**
 * chrono's end-of-period refiner matches against all the text before each
 * result, which is quadratic on a huge sentence full of dates; feed it bounded
 * windows cut after punctuation or a space. Ordinary sentences fit in one window.
 */
const CHRONO_WINDOW = 4000;

/**
 * Readings by reference and text: wire copy and repeated lines put the same sentence in articles of the same day,
 * and chrono (some forty searches per sentence) is most of date recognition. Readings are only read downstream.
 * Bounded, so a long-lived dev server does not keep every sentence it ever read.
 */
const readingCache = new Map<string, ChronoReading[]>();
const READING_CACHE_LIMIT = 20_000;

export function readChrono(text: string, reference: ChronoReference): ChronoReading[] {
  const key = `${reference.instant.getTime()} ${reference.timezone} ${text}`;
  let readings = readingCache.get(key);
  if (readings === undefined) {
    if (readingCache.size >= READING_CACHE_LIMIT) readingCache.clear();
    readings = readChronoUncached(text, reference);
    readingCache.set(key, readings);
  }
  return [...readings];
}

/**
 * "As of Monday, 24 people had died", "Since Jan. 1, 40 people": chrono takes a number after the comma as the day or
 * the year (and then drops "Monday the 24th" as no date). A number that counts the lower-case word after it is no
 * part of a date: chrono reads the text with that comma made a semicolon (same length, so offsets hold).
 */
const COMMA_BEFORE_COUNT = /,(?=\s*\d{1,3}\s+(?!(?:and|or|to|through|till|until)\b)\p{Ll})/gu;

/**
 * "The committee sat on 13-14 May", "they wed on June 3": chrono reads a lower-case "sat", "wed", "sun" as a weekday
 * and then places the date in a year where that weekday falls. News capitalises weekdays: the short forms in lower
 * case are read as blanks (same length, so offsets hold).
 */
const LOWERCASE_WEEKDAY_SHORT = /(?<![\p{L}\p{N}'’-])(?:sat|sun|wed|mon|fri|tue|tues|thu|thur|thurs)(?![\p{L}\p{N}'’-])/gu;

/** "Tues.", "Weds": short forms chrono does not know, read as the ones it does ("Tue", "Wed"), same length. */
const LONG_WEEKDAY_SHORT = /\b(Tue|Wed)s\b(\.?)/g;

function readChronoUncached(text: string, reference: ChronoReference): ChronoReading[] {
  const readable = text.replace(COMMA_BEFORE_COUNT, ';').replace(LOWERCASE_WEEKDAY_SHORT, (word) => ' '.repeat(word.length)).replace(LONG_WEEKDAY_SHORT, (_, day: string, dot: string) => `${day}${dot} `);
  return parseWithChrono(readable, reference)
    .flatMap((result) => withoutPartOfDay(result, reference))
    .flatMap((result) => withoutVerbLast(result, reference))
    .map((result) => {
      const hedge = COUNTED_AMOUNT.test(result.text) ? (HEDGE_BEFORE.exec(text.slice(0, result.index))?.[1] ?? '') : '';
      const raw = hedge + result.text.replace(TRAILING_PUNCTUATION, '');
      const ownPreposition = LEADING_PREPOSITION.exec(raw);
      let core = ownPreposition ? raw.slice(ownPreposition[0].length) : raw;
      const ownModifier = LEADING_PERIOD_MODIFIER.exec(core);
      if (ownModifier) core = core.slice(ownModifier[0].length);
      return {
        result,
        start: result.index - hedge.length,
        end: result.index - hedge.length + raw.length,
        core,
        preposition: ownPreposition?.[1] ?? null,
        periodModifier: ownModifier?.[1] ?? null,
      };
    });
}

function parseWithChrono(text: string, reference: ChronoReference): ParsedResult[] {
  if (text.length <= CHRONO_WINDOW) return chrono.parse(text, reference);
  const results: ParsedResult[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + CHRONO_WINDOW);
    if (to < text.length) {
      const window = text.slice(from, to);
      const punctuation = Math.max(window.lastIndexOf('. '), window.lastIndexOf(', '), window.lastIndexOf('; '));
      const space = window.lastIndexOf(' ');
      const cut = punctuation > CHRONO_WINDOW / 2 ? punctuation + 2 : space > 0 ? space + 1 : window.length;
      to = from + cut;
    }
    for (const result of chrono.parse(text.slice(from, to), reference)) {
      // Shift to sentence offsets; chrono's own refiners move `index` the same way (typed readonly only for callers).
      (result as { index: number }).index += from;
      results.push(result);
    }
    from = to;
  }
  return results;
}

/**
 * "Mourning lasts until Jan. 4": chrono reads the verb "lasts" as "last" and the whole as a relative date; read the
 * words after the verb again on their own.
 */
function withoutVerbLast(result: ParsedResult, reference: ChronoReference): ParsedResult[] {
  const verb = /^last(?:s|ed|ing)\s+/i.exec(result.text);
  if (!verb) return [result];
  return chrono.parse(result.text.slice(verb[0].length), reference).map((inner) => {
    (inner as { index: number }).index += result.index + verb[0].length;
    return inner;
  });
}

/**
 * chrono joins "night of Dec. 3" into one result but loses the date's parts in the join; read the date
 * after "of" again on its own (at its own offset) and let the mention take the words before it.
 */
function withoutPartOfDay(result: ParsedResult, reference: ChronoReference): ParsedResult[] {
  const prefix = PART_OF_DAY_OF.exec(result.text);
  if (!prefix || hasDateParts(result.start)) return [result];
  return chrono.parse(result.text.slice(prefix[0].length), reference).map((inner) => {
    (inner as { index: number }).index += result.index + prefix[0].length;
    return inner;
  });
}
