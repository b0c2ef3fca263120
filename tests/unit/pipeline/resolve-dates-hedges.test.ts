/**
 * A hedge that chrono leaves outside the amount it reads ("little more than | a week after", "more than | two
 * weeks ago") still makes the amount approximate, as a hedge inside it does ("about two weeks ago"); and "the day
 * before yesterday" is two days back, not "the day". Pinned dates.
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

describe('two days from publication (published 2025-01-02)', () => {
  const resolve = (text: string): Array<[string, string | null]> => {
    const sentence: Sentence = { id: 't-s1', text, paragraph: 1, kind: 'body', line: 1 };
    return resolveDates({ articleId: 't', reference: { date: '2025-01-02', offset: '+09:00' }, publishedLabel: 'published 2025-01-02' }, [sentence]).map(
      (mention: DateMention) => [mention.text, mention.value],
    );
  };

  it('reads "the day before yesterday" and "the day after tomorrow" whole, across the year\u2019s turn', () => {
    expect(resolve('He returned home the day before yesterday.')).toEqual([['the day before yesterday', '2024-12-31']]);
    expect(resolve('The vote is the day after tomorrow.')).toEqual([['the day after tomorrow', '2025-01-04']]);
  });

  it('leaves "yesterday" and "tomorrow" alone one day away', () => {
    expect(resolve('He returned home yesterday.')).toEqual([['yesterday', '2025-01-01']]);
    expect(resolve('The vote is tomorrow.')).toEqual([['tomorrow', '2025-01-03']]);
  });
});
