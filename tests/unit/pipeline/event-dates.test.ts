/**
 * What day an event takes from its sentence when a date modifies a noun ("its report on the March 26 collapse",
 * "the Dec. 3 decree"): the date dates that noun's happening, never the sentence's main verb, which takes its own
 * clause's date or stays undated. Each sentence is its own made-up article (own outlet), so none is grouped with
 * another; reference days are pinned by the publication time.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus, TimelineEvent } from '../../../src/lib/corpus/schema';
import { eventsOfSentence, ingestStory } from '../ingest-story';

/** The events of the one content sentence of an article published on `day` (noon UTC). */
function eventsOf(day: string, sentence: string): TimelineEvent[] {
  const corpus: Corpus = ingestStory({
    'p1_probe.txt': { outlet: 'probe-desk', publishedAt: `${day}T12:00:00+00:00`, lines: ['Harbour board update', '', sentence] },
  });
  const found = corpus.articles[0]!.sentences.find((candidate) => candidate.text === sentence);
  if (!found) throw new Error(`sentence not found: ${sentence}`);
  return eventsOfSentence(corpus, found.id);
}

const days = (events: TimelineEvent[]) => events.map((event) => event.start).sort();

describe('a date that modifies a noun dates that noun, not the main verb', () => {
  it('dates a report by its own day, not by the day of the accident it is about', () => {
    // Published Wednesday 2031-05-14: "On Tuesday" is 2031-05-13; "the March 3 collision" is the collision's day.
    const events = eventsOf('2031-05-14', 'On Tuesday the river safety board published its preliminary report on the March 3 collision, in which a barge hit a lock gate.');
    const report = events.find((event) => (event.kinds ?? []).includes('report'));
    expect(report?.start).toBe('2031-05-13');
    expect(events.some((event) => event.start === '2031-03-03' && (event.kinds ?? []).includes('report'))).toBe(false);
  });

  it('leaves the verb undated when only the noun has a date', () => {
    const events = eventsOf('2031-05-14', 'Inspectors released a report on the March 3 collision.');
    expect(events.some((event) => event.start === '2031-03-03' && /released/i.test(event.title))).toBe(false);
  });

  it('dates a challenge by its day and the decree it challenges by the decree\'s', () => {
    // Friday before Wednesday 2031-05-14 is 2031-05-09.
    const events = eventsOf('2031-05-14', 'Opposition lawyers challenged the Dec. 3 decree in court on Friday.');
    expect(events.some((event) => event.start === '2030-12-03' && /challenged/i.test(event.title))).toBe(false);
    expect(events.find((event) => /challenged/i.test(event.title))?.start).toBe('2031-05-09');
  });

  it('dates the noun\'s happening when it is the subject', () => {
    const events = eventsOf('2031-03-05', 'The March 3 collapse cut the town off from the coast road.');
    expect(events.map((event) => [event.start, event.kinds?.[0]])).toEqual([['2031-03-03', 'disaster']]);
  });

  it('dates the election of "since the 2026 election", not the gain it frames', () => {
    const events = eventsOf('2031-03-05', 'The Green bloc has gained ground in every poll since the 2026 election.');
    expect(days(events)).toEqual(['2026-01-01']);
    expect(events[0]!.kinds ?? []).toContain('election');
  });

  it('keeps the day of a verb whose clause has its own date (negative: the plain date)', () => {
    const events = eventsOf('2031-03-05', 'The harbour ministers met in Valdor on March 3 to discuss the lock gates.');
    expect(days(events)).toEqual(['2031-03-03']);
    expect(events[0]!.kinds ?? []).toContain('meeting');
  });

  it('keeps "on the 3rd" as the verb\'s day (negative: the determiner is part of the date)', () => {
    const events = eventsOf('2031-03-05', 'The harbour ministers met on the 3rd at the port authority.');
    expect(days(events)).toEqual(['2031-03-03']);
  });

  it('keeps the day of "met on the March 3 anniversary" (negative: a time phrase with no happening noun)', () => {
    const events = eventsOf('2031-03-05', 'The harbour ministers met in Valdor on the March 3 anniversary.');
    expect(days(events)).toEqual(['2031-03-03']);
  });
});

describe('a day that names the object, not the act ("pulled out of Saturday\'s fight on Monday")', () => {
  // Published Wednesday 2031-05-14: Monday is 2031-05-12.
  it('dates the withdrawal by its own day, not by the possessive day of the fight', () => {
    const events = eventsOf('2031-05-14', "The champion pulled out of Saturday's fight on Monday with a hand injury.");
    const act = events.find((event) => /pulled out/i.test(event.title));
    expect(act?.start).toBe('2031-05-12');
    expect(events.some((event) => event.start !== '2031-05-12' && /pulled out/i.test(event.title))).toBe(false);
  });

  it('does the same with the act\'s day written first', () => {
    const events = eventsOf('2031-05-14', "On Monday the champion pulled out of Saturday's fight.");
    expect(events.find((event) => /pulled out/i.test(event.title))?.start).toBe('2031-05-12');
  });

  it('leaves a deadline after a clock time ("until 1800 GMT on Saturday") to date no act', () => {
    const events = eventsOf('2031-05-14', 'The army gave the rebels until 1800 GMT on Saturday to leave the city.');
    expect(events.filter((event) => /gave/i.test(event.title))).toEqual([]);
  });

  it('dates the act by its own day beside such a deadline', () => {
    const events = eventsOf('2031-05-14', 'On Monday the army gave the rebels until 6pm on Saturday to leave the city.');
    expect(days(events.filter((event) => /gave/i.test(event.title)))).toEqual(['2031-05-12']);
  });

  it('keeps a possessive day alone in its clause as the verb\'s (negative: "won Saturday\'s vote")', () => {
    const events = eventsOf('2031-05-14', "Lai won Saturday's vote.");
    expect(days(events)).toEqual(['2031-05-10']);
  });

  it('keeps the possessive day\'s act when the other day is another clause\'s (negative: an attribution)', () => {
    const events = eventsOf('2031-05-14', "Lai won Saturday's vote, the commission said on Monday.");
    expect(events.find((event) => (event.kinds ?? []).includes('victory'))?.start).toBe('2031-05-10');
  });
});

describe('an outlook in a "with" phrase dates the outlook, not the act ("worked …, with rain expected by Tuesday")', () => {
  // Published Wednesday 2031-05-14: Tuesday ahead is 2031-05-20.
  it('does not date a past act by the day an outlook looks to', () => {
    const events = eventsOf('2031-05-14', 'Linemen toiled through Sunday night, with more sleet expected by Tuesday.');
    expect(events.some((event) => /toiled/i.test(event.title) && event.start === '2031-05-20')).toBe(false);
  });
  it('still dates the act by its own day before the phrase (negative)', () => {
    const events = eventsOf('2031-05-14', 'Linemen toiled on Monday, with more sleet expected by Tuesday.');
    expect(events.find((event) => /toiled/i.test(event.title))?.start).toBe('2031-05-12');
  });
});

describe('a possessive day right after "for" names what the act is for ("trained hard for Saturday\'s fight")', () => {
  // Published Wednesday 2031-05-14: Saturday past is 2031-05-10.
  it('does not date the training by the fight\'s day', () => {
    const events = eventsOf('2031-05-14', "The challenger sparred daily for Saturday's bout.");
    expect(events.some((event) => /sparred/i.test(event.title) && event.start === '2031-05-10')).toBe(false);
  });
  it('still dates an act whose object the possessive day names (negative)', () => {
    const events = eventsOf('2031-05-14', "Lai won Saturday's vote.");
    expect(events.find((event) => /won/i.test(event.title))?.start).toBe('2031-05-10');
  });
});
