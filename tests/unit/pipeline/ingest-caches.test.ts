/**
 * The ingest's speed-ups read indexes, caches and quick pre-tests; each must give
 * exactly what the plain computation gives.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/pipeline/knowledge/event-triggers';
import { chronoReference, readChrono } from '../../../src/pipeline/stages/resolve-dates/find-chrono';
import { findNamedDays } from '../../../src/pipeline/stages/resolve-dates/find-named-days';
import { findYearParts } from '../../../src/pipeline/stages/resolve-dates/find-year-parts';

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

describe('readChrono by reference and text', () => {
  it('reads a sentence again the same way, and against another day anew', () => {
    const text = 'The ministers met on Monday and will meet again on Jan. 20.';
    const monday = chronoReference({ y: 2025, m: 1, d: 14 }, '+09:00');
    const first = readChrono(text, monday);
    first.pop();
    const again = readChrono(text, monday);
    expect(again.map((reading) => [reading.start, reading.end, reading.core])).toEqual([
      [text.indexOf('on Monday'), text.indexOf(' and'), 'Monday'],
      [text.indexOf('Jan. 20'), text.length - 1, 'Jan. 20'],
    ]);
    const later = readChrono(text, chronoReference({ y: 2025, m: 2, d: 4 }, '+09:00'));
    expect(later[0]!.result.start.get('day')).not.toBe(again[0]!.result.start.get('day'));
  });
});

describe('findYearParts with its quick tests for a season, a quarter or half, a decade', () => {
  it('still finds each in any case', () => {
    const text = 'In the SUMMER of 2023 and the first Half of 2024, as in the late 1980s, sales fell.';
    const found = findYearParts(text).map((candidate) => text.slice(candidate.start, candidate.end));
    expect(found).toEqual(['In the SUMMER of 2023', 'the first Half of 2024', 'in the late 1980s']);
  });

  it('finds nothing in a sentence with none of their words', () => {
    expect(findYearParts('The ministers met on Tuesday in Seoul.')).toEqual([]);
  });
});
