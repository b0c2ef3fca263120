import { describe, expect, it } from 'vitest';
import { articleBodySchema, corpusIndexSchema, eventDetailFileSchema, type Corpus } from '../../../src/lib/corpus/schema';
import { articleBodyPath, CORPUS_FILE, eventDetailPath, INDEX_FILE } from '../../../src/lib/corpus/paths';
import { buildCorpusJson } from '../../../src/pipeline/io';
import { DETAIL_FILE_BYTES, publishCorpus, publishedFiles } from '../../../src/pipeline/publish';
import { makeArticle } from '../make-article';
import { testHash } from '../published-fixture';

const seeds = buildCorpusJson('seeds');

/** Everything the published files say about the corpus, put back together to compare with the corpus. */
function reassemble(corpus: Corpus) {
  const published = publishCorpus(corpus, testHash);
  const details = new Map(published.eventFiles.flatMap(({ key, file }) => file.events.map((detail) => [detail.id, { key, detail }] as const)));
  const bodies = new Map(published.articleBodies.map(({ key, body }) => [body.id, { key, body }]));
  return { published, details, bodies };
}

describe('publishCorpus on the seed corpus', () => {
  const { corpus } = seeds;
  const { published, details, bodies } = reassemble(corpus);

  it('writes files that pass their schemas, at the paths the app fetches', () => {
    expect(corpusIndexSchema.safeParse(published.index).success).toBe(true);
    for (const { file } of published.eventFiles) expect(eventDetailFileSchema.safeParse(file).success).toBe(true);
    for (const { body } of published.articleBodies) expect(articleBodySchema.safeParse(body).success).toBe(true);
    const paths = publishedFiles(corpus, seeds.json, testHash).map((file) => file.path);
    expect(paths.slice(0, 2)).toEqual([CORPUS_FILE, INDEX_FILE]);
    expect(paths).toContain(eventDetailPath(published.eventFiles[0]!.key));
    expect(paths).toContain(articleBodyPath(published.articleBodies[0]!.key));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('keeps corpus.json exactly as the ingest wrote it', () => {
    const files = publishedFiles(corpus, seeds.json, testHash);
    expect(files[0]!.contents).toBe(seeds.json);
  });

  it('gives every event its whole evidence, with every sentence, date, quote and mention it points at', () => {
    expect(published.index.events.map((event) => event.id)).toEqual(corpus.events.map((event) => event.id));
    const articleOf = new Map(corpus.articles.flatMap((article) => article.sentences.map((sentence, n) => [sentence.id, { article, sentence, n }] as const)));
    for (const event of corpus.events) {
      const summary = published.index.events.find((item) => item.id === event.id)!;
      const { key, detail } = details.get(event.id)!;
      expect(summary.detail).toBe(key);
      expect(detail.evidence).toEqual(event.evidence);
      expect(detail.wording).toEqual(event.wording);
      expect(detail.differences).toEqual(event.differences);
      expect(detail.leads).toEqual(event.leads);
      expect(detail.checkedNames).toEqual(event.checkedNames);
      expect(detail.namingOutlets).toEqual(event.namingOutlets);
      const sentenceIds = new Set([
        ...event.evidence.map((item) => item.sentenceId),
        ...(event.differences ?? []).flatMap((d) => d.items.map((item) => item.sentenceId)),
        ...(event.leads ?? []).map((lead) => lead.sentenceId),
      ]);
      expect(new Set(detail.sentences.map((placed) => placed.sentence.id))).toEqual(sentenceIds);
      for (const placed of detail.sentences) {
        const found = articleOf.get(placed.sentence.id)!;
        expect(placed.sentence).toEqual(found.sentence);
        expect(placed.articleId).toBe(found.article.id);
        expect(placed.number).toBe(found.n + 1);
      }
      const dateIds = new Set(event.evidence.map((item) => item.dateId).filter((id) => id !== null));
      expect(new Set(detail.dates.map((date) => date.id))).toEqual(dateIds);
      const quotes = corpus.articles.flatMap((article) => article.quotes).filter((quote) => sentenceIds.has(quote.sentenceId));
      expect(detail.quotes).toEqual(expect.arrayContaining(quotes));
      expect(detail.quotes).toHaveLength(quotes.length);
      const mentions = corpus.entities.flatMap((entity) => entity.mentions.filter((m) => sentenceIds.has(m.sentenceId)).map((m) => `${entity.id}@${m.sentenceId}:${m.start}`));
      expect(detail.mentions.map((m) => `${m.entityId}@${m.sentenceId}:${m.start}`).sort()).toEqual(mentions.sort());
    }
  });

  it('counts each event’s evidence sentences per outlet in the index', () => {
    const outletOf = new Map(corpus.articles.map((article) => [article.id, article.outletId ?? '']));
    for (const event of corpus.events) {
      const expected: Record<string, number> = {};
      for (const sentenceId of new Set(event.evidence.map((item) => item.sentenceId))) {
        const outlet = outletOf.get(event.evidence.find((item) => item.sentenceId === sentenceId)!.articleId)!;
        expected[outlet] = (expected[outlet] ?? 0) + 1;
      }
      expect(published.index.events.find((item) => item.id === event.id)!.coverage).toEqual(expected);
    }
  });

  it('gives every article its body (every line still accounted for) and a summary that names it', () => {
    for (const article of corpus.articles) {
      const { key, body } = bodies.get(article.id)!;
      const summary = published.index.articles.find((item) => item.id === article.id)!;
      expect(summary.body).toBe(key);
      expect(body.sentences).toEqual(article.sentences);
      expect(body.removed).toEqual(article.removed);
      expect(body.quotes).toEqual(article.quotes);
      const lines = new Set([...body.sentences.map((s) => s.line), ...body.removed.map((r) => r.line)]);
      expect(lines.size).toBe(body.lineCount);
      expect(summary.sentenceCount).toBe(article.sentences.length);
      expect(summary.opening).toBe(article.sentences.find((s) => s.kind === 'body')?.text ?? null);
      const mentions = corpus.entities.flatMap((entity) => entity.mentions.filter((m) => m.articleId === article.id));
      expect(body.mentions).toHaveLength(mentions.length);
      for (const mention of body.mentions) {
        const sentence = body.sentences.find((s) => s.id === mention.sentenceId)!;
        const entity = corpus.entities.find((e) => e.id === mention.entityId)!;
        expect(entity.mentions).toContainEqual(expect.objectContaining({ sentenceId: mention.sentenceId, start: mention.start, text: sentence.text.slice(mention.start, mention.end) }));
      }
    }
  });

  it('summarises entities with per-outlet counts and the events their mentions evidence', () => {
    const { index } = published;
    for (const entity of corpus.entities) {
      const summary = index.entities.find((item) => item.id === entity.id)!;
      const total = Object.values(summary.byOutlet).reduce((sum, count) => sum + count.mentions, 0);
      expect(total).toBe(entity.mentions.length);
      const sentences = new Set(entity.mentions.map((m) => m.sentenceId));
      const expected = corpus.events.filter((event) => event.evidence.some((item) => sentences.has(item.sentenceId))).map((event) => event.id);
      expect(summary.events.map(([position]) => index.events[position!]!.id)).toEqual(expected);
    }
    // Cho Tae-yul, by name, in the Jan 13 meeting as the Korean and Japanese press report it.
    const cho = index.entities.find((entity) => entity.name === 'Cho Tae-yul')!;
    const meeting = index.events.findIndex((event) => event.id === 'ev-2025-01-13-meeting');
    const entry = cho.events.find(([position]) => position === meeting)!;
    expect(entry.slice(1).map((position) => index.outlets[position]!.id).sort()).toEqual(['asahi', 'japan-news', 'joongang-daily', 'kyodo']);
  });

  it('packs neighbouring events into a few files under the size budget, all events in date order', () => {
    const order = published.eventFiles.flatMap(({ file }) => file.events.map((detail) => corpus.events.find((event) => event.id === detail.id)!));
    const sorted = [...order].sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.id.localeCompare(b.id));
    expect(order).toEqual(sorted);
    expect(order).toHaveLength(corpus.events.length);
    for (const { file, json } of published.eventFiles) {
      // Over budget only when one event alone is larger.
      if (file.events.length > 1) expect(json.length).toBeLessThanOrEqual(DETAIL_FILE_BYTES + 200);
    }
    expect(published.eventFiles.length).toBeLessThan(corpus.events.length);
  });

  it('is deterministic, and a changed file gets a new key', () => {
    const again = publishCorpus(structuredClone(corpus), testHash);
    expect(again).toEqual(published);
    const edited = structuredClone(corpus);
    edited.articles[0]!.sentences[0]!.text += ' (edited)';
    const after = publishCorpus(edited, testHash);
    expect(after.articleBodies[0]!.key).not.toBe(published.articleBodies[0]!.key);
    expect(after.articleBodies[1]!.key).toBe(published.articleBodies[1]!.key);
  });
});

describe('publishCorpus on made-up corpora', () => {
  it('keeps articles with no outlet under the "" key and -1 position, never dropping their counts', () => {
    const orphan = makeArticle('a1', ['Mira Solberg spoke.'], { outletId: null, publishedAt: '2031-05-06' });
    const corpus: Corpus = {
      version: 1,
      outlets: [],
      articles: [orphan],
      dates: [],
      events: [{ id: 'ev', title: 'Speech', start: '2031-05-06', precision: 'day', evidence: [{ articleId: 'a1', sentenceId: 'a1-s1', dateId: null }], outlets: [], main: true }],
      entities: [{ id: 'p', name: 'Mira Solberg', type: 'person', aliases: [], mentions: [{ articleId: 'a1', sentenceId: 'a1-s1', start: 0, end: 12, text: 'Mira Solberg' }] }],
      warnings: [],
    };
    const { index } = publishCorpus(corpus, testHash);
    expect(index.events[0]!.coverage).toEqual({ '': 1 });
    expect(index.entities[0]!.byOutlet).toEqual({ '': { mentions: 1, articles: 1 } });
    expect(index.entities[0]!.events).toEqual([[0, -1]]);
  });

  it('gives an event with no evidence sentence in the corpus an empty detail rather than failing', () => {
    const corpus: Corpus = {
      version: 1,
      outlets: [{ id: 'o', name: 'O', country: null }],
      articles: [makeArticle('a1', ['Text.'], { outletId: 'o' })],
      dates: [],
      // Points at a sentence no article has (a broken editorial split, say): nothing to show, nothing invented.
      events: [{ id: 'ev', title: 'Ghost', start: '2031-05-06', precision: 'day', evidence: [{ articleId: 'a1', sentenceId: 'a1-s9', dateId: 'missing' }], outlets: ['o'], main: true }],
      entities: [],
      warnings: [],
    };
    const { index, eventFiles } = publishCorpus(corpus, testHash);
    // Still on the timeline under its outlet, as its evidence says; its detail simply has no sentence to show.
    expect(index.events[0]!.coverage).toEqual({ o: 1 });
    expect(eventFiles[0]!.file.events[0]).toMatchObject({ sentences: [], dates: [], mentions: [], quotes: [] });
  });
});
