import { describe, it, expect } from 'vitest';
import { makeArticle, type ArticleLine } from '../make-article';
import type { Quote } from '../../../src/lib/corpus/schema';
import { attributeQuotes, findQuotations } from '../../../src/pipeline/stages/attribute-quotes';
import { extractEntities } from '../../../src/pipeline/stages/extract-entities/extract-entities';
import { defaultEntityKnowledge } from '../../../src/pipeline/knowledge/entity-knowledge';

type Line = ArticleLine;


/** Quotes of one article, entities extracted from that article alone. */
function quotesOf(lines: readonly Line[]): Quote[] {
  const article = makeArticle('q', lines);
  const entities = extractEntities({ knowledge: defaultEntityKnowledge }, [article]);
  return attributeQuotes({ entities }, article);
}

const speakers = (quotes: readonly Quote[]) => quotes.map((q) => [q.text, q.speakerName]);

describe('findQuotations', () => {
  it('pairs straight and curly marks and excludes the marks', () => {
    const text = 'He said "one two" and “three four” then "five."';
    expect(findQuotations(text).map((s) => text.slice(s.start, s.end))).toEqual(['one two', 'three four', 'five.']);
  });

  it('reads a quotation cut by sentence splitting from an unmatched mark', () => {
    const opening = 'She said: "The first part is done.';
    const closing = 'The second part is not," she said.';
    expect(findQuotations(opening).map((s) => opening.slice(s.start, s.end))).toEqual(['The first part is done.']);
    expect(findQuotations(closing).map((s) => closing.slice(s.start, s.end))).toEqual(['The second part is not,']);
  });

  it('does not treat apostrophes as quotation marks', () => {
    expect(findQuotations('Iwaya’s visit and Japan’s stance.')).toEqual([]);
  });
});

describe('attributeQuotes', () => {
  it('attributes "…," X said and X said … "…"', () => {
    const quotes = quotesOf([
      'Foreign Minister Lena Okafor met Defense Minister Gen Nakatani on Monday.',
      '"The importance of the ties remains unchanged," Okafor said.',
      'Nakatani said that Japan will move forward "regardless of any circumstance," adding that its policy "will remain unwavering."',
      '“It is vital to show unity,” Okafor has also said.',
    ]);
    expect(speakers(quotes)).toEqual([
      ['The importance of the ties remains unchanged', 'Lena Okafor'],
      ['regardless of any circumstance', 'Gen Nakatani'],
      ['will remain unwavering.', 'Gen Nakatani'],
      ['It is vital to show unity', 'Lena Okafor'],
    ]);
    expect(quotes[0]?.speakerId).toBe('person-lena-okafor');
    expect(quotes[0]?.sentenceId).toBe('q-s2');
  });

  it('attributes "said X" with a title between, and "according to X"', () => {
    const quotes = quotesOf([
      '"We will respond firmly," said Defense Minister Gen Nakatani.',
      'According to Park Jin-woo, the accord is "historic."',
    ]);
    expect(speakers(quotes)).toEqual([
      ['We will respond firmly', 'Gen Nakatani'],
      ['historic.', 'Park Jin-woo'],
    ]);
  });

  it('takes the sentence subject when the cue is far from it', () => {
    const quotes = quotesOf([
      'Foreign Minister Park Jin-woo refrained from comment but said the two nations are "important neighbors."',
      '"I hope to build trust" through the talks with Kim Min-jae, Park said.',
      'Park called on Japan to tackle the issues "sincerely."',
    ]);
    expect(speakers(quotes)).toEqual([
      ['important neighbors.', 'Park Jin-woo'],
      ['I hope to build trust', 'Park Jin-woo'],
      ['sincerely.', 'Park Jin-woo'],
    ]);
  });

  it('keeps scare quotes but names no speaker without a speech cue', () => {
    const quotes = quotesOf(['President Donna Reyes pursued her "America First" doctrine and "shuttle diplomacy," with Kim Min-jae.']);
    expect(speakers(quotes)).toEqual([
      ['America First', null],
      ['shuttle diplomacy', null],
    ]);
  });

  it('leaves pronoun subjects and listeners unattributed', () => {
    const quotes = quotesOf([
      'Foreign Minister Park Jin-woo arrived in Tokyo.',
      '"Nothing has changed," he said.',
      'Asked about Park, she said: "We are ready."',
      '"Talks will resume," a spokesperson told Park.',
    ]);
    expect(speakers(quotes)).toEqual([
      ['Nothing has changed', null],
      ['We are ready.', null],
      ['Talks will resume', null],
    ]);
  });

  it('never takes a speaker named inside the quotation', () => {
    const quotes = quotesOf([
      'Foreign Minister Park Jin-woo met Kim Min-jae.',
      '"I told Kim that we agree," Park said.',
      'Park said, "Kim was right."',
    ]);
    expect(speakers(quotes)).toEqual([
      ['I told Kim that we agree', 'Park Jin-woo'],
      ['Kim was right.', 'Park Jin-woo'],
    ]);
  });

  it('skips byline and dateline sentences', () => {
    expect(quotesOf([['byline', 'By "Ace" Reporter'], ['dateline', 'SEOUL "today"']])).toEqual([]);
  });

  it('attributes the real seed quotations', () => {
    const quotes = quotesOf([
      'Japanese Foreign Minister Takeshi Iwaya and his South Korean counterpart Cho Tae Yul reaffirmed the importance of advancing bilateral relations in their meeting on Monday.',
      '"The importance of the bilateral ties remains unchanged under the current strategic environment," Iwaya said.',
      'Cho said that South Korea will move forward its relationship with Japan "regardless of any circumstance," adding that Seoul\'s basic diplomatic policy toward Tokyo "will remain unwavering in the future."',
      'Iwaya refrained from expressing his view on the current South Korean domestic situation but said that the two nations are "important neighbors that must continue to work together as partners in addressing various challenges in the international community."',
      'But concerns are growing over the future of the three-way partnership due to Trump\'s skepticism of multilateralism under his "America First" doctrine.',
      '"I hope to build a relationship of trust and align our understanding on the importance of Japan-U.S. and trilateral Japan-U.S.-Korea cooperation" through the envisaged talks with Rubio, Iwaya said.',
      'Cho called on Japan to tackle the issues "sincerely."',
      '“It is vital to show, both domestically and internationally, that Japan and South Korea will continue to work closely together,” Iwaya said.',
    ]);
    expect(quotes.map((q) => q.speakerName)).toEqual([
      'Takeshi Iwaya',
      'Cho Tae Yul',
      'Cho Tae Yul',
      'Takeshi Iwaya',
      null,
      'Takeshi Iwaya',
      'Cho Tae Yul',
      'Takeshi Iwaya',
    ]);
  });
});

describe('attributeQuotes on hostile input', () => {
  // Completes within the test timeout (no catastrophic backtracking); timing belongs to the benchmark.
  it('attributes thousands of quotations and cues in one sentence', () => {
    const text = 'Foreign Minister Park Jin-woo spoke. ' + '"Yes," Park said, and '.repeat(10_000);
    const article = makeArticle('h', [text, '"'.repeat(100_000), 'U.S. '.repeat(50_000) + '"end"']);
    const entities = extractEntities({ knowledge: defaultEntityKnowledge }, [article]);
    const quotes = attributeQuotes({ entities }, article);
    expect(quotes.filter((q) => q.speakerName === 'Park Jin-woo')).toHaveLength(10_000);
  }, 60_000);
});

describe('quotes given as what someone called a thing, or owned to', () => {
  it('names the speaker of "X called it …", "X admitted …", "X vowed …"', () => {
    expect(
      speakers(
        quotesOf([
          'Chief executive Dana Whitlock called it "the biggest change in a decade".',
          'Mayor Teodor Vass admitted the plan was "far from perfect".',
          'Ines Morrow, the head coach, vowed that her side would "come back stronger".',
        ]),
      ),
    ).toEqual([
      ['the biggest change in a decade', 'Dana Whitlock'],
      ['far from perfect', 'Teodor Vass'],
      ['come back stronger', 'Ines Morrow'],
    ]);
  });

  it('still names no one for a quotation without any cue', () => {
    expect(speakers(quotesOf(['Dana Whitlock unveiled the "Orbit 3" on Wednesday.']))).toEqual([['Orbit 3', null]]);
  });
});
