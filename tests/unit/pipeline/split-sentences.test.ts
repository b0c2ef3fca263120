import { describe, expect, it } from 'vitest';
import { splitIntoSentences, splitSentences } from '../../../src/pipeline/stages/split-sentences';
import type { ArticleContext, Block } from '../../../src/pipeline/types';

const context: ArticleContext = { file: 'made-up.txt', articleId: 'a1', manifest: undefined };

describe('splitIntoSentences', () => {
  it('splits ordinary sentences', () => {
    expect(splitIntoSentences('Talks began on Monday. They ended on Tuesday! Was it a success? Officials said yes.')).toEqual([
      'Talks began on Monday.',
      'They ended on Tuesday!',
      'Was it a success?',
      'Officials said yes.',
    ]);
  });

  it('keeps a lone shouted word with the sentence it opens, and splits a longer exclamation', () => {
    expect(splitIntoSentences('GOAL! Bayport 1-0 Harbourside (Okafor 47)')).toEqual(['GOAL! Bayport 1-0 Harbourside (Okafor 47)']);
    expect(splitIntoSentences('Breaking! The strike is over.')).toEqual(['Breaking! The strike is over.']);
    expect(splitIntoSentences('What a goal! Bayport lead 1-0.')).toEqual(['What a goal!', 'Bayport lead 1-0.']);
    expect(splitIntoSentences('They scored twice! Bayport lead 2-0.')).toEqual(['They scored twice!', 'Bayport lead 2-0.']);
  });

  it.each([
    ['U.S.', 'U.S. Secretary of State Antony Blinken visited Seoul on Monday.'],
    ['Jan.', 'Trump will take office on Jan. 20, the ministry said.'],
    ['Dec.', 'In a phone call on Dec. 11, the two ministers reaffirmed ties.'],
    ['Sen.', 'Iwaya will meet Sen. Marco Rubio in Washington next week.'],
    ['Nov.', 'They last met in Lima on Nov. 15, 2024, at a regional summit.'],
    ['several', 'Earlier this week, U.S. Secretary of State Antony Blinken visited Seoul on Jan. 7, meeting acting President Choi.'],
  ])('does not split after %s', (_abbreviation, sentence) => {
    expect(splitIntoSentences(sentence)).toEqual([sentence]);
  });

  it.each([
    ['a country initial', 'S. Korea, Japan FMs hold talks in Seoul'],
    ['a middle initial', 'President John F. Kennedy visited Berlin in 1963.'],
  ])('does not split after %s', (_case, sentence) => {
    expect(splitIntoSentences(sentence)).toEqual([sentence]);
  });

  it('still splits after a closing capital initial when a sentence opens', () => {
    expect(splitIntoSentences('They chose Plan B. The vote was close.')).toEqual(['They chose Plan B.', 'The vote was close.']);
  });

  it('splits after "in the U.S." when the next sentence opens like a sentence', () => {
    expect(splitIntoSentences('The talks were held in the U.S. The ministers then flew home.')).toEqual([
      'The talks were held in the U.S.',
      'The ministers then flew home.',
    ]);
  });

  it('joins a bracketed caption credit to its sentence', () => {
    const caption = 'Cho Tae-yul, right, and Takeshi Iwaya shake hands in Lima, Peru, on Nov. 15, 2024. [MINISTRY OF FOREIGN AFFAIRS]';
    expect(splitIntoSentences(caption)).toEqual([caption]);
    const provided = 'Iwaya, left, visits Cho in Seoul on Jan. 13. (Provided by Japan’s Foreign Ministry)';
    expect(splitIntoSentences(provided)).toEqual([provided]);
  });

  it('returns the text of every sentence exactly as written, trimmed', () => {
    const text = '  “It is vital,” Iwaya said.  Cho agreed.  ';
    expect(splitIntoSentences(text)).toEqual(['“It is vital,” Iwaya said.', 'Cho agreed.']);
  });

  it('returns nothing for an empty or blank text', () => {
    expect(splitIntoSentences('')).toEqual([]);
    expect(splitIntoSentences('   ')).toEqual([]);
  });

  it('finishes a 300,000-character line with no punctuation, losing no characters', () => {
    const line = 'word '.repeat(60_000).trim();
    const sentences = splitIntoSentences(line);
    expect(sentences.join(' ').replace(/\s+/g, ' ')).toBe(line);
  });

  it('finishes 50,000 repetitions of "U.S. "', () => {
    const line = 'U.S. '.repeat(50_000);
    const sentences = splitIntoSentences(line);
    expect(sentences.join(' ').replace(/\s+/g, ' ')).toBe(line.trim());
  });

  it('splits long prose across its internal windows without losing or merging sentences', () => {
    const sentences = Array.from({ length: 400 }, (_, index) => `Sentence number ${index + 1} reports that the U.S. envoy met officials on Jan. ${(index % 28) + 1}.`);
    expect(splitIntoSentences(sentences.join(' '))).toEqual(sentences);
  });
});

describe('splitSentences', () => {
  it('numbers sentences across blocks and carries paragraph, kind and raw line', () => {
    const blocks: Block[] = [
      { line: 1, text: 'Ministers meet in Seoul', kind: 'headline' },
      { line: 4, text: 'Talks began on Monday. They ended on Tuesday.', kind: 'body' },
      { line: 6, text: 'By Jane Doe', kind: 'byline' },
    ];
    expect(splitSentences(context, blocks)).toEqual([
      { id: 'a1-s1', text: 'Ministers meet in Seoul', paragraph: 1, kind: 'headline', line: 1 },
      { id: 'a1-s2', text: 'Talks began on Monday.', paragraph: 2, kind: 'body', line: 4 },
      { id: 'a1-s3', text: 'They ended on Tuesday.', paragraph: 2, kind: 'body', line: 4 },
      { id: 'a1-s4', text: 'By Jane Doe', paragraph: 3, kind: 'byline', line: 6 },
    ]);
  });
});
