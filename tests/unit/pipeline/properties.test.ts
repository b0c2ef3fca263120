/**
 * Property-based tests of the whole ingest: random articles mixing prose,
 * page furniture, datelines, dates, names and odd unicode must never crash the
 * pipeline, and the corpus must keep its invariants (docs/corpus-format.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { sha256 } from '../../../src/pipeline/io';
import { parseManifest } from '../../../src/pipeline/manifest';
import { runIngest } from '../../../src/pipeline/pipeline';

const PEOPLE = ['Takeshi Iwaya', 'Cho Tae-yul', 'Yoon Suk Yeol', 'Iwaya', 'Cho', 'Antony Blinken', 'President Lee', 'Ms. Park'];
const PLACES = ['Seoul', 'Tokyo', 'Lima', 'the U.S.', 'Washington', 'South Korea'];
const DATES = ['on Monday', 'on Jan. 7', 'last month', 'in early December', 'on Dec. 11, 2024', 'next week', 'the same day', 'in October last year', 'this year', 'through Thursday', 'on 2025-13-45'];
const VERBS = ['met', 'visited', 'held talks with', 'called', 'said they would meet', 'criticised', 'declared martial law against'];
const ODD = ['\u202e', '\u200b', '\u00a0', 'é', '한국', '日本', '🙂', '“', '”', '<script>', '{{x}}', '&amp;', '\u2028', '\t'];
const FURNITURE = ['Comment (0)', 'Trackback(0)', 'Home > News > World', '13/1 20:22', '-', '•', 'Log in', 'Category:Other', 'POPULAR ARTICLE', 'Print', 'By Jane Doe', 'Asia News Network/The Japan News', 'January 13, 2025', '12:40 JST, December 12, 2024', '(Provided by the ministry)', '[MINISTRY OF FOREIGN AFFAIRS]'];

const pick = <T>(items: T[]) => fc.constantFrom(...items);

const prose = fc
  .tuple(pick(PEOPLE), pick(VERBS), pick(PEOPLE), pick(PLACES), pick(DATES), fc.option(pick(ODD)), fc.boolean(), fc.integer({ min: 1, max: 3 }))
  .map(([who, verb, whom, where, when, odd, quoted, repeat]) => {
    const sentence = `${who} ${verb} ${whom} in ${where} ${when}${odd ?? ''}, officials said.`;
    const quote = quoted ? ` “We will cooperate,” ${who} said.` : '';
    return Array.from({ length: repeat }, () => sentence + quote).join(' ');
  });

// Printable unicode without C0 controls: control-heavy text is refused as binary (tested in bad-input).
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const noise = fc.string({ unit: 'grapheme', maxLength: 60 }).map((text) => text.replace(/[\u0000-\u0008\u000e-\u001f\r\n]/g, ' '));

const line = fc.oneof({ weight: 5, arbitrary: prose }, { weight: 3, arbitrary: pick(FURNITURE) }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: noise });

const article = fc
  .tuple(fc.array(line, { minLength: 0, maxLength: 14 }), prose, fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, anchor, newline, trailing]) => [anchor, ...lines].join(newline) + (trailing ? newline : ''));

const manifest = parseManifest(
  'manifest.json',
  JSON.stringify({
    outlets: { wire: { name: 'Test Wire', country: 'JP' } },
    articles: { '001_a.txt': { outlet: 'wire', publishedAt: '2025-01-13' }, '002_b.txt': { publishedAt: '2025-01-14T09:30:00+09:00' } },
  }),
);

function ingest(texts: string[]): string {
  const seeds = texts.map((text, index) => ({ file: `00${index + 1}_${'ab'[index]}.txt`, bytes: new TextEncoder().encode(text) }));
  return JSON.stringify(runIngest({ seeds, manifest, editorial: null }, sha256));
}

function rawLinesOf(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Every broken invariant as a readable line; empty when the corpus holds. */
function invariantProblems(corpus: Corpus, texts: string[]): string[] {
  const problems: string[] = [];
  const sentences = new Map(corpus.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, { sentence, article }] as const)));
  const dateIds = new Set(corpus.dates.map((date) => date.id));
  for (const article of corpus.articles) {
    const raw = rawLinesOf(texts[Number(article.id) - 1]!);
    if (article.lineCount !== raw.length) problems.push(`${article.id}: lineCount ${article.lineCount}, raw lines ${raw.length}`);
    const counts = new Map<number, number>();
    for (const line of new Set(article.sentences.map((sentence) => sentence.line))) counts.set(line, 1);
    for (const removed of article.removed) {
      counts.set(removed.line, (counts.get(removed.line) ?? 0) + 1);
      if (removed.text !== raw[removed.line - 1]) problems.push(`${article.id}: removed line ${removed.line} text differs from the raw line`);
      if (removed.reason.trim() === '') problems.push(`${article.id}: removed line ${removed.line} has no reason`);
    }
    for (let line = 1; line <= raw.length; line++) {
      if (counts.get(line) !== 1) problems.push(`${article.id}: line ${line} accounted for ${counts.get(line) ?? 0} times`);
    }
    for (const sentence of article.sentences) {
      const rawLine = raw[sentence.line - 1] ?? '';
      if (!rawLine.includes(sentence.text.slice(0, 40))) problems.push(`${sentence.id}: text is not from raw line ${sentence.line}`);
    }
    for (const quote of article.quotes) if (!sentences.has(quote.sentenceId)) problems.push(`quote points at missing ${quote.sentenceId}`);
  }
  for (const entity of corpus.entities) {
    for (const mention of entity.mentions) {
      const text = sentences.get(mention.sentenceId)?.sentence.text;
      if (text?.slice(mention.start, mention.end) !== mention.text) problems.push(`${entity.id}: mention "${mention.text}" not at ${mention.sentenceId}[${mention.start}..${mention.end}]`);
    }
  }
  for (const date of corpus.dates) {
    const text = sentences.get(date.sentenceId)?.sentence.text;
    if (text?.slice(date.charStart, date.charEnd) !== date.text) problems.push(`${date.id}: "${date.text}" not at ${date.sentenceId}[${date.charStart}..${date.charEnd}]`);
  }
  for (const event of corpus.events) {
    if (event.evidence.length === 0) problems.push(`${event.id}: no evidence`);
    for (const evidence of event.evidence) {
      const found = sentences.get(evidence.sentenceId);
      if (!found || found.article.id !== evidence.articleId) problems.push(`${event.id}: evidence ${evidence.sentenceId} is not a sentence of ${evidence.articleId}`);
      if (evidence.dateId !== null && !dateIds.has(evidence.dateId)) problems.push(`${event.id}: evidence date ${evidence.dateId} does not exist`);
    }
  }
  return problems;
}

describe('ingest properties over random articles', () => {
  it('never crashes, is deterministic, and keeps every invariant', { timeout: 240_000 }, () => {
    fc.assert(
      fc.property(article, article, (first, second) => {
        const texts = [first, second];
        const json = ingest(texts);
        expect(ingest(texts)).toBe(json);
        expect(invariantProblems(JSON.parse(json) as Corpus, texts)).toEqual([]);
      }),
      { numRuns: 60, seed: 20250113 },
    );
  });

  it('finds problems when an invariant is broken (the checker is not vacuous)', () => {
    const texts = ['Iwaya met Cho in Seoul on Monday, officials said.\n\nComment (0)\n', 'Cho met Iwaya in Tokyo on Jan. 7, officials said.'];
    const corpus = JSON.parse(ingest(texts)) as Corpus;
    expect(invariantProblems(corpus, texts)).toEqual([]);
    const broken = structuredClone(corpus);
    broken.articles[0]!.removed.pop();
    if (broken.dates[0]) broken.dates[0].charStart += 1;
    if (broken.entities[0]?.mentions[0]) broken.entities[0].mentions[0].end += 1;
    const problems = invariantProblems(broken, texts);
    expect(problems.some((problem) => /accounted for 0 times/.test(problem))).toBe(true);
    expect(problems.some((problem) => /not at/.test(problem))).toBe(true);
  });
});
