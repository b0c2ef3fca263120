import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../make-article';
import type { Article, TimelineEvent } from '../../../src/lib/corpus/schema';
import { alignWording } from '../../../src/pipeline/stages/align-wording';
import { isPhrase, tilePhrases } from '../../../src/pipeline/text/phrase-tiling';
import { wordTokens } from '../../../src/pipeline/compare-text';

/** An article with only what the alignment reads. */
const article = (id: string, outletId: string, texts: string[]) => makeArticle(id, texts, { outletId });

function event(id: string, sentenceIds: string[]): TimelineEvent {
  return {
    id,
    title: id,
    start: '2031-05-04',
    precision: 'day',
    evidence: sentenceIds.map((sentenceId) => ({ articleId: sentenceId.split('-')[0]!, sentenceId, dateId: null })),
    outlets: [],
    main: true,
  };
}

const ORDER = ['harbour-gazette', 'valley-post', 'river-times'];

/** The wording of one sentence as "[shared]^n" and "{unique}" marks, for readable assertions. */
function marked(events: TimelineEvent[], eventId: string, sentenceId: string, articles: Article[]): string {
  const text = articles.flatMap((a) => a.sentences).find((s) => s.id === sentenceId)!.text;
  const spans = events.find((e) => e.id === eventId)!.wording!.find((w) => w.sentenceId === sentenceId)!.spans;
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start);
    const slice = text.slice(span.start, span.end);
    out += span.sharedWith.length > 0 ? `[${slice}]^${span.sharedWith.join('+')}` : `{${slice}}`;
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

describe('tilePhrases', () => {
  it('finds common phrases in any order, longest first, each word used once', () => {
    const a = wordTokens('Ministers reaffirmed the importance of ties and praised joint patrols with Norway.');
    const b = wordTokens('They praised joint patrols with Norway and reaffirmed the importance of ties.');
    const tiles = tilePhrases(a, b).map((t) => a.slice(t.a, t.a + t.length).map((x) => x.norm).join(' '));
    expect(tiles).toEqual(['reaffirmed the importance of ties', 'praised joint patrols with norway']);
  });

  it('ignores matches of function words only and a lone content word', () => {
    const a = wordTokens('It was one of the days in the spring of Lisbon.');
    const b = wordTokens('Of the many talks in the capital, Lisbon was quiet.');
    expect(tilePhrases(a, b)).toEqual([]);
    expect(isPhrase(wordTokens('of the'), 0, 2)).toBe(false);
    expect(isPhrase(wordTokens('the harbour of'), 0, 3)).toBe(true);
    expect(isPhrase(wordTokens('harbour accord'), 0, 2)).toBe(true);
  });

  it('matches across case, accents, curly apostrophes and hyphens', () => {
    const a = wordTokens('Minister Zoë Park-Lund’s visit');
    const b = wordTokens("minister ZOE PARK LUND's visit");
    expect(tilePhrases(a, b)).toEqual([{ a: 0, b: 0, length: 6 }]);
  });
});

/** The plain tiling: every cell of every round, row by row (what tilePhrases must agree with, ties included). */
function referenceTiles(a: string[], b: string[], content: (word: string) => boolean) {
  const used = { a: a.map(() => false), b: b.map(() => false) };
  const tiles: { a: number; b: number; length: number }[] = [];
  for (;;) {
    let best: { a: number; b: number; length: number } | null = null;
    let previous = new Array<number>(b.length + 1).fill(0);
    for (let i = 0; i < a.length; i += 1) {
      const current = new Array<number>(b.length + 1).fill(0);
      for (let j = 0; j < b.length; j += 1) {
        if (used.a[i] || used.b[j] || a[i] !== b[j]) continue;
        const length = previous[j]! + 1;
        current[j + 1] = length;
        const words = a.slice(i - length + 1, i + 1);
        const count = words.filter(content).length;
        if ((!best || length > best.length) && (count >= 2 || (count >= 1 && length >= 3))) best = { a: i - length + 1, b: j - length + 1, length };
      }
      previous = current;
    }
    if (!best) return tiles.sort((x, y) => x.a - y.a || x.b - y.b);
    for (let k = 0; k < best.length; k += 1) {
      used.a[best.a + k] = true;
      used.b[best.b + k] = true;
    }
    tiles.push(best);
  }
}

describe('tilePhrases against the plain tiling', () => {
  it('finds the same tiles, in the same places, on random texts', () => {
    const word = fc.constantFrom('the', 'of', 'and', 'talks', 'harbour', 'accord', 'north', 'signed');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 24 }), fc.array(word, { maxLength: 24 }), (a, b) => {
        const tokensA = wordTokens(a.join(' '));
        const tokensB = wordTokens(b.join(' '));
        const isContent = (norm: string) => tokensA.concat(tokensB).find((token) => token.norm === norm)!.content;
        expect(tilePhrases(tokensA, tokensB)).toEqual(referenceTiles(a, b, isContent));
      }),
    );
  });
});

describe('alignWording', () => {
  const articles = [
    article('100', 'harbour-gazette', [
      'Premier Ana Lindqvist and her counterpart Tomas Varga reaffirmed the importance of joint fisheries patrols on Tuesday.',
      'The weather was mild.',
    ]),
    article('200', 'valley-post', [
      'On Tuesday Tomas Varga and Premier Ana Lindqvist reaffirmed the importance of cross-border rail links.',
    ]),
    article('300', 'river-times', ['The two leaders agreed on joint fisheries patrols, a senior aide said.']),
    article('400', 'harbour-gazette', ['Premier Ana Lindqvist reaffirmed the importance of joint fisheries patrols.']),
  ];

  it('marks phrases shared with other outlets and what only one outlet says', () => {
    const events = alignWording({ outletOrder: ORDER }, { events: [event('ev-summit', ['100-s1', '200-s1', '300-s1'])], articles });
    expect(marked(events, 'ev-summit', '100-s1', articles)).toBe(
      '[Premier Ana Lindqvist]^valley-post and her {counterpart} [Tomas Varga reaffirmed the importance of]^valley-post [joint fisheries patrols]^river-times on {Tuesday}.',
    );
    expect(marked(events, 'ev-summit', '200-s1', articles)).toBe(
      'On {Tuesday} [Tomas Varga]^harbour-gazette and [Premier Ana Lindqvist reaffirmed the importance of]^harbour-gazette {cross-border rail links}.',
    );
    expect(marked(events, 'ev-summit', '300-s1', articles)).toBe(
      'The {two leaders agreed} on [joint fisheries patrols]^harbour-gazette, a {senior aide said}.',
    );
  });

  it('spans index the sentence text and never mark function words alone', () => {
    const events = alignWording({ outletOrder: ORDER }, { events: [event('ev-summit', ['100-s1', '200-s1', '300-s1'])], articles });
    for (const { sentenceId, spans } of events[0]!.wording!) {
      const text = articles.flatMap((a) => a.sentences).find((s) => s.id === sentenceId)!.text;
      let previousEnd = 0;
      for (const span of spans) {
        expect(span.start).toBeGreaterThanOrEqual(previousEnd);
        expect(span.end).toBeGreaterThan(span.start);
        expect(wordTokens(text.slice(span.start, span.end)).some((t) => t.content)).toBe(true);
        previousEnd = span.end;
      }
    }
  });

  it('lists every outlet sharing a phrase, in corpus outlet order', () => {
    const three = [
      article('a', 'river-times', ['Talks on the northern canal resumed.']),
      article('b', 'harbour-gazette', ['Officials said talks on the northern canal resumed.']),
      article('c', 'valley-post', ['Talks on the northern canal resumed after a year.']),
    ];
    const events = alignWording({ outletOrder: ORDER }, { events: [event('ev-canal', ['a-s1', 'b-s1', 'c-s1'])], articles: three });
    expect(events[0]!.wording![0]!.spans).toEqual([{ start: 0, end: 35, sharedWith: ['harbour-gazette', 'valley-post'] }]);
  });

  it('does not count two articles of one outlet as shared wording', () => {
    const events = alignWording({ outletOrder: ORDER }, { events: [event('ev-summit', ['100-s1', '400-s1', '300-s1'])], articles });
    // 400-s1 repeats 100-s1 almost word for word, but both are the Harbour Gazette.
    expect(marked(events, 'ev-summit', '400-s1', articles)).toBe('{Premier Ana Lindqvist reaffirmed the importance} of [joint fisheries patrols]^river-times.');
  });

  it('marks nothing as shared when outlets share only function words', () => {
    const plain = [
      article('a', 'river-times', ['It was in the north of the city.']),
      article('b', 'valley-post', ['Dancers filled it with the colour of the spring.']),
    ];
    const events = alignWording({ outletOrder: ORDER }, { events: [event('ev-x', ['a-s1', 'b-s1'])], articles: plain });
    const spans = events[0]!.wording!.flatMap((w) => w.spans);
    expect(spans.filter((s) => s.sharedWith.length > 0)).toEqual([]);
    expect(spans.length).toBeGreaterThan(0);
  });

  it('gives single-outlet events no wording and drops stale wording', () => {
    const stale = { ...event('ev-one', ['100-s1', '400-s1']), wording: [{ sentenceId: '100-s1', spans: [{ start: 0, end: 3, sharedWith: ['x'] }] }] };
    const [result] = alignWording({ outletOrder: ORDER }, { events: [stale], articles });
    expect(result!.wording).toBeUndefined();
    expect(result!.evidence).toEqual(stale.evidence);
  });

  it('marks sentences with the same words but other typography at their own offsets', () => {
    const copies = [
      article('a', 'river-times', ['Talks on the northern canal resumed.']),
      article('b', 'harbour-gazette', ['TALKS ON THE NORTHERN-CANAL RESUMED']),
      article('c', 'valley-post', ['“Talks on the northern canal resumed,” he said.']),
    ];
    const events = alignWording({ outletOrder: ORDER }, { events: [event('ev-canal', ['a-s1', 'b-s1', 'c-s1'])], articles: copies });
    expect(marked(events, 'ev-canal', 'b-s1', copies)).toBe('[TALKS ON THE NORTHERN-CANAL RESUMED]^valley-post+river-times');
    expect(marked(events, 'ev-canal', 'c-s1', copies)).toBe('“[Talks on the northern canal resumed]^harbour-gazette+river-times,” he {said}.');
  });

  it('lists every other outlet sharing a phrase when there are more than 32, never the sentence’s own', () => {
    const many = Array.from({ length: 40 }, (_, n) => `outlet-${String(n).padStart(2, '0')}`);
    const reports = many.map((outletId, n) => article(`x${n}`, outletId, [`Talks on the northern canal resumed after ${n + 2} years.`]));
    const events = alignWording({ outletOrder: many }, { events: [event('ev-canal', reports.map((_, n) => `x${n}-s1`))], articles: reports });
    const spans = events[0]!.wording!.find((w) => w.sentenceId === 'x7-s1')!.spans;
    expect(spans[0]!.sharedWith).toEqual(many.filter((id) => id !== 'outlet-07'));
  });

  it('is deterministic', () => {
    const input = { events: [event('ev-summit', ['300-s1', '200-s1', '100-s1'])], articles };
    expect(JSON.stringify(alignWording({ outletOrder: ORDER }, input))).toBe(JSON.stringify(alignWording({ outletOrder: ORDER }, input)));
  });
});
