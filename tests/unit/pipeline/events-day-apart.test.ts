/**
 * One happening two outlets date a day apart is one event with the date difference shown; two happenings of one kind a
 * day apart that share only a court town or a road stay two (review h25 #9), and a round-up's other match stays off
 * the lead match across outlets (h25 #10). Made-up articles in our own words, pinned publication days, the real ingest.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { ingestStory, together } from '../ingest-story';

const dateDifferences = (corpus: Corpus) => corpus.events.flatMap((event) => event.differences ?? []).filter((difference) => difference.kind === 'date');

describe('two happenings of one kind a day apart, sharing only a place, stay two', () => {
  it('a conviction and an acquittal on other charges in one court town are two verdicts', () => {
    const corpus = ingestStory({
      'a1_mayor.txt': { outlet: 'alpha', publishedAt: '2027-02-20T10:00:00+00:00', lines: ['Former mayor guilty', '', 'A jury found former mayor Tom Reid guilty of bribery on Thursday in Tolby.', ''] },
      'b1_builder.txt': { outlet: 'beta', publishedAt: '2027-02-20T10:00:00+00:00', lines: ['Builder cleared', '', 'A jury in Tolby acquitted a local builder of fraud on Friday.', ''] },
    });
    expect(together(corpus, 'Tom Reid guilty', 'local builder')).toBe(false);
    expect(dateDifferences(corpus)).toEqual([]);
  });

  it('a bus crash and a lorry crash on one road a day apart are two crashes', () => {
    const corpus = ingestStory({
      'a1_bus.txt': { outlet: 'alpha', publishedAt: '2027-02-19T10:00:00+00:00', lines: ['Bus crash on M4', '', 'A bus crashed on the M4 near Usk on Wednesday, injuring 12.', ''] },
      'b1_lorry.txt': { outlet: 'beta', publishedAt: '2027-02-19T10:00:00+00:00', lines: ['Second crash on M4', '', 'A lorry crashed on the M4 near Usk on Thursday.', ''] },
    });
    expect(together(corpus, 'A bus crashed', 'A lorry crashed')).toBe(false);
    expect(dateDifferences(corpus)).toEqual([]);
  });
});

describe('two verdicts or crashes of one day, told apart, stay two', () => {
  it('a conviction and an acquittal on other charges the same day in one court town', () => {
    const corpus = ingestStory({
      'a1_mayor.txt': { outlet: 'alpha', publishedAt: '2027-02-19T20:00:00+00:00', lines: ['Former mayor guilty', '', 'A jury in Tolby found former mayor Tom Reid guilty of bribery on Friday.', ''] },
      'b1_builder.txt': { outlet: 'beta', publishedAt: '2027-02-19T20:00:00+00:00', lines: ['Builder cleared', '', 'A jury in Tolby acquitted a local builder of fraud on Friday.', ''] },
    });
    expect(together(corpus, 'Tom Reid guilty', 'local builder')).toBe(false);
  });

  it('but one conviction two outlets tell in other words the same day stays one', () => {
    const corpus = ingestStory({
      'a1_mayor.txt': { outlet: 'alpha', publishedAt: '2027-02-19T20:00:00+00:00', lines: ['Former mayor guilty', '', 'A jury in Tolby found former mayor Tom Reid guilty of bribery on Friday.', ''] },
      'b1_mayor.txt': { outlet: 'beta', publishedAt: '2027-02-19T20:00:00+00:00', lines: ['Verdict in Tolby', '', 'A former mayor was convicted of bribery and misconduct in Tolby on Friday.', ''] },
    });
    expect(together(corpus, 'Tom Reid guilty', 'bribery and misconduct')).toBe(true);
  });
});

describe('one happening two outlets date a day apart stays one, with the difference shown', () => {
  it('one budget vote dated Monday by one outlet and Tuesday by another', () => {
    const corpus = ingestStory({
      'a1_vote.txt': { outlet: 'alpha', publishedAt: '2027-02-17T10:00:00+00:00', lines: ['Senate passes budget', '', 'The Valdorian Senate approved the national budget in a 61-39 vote on Monday.', ''] },
      'b1_vote.txt': { outlet: 'beta', publishedAt: '2027-02-17T10:00:00+00:00', lines: ['Budget clears Senate', '', 'The Valdorian Senate approved the national budget in a vote on Tuesday, with 61 senators in favour.', ''] },
    });
    expect(together(corpus, '61-39 vote on Monday', 'vote on Tuesday')).toBe(true);
    expect(dateDifferences(corpus).length).toBeGreaterThan(0);
  });

  it('one jet crash at one airport, a jet to one outlet and a plane to the other, naming no airline', () => {
    const corpus = ingestStory({
      'a1_jet.txt': { outlet: 'alpha', publishedAt: '2027-05-10T03:00:00+00:00', lines: ['Jet crashes at Dallin', '', 'A passenger jet crashed on landing at Dallin airport on Sunday, killing 40 people.', ''] },
      'b1_plane.txt': { outlet: 'beta', publishedAt: '2027-05-09T23:00:00+00:00', lines: ['Plane crash at Dallin', '', 'A plane crashed while landing at Dallin airport on Saturday, officials said.', ''] },
    });
    expect(together(corpus, 'A passenger jet crashed', 'A plane crashed')).toBe(true);
  });

  it('one verdict told with other words for the same charges, a day apart, in one court town', () => {
    const corpus = ingestStory({
      'a1_banker.txt': { outlet: 'alpha', publishedAt: '2027-03-06T10:00:00+00:00', lines: ['Banker convicted', '', 'A jury in Tolby found a former banker guilty of seven counts of fraud on Thursday.', ''] },
      'b1_banker.txt': { outlet: 'beta', publishedAt: '2027-03-06T10:00:00+00:00', lines: ['Guilty verdict in Tolby', '', 'A former banker was convicted of fraud and conspiracy in Tolby on Friday.', ''] },
    });
    expect(together(corpus, 'seven counts of fraud', 'fraud and conspiracy')).toBe(true);
  });
});

describe('one verdict or crash the same day, told in other words, stays one (review h34 #1)', () => {
  const day = (outlet: string, file: string, headline: string, line: string) => ({
    [file]: { outlet, publishedAt: '2027-02-19T20:00:00+00:00', lines: [headline, '', line, ''] },
  });

  it('two outlets naming the same man convicted, one mentioning his plea of not guilty', () => {
    const corpus = ingestStory({
      ...day('alpha', 'a1_hill.txt', 'Hill convicted', 'Sam Hill, who had pleaded not guilty, was convicted of fraud at Usk Crown Court on Thursday.'),
      ...day('beta', 'b1_hill.txt', 'Hill guilty', 'A jury found Sam Hill guilty of fraud at Usk Crown Court on Thursday.'),
    });
    expect(together(corpus, 'who had pleaded not guilty', 'found Sam Hill guilty')).toBe(true);
  });

  it('a mixed verdict and a report of its conviction half', () => {
    const corpus = ingestStory({
      ...day('alpha', 'a1_mixed.txt', 'Man cleared of murder', 'A man was cleared of murder but convicted of manslaughter at Usk Crown Court on Thursday.'),
      ...day('beta', 'b1_mixed.txt', 'Manslaughter verdict', 'A jury found a man guilty of manslaughter at Usk Crown Court on Thursday.'),
    });
    expect(together(corpus, 'but convicted of manslaughter', 'guilty of manslaughter at')).toBe(true);
  });

  it('one conviction with the charge in other words', () => {
    const corpus = ingestStory({
      ...day('alpha', 'a1_murder.txt', 'Guilty of murder', 'A jury found a farmer guilty of murder at Usk Crown Court on Thursday.'),
      ...day('beta', 'b1_killing.txt', 'Farmer convicted', 'A farmer was convicted of killing his neighbour at Usk Crown Court on Thursday.'),
    });
    expect(together(corpus, 'guilty of murder', 'killing his neighbour')).toBe(true);
  });

  it('a helicopter one outlet calls an aircraft, and a tanker another calls a lorry', () => {
    const air = ingestStory({
      ...day('alpha', 'a1_heli.txt', 'Army helicopter down', 'An army helicopter crashed near Usk on Thursday.'),
      ...day('beta', 'b1_aircraft.txt', 'Military crash', 'A military aircraft crashed near Usk on Thursday.'),
    });
    expect(together(air, 'army helicopter crashed', 'military aircraft crashed')).toBe(true);
    const road = ingestStory({
      ...day('alpha', 'a1_tanker.txt', 'Tanker crash', 'A fuel tanker crashed on the M4 near Usk on Thursday.'),
      ...day('beta', 'b1_lorry.txt', 'Lorry crash', 'A fuel lorry crashed on the M4 near Usk on Thursday.'),
    });
    expect(together(road, 'fuel tanker crashed', 'fuel lorry crashed')).toBe(true);
  });
});

describe('a round-up’s other match, across outlets (h25 #10)', () => {
  it('each outlet’s line on the other match sits on that match, not on its own lead match', () => {
    const corpus = ingestStory({
      'a1_wales.txt': { outlet: 'alpha', publishedAt: '2027-03-14T22:00:00+00:00', lines: ['Wales edge Scotland in Cardiff', '', 'Wales beat Scotland 24-19 on Saturday in Cardiff.', '', 'Ireland beat France 30-12 in Dublin.', ''] },
      'b1_ireland.txt': { outlet: 'beta', publishedAt: '2027-03-14T22:00:00+00:00', lines: ['Ireland run riot against France', '', 'Ireland beat France 30-12 on Saturday in Dublin.', '', 'Wales beat Scotland 24-19 in the earlier game.', ''] },
    });
    expect(together(corpus, 'Ireland beat France 30-12 in Dublin', 'Wales beat Scotland 24-19 on Saturday')).toBe(false);
    expect(together(corpus, 'Ireland beat France 30-12 in Dublin', 'Ireland beat France 30-12 on Saturday')).toBe(true);
    expect(together(corpus, 'in the earlier game', 'Wales beat Scotland 24-19 on Saturday')).toBe(true);
  });
});
