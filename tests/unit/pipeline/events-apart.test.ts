/**
 * Two happenings stay two events (review findings #10, #12, #15): a verdict or a crash a day apart that shares nothing
 * but its kind, two named storms the same day in one article, and a headline or a lede about what already happened
 * filed under a hearing still to come. Made-up articles in our own words, each with a pinned publication day, through
 * the real ingest; each rule has a case it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { eventIdsOf, ingestStory, together } from '../ingest-story';

describe('#10: a singular kind a day apart, one side naming nobody', () => {
  it('two verdicts on two people, one unnamed, are two events with no date conflict', () => {
    const corpus = ingestStory({
      'a1_reid.txt': { outlet: 'alpha', publishedAt: '2027-02-19T12:00:00+00:00', lines: ['Former mayor found guilty', '', 'A jury found former mayor Tom Reid guilty of bribery on Thursday.', ''] },
      'b1_builder.txt': { outlet: 'beta', publishedAt: '2027-02-20T12:00:00+00:00', lines: ['Builder cleared of fraud', '', 'A jury acquitted a local builder of fraud on Friday.', ''] },
    });
    expect(together(corpus, 'Tom Reid guilty', 'local builder')).toBe(false);
    expect(corpus.events.flatMap((event) => event.differences ?? []).filter((difference) => difference.kind === 'date')).toEqual([]);
  });

  it('two crashes in two places a day apart are two events', () => {
    const corpus = ingestStory({
      'a1_bus.txt': { outlet: 'alpha', publishedAt: '2027-02-18T12:00:00+00:00', lines: ['Bus crash on motorway', '', 'A bus crashed on the flooded M4 on Wednesday.', ''] },
      'b1_car.txt': { outlet: 'beta', publishedAt: '2027-02-18T12:00:00+00:00', lines: ['Car hits tree', '', 'A car crashed into a fallen tree near Usk on Tuesday.', ''] },
    });
    expect(together(corpus, 'A bus crashed', 'A car crashed')).toBe(false);
  });

  it('one crash two outlets date a day apart, naming the same airline, stays one event', () => {
    const corpus = ingestStory({
      'a1_jet.txt': { outlet: 'alpha', publishedAt: '2027-05-10T03:00:00+00:00', lines: ['Jet crashes on landing', '', 'A Norvik Air passenger jet crashed on landing at Dallin airport on Sunday, killing 40 people.', ''] },
      'b1_jet.txt': { outlet: 'beta', publishedAt: '2027-05-09T23:00:00+00:00', lines: ['Airliner crash', '', 'A Norvik Air plane crashed while landing on Saturday, officials said.', ''] },
    });
    expect(together(corpus, 'A Norvik Air passenger jet', 'A Norvik Air plane')).toBe(true);
  });
});

describe('#12: one article, one day, two named storms', () => {
  it('two named storms the same day are two events', () => {
    const corpus = ingestStory({
      'a1_storms.txt': {
        outlet: 'alpha',
        publishedAt: '2027-09-16T12:00:00+00:00',
        lines: ['Storms in the Atlantic', '', 'Hurricane Lorna came ashore near Port Alder on Wednesday.', '', 'Tropical Storm Mika strengthened in the Atlantic on Wednesday.', ''],
      },
    });
    expect(together(corpus, 'Hurricane Lorna', 'Tropical Storm Mika')).toBe(false);
  });

  it('two matches the same day are two events', () => {
    const corpus = ingestStory({
      'a1_round.txt': { outlet: 'alpha', publishedAt: '2027-09-17T12:00:00+00:00', lines: ['League round-up', '', 'Portvale beat Hillbrook 2-0 on Thursday.', '', 'Castamar won 3-1 at Eastmoor on Thursday.', ''] },
    });
    expect(together(corpus, 'Portvale beat', 'Castamar won')).toBe(false);
  });

  it('one storm told by two outlets, or by a line of its own account, stays one', () => {
    const corpus = ingestStory({
      'a1_lorna.txt': {
        outlet: 'alpha',
        publishedAt: '2027-09-16T12:00:00+00:00',
        lines: ['Lorna hits coast', '', 'Hurricane Lorna came ashore near Port Alder on Wednesday.', '', 'Hurricane Lorna’s winds tore roofs from houses across the bay on Wednesday.', ''],
      },
      'b1_lorna.txt': { outlet: 'beta', publishedAt: '2027-09-16T14:00:00+00:00', lines: ['Hurricane makes landfall', '', 'Hurricane Lorna made landfall near Port Alder on Wednesday.', ''] },
    });
    expect(together(corpus, 'came ashore', 'made landfall')).toBe(true);
    expect(together(corpus, 'came ashore', 'tore roofs')).toBe(true);
  });
});

describe('#15: a headline and a lede about what happened are not the hearing to come', () => {
  const corpus = ingestStory({
    'a1_harlow.txt': {
      outlet: 'alpha',
      publishedAt: '2027-02-20T12:00:00+00:00',
      lines: [
        'Appeal court frees Harlow',
        '',
        'The Court of Appeal on Friday overturned the conviction of Simon Harlow.',
        '',
        'An appeal by his deputy, Karen Mott, will be heard on March 3.',
        '',
        'The appeal will be heard by three judges.',
        '',
      ],
    },
  });

  it('the headline and the lede are on Friday’s ruling only', () => {
    const ruling = eventIdsOf(corpus, 'overturned the conviction');
    const hearing = eventIdsOf(corpus, 'will be heard on March 3');
    expect(ruling).toHaveLength(1);
    expect(hearing).toHaveLength(1);
    expect(ruling).not.toEqual(hearing);
    expect(eventIdsOf(corpus, 'Appeal court frees Harlow')).toEqual(ruling);
  });

  it('a line that looks ahead still names the hearing to come', () => {
    expect(eventIdsOf(corpus, 'three judges')).toEqual(eventIdsOf(corpus, 'will be heard on March 3'));
  });
});

describe('a match is one moment: what its article dates that day by the match clock is part of it', () => {
  const corpus = ingestStory({
    'm1_final.txt': {
      outlet: 'alpha',
      publishedAt: '2027-07-11T22:00:00+00:00',
      lines: [
        'Castamar beat Portvale to lift the cup',
        '',
        'LONDON, July 11 - Castamar beat Portvale 2-1 in the cup final at Eastmoor on Sunday.',
        '',
        'Dario Vens put Castamar ahead two minutes after the restart.',
        '',
        'Portvale substitute Ole Brandt equalised 20 minutes later.',
        '',
        'The match kicked off at 3 p.m. local time.',
        '',
        'Coach Mara Lind declined to say after the match whether she would stay on.',
        '',
        'Fans in Harrow lit flares in the main square on Sunday.',
        '',
      ],
    },
  });

  it('joins the goals, the kick-off and what was said after the match to the win', () => {
    for (const words of ['Dario Vens put', 'equalised 20 minutes later', 'kicked off at 3 p.m.', 'declined to say after the match']) {
      expect(together(corpus, 'Castamar beat Portvale 2-1', words)).toBe(true);
    }
  });

  it('not a line of that day with no match clock in it', () => {
    expect(together(corpus, 'Castamar beat Portvale 2-1', 'lit flares')).toBe(false);
  });

  it('not an election night’s other lines: "the final count" is no match clock', () => {
    const night = ingestStory({
      'e1_vote.txt': {
        outlet: 'alpha',
        publishedAt: '2027-01-16T22:00:00+08:00',
        lines: ['Rena Thal wins presidency', '', 'Rena Thal won the presidential election on Saturday.', '', 'Officials released the final count on Saturday.', ''],
      },
    });
    expect(together(night, 'Rena Thal won', 'released the final count')).toBe(false);
  });
});
