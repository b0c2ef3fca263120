/**
 * The ingest's speed-ups read indexes, caches and quick pre-tests; each must give
 * exactly what the plain computation gives.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/pipeline/knowledge/event-triggers';
import { findNamedDays } from '../../../src/pipeline/stages/resolve-dates/find-named-days';

describe('findTriggers by sentence text', () => {
  it('gives each caller its own triggers: changing one answer changes no later one', () => {
    const text = 'The ministers met in Seoul and signed an accord.';
    const first = findTriggers(text);
    expect(first.map((trigger) => trigger.kind)).toEqual(['meeting', 'agreement', 'agreement']);
    first[0]!.start = 999;
    first.pop();
    const second = findTriggers(text);
    expect(second).toHaveLength(3);
    expect(second[0]!.start).toBe(text.indexOf('met'));
  });
});

describe('findNamedDays with its quick test for any name', () => {
  it('still finds every holiday and war, whatever their case in the text', () => {
    const text = 'Talks held on Boxing Day, at Halloween and until Valentine’s Day recalled WWII and THE VIETNAM WAR.';
    const found = findNamedDays(text).map((candidate) => text.slice(candidate.start, candidate.end));
    // In the lists' order (holidays, then wars); "on" and "until" stay with their day.
    expect(found).toEqual(['on Boxing Day', 'until Valentine’s Day', 'Halloween', 'WWII', 'THE VIETNAM WAR']);
  });

  it('finds nothing in a sentence that names none', () => {
    expect(findNamedDays('The ministers met on Tuesday in Seoul.')).toEqual([]);
  });
});
