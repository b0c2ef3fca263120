/**
 * A collision is a crash (issue 13, "trust: every sentence in its event"): a line telling that a vehicle collided is a
 * report of that crash, so it joins the same day's other reports of it; a figurative "collision course" is none. And a
 * vehicle's crash and a natural hazard told the same day (a flood, a tsunami) stay two happenings, each read in its own
 * clause. Made-up articles in our own words, each with a pinned publication day, through the real ingest.
 */
import { describe, expect, it } from 'vitest';
import { eventsOfSentence, ingestStory, sentenceWith, together } from '../ingest-story';

const kindsOf = (corpus: ReturnType<typeof ingestStory>, words: string) =>
  eventsOfSentence(corpus, sentenceWith(corpus, words)).flatMap((event) => event.kinds ?? []);

describe('a collision is a crash', () => {
  it('a line saying a vehicle collided reports a crash', () => {
    const corpus = ingestStory({
      'a1_ferry.txt': {
        outlet: 'alpha',
        publishedAt: '2027-05-14T12:00:00+00:00',
        lines: ['Ferry hit in fog', '', 'A passenger ferry collided with a cargo ship off Port Mellan on Thursday, injuring 14 people.', ''],
      },
    });
    expect(kindsOf(corpus, 'collided with a cargo ship')).toContain('disaster');
  });

  it('a collision joins another outlet’s report of the crash that day', () => {
    const corpus = ingestStory({
      'a1_ferry.txt': {
        outlet: 'alpha',
        publishedAt: '2027-05-14T12:00:00+00:00',
        lines: ['Ferry hit in fog', '', 'A passenger ferry collided with a cargo ship off Port Mellan on Thursday, injuring 14 people.', ''],
      },
      'b1_ferry.txt': {
        outlet: 'beta',
        publishedAt: '2027-05-15T08:00:00+00:00',
        lines: ['Fourteen hurt at sea', '', 'Fourteen people were hurt when a ferry crashed into a freighter near Port Mellan on May 14.', ''],
      },
    });
    expect(together(corpus, 'collided with a cargo ship', 'crashed into a freighter')).toBe(true);
  });

  it('a “collision course” is no crash', () => {
    const corpus = ingestStory({
      'a1_pay.txt': {
        outlet: 'alpha',
        publishedAt: '2027-05-14T12:00:00+00:00',
        lines: ['Pay row deepens', '', 'The nurses’ union and the health board were on a collision course over pay on Thursday, a spokesperson said.', ''],
      },
    });
    expect(kindsOf(corpus, 'collision course')).not.toContain('disaster');
  });
});

describe('a vehicle’s crash and a natural hazard the same day are two happenings', () => {
  it('a plane collision and flood warnings lifted that day stay apart', () => {
    const corpus = ingestStory({
      'a1_airport.txt': {
        outlet: 'alpha',
        publishedAt: '2027-06-02T18:00:00+00:00',
        lines: ['Cargo plane hits truck', '', 'A cargo plane collided with a fuel truck at Ellery airport on Tuesday, and two workers were hurt.', ''],
      },
      'b1_floods.txt': {
        outlet: 'beta',
        publishedAt: '2027-06-02T19:00:00+00:00',
        lines: ['Valley dries out', '', 'All flood warnings for the Ellery valley were lifted on Tuesday as the river fell.', ''],
      },
    });
    expect(together(corpus, 'collided with a fuel truck', 'flood warnings')).toBe(false);
  });

  it('two outlets’ words for one aircraft’s crash still join', () => {
    const corpus = ingestStory({
      'a1_airport.txt': {
        outlet: 'alpha',
        publishedAt: '2027-06-02T18:00:00+00:00',
        lines: ['Cargo plane hits truck', '', 'A cargo plane collided with a fuel truck at Ellery airport on Tuesday, and two workers were hurt.', ''],
      },
      'b1_airport.txt': {
        outlet: 'beta',
        publishedAt: '2027-06-02T19:00:00+00:00',
        lines: ['Two hurt at Ellery', '', 'A cargo jet crashed into a fuel truck at Ellery airport on Tuesday, injuring two ground workers.', ''],
      },
    });
    expect(together(corpus, 'collided with a fuel truck', 'crashed into a fuel truck')).toBe(true);
  });
});
