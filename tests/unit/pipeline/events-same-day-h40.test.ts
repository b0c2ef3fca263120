/**
 * Same-day fragments of one happening (issue 13, "trust: every sentence in its event"): two outlets' reports of one day
 * naming the same flight or craft by its code are one event; and a headline over a page whose first lines date nothing
 * announces the one happening the page dates on its own days, not an older one it recalls more often. Made-up articles
 * in our own words, each with a pinned publication day, through the real ingest; each rule has cases it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { eventIdsOf, ingestStory, together } from '../ingest-story';

describe('one code, one happening, across outlets the same day', () => {
  it('a crash and a plain-verb line of another outlet naming the same flight number are one event', () => {
    const corpus = ingestStory({
      'a1_crash.txt': {
        outlet: 'alpha',
        publishedAt: '2027-03-08T12:00:00+00:00',
        lines: ['Airliner lost at Tarnby', '', 'Norvik Air Flight 4K2093, arriving from Oslo, crashed at Tarnby airport at 7:40 a.m. on Sunday, killing 61 people.', ''],
      },
      'b1_families.txt': {
        outlet: 'beta',
        publishedAt: '2027-03-20T12:00:00+00:00',
        lines: ['Families still waiting for answers', '', 'Flight 4K2093 from Oslo skidded off the runway on March 7, killing 61 of the 70 people aboard.', ''],
      },
    });
    expect(together(corpus, 'crashed at Tarnby', 'skidded off the runway')).toBe(true);
  });

  it('two flights with different numbers the same day stay apart', () => {
    const corpus = ingestStory({
      'a1_crash.txt': {
        outlet: 'alpha',
        publishedAt: '2027-03-08T12:00:00+00:00',
        lines: ['Airliner lost at Tarnby', '', 'Norvik Air Flight 4K2093, arriving from Oslo, crashed at Tarnby airport at 7:40 a.m. on Sunday, killing 61 people.', ''],
      },
      'b1_diverted.txt': {
        outlet: 'beta',
        publishedAt: '2027-03-08T12:00:00+00:00',
        lines: ['Second jet diverted', '', 'Flight 7Z118 from Riga turned back to Vilnius on Sunday after a cabin fault.', ''],
      },
    });
    expect(together(corpus, 'crashed at Tarnby', 'turned back to Vilnius')).toBe(false);
  });

  it('a code named only as a cause after the clause ("over a COVID-19 outbreak") joins nothing', () => {
    const corpus = ingestStory({
      'a1_school.txt': {
        outlet: 'alpha',
        publishedAt: '2027-04-14T12:00:00+00:00',
        lines: ['Schools shut', '', 'Three schools in Harrowgate closed their doors on Tuesday over a COVID-19 outbreak.', ''],
      },
      'b1_market.txt': {
        outlet: 'beta',
        publishedAt: '2027-04-14T12:00:00+00:00',
        lines: ['Market cancelled', '', 'The Saturday market in Dunmore was called off on Tuesday because of COVID-19 cases.', ''],
      },
    });
    expect(together(corpus, 'Three schools', 'Saturday market')).toBe(false);
  });

  it('a time of day, an ordinal or an amount with its unit is no code', () => {
    const corpus = ingestStory({
      'a1_fire.txt': {
        outlet: 'alpha',
        publishedAt: '2027-06-02T12:00:00+00:00',
        lines: ['Warehouse fire', '', 'A warehouse in Belmoor went up in flames at 8.30am on the 1st, destroying 40kg of stock.', ''],
      },
      'b1_flood.txt': {
        outlet: 'beta',
        publishedAt: '2027-06-02T12:00:00+00:00',
        lines: ['Road shut', '', 'The A40 bridge at Kelby was shut at 8.30am on the 1st after 40kg of debris fell.', ''],
      },
    });
    expect(together(corpus, 'A warehouse in Belmoor', 'bridge at Kelby')).toBe(false);
  });
});

describe("a headline over a page whose first lines date nothing: the page's own news", () => {
  // Its first two body lines date nothing (a live page's welcome); its key points date the landing today and recall the
  // rival's crash five days before, twice.
  const live = {
    outlet: 'alpha',
    publishedAt: '2027-08-23T20:00:00+00:00',
    lines: [
      'Vessa lander sets down on Mars - as it happened',
      '',
      'Engineers at the control centre have watched the telemetry all afternoon, and the mood is tense.',
      '',
      'Crowds have gathered in the square outside the centre to watch on a big screen.',
      '',
      'The Vessa lander touched down at 17:02 GMT.',
      '',
      'The rival Korin probe crashed on Wednesday.',
      '',
      'The Korin probe went silent on Wednesday after its engine failed.',
      '',
    ],
  };

  // An earlier report of the crash puts it in the story's own period.
  const korin = {
    outlet: 'beta',
    publishedAt: '2027-08-18T22:00:00+00:00',
    lines: ['Korin probe lost', '', 'The Korin probe crashed on Wednesday, its operator said.', ''],
  };

  it('announces the one happening the page dates on its own days', () => {
    const corpus = ingestStory({ 'a1_live.txt': live, 'b1_korin.txt': korin });
    expect(eventIdsOf(corpus, 'Vessa lander sets down')).toEqual(eventIdsOf(corpus, 'touched down at 17:02'));
  });

  it('with two happenings of its own days, it keeps the main story (the landing is not singled out)', () => {
    const corpus = ingestStory({
      'b1_korin.txt': korin,
      'a1_live.txt': { ...live, lines: [...live.lines.slice(0, 6), 'Mission control lost a relay satellite at 16:10 GMT.', '', ...live.lines.slice(6)] },
    });
    const headline = eventIdsOf(corpus, 'Vessa lander sets down');
    expect(headline).not.toEqual(eventIdsOf(corpus, 'touched down at 17:02'));
  });
});
