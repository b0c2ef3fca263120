/**
 * Quote attribution: every direct quotation in an article, with its speaker when
 * the sentence names one.
 *
 * - Quotations are text between straight "…" or curly “…” double quotes. Single
 *   quotes are not read: ’ is also the apostrophe. A quotation cut by sentence
 *   splitting runs from an unmatched opening mark to the sentence end, or from the
 *   sentence start to an unmatched closing mark.
 * - Every quotation of at least one word is kept, scare quotes included ("America
 *   First"); only the speaker needs evidence. A speaker is named only when the
 *   sentence has a speech cue outside the quotation (said, told, stressed,
 *   according to, called on…; see EntityKnowledge.speechCues), and only a person
 *   entity mentioned outside the quotation can be the speaker:
 *   1. the person right before the cue ("…," Iwaya said / Iwaya has also said),
 *      unless a preposition makes them an object ("an aide to Iwaya said": unnamed);
 *   2. the person right after it, titles allowed between ("said Foreign Minister
 *      Takeshi Iwaya", "according to Park") — not after cues whose object is the
 *      listener ("told", "urged", "called on");
 *   3. else, unless a pronoun is the subject ("he said"), the first person named
 *      before the cue — the sentence subject ("Iwaya refrained …, but said that …").
 *   The cue nearest the quotation is tried first. Pronouns are never resolved
 *   across sentences: speakerId stays null.
 */
import type { Article, Entity, Mention, Quote, Sentence } from '../../lib/corpus/schema';
import { defaultEntityKnowledge } from '../knowledge/entity-knowledge';
import { tokenize, type Token } from '../text/tokens';

export interface QuoteContext {
  entities: Entity[];
}

const QUOTED_KINDS: ReadonlySet<Sentence['kind']> = new Set<Sentence['kind']>(['headline', 'caption', 'body']);
/** Cues after which the named person is the listener, not the speaker. */
const LISTENER_AFTER: ReadonlySet<string> = new Set(['told', 'tells', 'telling', 'urged', 'asked', 'warned', 'called on', 'calls on', 'calling on']);
/** Words that make the name after them an object ("close to X", "an aide of X"), not the subject. */
const OBJECT_MARKERS: ReadonlySet<string> = new Set(['to', 'for', 'of', 'with', 'near', 'from', 'by', 'behind', 'about']);
/** Cues whose speaker comes only after them. */
const SPEAKER_AFTER_ONLY: ReadonlySet<string> = new Set(['according to']);
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'He', 'She', 'They', 'We', 'I', 'it', 'It']);
/** Title words between a cue and a name are at most this many tokens ("Lt. Gen."). */
const MAX_TITLE_GAP = 8;

interface Span {
  start: number;
  end: number;
}

const OPENING_CONTEXT = /[\s([{\u2014\u2013-]/u;

/** Content spans (marks excluded) of straight and curly double quotations. */
export function findQuotations(text: string): Span[] {
  const spans: Span[] = [...curlySpans(text), ...straightSpans(text)];
  return spans.sort((a, b) => a.start - b.start);
}

function curlySpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\u201c' && open < 0) open = i;
    else if (ch === '\u201d') {
      if (open >= 0) spans.push({ start: open + 1, end: i });
      else if (spans.length === 0) spans.push({ start: 0, end: i });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open + 1, end: text.length });
  return spans;
}

function straightSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    if (open >= 0) {
      spans.push({ start: open + 1, end: i });
      open = -1;
      continue;
    }
    const opens = i === 0 || OPENING_CONTEXT.test(text[i - 1] ?? ' ');
    if (opens) open = i;
    else if (spans.length === 0) spans.push({ start: 0, end: i });
  }
  if (open >= 0) spans.push({ start: open + 1, end: text.length });
  return spans;
}

function quoteText(text: string, span: Span): string {
  return text
    .slice(span.start, span.end)
    .trim()
    .replace(/[\s,]+$/u, '');
}

// Speech cues -----------------------------------------------------------------

interface Cue {
  phrase: string;
  start: number;
  end: number;
  /** Index of the cue's first token. */
  firstToken: number;
}

const CUE_WORDS: ReadonlyArray<{ phrase: string; words: string[] }> = defaultEntityKnowledge.speechCues
  .map((phrase) => ({ phrase, words: phrase.split(' ') }))
  .sort((a, b) => b.words.length - a.words.length);

/** Cues by their first word, longest first as in CUE_WORDS: a word is compared only with cues it can open. */
const CUES_BY_FIRST_WORD = new Map<string, typeof CUE_WORDS[number][]>();
for (const cue of CUE_WORDS) {
  const list = CUES_BY_FIRST_WORD.get(cue.words[0]!);
  if (list) list.push(cue);
  else CUES_BY_FIRST_WORD.set(cue.words[0]!, [cue]);
}

function findCues(tokens: readonly Token[], insideQuote: Uint8Array): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i];
    if (!first?.isWord || insideQuote[first.start]) continue;
    // Case-insensitive: a cue may open the sentence ("According to Park, …").
    const cue = CUES_BY_FIRST_WORD.get(first.text.toLowerCase())?.find(({ words }) =>
      words.every((word, k) => tokens[i + k]?.text.toLowerCase() === word && (k === 0 || tokens[i + k]?.spaceBefore)),
    );
    if (!cue) continue;
    const last = tokens[i + cue.words.length - 1] ?? first;
    cues.push({ phrase: cue.phrase, start: first.start, end: last.end, firstToken: i });
    i += cue.words.length - 1;
  }
  return cues;
}

/** Index of the first item whose key is >= value (items sorted by key). */
function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(items[mid] as T) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

// Speakers --------------------------------------------------------------------

interface PersonMention {
  entity: Entity;
  mention: Mention;
}

const AUXILIARIES: ReadonlySet<string> = new Set(defaultEntityKnowledge.speechAuxiliaries);
/** Words allowed between a subject and its cue. */
const MAX_SUBJECT_GAP = 4;
/** Only the cues nearest a quotation are tried. */
const MAX_CUES_TRIED = 4;

/** The tokens between two offsets, or undefined when there are more than `limit`. */
function gapTokens(tokens: readonly Token[], start: number, end: number, limit: number): Token[] | undefined {
  const gap: Token[] = [];
  for (let i = lowerBound(tokens, start, (t) => t.start); i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.end > end) break;
    if (gap.length === limit) return undefined;
    gap.push(token);
  }
  return gap;
}

/** Between subject and cue only commas and small words ("Iwaya, meanwhile, has said"). */
function isSubjectGap(gap: readonly Token[] | undefined): boolean {
  return gap !== undefined && gap.every((t) => t.text === ',' || AUXILIARIES.has(t.text));
}

/** Between cue and name only title words ("said Foreign Minister", "said Lt. Gen."). */
function isTitleGap(gap: readonly Token[] | undefined): boolean {
  return gap !== undefined && gap.every((t) => t.text === '.' || /^\p{Lu}/u.test(t.text));
}

/** `people` are sorted and do not overlap, so their ends are sorted too. */
function speakerForCue(cue: Cue, tokens: readonly Token[], people: readonly PersonMention[]): PersonMention | undefined {
  const firstAfter = lowerBound(people, cue.end, (p) => p.mention.start);
  const nearestBefore = people[lowerBound(people, cue.start + 1, (p) => p.mention.end) - 1];
  const nearestAfter = people[firstAfter];

  if (!SPEAKER_AFTER_ONLY.has(cue.phrase) && nearestBefore) {
    if (isSubjectGap(gapTokens(tokens, nearestBefore.mention.end, cue.start, MAX_SUBJECT_GAP))) {
      // "an official close to Brenne said": the name is a preposition's object; the speaker is unnamed.
      const before = tokens[lowerBound(tokens, nearestBefore.mention.start, (t) => t.start) - 1];
      return before && OBJECT_MARKERS.has(before.text.toLowerCase()) ? undefined : nearestBefore;
    }
  }
  if (!LISTENER_AFTER.has(cue.phrase) && nearestAfter) {
    if (isTitleGap(gapTokens(tokens, cue.end, nearestAfter.mention.start, MAX_TITLE_GAP))) return nearestAfter;
  }
  if (SPEAKER_AFTER_ONLY.has(cue.phrase)) return undefined;

  // "he said": the subject is a pronoun, and pronouns are not resolved.
  let k = cue.firstToken - 1;
  while (k >= 0 && AUXILIARIES.has(tokens[k]?.text ?? '')) k -= 1;
  if (PRONOUNS.has(tokens[k]?.text ?? '')) return undefined;
  const first = people[0];
  return first && first.mention.end <= cue.start ? first : undefined;
}

/** The cues nearest the quotation, nearest first (cues are sorted and never inside a quotation). */
function nearestCues(cues: readonly Cue[], quote: Span): Cue[] {
  const picked: Cue[] = [];
  let right = lowerBound(cues, quote.end, (c) => c.start);
  let left = right - 1;
  while (picked.length < MAX_CUES_TRIED) {
    const before = cues[left];
    const after = cues[right];
    if (!before && !after) break;
    const beforeDistance = before ? quote.start - before.end : Number.POSITIVE_INFINITY;
    const afterDistance = after ? after.start - quote.end : Number.POSITIVE_INFINITY;
    if (before && beforeDistance <= afterDistance) {
      picked.push(before);
      left -= 1;
    } else if (after) {
      picked.push(after);
      right += 1;
    }
  }
  return picked;
}

// Person mentions by article, then sentence, built once per entity list: scanning every mention
// for every article made the stage quadratic in corpus size (npm run bench, 1,000 articles).
const mentionIndexes = new WeakMap<readonly Entity[], Map<string, Map<string, PersonMention[]>>>();

function personMentionsBySentence(entities: readonly Entity[], articleId: string): Map<string, PersonMention[]> {
  let byArticle = mentionIndexes.get(entities);
  if (!byArticle) {
    byArticle = new Map();
    for (const entity of entities) {
      if (entity.type !== 'person') continue;
      for (const mention of entity.mentions) {
        let bySentence = byArticle.get(mention.articleId);
        if (!bySentence) byArticle.set(mention.articleId, (bySentence = new Map()));
        const list = bySentence.get(mention.sentenceId) ?? [];
        list.push({ entity, mention });
        bySentence.set(mention.sentenceId, list);
      }
    }
    mentionIndexes.set(entities, byArticle);
  }
  return byArticle.get(articleId) ?? new Map();
}

function quotesInSentence(sentence: Sentence, people: readonly PersonMention[]): Quote[] {
  const text = sentence.text;
  const spans = findQuotations(text).filter((span) => /\p{L}/u.test(quoteText(text, span)));
  if (spans.length === 0) return [];
  const insideQuote = new Uint8Array(text.length + 1);
  for (const span of spans) insideQuote.fill(1, span.start, span.end);
  const tokens = tokenize(text);
  const cues = findCues(tokens, insideQuote);
  const outside = people
    .filter((p) => !insideQuote.subarray(p.mention.start, p.mention.end).includes(1))
    .sort((a, b) => a.mention.start - b.mention.start);
  return spans.map((span) => {
    let speaker: PersonMention | undefined;
    for (const cue of nearestCues(cues, span)) {
      speaker = speakerForCue(cue, tokens, outside);
      if (speaker) break;
    }
    return {
      sentenceId: sentence.id,
      text: quoteText(text, span),
      speakerId: speaker?.entity.id ?? null,
      speakerName: speaker?.entity.name ?? null,
    };
  });
}

export function attributeQuotes(context: QuoteContext, article: Article): Quote[] {
  const people = personMentionsBySentence(context.entities, article.id);
  return article.sentences
    .filter((sentence) => QUOTED_KINDS.has(sentence.kind))
    .flatMap((sentence) => quotesInSentence(sentence, people.get(sentence.id) ?? []));
}
