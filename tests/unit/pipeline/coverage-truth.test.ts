/**
 * "Reported by N outlets" and "Not reported by X" must hold: an outlet is credited with an event only by a sentence
 * that reports it, and two outlets' reports of one act a day apart are one event with the date difference shown.
 * Made-up pages in our own words (issue 13, review items 5, 6, 8, 9, 12, 17, 18); every article pins its publication
 * time, and each group has negatives.
 *
 * it.fails marks a misfire known and not yet fixed: it turns into it once the fix lands.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus, TimelineEvent } from '../../../src/lib/corpus/schema';
import { eventsOfSentence, ingestStory, type StoryArticle } from '../ingest-story';

const page = (outlet: string, publishedAt: string, lines: string[]): StoryArticle => ({ outlet, publishedAt, lines });

function sentenceId(corpus: Corpus, text: string): string {
  for (const article of corpus.articles) {
    const found = article.sentences.find((sentence) => sentence.text === text);
    if (found) return found.id;
  }
  throw new Error(`no sentence "${text}"`);
}

const eventsWith = (corpus: Corpus, text: string): TimelineEvent[] => eventsOfSentence(corpus, sentenceId(corpus, text));

/** The one event both sentences are evidence of, if any. */
function sharedEvent(corpus: Corpus, a: string, b: string): TimelineEvent | undefined {
  const theirs = new Set(eventsWith(corpus, b).map((event) => event.id));
  return eventsWith(corpus, a).find((event) => theirs.has(event.id));
}

describe('one act reported a day apart by two outlets is one event with a date conflict', () => {
  it('joins a court ruling dated Friday by one outlet and Thursday by another', () => {
    const fri = 'A state appeals court on Friday overturned the fraud conviction of Oskar Lind.';
    const thu = 'A state appeals court on Thursday overturned the fraud conviction of Oskar Lind.';
    const corpus = ingestStory({
      'a.txt': page('northdesk', '2029-05-11T17:00:00-04:00', ['Lind conviction overturned', fri]),
      'b.txt': page('southdesk', '2029-05-12T07:00:00-04:00', ['Lind wins appeal', thu]),
    });
    const event = sharedEvent(corpus, fri, thu);
    expect(event?.outlets).toEqual(expect.arrayContaining(['northdesk', 'southdesk']));
    expect(event?.dateConflicts?.length ?? 0).toBeGreaterThan(0);
  });

  it('joins a declaration by one named official dated a day apart', () => {
    const wed = 'Governor Ada Kwan declared a state of emergency on Wednesday.';
    const tue = 'Governor Ada Kwan declared a state of emergency on Tuesday.';
    const corpus = ingestStory({
      'a.txt': page('coastline', '2029-09-13T06:00:00-04:00', ['Emergency declared', wed]),
      'b.txt': page('inlandpost', '2029-09-13T20:00:00-04:00', ['Emergency declared', tue]),
    });
    const event = sharedEvent(corpus, wed, tue);
    expect(event?.outlets).toEqual(expect.arrayContaining(['coastline', 'inlandpost']));
    expect(event?.dateConflicts?.length ?? 0).toBeGreaterThan(0);
  });

  it('joins a company’s recall that names no person, dated a day apart', () => {
    const mon = 'Verano Cars said on Monday it is recalling 81,000 vans.';
    const sun = 'Verano Cars said on Sunday it is recalling 80,000 vans.';
    const corpus = ingestStory({
      'a.txt': page('wireone', '2029-03-06T14:00:00-05:00', ['Van recall', mon]),
      'b.txt': page('dailytwo', '2029-03-07T08:00:00+00:00', ['Van recall', sun]),
    });
    const event = sharedEvent(corpus, mon, sun);
    expect(event?.outlets).toEqual(expect.arrayContaining(['wireone', 'dailytwo']));
  });

  it('negative: an arrival one day and the talks the next stay two events, with no conflict', () => {
    const arrival = 'President Ivo Marsh arrived in Lisbon on Tuesday for talks with President Rosa Teles.';
    const talks = 'President Ivo Marsh and President Rosa Teles met in Lisbon on Wednesday.';
    const corpus = ingestStory({
      'a.txt': page('westwire', '2029-03-08T12:00:00+00:00', ['Marsh in Lisbon', arrival]),
      'b.txt': page('eastwire', '2029-03-08T14:00:00+00:00', ['Leaders meet', talks]),
    });
    expect(sharedEvent(corpus, arrival, talks)).toBeUndefined();
  });

  it('negative: one company’s different acts on consecutive days in two outlets stay apart', () => {
    const recall = 'Verano Cars said on Monday it is recalling 81,000 vans.';
    const plant = 'Verano Cars said on Tuesday it would close its plant in Dunmore.';
    const corpus = ingestStory({
      'a.txt': page('wireone', '2029-03-08T14:00:00-05:00', ['Van recall', recall]),
      'b.txt': page('dailytwo', '2029-03-08T16:00:00-05:00', ['Plant to close', plant]),
    });
    expect(sharedEvent(corpus, recall, plant)).toBeUndefined();
  });
});

describe('the same report on the same day names no person', () => {
  it('joins two outlets’ takeover reports that name only the companies', () => {
    const a = 'Marlow Foods agreed on Monday to buy Kestrel for £3.1 billion.';
    const b = 'Marlow Foods agreed on Monday to buy Kestrel for £3.2 billion.';
    const corpus = ingestStory({
      'a.txt': page('citypaper', '2029-07-17T07:00:00+01:00', ['Dairy deal', a]),
      'b.txt': page('marketwire', '2029-07-17T09:00:00+01:00', ['Dairy deal', b]),
    });
    expect(sharedEvent(corpus, a, b)?.outlets).toEqual(expect.arrayContaining(['citypaper', 'marketwire']));
  });

  it('negative: two companies’ own statements that day stay apart', () => {
    const a = 'Marlow Foods agreed on Monday to buy Kestrel Dairies.';
    const b = 'Halvard Shipping confirmed on Monday it had cut 300 jobs.';
    const corpus = ingestStory({
      'a.txt': page('citypaper', '2029-07-17T07:00:00+01:00', ['Dairy deal', a]),
      'b.txt': page('marketwire', '2029-07-17T09:00:00+01:00', ['Shipping cuts', b]),
    });
    expect(sharedEvent(corpus, a, b)).toBeUndefined();
  });
});

describe('a match won is a happening', () => {
  it('makes "beat X in the final on Saturday" an event both outlets report', () => {
    const a = 'Harbour City beat Northvale 2-1 in the cup final on Saturday.';
    const b = 'Harbour City beat Northvale 3-1 in the cup final on Saturday.';
    const corpus = ingestStory({
      'a.txt': page('sportsdesk', '2029-05-19T22:30:00+01:00', ['Cup final', a]),
      'b.txt': page('redtop', '2029-05-19T23:30:00+01:00', ['Cup final', b]),
    });
    expect(sharedEvent(corpus, a, b)?.outlets).toEqual(expect.arrayContaining(['sportsdesk', 'redtop']));
  });

  it('negative: a beat as a noun or a lowercase object is no victory', () => {
    const corpus = ingestStory({
      'a.txt': page('sportsdesk', '2029-05-19T22:30:00+01:00', ['Drums', 'The drummers kept the beat on Saturday in the square.']),
    });
    expect(corpus.events.flatMap((event) => event.kinds ?? [])).not.toContain('victory');
  });
});

describe('an outlet is credited only by a sentence that reports the event', () => {
  it('does not file a Friday ruling under another outlet’s Thursday event', () => {
    const fri = 'A state appeals court on Friday overturned the conviction of former mayor Oskar Lind.';
    const thu = 'The Fourth District Court of Appeal threw out Oskar Lind’s conviction Thursday.';
    const corpus = ingestStory({
      'a.txt': page('northdesk', '2029-05-11T17:00:00-04:00', ['Appeals court overturns ex-mayor’s conviction', fri]),
      'b.txt': page('southdesk', '2029-05-12T07:00:00-04:00', ['Lind conviction thrown out', thu]),
    });
    const misfiled = eventsWith(corpus, fri).filter((event) => event.start !== '2029-05-11' && (event.dateConflicts?.length ?? 0) === 0);
    expect(misfiled.map((event) => event.title)).toEqual([]);
  });

  // Still open: the other outlet's event is kinded a verdict by its object ("threw out Lind's conviction"), so the
  // Friday outlet's headline "overturns … conviction" names it by the verdict word.
  it.fails('does not credit the Friday outlet’s headline to the Thursday event', () => {
    const headline = 'Appeals court overturns ex-mayor’s conviction';
    const corpus = ingestStory({
      'a.txt': page('northdesk', '2029-05-11T17:00:00-04:00', [headline, 'A state appeals court on Friday overturned the conviction of former mayor Oskar Lind.']),
      'b.txt': page('southdesk', '2029-05-12T07:00:00-04:00', ['Lind conviction thrown out', 'The Fourth District Court of Appeal threw out Oskar Lind’s conviction Thursday.']),
    });
    const misfiled = eventsWith(corpus, headline).filter((event) => event.start !== '2029-05-11' && (event.dateConflicts?.length ?? 0) === 0);
    expect(misfiled.map((event) => event.title)).toEqual([]);
  });

  it('does not credit an outlet with a later meeting through a shared host and "talks"', () => {
    const host = 'Prime Minister Ines Varga will host the talks.';
    const later = 'Host Ines Varga said the leaders would meet again in December.';
    const corpus = ingestStory({
      'a.txt': page('euroline', '2029-10-02T12:00:00+02:00', ['Summit opens', host]),
      'b.txt': page('worldpost', '2029-10-06T21:00:00+00:00', ['Summit ends', later]),
    });
    const december = eventsWith(corpus, later).filter((event) => event.start.startsWith('2029-12'));
    expect(december.length).toBeGreaterThan(0);
    for (const event of december) expect(event.outlets).not.toContain('euroline');
  });

  it('keeps a reporter’s credit line off the story’s event', () => {
    const credit = 'Nora Quill, Transport Correspondent';
    const corpus = ingestStory({
      'a.txt': page('northpaper', '2029-02-05T18:00:00+00:00', ['Fire in Hull', credit, 'A warehouse fire broke out in Hull on Monday, police said.']),
    });
    const ids = new Set(corpus.articles.flatMap((article) => article.sentences.filter((s) => s.text === credit).map((s) => s.id)));
    const credited = corpus.events.filter((event) => event.evidence.some((item) => ids.has(item.sentenceId)));
    expect(credited.map((event) => event.title)).toEqual([]);
  });

  it('negative: a sentence naming an editor who did something stays on its event', () => {
    const said = 'Ravi Sen, the paper’s editor, said on Monday the print edition would close.';
    const corpus = ingestStory({ 'a.txt': page('northpaper', '2029-02-05T18:00:00+00:00', ['Print edition to close', said]) });
    expect(eventsWith(corpus, said).length).toBeGreaterThan(0);
  });

  it('puts a headline on the event it names, not on a later one of the article', () => {
    const headline = 'Orrin Labs unveils Vega 5 phone';
    const unveil = 'Orrin Labs on Wednesday unveiled the Vega 5, priced at $699.';
    const sale = 'The phone goes on sale Sept. 20, chief executive Tara Bell said.';
    const corpus = ingestStory({ 'a.txt': page('techdesk', '2029-09-12T19:00:00-07:00', [headline, unveil, sale]) });
    const unveiled = eventsWith(corpus, unveil);
    expect(unveiled.length).toBeGreaterThan(0);
    const onHeadline = corpus.events.filter((event) => event.evidence.some((item) => corpus.articles[0]!.sentences.find((s) => s.id === item.sentenceId)?.text === headline));
    for (const event of onHeadline) expect(unveiled.map((e) => e.id)).toContain(event.id);
  });
});
