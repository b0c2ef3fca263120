import { describe, expect, it } from 'vitest';
import { createRandom, generateCorpus, loadSource, shiftDatesInText, shiftIso } from '../../../bench/generate-corpus';
import { runIngest } from '../../../src/pipeline/pipeline';
import { parseManifest } from '../../../src/pipeline/manifest';
import { sha256 } from '../../../src/pipeline/io';

const source = loadSource('seeds');

describe('generateCorpus', () => {
  it('is deterministic for a seed and differs for another seed', () => {
    const first = generateCorpus(source, 30, 7);
    const again = generateCorpus(source, 30, 7);
    const other = generateCorpus(source, 30, 8);
    expect(again).toEqual(first);
    expect(other.files.map((file) => file.text)).not.toEqual(first.files.map((file) => file.text));
  });

  it('writes the requested number of distinct articles, each with a manifest entry', () => {
    const corpus = generateCorpus(source, 40, 1);
    expect(corpus.files).toHaveLength(40);
    expect(new Set(corpus.files.map((file) => file.text)).size).toBe(40);
    expect(Object.keys(corpus.manifest.articles).sort()).toEqual(corpus.files.map((file) => file.file).sort());
    for (const entry of Object.values(corpus.manifest.articles)) expect(corpus.manifest.outlets[entry.outlet]).toBeDefined();
  });

  it('replaces the seed names, so no real person is quoted', () => {
    const corpus = generateCorpus(source, 12, 3);
    const realNames = source.personNames.filter((name) => name.full).map((name) => name.text);
    expect(realNames.length).toBeGreaterThan(0);
    for (const { text } of corpus.files) for (const name of realNames) expect(text).not.toContain(name);
  });

  it('ingests: every generated article becomes an article under its new outlet', () => {
    const corpus = generateCorpus(source, 12, 5);
    const manifest = parseManifest('manifest.json', JSON.stringify(corpus.manifest));
    const seeds = corpus.files.map(({ file, text }) => ({ file, bytes: new TextEncoder().encode(text) }));
    const ingested = runIngest({ seeds, manifest, editorial: null }, sha256);
    expect(ingested.articles).toHaveLength(12);
    expect(new Set(ingested.outlets.map((outlet) => outlet.id))).toEqual(new Set(Object.values(corpus.manifest.articles).map((entry) => entry.outlet)));
    expect(ingested.events.length).toBeGreaterThan(0);
  });
});

describe('date shifting', () => {
  it('moves explicit dates by whole weeks in the style they were written', () => {
    expect(shiftDatesInText('on Jan. 13 and Dec. 12, 2024, then March 3', 21, '2025-01-10')).toBe('on Feb. 3 and Jan. 2, 2025, then March 24');
    expect(shiftDatesInText('12:40 JST, Dec 12, 2024', 14, '2024-12-12')).toBe('12:40 JST, Dec 26, 2024');
    expect(shiftIso('2025-01-13T20:22:00+09:00', 28)).toBe('2025-02-10T20:22:00+09:00');
  });

  it('leaves text without month-day dates alone', () => {
    expect(shiftDatesInText('in October last year, on Monday, 180 days', 70, '2025-01-10')).toBe('in October last year, on Monday, 180 days');
  });
});

describe('createRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = createRandom(99);
    const b = createRandom(99);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
