/**
 * Titles that said something else than the sentence on pages nobody tuned on (review h25 #12, #15): a happening
 * called off titled as the plan, or not titled at all because its noun ends like an adverb ("rally"). Made-up
 * articles, each pinned to its publication time.
 */
import { describe, expect, it } from 'vitest';
import { ingestStory } from '../ingest-story';

const PUBLISHED = '2027-02-18T22:00:00+00:00';

function titlesOf(lines: string[]): string[] {
  const corpus = ingestStory({ 'p1_probe.txt': { outlet: 'probe-desk', publishedAt: PUBLISHED, lines: lines.flatMap((line) => [line, '']) } });
  return corpus.events.map((event) => event.title);
}

describe('a happening called off is titled as its calling off', () => {
  it('titles "A rally that organisers planned to hold on Saturday was cancelled on Thursday" as the cancellation', () => {
    const titles = titlesOf(['Rally off', 'A rally that organisers planned to hold on Saturday was cancelled on Thursday.']);
    expect(titles.filter((title) => /^Rally (?:was )?cancelled$/.test(title))).toHaveLength(1);
    expect(titles).not.toContain('Reported development');
  });

  it('titles "A march planned for Sunday was called off" as called off, never as the plan', () => {
    const titles = titlesOf(['March off', 'A march planned for Sunday was called off on Wednesday.']);
    expect(titles).toContain('March called off');
    expect(titles.filter((title) => /planned/.test(title))).toEqual([]);
  });

  it('titles a vote on a bill, due one day and postponed another, as postponed, never as the vote', () => {
    const titles = titlesOf(['Vote on bill postponed', 'A vote on the housing bill that was due on Tuesday was postponed on Monday.']);
    expect(titles).toContain('Vote on the housing bill postponed');
    expect(titles.filter((title) => /^A vote on the housing bill$/i.test(title))).toEqual([]);
  });

  it('leaves a wording that already says so ("The final was postponed") and a person\'s name alone', () => {
    const titles = titlesOf(['Rain stops play', 'The final was postponed on Tuesday because of rain.', 'Ana Ruiz was suspended by the party on Monday.']);
    expect(titles).toContain('Final was postponed');
    expect(titles.filter((title) => /^(?:Ruiz|Ana) suspended$/.test(title))).toEqual([]);
  });

  it('still reads a cut-off adverb as no subject: "quickly spread to the docks"', () => {
    const titles = titlesOf(['Fire spreads', 'The fire, which started in a warehouse, quickly spread to the docks on Monday.']);
    expect(titles.filter((title) => /^Quickly\b/.test(title))).toEqual([]);
  });
});

describe('a body that announced or said a person\'s plan is its speaker (review h25 #15)', () => {
  it('credits "her party", "his union" and "the ministry", not the person in the claim', () => {
    const titles = titlesOf(['Ruiz to quit', 'Ana Ruiz will stand down in June, her party announced on Monday.', 'Tom Hale will step down in May, his union said on Tuesday.', 'Leo Brandt will leave office, the ministry said on Wednesday.']);
    expect(titles.filter((title) => /^(?:Announcement|Statement|Action) by\b/.test(title))).toEqual([]);
    expect(titles).toContain('Party: Ana Ruiz will stand down in June');
    expect(titles).toContain('Union: Tom Hale will step down in May');
    expect(titles).toContain('Ministry: Leo Brandt will leave office');
  });
});

describe('a title does not end on a preposition of place', () => {
  it('"An earthquake … struck near" loses its "near" rather than the whole wording', () => {
    const titles = titlesOf(['Quake hits Nakhon Ratchasima', 'An earthquake of magnitude 5.8 struck near Nakhon Ratchasima on Wednesday.', 'No deaths were reported, officials in Bangkok said.']);
    expect(titles.filter((title) => /\snear$/.test(title))).toEqual([]);
    expect(titles).toContain('An earthquake of magnitude 5.8 struck');
  });

  it('"… made landfall in northern" loses the region\'s cut adjective', () => {
    const titles = titlesOf(['Typhoon nears coast', 'Typhoon Mirasol made landfall in northern Luzon on Sunday.']);
    expect(titles.filter((title) => /\s(?:in|northern)$/.test(title))).toEqual([]);
    expect(titles).toContain('Typhoon Mirasol made landfall');
  });
});

describe('a "he" or "she" after a group\'s speech is not the group (h30 probe)', () => {
  it('"Friends of Leo Brandt said that he would be missed" never titles the friends as missed', () => {
    const titles = titlesOf(['Tribute', 'Friends of Leo Brandt said on Monday that he would be missed.']);
    expect(titles.filter((title) => /^Friends of Leo Brandt will be missed$/.test(title))).toEqual([]);
  });

  it('"The family of Tom Hale said he was a devoted father" is the family\'s statement, not an act of Hale', () => {
    const titles = titlesOf(['Family tribute', 'The family of Tom Hale said on Monday he was a devoted father.']);
    expect(titles.filter((title) => /^Action by\b/.test(title))).toEqual([]);
    expect(titles).toContain('Family of Tom Hale said he was a devoted father');
  });

  it('negative: a speaker reporting of himself is still read so ("The minister said he would resign")', () => {
    const titles = titlesOf(['Minister to go', 'The minister said on Monday he would resign.']);
    expect(titles.filter((title) => /^Minister (?:will resign|said he would resign)$/.test(title))).toHaveLength(1);
  });
});

describe('a called-off title is the event\'s own happening only (h30 probe)', () => {
  it('a storm\'s cancelled flights do not title the storm as cancelled', () => {
    const titles = titlesOf(['Storm closes airport', 'Hundreds of flights were cancelled at Changi Airport on Monday as the storm passed.']);
    expect(titles.filter((title) => /flights cancelled/i.test(title))).toEqual([]);
  });
});

