/**
 * Review h58: a crash told in a storm is the crash, not the storm; "collided" is a crash only between craft; a
 * participle aside is only one closed by a comma with the main verb after it, and never the verb after an appositive
 * noun phrase. Made-up articles in our own words, each with a pinned publication day, through the real ingest.
 */
import { describe, expect, it } from 'vitest';
import { eventsOfSentence, ingestStory, sentenceWith, together } from '../ingest-story';

const PUBLISHED = '2028-04-12T10:00:00+00:00';
const page = (lines: string[]) => ({ outlet: 'alpha', publishedAt: PUBLISHED, lines: lines.flatMap((line) => [line, '']) });
const eventsOf = (corpus: ReturnType<typeof ingestStory>, words: string) => eventsOfSentence(corpus, sentenceWith(corpus, words));
const kindsOf = (corpus: ReturnType<typeof ingestStory>, words: string) => eventsOf(corpus, words).flatMap((event) => event.kinds ?? []);

describe('a crash told in a storm or a flood is the crash', () => {
  it('"the crash happened in heavy flooding" joins the bus crash that day', () => {
    const corpus = ingestStory({ 'a1_bus.txt': page(['Bus falls from hill road', 'A bus crashed on the hill road near Tarrow on Monday, killing six.', 'Police said the crash happened in heavy flooding on Monday.']) });
    expect(together(corpus, 'A bus crashed on the hill road', 'the crash happened in heavy flooding')).toBe(true);
  });

  it('"the crash happened as a storm battered the coast" joins the lorry collision that day', () => {
    const corpus = ingestStory({ 'a1_lorry.txt': page(['Lorry and bus collide', 'A lorry collided with a bus on the cliff road on Monday, killing six.', 'The crash happened as a storm battered the coast on Monday.']) });
    expect(together(corpus, 'A lorry collided with a bus', 'The crash happened as a storm')).toBe(true);
  });

  it('a flood told without a crash still stays apart from the crash (negative)', () => {
    const corpus = ingestStory({
      'a1_bus.txt': page(['Bus falls from hill road', 'A bus crashed on the hill road near Tarrow on Monday, killing six.']),
      'b1_flood.txt': { ...page(['Valley dries out', 'All flood warnings for the Tarrow valley were lifted on Monday as the river fell.']), outlet: 'beta' },
    });
    expect(together(corpus, 'A bus crashed on the hill road', 'flood warnings')).toBe(false);
  });
});

describe('a collision is a crash only between craft', () => {
  it('a keeper colliding with a defender is no disaster and does not swallow the match report', () => {
    const corpus = ingestStory({ 'a1_match.txt': page(['Harbor draw', 'The goalkeeper collided with a defender on Monday and was taken off.', 'Harbor Town drew 2-2 with Ellmore on Monday.']) });
    expect(kindsOf(corpus, 'goalkeeper collided')).not.toContain('disaster');
    expect(together(corpus, 'goalkeeper collided', 'drew 2-2 with Ellmore')).toBe(false);
  });

  it('a plan colliding with rules, and colliding particles, are no disaster', () => {
    const corpus = ingestStory({ 'a1_rules.txt': page(['Budget row', 'The tax plan collides with trade rules, ministers said on Tuesday.', 'Scientists counted a record number of particle collisions on Monday.']) });
    expect(kindsOf(corpus, 'collides with trade rules')).not.toContain('disaster');
    expect(kindsOf(corpus, 'particle collisions')).not.toContain('disaster');
  });

  it('a ferry colliding with a freighter is still a crash', () => {
    const corpus = ingestStory({ 'a1_ferry.txt': page(['Ferry hit', 'A ferry collided with a freighter off Kell Point on Monday, injuring nine.']) });
    expect(kindsOf(corpus, 'ferry collided')).toContain('disaster');
  });
});

describe('a participle aside is closed by a comma and followed by the main verb', () => {
  it('the verb after an appositive noun phrase ("the plane, a small glider,") is the main verb', () => {
    const corpus = ingestStory({ 'a1_glider.txt': page(['Glider down', 'On Monday, the plane, a light two-seater, crashed in a barley field, killing both pilots.']) });
    expect(kindsOf(corpus, 'crashed in a barley field')).toContain('disaster');
  });

  it('"the river, swollen by rain, flooded on Sunday, and the mayor spoke" keeps the flood', () => {
    const corpus = ingestStory({ 'a1_river.txt': page(['Floods', 'In Morvik, the river, swollen by snowmelt, flooded on Sunday, and the mayor spoke on Monday.']) });
    const flood = eventsOf(corpus, 'swollen by snowmelt').filter((event) => (event.kinds ?? []).includes('disaster'));
    expect(flood.map((event) => event.start)).toContain('2028-04-09');
  });

  it('a day inside a true aside still dates what it tells ("attacked on Monday by drones")', () => {
    const corpus = ingestStory({ 'a1_truce.txt': page(['Truce', 'The militia, attacked on Monday by drones, signed a truce on Wednesday.']) });
    const events = eventsOf(corpus, 'attacked on Monday');
    expect(events.filter((event) => (event.kinds ?? []).includes('attack')).map((event) => event.start)).toContain('2028-04-10');
    expect(events.filter((event) => (event.kinds ?? []).includes('agreement')).map((event) => event.start)).toContain('2028-04-12');
  });
});
