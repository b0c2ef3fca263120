import { createHash } from 'node:crypto';
import type { Corpus, TimelineEvent } from '../../src/lib/corpus/schema';
import { parseManifest } from '../../src/pipeline/manifest';
import { runIngest } from '../../src/pipeline/pipeline';

/** A made-up article: its outlet, publication time and lines (the first line is the headline). */
export interface StoryArticle {
  outlet: string;
  publishedAt: string;
  lines: string[];
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The whole ingest over one made-up story folder (file → article), each outlet named by its id, no editorial file. */
export function ingestStory(articles: Record<string, StoryArticle>): Corpus {
  const encoder = new TextEncoder();
  const manifest = JSON.stringify({
    outlets: Object.fromEntries(Object.values(articles).map((article) => [article.outlet, { name: article.outlet }])),
    articles: Object.fromEntries(Object.entries(articles).map(([file, article]) => [file, { outlet: article.outlet, publishedAt: article.publishedAt }])),
  });
  return runIngest(
    {
      seeds: Object.entries(articles).map(([file, article]) => ({ file, bytes: encoder.encode(article.lines.join('\n')) })),
      manifest: parseManifest('manifest.json', manifest),
      editorial: null,
    },
    sha,
  );
}

/** The events a sentence is evidence of. */
export const eventsOfSentence = (corpus: Corpus, sentenceId: string): TimelineEvent[] =>
  corpus.events.filter((event) => event.evidence.some((item) => item.sentenceId === sentenceId));

/** The id of the one sentence whose text contains `words` (an error when none or several do). */
export function sentenceWith(corpus: Corpus, words: string): string {
  const found = corpus.articles.flatMap((article) => article.sentences).filter((sentence) => sentence.text.includes(words));
  if (found.length !== 1) throw new Error(`${found.length} sentences contain “${words}”`);
  return found[0]!.id;
}

/** The ids of the events the sentence containing `words` is evidence of. */
export const eventIdsOf = (corpus: Corpus, words: string): string[] => eventsOfSentence(corpus, sentenceWith(corpus, words)).map((event) => event.id);

/** Whether the two sentences are evidence of one event. */
export function together(corpus: Corpus, first: string, second: string): boolean {
  const ids = new Set(eventIdsOf(corpus, first));
  return eventIdsOf(corpus, second).some((id) => ids.has(id));
}
