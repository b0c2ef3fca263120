/**
 * The event pair counts and their causes (tests/eval/score.ts): every missed pair has one cause, every false pair
 * one of two, so the held-out half can say why it fails without its text being read.
 */
import { describe, expect, it } from 'vitest';
import { countEventPairs, type EventItem } from '../../eval/score';

const item = (key: string, file: string, sentenceId: string | null): EventItem => ({ key, file, sentenceId });
const on = (entries: [string, string[]][]) => new Map(entries.map(([sentence, events]) => [sentence, new Set(events)]));

describe('countEventPairs', () => {
  it('counts a pair on one shared event as a true pair and nothing else', () => {
    const counts = countEventPairs([item('k', 'a', 's1'), item('k', 'b', 's2')], on([['s1', ['e1']], ['s2', ['e1']]]), new Map([['e1', '2025-01-13']]));
    expect(counts).toMatchObject({ eventPairsTp: 1, eventPairsFn: 0, eventPairsFp: 0, pairMissNoSentence: 0 });
  });

  it('names the cause of each missed pair', () => {
    const items = [
      item('k', 'a', 's1'), // on e1
      item('k', 'a', 's2'), // on e2, same article as s1
      item('k', 'b', 's3'), // on e3, same day as e1 and e2
      item('k', 'c', 's4'), // on e4, another day
      item('k', 'c', 's5'), // on nothing
    ];
    const counts = countEventPairs(
      items,
      on([['s1', ['e1']], ['s2', ['e2']], ['s3', ['e3']], ['s4', ['e4']]]),
      new Map([['e1', '2025-01-13'], ['e2', '2025-01-13'], ['e3', '2025-01-13'], ['e4', '2025-01-14']]),
    );
    // Ten pairs, none together: s1–s2 in one article; s1–s3, s2–s3 across on one day; s1–s4, s2–s4, s3–s4 across on
    // different days; s5 with each of the four others has one side unassigned.
    expect(counts).toMatchObject({
      eventPairsTp: 0,
      eventPairsFn: 10,
      pairMissSameArticle: 1,
      pairMissAcrossSameDay: 2,
      pairMissAcrossOtherDay: 3,
      pairMissOneUnassigned: 4,
      pairMissBothUnassigned: 0,
    });
  });

  it('counts a pair with neither sentence on an event as both unassigned', () => {
    const counts = countEventPairs([item('k', 'a', 's1'), item('k', 'b', 's2')], on([]), new Map());
    expect(counts).toMatchObject({ eventPairsFn: 1, pairMissBothUnassigned: 1, pairMissOneUnassigned: 0 });
  });

  it('counts a gold sentence that was not split out apart from the F1 pairs', () => {
    const counts = countEventPairs([item('k', 'a', 's1'), item('k', 'a', null), item('other', 'a', null)], on([['s1', ['e1']]]), new Map([['e1', '2025-01-13']]));
    expect(counts).toMatchObject({ pairMissNoSentence: 1, eventPairsFn: 0, eventPairsFp: 0, eventPairsTp: 0 });
  });

  it('splits false pairs into within one article and across articles, and leaves different happenings apart alone', () => {
    const counts = countEventPairs(
      [item('k', 'a', 's1'), item('m', 'a', 's2'), item('n', 'b', 's3'), item('p', 'b', 's4')],
      on([['s1', ['e1']], ['s2', ['e1']], ['s3', ['e1']], ['s4', ['e2']]]),
      new Map([['e1', '2025-01-13'], ['e2', '2025-01-13']]),
    );
    // s1–s2 within a; s1–s3 and s2–s3 across; s4 is on its own event: not a pair at all.
    expect(counts).toMatchObject({ eventPairsFp: 3, pairFalseSameArticle: 1, pairFalseAcross: 2, eventPairsFn: 0, eventPairsTp: 0 });
  });
});
