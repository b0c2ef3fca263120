/**
 * A participle set off by commas after a name (", launched earlier this month,") recalls how the thing came to be: a
 * relative clause cut short. A date outside it reports the sentence's own verb, not that participle; a date inside it
 * is background when the sentence dates something else, and still dates the recalled happening when it is the
 * sentence's only date (issue 13, "trust: every sentence in its event"). Made-up articles in our own words, each with a
 * pinned publication day, through the real ingest; with the cases the rule must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { eventsOfSentence, ingestStory, sentenceWith, together } from '../ingest-story';

const eventsOf = (corpus: ReturnType<typeof ingestStory>, words: string) => eventsOfSentence(corpus, sentenceWith(corpus, words));

describe('a participle aside after a name', () => {
  it('“X, launched in March, is due to … on June 4” is no report of the launch', () => {
    const corpus = ingestStory({
      'a1_launch.txt': {
        outlet: 'alpha',
        publishedAt: '2027-03-03T18:00:00+00:00',
        lines: ['Probe lifts off', '', 'The Tamsin probe was launched from Kellan spaceport on Wednesday, the space agency said.', ''],
      },
      'b1_preview.txt': {
        outlet: 'beta',
        publishedAt: '2027-05-30T08:00:00+00:00',
        lines: ['Probe nears its goal', '', 'The Tamsin probe, launched in March, is due to enter orbit around Vell on June 4.', ''],
      },
    });
    expect(together(corpus, 'launched from Kellan spaceport', 'launched in March')).toBe(false);
  });

  it('an aside holding the sentence’s only date still dates what it recalls', () => {
    const corpus = ingestStory({
      'a1_budget.txt': {
        outlet: 'alpha',
        publishedAt: '2027-05-30T08:00:00+00:00',
        lines: ['Budget kept', '', 'The minister said the Tamsin probe, launched in March, keeps its full budget.', ''],
      },
    });
    expect(eventsOf(corpus, 'launched in March').flatMap((event) => event.kinds ?? [])).toContain('office');
  });

  it('a date outside the aside reports the sentence’s own verb, not the launch', () => {
    const corpus = ingestStory({
      'a1_crash.txt': {
        outlet: 'alpha',
        publishedAt: '2027-08-21T08:00:00+00:00',
        lines: [
          'A rival probe is lost',
          '',
          'On Saturday, the Varn lander, launched earlier this month as the agency’s first probe in a decade, spun out of control and crashed.',
          '',
        ],
      },
    });
    const kinds = eventsOf(corpus, 'spun out of control').flatMap((event) => event.kinds ?? []);
    expect(kinds).toContain('disaster');
    expect(kinds).not.toContain('office');
  });

  it('a verb after a relative aside is the sentence’s own (“X, which is based in Y, canceled …”)', () => {
    const corpus = ingestStory({
      'a1_airline.txt': {
        outlet: 'alpha',
        publishedAt: '2027-07-23T20:00:00+00:00',
        lines: ['Airline cancels more flights', '', 'Corva Air, which is based in Halden, canceled 300 flights on Tuesday, leaving thousands stranded.', ''],
      },
    });
    expect(eventsOf(corpus, 'canceled 300 flights').map((event) => event.start)).toContain('2027-07-20');
  });

  it('a verb with an object after an aside is the sentence’s own (“X, founded in 1998, launched a satellite on Friday”)', () => {
    const corpus = ingestStory({
      'a1_agency.txt': {
        outlet: 'alpha',
        publishedAt: '2027-07-24T20:00:00+00:00',
        lines: ['New satellite in orbit', '', 'The agency, founded in 1998, launched a weather satellite on Friday, officials said.', ''],
      },
    });
    expect(eventsOf(corpus, 'launched a weather satellite').map((event) => event.start)).toContain('2027-07-23');
  });
});
