/**
 * "from 2019 through November 2022", "between 2010 and 2014": two resolved
 * dates joined by the words of a span become one interval, from the start of
 * the first to the end of the second. chrono joins some of these itself ("from
 * Oct. 3 to Nov. 2"); it leaves those whose ends it reads apart, and a bare
 * year after "to" or "and", which nothing else takes.
 */
import type { DateMention } from '../../../lib/corpus/schema';
import { shiftDay } from '../../text/days';

/** A weekday's name alone ("Wednesday", "Wed."): its date was placed on its own, by the tense. */
const WEEKDAY_ALONE = /^(?:on\s+)?(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?$/i;

/**
 * "between Monday and Wednesday" in a past clause: each weekday was placed back from publication on its own, so
 * the second may fall a week before the first. The span's end is the first such weekday on or after its start.
 */
function weekdayEnd(first: DateMention, second: DateMention): string | null {
  if (second.end === null || first.start === null || first.precision !== 'day' || second.precision !== 'day' || !WEEKDAY_ALONE.test(second.text.trim())) return second.end;
  let end = second.end;
  for (let i = 0; i < 2 && end < first.start; i++) end = shiftDay(end, 7);
  return end;
}

const OPENER = /\b(from|between)\s+$/i;
const OWN_OPENER = /^(from|between)\s/i;
/** The words between the two ends, with the second's own "through"/"until" counted in. */
const CONNECTOR = /^\s*(?:to|through|until|till|and|[-–])\s+/i;
const BARE_YEAR_END = /^\s*(?:to|through|until|till|and|[-–])\s+((?:19|20)\d\d)(?![\p{L}\p{N}\-/%])(?!\s+(?:\p{Ll}[\p{L}-]*s|people|men|women|children|police|staff|personnel|crew)\b)/u;

function endOfYear(year: string): string {
  return `${year}-12-31`;
}

/** "overnight Sunday into Monday", "overnight Saturday to Sunday": one night across two days. */
const NIGHT_OPENER = /\bovernight\s+(?:from\s+)?$/i;
const NIGHT_CONNECTOR = /^\s*(?:into|to|and)\s*$/i;
/** "overnight into Thursday", "overnight into early Friday": the night's second day follows. */
const OVERNIGHT_INTO = /\bovernight\s+into\s+(?:early\s+)?$/i;
/** "Thursday night", "on Sunday night", "late Saturday night": a day's night. */
const NIGHT_OF_DAY = /^(?:on\s+)?(?:late\s+)?(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\s+night$/i;

/** Mentions of one sentence, in text order; joined spans replace their two ends. */
export function joinSpans(text: string, mentions: readonly DateMention[]): DateMention[] {
  const joined: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i]!;
    const night = mentions[i + 1];
    // One night across two days: the two weekdays are its evening and its morning, one happening, not two.
    if (
      night && first.start !== null && first.precision === 'day' && night.precision === 'day' && WEEKDAY_ALONE.test(first.text.trim()) && WEEKDAY_ALONE.test(night.text.trim()) &&
      NIGHT_OPENER.test(text.slice(0, first.charStart)) && NIGHT_CONNECTOR.test(text.slice(first.charEnd, night.charStart))
    ) {
      const nightEnd = weekdayEnd(first, night);
      if (nightEnd !== null && nightEnd > first.start && nightEnd <= shiftDay(first.start, 1)) {
        const openerStart = first.charStart - (NIGHT_OPENER.exec(text.slice(0, first.charStart))?.[0].length ?? 0);
        joined.push({ ...span(text, first, openerStart, night.charEnd, nightEnd, `"${night.text}"`, first.anchor ?? night.anchor), rule: `one night across two days ("overnight … into …") → from "${first.text}" to the end of "${night.text}"` });
        i++;
        continue;
      }
    }
    // "Thursday night into Friday morning": a night told by its two days is one night, as "overnight … into …" is.
    if (
      night && first.start !== null && night.start !== null && first.precision === 'day' && night.precision === 'day' && NIGHT_OF_DAY.test(first.text) &&
      /^\s*into\s*$/i.test(text.slice(first.charEnd, night.charStart)) && night.start === shiftDay(first.start, 1)
    ) {
      joined.push({ ...span(text, first, first.charStart, night.charEnd, night.start, `"${night.text}"`, first.anchor ?? night.anchor), rule: `one night across two days ("… night into … morning") → from "${first.text}" to the end of "${night.text}"` });
      i++;
      continue;
    }
    // "Snow is expected overnight into Thursday": the night that ends on the day named, so that day and the one before.
    const into = first.start !== null && first.precision === 'day' && first.end === first.start ? OVERNIGHT_INTO.exec(text.slice(0, first.charStart)) : null;
    if (into && first.start !== null) {
      const start = shiftDay(first.start, -1);
      joined.push({
        ...span(text, first, first.charStart - into[0].length, first.charEnd, first.start, `"${first.text}"`, first.anchor),
        start,
        value: `${start}/${first.start}`,
        rule: `one night across two days ("overnight into …") → the day before "${first.text}" to its end`,
      });
      continue;
    }
    const opener = OWN_OPENER.exec(first.text)?.[1] ?? OPENER.exec(text.slice(0, first.charStart))?.[1];
    if (!opener || first.start === null) {
      joined.push(first);
      continue;
    }
    const between = opener.toLowerCase() === 'between';
    const openerStart = OWN_OPENER.test(first.text) ? first.charStart : first.charStart - (OPENER.exec(text.slice(0, first.charStart))?.[0].length ?? 0);
    const second = mentions[i + 1];
    const gap = second ? text.slice(first.charEnd, second.charStart) + second.text : '';
    const connector = CONNECTOR.exec(gap)?.[0].trim().toLowerCase();
    const connects = (word: string | undefined): boolean => word !== undefined && (between ? word === 'and' : word !== 'and');
    const secondEnd = second ? weekdayEnd(first, second) : null;
    if (second && secondEnd !== null && /^\s*$/.test(text.slice(first.charEnd, second.charStart).replace(CONNECTOR, '')) && connects(connector) && first.start <= secondEnd) {
      joined.push(span(text, first, openerStart, second.charEnd, secondEnd, `"${second.text}"`, first.anchor ?? second.anchor));
      i++;
      continue;
    }
    // "from 2010 to 2014": the second year stands alone after "to", where no recogniser takes a year.
    const bareYear = first.precision === 'year' ? BARE_YEAR_END.exec(text.slice(first.charEnd)) : null;
    const bareConnector = bareYear?.[0].trim().split(/\s+/)[0]?.toLowerCase();
    if (bareYear?.[1] && connects(bareConnector) && first.start <= endOfYear(bareYear[1]) && (!second || second.charStart >= first.charEnd + bareYear[0].length)) {
      joined.push(span(text, first, openerStart, first.charEnd + bareYear[0].length, endOfYear(bareYear[1]), `"${bareYear[1]}"`, first.anchor));
      continue;
    }
    joined.push(first);
  }
  return joined;
}

function span(text: string, first: DateMention, start: number, end: number, endDay: string, secondWords: string, anchor: string | null): DateMention {
  const { reason: _reason, ...rest } = first;
  return {
    ...rest,
    text: text.slice(start, end),
    charStart: start,
    charEnd: end,
    end: endDay,
    value: `${first.start}/${endDay}`,
    precision: 'interval',
    anchor,
    rule: `a span in words ("from … to", "between … and") → from the start of "${first.text}" to the end of ${secondWords}`,
    stated: first.stated,
  };
}
