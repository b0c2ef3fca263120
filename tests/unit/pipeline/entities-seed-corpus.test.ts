/**
 * Entities in the corpus the app actually ships: the whole ingest over the real
 * seeds (cleaning, sentence splitting, classification, then the entity stage).
 * Per-article mention counts are pinned, counted by hand from the seed texts,
 * so a change that gains or loses a mention anywhere shows up here.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/lib/corpus/schema';
import { buildCorpusJson } from '../../../src/pipeline/io';

const { corpus } = buildCorpusJson('seeds');
const sentenceById = new Map(corpus.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, sentence] as const)));

function entity(name: string): Entity {
  const found = corpus.entities.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no entity named ${name}`);
  return found;
}

function perArticle(name: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mention of entity(name).mentions) counts[mention.articleId] = (counts[mention.articleId] ?? 0) + 1;
  return counts;
}

describe('entities of the built seed corpus', () => {
  it('finds every person of the story, once each, and no author', () => {
    const people = corpus.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(people).toEqual(
      [
        'Antony Blinken', 'Cho Tae-yul', 'Choi Sang-mok', 'Donald Trump', 'Fumio Kishida', 'Joe Biden', 'Marco Rubio',
        'Shigeru Ishiba', 'Takeshi Iwaya', 'Yoko Kamikawa', 'Yoon Suk Yeol',
      ].sort(),
    );
    // The 001 byline (Seo Ji-eun) and the 004 author note (Narumi Ota, Shino Matsuyama) are metadata.
    const surfaces = corpus.entities.flatMap((e) => [e.name, ...e.aliases]).join('|');
    for (const author of ['Seo Ji-eun', 'SEO JI-EUN', 'Narumi Ota', 'Shino Matsuyama']) expect(surfaces).not.toContain(author);
  });

  it('merges spellings and surnames into one entity', () => {
    expect(new Set(entity('Cho Tae-yul').mentions.map((m) => m.text))).toEqual(new Set(['Cho Tae-yul', 'Cho Tae Yul', 'Cho']));
    expect(new Set(entity('Yoon Suk Yeol').mentions.map((m) => m.text))).toEqual(new Set(['Yoon Suk Yeol', 'Yoon Suk-yeol', 'Yoon']));
    expect(new Set(entity('Takeshi Iwaya').mentions.map((m) => m.text))).toEqual(new Set(['Takeshi Iwaya', 'Iwaya']));
    expect(new Set(entity('Donald Trump').mentions.map((m) => m.text))).toEqual(new Set(['Donald Trump', 'Trump']));
    expect(entity('United States').aliases).toEqual(expect.arrayContaining(['U.S.']));
    expect(entity('South Korea').aliases).toEqual(expect.arrayContaining(['Korea', 'ROK']));
  });

  it('pins per-article mention counts (counted by hand in the seeds)', () => {
    expect(perArticle('Cho Tae-yul')).toEqual({ '000': 2, '001': 4, '002': 6, '003': 3, '004': 4 });
    expect(perArticle('Takeshi Iwaya')).toEqual({ '000': 4, '001': 5, '002': 10, '003': 4, '004': 7 });
    expect(perArticle('Yoon Suk Yeol')).toEqual({ '000': 1, '001': 3, '002': 5, '004': 1 });
    expect(perArticle('Choi Sang-mok')).toEqual({ '001': 1, '004': 1 });
    expect(perArticle('North Korea')).toEqual({ '000': 3, '001': 1, '002': 3, '004': 1 });
    // 004: three in the story; "(Provided by Japan’s Foreign Ministry)" is a picture credit.
    expect(perArticle('Japan')).toEqual({ '000': 2, '001': 4, '002': 9, '003': 5, '004': 3 });
  });

  it('finds the places and the bodies', () => {
    const places = corpus.entities.filter((e) => e.type === 'place').map((e) => e.name);
    for (const place of ['Japan', 'South Korea', 'North Korea', 'United States', 'China', 'Russia', 'Ukraine', 'Seoul', 'Tokyo', 'Busan', 'Washington', 'Moscow']) {
      expect(places).toContain(place);
    }
    expect(perArticle('Constitutional Court')).toEqual({ '002': 1 });
    expect(perArticle('National Assembly')).toEqual({ '002': 1 });
    expect(perArticle('Ministry of Foreign Affairs')).toEqual({ '001': 2 });
  });

  it('reads no place and no body from the words around a name where the seeds name none', () => {
    // The rules for places told by context ("in X", "X residents"), firms' short names and lone
    // acronyms must add nothing here: every place is a gazetteer place, every body one of five.
    const places = corpus.entities.filter((e) => e.type === 'place').map((e) => e.name).sort();
    expect(places).toEqual(
      ['Busan', 'China', 'Japan', 'Lima', 'Moscow', 'North Korea', 'Palau', 'Peru', 'Philippines', 'Russia', 'Seoul', 'South Korea', 'Tokyo', 'Ukraine', 'United States', 'Washington'].sort(),
    );
    const bodies = corpus.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort();
    expect(bodies).toEqual(['Asia-Pacific Economic Cooperation', 'Constitutional Court', 'Ministry of Foreign Affairs', 'National Assembly', 'Senate']);
  });

  it('never reads the "Korea" of "North Korea" as South Korea', () => {
    for (const mention of entity('South Korea').mentions) {
      const text = sentenceById.get(mention.sentenceId)?.text ?? '';
      expect(text.slice(Math.max(0, mention.start - 6), mention.start), mention.sentenceId).not.toBe('North ');
    }
    expect(entity('North Korea').mentions.every((m) => m.text === 'North Korea')).toBe(true);
  });

  it('never joins "Choi" to "Cho"', () => {
    expect(entity('Cho Tae-yul').mentions.some((m) => m.text.startsWith('Choi'))).toBe(false);
    expect(entity('Choi Sang-mok').mentions.every((m) => m.text === 'Choi Sang-mok')).toBe(true);
  });

  it('takes no mention from bylines, datelines or picture credits', () => {
    for (const e of corpus.entities) {
      for (const mention of e.mentions) {
        const sentence = sentenceById.get(mention.sentenceId);
        expect(sentence?.kind, `${e.id} in ${mention.sentenceId}`).not.toBe('byline');
        expect(sentence?.kind, `${e.id} in ${mention.sentenceId}`).not.toBe('dateline');
        expect(sentence?.text.slice(mention.start, mention.end)).toBe(mention.text);
        const credit = sentence?.text.lastIndexOf('(Provided by') ?? -1;
        if (credit >= 0) expect(mention.start, `${e.id} inside a credit`).toBeLessThan(credit);
      }
    }
  });
});
