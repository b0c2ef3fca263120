/**
 * "X then did Y" across a paragraph break is no continuation by itself: the next step may be the account's or a
 * happening of its own ("Police then arrested his brother"), and a line on the wrong event is a falsehood where an
 * unplaced one is only unshown. "The then harbour master" (a title of the time) and "Since then" (a later time) carry
 * nothing either. A made-up page in our own words, its publication day pinned (placement.ts).
 */
import { describe, expect, it } from 'vitest';
import { ingestOne, page, placementOf } from './placement';

describe('a "then" line after a paragraph break', () => {
  const corpus = ingestOne(
    page(
      'Court frees Harlow',
      'The Court of Appeal freed Simon Harlow on Friday after quashing his conviction for fraud.',
      'Police then arrested his brother outside.',
      'The club sacked its coach, Leo Brandt, on Monday after a run of six defeats.',
      'The club then lost 3-0 at Doria.',
      'Since then, ticket sales have halved.',
      'The then chairman, Ivo Lund, resigned in protest.',
    ),
  );

  it('is not filed under the account before it', () => {
    const freed = placementOf(corpus, 'The Court of Appeal freed').ids;
    const sacked = placementOf(corpus, 'The club sacked').ids;
    expect(freed).toHaveLength(1);
    expect(sacked).toHaveLength(1);
    expect(placementOf(corpus, 'Police then arrested').ids).not.toContain(freed[0]);
    expect(placementOf(corpus, 'The club then lost').ids).not.toContain(sacked[0]);
  });

  it('nor "Since then" nor "the then chairman"', () => {
    expect(placementOf(corpus, 'Since then').ids).toEqual([]);
    expect(placementOf(corpus, 'The then chairman').ids).toEqual([]);
  });
});
