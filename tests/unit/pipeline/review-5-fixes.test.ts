/**
 * What the fifth review found the newest rules stating falsely on unseen pages, each pinned to its publication time,
 * with the case the rule was made for kept working. Made-up articles, in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { ingestStory } from '../ingest-story';

const H = 'Regional news roundup for the week';
const THURSDAY = '2027-02-18T09:00:00+00:00';

function storyOf(publishedAt: string, lines: string[]): Corpus {
  return ingestStory({ 'p1_probe.txt': { outlet: 'probe-desk', publishedAt, lines: lines.flatMap((line) => [line, '']) } });
}
const eventsOf = (publishedAt: string, lines: string[]) => storyOf(publishedAt, lines).events.map((event) => `${event.start} ${event.title}`);

describe('a person and their own spokesman are no meeting pair (review 5 #4)', () => {
  it('does not title a spokesman\'s word on talks as a meeting with his principal', () => {
    for (const line of [
      'Ruiz spokesman Tom Hale said on Wednesday the talks had failed.',
      'Mercer spokesman Dan Webb said on Wednesday talks would continue.',
      'Talks with the union broke down on Wednesday, Tom Hale, a lawyer for Ruiz, said.',
    ]) {
      const events = eventsOf(THURSDAY, [H, 'Ana Ruiz and Joe Mercer are rivals for the party leadership.', line]);
      expect(events.filter((event) => /\bmeet\b/.test(event))).toEqual([]);
    }
  });

  it('still titles two people who met by their names', () => {
    expect(eventsOf(THURSDAY, [H, 'Foreign ministers Ana Ruiz and Mateo Silva met in Santiago on Wednesday.'])).toContainEqual(
      expect.stringMatching(/^2027-02-17 (?:Ana )?Ruiz and (?:Mateo )?Silva meet in Santiago$/),
    );
  });
});
