/**
 * A short line right after the lede that states a figure and nothing else of its own ("Turnout was 38%.", "Some 5,200
 * doctors joined.") is a figure of the lede's account, so two outlets' figures are compared; a line with a date or a
 * longer line of its own is not, and equal figures show no difference. Made-up articles, pinned publication times.
 */
import { describe, expect, it } from 'vitest';
import type { Difference } from '../../../src/lib/corpus/schema';
import { ingestStory } from '../ingest-story';

const lede = (votes: string) => `Hannah Moss won the Ashworth by-election on Friday with ${votes} votes.`;

function differencesOf(alpha: string[], beta: string[]): Difference[] {
  const corpus = ingestStory({
    'a.txt': { outlet: 'alpha', publishedAt: '2026-03-06T04:30:00+00:00', lines: alpha },
    'b.txt': { outlet: 'beta', publishedAt: '2026-03-06T09:00:00+00:00', lines: beta },
  });
  const shared = corpus.events.filter((event) => event.outlets.length === 2);
  expect(shared).toHaveLength(1);
  return shared[0]!.differences ?? [];
}

const mentions = (differences: Difference[], figure: string) => differences.some((difference) => difference.summary.includes(figure));

describe('figures in a short line after the lede', () => {
  it('compares the turnout two outlets give after the same lede', () => {
    const differences = differencesOf(['Greens win', lede('14,212'), 'Turnout was 38%.'], ['Moss wins', lede('14,212'), 'Turnout was 41%.']);
    expect(mentions(differences, '38%') && mentions(differences, '41%')).toBe(true);
  });

  it('compares a head count given as "In all, N doctors joined."', () => {
    const strike = 'Union leader Ana Reid led a strike by hospital medics in Leeds on Thursday.';
    const corpus = ingestStory({
      'a.txt': { outlet: 'alpha', publishedAt: '2026-03-06T09:00:00+00:00', lines: ['Doctors strike', strike, 'In all, 5,200 doctors joined.'] },
      'b.txt': { outlet: 'beta', publishedAt: '2026-03-06T10:00:00+00:00', lines: ['Doctors walk out', strike, 'In all, 4,800 doctors joined.'] },
    });
    const differences = corpus.events.find((event) => event.outlets.length === 2)?.differences ?? [];
    expect(mentions(differences, '5,200') && mentions(differences, '4,800')).toBe(true);
  });

  it('shows no difference where the outlets give the same figure', () => {
    const differences = differencesOf(['Greens win', lede('14,212'), 'Turnout was 38%.'], ['Moss wins', lede('14,212'), 'Turnout was 38%.']);
    expect(differences).toEqual([]);
  });

  it('leaves out a figure line with a date of its own (another time)', () => {
    const differences = differencesOf(['Greens win', lede('14,212'), 'Turnout was 38% in 2019.'], ['Moss wins', lede('14,212'), 'Turnout was 41%.']);
    expect(mentions(differences, '38%')).toBe(false);
  });

  it('leaves out a longer line of its own', () => {
    const differences = differencesOf(
      ['Greens win', lede('14,212'), 'Turnout in the seat has been falling for a decade and now stands near 38%.'],
      ['Moss wins', lede('14,212'), 'Turnout in the seat has been falling for a decade and now stands near 41%.'],
    );
    expect(mentions(differences, '38%')).toBe(false);
  });
});
