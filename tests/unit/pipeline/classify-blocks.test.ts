import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../src/pipeline/stages/classify-blocks';
import { splitLines } from '../../../src/pipeline/stages/split-lines';
import type { ArticleContext, Block } from '../../../src/pipeline/types';

const context: ArticleContext = { file: 'made-up.txt', articleId: 'made-up', manifest: undefined };
const classify = (lines: string[]) => classifyBlocks(context, splitLines(context, lines.join('\n')));
const kinds = (blocks: Block[]) => blocks.map((block) => block.kind);

const PROSE = 'President Maria Santos met her Indonesian counterpart in Manila on Tuesday, officials said.';
const PROSE_2 = 'The two leaders agreed to expand cooperation on fisheries and disaster relief this year.';

describe('classifyBlocks', () => {
  it('names the headline, dateline, byline, caption and body of a typical page', () => {
    const blocks = classify([
      'Manila and Jakarta pledge closer maritime cooperation',
      '09:15 SGT, March 4, 2025',
      'By Jane Doe',
      'President Maria Santos, left, and her guest, right, at the palace. (Photo by John Smith)',
      PROSE,
      PROSE_2,
      'Asia News Network/The Example Times',
    ]);
    expect(kinds(blocks)).toEqual(['headline', 'dateline', 'byline', 'caption', 'body', 'body', 'byline']);
  });

  it('keeps line numbers and the trimmed raw text (not the folded text)', () => {
    const [block] = classify(['  Ministers\u00a0meet in Seoul for first talks  ', PROSE]);
    expect(block).toEqual({ line: 1, text: 'Ministers\u00a0meet in Seoul for first talks', kind: 'headline' });
  });

  it('strips list markers from the headline', () => {
    const [block] = classify(['▼ Japan, South Korea Affirm Ties Amid Turmoil', PROSE]);
    expect(block?.text).toBe('Japan, South Korea Affirm Ties Amid Turmoil');
    expect(block?.kind).toBe('headline');
  });

  it('takes only the first headline-shaped line as the headline; later short lines before the body are captions', () => {
    const blocks = classify(['Ministers meet in Seoul for talks', 'Foreign Minister Takeshi Iwaya', 'A second title-like line here', PROSE]);
    expect(kinds(blocks)).toEqual(['headline', 'caption', 'caption', 'body']);
  });

  it('does not take a sentence-ending or too-short line as the headline', () => {
    expect(kinds(classify(['Seoul, Korea', PROSE]))).toEqual(['caption', 'body']);
    expect(kinds(classify(['Talks held in Seoul on Monday:', PROSE]))).toEqual(['caption', 'body']);
  });

  it('calls short lines after the body starts body, not headline', () => {
    expect(kinds(classify([PROSE, 'Trade talks continue', PROSE_2]))).toEqual(['body', 'body', 'body']);
  });

  it('recognises datelines in several shapes anywhere', () => {
    for (const dateline of ['12:40 JST, December 12, 2024', 'January 5, 2025', '3:15 p.m. KST, March 1, 2025', '2025-01-13 20:22 KST', '5 Jan 2025']) {
      expect(kinds(classify([PROSE, dateline])), dateline).toEqual(['body', 'dateline']);
    }
  });

  it('recognises bylines, written-by notes and credit lines as bylines', () => {
    for (const line of ['BY SEO JI-EUN [[email protected]]', 'By Jane Doe', '(This article was written by Narumi Ota and Shino Matsuyama.)', '— Reuters', 'Asia News Network/The Japan News']) {
      expect(kinds(classify([PROSE, line])), line).toEqual(['body', 'byline']);
    }
  });

  it('does not take a masthead tagline with a year for a credit line', () => {
    expect(kinds(classify([PROSE, "Japan's National Daily Since 1922"]))).toEqual(['body', 'body']);
    expect(kinds(classify([PROSE, 'Asia News Network/The Manila Times']))).toEqual(['body', 'byline']);
  });

  it('recognises captions by position words, bracketed credits and photo labels', () => {
    for (const caption of [
      'Korean Foreign Minister Cho Tae-yul, right, and Takeshi Iwaya shake hands in Lima. [MINISTRY OF FOREIGN AFFAIRS]',
      'Photo/Illustration Iwaya, left, visits Cho in Seoul. (Provided by Japan’s Foreign Ministry)',
      'Rescue workers search the rubble in Hualien on Thursday. (Photo by Lin Wei)',
    ]) {
      expect(kinds(classify([PROSE, caption, PROSE_2])), caption).toEqual(['body', 'caption', 'body']);
    }
  });

  it('returns nothing for no lines', () => {
    expect(classifyBlocks(context, [])).toEqual([]);
  });
});

describe('classifyBlocks on question headlines and bylines with a post', () => {
  it('takes a short question before anything else as the headline, and the line under it as a caption', () => {
    const blocks = classify(['Who runs the harbour board now?', 'Your questions about the new board, answered', PROSE, PROSE_2]);
    expect(kinds(blocks)).toEqual(['headline', 'caption', 'body', 'body']);
  });

  it('keeps a question inside the body, or after a headline, as body', () => {
    expect(kinds(classify(['Manila and Jakarta pledge closer maritime cooperation', 'What happens to the fishing fleet now?', PROSE]))).toEqual(['headline', 'caption', 'body']);
    expect(kinds(classify([PROSE, 'What happens to the fishing fleet now?', PROSE_2]))).toEqual(['body', 'body', 'body']);
  });

  it('reads "Name / Seoul Correspondent" as a byline, but not a headline with a slash', () => {
    expect(kinds(classify(['Ports reopen after storm', 'Ana Duarte / Lisbon Correspondent', PROSE]))).toEqual(['headline', 'byline', 'body']);
    expect(kinds(classify(['Ports / Harbours Reopen After the Storm', PROSE]))).toEqual(['headline', 'body']);
  });
});
