/** A "person" the text speaks of as a thing ("its", ", which") is a body; one spoken of as he or she stays a person. */
import { describe, expect, it } from 'vitest';
import { ingestStory } from '../ingest-story';

const typesOf = (lines: string[]) => {
  const corpus = ingestStory({ 'a.txt': { outlet: 'gazette', publishedAt: '2026-07-21T09:00:00-04:00', lines } });
  return Object.fromEntries(corpus.entities.map((entity) => [entity.name, entity.type]));
};

describe('check person kinds', () => {
  it('makes a name the text calls "it" a body', () => {
    const types = typesOf([
      'Airline cancels more flights',
      'Halcyon Skyways cancelled 900 more flights on Sunday.',
      'Halcyon, which is based in Denver, said its crew system could not keep up.',
      'Halcyon cut its schedule again on Monday.',
    ]);
    // A body is named by the form the text uses most.
    expect(types).toMatchObject({ Halcyon: 'organization' });
    expect(Object.values(types)).not.toContain('person');
  });

  it('keeps a person who speaks of a body\'s "its"', () => {
    const types = typesOf([
      'Charger recall',
      'Lumio recalled its chargers on Tuesday.',
      'Ben Carter said the firm had checked its suppliers.',
      'Carter said the company would refund its customers.',
    ]);
    expect(types['Ben Carter']).toBe('person');
  });

  it('keeps a person whom the text calls he or she, even with a stray "its"', () => {
    const types = typesOf([
      'Coach quits',
      'Marisol Quenby resigned on Sunday after the club lost its final match.',
      'Quenby, who had led the side for six years, said her decision was final.',
      'Quenby thanked the players and said she would take a break.',
    ]);
    expect(types['Marisol Quenby']).toBe('person');
  });
});

