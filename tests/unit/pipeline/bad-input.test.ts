/**
 * Every kind of bad seed folder has a defined outcome (see docs/bad-input.md):
 * a refusal that names the file and the reason, or a warning and a correct
 * corpus. Folders are in tests/fixtures/bad-seeds/; big and pathological
 * inputs are generated here. No timed assertions: the benchmark reports time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { IngestError } from '../../../src/pipeline/errors';
import { buildCorpusJson, sha256 } from '../../../src/pipeline/io';
import { parseManifest } from '../../../src/pipeline/manifest';
import { runIngest } from '../../../src/pipeline/pipeline';

const FIXTURES = 'tests/fixtures/bad-seeds';
const folder = (name: string) => join(FIXTURES, name);

function refusalOf(name: string): IngestError {
  try {
    buildCorpusJson(folder(name));
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error(`expected ${name} to be refused`);
}

const corpusOf = (name: string): Corpus => buildCorpusJson(folder(name)).corpus;
const sentencesOf = (corpus: Corpus) => corpus.articles.flatMap((article) => article.sentences.map((sentence) => sentence.text));

describe('bad seed folders that are refused, naming the file and the reason', () => {
  it.each([
    ['binary', /^002_image\.txt: contains NUL bytes: binary data/],
    ['latin-1', /^002_latin1\.txt: is not valid UTF-8 \(first bad byte at offset 3; Latin-1/],
    ['utf-16-bom', /^002_utf16\.txt: is UTF-16 \(byte-order mark found\); save it as UTF-8$/],
    ['utf-16-no-bom', /^002_utf16\.txt: contains NUL bytes: .*UTF-16 without a byte-order mark/],
    ['manifest-malformed', /manifest-malformed\/manifest\.json: is not valid JSON \(line 3, column 40: /],
    ['manifest-schema-invalid', /manifest\.json: does not match the manifest format at articles\.001_ok\.txt\.headline: expected text or \{/],
    ['manifest-impossible-date', /manifest\.json: does not match the manifest format at articles\.001_ok\.txt\.publishedAt: must be a real date/],
    ['editorial-malformed', /editorial-malformed\/editorial\.json: is not valid JSON \(line 1, column 47: /],
    ['editorial-schema-invalid', /editorial\.json: does not match the editorial format at events\.0\.hide: /],
  ])('%s', (name, message) => {
    const error = refusalOf(name);
    expect(error.message).toMatch(message);
    expect(error.reason.length).toBeGreaterThan(10);
  });

  it('points the JSON line and column at the offending character', () => {
    // Line 3 is `    "001_ok.txt": { "outlet": "kyodo", }`: column 40 is the "}" after the stray comma.
    const error = refusalOf('manifest-malformed');
    expect(error.message).toContain('line 3, column 40');
  });

  it('refuses control-character noise without NUL bytes as binary data', () => {
    const noise = Uint8Array.from({ length: 4000 }, (_, index) => [0x01, 0x1b, 0x41, 0x7f, 0x02][index % 5]!);
    expect(() => runIngest({ seeds: [{ file: 'noise.txt', bytes: noise }], manifest: { entries: new Map() }, editorial: null }, sha256)).toThrow(
      /noise\.txt: looks like binary data/,
    );
  });

  it('refuses a folder where no article survives, listing why each was skipped', () => {
    const seeds = [
      { file: 'a.txt', bytes: new Uint8Array() },
      { file: 'b.txt', bytes: new TextEncoder().encode('  \n\n') },
    ];
    expect(() => runIngest({ seeds, manifest: { entries: new Map() }, editorial: null }, sha256)).toThrow(
      /^seeds: no article could be ingested \(a\.txt is empty; skipped; b\.txt holds only whitespace; skipped\)$/,
    );
  });
});

describe('bad seed folders that ingest with a warning and a correct result', () => {
  const reference = sentencesOf(corpusOf('empty-file'));

  it.each([
    ['empty-file', '002_empty.txt', 'is empty; skipped'],
    ['whitespace-only', '002_blank.txt', 'holds only whitespace; skipped'],
    ['identical-content', '002_copy.txt', 'has the same bytes as 001_ok.txt; skipped as a duplicate article'],
    ['manifest-missing-file', 'manifest.json', 'names 009_not-here.txt, which is not among the seeds; entry ignored'],
  ])('%s', (name, file, message) => {
    const corpus = corpusOf(name);
    expect(corpus.warnings).toContainEqual({ file, message });
    expect(corpus.articles.map((article) => article.file)).toEqual(['001_ok.txt']);
    expect(sentencesOf(corpus)).toEqual(reference);
  });

  it('reads CRLF line endings as lines, with no carriage return left in any text', () => {
    const corpus = corpusOf('crlf');
    const [article] = corpus.articles;
    expect(sentencesOf(corpus)).toEqual(reference);
    expect(article?.lineCount).toBe(5);
    expect(JSON.stringify(corpus)).not.toContain('\\r');
  });

  it('drops a UTF-8 byte-order mark, so the headline does not start with it', () => {
    const corpus = corpusOf('utf-8-bom');
    expect(corpus.articles[0]?.headline).toBe('Foreign ministers of Japan and South Korea meet in Seoul');
    expect(sentencesOf(corpus)).toEqual(reference);
    expect(JSON.stringify(corpus)).not.toContain('\ufeff');
  });
});

describe('hostile text is kept as literal text', () => {
  const corpus = corpusOf('hostile-text');
  const all = sentencesOf(corpus).join('\n');

  it.each([
    '<b onmouseover="window.__pwned = true">Foreign ministers of Japan and South Korea meet in Seoul</b>',
    '<script>window.__pwned = true; alert("pwned")</script>',
    '<img src=x onerror="window.__pwned = true">',
    '<a href="javascript:alert(1)">click here to read</a>',
    "{{constructor.constructor('alert(1)')()}}",
    '${alert(1)}',
  ])('keeps %s', (markup) => {
    expect(all).toContain(markup);
  });

  it('keeps hostile markup in outlet names and editorial titles as given', () => {
    expect(corpus.outlets.map((outlet) => outlet.name)).toContain('<i>Hostile</i> Times');
    expect(corpus.events.map((event) => event.title)).toContain('<script>window.__pwned = true</script> Ministers <img src=x onerror=alert(1)> meet');
  });

  it('keeps bidi overrides, zero-width and control characters in the text (the reader shows them)', () => {
    expect(all).toContain('the \u202eeciffo\u202c of the president');
    expect(all).toContain('met\u200b again\u200d on Tuesday');
    expect(all).toContain('a bell \u0007 character');
  });
});

describe('words that name parts of a JavaScript object', () => {
  // Word tables once were object literals: "constructor" found Object's prototype and crashed the ingest.
  it('are words like any other, next to dates, numbers and units', () => {
    const text = [
      'Constructor toString valueOf hasOwnProperty __proto__ met on Monday',
      '',
      'SEOUL (Kyodo) -- The constructor set constructor for Tuesday, and the prototype was ahead of __proto__ on Jan. 13.',
      'Officials said the constructor visits were the first in constructor years, after toString decades of valueOf talks on Dec. 11.',
    ].join('\n');
    const corpus = runIngest(
      { seeds: [{ file: '001_proto.txt', bytes: new TextEncoder().encode(text) }], manifest: { entries: new Map() }, editorial: null },
      sha256,
    );
    const sentences = corpus.articles[0]!.sentences.map((sentence) => sentence.text).join(' ');
    expect(sentences).toContain('The constructor set constructor for Tuesday');
    expect(corpus.dates.length).toBeGreaterThan(0);
  });
});

describe('large and pathological inputs finish and lose nothing', () => {
  const manifest = parseManifest('manifest.json', JSON.stringify({ articles: { 'big.txt': { outlet: 'Test Wire', publishedAt: '2025-01-13' } } }));
  const ingest = (text: string) =>
    runIngest({ seeds: [{ file: 'big.txt', bytes: new TextEncoder().encode(text) }], manifest, editorial: null }, sha256);
  const headline = 'Ministers of two countries meet for talks\n';
  const bodyText = (corpus: Corpus) => corpus.articles[0]!.sentences.filter((sentence) => sentence.kind !== 'headline').map((sentence) => sentence.text);

  it('ingests a 2 MB article of distinct dated sentences', { timeout: 180_000 }, () => {
    const names = ['Takeshi Iwaya', 'Cho Tae-yul', 'Choi Sang-mok', 'Antony Blinken'];
    const lines: string[] = [];
    let size = headline.length;
    for (let index = 0; size < 2_000_000; index++) {
      const line = `${names[index % 4]} met officials in Seoul on Jan. ${(index % 28) + 1}, the ministry said in statement number ${index}. "We will cooperate," ${names[(index + 1) % 4]} said on Monday.`;
      lines.push(line);
      size += line.length + 1;
    }
    const corpus = ingest(headline + lines.join('\n'));
    const article = corpus.articles[0]!;
    expect(article.lineCount).toBe(lines.length + 1);
    expect(new Set(article.sentences.map((sentence) => sentence.line)).size).toBe(lines.length + 1);
    expect(corpus.dates.length).toBeGreaterThanOrEqual(lines.length);
    expect(corpus.events.length).toBeGreaterThan(0);
  });

  it('ingests a 300,000-character line with no punctuation, keeping every word', { timeout: 120_000 }, () => {
    const line = Array.from({ length: 30_000 }, (_, index) => `word${index % 97}`).join(' ').padEnd(300_000, ' x');
    const corpus = ingest(headline + line);
    expect(bodyText(corpus).join(' ').replace(/\s+/g, ' ')).toBe(line.replace(/\s+/g, ' ').trim());
  });

  it('ingests 50,000 "U.S." in a row, keeping every one', { timeout: 120_000 }, () => {
    const line = `Officials said ${'U.S. '.repeat(50_000)}talks continue.`;
    const corpus = ingest(headline + line);
    expect(bodyText(corpus).join(' ').match(/U\.S\./g)).toHaveLength(50_000);
  });

  it.each([
    ['a 200,000-character sentence of dates', `Talks were held ${'on Jan. 1, '.repeat(20_000)}the ministry said.`],
    ['200,000 characters of "(provided by" with no closing bracket', `A caption ${'(provided by '.repeat(16_000)}end`],
    ['200,000 characters of "on Monday" with people', `Iwaya met Cho ${'on Monday and '.repeat(14_000)}then left.`],
  ])('ingests %s', { timeout: 120_000 }, (_name, line) => {
    const corpus = ingest(headline + line);
    expect(bodyText(corpus).join(' ').length).toBeGreaterThanOrEqual(line.length - 2);
  });

  it('keeps control characters, bidi overrides and zero-width characters in long text', { timeout: 120_000 }, () => {
    // A bell every fifth sentence: rare enough not to read as binary data (over 1% control characters).
    const line = Array.from({ length: 5_000 }, (_, index) => `Iwaya met Cho\u200b in Seoul on Monday, \u202e${index}\u202c officials said.${index % 5 ? '' : '\u0007'}`).join(' ');
    const corpus = ingest(headline + line);
    const text = bodyText(corpus).join(' ');
    for (const invisible of ['\u200b', '\u202e', '\u202c']) expect(text.split(invisible)).toHaveLength(5_001);
    expect(text.split('\u0007')).toHaveLength(1_001);
  });
});

describe('the CLI', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'parallax-bad-input-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const run = (seeds: string, out: string) =>
    spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/pipeline/cli.ts', '--seeds', seeds, '--out', out], { encoding: 'utf8' });

  it('refuses a malformed manifest with exit 1, one clear line, no stack, and no output file', { timeout: 60_000 }, () => {
    const out = join(scratch, 'refused', 'corpus.json');
    const result = run(folder('manifest-malformed'), out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: .*manifest\.json: is not valid JSON \(line 3, column 40: .*\)\nnothing was written\.\n$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(scratch, 'refused')) ? readdirSync(join(scratch, 'refused')) : []).toEqual([]);
  });

  it('refuses Latin-1 with exit 1 naming the file and offset', { timeout: 60_000 }, () => {
    const out = join(scratch, 'latin.json');
    const result = run(folder('latin-1'), out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('error: 002_latin1.txt: is not valid UTF-8 (first bad byte at offset 3');
    expect(existsSync(out)).toBe(false);
  });

  it('ingests an empty file with a warning, exit 0 and the corpus written', { timeout: 60_000 }, () => {
    const out = join(scratch, 'ok.json');
    const result = run(folder('empty-file'), out);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('warning: 002_empty.txt: is empty; skipped');
    expect(existsSync(out)).toBe(true);
  });
});
