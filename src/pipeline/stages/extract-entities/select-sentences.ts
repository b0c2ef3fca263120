/**
 * Stage 1: which sentences are read. Only headline, caption and body sentences,
 * and of those not the lines crediting reporters: byline, dateline and credits are
 * metadata, not the story.
 */
import type { Article, Sentence } from '../../../lib/corpus/schema';
import type { EntityKnowledge } from '../../knowledge/entity-knowledge';
import { ENDS_LIKE_A_SENTENCE, type SelectedSentence } from './model';

const SCANNED_KINDS: ReadonlySet<Sentence['kind']> = new Set<Sentence['kind']>(['headline', 'caption', 'body']);

/** Leading dashes, brackets and spaces of a credit line: "— Reporting by", "(This article was …". */
const CREDIT_LEAD = /^[\s([\u2014\u2013-]+/u;
/** E-mail addresses and links, which a byline may carry in lowercase. */
const ADDRESS = /\S+@\S+|https?:\/\/\S+/gu;
/** Lowercase words that may sit between reporters' names and places: "Jane Park and Tom Lee in Taipei". */
const CREDIT_CONNECTORS: ReadonlySet<string> = new Set(['and', 'in', 'at', 'of', 'for', 'the', 'with']);
/** A credit line is short; a longer line is a story sentence that happens to open like one. */
const MAX_CREDIT_WORDS = 14;
/** A picture credit after one to three words: "Gazette photo by", "Staff photograph by". */
const PICTURE_CREDIT = /^((?:\p{L}+ ){1,3})(?:photo|photos|photograph|photographs|picture|pictures|video|graphic) by (?=\p{Lu})/u;
/** Sentences from the top in which a bare "Name in Place" line is a byline. */
const BYLINE_REACH = 4;

/** Only capitalised words and connectors, few of them: names (and places), nothing said about them. */
function namesOnly(text: string): boolean {
  const words = text.replace(ADDRESS, ' ').match(/[\p{L}\p{M}'’.-]+/gu) ?? [];
  if (words.length === 0 || words.length > MAX_CREDIT_WORDS) return false;
  return words.every((word) => !/^\p{Ll}/u.test(word) || CREDIT_CONNECTORS.has(word));
}

/**
 * A line crediting the reporters — "By Jane Park", "— Reporting by …; Editing by
 * …", "(This article was written by …)", "Reporter Lee So-yeon", "Lee So-yeon
 * contributed to this report", or a bare "Jane Park in Taipei" near the top —
 * names who wrote the story, not who is in it: like a byline block, it is not read.
 * "By Monday, officials said …" says something, so it is a story sentence.
 */
export function isCreditLine(knowledge: EntityKnowledge, sentence: Sentence, sentenceIndex: number): boolean {
  if (sentence.kind !== 'body' && sentence.kind !== 'caption') return false;
  const text = sentence.text.replace(CREDIT_LEAD, '');
  const lower = text.toLowerCase();
  const opensWith = (opener: string): boolean => lower.startsWith(opener) && !/[\p{L}\p{N}]/u.test(lower.charAt(opener.length));
  if (knowledge.creditLineOpeners.some(opensWith)) return true;
  if (knowledge.creditPhrases.some((phrase) => lower.includes(phrase))) return true;
  const byline = knowledge.bylineOpeners.find(opensWith);
  if (byline !== undefined) return namesOnly(text.slice(byline.length));
  // "Gazette photo by Ray Lind", "Staff photo by …": a picture credit under an outlet's or desk's name.
  const picture = PICTURE_CREDIT.exec(text);
  if (picture && namesOnly(picture[1] ?? '') && namesOnly(text.slice(picture[0].length))) return true;
  // "Jane Park in Taipei": names and a place, no verb, no closing stop, just under the headline.
  return sentence.kind === 'body' && sentenceIndex < BYLINE_REACH && / in /u.test(text) && !ENDS_LIKE_A_SENTENCE.test(text) && namesOnly(text);
}

export function selectSentences(knowledge: EntityKnowledge, articles: readonly Article[]): SelectedSentence[] {
  const selected: SelectedSentence[] = [];
  articles.forEach((article, articleIndex) => {
    article.sentences.forEach((sentence, sentenceIndex) => {
      if (!SCANNED_KINDS.has(sentence.kind) || isCreditLine(knowledge, sentence, sentenceIndex)) return;
      selected.push({ articleIndex, sentenceIndex, articleId: article.id, sentence });
    });
  });
  return selected;
}
