/**
 * Timestamp lines of news pages read as a moment: the day, and the minute with its offset when the page
 * gives both a time and an unambiguous zone. Shared by the metadata reader (publication time) and the date
 * resolver (a live blog's entry stamps).
 */
import { datelineCore } from '../line-shape';
import { addDays, formatDay, parseIsoDay, toUtc, weekdayOnOrAfter, type Ymd } from './days';

/** Offsets of time-zone abbreviations datelines use; ambiguous ones (CST, IST) are left out on purpose. */
const ZONE_OFFSETS: Record<string, string> = {
  JST: '+09:00', KST: '+09:00', UTC: '+00:00', GMT: '+00:00', HKT: '+08:00', SGT: '+08:00',
  EST: '-05:00', EDT: '-04:00', PST: '-08:00', PDT: '-07:00', CET: '+01:00', CEST: '+02:00', BST: '+01:00',
  CDT: '-05:00', MST: '-07:00', MDT: '-06:00', AKST: '-09:00', AKDT: '-08:00', HST: '-10:00',
  AEST: '+10:00', AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00',
  // African, South Asian and South-East Asian papers' zones ("0900 EAT", "1600 WAT", "2000 SAST"). Not "GST" or "CAT",
  // which are as often a sales tax ("1800 GST") or a test and a scanner.
  WAT: '+01:00', SAST: '+02:00', EAT: '+03:00', PKT: '+05:00', ICT: '+07:00', WIB: '+07:00', PHT: '+08:00', MYT: '+08:00',
};
/**
 * A wire's 24-hour clock time with no colon and a zone ("1900 GMT", "0630 UTC", "2215 CET"): the four digits are an
 * hour and minute only with a zone after them, so a year ("in 1900") or a count is never one. [whole, hhmm, zone].
 */
export const WIRE_CLOCK = new RegExp(
  String.raw`(?<![\d:.,/-])((?:[01]\d|2[0-3])[0-5]\d)\s*(${Object.keys(ZONE_OFFSETS).join('|')})\b`,
  'g',
);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Jan", "January", "jan." → 1; null for no month. */
export function monthNumber(name: string): number | null {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index >= 0 ? index + 1 : null;
}

/** "12:40 JST, December 12, 2024" → 2024-12-12T12:40:00+09:00; without time or zone, day precision. */
export function parseDateline(line: string): { value: string; precision: 'minute' | 'day' } | null {
  const text = datelineCore(line);
  // An ISO 8601 stamp with its offset says everything: "2025-01-14T09:30:00+09:00".
  const stamp = /(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})/.exec(text);
  if (stamp) {
    const zone = stamp[4] === 'Z' ? '+00:00' : stamp[4]!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return { value: `${stamp[1]}T${stamp[2]}:${stamp[3]}:00${zone}`, precision: 'minute' };
  }
  // "14.20 GMT", as British pages write it: a dot reads as a time only before a zone or am/pm, never inside a date.
  const time = /(\d{1,2}):(\d{2})(?::\d{2})?\s*([AP])?\.?M?\.?\s*([A-Z]{2,4})?/i.exec(text) ?? dottedTime(text);
  const date =
    /([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(text) ?? /(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(text);
  // Year first: "2025-01-14", "2025/1/14", "2025年1月14日", and Korean pages' spaced "2025. 1. 14.".
  const iso = /(\d{4})(?:[-/年]|\.\s?)(\d{1,2})(?:[-/月]|\.\s?)(\d{1,2})/.exec(text);
  // Day first before a four-digit year: "14.01.2025" always, "14/01/2025" or "14-01-2025" only when the other reading is no date;
  // month first only when the day-first reading is no date ("01.14.2025", "01/14/2025").
  const dayFirst = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text) ?? /\b(1[3-9]|2\d|3[01])[/-](\d{1,2})[/-](\d{4})\b/.exec(text);
  const monthFirst = /\b(\d{1,2})[/.-](1[3-9]|2\d|3[01])[/.-](\d{4})\b/.exec(text);
  let day: string | null = null;
  if (iso) day = `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  else if (dayFirst && Number(dayFirst[2]) <= 12) day = `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`;
  else if (monthFirst && Number(monthFirst[1]) <= 12) day = `${monthFirst[3]}-${monthFirst[1]!.padStart(2, '0')}-${monthFirst[2]!.padStart(2, '0')}`;
  else if (date) {
    const monthName = /^\d/.test(date[1]!) ? date[2]! : date[1]!;
    const dayNumber = /^\d/.test(date[1]!) ? date[1]! : date[2]!;
    const month = monthNumber(monthName);
    if (month !== null) day = `${date[3]}-${String(month).padStart(2, '0')}-${dayNumber.padStart(2, '0')}`;
  }
  if (day === null) return null;
  // "GMT+9", "UTC+09:00": an explicit offset beats a zone abbreviation.
  // "+0900" after a time with seconds, as mail headers write it.
  const explicit = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b/i.exec(text) ?? /\d:\d{2}\s+([+-])(\d{2})(\d{2})\b/.exec(text);
  const offset = explicit
    ? `${explicit[1]}${explicit[2]!.padStart(2, '0')}:${explicit[3] ?? '00'}`
    : time?.[4]
      ? (ZONE_OFFSETS[time[4].toUpperCase()] ?? usZoneOffset(time[4], day))
      : undefined;
  if (!time || !offset) return { value: day, precision: 'day' };
  let hour = Number(time[1]);
  if (time[3]?.toUpperCase() === 'P' && hour < 12) hour += 12;
  if (time[3]?.toUpperCase() === 'A' && hour === 12) hour = 0;
  return { value: `${day}T${String(hour).padStart(2, '0')}:${time[2]}:00${offset}`, precision: 'minute' };
}

/** Standard offsets of the US zones American pages name without saying standard or daylight time ("5:12 p.m. ET"). */
const US_ZONES: Record<string, number> = { ET: -5, CT: -6, MT: -7, PT: -8 };

/**
 * "ET", "PT": a US zone named generically, its offset on the day the stamp gives — daylight time (an hour ahead)
 * from the second Sunday of March to the first Sunday of November, as the US has kept it since 2007. Written in
 * capitals only: "et" is a word in other languages.
 */
function usZoneOffset(zone: string, day: string): string | undefined {
  const standard = US_ZONES[zone];
  const date = parseIsoDay(day);
  if (standard === undefined || !date || date.y < 2007) return undefined;
  const firstSunday = (m: number) => weekdayOnOrAfter({ y: date.y, m, d: 1 }, 0);
  const daylight = toUtc(date) >= toUtc(addDays(firstSunday(3), 7)) && toUtc(date) < toUtc(firstSunday(11));
  const hours = standard + (daylight ? 1 : 0);
  return `-${String(-hours).padStart(2, '0')}:00`;
}

/** "14.20 GMT", "6.04pm": a time written with a dot, as [whole, hour, minute, am/pm, zone]; null without a zone or am/pm. */
function dottedTime(text: string): Array<string | undefined> | null {
  const match = /(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])\s*(?:([AP])\.?M\.?(?:\s*([A-Z]{2,4})\b)?|([A-Z]{2,4})\b)/i.exec(text);
  return match ? [match[0], match[1], match[2], match[3], match[4] ?? match[5]] : null;
}

/**
 * The one clock time with a zone a sentence states ("at 11:42 p.m. EDT", "05:42 CEST", "at 0342 GMT", "10:12 p.m. PT"),
 * on `day` (the day the time falls on where it was written), as epoch milliseconds; null when the sentence gives none,
 * more than one moment, or a zone left out of ZONE_OFFSETS as ambiguous. A US zone named generically (ET, CT, MT, PT)
 * takes its standard or daylight offset on that day, so "10:12 p.m. PT on Monday" and "1:12 a.m. ET on Tuesday" are
 * one instant.
 */
export function clockInstant(text: string, day: string): number | null {
  const clock = /(?<![\d:.])(\d{1,2})(?:[:.](\d{2})|(\d{2}))?\s*(?:([ap])\.?\s?m\.?\s*)?\(?([A-Z]{2,4})\b/gu;
  const instants = new Set<number>();
  for (const match of text.matchAll(clock)) {
    const offset = ZONE_OFFSETS[match[5]!] ?? usZoneOffset(match[5]!, day);
    const minutes = match[2] ?? match[3];
    // A bare number before a zone ("9 GMT") is read only with am/pm; "0342 GMT" needs its four digits.
    if (!offset || (minutes === undefined && !match[4])) continue;
    let hour = Number(match[1]);
    if (hour > 23 || Number(minutes ?? 0) > 59) continue;
    if (match[4]?.toLowerCase() === 'p' && hour < 12) hour += 12;
    if (match[4]?.toLowerCase() === 'a' && hour === 12) hour = 0;
    const instant = Date.parse(`${day}T${String(hour).padStart(2, '0')}:${minutes ?? '00'}:00${offset}`);
    if (!Number.isNaN(instant)) instants.add(instant);
  }
  return instants.size === 1 ? [...instants][0]! : null;
}

/**
 * The day, in the clock's own zone, of a zoned clock time ("at 8pm BST", "by 1900 GMT") told in the past or the
 * future of a publication instant (`day` and `time` "HH:MM" in `offset`): the latest day whose moment at that clock
 * time is not after publication, or the earliest not before it. Null when the phrase states no one zoned moment.
 * "Polls closed at 10pm BST" stamped 00:30 GMT on the 25th is the 24th; "polls close at 10pm BST" stamped 02:00 KST
 * on the 25th is still the 24th in Britain.
 */
export function zonedClockDay(phrase: string, day: Ymd, time: string, offset: string, direction: 'past' | 'future'): Ymd | null {
  const published = Date.parse(`${formatDay(day)}T${time}:00${offset}`);
  if (Number.isNaN(published)) return null;
  const days = [-2, -1, 0, 1, 2].map((delta) => addDays(day, delta));
  const moments = days.map((candidate) => clockInstant(phrase, formatDay(candidate)));
  if (moments.some((moment) => moment === null)) return null;
  const index = direction === 'past' ? moments.findLastIndex((moment) => moment! <= published) : moments.findIndex((moment) => moment! >= published);
  return index < 0 ? null : days[index]!;
}
