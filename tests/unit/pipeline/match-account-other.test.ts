/**
 * Review round 5, findings 1, 2 and 10: under a score headline, a line about another match, an earlier meeting of the
 * same sides, another club's news, the next fixture or the blog's sign-off is not the scored match; nor is another
 * tie's line dated that day by a match clock. Made-up pages in our own words, each pinning its publication day; the
 * lines of the match itself (the score, a scorer, a side's captain) still tell it.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { eventsOfSentence, ingestStory } from '../ingest-story';

function ids(corpus: Corpus, start: string): string[] {
  const sentence = corpus.articles.flatMap((article) => article.sentences).find((candidate) => candidate.text.startsWith(start));
  if (!sentence) throw new Error(`no sentence starts “${start}”`);
  return eventsOfSentence(corpus, sentence.id).map((event) => event.id);
}

describe('#1: a score headline carries only the lines of its own match', () => {
  const corpus = ingestStory({
    'a1_derby.txt': {
      outlet: 'sport-desk',
      publishedAt: '2027-03-14T22:00:00+00:00',
      lines: [
        'Derby report: Castamar 2-1 Eastmoor',
        '',
        'Castamar beat Eastmoor 2-1 on Sunday to go top of the league for the first time this year.',
        '',
        'GOAL! Castamar 2-1 Eastmoor (Dario Vens 81)',
        '',
        'Vens turns sharply in the box and shoots low past the keeper.',
        '',
        'Last season the cup tie ended Castamar 3-0 Eastmoor.',
        '',
        'Castamar 0-4 Eastmoor was the score when the sides first met.',
        '',
        'Hillbrook drew 1-1 with Westby at the same time.',
        '',
        'Meanwhile the league fined Portvale for crowd trouble.',
        '',
        'Doria’s owner is under investigation for tax fraud.',
        '',
        'Join us again for Portvale v Castamar.',
        '',
        'That is all from us.',
        '',
      ],
    },
  });
  const match = ids(corpus, 'Castamar beat Eastmoor 2-1');

  it('keeps the score line and the scorer’s entry on the match', () => {
    expect(match).toHaveLength(1);
    expect(ids(corpus, 'GOAL!')).toEqual(match);
    expect(ids(corpus, 'Vens turns sharply')).toEqual(match);
  });

  it('does not take an earlier meeting of the same sides, by its time or its other score', () => {
    expect(ids(corpus, 'Last season the cup tie')).not.toEqual(match);
    expect(ids(corpus, 'Castamar 0-4 Eastmoor')).not.toEqual(match);
  });

  it('does not take another match, another club’s news, the next fixture or the sign-off', () => {
    for (const start of ['Hillbrook drew', 'Meanwhile the league fined', 'Doria’s owner', 'Join us again', 'That is all from us']) {
      expect(ids(corpus, start)).not.toEqual(match);
    }
  });
});

describe('#1: right after a line of the match, a line naming nobody of it', () => {
  const corpus = ingestStory({
    'a1_blog.txt': {
      outlet: 'sport-live',
      publishedAt: '2027-03-14T22:00:00+00:00',
      lines: [
        'Castamar 2-1 Eastmoor - as it happened',
        '',
        'Castamar beat Eastmoor 2-1 on Sunday to go top of the league for the first time this year.',
        '',
        'FULL-TIME: Castamar 2-1 Eastmoor',
        '',
        'That is all from us tonight.',
        '',
        'GOAL! Castamar 2-1 Eastmoor (Dario Vens 81)',
        '',
        'Doria’s owner is under investigation for tax fraud.',
        '',
        'Half-time: Castamar 1-1 Eastmoor',
        '',
        'Cleared off the line!',
        '',
      ],
    },
  });
  const match = ids(corpus, 'Castamar beat Eastmoor 2-1');

  it('is the match when it is the next entry of play', () => {
    expect(ids(corpus, 'Half-time')).toEqual(match);
    expect(ids(corpus, 'Cleared off the line')).toEqual(match);
  });

  it('not the page speaking to its readers, nor another club named', () => {
    expect(ids(corpus, 'That is all from us')).not.toEqual(match);
    expect(ids(corpus, 'Doria’s owner')).not.toEqual(match);
  });
});

describe('#1: a rugby report’s other results, the next game and a coach’s prospects', () => {
  const corpus = ingestStory({
    'a1_rugby.txt': {
      outlet: 'alpha',
      publishedAt: '2027-03-13T22:00:00+00:00',
      lines: [
        'Wales 24-19 Scotland: Six Nations report',
        '',
        'Wales beat Scotland 24-19 in Cardiff on Saturday to stay in the title race.',
        '',
        'England lost to Italy for the first time.',
        '',
        'Tickets for that game sold out in minutes.',
        '',
        'Scotland boss Tom Reid faces the sack.',
        '',
        'Meanwhile the union fined Italy for a late kick-off.',
        '',
        'Wales fly-half Ivo Sand kicked 14 points.',
        '',
      ],
    },
    'b1_ireland.txt': {
      outlet: 'beta',
      publishedAt: '2027-03-13T22:00:00+00:00',
      lines: ['Ireland too strong for France', '', 'Ireland beat France 30-12 in Dublin on Saturday to keep their title hopes alive.', ''],
    },
  });
  const match = ids(corpus, 'Wales beat Scotland');

  it('keeps a line of a side’s player on the match', () => {
    expect(ids(corpus, 'Wales fly-half Ivo Sand')).toEqual(match);
  });

  it('not another pair’s result, the next game, a coach’s prospect or a fine on another side', () => {
    for (const start of ['England lost to Italy', 'Tickets for that game', 'Scotland boss Tom Reid', 'Meanwhile the union fined']) {
      expect(ids(corpus, start)).not.toEqual(match);
    }
  });
});

describe('#10: across outlets, another pair’s result goes to its own match', () => {
  it('“Ireland beat France” in a report of Wales–Scotland is the Ireland–France event another outlet dates', () => {
    const corpus = ingestStory({
      'a1_rugby.txt': {
        outlet: 'alpha',
        publishedAt: '2027-03-13T22:00:00+00:00',
        lines: ['Wales 24-19 Scotland: Six Nations report', '', 'Wales beat Scotland 24-19 in Cardiff on Saturday to stay in the title race.', '', 'Ireland beat France 30-12 in Dublin.', ''],
      },
      'b1_ireland.txt': {
        outlet: 'beta',
        publishedAt: '2027-03-13T22:00:00+00:00',
        lines: ['Ireland too strong for France', '', 'Ireland beat France 30-12 in Dublin on Saturday to keep their title hopes alive.', ''],
      },
    });
    expect(ids(corpus, 'Ireland beat France 30-12 in Dublin.')).not.toEqual(ids(corpus, 'Wales beat Scotland'));
    expect(ids(corpus, 'Ireland beat France 30-12 in Dublin.')).toEqual(ids(corpus, 'Ireland beat France 30-12 in Dublin on'));
  });
});

describe('#1: a win word naming both sides, told of another meeting', () => {
  it('“in the reverse fixture” or “since 1998” is not the match the headline scores; a line of this one still is', () => {
    const corpus = ingestStory({
      'a1_derby.txt': {
        outlet: 'sport-desk',
        publishedAt: '2027-03-14T22:00:00+00:00',
        lines: [
          'Castamar 2-1 Eastmoor: derby report',
          '',
          'Castamar beat Eastmoor 2-1 on Sunday to go top of the league.',
          '',
          'Eastmoor beat Castamar 3-1 in the reverse fixture.',
          '',
          'Castamar beat Eastmoor with two late goals.',
          '',
          'No side has won the derby three times in a row since 1998.',
          '',
        ],
      },
    });
    const match = ids(corpus, 'Castamar beat Eastmoor 2-1');
    expect(ids(corpus, 'Eastmoor beat Castamar 3-1')).not.toEqual(match);
    expect(ids(corpus, 'No side has won the derby')).not.toEqual(match);
    expect(ids(corpus, 'Castamar beat Eastmoor with two late goals')).toEqual(match);
  });
});

describe('#10: a round-up’s other game is not the lead match', () => {
  it('another pair’s win, named as the other game, stays off the headline’s match', () => {
    const corpus = ingestStory({
      'a1_cup.txt': {
        outlet: 'sport-desk',
        publishedAt: '2027-03-14T22:00:00+00:00',
        lines: [
          'Cup: Castamar 2-1 Eastmoor',
          '',
          'Castamar beat Eastmoor 2-1 on Sunday to reach the last four of the cup.',
          '',
          'In the other game, Portvale beat Hillbrook 3-0.',
          '',
        ],
      },
    });
    expect(ids(corpus, 'In the other game')).not.toEqual(ids(corpus, 'Castamar beat Eastmoor 2-1'));
  });
});

describe('#2: the match clock joins only a moment of this match', () => {
  const corpus = ingestStory({
    'a1_ties.txt': {
      outlet: 'wire',
      publishedAt: '2027-02-18T22:00:00+00:00',
      lines: [
        'Castamar through to the semi-finals',
        '',
        'LONDON, Feb 18 - Castamar beat Eastmoor 2-1 on Thursday to reach the semi-finals of the cup.',
        '',
        'In the other tie, Portvale knocked out Doria on penalties.',
        '',
        'Doria coach Ana Pope was sent off at half-time on Thursday for arguing with the referee.',
        '',
        'Castamar captain Ivo Sand was booked at half-time on Thursday for dissent.',
        '',
      ],
    },
  });
  const match = ids(corpus, 'LONDON, Feb 18');

  it('not another club’s coach sent off that day in a report of two ties', () => {
    expect(ids(corpus, 'Doria coach Ana Pope')).not.toEqual(expect.arrayContaining(match));
  });

  it('a line naming a side of the match still joins it', () => {
    expect(ids(corpus, 'Castamar captain Ivo Sand')).toEqual(expect.arrayContaining(match));
  });

  it('a match of another day named in passing leaves the clock to this match', () => {
    const recalled = ingestStory({
      'a1_final.txt': {
        outlet: 'wire',
        publishedAt: '2027-02-18T22:00:00+00:00',
        lines: [
          'Castamar win the cup',
          '',
          'LONDON, Feb 18 - Castamar beat Eastmoor 2-1 in the cup final on Thursday.',
          '',
          'Portvale beat Doria in the 2019 final.',
          '',
          'Hillbrook knocked out Westby on Sunday.',
          '',
          'Ana Pope was sent off at half-time on Thursday for arguing with the referee.',
          '',
        ],
      },
    });
    expect(ids(recalled, 'Ana Pope was sent off')).toEqual(expect.arrayContaining(ids(recalled, 'LONDON, Feb 18')));
  });
});

describe('a race of several: each rival the winner beat is the one win', () => {
  it('“Ruiz beat Dan Webb” after “Ana Ruiz beat Tom Hale” stays on her win, with no score to tell matches apart', () => {
    const corpus = ingestStory({
      'a1_vote.txt': {
        outlet: 'alpha',
        publishedAt: '2027-03-14T22:00:00+00:00',
        lines: [
          'Ruiz wins Morrow mayoral race',
          '',
          'Ana Ruiz beat Tom Hale in the Morrow mayoral election on Sunday, taking 52% of the vote.',
          '',
          'Ruiz beat Dan Webb, the third candidate, by 30 points.',
          '',
        ],
      },
    });
    expect(ids(corpus, 'Ruiz beat Dan Webb')).toEqual(ids(corpus, 'Ana Ruiz beat Tom Hale'));
    expect(ids(corpus, 'Ana Ruiz beat Tom Hale')).toHaveLength(1);
  });
});

describe('a live blog’s entries of play still tell the match', () => {
  it('a substitution, a save, a sigh at the whistle and the kick-off, each right after a line of the match', () => {
    const corpus = ingestStory({
      'a1_report.txt': {
        outlet: 'wire',
        publishedAt: '2027-05-22T21:30:00+00:00',
        lines: ['Castamar edge Portvale in five-goal thriller', '', 'LONDON, May 22 - Castamar beat Portvale 3-2 at Eastmoor on Saturday.', ''],
      },
      'b1_live.txt': {
        outlet: 'sport-live',
        publishedAt: '2027-05-22T21:45:00+00:00',
        lines: [
          'Castamar 3-2 Portvale - as it happened',
          '',
          'FULL-TIME: Castamar 3-2 Portvale',
          '',
          'What a finish to the season.',
          '',
          'GOAL! Castamar 3-2 Portvale (Ivo Sand 90)',
          '',
          'Ole Brandt comes on in place of the tiring Dario Vens.',
          '',
          'Castamar 2-2 Portvale',
          '',
          'The keeper could only parry it into the path of Lind.',
          '',
          'Kick-off',
          '',
          'The referee blows his whistle and we are under way.',
          '',
        ],
      },
    });
    const match = ids(corpus, 'LONDON, May 22');
    for (const start of ['What a finish', 'Ole Brandt comes on', 'The keeper could only parry', 'The referee blows']) expect(ids(corpus, start)).toEqual(match);
  });
});
