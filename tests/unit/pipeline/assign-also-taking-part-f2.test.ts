/**
 * Another person "also" doing something after an account is their own happening ("Orlov also conceded"), except when
 * what they do is take part in a happening many take part in: another speaker at the news conference, another senator
 * in the vote. Made-up articles in our own words, publication day pinned (Wednesday 2028-03-08), through the real ingest.
 */
import { describe, expect, it } from 'vitest';
import { eventIdsOf, ingestStory } from '../ingest-story';

const one = (lines: string[]) => ({
  'a1_page.txt': { outlet: 'valley-post', publishedAt: '2028-03-08T10:00:00+00:00', lines: lines.flatMap((line) => [line, '']) },
});

describe('"also" taking part in a gathering or a vote is part of it', () => {
  it('another minister "also spoke" after the news conference goes on with it', () => {
    const corpus = ingestStory(one(['Rail plan launched', 'Transport Minister Ines Varga launched the rail plan at a news conference on Tuesday.', 'Deputy Minister Karl Dorn also spoke, promising the first trains by spring.']));
    const account = eventIdsOf(corpus, 'launched the rail plan');
    expect(account).toHaveLength(1);
    expect(eventIdsOf(corpus, 'Karl Dorn also spoke')).toEqual(account);
  });

  it('a senator who "also voted against it" goes on with the vote', () => {
    const corpus = ingestStory(one(['Ferry bill passes', 'The senate passed the ferry bill 51-49 on Tuesday.', 'Senator Rosa Vint also voted against it, breaking with her party.']));
    const vote = eventIdsOf(corpus, 'passed the ferry bill');
    expect(vote).toHaveLength(1);
    expect(eventIdsOf(corpus, 'Rosa Vint also voted')).toEqual(vote);
  });

  it('"also spoke" after a concession is still a happening of its own', () => {
    const corpus = ingestStory(one(['Varga concedes', 'Ines Varga, the Green candidate, conceded on Tuesday evening in front of supporters.', 'Karl Dorn, the other challenger, also spoke, vowing to stand again.']));
    const account = eventIdsOf(corpus, 'Ines Varga, the Green candidate, conceded');
    expect(account).toHaveLength(1);
    expect(eventIdsOf(corpus, 'Karl Dorn, the other challenger, also spoke')).not.toEqual(account);
  });

  it('"also spoke" in a place of its own is not the news conference', () => {
    const corpus = ingestStory(one(['Rail plan launched', 'Transport Minister Ines Varga launched the rail plan at a news conference on Tuesday.', 'Opposition leader Karl Dorn also spoke at a rally in Harlow, calling the plan too slow.']));
    const account = eventIdsOf(corpus, 'launched the rail plan');
    expect(account).toHaveLength(1);
    expect(eventIdsOf(corpus, 'Karl Dorn also spoke')).not.toEqual(account);
  });
});
