/**
 * Entity shapes that recur across stories — middle initials, names in capitals,
 * two people joined by "and", bodies whose names hold "and" or a list, a title's
 * office, firms, legislatures, seas, districts and compass-led provinces — each
 * with a made-up sentence and one of the same look that must not be read that way.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Entity, EntityType } from '../../../src/lib/corpus/schema';
import { defaultEntityKnowledge } from '../../../src/pipeline/knowledge/entity-knowledge';
import { extractEntities } from '../../../src/pipeline/stages/extract-entities/extract-entities';
import { makeArticle, type ArticleLine } from '../make-article';

const extract = (...articles: Article[]): Entity[] => extractEntities({ knowledge: defaultEntityKnowledge }, articles);
const one = (...lines: ArticleLine[]) => extract(makeArticle('a', lines));
const names = (entities: readonly Entity[], type: EntityType) => entities.filter((entity) => entity.type === type).map((entity) => entity.name).sort();
const texts = (entities: readonly Entity[], type: EntityType) => entities.filter((entity) => entity.type === type).flatMap((entity) => entity.mentions.map((mention) => mention.text)).sort();

describe('people', () => {
  it('keeps a middle initial and a generational suffix inside the name', () => {
    const entities = one('Judge Marta K. Olsen fined the port operator, and Rafael Ortiz Jr. said he would appeal.');
    expect(names(entities, 'person')).toEqual(['Marta K. Olsen', 'Rafael Ortiz Jr.']);
    expect(texts(entities, 'person')).not.toContain('Marta');
  });

  it('finds a long surname in capitals, and the whole name in capitals, as a press release writes them', () => {
    const entities = one(
      'Teodora Vasquez-Montenegro was sentenced on Friday.',
      'The court ordered TEODORA VASQUEZ-MONTENEGRO to forfeit the proceeds.',
      'VASQUEZ-MONTENEGRO, 41, of Lisbon, was convicted in March.',
    );
    expect(texts(entities, 'person')).toEqual(['TEODORA VASQUEZ-MONTENEGRO', 'Teodora Vasquez-Montenegro', 'VASQUEZ-MONTENEGRO']);
  });

  it('reads "X and Y" as two people, but "X and Y Board" as one body', () => {
    const people = one('His parents, the professors Aurelio Mendes and Clara Fonseca, watched from the gallery.');
    expect(names(people, 'person')).toEqual(['Aurelio Mendes', 'Clara Fonseca']);
    const body = one('Officials from the Harbour Fishing and Safety Board inspected the quay on Tuesday.');
    expect(names(body, 'organization')).toEqual(['Harbour Fishing and Safety Board']);
    expect(names(body, 'person')).toEqual([]);
  });
});

describe('bodies', () => {
  it('keeps "and" and a closed list inside a name, but not a list that runs on into the sentence', () => {
    const entities = one(
      'The Ministry of Ports, Fisheries and Shipping said the Securities and Futures Task Force had opened an inquiry.',
    );
    expect(names(entities, 'organization')).toEqual(['Ministry of Ports, Fisheries and Shipping', 'Securities and Futures Task Force']);
    expect(names(one('The Constitutional Court and National Assembly both met on Friday.'), 'organization')).toEqual(['Constitutional Court', 'National Assembly']);
    const open = one('A spokesman for the Ministry of Defense, Lee Han-gil, declined to comment.');
    expect(names(open, 'organization')).toEqual(['Ministry of Defense']);
    expect(names(open, 'person')).toEqual(['Lee Han-gil']);
  });

  it('reads a title\'s office as a body, but a title\'s possession as nothing', () => {
    expect(names(one('A spokesperson for the U.S. Attorney\'s Office in Boston declined to comment.'), 'organization')).toEqual(["U.S. Attorney's Office"]);
    expect(names(one('Officials said the Governor\'s plan would be debated next week in Boston.'), 'organization')).toEqual([]);
  });

  it('reads firms named by their trade, legislatures called Yuan and newspapers called Shimbun, and keeps the firm\'s short name', () => {
    const entities = one('Deposits went to Tidewater Research, a trading firm.', 'The Legislative Yuan debated the budget, the Kansai Shimbun reported.');
    expect(names(entities, 'organization')).toEqual(['Kansai Shimbun', 'Legislative Yuan', 'Tidewater Research']);
    expect(names(entities, 'person')).toEqual([]);
  });

  it('reads hauliers, carmakers and steelmakers named by their trade as bodies, not people', () => {
    const firms = one('Samjin Logistics said it would divert two vessels.', 'Tokai Motor has not changed its plans, and Daehan Steel cut output.');
    expect(names(firms, 'organization')).toEqual(['Daehan Steel', 'Samjin Logistics', 'Tokai Motor']);
    expect(names(firms, 'person')).toEqual([]);
  });

  it('reads a ministry named in lower case by its portfolio as a body when it speaks or acts, not a building or "a ministry"', () => {
    const acting = one('The transport ministry said it would inspect every jet.', 'In Tokyo, the foreign ministry announced the visit on Friday.');
    expect(names(acting, 'organization')).toEqual(['foreign ministry', 'transport ministry']);
    const other = one('The ministers met at the foreign ministry in Seoul.', 'A ministry spokesman declined to comment, and every ministry said nothing.');
    expect(names(other, 'organization')).toEqual([]);
  });

  it('does not read a body used as an adjective before a role, or a district before a judge', () => {
    const entities = one('He is the first Nordic Cabinet minister to visit, and U.S. District Judge Hana Brandt presided.');
    expect(names(entities, 'organization')).toEqual([]);
    expect(names(entities, 'place')).toEqual(['United States']);
    expect(names(one('Cabinet ministers met. The Nordic Cabinet approved the plan on Friday.'), 'organization')).toEqual(['Nordic Cabinet']);
  });

  it('keeps an ordinal at the head of a court\'s name', () => {
    expect(names(one('The 9th U.S. Circuit Court of Appeals heard the case in May.'), 'organization')).toEqual(['9th U.S. Circuit Court of Appeals']);
  });
});

describe('places', () => {
  it('reads seas, districts, halls and complexes as places, with a compass word that opens them', () => {
    const entities = one(
      'Patrols in the South Andaman Sea grew, and talks were held at the Government Complex Lisbon in Alfama District.',
      'Mourners gathered at the Harbour Memorial Hall in North Tasman Province.',
    );
    expect(names(entities, 'place')).toEqual(['Alfama District', 'Government Complex Lisbon', 'Harbour Memorial Hall', 'North Tasman Province', 'South Andaman Sea']);
  });

  it('does not read a compass word alone, or a compass word before a known country, as a new place', () => {
    expect(names(one('Exports to South Korea rose, officials in the North said.'), 'place')).toEqual(['South Korea']);
  });
});

describe('names the text gives by shape or context', () => {
  it('reads a maker before a model number as a body, and the model as no mention of it', () => {
    const entities = one('Inspectors checked every Tarn 520-300 jet.', 'Tarn said it would send engineers to the site.');
    const tarn = entities.find((entity) => entity.name === 'Tarn');
    expect(tarn?.type).toBe('organization');
    expect(tarn?.mentions.map((mention) => mention.sentenceId)).toEqual(['a-s2']);
    expect(names(entities, 'person')).toEqual([]);
  });

  it('reads an undefined acronym as a body when a body\'s noun or a title follows it, not when it only speaks', () => {
    const entities = one('QRX founder Ada Lind was arrested.', 'Former QRX Chief Executive Ada Lind denied it.', 'QRX filed for bankruptcy.');
    expect(texts(entities, 'organization')).toEqual(['QRX', 'QRX', 'QRX']);
    expect(names(one('ZKV said the vote was fair.'), 'organization')).toEqual([]);
  });

  it('takes a second name given with "also known as" for the same person everywhere', () => {
    const entities = extract(
      makeArticle('a', ['The court sentenced Teodoro Barrientos, also known as "TB," to ten years.']),
      makeArticle('b', ['Prosecutors said TB had lied to lenders.']),
    );
    const person = entities.find((entity) => entity.name === 'Teodoro Barrientos');
    expect(person?.mentions.map((mention) => mention.text).sort()).toEqual(['TB', 'TB', 'Teodoro Barrientos']);
  });

  it('lets a firm\'s own word name it alone, but not a word the text also writes in lowercase', () => {
    const entities = one('Deposits went to Tidewater Research.', 'Tidewater\'s books were empty.', 'A foreign envoy met the Foreign Ministry on Monday.', 'Foreign Secretary Ana Reyes spoke.');
    expect(texts(entities, 'organization')).toEqual(['Foreign Ministry', 'Tidewater', 'Tidewater Research']);
  });

  it('reads the town an airport or a province is named after as a place, and a run it opens as no person', () => {
    const entities = one('The jet crashed at Sorang International Airport.', 'Families gathered in Sorang on Sunday.', 'Mourners filled Sorang Sports Park.', 'Another jet returned to Belmar airport.');
    // ("Belmar" is a place too, but here only inside "Belmar airport".)
    expect(names(entities, 'place')).toEqual(['Belmar airport', 'Sorang', 'Sorang International Airport']);
    expect(names(entities, 'person')).toEqual([]);
  });

  it('reads a lowercase "party" after two capitalised words as a body, but not after one', () => {
    expect(names(one('He leads the Green Unity party in the north.'), 'organization')).toEqual(['Green Unity party']);
    expect(names(one('He joined the Labour party in May.'), 'organization')).toEqual([]);
  });

  it('does not take a common word opening a sentence for a given name, nor a run before a title for a person', () => {
    expect(names(one('Voters Sent a clear message.', 'The voters were tired.'), 'person')).toEqual([]);
    expect(names(one('The Trilateral Foreign Ministers\' Meeting opened in Tokyo.'), 'person')).toEqual([]);
  });
});

describe('places by shape, slugs and agencies', () => {
  it('reads Korean and Japanese district suffixes as places, but not a hyphenated given name', () => {
    const entities = one('Police gathered outside his home in Seoul\'s Yeonhui-dong on Friday.', 'Reporter Kim Min-jun filed from there.');
    expect(names(entities, 'place')).toEqual(['Seoul', 'Yeonhui-dong']);
    expect(names(entities, 'person')).toEqual(['Kim Min-jun']);
  });

  it('reads "of Town, Region," as a place, but not a name that goes on past the region', () => {
    expect(names(one('ORTIZ, 41, of Mesa Verde, California, was convicted.'), 'place')).toEqual(['California', 'Mesa Verde']);
    const entities = one('The rally was led by Hana Brandt, Lisbon mayor, on Sunday.');
    expect(names(entities, 'place')).toEqual(['Lisbon']);
  });

  it('reads a place behind a wire slug in capitals, but not inside a foreign compound', () => {
    expect(names(one('BRIEF-Japan orders checks of all harbour cranes'), 'place')).toEqual(['Japan']);
    expect(names(one('The Asia-Pacific forum opened.'), 'place')).toEqual([]);
  });

  it('knows the large news agencies by their short names', () => {
    expect(names(one('Xinhua said the talks were constructive, and AFP reported the same.'), 'organization')).toEqual(['Agence France-Presse', 'Xinhua']);
  });
});
