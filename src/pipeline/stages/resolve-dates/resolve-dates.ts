/**
 * Date resolution: finds the temporal expressions of an article's sentences
 * and resolves each to a calendar value, keeping the chain (expression →
 * anchor → rule → value) for the reader.
 *
 * chrono-node does the recognition; the news rules on top of it are ours,
 * because chrono guesses (nearest weekday, drops "early"/"through", splits
 * "October last year", reads durations as dates). Each step is a small pure
 * stage in this folder; day arithmetic lives in src/pipeline/text/days.ts, so
 * no stage imports another.
 *
 * Purity: no clock, no machine time zone. All calendar arithmetic is on
 * Y-M-D values through Date.UTC and getUTC* getters only.
 */
import { DATELINE_ANCHOR_PREFIX, ENTRY_ANCHOR_PREFIX } from '../../../lib/corpus/date-anchor';
import type { DateMention, Sentence } from '../../../lib/corpus/schema';
import { timestampLabel } from '../../line-shape';
import { addDays, dayRange, daysBetween, formatDay, formatValue, interval, isRealDate, parseIsoDay, shiftRange, WEEKDAY_NAMES, weekdayOf, type Ymd } from '../../text/days';
import { quoteSpans } from '../../text/clauses';
import { monthNumber, parseDateline } from '../../text/timestamps';
import { classifyChrono } from './classify-chrono';
import { markNonDates } from './drop-non-dates';
import { withoutOverlaps } from './drop-overlaps';
import { extendDayRanges } from './extend-day-ranges';
import { findAnaphoricUnits } from './find-anaphoric-units';
import { findBareYears } from './find-bare-years';
import { chronoReference, readChrono, type ChronoReference } from './find-chrono';
import { findDaysOfMonth } from './find-days-of-month';
import { findLandmarks } from './find-landmarks';
import { findNamedDays } from './find-named-days';
import { findWeekdayWeeks } from './find-weekday-weeks';
import { findWireClocks } from './find-wire-clocks';
import { findYearParts } from './find-year-parts';
import { findPartsOfDay } from './find-parts-of-day';
import { joinMonthWithRelativeYear } from './join-month-year';
import { joinSpans } from './join-spans';
import type { Candidate, DateContext, Expression, Resolution, ResolveEnv, SettledWeekday, Unit } from './model';
import { placeChrono } from './place-chrono';
import { indexTense, tenseAt, type TenseIndex } from './read-tense';
import { resolveCalendar } from './resolve-calendar';
import { resolveCount, resolveDayOffset } from './resolve-counts';
import { resolveDayOfMonth } from './resolve-day-of-month';
import { resolveHappening, resolveHappeningDay } from './resolve-happening';
import { resolvePeriod } from './resolve-period';
import { resolveSameUnit } from './resolve-same-unit';
import { resolveWeekday, resolveWeekend } from './resolve-weekday';
import { resolveYearPart } from './resolve-year-part';
import { narrowNthWeekday, widenWeekOf } from './widen-week-of';

export type { DateContext } from './model';

const SKIPPED_KINDS = new Set<Sentence['kind']>(['byline', 'dateline']);

/**
 * Recognition, in order:
 * 1. chrono-node reads the sentence — it knows most written forms of a date;
 * 2. each result is classified by its wording — non-dates (times, durations, "now") are dropped here,
 *    before anything takes their words;
 * 3. the classified result takes in the words around it that belong to it ("on", "in early", "the night of");
 * 4. "October" + "last year" are joined — chrono splits them, and the month needs the year's shift; then
 *    "Jan. 13–14" and "13 and 14 January" are widened to both days — chrono reads one;
 * 5. our own recognisers for what chrono does not read: "the same day" (listed first, so at an equal span it
 *    wins), "the next morning" and "in the evening", holidays and wars by name, seasons, quarters and decades
 *    (before bare years, so "the summer of 2023" is one mention), bare years, "on the 13th", wire clocks ("1900 GMT");
 * 6. routines ("every Monday") and months that are first names ("April Ryan") are marked as no date, keeping
 *    their words — before the overlaps, so no other recogniser takes the words;
 * 7. overlaps are dropped, earliest and longest first, so each word belongs to at most one mention.
 */
function findCandidates(text: string, reference: ChronoReference): Candidate[] {
  const fromChrono = readChrono(text, reference).flatMap((reading) => {
    const expression = classifyChrono(reading, reference.timezone > 0);
    return expression ? [placeChrono(text, reading, expression)] : [];
  });
  const ours = [...findAnaphoricUnits(text), ...findPartsOfDay(text), ...findLandmarks(text), ...findNamedDays(text), ...findWeekdayWeeks(text), ...findYearParts(text), ...findBareYears(text), ...findDaysOfMonth(text), ...findWireClocks(text)];
  return withoutOverlaps(markNonDates(text, [...extendDayRanges(text, joinMonthWithRelativeYear(fromChrono, text)), ...ours]));
}

/** Resolution: one rule set per kind of expression; each reads the tense or the previous mention only when it needs them. */
function resolveCandidate(candidate: Candidate, env: ResolveEnv): Resolution {
  const expression = candidate.expression;
  switch (expression.kind) {
    case 'calendar':
      return resolveCalendar(expression, candidate, env);
    case 'weekday':
      return resolveWeekday(expression, candidate, env);
    case 'weekend':
      return resolveWeekend(expression, env);
    case 'period':
      return resolvePeriod(expression, candidate, env);
    case 'dayOffset':
      return resolveDayOffset(expression, env);
    case 'count':
      return expression.from === 'happening' ? resolveHappening(expression, candidate, env) : resolveCount(expression, env);
    case 'sameUnit':
      return resolveSameUnit(expression, candidate, env);
    case 'happeningDay':
      return resolveHappeningDay(expression, env, env.text.slice(candidate.start, candidate.end), candidate);
    case 'dayOfMonth':
      return resolveDayOfMonth(expression, candidate, env);
    case 'yearPart':
      return resolveYearPart(expression, env);
    case 'named': {
      const [start, end] = [parseIsoDay(expression.start), parseIsoDay(expression.end)];
      const rule = `${expression.name} → ${expression.start} to ${expression.end}`;
      return start && end ? { range: interval(start, end), anchor: null, rule } : { range: null, anchor: null, rule, reason: 'not a real calendar date' };
    }
    case 'unresolvable':
      return { range: null, anchor: null, rule: 'unresolved', reason: expression.reason };
    case 'ignored':
      return { range: null, anchor: null, rule: 'duration', drop: true };
  }
}

function statedOf(expression: Expression): DateMention['stated'] {
  if (expression.kind === 'dayOfMonth') return { year: false, month: false, day: true };
  if (expression.kind !== 'calendar') return { year: false, month: false, day: false };
  return { year: expression.year !== null, month: expression.month !== null, day: expression.day !== null };
}

/** Can this mention serve as the base for "the same <unit>" / "<n> <unit>s later"? */
function servesAsBase(mention: DateMention, unit: Unit): boolean {
  if (mention.value === null) return false;
  if (unit === 'day' || unit === 'week') return mention.precision === 'day';
  if (unit === 'month') return mention.precision === 'month' || (mention.precision === 'day' && mention.stated.month);
  // "The storm hit on Feb. 18. The year before, …": a month-day's year is the article's reading of it, stated or not.
  return mention.precision === 'year' || mention.stated.year || (mention.stated.month && (mention.precision === 'day' || mention.precision === 'month'));
}

/**
 * The stage: sentences in article order, so "the same day" and "two days later" find the dated mention
 * before them. Bylines and datelines are skipped: their dates are the publication's, read by read-metadata.
 */
/** A match's result told in the past: "lost 2-0", "won on penalties", "the match ended 1-1". */
const RESULT_TOLD = /\b(?:won|lost|drew|beat|defeated|thrashed|edged|scored|equalised|equalized|ended|finished|conceded)\b|\b\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:win|victory|defeat|loss|draw)\b/i;

export function resolveDates(context: DateContext, sentences: Sentence[]): DateMention[] {
  let anchorDay = context.reference ? parseIsoDay(context.reference.date) : null;
  let reference = chronoReference(anchorDay, context.reference?.offset ?? null);
  let publishedLabel = context.publishedLabel;
  let seenBody = false;
  const mentions: DateMention[] = [];
  const settledWeekdays = new Map<number, SettledWeekday>();
  // A headline's untensed weekday ("Mediators confirm Thursday meeting") waits for the body to place that weekday.
  const headlineWeekdays: Array<{ mention: DateMention; weekday: number }> = [];
  // "two days before the deadline" with the deadline dated only further on: settled once the article is read.
  const pendingHappenings: Array<{ mention: DateMention; pending: NonNullable<Resolution['pendingHappening']> }> = [];
  const shortSentenceId = (sentenceId: string): string =>
    sentenceId.startsWith(`${context.articleId}-`) ? sentenceId.slice(context.articleId.length + 1) : sentenceId;

  const textOf = new Map(sentences.map((sentence) => [sentence.id, sentence.text]));
  const positionOf = new Map(sentences.map((sentence, position) => [sentence.id, position]));
  const kindOf = new Map(sentences.map((sentence) => [sentence.id, sentence.kind]));
  // Filed from a place: a wire dateline line, or the first body line opening with one ("TOKYO (AP) -").
  const firstBody = sentences.find((sentence) => sentence.kind === 'body');
  const datelined =
    sentences.some((sentence) => sentence.kind === 'dateline' && PLACE_DATELINE.test(sentence.text)) || (firstBody !== undefined && LEAD_DATELINE.test(firstBody.text));
  // "BRUSSELS, Tuesday (Wire) —", "BRUSSELS, Dec 3 (Wire) -": the lead's dateline names the day the story was filed,
  // which a page stamped after midnight or a paper printed next morning may not share; "today", "tonight",
  // "yesterday" and the parts of that day count from the dateline's day. Only a day shortly before the publication
  // day (or just after, a zone ahead). Every other date keeps counting from publication: "arrested on Wednesday" in a
  // Thursday paper under "ATHENS, Tuesday" is the day before publication, not a week before the dateline.
  const filed = firstBody && anchorDay ? leadDatelineDay(firstBody.text, anchorDay) : null;
  const filedLabel = filed ? `${DATELINE_ANCHOR_PREFIX}${filed.text}` : null;
  let underEntry = false;
  // "two days before the crash" names the crash but does not date it: such a mention never dates a happening.
  const countedFromHappening = new Set<DateMention>();
  const stemsOf = new Map<string, Set<string>>();
  const sentenceStems = (sentenceId: string): Set<string> => {
    let stems = stemsOf.get(sentenceId);
    if (!stems) {
      stems = new Set((textOf.get(sentenceId) ?? '').replace(GUNFIRE, ' ').toLowerCase().match(/\p{L}{4,}/gu)?.map((word) => happeningStem(word) ?? '') ?? []);
      stemsOf.set(sentenceId, stems);
    }
    return stems;
  };

  for (const sentence of sentences) {
    // A body line opening with a wire dateline below the lead ("TOKYO, Jan. 10 (Wire) -- Ministers met on
    // Wednesday"): a digest's next item, dated by its own dateline as an entry stamp dates what follows it.
    const inlineDateline = seenBody && sentence.kind === 'body' ? INLINE_DATELINE.exec(sentence.text) : null;
    const entry =
      seenBody && sentence.kind === 'dateline' ? entryStamp(sentence.text, anchorDay)
      : inlineDateline ? entryStamp(inlineDateline[1] ?? '', anchorDay)
      : null;
    if (entry) {
      // A live blog's entry stamp below the lead dates what follows it: "today" under a 13 Jan stamp is 13 Jan.
      anchorDay = entry;
      underEntry = true;
      reference = chronoReference(entry, context.reference?.offset ?? null);
      publishedLabel = inlineDateline ? `${DATELINE_ANCHOR_PREFIX}${(inlineDateline[1] ?? inlineDateline[0]).trim()}` : `${ENTRY_ANCHOR_PREFIX}${sentence.text.trim()}`;
    }
    if (SKIPPED_KINDS.has(sentence.kind)) continue;
    if (sentence.kind === 'body') seenBody = true;
    const text = sentence.text;
    let tenseIndex: TenseIndex | null = null;
    const candidates = findCandidates(text, reference);
    // Words quoted from a speech the sentence dates ("… tomorrow," he said on Sunday) count from the day they were
    // spoken: what lies outside the quotes is resolved first, so the speech's day is known when the quote is read.
    const quotes = quoteSpans(text);
    const quoted = (c: Candidate): boolean => quotes.some((quote) => c.start > quote.start && c.end < quote.end);
    const outside = candidates.filter((c) => !quoted(c));
    // A match's clock reads the day the sentence gives its match, written before or after it ("in the 80th minute of
    // Wednesday's semi-final"), but not a day counted from something else ("who had turned 30 the day before").
    const matchClock = (c: Candidate): boolean => c.expression.kind === 'happeningDay' && c.expression.word === 'match';
    const ordered = [
      ...outside.filter((c) => !readsSentence(c) && !matchClock(c)), ...outside.filter(matchClock), ...outside.filter(readsSentence), ...candidates.filter(quoted),
    ];
    const resolved: DateMention[] = [];
    for (const candidate of ordered) {
      const spoken = quoted(candidate) ? speechDay(text, resolved) : null;
      const spokenDay = spoken?.start ? parseIsoDay(spoken.start) : null;
      const fromFiled = filed && filedLabel && !underEntry && !spokenDay && FILED_DAY_WORDS.test(text.slice(candidate.start, candidate.end)) ? filed : null;
      const dayLabel = fromFiled && filedLabel ? filedLabel : publishedLabel;
      const candidateLabel = spoken && spokenDay ? `${spoken.text} in ${shortSentenceId(sentence.id)} (the day the quoted words were spoken)` : dayLabel;
      const env: ResolveEnv = {
        text,
        anchorDay: spokenDay ?? fromFiled?.day ?? anchorDay,
        publishedLabel: candidateLabel,
        tense: () => {
          tenseIndex ??= indexTense(text);
          const tense = tenseAt(tenseIndex, text, candidate.start, candidate.end);
          // "Rovers play Dunmore at Glen Park on Saturday." then "The home side lost 2-0.": a recap's present, not a
          // preview's, when the next sentences tell a result in the past; then the weekday is read as any other.
          if (tense?.fixtureOnDay) {
            const position = positionOf.get(sentence.id) ?? 0;
            if (sentences.slice(position + 1, position + 4).some((next) => RESULT_TOLD.test(next.text))) return null;
          }
          return tense;
        },
        // Only what stands before it: a deferred candidate must not count from a date written after it.
        previous: (unit, skip) =>
          resolved.findLast((mention) => mention.charStart < candidate.start && servesAsBase(mention, unit) && !skip?.(mention, text)) ??
          mentions.findLast((mention) => servesAsBase(mention, unit) && !skip?.(mention, textOf.get(mention.sentenceId) ?? '')),
        happeningDay: (word) => {
          const stem = happeningStem(word);
          return stem === null
            ? undefined
            : mentions.findLast(
                (mention) => mention.precision === 'day' && mention.value !== null && !countedFromHappening.has(mention) && sentenceStems(mention.sentenceId).has(stem),
              );
        },
        sentenceMentions: () => resolved,
        sentencesBack: (sentenceId) => (positionOf.get(sentence.id) ?? 0) - (positionOf.get(sentenceId) ?? 0),
        settledWeekday: (weekday) => settledWeekdays.get(weekday),
        shortSentenceId,
        isBody: (sentenceId) => kindOf.get(sentenceId) === 'body',
        // The publication instant only where the rules count from the publication day itself.
        ...(context.reference && !spokenDay && dayLabel === context.publishedLabel
          ? { publication: { offset: context.reference.offset, ...(context.reference.time ? { time: context.reference.time } : {}) }, datelined }
          : {}),
      };
      const resolution = resolveCandidate(candidate, env);
      if (resolution.drop) continue;
      // "the week of Jan. 20": the resolved day widens to its week, and the mention takes in the words.
      const week = widenWeekOf(text, candidate.start, resolution.range);
      if (week) Object.assign(resolution, { range: week.range, rule: resolution.rule + week.rule });
      const nth = narrowNthWeekday(text.slice(candidate.start, candidate.end), resolution.range);
      if (nth) Object.assign(resolution, { range: nth.range, rule: resolution.rule + nth.rule });
      const mentionStart = week ? week.start : candidate.start;
      const range = resolution.range;
      const mention: DateMention = {
        id: '',
        articleId: context.articleId,
        sentenceId: sentence.id,
        text: text.slice(mentionStart, candidate.end),
        charStart: mentionStart,
        charEnd: candidate.end,
        start: range ? formatDay(range.start) : null,
        end: range ? formatDay(range.end) : null,
        value: range ? formatValue(range) : null,
        precision: range ? range.precision : null,
        anchor: resolution.anchor,
        // Under a live-blog entry the rules' "publication" is that entry's stamp: say so, or the chain misleads.
        rule:
          spokenDay && resolution.anchor === candidateLabel
            ? resolution.rule.replace(/\bthe publication day\b|\bpublication\b/g, 'the day of the speech')
            : resolution.anchor === dayLabel && dayLabel !== context.publishedLabel
              ? resolution.rule.replace(/\bthe publication day\b|\bpublication\b/g, dayLabel.startsWith(DATELINE_ANCHOR_PREFIX) ? 'the dateline\u2019s day' : 'the entry\u2019s stamp')
              : resolution.rule,
        stated: statedOf(candidate.expression),
      };
      if (!range) mention.reason = resolution.reason ?? 'could not be resolved';
      if (range && resolution.settlesWeekday !== undefined) settledWeekdays.set(resolution.settlesWeekday, { mention, day: range.start });
      const expression = candidate.expression;
      if (expression.kind === 'count' && expression.from === 'happening') countedFromHappening.add(mention);
      if ((!range || resolution.pendingHappening?.sign === -1) && resolution.pendingHappening) pendingHappenings.push({ mention, pending: resolution.pendingHappening });
      if (range && sentence.kind === 'headline' && expression.kind === 'weekday' && expression.relation === null && expression.endWeekday === null && resolution.settlesWeekday === undefined) {
        headlineWeekdays.push({ mention, weekday: expression.weekday });
      }
      resolved.push(mention);
    }
    // Numbered in the order they stand in the sentence, whatever order they were resolved in; spans in words
    // are joined last, once both of their ends are resolved.
    resolved.sort((a, b) => a.charStart - b.charStart);
    bracketedDays(text, resolved, settledWeekdays);
    convertedWeekdays(text, resolved);
    pairedWeekdays(text, resolved);
    joinSpans(text, resolved).forEach((mention, i) => {
      mention.id = `${sentence.id}-d${i + 1}`;
      mentions.push(mention);
    });
  }
  for (const { mention, pending } of pendingHappenings) {
    const stem = happeningStem(pending.word);
    const at = mentions.indexOf(mention);
    const named = mentions.find(
      (later, index) =>
        index > at && later.sentenceId !== mention.sentenceId && later.precision === 'day' && later.start !== null && !countedFromHappening.has(later) && stem !== null && sentenceStems(later.sentenceId).has(stem),
    );
    const day = named?.start ? parseIsoDay(named.start) : null;
    if (!named || !day) continue;
    const range = shiftRange(day, pending.sign * pending.amount, pending.unit);
    const counted = `${pending.amount} ${pending.unit}${pending.amount === 1 ? '' : 's'}`;
    Object.assign(mention, {
      start: formatDay(range.start),
      end: formatDay(range.end),
      value: formatValue(range),
      precision: range.precision,
      anchor: `${named.text} in ${shortSentenceId(named.sentenceId)} (the ${pending.word}, dated later in the article)`,
      rule: `"${counted} ${pending.sign > 0 ? 'after' : 'before'}" the ${pending.word} → the day a later sentence gives the ${pending.word}, ${pending.sign > 0 ? 'plus' : 'minus'} the count`,
    });
    delete mention.reason;
  }
  for (const { mention, weekday } of headlineWeekdays) {
    const settled = settledWeekdays.get(weekday);
    if (!settled || settled.mention.sentenceId === mention.sentenceId) continue;
    const range = dayRange(settled.day);
    Object.assign(mention, {
      start: formatDay(range.start),
      end: formatDay(range.end),
      value: formatValue(range),
      precision: range.precision,
      anchor: `${settled.mention.text} in ${shortSentenceId(settled.mention.sentenceId)}`,
      rule: `weekday with no tense cue in the headline → the ${WEEKDAY_NAMES[weekday] ?? ''} the article places by its tense`,
    });
  }
  return mentions;
}

/** A weekday written beside its date takes that date, and no longer counts among the weekdays settled on their own. */
function takeDayOf(weekday: DateMention, date: DateMention, anchor: string, rule: string, settled: Map<number, SettledWeekday>): void {
  for (const [day, entry] of settled) if (entry.mention === weekday) settled.delete(day);
  Object.assign(weekday, { start: date.start, end: date.end, value: date.value, anchor, rule });
}

/**
 * "on Thursday (Jan. 9)": the weekday's date is the one in brackets after it, whatever the tense made of the weekday
 * alone (a misprint in either is not ours to settle, and the bracketed date is the more specific).
 */
function bracketedDays(text: string, resolved: DateMention[], settled: Map<number, SettledWeekday>): void {
  for (let i = 0; i + 1 < resolved.length; i++) {
    const weekday = resolved[i]!;
    const date = resolved[i + 1]!;
    if (weekday.precision !== 'day' || date.precision !== 'day' || date.start === null || !date.stated.day || weekday.start === date.start) continue;
    if (!WEEKDAY_WORDS.test(weekday.text) || !/^\s*\(\s*$/.test(text.slice(weekday.charEnd, date.charStart)) || !/^\s*\)/.test(text.slice(date.charEnd))) continue;
    takeDayOf(weekday, date, `${date.text} (in brackets after it)`, 'weekday with its date in brackets → that date', settled);
  }
  // "on June 14 (Saturday)", "on 1st June, Sunday": the weekday in brackets (or set off by a comma, when it is that
  // date's weekday) right after a date is that date's.
  for (let i = 0; i + 1 < resolved.length; i++) {
    const date = resolved[i]!;
    const weekday = resolved[i + 1]!;
    if (date.precision !== 'day' || weekday.precision !== 'day' || date.start === null || !date.stated.day || weekday.start === date.start) continue;
    const joined = text.slice(date.charEnd, weekday.charStart) + weekday.text;
    const bracketed = /^\s*\(\s*((?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)[a-z]*\.?)\s*\)?$/.exec(joined);
    const apposed = /^\s*,\s*((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/.exec(joined);
    const dateDay = parseIsoDay(date.start);
    const named = (bracketed?.[1] ?? apposed?.[1] ?? '').slice(0, 2).toLowerCase();
    if (!bracketed && !(apposed && dateDay && WEEKDAY_NAMES[weekdayOf(dateDay)]?.slice(0, 2).toLowerCase() === named)) continue;
    if (bracketed && !/^\s*\)/.test(text.slice(weekday.charEnd)) && !weekday.text.endsWith(')')) continue;
    takeDayOf(
      weekday,
      date,
      `${date.text} (the date it follows)`,
      bracketed ? 'weekday in brackets after a date → that date' : "weekday set off by a comma after a date, and that date's weekday → that date",
      settled,
    );
  }
}

/**
 * "at 2 a.m. Thursday Korean time (1700 GMT Wednesday)": a weekday and the same instant in another zone, in brackets
 * after it. Each was placed by the tense on its own, so they may lie a week apart; the two names are a day apart, and
 * the bracketed one, in the zone nearer the outlet's, fixes the first to the day beside it.
 */
function convertedWeekdays(text: string, resolved: DateMention[]): void {
  for (let i = 0; i + 1 < resolved.length; i++) {
    const local = resolved[i]!;
    // "(1700 GMT Wednesday)": the wire clock before the bracketed weekday is a mention of its own; look past it.
    const clockFirst = /^\d{4}\s*[A-Z]{2,4}$/.test(resolved[i + 1]!.text) && i + 2 < resolved.length;
    const converted = resolved[clockFirst ? i + 2 : i + 1]!;
    if (local.precision !== 'day' || converted.precision !== 'day' || local.start === null || converted.start === null) continue;
    if (!WEEKDAY_WORDS.test(local.text.replace(/^(?:at\s+)?[\d:.]+\s*(?:[ap]\.?m\.?)?\s*(?:on\s+)?/i, '')) || !/(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\)?$/i.test(converted.text)) continue;
    const between = text.slice(local.charEnd, converted.charStart);
    if (!/^[^()]{0,24}\(\s*[^()]*\b(?:GMT|UTC|[A-Z]{1,3}[SD]?T|ET|PT)\b[^()]*$/.test(between)) continue;
    const localDay = parseIsoDay(local.start);
    const convertedDay = parseIsoDay(converted.start);
    if (!localDay || !convertedDay) continue;
    const nameGap = (weekdayOf(localDay) - weekdayOf(convertedDay) + 7) % 7;
    const shift = nameGap === 1 ? 1 : nameGap === 6 ? -1 : null;
    if (shift === null) continue;
    const day = formatDay(addDays(convertedDay, shift));
    if (day === local.start) continue;
    Object.assign(local, {
      start: day,
      end: day,
      value: day,
      anchor: `${converted.text} (the same time in another zone, in brackets after it)`,
      rule: `weekday with its time in another zone in brackets → the day ${shift > 0 ? 'after' : 'before'} the bracketed one`,
    });
  }
}

/**
 * "next Tuesday and Wednesday", "on Thursday or Friday": a bare weekday joined to a day by "and"/"or" is of the same
 * stretch, so it is the first such weekday after that day (each was placed on its own, which may split them a week).
 */
function pairedWeekdays(text: string, resolved: DateMention[]): void {
  for (let i = 0; i + 1 < resolved.length; i++) {
    const first = resolved[i]!;
    const second = resolved[i + 1]!;
    if (first.precision !== 'day' || second.precision !== 'day' || first.start === null || second.start === null) continue;
    if (!WEEKDAY_WORDS.test(first.text) || !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(second.text)) continue;
    if (!/^\s*(?:and|or)\s*$/.test(text.slice(first.charEnd, second.charStart))) continue;
    const firstDay = parseIsoDay(first.start);
    const secondDay = parseIsoDay(second.start);
    if (!firstDay || !secondDay) continue;
    const day = formatDay(addDays(firstDay, ((weekdayOf(secondDay) - weekdayOf(firstDay) + 6) % 7) + 1));
    if (day === second.start) continue;
    Object.assign(second, {
      start: day,
      end: day,
      value: day,
      anchor: `${first.text} (joined to it by "and"/"or")`,
      rule: 'weekday joined to a day by "and"/"or" → the first such weekday after that day',
    });
  }
}

/** "opened fire", "fired on the crowd", "came under fire": shooting, never a fire or a blaze to date a happening by. */
const GUNFIRE = /\b(?:open(?:ed|s|ing)?|return(?:ed|s|ing)?|exchang(?:ed|es|ing)|under|held|hold(?:s|ing)?|cease)\s+fire\b|\bfire[sd]?\s+(?:on|at|into|upon)\b|\b(?:fired|firing)\b|\bgunfire\b/gi;

/** The words a lead's dateline day governs: that day and its parts, and the days either side of it. */
const FILED_DAY_WORDS = /\b(?:today|tonight|yesterday|tomorrow|overnight|this\s+(?:morning|afternoon|evening)|last\s+night)\b/i;

const WEEKDAY_WORDS = /^(?:on\s+)?(?:last\s+|this\s+|next\s+)?(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b/i;

/** "crash", "crashed" → "cras"; "vote", "votes", "voted" → "vote": a word's first four letters, or null for a short word. */
function happeningStem(word: string): string | null {
  const lower = word.toLowerCase();
  return lower.length >= 4 ? lower.slice(0, 4) : null;
}

/**
 * The day a timestamp line below the lead gives what follows it; an "Updated …" stamp dates nothing. A stamp with
 * no year ("Jan 14, 00:40", "14 January 09:15") is of the year putting it latest on or before the day in force (a
 * live blog runs forward from its publication; a digest's items look back), else the nearest.
 */
function entryStamp(text: string, current: Ymd | null): Ymd | null {
  if (timestampLabel(text) === 'updated') return null;
  const stamp = parseDateline(text);
  if (stamp) return parseIsoDay(stamp.value.slice(0, 10));
  const monthDay = MONTH_DAY_STAMP.exec(text.trim());
  if (!monthDay || !current) return null;
  const monthWord = monthDay[1] ?? monthDay[4] ?? '';
  const month = MONTH_WORD.test(monthWord) ? monthNumber(monthWord) : null;
  const day = Number(monthDay[2] ?? monthDay[3]);
  if (month === null) return null;
  const years = [current.y - 1, current.y, current.y + 1].filter((y) => isRealDate(y, month, day));
  const distance = (y: number): number => daysBetween(current, { y, m: month, d: day });
  // A live blog's entries run at most a few days past its publication day.
  const year = years.filter((y) => distance(y) <= 3).at(-1) ?? years.sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)))[0];
  return year === undefined ? null : { y: year, m: month, d: day };
}

/** "BRUSSELS, Tuesday (Wire) — ", "WASHINGTON, Tuesday — ": a lead's dateline naming its weekday, not its date. */
const LEAD_WEEKDAY =
  /^(\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?,\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\s*\([^()]{1,40}\))?\s*(?:-{1,2}|[—–])\s+/u;

/**
 * The day a lead's dateline names, when it differs from the publication day by a little: a weekday within the three
 * days up to it, a month and day within three days either side. Null when the dateline names no day or the same one.
 */
function leadDatelineDay(lead: string, published: Ymd): { day: Ymd; text: string } | null {
  const weekday = LEAD_WEEKDAY.exec(lead);
  if (weekday) {
    const back = (weekdayOf(published) - WEEKDAY_NAMES.indexOf(weekday[2]!) + 7) % 7;
    return back >= 1 && back <= 3 ? { day: addDays(published, -back), text: weekday[1]! } : null;
  }
  const monthDay = INLINE_DATELINE.exec(lead);
  const day = monthDay ? entryStamp(monthDay[1]!, published) : null;
  if (!monthDay || !day) return null;
  const apart = daysBetween(published, day);
  return apart !== 0 && Math.abs(apart) <= 3 ? { day, text: monthDay[1]! } : null;
}

const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
/** "Jan 14, 00:40", "January 14 at 9:15 a.m.", "14 Jan 00:40", "TOKYO, Jan. 10": a month-day stamp with no year. */
const MONTH_DAY_STAMP =
  /^(?:[\p{Lu}][\p{Lu}\p{L} .'’-]*,\s+)?(?:([A-Z][a-z]{2,8})\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Z][a-z]{2,8})\.?)(?:st|nd|rd|th)?\b(?![,.]?\s*\d{4})(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}.*|\s*\(.*|\s*)$/u;
/** A dateline line naming its place: "SEOUL, Jan 13 (Pacific Press) -", "TOKYO —" (not a bare date stamp). */
const PLACE_DATELINE = /^(?!(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b)\p{Lu}{2,}/u;
/** A lead opening with a wire dateline's place: "TOKYO (AP) - ", "SEOUL, South Korea, Jan. 10 (Wire) -- ". */
const LEAD_DATELINE =
  /^(?!(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b)\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*(?:\([^()]{1,40}\))?\s*(?:-{1,2}|[—–])\s+/u;
/** A wire dateline opening a body line: "TOKYO, Jan. 10 (Wire) --", "SEOUL, South Korea, Jan. 10, 2025 —". */
const INLINE_DATELINE =
  /^(\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)(?:\s*\([^()]{1,40}\))?\s*(?:-{1,2}|[—–])\s+/u;

/**
 * The day a sentence gives the speech it quotes: a day-level date outside the quotes right after a verb of saying
 * ("the speaker said on Sunday", "told reporters on Saturday"). Null when the sentence does not date the speech.
 */
function speechDay(text: string, resolved: readonly DateMention[]): DateMention | null {
  return (
    resolved.find(
      (mention) =>
        mention.precision === 'day' &&
        mention.value !== null &&
        SAID_BEFORE.test(text.slice(Math.max(0, mention.charStart - 32), mention.charStart)),
    ) ?? null
  );
}

const SAID_BEFORE = /\b(?:said|says|told|added|wrote|announced|declared|insisted|warned|explained|stated)\b(?:\s+[\p{L}'’-]+){0,2}\s+$/iu;

/** Counts from a happening and clock times read the sentence's other dates, so they are resolved after them. */
function readsSentence(candidate: Candidate): boolean {
  const expression = candidate.expression;
  return (expression.kind === 'count' && expression.from === 'happening') || (expression.kind === 'sameUnit' && expression.clock === true);
}
