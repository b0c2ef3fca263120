/**
 * Every sentence in its event: the undated lines after a dated account that still speak of it (the same speaker
 * going on, the thing the account named taken up as a subject, a paragraph's opening line, a subhead over it) join
 * it with a reason; lines about something else stay context or go elsewhere. Made-up pages in our own words; each
 * case pins its publication day through the manifest.
 */
import { describe, expect, it } from 'vitest';
import { definiteHappeningNouns } from '../../../src/pipeline/text/happening-nouns';
import { ingestOne, page, placementOf } from './placement';

describe('the same speaker going on across a paragraph break', () => {
  const corpus = ingestOne(
    page(
      'Harbour board backs new ferry route',
      'The harbour board on Monday approved a new ferry route to the outer islands.',
      'Separately, the coast guard on Tuesday closed the north channel after a fishing boat ran aground, spokesman Ivan Dorsey told reporters.',
      'Dorsey added that the channel would stay shut until the boat was towed away.',
      'Dorsey said in 2027 that the old pier was no longer safe.',
      'Tomas Reyes, who runs a rival water taxi, said the route would cost him half his trade.',
    ),
  );
  const closing = placementOf(corpus, 'Separately, the coast guard').ids;

  it('a line whose subject is the speaker named in the line before, speaking again, goes on with that account', () => {
    expect(closing).toHaveLength(1);
    const added = placementOf(corpus, 'Dorsey added');
    expect(added.ids).toEqual(closing);
    expect(added.why.join(' ')).toMatch(/the speaker it names, Ivan Dorsey, goes on/);
  });

  it('not when the speaker dates something else, nor when someone else speaks', () => {
    expect(placementOf(corpus, 'Dorsey said in 2027').ids).not.toContain(closing[0]);
    expect(placementOf(corpus, 'Tomas Reyes').ids).toEqual([]);
  });
});

describe('a paragraph’s opening line and the account its next line dates', () => {
  const corpus = ingestOne(
    page(
      'Harbour board backs new ferry route',
      'The harbour board on Monday approved a new ferry route to the outer islands.',
      'The mood at the quay was cheerful. Hundreds of islanders gathered at the pier on Tuesday to watch the first trial crossing.',
      'Boats have crossed these waters for a century. A storm destroyed the old terminal on March 3, 2019.',
      'Fares are set by the county. The board will review them on Friday.',
    ),
  );

  it('a line with nothing of its own that opens a paragraph takes the account the paragraph’s next line dates', () => {
    const gathering = placementOf(corpus, 'Hundreds of islanders').ids;
    expect(gathering).toHaveLength(1);
    const mood = placementOf(corpus, 'The mood at the quay');
    expect(mood.ids).toEqual(gathering);
    expect(mood.why.join(' ')).toMatch(/opens its paragraph/);
  });

  it('not a happening recalled from years back, nor one still to come', () => {
    expect(placementOf(corpus, 'A storm destroyed').ids).toHaveLength(1);
    expect(placementOf(corpus, 'Boats have crossed').ids).toEqual([]);
    expect(placementOf(corpus, 'The board will review').ids).toHaveLength(1);
    expect(placementOf(corpus, 'Fares are set').ids).toEqual([]);
  });
});

describe('the participants concurring', () => {
  const corpus = ingestOne(
    page(
      'Trade chiefs hold phone talks',
      'On Monday, Trade Secretary Anna Berg held a telephone talk with Luis Ortega, her counterpart.',
      'Berg raised the dispute over fishing quotas.',
      'Furthermore, the two ministers concurred on the need to cut port fees.',
      'Furthermore, the two ministers met for lunch.',
    ),
  );

  it('“the two ministers concurred” is the participants acting at the talk', () => {
    const talk = placementOf(corpus, 'On Monday, Trade Secretary').ids;
    expect(talk).toHaveLength(1);
    const concurred = placementOf(corpus, 'Furthermore, the two ministers concurred');
    expect(concurred.ids).toEqual(talk);
    expect(concurred.why.join(' ')).toMatch(/concurred/);
  });

  it('but a happening of their own (a lunch) is not the talk', () => {
    expect(placementOf(corpus, 'Furthermore, the two ministers met').ids).toEqual([]);
  });
});

describe('a speaker’s “we” going on', () => {
  const corpus = ingestOne(
    page(
      'Port strike talks resume',
      'Union leaders met port managers on Tuesday to restart wage talks.',
      'Union chief Dana Cole told reporters after the meeting: "There is still a gap."',
      '"We will not sign a deal that cuts overtime," she added.',
      'We are told the port lost millions during the strike.',
      'Lena Park, port spokesperson: The managers met the union on Tuesday as planned.',
      'We urge both sides to keep talking.',
    ),
  );
  const meeting = placementOf(corpus, 'Union leaders met').ids;

  it('a quote opening with “we”, and a transcript answer going on under its speaker’s label, stay with the account', () => {
    expect(meeting).toHaveLength(1);
    expect(placementOf(corpus, '"We will not sign').ids).toEqual(meeting);
    expect(placementOf(corpus, 'We urge both sides').ids).toEqual(meeting);
    expect(placementOf(corpus, 'We urge both sides').why.join(' ')).toMatch(/opening “We urge”/);
  });

  it('but the narrator’s own “we” stays context', () => {
    expect(placementOf(corpus, 'We are told').ids).toEqual([]);
  });
});

describe('a noun of action naming the account that uses it', () => {
  const corpus = ingestOne(
    page(
      'Mill chimney comes down',
      'Crews carried out the controlled demolition of the old mill chimney on Monday.',
      'Separately, the council on Tuesday approved a budget for the new library.',
      'Neighbours said the demolition was louder than they had expected.',
      'The demolition crew later moved to a site across town.',
      'A second demolition is planned for the gasworks next year.',
    ),
  );
  const demolition = placementOf(corpus, 'Crews carried out').ids;

  it('“the demolition” after another account is the article’s one demolition', () => {
    expect(demolition).toHaveLength(1);
    const said = placementOf(corpus, 'Neighbours said the demolition');
    expect(said.ids).toEqual(demolition);
    expect(said.why.join(' ')).toMatch(/the one account of this article that uses the word/);
  });

  it('not the noun as a modifier (“the demolition crew”), nor another occasion', () => {
    expect(placementOf(corpus, 'The demolition crew').ids).toEqual([]);
    expect(placementOf(corpus, 'A second demolition').ids).not.toContain(demolition[0]);
  });
});

describe('an “-ing” noun naming the account whose headline uses its verb', () => {
  const corpus = ingestOne(
    page(
      'Probe lands beside the crater rim',
      'The robotic probe touched down beside the crater rim on Tuesday evening, mission staff said.',
      'Separately, the agency on Monday signed a contract for a heavier rocket.',
      'Engineers follow the landing on a wall of screens. Photo: Dana Holt',
      'Families cheered the landing from a park near the control centre.',
      'The landing legs were built from a lighter alloy.',
    ),
  );
  const touchdown = placementOf(corpus, 'The robotic probe').ids;

  it('“the landing” is the account the headline tells with “lands”, in a body line and a caption', () => {
    expect(touchdown).toHaveLength(1);
    expect(placementOf(corpus, 'Probe lands').ids).toEqual(touchdown);
    const cheered = placementOf(corpus, 'Families cheered');
    expect(cheered.ids).toEqual(touchdown);
    expect(cheered.why.join(' ')).toMatch(/the one account of this article that uses the word/);
    expect(placementOf(corpus, 'Engineers follow').ids).toEqual(touchdown);
  });

  it('not the noun as a modifier (“the landing legs”) (negative case)', () => {
    expect(placementOf(corpus, 'The landing legs').ids).toEqual([]);
  });
});

describe('an “-ing” noun and a bare stem that is a noun of its own (negative case)', () => {
  const corpus = ingestOne(
    page(
      'Council buys farm land by the river',
      'The council agreed on Tuesday to buy the land beside the river from two farmers.',
      'Anglers said the landing was in poor repair.',
    ),
  );

  it('“the landing” is not the account of “the land”', () => {
    expect(placementOf(corpus, 'The council agreed').ids).toHaveLength(1);
    expect(placementOf(corpus, 'Anglers said').ids).toEqual([]);
  });
});

describe('a line retelling the headline with its own verb', () => {
  const corpus = ingestOne(
    page(
      'Agency docks capsule at orbital station',
      'The capsule reached the orbital station late on Tuesday after a two-day flight, the agency said.',
      'Separately, the agency on Monday signed a contract for a heavier rocket.',
      'The capsule has docked, and its crew of three is preparing to open the hatch.',
      'A cargo ship docked at the same port in 2029 after a longer flight.',
      'Cargo ships docked there many times before, the station’s operators noted.',
      'The capsule docks are made of titanium and were tested for a decade.',
      'Mission staff will brief reporters on the flight and the crew later this week.',
    ),
  );
  const docking = placementOf(corpus, 'The capsule reached').ids;

  it('“The capsule has docked.” under “Agency docks capsule …” is the headline’s account', () => {
    expect(docking).toHaveLength(1);
    expect(placementOf(corpus, 'Agency docks').ids).toEqual(docking);
    const docked = placementOf(corpus, 'The capsule has docked');
    expect(docked.ids).toEqual(docking);
    expect(docked.why.join(' ')).toMatch(/retells the headline/);
  });

  it('not a line with a date of its own, a subject the headline does not name, or no other form of the verb (negative cases)', () => {
    expect(placementOf(corpus, 'A cargo ship docked').ids).not.toContain(docking[0]);
    expect(placementOf(corpus, 'Cargo ships docked').ids).toEqual([]);
    expect(placementOf(corpus, 'The capsule docks are').ids).toEqual([]);
  });
});

describe('definite nouns of action', () => {
  it.each([
    ['declined to comment on the filing.', ['filing']],
    ['said the full reopening was a milestone', ['reopening']],
    ['approved the plan at the hearing', ['hearing']],
    ['the landing gear did not deploy', []],
    ['the federal court and the presidential race', []],
    ['the bridge, which opened in 1977', []],
    ['the government said', []],
  ])('%s → %j', (text, words) => {
    expect(definiteHappeningNouns(text).map((noun) => noun.word)).toEqual(words);
  });
});

describe('a line dating something outside a side account does not go on with it', () => {
  const corpus = ingestOne(
    page(
      'Builder appeals fraud sentence',
      'Lawyers for builder Carl Voss on Tuesday asked an appeals court to overturn his fraud conviction.',
      'A judge sentenced Voss on March 3 to six years in prison.',
      'He also told that court he was sorry.',
      'He has been held in the county jail since November, when his bail was revoked.',
    ),
  );

  it('“He also …” goes on with the sentencing the article recalls, “He has been held … since November” does not', () => {
    const sentencing = placementOf(corpus, 'A judge sentenced').ids;
    expect(sentencing).toHaveLength(1);
    expect(placementOf(corpus, 'He also told').ids).toEqual(sentencing);
    expect(placementOf(corpus, 'He has been held').ids).not.toContain(sentencing[0]);
  });
});

describe('the subject’s own plan for a later happening is that happening’s', () => {
  const corpus = ingestOne(
    page(
      'Ministers meet in Oslo',
      'Trade Secretary Anna Berg met her counterpart Luis Ortega in Oslo on Monday.',
      'They also discussed port fees, as a new tariff regime is set to take effect on April 1.',
      'She also plans to attend the fisheries summit in Paris on March 20.',
    ),
  );
  const meeting = placementOf(corpus, 'Trade Secretary Anna Berg').ids;

  it('“She also plans to attend the summit on March 20” is the summit only', () => {
    expect(meeting).toHaveLength(1);
    const plan = placementOf(corpus, 'She also plans').ids;
    expect(plan).toHaveLength(1);
    expect(plan).not.toContain(meeting[0]);
  });

  it('but a plan in a later clause is the backdrop of what the meeting’s line says', () => {
    expect(placementOf(corpus, 'They also discussed').ids).toContain(meeting[0]);
  });
});
