/**
 * Every sentence in its event (recall): lines that speak of a happening without a happening word of their own — a
 * picture's caption that dates what it shows, a reporter's unanswered request for comment — join the account they
 * belong to; lines about another day, or that could belong to several accounts, stay context. Made-up pages in our
 * own words; each case pins its publication day through the manifest.
 */
import { describe, expect, it } from 'vitest';
import { eventsOfSentence, ingestStory } from '../ingest-story';
import { ingestOne, page, placementOf, PUBLISHED } from './placement';

describe('a caption that dates what its picture shows', () => {
  const corpus = ingestOne(
    page(
      'Crane topples onto quay at river port',
      'A loading crane toppled onto the quay at the river port on Tuesday, injuring two workers.',
      'Photo: Rescue workers stand beside the fallen crane on Tuesday morning.',
      'Separately, the port authority on Monday opened a new berth for grain ships.',
      'Image: A grain ship ties up at the new berth on Monday.',
      'Photo: Harbour pilots at a training drill on Friday.',
      'Photo: Dock workers have kept watch at the gate since Tuesday.',
    ),
  );
  const crane = placementOf(corpus, 'A loading crane').ids;
  const berth = placementOf(corpus, 'Separately, the port authority').ids;

  it('shows the one account the article dates that day', () => {
    expect(crane).toHaveLength(1);
    expect(berth).toHaveLength(1);
    expect(crane).not.toEqual(berth);
    const rescue = placementOf(corpus, 'Photo: Rescue workers');
    expect(rescue.ids).toEqual(crane);
    expect(rescue.why.join(' ')).toMatch(/a caption dated 2031-03-11/);
    expect(placementOf(corpus, 'Image: A grain ship').ids).toEqual(berth);
  });

  it('not a day the article reports nothing on, nor a span running from a day ("since Tuesday")', () => {
    expect(placementOf(corpus, 'Photo: Harbour pilots').ids).toEqual([]);
    expect(placementOf(corpus, 'Photo: Dock workers').ids).toEqual([]);
  });
});

describe('a caption dated a day with several accounts', () => {
  const corpus = ingestOne(
    page(
      'Ferries cancelled as mayor opens library',
      'Islandline Ferries cancelled every crossing on Tuesday because of high winds.',
      'In the town centre, Mayor Ana Ruiz opened the new public library on Tuesday.',
      'Photo: Crowds gather by the harbour on Tuesday afternoon.',
    ),
  );

  it('stays context: the picture could show either', () => {
    expect(placementOf(corpus, 'Islandline Ferries').ids).toHaveLength(1);
    expect(placementOf(corpus, 'In the town centre').ids).toHaveLength(1);
    expect(placementOf(corpus, 'In the town centre').ids).not.toEqual(placementOf(corpus, 'Islandline Ferries').ids);
    expect(placementOf(corpus, 'Photo: Crowds').ids).toEqual([]);
  });
});

describe('a reporter’s unanswered request for comment', () => {
  const corpus = ingestOne(
    page(
      'Regulator fines grain trader over late filings',
      'The commodities regulator on Monday fined a grain trader for filing its accounts late three years running.',
      'The trader has 30 days to pay.',
      'A lawyer for the firm declined to comment on the fine.',
      'The trader’s parent company could not immediately be reached for comment.',
    ),
  );
  const fine = placementOf(corpus, 'The commodities regulator').ids;

  it('answers for the account the article last told', () => {
    expect(fine).toHaveLength(1);
    const lawyer = placementOf(corpus, 'A lawyer for the firm');
    expect(lawyer.ids).toEqual(fine);
    expect(lawyer.why.join(' ')).toMatch(/no-comment line/);
    expect(placementOf(corpus, 'The trader’s parent company').ids).toEqual(fine);
  });
});

describe('a no-comment line with a day of its own', () => {
  const corpus = ingestOne(
    page(
      'Grain trader fined over late filings',
      'The regulator fined the trader on Monday for late filings.',
      'The trader’s owners are based abroad.',
      'In 2029 the trader declined to comment on a similar inquiry.',
    ),
  );

  it('stays off the account: it speaks of another time', () => {
    const fine = placementOf(corpus, 'The regulator fined').ids;
    expect(fine).toHaveLength(1);
    expect(placementOf(corpus, 'In 2029 the trader').ids).not.toContain(fine[0]);
  });
});

describe('the lede’s account past an aside', () => {
  const corpus = ingestOne(
    page(
      'Old grain silo brought down at the east docks',
      'Demolition crews brought down the disused grain silo at the east docks with small explosive charges.',
      'The demolition happened just after noon on Tuesday.',
      'Nearby residents were told to keep their windows shut, officials said.',
      'Engineers had spent a week drilling holes for the charges along the silo walls.',
      'The city council will debate its budget next month.',
      'Parking on the quay remains scarce.',
      'Ferry timetables are printed weekly.',
      'Traffic wardens patrol the square.',
      'A second silo nearby is due to be cleared with charges as well.',
    ),
  );
  const demolition = placementOf(corpus, 'The demolition happened').ids;

  it('a line that takes up the lede’s wording after a line that placed nothing goes on with the lede’s account', () => {
    expect(demolition).toHaveLength(1);
    expect(placementOf(corpus, 'Demolition crews').ids).toEqual(demolition);
    expect(placementOf(corpus, 'Nearby residents').ids).toEqual([]);
    const engineers = placementOf(corpus, 'Engineers had spent');
    expect(engineers.ids).toEqual(demolition);
    expect(engineers.why.join(' ')).toMatch(/the lede’s account goes on/);
  });

  it('not a line about something else, nor one past more than two asides in a row', () => {
    expect(placementOf(corpus, 'The city council').ids).not.toContain(demolition[0]);
    expect(placementOf(corpus, 'A second silo').ids).not.toContain(demolition[0]);
  });
});

describe('a happening named by when it began, in a line that reports another day', () => {
  const corpus = ingestOne(
    page(
      'Travellers still stranded as rail line stays shut',
      'Long queues formed again at the central station on Tuesday as the operator struggled to recover from a signalling failure that began early Sunday.',
      'The signalling failure, which began early Sunday, halted every train in the region.',
    ),
  );

  it('the line is evidence of its own day only, not of the day the happening began', () => {
    const queues = corpus.articles[0]!.sentences.find((sentence) => sentence.text.startsWith('Long queues'))!;
    expect(corpus.dates.filter((date) => date.sentenceId === queues.id).map((date) => date.start).sort()).toEqual(['2031-03-09', '2031-03-11']);
    expect(eventsOfSentence(corpus, queues.id).map((event) => event.start)).toEqual(['2031-03-11']);
  });

  it('a line with that one date still reports the happening on it', () => {
    expect(placementOf(corpus, 'The signalling failure').ids.map((id) => corpus.events.find((event) => event.id === id)!.start)).toContain('2031-03-09');
  });
});

describe('an earlier happening named in a line that reports a later one', () => {
  const corpus = ingestStory({
    'q1_verdict.txt': {
      outlet: 'harbour-times',
      publishedAt: '2031-01-10T12:00:00+00:00',
      lines: page('Trader convicted of fraud', 'A jury on Thursday convicted Pavel Brandt of fraud over the collapse of his grain fund.'),
    },
    'q2_appeal.txt': {
      outlet: 'river-post',
      publishedAt: PUBLISHED,
      lines: page(
        'Brandt appeals fraud conviction',
        'Lawyers for Pavel Brandt asked an appeals court on Tuesday to throw out his fraud conviction.',
        'The conviction of Brandt was the first of its kind in the region, his lawyers said.',
      ),
    },
  });
  const verdict = eventsOfSentence(corpus, 'q1-s2').map((event) => event.id);
  const appealLine = corpus.articles.find((article) => article.id === 'q2')!.sentences.find((sentence) => sentence.text.startsWith('Lawyers for'))!;

  it('is the later happening’s evidence only: the earlier one is its background', () => {
    expect(verdict).toHaveLength(1);
    const on = eventsOfSentence(corpus, appealLine.id).map((event) => event.id);
    expect(on).toHaveLength(1);
    expect(on).not.toContain(verdict[0]);
  });

  it('but a line that dates nothing later still names the earlier happening', () => {
    const sentence = corpus.articles.find((article) => article.id === 'q2')!.sentences.find((item) => item.text.startsWith('The conviction of Brandt'))!;
    expect(eventsOfSentence(corpus, sentence.id).map((event) => event.id)).toContain(verdict[0]);
  });
});

describe('a line in an account’s paragraph that compares with a year before it', () => {
  const corpus = ingestOne(
    page(
      'Islanders elect a new council',
      'Islanders voted on Sunday for a new council, and turnout was high. Turnout was about 70 percent, up from 61 percent in 2027.',
    ),
  );
  const vote = placementOf(corpus, 'Islanders voted').ids;

  it('stays off the account: the year speaks of another time', () => {
    expect(vote).toHaveLength(1);
    expect(placementOf(corpus, 'Turnout was about').ids).not.toContain(vote[0]);
  });
});
