import type { Article, ClaimPart, ClaimRow, DateMention, Entity, Outlet, TimelineEvent } from '../../lib/corpus/schema';
import { foldWord, STOPWORDS, wordTokens, type WordToken } from '../compare-text';
import { EVENT_TRIGGERS, isEventKind } from '../knowledge/event-triggers';
import { indexMentions } from '../mention-index';
import type { Stage } from '../types';

export interface ClaimContext {
  outlets: Outlet[];
  /** How alike two claims must be (weighted share of their distinctive features) to sit in one row. */
  threshold: number;
}

export interface ClaimInput {
  events: TimelineEvent[];
  articles: Article[];
  dates: DateMention[];
  entities: Entity[];
}

/**
 * Where one sentence holds several propositions: before "and/while/but" that
 * opens a new predicate ("…in Seoul and the two also agreed to…"), at
 * semicolons, and before ", adding that" / ", stating that".
 */
const CLAUSE_BREAK =
  /;\s+|,\s+(?=(?:adding|stating|saying|noting|stressing)\s+that\b)|,?\s+(?:and|while|but)\s+(?=(?:(?:the two|they|he|she|both)\s+)?(?:also\s+)?(?:agreed|confirmed|discussed|reaffirmed|emphasi[sz]ed|stressed|pledged|shared|said|called|expressed|noted|welcomed|vowed|decided|urged|explained)\b)/gu;
/** Words of reporting and diplomacy that every claim of a meeting shares: they say nothing about which claim it is. */
const REPORTING_WORDS = new Set([
  'said', 'say', 'says', 'told', 'adding', 'stating', 'saying', 'according', 'reportedly', 'would', 'two',
  'hold', 'held', 'holding', 'take', 'took', 'place',
  // Titles and roles name who speaks, not what is claimed ("his South Korean counterpart").
  'minister', 'ministers', 'foreign', 'counterpart', 'counterparts', 'president', 'prime', 'secretary', 'official', 'officials', 'top',
]);
/** Same thing, different word: general newsroom synonyms, folded to one stem. */
const SYNONYMS = new Map([
  ['collaboration', 'cooperation'],
  ['collaborate', 'cooperate'],
  ['ties', 'relations'],
  ['relationship', 'relations'],
  ['nations', 'countries'],
  ['talks', 'meeting'],
  ['significance', 'importance'],
  ['vital', 'important'],
  ['concerns', 'concern'],
  ['commemorate', 'celebrate'],
  ['commemorating', 'celebrate'],
  ['anniversary', 'anniversary'],
]);
const STANCE = /\b(agreed|confirmed|discussed|reaffirmed|emphasi[sz]ed|stressed|pledged|shared|called|expressed|noted|welcomed|vowed|thanked|explained|urged|marked|said|told|hope[sd]?)\b/;

/** One claim: a stretch of one sentence, with what identifies its proposition. */
interface Claim {
  outletId: string;
  articleId: string;
  sentenceId: string;
  start: number;
  end: number;
  text: string;
  features: Set<string>;
}

/**
 * Claims lined up across outlets: each outlet's evidence sentences for an
 * event are split into claims (one proposition each), and claims of different
 * outlets are joined into a row when they share enough distinctive content —
 * entity ids, numbers and content-word stems, weighted by how rare they are
 * among the event's claims, so the ministers' names and "cooperation", which
 * every claim has, count for little and small function words for nothing.
 * A row holds at most one claim per outlet. The first row, "when", holds each
 * outlet's dating of the event.
 */
export const alignClaims: Stage<ClaimContext, ClaimInput, TimelineEvent[]> = (context, input) => {
  const sentenceById = new Map(input.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, { sentence, article }] as const)));
  const dateById = new Map(input.dates.map((date) => [date.id, date]));
  const mentionsBySentence = indexMentions(input.entities);
  const datesBySentence = new Map<string, DateMention[]>();
  for (const date of input.dates) {
    const list = datesBySentence.get(date.sentenceId);
    if (list) list.push(date);
    else datesBySentence.set(date.sentenceId, [date]);
  }
  const outletOrder = new Map(context.outlets.map((outlet, index) => [outlet.id, index]));
  // A sentence is evidence for several events and split into several clauses: tokenised once, each word's feature
  // (number, stem or none) found once.
  const tokensBySentence = new Map<string, WordToken[]>();
  const stems = new Map<string, string | null>();
  // Events of the same kinds share evidence sentences: their happening words are searched for once.
  const happeningBySentence = new Map<string, (readonly [number, number])[]>();
  const clausesBySentence = new Map<string, [number, number][]>();
  // Kept only until a sentence's last event has read it, so the stage never holds every sentence's tokens at once.
  const usesLeft = new Map<string, number>();
  for (const event of input.events) for (const id of new Set(event.evidence.map((item) => item.sentenceId))) usesLeft.set(id, (usesLeft.get(id) ?? 0) + 1);

  return input.events.map((event) => {
    const claims: Claim[] = [];
    const whenParts: ClaimPart[] = [];
    const seen = new Set<string>();
    const participants = new Set(event.participants ?? []);
    for (const item of event.evidence) {
      const found = sentenceById.get(item.sentenceId);
      if (!found || seen.has(item.sentenceId)) continue;
      seen.add(item.sentenceId);
      const { sentence, article } = found;
      const outletId = article.outletId ?? article.id;
      const date = item.dateId ? dateById.get(item.dateId) : undefined;
      if (date) whenParts.push({ outletId, articleId: article.id, sentenceId: sentence.id, start: date.charStart, end: date.charEnd });
      const dateSpans = (datesBySentence.get(sentence.id) ?? []).map((mention) => [mention.charStart, mention.charEnd] as const);
      // The event's own participants are in nearly every claim about it: they tell no claim from another.
      const mentions = (mentionsBySentence.get(sentence.id) ?? []).filter((mention) => !participants.has(mention.entityId));
      // So are the words for the happening itself ("the meeting", "talks"): a claim is what happened there.
      const kinds = (event.kinds ?? []).filter(isEventKind);
      const happeningKey = `${sentence.id} ${kinds.join(' ')}`;
      let happening = happeningBySentence.get(happeningKey);
      if (!happening) {
        happening = kinds.flatMap((kind) => Array.from(sentence.text.matchAll(EVENT_TRIGGERS[kind]), (match) => [match.index, match.index + match[0].length] as const));
        happeningBySentence.set(happeningKey, happening);
      }
      const tokens = tokensBySentence.get(sentence.id) ?? wordTokens(sentence.text);
      const spans = clausesBySentence.get(sentence.id) ?? clauses(sentence.text);
      const left = (usesLeft.get(sentence.id) ?? 1) - 1;
      usesLeft.set(sentence.id, left);
      if (left > 0) {
        tokensBySentence.set(sentence.id, tokens);
        clausesBySentence.set(sentence.id, spans);
      } else {
        tokensBySentence.delete(sentence.id);
        clausesBySentence.delete(sentence.id);
      }
      for (const [start, end] of spans) {
        const features = featuresOf(tokens, start, end, mentions, [...dateSpans, ...happening], stems);
        if (features.size === 0) continue;
        claims.push({ outletId, articleId: article.id, sentenceId: sentence.id, start, end, text: sentence.text.slice(start, end), features });
      }
    }
    const rows = alignRows(claims, context.threshold);
    const byOutletOrder = (a: { outletId: string }, b: { outletId: string }) => (outletOrder.get(a.outletId) ?? 1e9) - (outletOrder.get(b.outletId) ?? 1e9);
    const built: Omit<ClaimRow, 'id'>[] = rows.map((members) => {
      const parts = members.map(({ outletId, articleId, sentenceId, start, end }) => ({ outletId, articleId, sentenceId, start, end })).sort(byOutletOrder);
      return { label: labelOf(members), outlets: unique(parts.map((part) => part.outletId)), parts };
    });
    built.sort((a, b) => b.outlets.length - a.outlets.length);
    if (whenParts.length > 0) {
      const parts = whenParts.sort(byOutletOrder);
      built.unshift({ label: 'when it happened', outlets: unique(parts.map((part) => part.outletId)), parts });
    }
    const claimRows: ClaimRow[] = built.map((row, index) => ({ id: `${event.id}-c${index + 1}`, ...row }));
    return claimRows.length > 0 ? { ...event, claims: claimRows } : event;
  });
};

/** Character spans of a sentence's clauses, trimmed; a fragment under three words stays with the clause before it. */
export function clauses(text: string): [number, number][] {
  const cuts = [0];
  for (const match of text.matchAll(CLAUSE_BREAK)) cuts.push(match.index, match.index + match[0].length);
  cuts.push(text.length);
  const spans: [number, number][] = [];
  for (let i = 0; i < cuts.length; i += 2) {
    let start = cuts[i]!;
    let end = cuts[i + 1]!;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    const last = spans[spans.length - 1];
    if (last && text.slice(start, end).split(/\s+/).length < 3) last[1] = end;
    else spans.push([start, end]);
  }
  return spans;
}

/** Entity ids, numbers and content-word stems of one clause, less the `skipped` spans (dates, which the "when" row holds, and the happening's own words). */
function featuresOf(
  tokens: readonly WordToken[],
  start: number,
  end: number,
  mentions: { entityId: string; start: number; end: number }[],
  skipped: (readonly [number, number])[],
  stems: Map<string, string | null>,
): Set<string> {
  const features = new Set<string>();
  // Plain loops, no closures: this runs for every clause of every event's evidence.
  for (const mention of mentions) if (mention.start >= start && mention.end <= end) features.add(`@${mention.entityId}`);
  // Spans a token inside of is not a word of the clause's own (names, dates): swept in order with the tokens, so a
  // sentence of thousands of dates costs its length, not its length times its dates.
  const blocked: (readonly [number, number])[] = [];
  for (const mention of mentions) blocked.push([mention.start, mention.end]);
  for (const span of skipped) blocked.push(span);
  blocked.sort((a, b) => a[0] - b[0]);
  let next = 0;
  let reach = -1;
  for (const token of tokens) {
    if (token.start < start || token.end > end) continue;
    // The furthest end of the spans that start at or before this token: it is inside one of them when that reaches its end.
    while (next < blocked.length && blocked[next]![0] <= token.start) reach = Math.max(reach, blocked[next++]![1]);
    if (reach >= token.end) continue;
    let feature = stems.get(token.norm);
    if (feature === undefined) stems.set(token.norm, (feature = wordFeature(token)));
    if (feature !== null) features.add(feature);
  }
  return features;
}

/** A word's feature, which depends on its folded form alone: a number, a content-word stem, or none. */
function wordFeature(token: WordToken): string | null {
  if (/^\d+$/.test(token.norm)) return `#${token.norm}`;
  if (!token.content || token.norm.length < 3 || STOPWORDS.has(token.norm) || REPORTING_WORDS.has(token.norm)) return null;
  return stem(token.norm);
}

/** A light stem: synonyms folded, then the first six letters of the word without its inflection ("cooperation" ~ "cooperate"). */
export function stem(word: string): string {
  const folded = SYNONYMS.get(foldWord(word)) ?? foldWord(word);
  const bare = folded.replace(/(?:ies|es|s|ed|ing|ly)$/, '') || folded;
  return bare.slice(0, 6);
}

/**
 * Rows by joining the most alike claims of different outlets first, as long
 * as no outlet would appear twice in a row and every pair across the joined
 * rows is alike enough on average (average linkage keeps chains from forming).
 */
export function alignRows(claims: Claim[], threshold: number): Claim[][] {
  const documentFrequency = new Map<string, number>();
  for (const claim of claims) for (const feature of claim.features) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const total = claims.length;
  const weight = (feature: string) => {
    const frequency = documentFrequency.get(feature) ?? 1;
    // A feature in most of the event's claims (the participants, "cooperation") identifies none of them.
    if (total >= 4 && frequency / total > 0.5) return 0;
    return Math.log(total / frequency);
  };
  // Each claim's features and their weights as arrays, in the features' own order (so every sum adds in the same
  // order as before): similarity runs for every pair of claims, and more during the joins.
  // Features are numbered, and each claim's set is a bit row, so testing one costs a mask, not a string hash.
  const featureIds = new Map<string, number>();
  for (const feature of documentFrequency.keys()) featureIds.set(feature, featureIds.size);
  const words = Math.ceil(featureIds.size / 32);
  const featureLists = claims.map((claim) => Int32Array.from(claim.features, (feature) => featureIds.get(feature)!));
  const weightLists = claims.map((claim) => [...claim.features].map(weight));
  const bits = new Uint32Array(claims.length * words);
  featureLists.forEach((ids, index) => {
    for (const id of ids) bits[index * words + (id >>> 5)]! |= 1 << (id & 31);
  });
  const mass = weightLists.map((weights) => weights.reduce((sum, value) => sum + value, 0));
  const similarity = (a: number, b: number) => {
    let shared = 0;
    let count = 0;
    const features = featureLists[a]!;
    const weights = weightLists[a]!;
    const row = b * words;
    for (let k = 0; k < features.length; k++) {
      const id = features[k]!;
      if ((bits[row + (id >>> 5)]! & (1 << (id & 31))) === 0) continue;
      const value = weights[k]!;
      if (value > 0) count++;
      shared += value;
    }
    const scale = Math.sqrt(mass[a]! * mass[b]!);
    return count < 2 || scale === 0 ? 0 : shared / scale;
  };
  const pairs: [number, number, number][] = [];
  for (let a = 0; a < claims.length; a++) {
    for (let b = a + 1; b < claims.length; b++) {
      if (claims[a]!.outletId === claims[b]!.outletId) continue;
      const value = similarity(a, b);
      if (value >= threshold) pairs.push([value, a, b]);
    }
  }
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const rowOf = claims.map((_, index) => index);
  const members = new Map(claims.map((_, index) => [index, [index]]));
  for (const [, a, b] of pairs) {
    const [left, right] = [rowOf[a]!, rowOf[b]!];
    if (left === right) continue;
    const leftMembers = members.get(left)!;
    const rightMembers = members.get(right)!;
    const outlets = new Set(leftMembers.map((index) => claims[index]!.outletId));
    if (rightMembers.some((index) => outlets.has(claims[index]!.outletId))) continue;
    let sum = 0;
    for (const x of leftMembers) for (const y of rightMembers) sum += similarity(x, y);
    if (sum / (leftMembers.length * rightMembers.length) < threshold / 2) continue;
    for (const index of rightMembers) rowOf[index] = left;
    leftMembers.push(...rightMembers);
    members.delete(right);
  }
  return [...members.values()].map((indexes) => indexes.sort((x, y) => x - y).map((index) => claims[index]!));
}

/** The plainest wording: the shortest part, from its first stance verb unless a quotation comes before it. */
function labelOf(members: Claim[]): string {
  const shortest = [...members].sort((a, b) => a.text.length - b.text.length)[0]!;
  let text = shortest.text;
  const verb = STANCE.exec(text);
  // The claim is what was done or said; who did it is the row's outlets' business ("In a meeting, Iwaya and Cho emphasized …").
  if (verb && verb.index > 0 && !/["“]/.test(text.slice(0, verb.index))) text = text.slice(verb.index);
  text = text.replace(/^\s+|[\s,;:]+$/g, '').replace(/[.]$/, '');
  // A quotation cut by the clause's edge is closed again, so the label does not read as an open quote.
  if ((text.match(/"/g)?.length ?? 0) % 2 === 1) text += '"';
  if ((text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0)) text += '”';
  if (text.length > 110) text = `${text.slice(0, text.lastIndexOf(' ', 107))}…`;
  return text;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
