/**
 * Review 7 (events and titles): a type, model, virus or age-grade code names a kind, not one thing, so it joins no two
 * outlets' happenings of a day; a "who" clause's background act is not the dated act; and a noun's clause with no
 * "that" titles the act its date stands in, not the clause's own. Made-up articles, pinned publication days.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/corpus/schema';
import { ingestStory, together } from '../ingest-story';

const DAY = '2027-05-04T12:00:00+00:00'; // a Tuesday: "on Monday" is 3 May.

function twoOutlets(first: string, second: string) {
  return ingestStory({
    'a1_one.txt': { outlet: 'alpha', publishedAt: DAY, lines: ['News in brief', '', first, ''] },
    'b1_two.txt': { outlet: 'beta', publishedAt: DAY, lines: ['Around the world today', '', second, ''] },
  });
}

describe('a code naming a kind joins no two happenings', () => {
  it.each([
    ['A Covid-19 outbreak closed a primary school in Kelby on Monday.', 'A Covid-19 outbreak shut a care home in Dunmore on Monday.'],
    ['CO2 readings rose above the limit in Kelby on Monday.', 'CO2 levels fell below the limit in Dunmore on Monday.'],
    ['An F-16 crashed during a training flight in Arizona on Monday.', 'An F-16 was scrambled to intercept a light aircraft near Washington on Monday.'],
    ['A COVID-19 outbreak closed a primary school in Hull on Monday.', 'A COVID-19 outbreak shut a care home in Leeds on Monday.'],
    ['An A320 skidded off a wet runway in Manila on Monday.', 'An A320 returned to Sydney after a bird strike on Monday.'],
    ['The U17 side lost 2-0 to Spain on Monday.', 'The U17 squad was announced on Monday.'],
  ])('keeps "%s" and "%s" apart', (first, second) => {
    const corpus = twoOutlets(first, second);
    expect(together(corpus, first.slice(0, 30), second.slice(0, 30))).toBe(false);
  });

  it('still joins one flight named by its airline letters and number', () => {
    const corpus = twoOutlets('Flight QZ8501 crashed into the sea off Borneo on Monday.', 'Flight QZ8501 went off the radar over the Java Sea on Monday.');
    expect(together(corpus, 'crashed into the sea', 'went off the radar')).toBe(true);
  });

  it('still joins one named craft', () => {
    const corpus = twoOutlets('The Luna-25 probe crashed into the Moon on Monday.', 'Luna-25 slammed into the lunar surface on Monday.');
    expect(together(corpus, 'crashed into the Moon', 'slammed into the lunar surface')).toBe(true);
  });
});

function titlesOf(publishedAt: string, lines: string[]): string[] {
  const corpus = ingestStory({ 'p1_desk.txt': { outlet: 'desk', publishedAt, lines: ['Local news roundup', '', ...lines.flatMap((line) => [line, ''])] } });
  return corpus.events.map((event: TimelineEvent) => event.title);
}

describe('a "who" clause is background, not the dated act', () => {
  it('titles the arrest, not the march its man had organised', () => {
    const titles = titlesOf('2027-05-10T09:00:00+00:00', ['Police arrested Sam Dunne, who had organised the march, on Saturday, saying he had blocked a road.']);
    expect(titles.filter((title) => /organised the march/.test(title))).toEqual([]);
    expect(titles).toContain('Police arrested Sam Dunne');
  });

  it('titles a subject with a "who" aside by its own verb', () => {
    const titles = titlesOf('2027-05-10T09:00:00+00:00', ['Sam Dunne, who had organised the march, was arrested on Saturday.']);
    expect(titles.filter((title) => /organised the march/.test(title))).toEqual([]);
  });

  it('titles the striking off, not the patients the doctor had treated', () => {
    const titles = titlesOf('2027-05-10T09:00:00+00:00', ['A tribunal struck off Dr Paul Senn, who had treated 300 patients, on Friday.']);
    expect(titles.filter((title) => /treated 300 patients/.test(title))).toEqual([]);
    expect(titles).toContain('A tribunal struck off Dr Paul Senn');
  });

  it('still titles a "who" clause that holds its own date by its name', () => {
    const titles = titlesOf('2026-07-15T09:00:00+00:00', ['Nico Alvar scored after the break from a pass by Tomas Reyes, who had turned 19 the day before.']);
    expect(titles).toContain('Tomas Reyes turned 19');
  });
});

describe('a noun and its clause with no "that" title only the clause its date stands in', () => {
  it('does not title pay rising on Monday as the unions signing the deal', () => {
    const titles = titlesOf('2027-05-01T09:00:00+00:00', ['Under the deal the unions signed, pay rises 4 per cent from Monday.']);
    expect(titles.filter((title) => /signed/i.test(title))).toEqual([]);
  });

  it('still titles the clause when its date stands in it ("the rules the ministry announced in April")', () => {
    const titles = titlesOf('2026-07-23T09:00:00+00:00', ['Under the rules the ministry announced in April, airlines must refund passengers in cash.']);
    expect(titles).toContain('Ministry announced rules');
  });
});
