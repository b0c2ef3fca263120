/**
 * A hedge that chrono leaves outside the amount it reads ("little more than | a week after", "more than | two
 * weeks ago") still makes the amount approximate, as a hedge inside it does ("about two weeks ago"). Pinned date.
 */
import { describe, expect, it } from 'vitest';
import type { DateMention, Sentence } from '../../../src/lib/corpus/schema';
import { resolveDates } from '../../../src/pipeline/stages/resolve-dates/resolve-dates';

describe('a hedge chrono leaves out of a counted amount (published 2023-11-02)', () => {
  const resolve = (text: string): Array<[string, string | null]> => {
    const sentence: Sentence = { id: 't-s1', text, paragraph: 1, kind: 'body', line: 1 };
    return resolveDates({ articleId: 't', reference: { date: '2023-11-02', offset: '-04:00' }, publishedLabel: 'published 2023-11-02' }, [sentence]).map(
      (mention: DateMention) => [mention.text, mention.value],
    );
  };

  it('reads "little more than a week after" and "more than two weeks ago" as no day', () => {
    expect(resolve('The verdict came little more than a week after he took the stand.')).toEqual([['little more than a week after', null]]);
    expect(resolve('The talks collapsed more than two weeks ago.')).toEqual([['more than two weeks ago', null]]);
  });

  it('still reads the unhedged amounts, and a hedged count of years still names a year', () => {
    expect(resolve('The talks collapsed two weeks ago.')).toEqual([['two weeks ago', '2023-10-19']]);
    expect(resolve('The exchange opened more than three years ago.')).toEqual([['more than three years ago', '2020']]);
  });
});
