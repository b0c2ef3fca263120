/**
 * What the comparison says about two outlets' figures, through the whole ingest: a difference where they give
 * different amounts of the same thing, none where the numbers count different things. From a review that ran
 * made-up stories through the ingest (2026-12-07); each case failed before figures.ts.
 */
import { describe, expect, it } from 'vitest';
import { ingestStory, type StoryArticle } from '../ingest-story';

const report = (outlet: string, publishedAt: string, headline: string, sentence: string): StoryArticle => ({ outlet, publishedAt, lines: [headline, sentence] });

/** The one event both outlets' sentences are on, and what the comparison says about it. */
function compared(first: StoryArticle, second: StoryArticle) {
  const corpus = ingestStory({ 'a.txt': first, 'b.txt': second });
  const shared = corpus.events.filter((event) => event.outlets.length === 2);
  expect(shared).toHaveLength(1);
  const event = shared[0]!;
  return { title: event.title, summaries: (event.differences ?? []).map((difference) => difference.summary) };
}

describe('figures two outlets give for one event', () => {
  it('compares a match’s sets whole and in order, and a committee’s vote split', () => {
    expect(
      compared(
        report('sport-a', '2026-07-12T18:00:00+01:00', 'Final', 'Lena Kovac won the Westbury final on Saturday, beating Jana Horak 6-4, 3-6, 7-5.'),
        report('sport-b', '2026-07-12T19:00:00+01:00', 'Final', 'Lena Kovac won the Westbury final on Saturday, beating Jana Horak 6-4, 6-3, 7-5.'),
      ).summaries,
    ).toEqual(['Different scores: “6-4, 3-6, 7-5” (sport-a) vs “6-4, 6-3, 7-5” (sport-b).']);
    expect(
      compared(
        report('sport-a', '2026-07-12T18:00:00+01:00', 'Final', 'Lena Kovac won the Westbury final on Saturday, beating Jana Horak 6-4, 3-6, 7-5.'),
        report('sport-b', '2026-07-12T19:00:00+01:00', 'Final', 'Lena Kovac won the Westbury final on Saturday after beating Jana Horak 6-4, 3-6, 7-5.'),
      ).summaries,
    ).toEqual([]);
    expect(
      compared(
        report('city-a', '2026-06-18T13:05:00+01:00', 'Rates', 'The Bank of Norland kept its main rate at 3.75% on Thursday, with its Monetary Policy Committee voting 6-3 to hold.'),
        report('city-b', '2026-06-18T15:40:00+01:00', 'Rates', 'The Bank of Norland kept its main rate at 3.75% on Thursday, with its Monetary Policy Committee voting 7-2 to hold.'),
      ).summaries,
    ).toEqual(['Different scores: “6-3” (city-a) vs “7-2” (city-b).']);
  });

  it('shows different counts, and the title gives both', () => {
    const { title, summaries } = compared(
      report('wire-a', '2026-03-10T14:00:00-05:00', 'Recall', 'Brakeford Motors said on Monday it is recalling 142,000 SUVs.'),
      report('daily-b', '2026-03-10T18:00:00-05:00', 'Recall', 'Brakeford Motors said on Monday it is recalling 140,000 SUVs.'),
    );
    expect(summaries).toEqual(['Different numbers for “suv”: “142,000 SUVs” (wire-a) vs “140,000 SUVs” (daily-b).']);
    expect(title).toContain('142,000');
    expect(title).toContain('140,000');
  });

  it('shows different percentages and scores', () => {
    expect(
      compared(
        report('fed-a', '2026-03-19T14:00:00-05:00', 'Rates', 'The Federal Reserve raised interest rates to 4.5% on Wednesday.'),
        report('fed-b', '2026-03-19T15:00:00-05:00', 'Rates', 'The Federal Reserve raised interest rates to 4.75% on Wednesday.'),
      ).summaries,
    ).toEqual(['Different percentages: “4.5%” (fed-a) vs “4.75%” (fed-b).']);
    expect(
      compared(
        report('sport-a', '2026-05-17T22:30:00+01:00', 'Cup final', 'Riverton United won the cup final on Saturday, beating Castlegate 2-1.'),
        report('sport-b', '2026-05-17T23:30:00+01:00', 'Cup final', 'Riverton United won the cup final on Saturday, beating Castlegate 3-1.'),
      ).summaries,
    ).toEqual(['Different scores: “2-1” (sport-a) vs “3-1” (sport-b).']);
  });

  it('compares a person’s ages, however written, and never an age with a prison term', () => {
    expect(
      compared(
        report('court-a', '2026-11-10T10:00:00-05:00', 'Verdict', 'Victor Hale, 61, was convicted on Monday.'),
        report('court-b', '2026-11-10T11:00:00-05:00', 'Verdict', 'The 62-year-old Victor Hale was convicted on Monday.'),
      ).summaries,
    ).toEqual(['Different ages for Victor Hale: “61” (court-a) vs “62-year-old” (court-b).']);
    expect(
      compared(
        report('court-a', '2026-11-10T10:00:00-05:00', 'Verdict', 'Victor Hale was convicted on Monday and faces up to 20 years in prison.'),
        report('court-b', '2026-11-10T11:00:00-05:00', 'Verdict', 'The 62-year-old Victor Hale was convicted on Monday.'),
      ).summaries,
    ).toEqual([]);
  });

  it('does not set counts of different things against each other', () => {
    // The dead and the survivors; a maximum term and the sentence given; parts and their whole.
    expect(
      compared(
        report('coast-a', '2026-09-25T06:00:00-04:00', 'Storm', 'The storm made landfall near Mobile on Thursday, killing 12 people.'),
        report('coast-b', '2026-09-25T08:00:00-04:00', 'Storm', 'The storm made landfall near Mobile on Thursday and two people survived a roof collapse.'),
      ).summaries,
    ).toEqual([]);
    expect(
      compared(
        report('court-a', '2026-11-10T10:00:00-05:00', 'Sentenced', 'Victor Hale was sentenced on Monday, though the counts carried a maximum of 40 years in prison.'),
        report('court-b', '2026-11-10T11:00:00-05:00', 'Sentenced', 'Victor Hale was sentenced on Monday to 12 years in prison.'),
      ).summaries,
    ).toEqual([]);
    expect(
      compared(
        report('court-a', '2026-11-10T10:00:00-05:00', 'Verdict', 'Victor Hale was convicted on Monday of seven counts of fraud.'),
        report('court-b', '2026-11-10T11:00:00-05:00', 'Verdict', 'Victor Hale was convicted on Monday of two counts of wire fraud and five counts of conspiracy.'),
      ).summaries,
    ).toEqual([]);
  });

  it('does not dispute a figure both outlets give because one outlet gives a second one of another thing', () => {
    // Profit and revenue; the winner's and the rival's share; a storm's toll and an earlier storm's.
    expect(
      compared(
        report('biz-a', '2026-03-11T10:00:00+00:00', 'Results', 'Hollin Foods said on Wednesday its profit rose 12% and its revenue rose 6%.'),
        report('biz-b', '2026-03-11T11:00:00+00:00', 'Results', 'Hollin Foods said on Wednesday its revenue rose 6%.'),
      ),
    ).toEqual({ title: expect.not.stringContaining(' or '), summaries: [] });
    expect(
      compared(
        report('poll-a', '2026-10-05T10:00:00+00:00', 'Vote', 'The Civic Union won 41% of the vote in Sunday\'s election.'),
        report('poll-b', '2026-10-05T11:00:00+00:00', 'Vote', 'The Civic Union won 41% of the vote in Sunday\'s election, while the Labour Front won 33%.'),
      ).summaries,
    ).toEqual([]);
    expect(
      compared(
        report('wx-a', '2026-10-05T10:00:00+00:00', 'Storm', 'Storm Ilse killed six people in Wales on Sunday.'),
        report('wx-b', '2026-10-05T11:00:00+00:00', 'Storm', 'Storm Ilse battered Wales on Sunday, a year after Storm Bram killed two people there.'),
      ).summaries,
    ).toEqual([]);
  });

  it('an estimate agrees with a figure close to it', () => {
    expect(
      compared(
        report('wire-a', '2026-03-10T14:00:00-05:00', 'Recall', 'Brakeford Motors said on Monday it is recalling 142,000 SUVs.'),
        report('daily-b', '2026-03-10T18:00:00-05:00', 'Recall', 'Brakeford Motors said on Monday it is recalling about 140,000 SUVs.'),
      ).summaries,
    ).toEqual([]);
  });
});

describe('runs of days two outlets give for one event', () => {
  it('shows stated runs that differ, though they overlap', () => {
    expect(
      compared(
        report('visit-a', '2026-02-20T10:00:00+00:00', 'Visit', 'President Tomas Novak will visit Brazil from March 3 to 5.'),
        report('visit-b', '2026-02-20T11:00:00+00:00', 'Visit', 'President Tomas Novak will visit Brazil from March 4 to 6.'),
      ).summaries,
    ).toEqual(['Outlets date this differently: 3 Mar 2026 – 5 Mar 2026 (visit-a) vs 4 Mar 2026 – 6 Mar 2026 (visit-b).']);
  });

  it('sees no difference between a run and the month that holds it', () => {
    expect(
      compared(
        report('visit-a', '2026-02-20T10:00:00+00:00', 'Visit', 'President Tomas Novak will visit Brazil from March 3 to 5.'),
        report('visit-b', '2026-02-20T11:00:00+00:00', 'Visit', 'President Tomas Novak will visit Brazil in March.'),
      ).summaries,
    ).toEqual([]);
  });
});
