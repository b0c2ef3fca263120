import { vi } from 'vitest';
import type { ArticleText } from '../../src/lib/corpus/article-body-query';
import { indexCorpus, type CorpusIndex } from '../../src/lib/corpus/corpus-index';
import { eventSources, type EventSources } from '../../src/lib/corpus/event-detail-query';
import { groupBy } from '../../src/lib/corpus/group-by';
import type { Corpus } from '../../src/lib/corpus/schema';
import { publishCorpus, publishedFiles, type PublishedCorpus } from '../../src/pipeline/publish';

/** A stand-in content hash for tests (FNV-1a): deterministic and free of Node's crypto. */
export function testHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

export interface PublishedFixture {
  published: PublishedCorpus;
  /** The app's lookups over the published index, as the index query builds them. */
  index: CorpusIndex;
  /** One event's sources, as the event-detail query gives them. */
  sourcesOf: (eventId: string) => EventSources;
  /** One article's text, as the article-body query gives it. */
  textOf: (articleId: string) => ArticleText;
}

/** A made-up corpus through the real publisher: what the components get in the app. */
export function publishFixture(corpus: Corpus): PublishedFixture {
  const published = publishCorpus(corpus, testHash);
  const details = new Map(published.eventFiles.flatMap(({ file }) => file.events.map((detail) => [detail.id, detail] as const)));
  const bodies = new Map(published.articleBodies.map(({ body }) => [body.id, body]));
  return {
    published,
    index: indexCorpus(published.index),
    sourcesOf: (eventId) => {
      const detail = details.get(eventId);
      if (!detail) throw new Error(`no event ${eventId} in the fixture`);
      return eventSources(detail);
    },
    textOf: (articleId) => {
      const body = bodies.get(articleId);
      if (!body) throw new Error(`no article ${articleId} in the fixture`);
      return { body, mentionsBySentence: groupBy(body.mentions, (mention) => mention.sentenceId) };
    },
  };
}

type FakeResponse = { ok: boolean; status: number; statusText: string; json: () => Promise<unknown> };

/**
 * Stub `fetch` to serve a corpus's published files by path, as the built app
 * would find them; `override(path)` may answer a path differently (a broken
 * file, an error status). Unknown paths answer 404. Returns the mock.
 */
export function serveCorpus(corpus: Corpus, override?: (path: string) => FakeResponse | undefined) {
  const files = new Map(publishedFiles(corpus, `${JSON.stringify(corpus)}\n`, testHash).map((file) => [file.path, file.contents]));
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const path = String(input).replace(/^\//, '');
    const answer =
      override?.(path) ??
      (files.has(path)
        ? { ok: true, status: 200, statusText: 'OK', json: async () => JSON.parse(files.get(path)!) as unknown }
        : { ok: false, status: 404, statusText: 'Not Found', json: async () => ({}) });
    return answer as unknown as Response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
