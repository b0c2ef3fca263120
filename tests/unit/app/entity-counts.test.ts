import { describe, expect, it } from 'vitest';
import { countAllMentions, countMentions, nameRank } from '../../../src/features/entities/entity-counts';
import { index } from './entities-share-fixture';

const byId = (counts: ReturnType<typeof countAllMentions>) => new Map(counts.map((count) => [count.entity.id, count]));

describe('countAllMentions', () => {
  const filters = [[], ['gazette'], ['post'], ['times'], ['gazette', 'post'], ['times', 'gazette'], ['gazette', 'post', 'times'], ['no-such-outlet'], ['']];

  it('gives each entity the same count as countMentions, under every filter', () => {
    for (const hidden of filters) {
      const counts = countAllMentions(index, hidden);
      expect(counts.map((count) => count.entity.id)).toEqual(index.data.entities.map((entity) => entity.id));
      expect(counts.map((count) => ({ ...count }))).toEqual(index.data.entities.map((entity) => ({ ...countMentions(index, entity, hidden) })));
    }
  });

  it('counts shown outlets only, in corpus order, and the article with no outlet always', () => {
    const solberg = byId(countAllMentions(index, ['post']))?.get('person-mira-solberg');
    // Gazette 2 + Times 1 + the outlet-less article 1; Valley Post's one mention is off.
    expect(solberg?.mentions).toBe(4);
    expect(solberg?.articles).toBe(3);
    expect(solberg?.byOutlet).toEqual([
      { outletId: 'gazette', mentions: 2 },
      { outletId: 'times', mentions: 1 },
    ]);
    const all = byId(countAllMentions(index, []))?.get('person-mira-solberg');
    expect(all?.byOutlet.map((item) => item.outletId)).toEqual(['gazette', 'post', 'times']);
  });

  it('keeps the count object of every entity the hidden outlets do not mention, and returns the same list for the same filter', () => {
    const all = byId(countAllMentions(index, []));
    const noTimes = countAllMentions(index, ['times']);
    const changed = noTimes.filter((count) => count !== all.get(count.entity.id)).map((count) => count.entity.id);
    // River Times mentions Solberg and Norrhavn only.
    expect(changed.sort()).toEqual(['person-mira-solberg', 'place-norrhavn']);
    expect(countAllMentions(index, ['times'])).toBe(noTimes);
    // The order and repeats of the hidden ids do not make another filter.
    expect(countAllMentions(index, ['post', 'gazette', 'post'])).toBe(countAllMentions(index, ['gazette', 'post']));
    // Nothing that hides anything: the unfiltered list.
    expect(countAllMentions(index, ['no-such-outlet'])).toBe(countAllMentions(index, []));
  });
});

describe('nameRank', () => {
  it('orders the names as localeCompare does', () => {
    const rank = nameRank(index);
    const byRank = [...index.data.entities].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!).map((entity) => entity.name);
    expect(byRank).toEqual(index.data.entities.map((entity) => entity.name).sort((a, b) => a.localeCompare(b)));
    expect(byRank[0]).toBe('Harbour Council');
  });
});
