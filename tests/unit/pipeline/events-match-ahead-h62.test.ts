/**
 * One happening, one event (issue 13): a match told ahead ("Portvale will take on Castamar in the final on Saturday")
 * is the match another outlet reports won that day; a match told by its clocked moments is one match; an award beside a
 * match, a hazard named as a warning, and another person "also" doing the same are happenings of their own. Made-up
 * articles in our own words, publication days pinned, through the real ingest; each case has ones it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { eventIdsOf, ingestStory, together } from '../ingest-story';

const result = {
  outlet: 'alpha',
  publishedAt: '2027-05-16T08:00:00+00:00',
  lines: [
    'Castamar lift the cup',
    '',
    'LONDON, May 15 (Alpha Wire) - A 3-1 victory over Portvale on Saturday gave Castamar the Northern Cup, their first major trophy.',
    '',
  ],
};

const preview = (line: string) => ({
  outlet: 'beta',
  publishedAt: '2027-05-13T08:00:00+00:00',
  lines: ['Cup final preview', '', line, ''],
});

describe('a match told ahead is the match won that day', () => {
  it("a preview's 'X will take on Y in the final' on the day joins the other outlet's result naming both sides", () => {
    const corpus = ingestStory({
      'a1_result.txt': result,
      'b1_preview.txt': preview('Portvale will take on Castamar in the final at Eastgate Park on Saturday, with every seat sold.'),
    });
    expect(together(corpus, 'gave Castamar the Northern Cup', 'will take on Castamar')).toBe(true);
  });

  it('a preview of another pair of sides that day stays apart', () => {
    const corpus = ingestStory({
      'a1_result.txt': result,
      'b1_preview.txt': preview('Hillbrook will take on Westby in the plate final at Dunmore on Saturday, with every seat sold.'),
    });
    expect(together(corpus, 'gave Castamar the Northern Cup', 'will take on Westby')).toBe(false);
  });

  it('two sides named with no match word (a quiz night) are no match ahead', () => {
    const corpus = ingestStory({
      'a1_result.txt': result,
      'b1_preview.txt': preview('Portvale will take on Castamar at a charity quiz night in Eastgate on Saturday evening.'),
    });
    expect(together(corpus, 'gave Castamar the Northern Cup', 'charity quiz night')).toBe(false);
  });

  it('a preview dated another day than the result stays apart', () => {
    const corpus = ingestStory({
      'a1_result.txt': result,
      'b1_preview.txt': preview('Portvale will take on Castamar in the league match at Eastgate Park on Wednesday, with every seat sold.'),
    });
    expect(together(corpus, 'gave Castamar the Northern Cup', 'league match')).toBe(false);
  });
});

describe('a match told by its moments, with no win word', () => {
  const report = (lines: string[]) => ({
    outlet: 'gamma',
    publishedAt: '2027-05-13T08:00:00+00:00',
    lines: ['Late strike sends Westby through', '', ...lines.flatMap((line) => [line, ''])],
  });

  it("the match clock's moments of one article and day are one event", () => {
    const corpus = ingestStory({
      'c1_semi.txt': report([
        'Ida Brandt turned inside her marker and drove a shot into the roof of the net in the 88th minute on Wednesday night.',
        'Hillbrook had gone ahead in the fifth minute when Sara Quist curled in a free kick.',
        'Westby drew level twenty minutes later through a header from a corner.',
      ]),
    });
    expect(together(corpus, 'Ida Brandt turned', 'Sara Quist curled')).toBe(true);
    expect(together(corpus, 'Ida Brandt turned', 'Westby drew level')).toBe(true);
  });

  it('a round-up naming two pairs of sides keeps its clocked lines apart', () => {
    const corpus = ingestStory({
      'c1_roundup.txt': report([
        'Westby beat Hillbrook 2-1 and Doria beat Portvale 1-0 in the two semi-finals on Wednesday night.',
        'Ida Brandt turned inside her marker and drove a shot into the roof of the net in the 88th minute on Wednesday night.',
        'Lena Moss headed in from a corner in the fifth minute on Wednesday night.',
      ]),
    });
    expect(together(corpus, 'Ida Brandt turned', 'Lena Moss headed')).toBe(false);
  });

  it('plain lines counted in minutes but on no match clock stay apart', () => {
    const corpus = ingestStory({
      'c1_town.txt': report([
        'Firefighters reached the burning warehouse in Dunmore twenty minutes after the alarm on Wednesday night.',
        'A cyclist was hit by a van on the ring road about ten minutes later on Wednesday night.',
      ]),
    });
    expect(together(corpus, 'burning warehouse', 'cyclist was hit')).toBe(false);
  });
});

describe('an award told beside a match is the award, not a moment of the match', () => {
  const corpus = ingestStory({
    'd1_final.txt': {
      outlet: 'delta',
      publishedAt: '2027-05-16T08:00:00+00:00',
      lines: [
        'Castamar 2-1 Portvale: Castamar lift the cup',
        '',
        'Castamar beat Portvale 2-1 in the cup final on Saturday to win the trophy for the first time.',
        '',
        'Vens and Sand collect both of the individual prizes on the night',
        '',
        'A booking at half-time did not stop Ivo Sand from being named player of the tournament.',
        '',
        'Dario Vens headed the winner in the 81st minute.',
        '',
        'Portvale captain Ana Pope was sent off at half-time.',
        '',
      ],
    },
  });
  const match = eventIdsOf(corpus, 'Castamar beat Portvale 2-1');

  it('an award line recalling the match clock stays off the match, and so does a summary line of the prizes', () => {
    expect(match).toHaveLength(1);
    expect(eventIdsOf(corpus, 'named player of the tournament')).not.toEqual(match);
    expect(eventIdsOf(corpus, 'collect both of the individual prizes')).not.toEqual(match);
  });

  it("the match's own clocked moments stay on it", () => {
    expect(eventIdsOf(corpus, 'headed the winner')).toEqual(match);
    expect(eventIdsOf(corpus, 'was sent off at half-time')).toEqual(match);
  });
});

describe('a hazard named as a warning is the warning, not the hazard', () => {
  const quake = {
    outlet: 'alpha',
    publishedAt: '2027-09-07T08:00:00+00:00',
    lines: ['Strong quake hits Varnia coast', '', 'Old houses fell in the coastal towns of Varnia when an earthquake of magnitude 6.9 shook the region on Monday afternoon.', ''],
  };
  const other = (line: string) => ({ outlet: 'beta', publishedAt: '2027-09-07T09:00:00+00:00', lines: ['Coast on alert', '', line, ''] });

  it('"issued a tsunami warning" the same day is no second report of the quake', () => {
    const corpus = ingestStory({ 'a1_quake.txt': quake, 'b1_warning.txt': other('The national weather service issued a tsunami warning for the whole coast on Monday evening.') });
    expect(together(corpus, 'Old houses fell', 'issued a tsunami warning')).toBe(false);
  });

  it('a tsunami told as what happened that day still joins the quake', () => {
    const corpus = ingestStory({ 'a1_quake.txt': quake, 'b1_wave.txt': other('A tsunami swept over the harbour walls of Varnia on Monday evening.') });
    expect(together(corpus, 'Old houses fell', 'swept over the harbour walls')).toBe(true);
  });
});

describe('another person "also" doing it is their own happening, not the account before', () => {
  const corpus = ingestStory({
    'e1_night.txt': {
      outlet: 'epsilon',
      publishedAt: '2027-10-11T08:00:00+00:00',
      lines: [
        'Lenz concedes as count ends',
        '',
        'Marta Lenz, the Civic Union candidate, conceded on Sunday evening in front of supporters in Harrowgate.',
        'She thanked volunteers for their work.',
        'Lenz also apologised to older members of the party.',
        '',
        'Pavel Orlov, the other challenger, also conceded and promised his movement would be back at the next poll.',
        '',
      ],
    },
  });
  const account = eventIdsOf(corpus, 'Marta Lenz, the Civic Union candidate, conceded');

  it("a person the account does not name, 'also' conceding, stays off it", () => {
    expect(account).toHaveLength(1);
    expect(eventIdsOf(corpus, 'Pavel Orlov, the other challenger, also conceded')).not.toEqual(account);
  });

  it("the account's own person 'also' doing something goes on with it", () => {
    expect(eventIdsOf(corpus, 'She thanked volunteers')).toEqual(account);
    expect(eventIdsOf(corpus, 'Lenz also apologised')).toEqual(account);
  });
});
