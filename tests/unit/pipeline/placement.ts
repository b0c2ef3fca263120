/**
 * The harness the sentence-assignment probes share: one made-up page from one desk, published on a pinned Wednesday,
 * through the whole ingest, and where each of its sentences went.
 */
import type { Corpus } from '../../../src/lib/corpus/schema';
import { eventsOfSentence, ingestStory } from '../ingest-story';

export const PUBLISHED = '2031-03-12T12:00:00+00:00'; // a Wednesday

export function ingestOne(lines: string[]): Corpus {
  return ingestStory({ 'p1_probe.txt': { outlet: 'probe-desk', publishedAt: PUBLISHED, lines } });
}

/** The events of the sentence starting with `start`, with why it is on each. */
export function placementOf(corpus: Corpus, start: string): { ids: string[]; why: string[] } {
  const sentence = corpus.articles[0]!.sentences.find((candidate) => candidate.text.startsWith(start));
  if (!sentence) throw new Error(`no sentence starts “${start}”`);
  const events = eventsOfSentence(corpus, sentence.id);
  return {
    ids: events.map((event) => event.id),
    why: events.flatMap((event) => event.evidence.filter((item) => item.sentenceId === sentence.id).map((item) => item.why ?? '')),
  };
}

/** The paragraphs of a page: a blank line between each. */
export const page = (...paragraphs: string[]) => paragraphs.flatMap((paragraph) => [paragraph, '']);
