/**
 * Leads (find-leads.ts): for an outlet with no evidence on an event, its sentences that may speak of it, so the app
 * never calls an outlet silent while one of its sentences names the event's people. Made-up articles in our own
 * words, pinned publication days, the real ingest.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus, TimelineEvent } from '../../../src/lib/corpus/schema';
import { ingestStory, sentenceWith } from '../ingest-story';

const eventWith = (corpus: Corpus, words: string): TimelineEvent => {
  const id = sentenceWith(corpus, words);
  const event = corpus.events.find((candidate) => candidate.evidence.some((item) => item.sentenceId === id));
  if (!event) throw new Error(`no event has “${words}”`);
  return event;
};
const leadTexts = (corpus: Corpus, event: TimelineEvent, outlet: string): string[] => {
  const byId = new Map(corpus.articles.flatMap((article) => article.sentences).map((sentence) => [sentence.id, sentence.text]));
  return (event.leads ?? []).filter((lead) => lead.outletId === outlet).map((lead) => byId.get(lead.sentenceId) ?? '');
};

const meeting = {
  outlet: 'alpha',
  publishedAt: '2027-03-17T09:00:00+00:00',
  lines: ['Mayor meets dock union', '', 'Mayor Ana Ruiz met leaders of the dockworkers’ union at City Hall on Tuesday.', '', 'The talks lasted three hours.', ''],
};

describe('an outlet with no evidence on an event', () => {
  it('gets as a lead an undated sentence of its own that names the event’s person', () => {
    const corpus = ingestStory({
      'a1_meeting.txt': meeting,
      'b1_strike.txt': {
        outlet: 'beta',
        publishedAt: '2027-03-18T09:00:00+00:00',
        lines: ['Dock strike called off', '', 'The dockworkers’ union called off its strike.', '', 'Ana Ruiz has backed the union’s pay claim for months.', ''],
      },
    });
    const event = eventWith(corpus, 'met leaders of the dockworkers');
    expect(event.outlets).toEqual(['alpha']);
    expect(leadTexts(corpus, event, 'beta')).toContain('Ana Ruiz has backed the union’s pay claim for months.');
    const lead = event.leads?.find((item) => item.outletId === 'beta');
    expect(lead?.why).toMatch(/^names Ana Ruiz/);
    const ruiz = corpus.entities.find((entity) => entity.name === 'Ana Ruiz');
    expect(event.checkedNames).toContain(ruiz?.id);
  });

  it('gets none from a sentence whose own day is another day', () => {
    const corpus = ingestStory({
      'a1_meeting.txt': meeting,
      'b1_library.txt': {
        outlet: 'beta',
        publishedAt: '2027-03-18T09:00:00+00:00',
        lines: ['Library reopens', '', 'Mayor Ana Ruiz reopened the Eastgate library on March 2 after a year of repairs.', ''],
      },
    });
    const event = eventWith(corpus, 'met leaders of the dockworkers');
    expect(leadTexts(corpus, event, 'beta')).toEqual([]);
    // But it names her, so it is listed as naming the event's people: the app never says it names none of them.
    expect(event.namingOutlets).toEqual(['beta']);
  });

  it('gets none when none of its sentences names the event’s people, and the event says whom it checked', () => {
    const corpus = ingestStory({
      'a1_meeting.txt': meeting,
      'b1_weather.txt': {
        outlet: 'beta',
        publishedAt: '2027-03-18T09:00:00+00:00',
        lines: ['Storm closes port', '', 'High winds closed the port of Eastgate on Wednesday.', '', 'Foreign Minister Tom Berg visited a flooded school nearby.', ''],
      },
    });
    const event = eventWith(corpus, 'met leaders of the dockworkers');
    expect(event.leads ?? []).toEqual([]);
    expect(event.namingOutlets).toBeUndefined();
    const names = (event.checkedNames ?? []).map((id) => corpus.entities.find((entity) => entity.id === id)?.name);
    expect(names).toContain('Ana Ruiz');
    expect(names).not.toContain('Tom Berg');
  });

  it('a shared title or nationality is not a name: “Foreign Minister” alone leads nowhere', () => {
    const corpus = ingestStory({
      'a1_talks.txt': {
        outlet: 'alpha',
        publishedAt: '2027-03-17T09:00:00+00:00',
        lines: ['Ministers hold talks', '', 'Foreign Minister Ana Ruiz met the Valdorian Foreign Minister, Karl Moss, in Eastgate on Tuesday.', ''],
      },
      'b1_other.txt': {
        outlet: 'beta',
        publishedAt: '2027-03-18T09:00:00+00:00',
        lines: ['School rebuilt', '', 'The Valdorian Foreign Minister praised the volunteers who rebuilt a school.', ''],
      },
    });
    const event = eventWith(corpus, 'met the Valdorian Foreign Minister');
    expect(leadTexts(corpus, event, 'beta')).toEqual([]);
  });

  it('a name the evidence repeats that no entity covers (a craft) leads to a sentence naming it', () => {
    const corpus = ingestStory({
      'a1_landing.txt': {
        outlet: 'alpha',
        publishedAt: '2027-05-06T09:00:00+00:00',
        lines: ['Lander touches down', '', 'The robotic lander Perdita touched down on the Moon on Wednesday.', '', 'Perdita sent its first picture an hour later.', ''],
      },
      'b1_mission.txt': {
        outlet: 'beta',
        publishedAt: '2027-05-07T09:00:00+00:00',
        lines: ['What the mission will do', '', 'Engineers say Perdita will drill into the soil for two weeks.', ''],
      },
    });
    const event = eventWith(corpus, 'touched down on the Moon');
    expect(leadTexts(corpus, event, 'beta')).toEqual(['Engineers say Perdita will drill into the soil for two weeks.']);
  });

  it('an outlet that reports the event gets no leads for it', () => {
    const corpus = ingestStory({
      'a1_meeting.txt': meeting,
      'b1_meeting.txt': {
        outlet: 'beta',
        publishedAt: '2027-03-17T12:00:00+00:00',
        lines: ['Union and mayor talk', '', 'Ana Ruiz met dockworkers’ union leaders on Tuesday.', '', 'Ana Ruiz said the port must reopen.', ''],
      },
    });
    const event = eventWith(corpus, 'met leaders of the dockworkers');
    expect(event.outlets).toEqual(['alpha', 'beta']);
    expect(leadTexts(corpus, event, 'beta')).toEqual([]);
  });

  it('is listed as naming the event’s person when only a byline, a surname in capitals or the other name order does', () => {
    const resignation = {
      outlet: 'alpha',
      publishedAt: '2027-03-19T09:00:00+00:00',
      lines: ['Harbour chief quits', '', 'Harbour board chair Delia Marwick resigned on Thursday after a vote of no confidence.', ''],
    };
    const corpus = ingestStory({
      'a1_resign.txt': resignation,
      'b1_oped.txt': {
        outlet: 'beta',
        publishedAt: '2027-03-20T09:00:00+00:00',
        lines: ['Why I am stepping aside', '', 'By Delia Marwick', '', 'After six years I have decided to step aside.', ''],
      },
      'c1_capitals.txt': {
        outlet: 'gamma',
        publishedAt: '2027-03-20T09:00:00+00:00',
        lines: ['Board in turmoil', '', 'MARWICK’S exit leaves the harbour board without a chair for the first time since 2009.', ''],
      },
      'd1_quiet.txt': {
        outlet: 'delta',
        publishedAt: '2027-03-20T09:00:00+00:00',
        lines: ['Ferry timetable changes', '', 'The evening ferry to Tolby will leave ten minutes earlier from April.', ''],
      },
    });
    const event = eventWith(corpus, 'Delia Marwick resigned');
    const naming = new Set([...(event.namingOutlets ?? []), ...(event.leads ?? []).map((lead) => lead.outletId)]);
    expect(naming.has('beta')).toBe(true);
    expect(naming.has('gamma')).toBe(true);
    expect(naming.has('delta')).toBe(false);
  });

  it('says “placed on another event of about that time” only of the events of about that time', () => {
    const corpus = ingestStory({
      'a1_scheme.txt': {
        outlet: 'alpha',
        publishedAt: '2027-03-21T09:00:00+00:00',
        lines: ['Dredging scheme approved', '', 'Harbour chair Delia Marwick approved the dredging scheme on Saturday.', ''],
      },
      'b1_scheme.txt': {
        outlet: 'beta',
        publishedAt: '2027-03-21T09:00:00+00:00',
        lines: ['Harbour news', '', 'Marwick, who quit on Saturday, had unveiled the dredging scheme on March 3 to a packed hall.', ''],
      },
    });
    const event = eventWith(corpus, 'approved the dredging scheme');
    const [lead] = event.leads ?? [];
    // On the March 3 unveiling and on Saturday's resignation: only the second is of about that time.
    expect(lead?.why).toBe('names Delia Marwick; placed on another event of about that time');
  });
});

