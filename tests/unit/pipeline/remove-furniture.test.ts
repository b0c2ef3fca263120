/**
 * Made-up pages from sites the seeds do not come from: the stage must decide by
 * line shape and position, so these exercise it on chrome it has never seen.
 */
import { describe, expect, it } from 'vitest';
import { isSitePrompt } from '../../../src/pipeline/line-shape';
import { removeFurniture } from '../../../src/pipeline/stages/remove-furniture';
import { splitLines } from '../../../src/pipeline/stages/split-lines';
import type { ArticleContext } from '../../../src/pipeline/types';

const context: ArticleContext = { file: 'made-up.txt', articleId: 'made-up', manifest: undefined };

function sift(lines: string[]) {
  const result = removeFurniture(context, splitLines(context, lines.join('\n')));
  const kept = result.kept.map((line) => line.text);
  const removed = new Map(result.removed.map((line) => [line.text, line]));
  return { result, kept, removed, total: lines.length };
}

const BODY = [
  'President Maria Santos met her Indonesian counterpart in Manila on Tuesday, and the two agreed to deepen trade and maritime ties.',
  'The leaders signed four agreements covering fisheries, energy and disaster relief, according to a statement released after the talks.',
  'Analysts said the meeting signalled a shift in regional diplomacy ahead of a summit scheduled for next month in Jakarta.',
];

const PAGE = [
  'News > World > Asia', // 1 breadcrumb
  'Search', // 2
  '', // 3
  'Manila and Jakarta pledge closer maritime cooperation', // 4 headline
  'Tags: politics', // 5
  'Share this article', // 6
  'By Jane Doe', // 7 byline
  'A fishing boat off the coast of Palawan on Monday. (Photo by John Smith)', // 8 caption
  BODY[0]!, // 9
  BODY[1]!, // 10
  'Comments (12)', // 11
  BODY[2]!, // 12
  '', // 13
  'MOST READ', // 14
  '-', // 15
  'Storm Leaves Thousands Without Power in Luzon', // 16
  '-', // 17
  'Central Bank Holds Rates Steady', // 18
  '•', // 19
  'Five Things to Know Before the Weekend', // 20
  'Log in to post a comment', // 21
  'Please sign in to join the conversation.', // 22
  'Subscribe to our newsletter', // 23
];

describe('removeFurniture on accessibility links', () => {
  it('removes "Skip to content" and "Skip to main content" as site controls', () => {
    const { removed, kept } = sift(['Skip to content', 'Skip to main content', 'Ministers meet in Lima', ...BODY]);
    expect(removed.get('Skip to content')?.kind).toBe('furniture');
    expect(removed.get('Skip to main content')?.kind).toBe('furniture');
    expect(kept[0]).toBe('Ministers meet in Lima');
  });

  it('keeps a story sentence that says "skip"', () => {
    const sentence = 'Several leaders will skip the summit in Jakarta to attend talks on the crisis in their own capitals, officials said.';
    expect(sift(['Leaders skip summit', sentence, ...BODY]).kept).toContain(sentence);
  });
});

describe('removeFurniture on a made-up page', () => {
  const { result, kept, removed, total } = sift(PAGE);

  it('keeps the headline, byline, caption and every body paragraph, in order', () => {
    expect(kept).toEqual([PAGE[3], 'By Jane Doe', PAGE[7], BODY[0], BODY[1], BODY[2]]);
  });

  it('removes a breadcrumb as navigation', () => {
    expect(removed.get('News > World > Asia')).toMatchObject({ kind: 'furniture', line: 1, reason: expect.stringMatching(/breadcrumb/) });
  });

  it('removes "Tags: politics" as a page label', () => {
    expect(removed.get('Tags: politics')).toMatchObject({ kind: 'furniture', reason: expect.stringMatching(/label/) });
  });

  it('removes "Share this article" and "Search" as site controls', () => {
    expect(removed.get('Share this article')?.kind).toBe('furniture');
    expect(removed.get('Search')?.kind).toBe('furniture');
  });

  it('removes a "Comments (12)" counter even between body paragraphs', () => {
    expect(removed.get('Comments (12)')).toMatchObject({ kind: 'furniture', line: 11, reason: expect.stringMatching(/counter/) });
  });

  it('removes a "MOST READ" list with its header, whether items are separated by "-" or "•"', () => {
    for (const text of ['MOST READ', '-', 'Storm Leaves Thousands Without Power in Luzon', 'Central Bank Holds Rates Steady', '•', 'Five Things to Know Before the Weekend']) {
      expect(removed.get(text)?.kind, text).toBe('link-list');
    }
  });

  it('removes login and newsletter prompts after the body', () => {
    for (const text of ['Log in to post a comment', 'Please sign in to join the conversation.', 'Subscribe to our newsletter']) {
      expect(removed.get(text)?.kind, text).toBe('furniture');
    }
  });

  it('records blank lines as blank', () => {
    expect(result.removed.filter((line) => line.kind === 'blank').map((line) => line.line)).toEqual([3, 13]);
  });

  it('accounts for every line exactly once, with a reason for every removal', () => {
    const numbers = [...result.kept.map((line) => line.line), ...result.removed.map((line) => line.line)].sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: total }, (_, index) => index + 1));
    expect(result.removed.every((line) => line.reason.length > 0)).toBe(true);
    expect(result.removed.map((line) => line.line)).toEqual([...result.removed.map((line) => line.line)].sort((a, b) => a - b));
  });
});

describe('removeFurniture keeps what only looks like chrome', () => {
  it('keeps a byline after the body', () => {
    const { kept } = sift([...BODY, 'By Jane Doe', 'Log in to comment']);
    expect(kept).toEqual([...BODY, 'By Jane Doe']);
  });

  it('keeps a "(Photo by …)" caption inside the body', () => {
    const caption = 'Rescue workers search the rubble in Hualien. (Photo by Lin Wei)';
    const { kept } = sift([BODY[0]!, caption, BODY[1]!]);
    expect(kept).toContain(caption);
  });

  it.each([
    ['high-ranking', 'A high-ranking official from the ministry attended the signing ceremony alongside the two leaders on Tuesday.'],
    ['print', 'The newspaper said it would print a correction in its weekend edition after readers complained about the error.'],
    ['comment', 'Hospital officials declined to comment on the condition of the patients, citing privacy rules for the injured.'],
    ['search', 'Coast guard crews resumed the search for the missing fishermen at dawn, officials said in a brief statement.'],
  ])('keeps a body sentence containing "%s" in the middle of the body', (_word, sentence) => {
    const { kept } = sift([BODY[0]!, sentence, BODY[1]!]);
    expect(kept).toEqual([BODY[0], sentence, BODY[1]]);
  });

  it.each([
    ['comment', 'The embassy did not respond to a request for comment on Wednesday.'],
    ['comments', 'His comments drew sharp criticism from opposition lawmakers in Seoul.'],
    ['print', 'The ministry will print the final text of the agreement later this week.'],
    ['search', 'The search for survivors was suspended overnight because of the strong winds.'],
  ])('keeps a closing body sentence containing "%s"', (_word, sentence) => {
    const { kept } = sift([...BODY, sentence, 'Log in to comment']);
    expect(kept).toEqual([...BODY, sentence]);
  });

  it.each(['Quake jolts Taiwan', 'Japan, Korea renew ties', 'Ceasefire talks stall in Cairo again'])(
    'keeps a short real headline: "%s"',
    (headline) => {
      const { kept } = sift(['Home', headline, ...BODY]);
      expect(kept).toEqual([headline, ...BODY]);
    },
  );

  it('keeps everything when no paragraph of prose is recognisable, leaving it to classification', () => {
    const { kept } = sift(['Quake jolts Taiwan', 'Hualien, Taiwan']);
    expect(kept).toEqual(['Quake jolts Taiwan', 'Hualien, Taiwan']);
  });
});

describe('isSitePrompt: site talking to the reader versus a story using the same word', () => {
  it.each([
    'To write comments, please log in to one of the accounts.',
    'Comments are closed for this article.',
    'Copyright 2025 Example Media. All rights reserved.',
    'Sign up to get the morning briefing delivered to your inbox.',
  ])('prompt: %s', (text) => expect(isSitePrompt(text)).toBe(true));

  it.each([
    'US officials declined to comment on the report on Thursday.',
    'His comments drew sharp criticism from opposition lawmakers.',
    'The ministry said it would not subscribe to the proposal without changes.',
    'Officials held a high-ranking meeting on the search and rescue plan.',
  ])('story: %s', (text) => expect(isSitePrompt(text)).toBe(false));

  it('removes "Comments are closed" after the last paragraph but keeps the paragraph before it', () => {
    const { kept } = sift([...BODY, 'Comments are closed for this article.']);
    expect(kept).toEqual(BODY);
  });
});
