/**
 * One happening reported by two outlets in different words is one event: a win told as "won" and as "was declared
 * the winner", an act told by its club's announcement, one launch given in two time zones, a derailment or a strike
 * whose reports name no person. Made-up articles in our own words, each with a pinned publication time, through the
 * real ingest; each rule has a case it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { eventsOfSentence, ingestStory, sentenceWith } from '../ingest-story';

const o = (outlet: string, publishedAt: string, lines: string[]) => ({ outlet, publishedAt, lines });
const HEADLINE = 'Regional news roundup for the week';

/** Whether the two sentences are evidence of one event (each must be on some event). */
function together(corpus: Corpus, first: string, second: string): boolean {
  const mine = eventsOfSentence(corpus, sentenceWith(corpus, first));
  const theirs = eventsOfSentence(corpus, sentenceWith(corpus, second));
  expect(mine.length, `“${first}” is on an event`).toBeGreaterThan(0);
  expect(theirs.length, `“${second}” is on an event`).toBeGreaterThan(0);
  return theirs.some((event) => mine.some((other) => other.id === event.id));
}

describe('a contest won, told as "won" by one outlet and "was declared the winner" by another', () => {
  it('is one event: the same person, the same day', () => {
    const corpus = ingestStory({
      'a.txt': o('alpha', '2031-03-07T05:30:00+00:00', ['Greens take Fellside', 'Nadia Brook won the Fellside by-election on Friday.']),
      'b.txt': o('beta', '2031-03-07T09:00:00+00:00', ['Brook takes the seat', 'Nadia Brook was declared the winner of the Fellside by-election overnight.']),
    });
    expect(together(corpus, 'Brook won the Fellside', 'was declared the winner')).toBe(true);
  });
  it('stays two events when two people win two contests that day', () => {
    const corpus = ingestStory({
      'a.txt': o('alpha', '2031-03-07T05:30:00+00:00', ['Greens take Fellside', 'Nadia Brook won the Fellside by-election on Friday.']),
      'b.txt': o('beta', '2031-03-07T09:00:00+00:00', ['Reyes holds Dunmore', 'Omar Reyes was declared the winner of the Dunmore by-election overnight.']),
    });
    expect(together(corpus, 'Brook won the Fellside', 'was declared the winner')).toBe(false);
  });
  it('stays two events when a party wins another contest that day', () => {
    const corpus = ingestStory({
      'a.txt': o('alpha', '2031-03-07T05:30:00+00:00', ['Ofori takes Morrow', 'Daniel Ofori was declared the winner of the Morrow by-election on Thursday.']),
      'b.txt': o('beta', '2031-03-07T09:00:00+00:00', ['Greens take Ashby', 'The Greens won the Ashby by-election on Thursday.']),
    });
    expect(together(corpus, 'was declared the winner', 'The Greens won')).toBe(false);
  });
});

describe('an act told through its announcement ("…, the club announced on Thursday")', () => {
  it('is the act another outlet reports that day', () => {
    const corpus = ingestStory({
      'a.txt': o('alpha', '2031-07-03T19:00:00+02:00', ['Okoro joins Castamar', 'Daniel Okoro has joined Castamar from Rivera Norte for 40 million euros, the club announced on Thursday.']),
      'b.txt': o('beta', '2031-07-04T08:00:00+01:00', ['Okoro seals his move', 'Daniel Okoro on Thursday completed his transfer to Castamar for 38 million euros.']),
    });
    expect(together(corpus, 'the club announced on Thursday', 'completed his transfer')).toBe(true);
  });
  it('is not another person’s act that day', () => {
    const corpus = ingestStory({
      'a.txt': o('alpha', '2031-07-03T19:00:00+02:00', ['Ward joins Portvale', 'Lena Ward has joined Portvale from Eastmoor for 3 million euros, the club announced on Thursday.']),
      'b.txt': o('beta', '2031-07-04T08:00:00+01:00', ['Okoro seals his move', 'Daniel Okoro on Thursday completed his transfer to Castamar for 38 million euros.']),
    });
    expect(together(corpus, 'the club announced on Thursday', 'completed his transfer')).toBe(false);
  });
});

describe('one launch given in two time zones', () => {
  const launch = (second: string) =>
    ingestStory({
      'a.txt': o('alpha', '2031-09-24T04:10:00+00:00', ['Rocket launches', 'The Borealis rocket lifted off late Tuesday at 11:42 p.m. EDT, carrying two satellites.']),
      'b.txt': o('beta', '2031-09-24T08:00:00+02:00', ['Rocket reaches orbit', second]),
    });
  it('is one event when the two clock times are the same instant, each outlet on its own day', () => {
    const corpus = launch('The Borealis rocket lifted off from Florida on Wednesday at 05:42 CEST, carrying three satellites.');
    expect(together(corpus, 'at 11:42 p.m. EDT', 'at 05:42 CEST')).toBe(true);
    // Each outlet's day is right in its own zone: one instant is no disagreement about the day (review round 4, #11).
    const event = eventsOfSentence(corpus, sentenceWith(corpus, 'at 05:42 CEST'))[0]!;
    expect(event.dateConflicts ?? []).toEqual([]);
  });
  it('stays two events when the instants differ', () => {
    const corpus = launch('The Borealis rocket lifted off from Florida on Wednesday at 23:15 CEST, carrying three satellites.');
    expect(together(corpus, 'at 11:42 p.m. EDT', 'at 23:15 CEST')).toBe(false);
  });
});

describe('same-day reports naming no person', () => {
  it('join when they tell of the same thing: a derailment', () => {
    const corpus = ingestStory({
      'a.txt': o('alpha', '2031-05-13T18:00:00+02:00', [HEADLINE, 'A freight train carrying fuel derailed near the town of Hollin on Tuesday, forcing 400 homes to be evacuated.']),
      'b.txt': o('beta', '2031-05-13T20:00:00+02:00', [HEADLINE, 'Some 300 households near Hollin were evacuated on Tuesday after a freight train derailed.']),
    });
    expect(together(corpus, 'carrying fuel derailed', 'Some 300 households')).toBe(true);
  });
  it('join when they tell of the same thing: a strike', () => {
    const corpus = ingestStory({
      'a.txt': o('alpha', '2031-02-11T18:00:00+00:00', [HEADLINE, 'Junior doctors at three hospitals in Carden walked out on Tuesday in a row over pay.']),
      'b.txt': o('beta', '2031-02-11T19:00:00+00:00', [HEADLINE, 'Some 4,800 junior doctors went on strike across Carden on Tuesday, demanding higher pay.']),
    });
    expect(together(corpus, 'walked out on Tuesday', 'went on strike')).toBe(true);
  });
  it('stay apart when they tell of different things in one town', () => {
    const corpus = ingestStory({
      'a.txt': o('alpha', '2031-05-13T18:00:00+02:00', [HEADLINE, 'A freight train carrying fuel derailed near the town of Hollin on Tuesday, forcing 400 homes to be evacuated.']),
      'b.txt': o('beta', '2031-05-13T20:00:00+02:00', [HEADLINE, 'A new library opened near Hollin on Tuesday after years of delays to its funding.']),
    });
    expect(together(corpus, 'carrying fuel derailed', 'A new library opened')).toBe(false);
  });
  it('stay apart when the same thing happens in two cities', () => {
    const corpus = ingestStory({
      'a.txt': o('alpha', '2031-02-11T18:00:00+00:00', [HEADLINE, 'Bus drivers in Leeds walked out on Tuesday over pay.', 'Drivers rejected a 3% offer.']),
      'b.txt': o('beta', '2031-02-11T19:00:00+00:00', [HEADLINE, 'Bus drivers in Bristol walked out on Tuesday over pay.', 'Drivers rejected a 4% offer.']),
    });
    expect(together(corpus, 'in Leeds walked out', 'in Bristol walked out')).toBe(false);
  });
  it('stay apart when two named bodies act alike', () => {
    const corpus = ingestStory({
      'a.txt': o('alpha', '2031-03-14T10:00:00+00:00', [HEADLINE, 'The Orvian central bank held its rate at 3.5% on Thursday.']),
      'b.txt': o('beta', '2031-03-14T10:00:00+00:00', [HEADLINE, "Lenmark's central bank lowered its rate to 4.25% on Thursday."]),
    });
    expect(together(corpus, 'Orvian central bank', 'central bank lowered')).toBe(false);
  });
  it('stay apart when two indexes, one named in capitals, move on one day (review round 5)', () => {
    const apart = ingestStory({
      'a.txt': o('alpha', '2031-03-13T22:00:00+00:00', [HEADLINE, 'The Dow fell 2% on Thursday as oil prices rose.']),
      'b.txt': o('beta', '2031-03-13T22:00:00+00:00', [HEADLINE, 'The FTSE 100 rose 1% on Thursday as oil prices rose.']),
    });
    expect(together(apart, 'The Dow fell', 'The FTSE 100 rose')).toBe(false);
  });
});

describe('minutes around a crash, told from the line that dates it', () => {
  const corpus = ingestStory({
    'a.txt': o('gamma', '2031-03-03T08:00:00+09:00', [
      'Crash at Dunmore',
      'A passenger jet crashed while landing at Dunmore airport at 9:03 a.m. on Sunday, killing 40 people.',
      'Captain Lena Ward had sent a mayday call two minutes earlier.',
      'Transport minister Omar Reyes visited the airport on Sunday afternoon.',
    ]),
  });
  it('are part of the crash, whoever acts in them', () => {
    expect(together(corpus, 'crashed while landing', 'mayday call two minutes earlier')).toBe(true);
  });
  it('but a visit that afternoon is a happening of its own', () => {
    expect(together(corpus, 'crashed while landing', 'visited the airport')).toBe(false);
  });
});

describe('"called the demolition a big step" names a view, not a phone call', () => {
  const story = (line: string) =>
    ingestStory({
      'a.txt': o('alpha', '2031-03-05T08:00:00-05:00', [HEADLINE, 'Mayor Ana Pryce spoke with the governor by phone on Tuesday about the bridge.']),
      'b.txt': o('beta', '2031-05-13T21:00:00-04:00', [HEADLINE, 'Engineers demolished the last span of the Larkin Street bridge on Monday with small charges.', line]),
    });
  it('is not placed on the mayor’s earlier call', () => {
    const corpus = story('Pryce called the demolition a big step for Ossory.');
    const call = corpus.events.find((event) => event.kinds?.includes('call'));
    expect(call).toBeDefined();
    expect(eventsOfSentence(corpus, sentenceWith(corpus, 'a big step')).map((event) => event.id)).not.toContain(call!.id);
  });
  it('while "called the governor about …" still names her call', () => {
    const corpus = story('Pryce called the governor about the cost of the repairs.');
    expect(together(corpus, 'spoke with the governor', 'called the governor about')).toBe(true);
  });
});

describe('a headline with no happening word', () => {
  it('announces the news its lede dates, though an older happening is named more often', () => {
    const corpus = ingestStory({
      'a.txt': o('alpha', '2031-03-05T08:00:00-05:00', ['Emergency in Ossory', 'Mayor Ana Pryce declared a state of emergency in Ossory on Tuesday after the Larkin Street bridge fell.']),
      'b.txt': o('beta', '2031-05-13T21:00:00-04:00', [
        'Crews bring down the last span',
        'Engineers demolished the last span of the Larkin Street bridge on Monday with small charges.',
        'Mayor Ana Pryce declared a state of emergency on March 4, the day the bridge fell.',
        'Pryce said the cost of the repairs was still unknown.',
        'Pryce added that the city would pay for the work.',
      ]),
    });
    expect(together(corpus, 'Crews bring down the last span', 'Engineers demolished')).toBe(true);
    expect(together(corpus, 'Crews bring down the last span', 'declared a state of emergency on March 4')).toBe(false);
  });
  it('announces the main story when the lede recalls an older happening', () => {
    const corpus = ingestStory({
      'a.txt': o('alpha', '2031-05-13T21:00:00-04:00', [
        'Ossory looks back',
        'The Larkin Street bridge fell on March 4 after a ship hit it.',
        'Mayor Ana Pryce declared a state of emergency on Monday as repairs stalled.',
        'Pryce said the cost of the repairs was still unknown.',
      ]),
    });
    expect(together(corpus, 'Ossory looks back', 'bridge fell on March 4')).toBe(false);
  });
});

describe('a picture’s caption dated a day the article tells of several happenings', () => {
  const story = (caption: string) =>
    ingestStory({
      'a.txt': o('alpha', '2031-07-21T18:00:00-04:00', [
        'Airline strands thousands',
        'Long queues of Westair passengers filled the terminal at Dunmore airport on Sunday as cancellations mounted.',
        'The line at the rebooking desk stretched hundreds of feet by midmorning on Sunday.',
        'Governor Ana Pryce met airline executives in the capital on Sunday to discuss compensation.',
        caption,
      ]),
    });
  it('shows the one whose lines share its words', () => {
    const corpus = story('Photo: Travelers wait at the rebooking desk on Sunday morning.');
    expect(together(corpus, 'Travelers wait at the rebooking desk', 'The line at the rebooking desk')).toBe(true);
    expect(together(corpus, 'Travelers wait at the rebooking desk', 'Pryce met airline executives')).toBe(false);
  });
  it('stays context when it shares no words with any', () => {
    const corpus = story('Photo: A child sleeps on a bench on Sunday morning.');
    expect(eventsOfSentence(corpus, sentenceWith(corpus, 'A child sleeps'))).toEqual([]);
  });
});

describe('a happening still to come when the article came out', () => {
  const verdict = o('alpha', '2031-11-06T23:00:00-05:00', [
    'Trader guilty on all counts',
    'Former fund manager Lena Ward was convicted of fraud on Thursday after a monthlong trial.',
    'Judge Omar Reyes set sentencing for March 12.',
    'Ward faces decades in prison.',
    'She has been held in a city jail since August, when Reyes revoked her bail.',
  ]);
  const sentencing = o('beta', '2032-03-12T18:00:00-05:00', ['Ward gets 20 years', 'Lena Ward was sentenced to 20 years in prison on Friday by Judge Omar Reyes.', 'Reyes said Ward had shown no remorse.']);
  it('is not the main story of a report of what happened', () => {
    const corpus = ingestStory({ 'a.txt': verdict, 'b.txt': sentencing });
    const sentenced = eventsOfSentence(corpus, sentenceWith(corpus, 'was sentenced to 20 years'))[0]!;
    expect(eventsOfSentence(corpus, sentenceWith(corpus, 'revoked her bail')).map((event) => event.id)).not.toContain(sentenced.id);
  });
  it('is the main story of a preview whose lede dates it', () => {
    const preview = o('gamma', '2032-03-10T09:00:00-05:00', ['What comes next for Lena Ward', 'Lena Ward will be sentenced on Friday by Judge Omar Reyes.', 'Ward was convicted of fraud on Nov. 6.']);
    const corpus = ingestStory({ 'a.txt': verdict, 'b.txt': sentencing, 'c.txt': preview });
    expect(together(corpus, 'What comes next for Lena Ward', 'was sentenced to 20 years')).toBe(true);
  });
});

describe('a plain verb far from its day in one long clause', () => {
  const story = (line: string) => ingestStory({ 'a.txt': o('alpha', '2031-05-14T09:00:00-04:00', [HEADLINE, line]) });
  it('is what was done that day', () => {
    const corpus = story('Crews brought down the section of the old bridge lying across the freighter’s bow with small explosive charges on Monday.');
    expect(eventsOfSentence(corpus, sentenceWith(corpus, 'Crews brought down')).map((event) => event.start)).toEqual(['2031-05-12']);
  });
  it('but not when the day stands in another clause', () => {
    const corpus = story('Crews brought down the section of the old bridge lying across the freighter’s bow, and the freighter is expected to sail on Monday.');
    expect(eventsOfSentence(corpus, sentenceWith(corpus, 'Crews brought down')).map((event) => event.start)).not.toContain('2031-05-12');
  });
});
