import { describe, expect, it } from 'vitest';
import { makeArticle } from '../make-article';
import type { Quote } from '../../../src/lib/corpus/schema';
import { attributeQuotes } from '../../../src/pipeline/stages/attribute-quotes';
import { extractEntities } from '../../../src/pipeline/stages/extract-entities/extract-entities';
import { defaultEntityKnowledge } from '../../../src/pipeline/knowledge/entity-knowledge';

/** More made-up attribution cases, as the compare view's "what X said, per outlet" relies on them. */
function quotesOf(texts: readonly string[]): Quote[] {
  const article = makeArticle('m', texts);
  return attributeQuotes({ entities: extractEntities({ knowledge: defaultEntityKnowledge }, [article]) }, article);
}

const pairs = (quotes: readonly Quote[]) => quotes.map((q) => [q.text, q.speakerName]);

describe('attributeQuotes: who said it', () => {
  it('attributes a curly quotation to the surname after it, in a second article sentence', () => {
    expect(
      pairs(
        quotesOf([
          'Foreign Minister Halvard Brenne met his counterpart Mei Ling-ho in Oslo on Tuesday.',
          '“We share the same sea and the same future,” Brenne said.',
          'Ling-ho said the partnership “has never been stronger.”',
        ]),
      ),
    ).toEqual([
      ['We share the same sea and the same future', 'Halvard Brenne'],
      ['has never been stronger.', 'Mei Ling-ho'],
    ]);
  });

  it('keeps two speakers in one sentence apart', () => {
    expect(
      pairs(
        quotesOf([
          'Foreign Minister Halvard Brenne and Foreign Minister Mei Ling-ho spoke to reporters.',
          '"The door is open," Brenne said, while Ling-ho said "talks will take time."',
        ]),
      ),
    ).toEqual([
      ['The door is open', 'Halvard Brenne'],
      ['talks will take time.', 'Mei Ling-ho'],
    ]);
  });

  it('names nobody for a quotation with no speech cue or only an unnamed source', () => {
    expect(
      pairs(
        quotesOf([
          'Foreign Minister Halvard Brenne called the accord a "milestone" in a statement.',
          '"It will pass," an official close to Brenne said.',
        ]),
      ),
    ).toEqual([
      ['milestone', null],
      ['It will pass', null],
    ]);
  });
});
