/**
 * A picture's caption says what the picture shows: it may join a happening the article's text reports, but founds no
 * event alone (an event told only under a picture shows every other outlet silent on it). Made-up articles in our own
 * words, publication day pinned (Friday 2027-06-11), through the real ingest.
 */
import { describe, expect, it } from 'vitest';
import { eventIdsOf, ingestStory } from '../ingest-story';

const FRIDAY = '2027-06-11T21:00:00+00:00';
const live = (first: string, caption: string) => ({
  outlet: 'harbour-signal',
  publishedAt: FRIDAY,
  lines: ['Search for missing trawler widens', '', first, '', caption, '', 'Families of the five crew gathered at the harbour on Friday evening.', ''],
});
const wire = {
  outlet: 'north-wire',
  publishedAt: FRIDAY,
  lines: ['Lifeboats join trawler search', '', 'Two lifeboat crews were searching for the trawler Kestrel Dawn on Friday, the coastguard said.', ''],
};

describe('a picture caption alone founds no event', () => {
  it('a labelled caption dating what the text never reports is on no event of its own', () => {
    const corpus = ingestStory({
      'a1_live.txt': live(
        'A second lifeboat crew joined the search for the missing trawler Kestrel Dawn on Friday, the coastguard said.',
        'Image: The survey ship Morvane, whose diving robot joined the hunt on Thursday, at anchor off the point. (Harbour Signal)',
      ),
      'b1_wire.txt': wire,
    });
    expect(eventIdsOf(corpus, 'whose diving robot joined the hunt')).toEqual([]);
    expect(corpus.events.some((event) => event.start === '2027-06-10')).toBe(false);
  });

  it('a caption of what the text reports still goes with it', () => {
    const corpus = ingestStory({
      'a1_live.txt': live(
        'The survey ship Morvane sent its diving robot down to the wreck site on Thursday, the coastguard said.',
        'Image: The survey ship Morvane, whose diving robot went down to the wreck site on Thursday, at anchor off the point. (Harbour Signal)',
      ),
    });
    const told = eventIdsOf(corpus, 'sent its diving robot down');
    expect(told).toHaveLength(1);
    expect(eventIdsOf(corpus, 'whose diving robot went down')).toEqual(told);
  });

  it('a standfirst set under the headline (a caption line, not a picture) still founds its event', () => {
    const corpus = ingestStory({
      'a1_page.txt': {
        outlet: 'vale-courier',
        publishedAt: FRIDAY,
        lines: ['Missing Trawler Found Off The Point After Long Search', 'The Kestrel Dawn was found drifting off the point on Thursday', 'By Ana Roe', '', 'Crews towed the boat into the harbour at dawn, and all five crew were taken to hospital as a precaution, the coastguard said in a statement issued later.', ''],
      },
    });
    expect(corpus.articles[0]!.sentences.find((sentence) => sentence.text.includes('was found drifting'))?.kind).toBe('caption');
    expect(eventIdsOf(corpus, 'was found drifting')).toHaveLength(1);
  });
});
