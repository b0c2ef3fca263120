/** Format calendar dates without the viewer's time zone moving them: parse as UTC, print as UTC. */
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function utcDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1));
}

export function formatDay(day: string, withWeekday = false): string {
  return (withWeekday ? weekdayFormat : dayFormat).format(utcDay(day));
}

type SpanFormat = (start: string, end: string | undefined, precision: string) => string;

// Intl formatting is the costliest part of drawing a list of events; a corpus has few distinct spans.
function cachedBySpan(format: SpanFormat): SpanFormat {
  const cache = new Map<string, string>();
  return (start, end, precision) => {
    const key = `${start}|${end ?? ''}|${precision}`;
    let formatted = cache.get(key);
    if (formatted === undefined) {
      formatted = format(start, end, precision);
      if (cache.size < 10_000) cache.set(key, formatted);
    }
    return formatted;
  };
}

/** "13 Jan 2025", "December 2024", "1–10 Dec 2024" from a start/end/precision triple. */
export const formatSpan = cachedBySpan(formatSpanUncached);

function formatSpanUncached(start: string, end: string | undefined, precision: string): string {
  if (precision === 'day' || !end || end === start) return formatDay(start, precision === 'day');
  if (precision === 'month') return monthFormat.format(utcDay(start));
  if (precision === 'year') return start.slice(0, 4);
  return `${formatDay(start)} – ${formatDay(end)}`;
}

/** Publication time as the outlet printed it: the local wall time and its offset, not the viewer's. */
export function formatPublished(publishedAt: string | null): string {
  if (!publishedAt) return 'date unknown';
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2})?([+-]\d{2}:\d{2}|Z))?$/.exec(publishedAt);
  if (!match?.[1]) return publishedAt;
  const day = formatDay(match[1]);
  return match[2] ? `${day}, ${match[2]} (UTC${match[3] === 'Z' ? '' : match[3]})` : day;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Japan" for "JP"; the code itself when the browser has no name for it. */
export function countryName(code: string | null): string {
  if (!code) return 'country unknown';
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const monthOnly = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const lastDayOfMonth = (day: string) => {
  const date = utcDay(day);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
};

/**
 * When, in a reader's words rather than a precision code: "Mon 13 Jan 2025",
 * "early December 2024 (day not stated)", "December 2024 (day not stated)",
 * "13–16 Jan 2025 (span)". A third of a month is how articles say "early",
 * "mid-" and "late", so those intervals read that way.
 */
export const describeWhen = cachedBySpan(describeWhenUncached);

function describeWhenUncached(start: string, end: string | undefined, precision: string): string {
  if (precision === 'day' || !end || end === start) return formatDay(start, precision === 'day');
  const year = start.slice(0, 4);
  if (precision === 'month') return `${monthFormat.format(utcDay(start))} (day not stated)`;
  if (precision === 'year') return `${year} (month and day not stated)`;
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  const [first, last] = [Number(start.slice(8)), Number(end.slice(8))];
  if (sameMonth) {
    const month = monthOnly.format(utcDay(start));
    const part = first === 1 && last === 10 ? 'early ' : first === 11 && last === 20 ? 'mid-' : first === 21 && last === lastDayOfMonth(end) ? 'late ' : null;
    if (part) return `${part}${month} ${year} (day not stated)`;
    return `${first}–${last} ${dayMonth.format(utcDay(start)).split(' ')[1]} ${year} (span)`;
  }
  const sameYear = year === end.slice(0, 4);
  return `${sameYear ? dayMonth.format(utcDay(start)) : formatDay(start)} – ${formatDay(end)} (span)`;
}
