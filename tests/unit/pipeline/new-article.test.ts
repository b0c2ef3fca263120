/**
 * The product promise: a new article dropped into seeds/ with one manifest line
 * joins the corpus, its outlet, its events and its entities with no code change.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpusJson } from '../../../src/pipeline/io';

const folder = mkdtempSync(join(tmpdir(), 'parallax-new-article-'));
cpSync('seeds', folder, { recursive: true });

const FILE = '005_manila-tribune.txt';
writeFileSync(
  join(folder, FILE),
  [
    'Japan, Philippines foreign ministers meet in Manila',
    '',
    'MANILA — Japanese Foreign Minister Takeshi Iwaya and Philippine Foreign Secretary Enrique Manalo met in Manila on Wednesday and agreed to deepen maritime security cooperation.',
    'Iwaya arrived in Manila from Seoul, where he met South Korean Foreign Minister Cho Tae-yul on Monday.',
    'Manalo said the two countries "share a commitment to a free and open Indo-Pacific."',
  ].join('\n'),
);
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
  outlets: Record<string, unknown>;
  articles: Record<string, unknown>;
};
manifest.outlets['manila-tribune'] = { name: 'Manila Tribune', country: 'PH' };
manifest.articles[FILE] = { outlet: 'manila-tribune', publishedAt: '2025-01-15T18:00:00+08:00' };
writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));

const { corpus } = buildCorpusJson(folder);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a sixth article from a new outlet', () => {
  it('joins the corpus with its outlet and metadata', () => {
    const article = corpus.articles.find((candidate) => candidate.file === FILE);
    expect(article).toMatchObject({ id: '005', outletId: 'manila-tribune', publishedAt: '2025-01-15T18:00:00+08:00' });
    expect(corpus.outlets.find((outlet) => outlet.id === 'manila-tribune')).toEqual({ id: 'manila-tribune', name: 'Manila Tribune', country: 'PH' });
    expect(article?.headline).toBe('Japan, Philippines foreign ministers meet in Manila');
  });

  it('puts its own meeting on the timeline, dated by its own publication day', () => {
    const manila = corpus.events.filter((event) => event.evidence.some((item) => item.articleId === '005') && event.start === '2025-01-15');
    expect(manila).toHaveLength(1);
    expect(manila[0]!.outlets).toEqual(['manila-tribune']);
  });

  it('adds its report of the Seoul meeting to the existing event as a fifth outlet', () => {
    const seoul = corpus.events.find((event) => event.start === '2025-01-13' && event.outlets.includes('kyodo') && event.outlets.includes('asahi'));
    expect(seoul?.outlets).toContain('manila-tribune');
  });

  it('links its people to the entities already known', () => {
    const iwaya = corpus.entities.find((entity) => entity.name === 'Takeshi Iwaya');
    expect(iwaya?.mentions.some((mention) => mention.articleId === '005')).toBe(true);
    const manalo = corpus.entities.find((entity) => entity.name === 'Enrique Manalo');
    expect(manalo?.type).toBe('person');
  });
});
