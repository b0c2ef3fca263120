/**
 * One happening, one event: reports of different happenings must not be shown as one ("4 outlets report this" must
 * mean the same happening), and one happening's reports should meet. Made-up articles in our own words, each with a
 * pinned publication day, through the real ingest; every rule has a case it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { eventsOfSentence, ingestStory, sentenceWith, together } from '../ingest-story';

/** The events a sentence is dated evidence of (placed there by a date of its own, not carried by a later stage). */
function datedOn(corpus: Corpus, words: string): string[] {
  const id = sentenceWith(corpus, words);
  return corpus.events.filter((event) => event.evidence.some((item) => item.sentenceId === id && item.how === 'dated')).map((event) => event.id);
}

/** The start days of the events a sentence is evidence of. */
const daysOf = (corpus: Corpus, words: string) => eventsOfSentence(corpus, sentenceWith(corpus, words)).map((event) => event.start);

describe('a happening that only names who suffered another is not that happening', () => {
  const corpus = ingestStory({
    'a01_river.txt': {
      outlet: 'river-courier',
      publishedAt: '2031-06-03T20:00:00-04:00',
      lines: [
        'Harbor span falls after barge strike',
        'The Larkin Street bridge collapsed into the Ossory River at about 2 a.m. on Tuesday after a loaded barge hit one of its piers.',
        'Five repair workers were on the deck when it fell.',
      ],
    },
    'b01_valley.txt': {
      outlet: 'valley-gazette',
      publishedAt: '2031-06-05T09:00:00-04:00',
      lines: [
        'Divers recover two workers from the river',
        'Divers on Wednesday pulled the bodies of two of the five workers who died in the Larkin Street bridge collapse from a sunken van.',
        'Three men are still missing.',
      ],
    },
  });

  it('dates the recovery to its own day, apart from the collapse', () => {
    expect(daysOf(corpus, 'Divers on Wednesday pulled')).toContain('2031-06-04');
    expect(together(corpus, 'Divers on Wednesday pulled', 'collapsed into the Ossory River')).toBe(false);
  });

  it('still dates a casualty sentence whose date stands by the happening word (negative)', () => {
    const close = ingestStory({
      'a01_river.txt': {
        outlet: 'river-courier',
        publishedAt: '2031-06-03T20:00:00-04:00',
        lines: ['Harbor span falls', 'The Larkin Street bridge collapsed into the Ossory River early on Tuesday after a barge hit a pier.'],
      },
      'b01_valley.txt': {
        outlet: 'valley-gazette',
        publishedAt: '2031-06-05T09:00:00-04:00',
        lines: ['Five dead in bridge fall', 'Five workers were killed in the bridge collapse on Tuesday, the city said.'],
      },
    });
    expect(daysOf(close, 'killed in the bridge collapse on Tuesday')).toContain('2031-06-03');
  });
});

describe('what an organisation did on the day of a crash is its own happening', () => {
  const corpus = ingestStory({
    'a01_river.txt': {
      outlet: 'river-courier',
      publishedAt: '2031-06-03T22:00:00-04:00',
      lines: [
        'Harbor span falls after barge strike',
        'The Larkin Street bridge collapsed into the Ossory River at about 2 a.m. on Tuesday after a loaded barge hit one of its piers.',
        'The barge had left the north terminal less than an hour earlier.',
        'The Harbor Police said on Tuesday evening that it was ending the search for the missing men.',
      ],
    },
  });

  it('keeps the search apart from the collapse', () => {
    expect(together(corpus, 'The Harbor Police said on Tuesday evening', 'collapsed into the Ossory River')).toBe(false);
  });

  it('still joins an unattributed detail of the crash to it (negative)', () => {
    expect(together(corpus, 'left the north terminal less than an hour earlier', 'collapsed into the Ossory River')).toBe(true);
  });
});

describe('a date inside the question a sentence asks is not what the sentence reports', () => {
  const corpus = ingestStory({
    'a01_coast.txt': {
      outlet: 'coast-herald',
      publishedAt: '2032-02-08T18:00:00+09:00',
      lines: ['Airliner crashes on landing at Dorne', 'A regional airliner crashed while landing at Dorne Airport on Sunday, killing 41 people.'],
    },
    'b01_bay.txt': {
      outlet: 'bay-times',
      publishedAt: '2032-02-10T21:00:00+09:00',
      lines: [
        'Foreign investigators reach crash site',
        'Foreign investigators arrived at Dorne Airport on Tuesday to help local officials work out why the airliner crashed on Sunday.',
        'Officials said they still did not know why the airliner crashed on Sunday.',
      ],
    },
  });

  it('keeps the arrival apart from the crash it asks about', () => {
    expect(daysOf(corpus, 'Foreign investigators arrived')).toContain('2032-02-10');
    expect(together(corpus, 'Foreign investigators arrived', 'crashed while landing at Dorne Airport')).toBe(false);
  });

  it('still dates the crash when the question holds the only date (negative)', () => {
    expect(daysOf(corpus, 'still did not know why')).toContain('2032-02-08');
  });
});

describe('a happening named only as what the news follows or answers is not reported by it', () => {
  const corpus = ingestStory({
    'a01_isle.txt': {
      outlet: 'isle-wire',
      publishedAt: '2033-04-09T23:00:00+08:00',
      lines: ['Marten wins island presidency', 'Voters on the island chose a new president in a closely fought election on Saturday.'],
    },
    'b01_reef.txt': {
      outlet: 'reef-post',
      publishedAt: '2033-04-11T08:00:00+08:00',
      lines: [
        'Ally cuts ties with the island',
        'A deputy minister said the neighbouring state had timed its break in ties to follow Saturday\'s election.',
        'Saturday\'s election drew the highest turnout in two decades, the commission said.',
      ],
    },
  });

  it('does not date the break in ties as a report of the election', () => {
    const election = datedOn(corpus, 'in a closely fought election on Saturday');
    expect(election).toHaveLength(1);
    expect(datedOn(corpus, 'timed its break in ties')).not.toContain(election[0]);
  });

  it('still dates a sentence about the election itself (negative)', () => {
    expect(datedOn(corpus, 'drew the highest turnout')).toEqual(datedOn(corpus, 'in a closely fought election on Saturday'));
  });
});

describe('a day inside a "since" phrase names a landmark, not the news', () => {
  const corpus = ingestStory({
    'a01_coast.txt': {
      outlet: 'coast-herald',
      publishedAt: '2032-02-08T18:00:00+09:00',
      lines: ['Airliner crashes on landing at Dorne', 'A regional airliner crashed while landing at Dorne Airport on Sunday, killing 41 people.'],
    },
    'b01_bay.txt': {
      outlet: 'bay-times',
      publishedAt: '2032-02-12T09:00:00+09:00',
      lines: [
        'Families wait at Dorne terminal',
        'Relatives of the passengers have slept in tents in the terminal since the crash on Sunday.',
        'The airport has been run by its deputy director since the board dismissed the director on Monday.',
        'It was the deadliest accident in the region since the Hollin Air crash in March 1998.',
      ],
    },
  });

  it('does not date the vigil as a report of the crash', () => {
    const crash = datedOn(corpus, 'crashed while landing at Dorne Airport');
    expect(crash).toHaveLength(1);
    expect(datedOn(corpus, 'slept in tents')).not.toContain(crash[0]);
  });

  it('still dates a "since" clause with a verb of its own, and an older happening named by a month (negatives)', () => {
    expect(eventsOfSentence(corpus, sentenceWith(corpus, 'since the board dismissed')).map((event) => event.start)).toContain('2032-02-09');
    expect(datedOn(corpus, 'since the Hollin Air crash in March 1998')).not.toHaveLength(0);
  });
});

describe('"hosts" is a meeting only as a verb', () => {
  const corpus = ingestStory({
    'a01_tech.txt': {
      outlet: 'tech-wire',
      publishedAt: '2032-03-05T10:00:00+00:00',
      lines: [
        'Vendor publishes outage review',
        'Corvane published its review on Friday of the update that crashed Linux hosts on Tuesday.',
        'Premier Aldo Ferrante hosts President Lise Marren in Vellport on Friday.',
      ],
    },
  });
  const kindsOf = (words: string) => eventsOfSentence(corpus, sentenceWith(corpus, words)).flatMap((event) => event.kinds ?? []);

  it('reads "crashed Linux hosts" as no meeting, and "hosts President Lise Marren" as one', () => {
    expect(kindsOf('crashed Linux hosts')).not.toContain('meeting');
    expect(kindsOf('hosts President Lise Marren')).toContain('meeting');
  });
});

describe('an arrival "for talks" and the talks a day later are two happenings, with no date conflict', () => {
  const corpus = ingestStory({
    'a01_state.txt': {
      outlet: 'state-news',
      publishedAt: '2032-03-05T10:00:00+01:00',
      lines: ['Visit', 'President Tomas Novak arrived in Vellport on Tuesday for talks with President Lucia Ferreira.'],
    },
    'b01_wire.txt': {
      outlet: 'south-wire',
      publishedAt: '2032-03-05T09:00:00-03:00',
      lines: ['Talks', 'President Tomas Novak and President Lucia Ferreira met in Vellport on Wednesday.'],
    },
  });

  it('keeps them apart, and titles the arrival by its own words, not as a meeting', () => {
    const [arrival] = eventsOfSentence(corpus, sentenceWith(corpus, 'arrived in Vellport'));
    const [talks] = eventsOfSentence(corpus, sentenceWith(corpus, 'met in Vellport'));
    expect(arrival?.start).toBe('2032-03-02');
    expect(talks?.start).toBe('2032-03-03');
    expect(arrival).not.toBe(talks);
    expect(arrival?.title).not.toMatch(/\bmeet\b/);
    expect(corpus.events.flatMap((event) => event.differences ?? [])).toEqual([]);
  });

  it('still joins two outlets a day apart on the same kind of act (negative)', () => {
    const oneMeeting = ingestStory({
      'a01_state.txt': { outlet: 'state-news', publishedAt: '2032-03-05T10:00:00+01:00', lines: ['Talks', 'President Tomas Novak and President Lucia Ferreira met in Vellport on Tuesday.'] },
      'b01_wire.txt': { outlet: 'south-wire', publishedAt: '2032-03-05T09:00:00-03:00', lines: ['Talks', 'President Tomas Novak and President Lucia Ferreira met in Vellport on Wednesday.'] },
    });
    const shared = oneMeeting.events.filter((event) => event.outlets.length === 2);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.differences?.map((difference) => difference.kind)).toEqual(['date']);
  });
});
