/**
 * The whole ingest over the real seeds: the corpus is valid, clean, complete
 * (every raw line accounted for) and deterministic, and the seeds are the
 * shared originals, untouched.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusSchema } from '../../../src/lib/corpus/schema';
import { buildCorpusJson } from '../../../src/pipeline/io';

const SEEDS = 'seeds';
const SHARED_SEEDS = resolve('..', 'shared', 'seeds');
/** Strings of the host pages' chrome in the raw seeds; none may reach a sentence. */
const FURNITURE = ['print dictionary print', 'Comment (0)', 'Trackback', 'POPULAR ARTICLE', 'ACCESS RANKING', 'Log in', 'Loading'];

const first = buildCorpusJson(SEEDS);
const { corpus } = first;

describe('ingest of the seeds', () => {
  it('produces a corpus that validates against the shared schema', () => {
    const parsed = corpusSchema.safeParse(JSON.parse(first.json));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3), null, 2)).toBe(true);
  });

  it('holds five articles, one per seed file', () => {
    const files = readdirSync(SEEDS).filter((file) => file.endsWith('.txt')).sort();
    expect(corpus.articles).toHaveLength(5);
    expect(corpus.articles.map((article) => article.file).sort()).toEqual(files);
  });

  it('keeps no page furniture in any sentence', () => {
    const leaks = corpus.articles.flatMap((article) =>
      article.sentences.flatMap((sentence) =>
        FURNITURE.filter((furniture) => sentence.text.includes(furniture)).map((furniture) => `${sentence.id}: "${furniture}" in "${sentence.text}"`),
      ),
    );
    expect(leaks).toEqual([]);
  });

  it('repeats no sentence text within an article', () => {
    for (const article of corpus.articles) {
      const seen = new Map<string, string>();
      for (const sentence of article.sentences) {
        expect(seen.get(sentence.text), `${sentence.id} repeats ${seen.get(sentence.text)} in ${article.file}`).toBeUndefined();
        seen.set(sentence.text, sentence.id);
      }
    }
  });

  it('accounts for every raw line exactly once: as content (one or more sentences) or as a removed line', () => {
    for (const article of corpus.articles) {
      const raw = readFileSync(join(SEEDS, article.file), 'utf8').replace(/\r\n?/g, '\n');
      const rawLines = raw.endsWith('\n') ? raw.slice(0, -1).split('\n') : raw.split('\n');
      expect(article.lineCount, article.file).toBe(rawLines.length);

      const contentLines = [...new Set(article.sentences.map((sentence) => sentence.line))];
      const removedLines = article.removed.map((line) => line.line);
      const counts = new Map<number, number>();
      for (const line of [...contentLines, ...removedLines]) counts.set(line, (counts.get(line) ?? 0) + 1);
      const problems: string[] = [];
      for (let line = 1; line <= article.lineCount; line++) {
        const count = counts.get(line) ?? 0;
        if (count !== 1) problems.push(`line ${line}: accounted for ${count} times`);
      }
      for (const line of counts.keys()) if (line < 1 || line > article.lineCount) problems.push(`line ${line} is outside 1..${article.lineCount}`);
      expect(problems, article.file).toEqual([]);

      // A removed line's record carries the raw text of that line.
      for (const removed of article.removed) expect(removed.text, `${article.file}:${removed.line}`).toBe(rawLines[removed.line - 1]);
    }
  });

  it('is deterministic: two runs give byte-identical JSON', () => {
    expect(buildCorpusJson(SEEDS).json).toBe(first.json);
  });

  it.skipIf(!existsSync(SHARED_SEEDS))('leaves every raw seed byte-identical to ../shared/seeds', () => {
    const local = readdirSync(SEEDS).filter((file) => file.endsWith('.txt')).sort();
    const shared = readdirSync(SHARED_SEEDS).filter((file) => file.endsWith('.txt')).sort();
    expect(local).toEqual(shared);
    for (const file of local) {
      expect(readFileSync(join(SEEDS, file)).equals(readFileSync(join(SHARED_SEEDS, file))), file).toBe(true);
    }
  });
});
