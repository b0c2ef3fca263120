/**
 * What the fifth review found the newest rules stating falsely on unseen pages, each pinned to its publication time,
 * with the case the rule was made for kept working. Made-up articles, in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { ingestPage } from '../ingest-page';
import { ingestStory } from '../ingest-story';

const H = 'Regional news roundup for the week';
const THURSDAY = '2027-02-18T09:00:00+00:00';

function storyOf(publishedAt: string, lines: string[]): Corpus {
  return ingestStory({ 'p1_probe.txt': { outlet: 'probe-desk', publishedAt, lines: lines.flatMap((line) => [line, '']) } });
}
const eventsOf = (publishedAt: string, lines: string[]) => storyOf(publishedAt, lines).events.map((event) => `${event.start} ${event.title}`);

describe('a person and their own spokesman are no meeting pair (review 5 #4)', () => {
  it('does not title a spokesman\'s word on talks as a meeting with his principal', () => {
    for (const line of [
      'Ruiz spokesman Tom Hale said on Wednesday the talks had failed.',
      'Mercer spokesman Dan Webb said on Wednesday talks would continue.',
      'Talks with the union broke down on Wednesday, Tom Hale, a lawyer for Ruiz, said.',
    ]) {
      const events = eventsOf(THURSDAY, [H, 'Ana Ruiz and Joe Mercer are rivals for the party leadership.', line]);
      expect(events.filter((event) => /\bmeet\b/.test(event))).toEqual([]);
    }
  });

  it('still titles two people who met by their names', () => {
    expect(eventsOf(THURSDAY, [H, 'Foreign ministers Ana Ruiz and Mateo Silva met in Santiago on Wednesday.'])).toContainEqual(
      expect.stringMatching(/^2027-02-17 (?:Ana )?Ruiz and (?:Mateo )?Silva meet in Santiago$/),
    );
  });
});

describe('a newspaper section beside a dashed stamp is the page\'s own label (review 5 #6)', () => {
  const BODY = [
    'Nurses at the county hospital walked out on Tuesday in a dispute over pay and staffing on night shifts.',
    'Union leaders said a second strike would follow next month unless managers reopened talks.',
    'The hospital said emergency care would continue and urged patients to keep their appointments.',
    'Talks between the two sides broke down last week after a pay offer was rejected by members.',
  ];

  it('reads the publication day from "<Section> — <day>"', () => {
    expect(ingestPage(['Nurses strike over pay in Tolby', 'Health \u2014 March 12, 2026', ...BODY]).publishedAt).toBe('2026-03-12');
    expect(ingestPage(['Nurses strike over pay in Tolby', 'Environment - 12 March 2026', ...BODY]).publishedAt).toBe('2026-03-12');
    expect(ingestPage(['Nurses strike over pay in Tolby', 'By Lena Ostrova', 'Education \u2014 March 12, 2026', ...BODY]).publishedAt).toBe('2026-03-12');
    expect(ingestPage(['Nurses strike over pay in Tolby', 'By Lena Ostrova', 'Football \u2014 March 12, 2026', ...BODY]).publishedAt).toBe('2026-03-12');
  });

  it('keeps the headline on a one-paragraph page', () => {
    const article = ingestPage(['Nurses strike over pay in Tolby', 'Health \u2014 March 12, 2026', BODY[0]!]);
    expect(article.headline).toBe('Nurses strike over pay in Tolby');
    expect(article.publishedAt).toBe('2026-03-12');
  });

  it('still reads a dated subhead that is no section as no stamp', () => {
    expect(ingestPage(['Nurses strike over pay in Tolby', 'By Lena Ostrova', 'Strike ballot \u2014 March 30, 2026', ...BODY]).publishedAt).toBeNull();
    expect(ingestPage(['Nurses strike over pay in Tolby', 'By Lena Ostrova', 'Peace talks \u2014 March 20, 2026', ...BODY]).publishedAt).toBeNull();
  });
});

describe('an original or first day and a later update (review 5 #16)', () => {
  const BODY = ['Relief convoys crossed the border on Tuesday after weeks of waiting at the checkpoint.', 'Aid workers said food stocks in the camps would last another fortnight at most.'];
  const dayOf = (stamp: string) => ingestPage(['Truce holds in the valley', stamp, ...BODY]).publishedAt;

  it('keeps the first day for an update weeks later, whichever wording names it', () => {
    expect(dayOf('Originally published Feb. 20, 2026 | Updated March 12, 2026')).toBe('2026-02-20');
    expect(dayOf('First published on 1 March 2026, last updated 12 March 2026')).toBe('2026-03-01');
  });

  it('reads a story told again years later against its update, whichever wording names it', () => {
    expect(dayOf('Originally published June 2, 2018; updated April 6, 2027')).toBe('2027-04-06');
    expect(dayOf('First published on 2 June 2018, last updated 6 April 2027')).toBe('2027-04-06');
  });
});

describe('a day a thing is "for" does not date the act (review 5 #7)', () => {
  it('does not put the issuing of a warning, or a training, on the day it is for', () => {
    // 2027-02-18 is a Thursday: Friday is 02-19, Sunday 02-21.
    expect(eventsOf(THURSDAY, [H, 'Forecasters have issued a warning for Friday.']).filter((event) => event.startsWith('2027-02-19'))).toEqual([]);
    expect(eventsOf(THURSDAY, [H, 'The team has trained for Sunday.']).filter((event) => event.startsWith('2027-02-21'))).toEqual([]);
  });

  it('still dates a happening scheduled for that day, and an act on a day', () => {
    expect(eventsOf(THURSDAY, [H, 'The vote on the new budget is scheduled for Friday.']).filter((event) => event.startsWith('2027-02-19'))).not.toEqual([]);
    expect(eventsOf(THURSDAY, [H, 'Forecasters issued a warning on Wednesday for heavy snow.'])).toContainEqual(expect.stringMatching(/^2027-02-17 /));
  });
});
