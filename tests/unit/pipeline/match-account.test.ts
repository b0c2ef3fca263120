/**
 * A match's account: under a headline that gives one match's score, the page's lines with no date, happening or event
 * of their own (a live blog's goals, substitutions, full-time whistle) tell that match. Made-up pages in our own
 * words, each pinning its publication day; a round-up of several scores, and a score no win of the story matches,
 * place nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { eventsOfSentence, ingestStory } from '../ingest-story';

const report = {
  outlet: 'wire',
  publishedAt: '2027-05-22T21:30:00+00:00',
  lines: ['Castamar beat Portvale 2-1 to win the cup', '', 'LONDON, May 22 - Castamar beat Portvale 2-1 in the cup final at Eastmoor on Saturday.', ''],
};

function idsOf(corpus: Corpus, start: string): string[] {
  const sentence = corpus.articles.flatMap((article) => article.sentences).find((candidate) => candidate.text.startsWith(start));
  if (!sentence) throw new Error(`no sentence starts “${start}”`);
  return eventsOfSentence(corpus, sentence.id).map((event) => event.id);
}

describe('a live blog headlined with the score', () => {
  const corpus = ingestStory({
    'a1_report.txt': report,
    'b1_live.txt': {
      outlet: 'sport-live',
      publishedAt: '2027-05-22T21:45:00+00:00',
      lines: [
        'Cup final: Castamar 2-1 Portvale - as it happened',
        'Live reporting by Nadia Holm and Piet Vos',
        'Vens scores late as the home side come from behind after the break',
        '',
        'FULL-TIME: Castamar 2-1 Portvale',
        '',
        'Castamar captain Ivo Sand lifts the trophy in front of the away end.',
        '',
        'GOAL! Castamar 2-1 Portvale (Dario Vens 81)',
        '',
        'Vens turns sharply in the box and shoots low past the keeper.',
        '',
        'Half-time: Castamar 1-1 Portvale',
        '',
        'The Eastmoor stadium was rebuilt in 2019 after a fire.',
        '',
      ],
    },
  });
  const match = idsOf(corpus, 'LONDON, May 22');

  it('puts the headline, the score lines and the entries with nothing of their own on the match', () => {
    expect(match).toHaveLength(1);
    for (const start of ['Cup final: Castamar 2-1', 'Vens scores late', 'FULL-TIME', 'Castamar captain Ivo Sand', 'GOAL!', 'Vens turns sharply', 'Half-time']) {
      expect(idsOf(corpus, start)).toEqual(match);
    }
  });

  it('not a line dated on a time of its own, nor the credit line of its writers', () => {
    expect(idsOf(corpus, 'The Eastmoor stadium')).not.toEqual(match);
    expect(idsOf(corpus, 'Live reporting by')).toEqual([]);
  });
});

describe('a line naming the scored sides with a win word', () => {
  it('is that match, not another win of one of the sides that week', () => {
    const corpus = ingestStory({
      'a1_report.txt': report,
      'a2_semi.txt': {
        outlet: 'wire',
        publishedAt: '2027-05-19T21:30:00+00:00',
        lines: ['Castamar through to the final', '', 'LONDON, May 19 - Castamar beat Hillbrook 3-0 in the semi-final at Eastmoor on Wednesday.', ''],
      },
      'b1_live.txt': {
        outlet: 'sport-live',
        publishedAt: '2027-05-22T21:45:00+00:00',
        lines: [
          'Cup final: Castamar 2-1 Portvale - as it happened',
          'Castamar beat Portvale in the final at Eastmoor',
          '',
          'FULL-TIME: Castamar 2-1 Portvale',
          '',
          'Portvale beat Hillbrook 3-0 in the semi-final on Wednesday to reach the final.',
          '',
        ],
      },
    });
    expect(idsOf(corpus, 'Castamar beat Portvale in the final')).toEqual(idsOf(corpus, 'LONDON, May 22'));
    expect(idsOf(corpus, 'Portvale beat Hillbrook')).not.toEqual(idsOf(corpus, 'LONDON, May 22'));
  });
});

describe('scores that do not name one match of the story', () => {
  it('a round-up headline with two scores places nothing by score', () => {
    const corpus = ingestStory({
      'a1_report.txt': report,
      'c1_roundup.txt': {
        outlet: 'league-desk',
        publishedAt: '2027-05-22T22:00:00+00:00',
        lines: ['Round-up: Castamar 2-1 Portvale, Hillbrook 0-0 Eastmoor', '', 'A quiet afternoon in the lower divisions.', '', 'Fans queued for hours at the gates.', ''],
      },
    });
    expect(idsOf(corpus, 'Fans queued')).toEqual([]);
  });

  it('a score no win of the story matches places nothing', () => {
    const corpus = ingestStory({
      'a1_report.txt': report,
      'd1_other.txt': {
        outlet: 'sport-live',
        publishedAt: '2027-05-22T21:45:00+00:00',
        lines: ['Hillbrook 3-0 Eastmoor - as it happened', '', 'FULL-TIME: Hillbrook 3-0 Eastmoor', '', 'Fans queued for hours at the gates.', ''],
      },
    });
    expect(idsOf(corpus, 'Fans queued')).toEqual([]);
    expect(idsOf(corpus, 'FULL-TIME')).toEqual([]);
  });
});
