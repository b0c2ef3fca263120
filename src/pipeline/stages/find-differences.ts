/**
 * Differences: where the outlets reporting one event give different facts.
 * Only events with two or more outlets can have any. Four kinds, each a rule
 * about language, not a list of this story's facts:
 *
 * - date: the date mentions that placed the outlets' sentences on the event
 *   (evidence dateId) cover days that do not overlap ("on Jan. 13" vs "on Jan. 14";
 *   "in December" and "Dec. 3" overlap, so they agree).
 * - number: (a) milestones — "first/second/last <thing> since <when>" or "first
 *   <thing> in <N years>" — about the same thing (same head noun; "trip" counts as
 *   "visit"; "his first trip" is a personal milestone, kept apart) whose reference
 *   points do not overlap in time ("since … November 2023" vs "in nearly seven
 *   years"). A reference point is the date mention inside it, or N units back from
 *   the article's publication day ("nearly" = between N−1 and N, "more than" =
 *   between N and N+1, else N±1). Milestones are read in the event's evidence and
 *   in every article whose main event (most evidence sentences) this is, since
 *   "It was also the first visit since November 2023" is placed by its date on
 *   the November event but speaks of the article's own story.
 *   (b) figures (text/figures.ts): counts and ordinals of one unit noun ("two-day
 *   visit" vs "three-day visit", "142,000 SUVs" vs "140,000 SUVs"), money,
 *   percentages, scores and a person's age, dates excluded, compared only when the
 *   words beside them say they are of the same thing (never "a maximum of 110
 *   years" against "sentenced to 25 years"), an estimate agreeing with a figure
 *   near it, parts agreeing with their whole, two outlets that give one figure
 *   alike agreeing whatever else one of them adds, and a figure of another time
 *   ("a year after … killed two", "up from 4.25%") left out. A title that states one outlet's
 *   disputed figure then shows every figure given.
 * - date (runs): two outlets' stated runs of days ("March 3 to 5" vs "March 4 to
 *   6") disagree unless equal, though they overlap.
 * - spelling: one entity's multi-word name written differently by different
 *   outlets once case is ignored, where the letters agree after folding hyphens,
 *   spaces and accents, or the name order is rotated ("Cho Tae Yul" vs
 *   "Cho Tae-yul"). Short forms ("Cho") are other names, not other spellings.
 * - quote: one speaker's quotations in two outlets that share a phrase (as
 *   align-wording defines one) but are not worded identically: the same remark,
 *   quoted two ways.
 *
 * Every difference lists the sentences it comes from (one item per outlet and
 * wording), in corpus outlet order, and a summary a reader can take in at once.
 */
import type { Article, DateMention, Difference, Entity, Outlet, Quote, Sentence, TimelineEvent } from '../../lib/corpus/schema';
import { wordTokens, type WordToken } from '../compare-text';
import type { Stage } from '../types';
import { tilePhrases } from '../text/phrase-tiling';
import { foldName } from '../text/names';
import { figuresDisagree, readFigures, saidOfTheSameThing, type Figure } from '../text/figures';
import { clockInstant } from '../text/timestamps';

export interface DifferenceContext {
  outlets: Outlet[];
}

export interface DifferenceInput {
  events: TimelineEvent[];
  articles: Article[];
  dates: DateMention[];
  entities: Entity[];
}

interface Located {
  article: Article;
  sentence: Sentence;
  outletId: string;
  /** Position of the sentence in its article, for article order. */
  position: number;
}

type Item = Difference['items'][number];

// Shared helpers ---------------------------------------------------------------

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-01-13" → "13 Jan 2025", "2024-12" → "Dec 2024"; other values as they are. */
/** Append to a map of lists; re-spreading the list per item is quadratic on sentences with thousands of numbers or mentions. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function memoised<V>(compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}

export function readableDate(value: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1] ?? day[2]} ${day[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  const range = /^([^/]+)\/([^/]+)$/.exec(value);
  if (range) return `${readableDate(range[1]!)} – ${readableDate(range[2]!)}`;
  return value;
}

/**
 * For each item, whether an item of another outlet does not overlap it (ends
 * before it starts or starts after it ends). One pass for the earliest end and
 * the latest start of the two most extreme outlets, not a test of every pair.
 */
function disjointFromAnotherOutlet(items: ReadonlyArray<{ outletId: string; span: { start: string; end: string } }>): boolean[] {
  const earliestEnds = extremesByOutlet(items, (item) => item.span.end, (a, b) => a < b);
  const latestStarts = extremesByOutlet(items, (item) => item.span.start, (a, b) => a > b);
  return items.map(({ outletId, span }) => {
    const end = earliestEnds.find((extreme) => extreme.outletId !== outletId)?.value;
    const start = latestStarts.find((extreme) => extreme.outletId !== outletId)?.value;
    return (end !== undefined && end < span.start) || (start !== undefined && start > span.end);
  });
}

/** The most extreme value of the most extreme outlet, and of the most extreme other outlet. */
function extremesByOutlet<T extends { outletId: string }>(
  items: readonly T[],
  valueOf: (item: T) => string,
  beats: (a: string, b: string) => boolean,
): Array<{ outletId: string; value: string }> {
  let first: { outletId: string; value: string } | undefined;
  let second: { outletId: string; value: string } | undefined;
  for (const item of items) {
    const value = valueOf(item);
    if (!first || beats(value, first.value)) {
      if (first && first.outletId !== item.outletId) second = first;
      first = { outletId: item.outletId, value };
    } else if (item.outletId !== first.outletId && (!second || beats(value, second.value))) {
      second = { outletId: item.outletId, value };
    }
  }
  return [first, second].filter((extreme) => extreme !== undefined);
}

function quoted(text: string, limit = 90): string {
  const clean = text.trim();
  if (clean.length <= limit) return `“${clean}”`;
  const cut = clean.slice(0, limit);
  // Cut at a word boundary so no word is shown half.
  return `“${(cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut).replace(/[\s,;:]+$/u, '')} …”`;
}

/** Items in corpus outlet order, then article order; one per outlet, sentence and text. */
function orderItems(items: Array<Item & { position: number }>, outletRank: (id: string) => number): Item[] {
  const seen = new Set<string>();
  return items
    .sort((a, b) => outletRank(a.outletId) - outletRank(b.outletId) || a.position - b.position || a.text.localeCompare(b.text))
    .filter((item) => {
      const key = `${item.outletId}\u0000${item.sentenceId}\u0000${item.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ outletId, sentenceId, text }) => ({ outletId, sentenceId, text }));
}

// Dates ------------------------------------------------------------------------

function dateDifferences(evidence: readonly Located[], event: TimelineEvent, dateById: Map<string, DateMention>, names: Names): Difference[] {
  // The first evidence entry of each sentence places it.
  const dateIdOf = new Map<string, string | null>();
  for (const entry of event.evidence) if (!dateIdOf.has(entry.sentenceId)) dateIdOf.set(entry.sentenceId, entry.dateId);
  const placed: Array<{ at: Located; mention: DateMention & { start: string; end: string; value: string } }> = [];
  for (const item of evidence) {
    const dateId = dateIdOf.get(item.sentence.id);
    const mention = dateId ? dateById.get(dateId) : undefined;
    if (mention?.start && mention.end && mention.value) placed.push({ at: item, mention: mention as typeof placed[number]['mention'] });
  }
  const outside = disjointFromAnotherOutlet(placed.map(({ at, mention }) => ({ outletId: at.outletId, span: mention })));
  // Two stated runs of days ("from March 3 to 5" vs "March 4 to 6") disagree unless they are the same run, though they
  // overlap: overlapping agrees only when one outlet is vaguer than the other ("in March" vs "March 4").
  const statedRun = (mention: DateMention) => mention.stated.day && mention.start !== mention.end;
  const conflicting = placed.filter(
    ({ at, mention }, index) =>
      outside[index] ||
      (statedRun(mention) &&
        placed.some((other) => other.at.outletId !== at.outletId && statedRun(other.mention) && (other.mention.start !== mention.start || other.mention.end !== mention.end))),
  );
  if (conflicting.length === 0) return [];
  // "10:12 p.m. PT on Monday" and "1:12 a.m. ET on Tuesday": one moment told in two zones, each on its own calendar
  // day, is no disagreement about the day (as describe-events leaves it out of the date conflicts).
  const momentOf = ({ at, mention }: (typeof placed)[number]) => (mention.start === mention.end ? clockInstant(at.sentence.text, mention.start) : null);
  if (new Set(conflicting.map((item) => momentOf(item) ?? `day ${item.mention.value}`)).size <= 1) return [];
  const byValue = new Map<string, Set<string>>();
  for (const { at, mention } of conflicting) byValue.set(mention.value, (byValue.get(mention.value) ?? new Set()).add(at.outletId));
  const parts = [...byValue.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([value, outlets]) => `${readableDate(value)} (${names.list(outlets)})`);
  return [
    {
      kind: 'date',
      summary: `Outlets date this differently: ${parts.join(' vs ')}.`,
      items: orderItems(
        conflicting.map(({ at, mention }) => ({ outletId: at.outletId, sentenceId: at.sentence.id, text: mention.text, position: at.position })),
        names.rank,
      ),
    },
  ];
}

// Milestones ("first … since …") -----------------------------------------------

const MILESTONE_ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'latest', 'previous']);
/** Plain ASCII folds by lower-casing alone, so an ordinal token in it is this substring. */
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
const ORDINAL_IN_ASCII = /first|second|third|fourth|fifth|last|latest|previous/i;

/** False only when the sentence cannot hold a milestone: plain ASCII without any ordinal word. */
function mayHoldMilestone(text: string): boolean {
  return !ASCII_ONLY.test(text) || ORDINAL_IN_ASCII.test(text);
}
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
const SINCE_CONNECTORS: ReadonlySet<string> = new Set(['since', 'following']);
const PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'to', 'of', 'between', 'with', 'from', 'for', 'at', 'on', 'in', 'since', 'following', 'among', 'into']);
/** Words for one kind of happening: a "trip" abroad is the same claim as a "visit". */
// Maps, not object literals: a word from the text such as "constructor" must find nothing, not Object's prototype.
const HEAD_SYNONYMS: ReadonlyMap<string, string> = new Map(Object.entries({ trip: 'visit', journey: 'visit', visits: 'visit', trips: 'visit', talks: 'talk' }));
const APPROXIMATE_BELOW: ReadonlySet<string> = new Set(['nearly', 'almost']);
const APPROXIMATE_ABOVE: ReadonlySet<string> = new Set(['more', 'over']);
const UNITS: ReadonlyMap<string, 'year' | 'month' | 'week' | 'day'> = new Map(Object.entries({
  year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day', decade: 'year', decades: 'year',
}));
/** How many units a decade is. */
const UNIT_FACTOR: ReadonlyMap<string, number> = new Map(Object.entries({ decade: 10, decades: 10 }));
/** Tokens between an ordinal and its connector ("first visit by a Japanese foreign minister to South Korea since"). */
const MAX_CLAIM_TOKENS = 14;

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1,
}));

function numberOf(norm: string): number | null {
  if (/^\d+$/.test(norm)) return Number(norm);
  return NUMBER_WORDS.get(norm) ?? null;
}

interface Milestone {
  at: Located;
  /** Head noun, canonical, with "own:" for "his first …". */
  key: string;
  /** "first visit" / "last South Korea visit": ordinal to head noun. */
  label: string;
  /** The claim as written, ordinal to the end of its reference. */
  text: string;
  /** Short form for summaries: "first visit … since … in November 2023". */
  short: string;
  /** Days the reference point covers; null when it is an event, not a time. */
  when: { start: string; end: string } | null;
}

function shiftDay(day: string, unit: 'year' | 'month' | 'week' | 'day', amount: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() - amount);
  else if (unit === 'month') date.setUTCMonth(date.getUTCMonth() - amount);
  else date.setUTCDate(date.getUTCDate() - amount * (unit === 'week' ? 7 : 1));
  return date.toISOString().slice(0, 10);
}

/** "in nearly seven years" at tokens[k] (the "in"): its span back from the publication day. */
function durationAt(
  tokens: readonly WordToken[],
  k: number,
  published: string | null,
): { end: number; when: { start: string; end: string } | null } | null {
  let i = k + 1;
  let approx: 'below' | 'above' | 'around' = 'around';
  if (APPROXIMATE_BELOW.has(tokens[i]?.norm ?? '')) {
    approx = 'below';
    i += 1;
  } else if (APPROXIMATE_ABOVE.has(tokens[i]?.norm ?? '')) {
    approx = 'above';
    i += tokens[i]?.norm === 'more' && tokens[i + 1]?.norm === 'than' ? 2 : 1;
  } else if (['about', 'around', 'some', 'roughly', 'almost'].includes(tokens[i]?.norm ?? '')) i += 1;
  const count = numberOf(tokens[i]?.norm ?? '');
  const unitWord = tokens[i + 1]?.norm ?? '';
  const unit = UNITS.get(unitWord);
  if (count === null || !unit) return null;
  const n = count * (UNIT_FACTOR.get(unitWord) ?? 1);
  if (!published) return { end: tokens[i + 1]!.end, when: null };
  const [far, near] = approx === 'below' ? [n, n - 1] : approx === 'above' ? [n + 1, n] : [n + 1, n - 1];
  return { end: tokens[i + 1]!.end, when: { start: shiftDay(published, unit, far), end: shiftDay(published, unit, Math.max(near, 0)) } };
}

function milestonesIn(at: Located, tokens: readonly WordToken[], mentions: readonly DateMention[]): Milestone[] {
  const text = at.sentence.text;
  const published = at.article.publishedAt?.slice(0, 10) ?? null;
  const found: Milestone[] = [];
  for (let o = 0; o < tokens.length; o += 1) {
    const ordinal = tokens[o]!;
    if (!MILESTONE_ORDINALS.has(ordinal.norm)) continue;
    const own = POSSESSIVES.has(tokens[o - 1]?.norm ?? '');
    const isLast = ordinal.norm === 'last' || ordinal.norm === 'latest' || ordinal.norm === 'previous';
    for (let k = o + 1; k < Math.min(tokens.length, o + 1 + MAX_CLAIM_TOKENS); k += 1) {
      const word = tokens[k]!.norm;
      // Stop at a clause break: the claim never crosses a comma or semicolon.
      if (/[,;]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
      let refEnd: number | null = null;
      let when: Milestone['when'] = null;
      let connector = tokens[k]!.start;
      if (!isLast && SINCE_CONNECTORS.has(word)) {
        // The reference runs to the first date mention in its clause, else a few words.
        const clauseEnd = text.slice(tokens[k]!.end).search(/[,;]|\.(\s|$)/);
        const limit = clauseEnd < 0 ? text.length : tokens[k]!.end + clauseEnd;
        const mention = mentions.find((m) => m.charStart >= tokens[k]!.end && m.charEnd <= Math.max(limit, m.charEnd) && m.charStart < limit && m.start && m.end);
        if (mention?.start && mention.end) {
          refEnd = mention.charEnd;
          when = { start: mention.start, end: mention.end };
        } else {
          refEnd = tokens[Math.min(tokens.length - 1, k + 4)]!.end;
          const cut = text.slice(tokens[k]!.end, refEnd).search(/[,;]|\.(\s|$)/);
          if (cut >= 0) refEnd = tokens[k]!.end + cut;
        }
      } else if (!isLast && word === 'in') {
        const duration = durationAt(tokens, k, published);
        if (duration) {
          refEnd = duration.end;
          when = duration.when;
        }
      } else if (isLast && (word === 'was' || word === 'were') && ['in', 'on'].includes(tokens[k + 1]?.norm ?? '')) {
        const mention = mentions.find((m) => m.charStart >= tokens[k]!.end && m.charStart <= tokens[k + 1]!.end + 1 && m.start && m.end);
        if (mention?.start && mention.end) {
          refEnd = mention.charEnd;
          when = { start: mention.start, end: mention.end };
          connector = tokens[k]!.start;
        }
      }
      if (refEnd === null) continue;
      const claim = tokens.slice(o + 1, k);
      if (claim.length === 0) break;
      const headIndex = claim.findIndex((_token, i) => i === claim.length - 1 || PREPOSITIONS.has(claim[i + 1]!.norm));
      const head = claim[headIndex]!;
      const canonical = HEAD_SYNONYMS.get(head.norm) ?? head.norm.replace(/(?<=\w{3})s$/, '');
      const label = text.slice(ordinal.start, head.end);
      const reference = text.slice(connector, refEnd);
      const refShort = reference.length > 40 && when ? `${reference.split(/\s+/)[0]} … ${text.slice(mentions.find((m) => m.charEnd === refEnd)?.charStart ?? connector, refEnd)}` : reference;
      found.push({
        at,
        key: `${own ? 'own:' : ''}${canonical}`,
        label,
        text: text.slice(ordinal.start, refEnd),
        short: `${label}${head.end < connector - 1 ? ' …' : ''} ${refShort}`,
        when,
      });
      break;
    }
  }
  return found;
}

function milestoneDifferences(claims: readonly Milestone[], names: Names): Difference[] {
  const groups = new Map<string, Milestone[]>();
  for (const claim of claims) if (claim.when) pushTo(groups, claim.key, claim);
  const differences: Difference[] = [];
  for (const [key, group] of [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const disagreeing = disjointFromAnotherOutlet(group.map((claim) => ({ outletId: claim.at.outletId, span: claim.when! }))).some(Boolean);
    if (!disagreeing) continue;
    const ordered = [...group].sort((a, b) => names.rank(a.at.outletId) - names.rank(b.at.outletId) || a.at.position - b.at.position);
    const noun = key.replace(/^own:/, '');
    differences.push({
      kind: 'number',
      summary: `Different reference points for the same ${key.startsWith('own:') ? 'personal ' : ''}milestone (“${noun}”): ${ordered
        .map((claim) => `${quoted(claim.short)} (${names.of(claim.at.outletId)})`)
        .join(' vs ')}.`,
      items: orderItems(
        group.map((claim) => ({ outletId: claim.at.outletId, sentenceId: claim.at.sentence.id, text: claim.text, position: claim.at.position })),
        names.rank,
      ),
    });
  }
  return differences;
}

// Figures: counts, money, percentages, scores, ages ------------------------------

interface PlacedFigure {
  at: Located;
  figure: Figure;
  /** What the figure is compared by: its kind and unit, and for an age the person it is given for. */
  key: string;
  /** The claim rows (align-claims) whose parts hold it: two outlets' wordings of one proposition. */
  rows: ReadonlySet<string>;
}

/** How far from a person's name an age may stand and still be theirs ("Reyes, 54,", "the 62-year-old Victor Hale"). */
const AGE_REACH = 6;

/**
 * The figures of one evidence sentence that can be compared: dates and milestone
 * numbers left out, an age kept only beside the person it is given for, so "20
 * years in prison" is never set against "a 62-year-old".
 */
function figuresOf(at: Located, dates: readonly DateMention[], claimed: readonly string[], persons: readonly PersonSpan[]): Array<Omit<PlacedFigure, 'rows'>> {
  const placed: Array<Omit<PlacedFigure, 'rows'>> = [];
  for (const figure of readFigures(at.sentence.text, dates.map((m) => ({ start: m.charStart, end: m.charEnd })))) {
    if (claimed.some((claim) => claim.includes(figure.text))) continue;
    let key = `${figure.kind}:${figure.unit}`;
    if (figure.kind === 'age') {
      const owner = persons.find((person) => (person.end <= figure.start && figure.start - person.end <= AGE_REACH) || (person.start >= figure.end && person.start - figure.end <= AGE_REACH));
      if (!owner) continue;
      key = `age:${owner.entityId}`;
    }
    placed.push({ at, figure, key });
  }
  // An age in apposition to a name: "Victor Hale, 61, was convicted".
  const text = at.sentence.text;
  for (const person of persons) {
    const apposition = /^,\s(\d{1,3}),/.exec(text.slice(person.end));
    if (!apposition) continue;
    const start = person.end + 2;
    const figureText = apposition[1]!;
    placed.push({
      at,
      key: `age:${person.entityId}`,
      figure: { kind: 'age', unit: 'age', value: Number(figureText), approximate: false, text: figureText, start, end: start + figureText.length, neighbours: { before: null, after: null } },
    });
  }
  return placed;
}

interface PersonSpan {
  entityId: string;
  start: number;
  end: number;
}

/**
 * Two figures of one unit speak of the same thing when the words beside them say so (figures.ts). One claim row is
 * not enough on its own: "killing 179 of the 181 people on board" and "killed 179 people" line up as one claim but
 * count different people; it decides only for a figure with no word beside it.
 */
function aboutTheSameThing(a: PlacedFigure, b: PlacedFigure): boolean {
  if (a.key.startsWith('age:')) return true;
  if (saidOfTheSameThing(a.figure, b.figure)) return true;
  const bare = (figure: Figure) => figure.neighbours.before === null && figure.neighbours.after === null;
  return (bare(a.figure) || bare(b.figure)) && [...a.rows].some((row) => b.rows.has(row));
}

/** "two counts of wire fraud and five counts of conspiracy" against "seven counts": parts of the other's whole. */
function partsOfTheOther(a: PlacedFigure, b: PlacedFigure, group: readonly PlacedFigure[]): boolean {
  const sumOf = (at: Located) => group.filter((figure) => figure.at === at).reduce((sum, figure) => sum + figure.figure.value, 0);
  return sumOf(a.at) === b.figure.value || sumOf(b.at) === a.figure.value;
}

function figureLabel(key: string, personName: (id: string) => string): string {
  const [kind, unit] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'money') return `Different amounts (${unit})`;
  if (kind === 'percent') return 'Different percentages';
  if (kind === 'score') return 'Different scores';
  if (kind === 'age') return `Different ages for ${personName(unit)}`;
  return `Different numbers for “${unit}”`;
}

function figureDifferences(figures: readonly PlacedFigure[], names: Names, personName: (id: string) => string): Difference[] {
  const groups = new Map<string, PlacedFigure[]>();
  for (const figure of figures) pushTo(groups, figure.key, figure);
  const differences: Difference[] = [];
  for (const [key, group] of [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    // Two outlets that give one figure alike agree on it: a second figure of one of them is of something else ("profit
    // rose 12% and revenue 6%" against "revenue rose 6%"; "won 41%, while the Labour Front won 33%" against "won 41%").
    const agreeing = new Set<string>();
    for (const a of group) {
      for (const b of group) {
        if (a.at.outletId < b.at.outletId && !figuresDisagree(a.figure, b.figure)) agreeing.add(`${a.at.outletId}\u0000${b.at.outletId}`);
      }
    }
    const agree = (a: PlacedFigure, b: PlacedFigure) => agreeing.has(a.at.outletId < b.at.outletId ? `${a.at.outletId}\u0000${b.at.outletId}` : `${b.at.outletId}\u0000${a.at.outletId}`);
    // Only figures some other outlet's figure about the same thing contradicts.
    const disputed = new Set<PlacedFigure>();
    for (let x = 0; x < group.length; x += 1) {
      for (let y = x + 1; y < group.length; y += 1) {
        const [a, b] = [group[x]!, group[y]!];
        if (a.at.outletId === b.at.outletId || agree(a, b) || !aboutTheSameThing(a, b) || !figuresDisagree(a.figure, b.figure) || partsOfTheOther(a, b, group)) continue;
        disputed.add(a).add(b);
      }
    }
    if (disputed.size === 0) continue;
    // Figures agreeing with a disputed one, from other outlets, belong to the same dispute.
    for (const figure of group) {
      if (disputed.has(figure)) continue;
      if ([...disputed].some((other) => other.at.outletId !== figure.at.outletId && aboutTheSameThing(figure, other) && !figuresDisagree(figure.figure, other.figure))) disputed.add(figure);
    }
    const members = group.filter((figure) => disputed.has(figure));
    const byText = new Map<string, Set<string>>();
    for (const { figure, at } of members) byText.set(figure.text, (byText.get(figure.text) ?? new Set()).add(at.outletId));
    differences.push({
      kind: 'number',
      summary: `${figureLabel(key, personName)}: ${[...byText.entries()].map(([text, outlets]) => `${quoted(text)} (${names.list(outlets)})`).join(' vs ')}.`,
      items: orderItems(
        members.map(({ figure, at }) => ({ outletId: at.outletId, sentenceId: at.sentence.id, text: figure.text, position: at.position })),
        names.rank,
      ),
    });
  }
  return differences;
}

/**
 * A title taken from one outlet's wording states its figure as fact: where other
 * outlets give another, the title shows every figure given ("to 4.5% or 4.75%").
 */
function withDisputedFigures(title: string, differences: readonly Difference[]): string {
  let shown = title;
  for (const difference of differences) {
    if (difference.kind !== 'number') continue;
    const texts = [...new Set(difference.items.map((item) => item.text))];
    const inTitle = texts.find((text) => shown.includes(text));
    if (!inTitle || texts.length < 2) continue;
    shown = shown.replace(inTitle, [inTitle, ...texts.filter((text) => text !== inTitle)].join(' or '));
  }
  return shown;
}

// Spellings -------------------------------------------------------------------

/** Same letters once hyphens, spaces, accents and case are folded, allowing the name order to rotate. */
export function sameNameLetters(a: string, b: string): boolean {
  return sameFoldedLetters(foldName(a), foldName(b));
}

function sameFoldedLetters(x: string, y: string): boolean {
  return x.length === y.length && x.length > 0 && `${x}${x}`.includes(y);
}

type MentionsBySentence = Map<string, Array<{ entity: Entity; text: string }>>;

/** The first item of each key, in order. */
function firstOfEach<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function spellingDifferences(
  evidence: readonly Located[],
  mentionsBySentence: MentionsBySentence,
  foldedName: (text: string) => string,
  names: Names,
): Difference[] {
  // Entities in first-mention order within the evidence, each with its multi-word forms.
  const formsByEntity = new Map<Entity, Array<{ surface: string; folded: string; at: Located }>>();
  for (const at of evidence) {
    for (const { entity, text } of mentionsBySentence.get(at.sentence.id) ?? []) {
      // Multi-word forms only: a bare surname is another name, not another spelling.
      if (!/[\s\u2010-\u2013-]/.test(text.trim())) continue;
      pushTo(formsByEntity, entity, { surface: text, folded: foldedName(text), at });
    }
  }
  const differences: Difference[] = [];
  for (const [entity, forms] of formsByEntity) {
    const groups: Array<typeof forms> = [];
    for (const form of forms) {
      const group = groups.find((g) => sameFoldedLetters(g[0]!.folded, form.folded));
      if (group) group.push(form);
      else groups.push([form]);
    }
    for (const group of groups) {
      const spellings = new Map<string, Set<string>>();
      for (const form of group) {
        const key = form.surface.toLowerCase();
        spellings.set(key, (spellings.get(key) ?? new Set()).add(form.at.outletId));
      }
      if (spellings.size < 2 || new Set(group.map((form) => form.at.outletId)).size < 2) continue;
      const shown = new Map<string, { surface: string; outlets: Set<string> }>();
      for (const form of group) {
        const key = form.surface.toLowerCase();
        if (!shown.has(key)) shown.set(key, { surface: form.surface, outlets: spellings.get(key)! });
      }
      differences.push({
        kind: 'spelling',
        summary: `${entity.name} is spelled differently: ${[...shown.values()]
          .sort((a, b) => Math.min(...[...a.outlets].map(names.rank)) - Math.min(...[...b.outlets].map(names.rank)))
          .map(({ surface, outlets }) => `${quoted(surface)} (${names.list(outlets)})`)
          .join(' vs ')}.`,
        // One sentence per outlet and spelling is enough to show it.
        items: orderItems(
          firstOfEach(group, (form) => `${form.at.outletId}\u0000${form.surface}`).map((form) => ({
            outletId: form.at.outletId,
            sentenceId: form.at.sentence.id,
            text: form.surface,
            position: form.at.position,
          })),
          names.rank,
        ),
      });
    }
  }
  return differences;
}

// Quotes ----------------------------------------------------------------------

/** An attributed quotation with its words, read once per run. */
interface ReadQuote {
  quote: Quote;
  tokens: WordToken[];
  folded: string;
}

/**
 * Two quotations are one remark quoted two ways only when most of the shorter
 * one's content words are in the other: "continue to work together" in two
 * different remarks is a shared phrase, not the same point.
 */
function sameRemark(one: readonly WordToken[], other: readonly WordToken[]): boolean {
  const words = (tokens: readonly WordToken[]) => new Set(tokens.filter((token) => token.content).map((token) => token.norm));
  const [a, b] = [words(one), words(other)];
  const [shorter, longer] = a.size <= b.size ? [a, b] : [b, a];
  if (shorter.size === 0) return false;
  let shared = 0;
  for (const word of shorter) if (longer.has(word)) shared++;
  return shared / shorter.size >= SAME_REMARK_SHARE;
}

/** Share of the shorter quotation's content words the other must hold to be the same remark. */
const SAME_REMARK_SHARE = 0.4;

function quoteDifferences(evidence: readonly Located[], quotesOf: (sentenceId: string) => readonly ReadQuote[], names: Names, entityName: (id: string) => string): Difference[] {
  const quotes = evidence.flatMap((at) => quotesOf(at.sentence.id).map((read) => ({ at, ...read })));
  const differences: Difference[] = [];
  const speakers = [...new Set(quotes.map((q) => q.quote.speakerId!))].sort();
  for (const speaker of speakers) {
    const said = quotes.filter((q) => q.quote.speakerId === speaker);
    // Pairs of outlets quoting one remark two ways: a shared phrase, unequal words.
    const pairs: Array<[typeof said[number], typeof said[number]]> = [];
    for (let x = 0; x < said.length; x += 1) {
      for (let y = x + 1; y < said.length; y += 1) {
        const one = said[x]!;
        const other = said[y]!;
        if (one.at.outletId === other.at.outletId || one.folded === other.folded) continue;
        if (tilePhrases(one.tokens, other.tokens).length > 0 && sameRemark(one.tokens, other.tokens)) pairs.push([one, other]);
      }
    }
    // Join pairs sharing a quotation into one difference (A~B, B~C → A, B, C): the pair
    // goes to the first group holding either quotation, found by each one's first group.
    const groups: Array<Set<typeof said[number]>> = [];
    const firstGroupOf = new Map<typeof said[number], number>();
    for (const [one, other] of pairs) {
      const found = Math.min(firstGroupOf.get(one) ?? Infinity, firstGroupOf.get(other) ?? Infinity);
      const index = found === Infinity ? groups.push(new Set()) - 1 : found;
      groups[index]!.add(one).add(other);
      for (const quote of [one, other]) if (!firstGroupOf.has(quote)) firstGroupOf.set(quote, index);
    }
    for (const group of groups) {
      const members = [...group].sort((a, b) => names.rank(a.at.outletId) - names.rank(b.at.outletId) || a.at.position - b.at.position);
      differences.push({
        kind: 'quote',
        summary: `${entityName(speaker)} is quoted differently: ${members.map((m) => `${quoted(m.quote.text, 70)} (${names.of(m.at.outletId)})`).join(' vs ')}.`,
        items: orderItems(
          members.map((m) => ({ outletId: m.at.outletId, sentenceId: m.at.sentence.id, text: m.quote.text, position: m.at.position })),
          names.rank,
        ),
      });
    }
  }
  return differences;
}

// Stage -----------------------------------------------------------------------

interface Names {
  of: (outletId: string) => string;
  list: (outletIds: Iterable<string>) => string;
  rank: (outletId: string) => number;
}

/** The event each article mostly reports: most evidence sentences, then the earliest one. */
function mainEventByArticle(events: readonly TimelineEvent[], positionOf: (sentenceId: string) => number): Map<string, string> {
  const best = new Map<string, { eventId: string; count: number; first: number }>();
  for (const event of events) {
    const perArticle = new Map<string, { count: number; first: number }>();
    for (const evidence of event.evidence) {
      const entry = perArticle.get(evidence.articleId) ?? { count: 0, first: Number.POSITIVE_INFINITY };
      entry.count += 1;
      entry.first = Math.min(entry.first, positionOf(evidence.sentenceId));
      perArticle.set(evidence.articleId, entry);
    }
    for (const [articleId, entry] of perArticle) {
      const current = best.get(articleId);
      if (!current || entry.count > current.count || (entry.count === current.count && entry.first < current.first)) {
        best.set(articleId, { eventId: event.id, ...entry });
      }
    }
  }
  return new Map([...best.entries()].map(([articleId, entry]) => [articleId, entry.eventId]));
}

export const findDifferences: Stage<DifferenceContext, DifferenceInput, TimelineEvent[]> = (context, input) => {
  const outletRank = new Map(context.outlets.map((outlet, i) => [outlet.id, i]));
  const outletNames = new Map<string, string>();
  // The first outlet listed under an id names it.
  for (const outlet of context.outlets) if (!outletNames.has(outlet.id)) outletNames.set(outlet.id, outlet.name);
  const names: Names = {
    of: (id) => outletNames.get(id) ?? id,
    rank: (id) => outletRank.get(id) ?? context.outlets.length,
    list: (ids) =>
      [...ids]
        .sort((a, b) => (outletRank.get(a) ?? Infinity) - (outletRank.get(b) ?? Infinity) || a.localeCompare(b))
        .map((id) => names.of(id))
        .join(', '),
  };
  const located = new Map<string, Located>();
  for (const article of input.articles) {
    article.sentences.forEach((sentence, position) =>
      located.set(sentence.id, { article, sentence, outletId: article.outletId ?? article.id, position }),
    );
  }
  const dateById = new Map(input.dates.map((mention) => [mention.id, mention]));
  const mentionsBySentence = new Map<string, DateMention[]>();
  // push, not spread: a sentence listing thousands of dates must stay linear.
  for (const mention of input.dates) {
    const list = mentionsBySentence.get(mention.sentenceId);
    if (list) list.push(mention);
    else mentionsBySentence.set(mention.sentenceId, [mention]);
  }
  const entityNames = new Map(input.entities.map((entity) => [entity.id, entity.name]));
  const entityName = (id: string) => entityNames.get(id) ?? id;
  // Mentions indexed once by sentence: scanning every entity per event is quadratic on big corpora.
  const entityMentions: MentionsBySentence = new Map();
  for (const entity of input.entities) {
    for (const mention of entity.mentions) {
      // push, not spread: one sentence may hold 50,000 mentions ("U.S. U.S. …").
      pushTo(entityMentions, mention.sentenceId, { entity, text: mention.text });
    }
  }
  const mainEvent = mainEventByArticle(input.events, (id) => located.get(id)?.position ?? Number.POSITIVE_INFINITY);
  const articlesByMainEvent = new Map<string, Article[]>();
  for (const article of input.articles) {
    const eventId = mainEvent.get(article.id);
    if (eventId) pushTo(articlesByMainEvent, eventId, article);
  }
  // A sentence may be read for several events (as evidence, as part of an article's
  // main story): its milestones and quotations are read once. Its words are not kept:
  // holding every sentence's tokens for the whole stage cost more in garbage collection.
  const tokensOf = (sentenceId: string) => wordTokens(located.get(sentenceId)!.sentence.text);
  const milestonesOf = memoised((sentenceId: string) => {
    const at = located.get(sentenceId)!;
    // Most sentences have no ordinal at all: skip reading their words.
    return mayHoldMilestone(at.sentence.text) ? milestonesIn(at, tokensOf(sentenceId), mentionsBySentence.get(sentenceId) ?? []) : [];
  });
  // People's name spans by sentence, for the ages given beside them.
  const personsBySentence = new Map<string, PersonSpan[]>();
  for (const entity of input.entities) {
    if (entity.type !== 'person') continue;
    for (const mention of entity.mentions) pushTo(personsBySentence, mention.sentenceId, { entityId: entity.id, start: mention.start, end: mention.end });
  }
  // A sentence's figures depend on it alone (its words, its dates, its milestones, its people), and it is evidence
  // for several events: read once.
  const sentenceFigures = memoised((id: string) => {
    const at = located.get(id)!;
    // Numbers inside a milestone ("in nearly seven years") are compared as milestones.
    const claimed = milestonesOf(id).map((m) => m.text);
    return figuresOf(at, mentionsBySentence.get(id) ?? [], claimed, personsBySentence.get(id) ?? []);
  });
  const quotesBySentence = new Map<string, ReadQuote[]>();
  for (const article of input.articles) {
    for (const quote of article.quotes) {
      if (!quote.speakerId) continue;
      const tokens = wordTokens(quote.text);
      pushTo(quotesBySentence, quote.sentenceId, { quote, tokens, folded: tokens.map((t) => t.norm).join(' ') });
    }
  }
  const quotesOf = (sentenceId: string) => quotesBySentence.get(sentenceId) ?? [];
  // Names are written the same few ways over and over: fold each spelling once.
  const foldedName = memoised(foldName);

  return input.events.map((event) => {
    const { differences: _previous, ...rest } = event;
    const evidence = [...new Set(event.evidence.map((e) => e.sentenceId))]
      .map((id) => located.get(id))
      .filter((item): item is Located => item !== undefined);
    if (new Set(evidence.map((item) => item.outletId)).size < 2) return rest;

    const milestoneSentences = new Map(evidence.map((item) => [item.sentence.id, item]));
    for (const article of articlesByMainEvent.get(event.id) ?? []) {
      for (const sentence of article.sentences) if (!milestoneSentences.has(sentence.id)) milestoneSentences.set(sentence.id, located.get(sentence.id)!);
    }
    const milestones = [...milestoneSentences.keys()].flatMap(milestonesOf);
    const rowsBySentence = new Map<string, Array<{ rowId: string; start: number; end: number }>>();
    for (const row of event.claims ?? []) for (const part of row.parts) pushTo(rowsBySentence, part.sentenceId, { rowId: row.id, start: part.start, end: part.end });
    const figures = evidence.flatMap((at) =>
      sentenceFigures(at.sentence.id).map((placed) => ({
        ...placed,
        rows: new Set((rowsBySentence.get(at.sentence.id) ?? []).filter((row) => row.start <= placed.figure.start && placed.figure.end <= row.end).map((row) => row.rowId)),
      })),
    );
    const differences = [
      ...dateDifferences(evidence, event, dateById, names),
      ...milestoneDifferences(milestones, names),
      ...figureDifferences(figures, names, entityName),
      ...spellingDifferences(evidence, entityMentions, foldedName, names),
      ...quoteDifferences(evidence, quotesOf, names, entityName),
    ];
    if (differences.length === 0) return rest;
    return { ...rest, title: withDisputedFigures(rest.title, differences), differences };
  });
};
