import { describe, expect, it } from 'vitest';
import { countAllMentions, countMentions } from '../../../src/features/entities/entity-counts';
import { index } from './entities-share-fixture';

describe('countAllMentions', () => {
  const filters = [[], ['gazette'], ['post'], ['times'], ['gazette', 'post'], ['gazette', 'times'], ['gazette', 'post', 'times'], ['no-such-outlet']];

  it('gives each entity the same count as countMentions, under every filter', () => {
    for (const hidden of filters) {
      const counts = countAllMentions(index, hidden);
      expect(counts.map((count) => count.entity.id)).toEqual(index.data.entities.map((entity) => entity.id));
      expect(counts).toEqual(index.data.entities.map((entity) => countMentions(index, entity, hidden)));
    }
  });

  it('counts shown outlets only, in corpus order, and the article with no outlet always', () => {
    const solberg = countAllMentions(index, ['post']).find((count) => count.entity.id === 'person-mira-solberg');
    // Gazette 2 + Times 1 + the outlet-less article 1; Valley Post's one mention is off.
    expect(solberg?.mentions).toBe(4);
    expect(solberg?.articles).toBe(3);
    expect(solberg?.byOutlet).toEqual([
      { outletId: 'gazette', mentions: 2 },
      { outletId: 'times', mentions: 1 },
    ]);
  });

  it('returns the same list for a filter seen before, and another for another filter', () => {
    const none = countAllMentions(index, []);
    const noTimes = countAllMentions(index, ['times']);
    expect(noTimes).not.toBe(none);
    // An outlet switched off and on again: both lists come back as they were.
    expect(countAllMentions(index, [])).toBe(none);
    expect(countAllMentions(index, ['times'])).toBe(noTimes);
    // A dozen other filters later the oldest are counted again, with the same result.
    for (let n = 0; n < 12; n++) countAllMentions(index, [`other-${n}`]);
    const again = countAllMentions(index, ['times']);
    expect(again).not.toBe(noTimes);
    expect(again).toEqual(noTimes);
  });
});
