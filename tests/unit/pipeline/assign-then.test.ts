/**
 * "X then did Y" carries on the account of the line before it, across a paragraph break, as a pronoun does; "the
 * then harbour master" (a title of the time) and "Since then" (a later time) do not. A made-up page in our own words,
 * its publication day pinned (placement.ts).
 */
import { describe, expect, it } from 'vitest';
import { ingestOne, page, placementOf } from './placement';

describe('a subject with "then" and its verb', () => {
  const corpus = ingestOne(
    page(
      'Ferry sinks off Vell Island',
      'The ferry Arno sank off Vell Island on Tuesday after striking rocks in heavy fog.',
      'Coastguard boats then pulled 40 passengers from the water.',
      'Since then, tourism numbers have halved.',
      'The then harbour master, Ivo Lund, resigned in protest.',
    ),
  );
  const sinking = placementOf(corpus, 'The ferry Arno').ids;

  it('goes on with the account of the line before', () => {
    expect(sinking).toHaveLength(1);
    const rescue = placementOf(corpus, 'Coastguard boats then');
    expect(rescue.ids).toEqual(sinking);
    expect(rescue.why.join(' ')).toMatch(/opening “Coastguard boats”/);
  });

  it('not "Since then" nor "the then harbour master"', () => {
    expect(placementOf(corpus, 'Since then').ids).toEqual([]);
    expect(placementOf(corpus, 'The then harbour master').ids).toEqual([]);
  });
});
