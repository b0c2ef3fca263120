/**
 * Which verb a date belongs to when the sentence has more than one clause: a date in a participle aside or in an
 * "after" clause with a verb of its own dates that clause's verb, never the main one; a "since" date dates nothing
 * and leaves the dated main verb its event. Made-up articles, each pinned to its publication time.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus, TimelineEvent } from '../../../src/lib/corpus/schema';
import { eventsOfSentence, ingestStory } from '../ingest-story';

/** The events of the article's sentence `text` (the first line of `lines` is the headline). */
function eventsOf(publishedAt: string, lines: string[], text: string, outlet = 'probe-desk'): TimelineEvent[] {
  const corpus: Corpus = ingestStory({ 'p1_probe.txt': { outlet, publishedAt, lines: lines.flatMap((line) => [line, '']) } });
  const found = corpus.articles[0]!.sentences.find((candidate) => candidate.text === text);
  if (!found) throw new Error(`sentence not found: ${text}`);
  return eventsOfSentence(corpus, found.id);
}

describe('a date in a subordinate or participle clause', () => {
  it('does not date the ruling by the day the evidence was gathered', () => {
    const ruling = 'Judges ruled that the evidence, gathered on the 3rd of June 2021, had been obtained unlawfully.';
    const events = eventsOf('2026-03-05T07:30:00+00:00', ['Port director cleared', 'Willem van der Berg was cleared yesterday of bribery.', ruling], ruling);
    expect(events.filter((event) => event.start.startsWith('2021')).map((event) => event.title)).toEqual([]);
    expect(events.filter((event) => /rul/i.test(event.title) && event.start.startsWith('2021'))).toEqual([]);
  });

  it('does not date the calling of a vote by the month the MP resigned', () => {
    const called = 'The vote was called after the sitting MP, Derek Fane, resigned in January.';
    const events = eventsOf('2026-03-06T04:30:00+00:00', ['Greens win', 'Hannah Moss won the Ashworth by-election on Friday.', called], called);
    expect(events.filter((event) => /called/i.test(event.title)).map((event) => event.start)).toEqual([]);
    expect(events.some((event) => event.start.startsWith('2026-01'))).toBe(false);
  });

  it('still dates the main verb by a date in its own clause before an "after" clause', () => {
    const arrest = 'Police arrested the driver on Friday after he fled the scene.';
    // Friday before Sunday 2026-03-08 is 2026-03-06.
    const events = eventsOf('2026-03-08T09:00:00+00:00', ['Driver held', arrest], arrest);
    expect(events.map((event) => event.start)).toContain('2026-03-06');
  });

  it('still dates a crash by its day when "after" has no verb of its own ("after taking off")', () => {
    const crash = 'The cargo plane crashed shortly after taking off on Sunday.';
    // Sunday before Tuesday 2026-03-10 is 2026-03-08.
    const events = eventsOf('2026-03-10T09:00:00+00:00', ['Plane down', crash], crash);
    expect(events.map((event) => event.start)).toContain('2026-03-08');
  });
});

describe('a "since" date beside a dated verb', () => {
  it('keeps the release on Monday an event when the captives were held "since March"', () => {
    const released = 'Two nurses held by rebels since March were released on Monday.';
    // Monday before Tuesday 2026-01-27 is 2026-01-26.
    const events = eventsOf('2026-01-27T18:00:00+01:00', ['Nurses freed', released], released);
    expect(events.map((event) => event.start)).toEqual(['2026-01-26']);
    expect(events[0]?.title).toBe('Two nurses were released');
  });

  it('dates nothing by "since March" alone', () => {
    const held = 'Rebels have held the two nurses since March.';
    const events = eventsOf('2026-01-27T18:00:00+01:00', ['Nurses held', held], held);
    expect(events.filter((event) => event.start.startsWith('2025-03') || event.start.startsWith('2026-03'))).toEqual([]);
  });
});
