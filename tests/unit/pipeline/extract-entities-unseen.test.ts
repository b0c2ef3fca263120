/**
 * Names and their kinds in a story the rules were not written for: titles and job
 * words before a name, generational and company suffixes, the heads and tails of
 * bodies and places, firms and their short names, and kinds read from the words
 * around a name. Every case is made-up text, with one of the same look that must
 * not be read that way.
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

describe('titles and suffixes', () => {
  it('leaves an agency head\'s title out of the name', () => {
    const entities = one('Harbour Board Executive Director Mira Castell said the quay would reopen.', 'Superintendent Ivo Brandt and Rear Adm. Lena Kovac spoke later.');
    expect(names(entities, 'person')).toEqual(['Ivo Brandt', 'Lena Kovac', 'Mira Castell']);
    expect(names(one('The executive director resigned on Friday.'), 'person')).toEqual([]);
  });

  it('reads the county before "County Executive" as a place, and its town too', () => {
    const entities = one('Lakeview County Executive Tom Hale said shelters were open.', 'Lakeview mourned the workers.');
    expect(names(entities, 'place')).toEqual(['Lakeview', 'Lakeview County']);
    expect(names(entities, 'person')).toEqual(['Tom Hale']);
    // A district before a judge's title is no new place: "District Judge" is the title.
    expect(names(one('U.S. District Judge Hana Brandt presided.'), 'place')).toEqual(['United States']);
  });

  it('keeps "Jr." with its dot before a comma, and a company\'s "Ltd." with its dot', () => {
    const entities = one('Col. Pedro Alves Jr., the head of the state police, said divers had left.', 'The ship is owned by Brightwater Shipping Ltd., a Cyprus firm.');
    expect(names(entities, 'person')).toEqual(['Pedro Alves Jr.']);
    expect(names(entities, 'organization')).toEqual(['Brightwater Shipping Ltd.']);
    // A capital letter before a comma keeps no dot it does not have.
    expect(texts(one('The plan, said Pedro Alves Jr, was ready.'), 'person')).toEqual(['Pedro Alves Jr']);
  });
});

describe('heads of bodies and places', () => {
  it('reads a guard as a body, never a person', () => {
    const entities = one('The Coast Guard said the search would end at dusk.', 'The Norland Coast Guard sent two cutters.');
    expect(names(entities, 'organization')).toEqual(['Coast Guard', 'Norland Coast Guard']);
    expect(names(entities, 'person')).toEqual([]);
  });

  it('reads channels, terminals, points, seaboards and "Port of …" as places', () => {
    const entities = one(
      'The Fort Ludlow Federal Channel reopened, and the ship moved to the Eastbay Container Terminal.',
      'Cranes from the Western Seaboard reached the Port of Valmora and Marsh Point.',
    );
    expect(names(entities, 'place')).toEqual(['Eastbay Container Terminal', 'Fort Ludlow Federal Channel', 'Marsh Point', 'Port of Valmora', 'Western Seaboard']);
    expect(names(entities, 'person')).toEqual([]);
    // "the Port" alone names nothing new.
    expect(names(one('Trucks still reach the Port, officials said.'), 'place')).toEqual([]);
  });

  it('splits a place at "and": a town and a headland are two places', () => {
    const entities = one('It carried Elmridge and Heron Point residents to work.');
    expect(names(entities, 'place')).toContain('Heron Point');
    expect(names(entities, 'place')).not.toContain('Elmridge and Heron Point');
    // A body may hold "and".
    expect(names(one('The Harbour Fishing and Safety Board met.'), 'organization')).toEqual(['Harbour Fishing and Safety Board']);
  });
});

describe('bodies by acronym and firms by their short names', () => {
  it('reads an undefined acronym as a body when its staff follow it or, after "the", it acts', () => {
    const entities = extract(makeArticle('a', ['QVB agents searched the vessel on Monday.']), makeArticle('b', ['The QVB opened an inquiry, and later the QVB said little.']));
    expect(texts(entities, 'organization')).toEqual(['QVB', 'QVB', 'QVB']);
    // Said alone, or with no "the", an acronym is no body: it may be a person's initials; "the PM" is a person.
    expect(names(one('ZKV said the vote was fair.', 'The ZKV rule was dropped.', 'The PM said the MP would resign.'), 'organization')).toEqual([]);
  });

  it('names a firm without its legal form and by its first word, not as a place or a person', () => {
    const entities = one(
      'The tanker is owned by Harrow Ocean Private Ltd and managed by Tessel Marine Group.',
      'Tessel said it was cooperating. Harrow Ocean did not reply.',
    );
    expect(texts(entities, 'organization')).toEqual(['Harrow Ocean', 'Harrow Ocean Private Ltd', 'Tessel', 'Tessel Marine Group']);
    expect(names(entities, 'place')).toEqual([]);
    expect(names(entities, 'person')).toEqual([]);
    // Without a legal form, "Ocean" still heads a place.
    expect(names(one('Storms crossed the Harrow Ocean in May.'), 'place')).toEqual(['Harrow Ocean']);
  });
});

describe('places told by the words around them', () => {
  it('reads one name word after "in", after an age or before "residents", and a "town of" name, as a place, everywhere', () => {
    const entities = one(
      'Relatives waited at a church in Elmridge.',
      'Police named him as Ana Ruiz, 26, of Brookfall.',
      'The bridge carried Oxley residents to work, the town of Fennick Cross said.',
      'Elmridge mourns its workers.',
    );
    expect(names(entities, 'place')).toEqual(['Brookfall', 'Elmridge', 'Fennick Cross', 'Oxley']);
    expect(texts(entities, 'place')).toEqual(['Brookfall', 'Elmridge', 'Elmridge', 'Fennick Cross', 'Oxley']);
    expect(names(entities, 'person')).toEqual(['Ana Ruiz']);
  });

  it('does not read a person\'s surname, a possessive or a longer name after "in" as a new place', () => {
    const entities = one('Voters kept faith in Okafor, said Teresa Okafor\'s aides.', 'The rise in Halden\'s budget was approved in Grand Forks Hall.');
    expect(names(entities, 'place')).toEqual(['Grand Forks Hall']);
    expect(names(entities, 'person')).toEqual(['Teresa Okafor']);
    // Nor a numbered part or a language.
    expect(names(one('The firm filed in Chapter 11 and answered in Arabic.'), 'place')).toEqual([]);
  });

  it('reads a numbered road and "State of …" as places, and the road word as no maker', () => {
    const entities = one('Traffic on Interstate 495 and Route 40 was diverted, the State of Ostmark said.');
    expect(names(entities, 'place')).toEqual(['Interstate 495', 'Route 40', 'State of Ostmark']);
    expect(names(entities, 'organization')).toEqual([]);
    expect(names(one('The State of the Union address ran long.'), 'place')).toEqual([]);
  });
});

describe('bodies with a trade\'s plural, and picture credits', () => {
  it('keeps a plural in "-men\'s" inside a body\'s name, but not a country\'s possessive', () => {
    expect(names(one('The International Fishermen\'s Association thanked the crews.'), 'organization')).toEqual(["International Fishermen's Association"]);
    expect(names(one('Ostland\'s Parliament met. Yemen\'s Parliament met too.'), 'organization')).toEqual(['Parliament']);
  });

  it('does not read the name in an outlet\'s picture credit, but reads a sentence that only opens like one', () => {
    expect(names(one('Candles line the fence outside the church.', 'Gazette photo by Rafe Lindholm'), 'person')).toEqual([]);
    expect(names(one('A photo by Rafe Lindholm won the prize on Friday.'), 'person')).toEqual(['Rafe Lindholm']);
  });
});

describe('short names, forces and nested tails', () => {
  it('lets a river be named by its own word once known, but not a person\'s surname', () => {
    const entities = one('The span fell into the Harlan River at night.', 'Divers searched the Harlan until dawn.');
    expect(texts(entities, 'place')).toEqual(['Harlan', 'Harlan River']);
    const person = one('Boats crossed the Okafor River.', 'Teresa Okafor said Okafor would stay.');
    expect(texts(person, 'place')).toEqual(['Okafor River']);
    expect(texts(person, 'person')).toEqual(['Okafor', 'Teresa Okafor']);
  });

  it('reads "State police" as a body, but not a police force after a place', () => {
    expect(texts(one('State police identified the two men.'), 'organization')).toEqual(['State police']);
    const local = one('Ostland State police said nothing.', 'Local police closed the road.');
    expect(names(local, 'organization')).toEqual([]);
  });

  it('lets a head inside a body\'s tail take its own "of"', () => {
    expect(names(one('A judge of the U.S. Bankruptcy Court for the District of Ostmark approved the plan.'), 'organization')).toEqual(['U.S. Bankruptcy Court for the District of Ostmark']);
    expect(names(one('The Ministry of Defense of Ostland said nothing.'), 'organization')).toEqual(['Ministry of Defense']);
  });

  it('counts an airline before its plane\'s model, but not a maker before its product', () => {
    const entities = one('Another Harrow Air 737-800 returned to the gate.', 'Inspectors checked every Tarn 520-300 jet, Harrow Air said.');
    expect(texts(entities, 'organization')).toEqual(['Harrow Air', 'Harrow Air']);
  });

  it('reads a lowercase "party" after a plural\'s possessive as one body', () => {
    expect(names(one('Ko Min, whose Ostland People\'s party won seats, spoke.'), 'organization')).toEqual(["Ostland People's party"]);
    expect(names(one('It was Ostland\'s party, he said.'), 'organization')).toEqual([]);
  });
});

describe('acronyms spelled by a body found in full', () => {
  it('joins an acronym found alone to the one body whose initials spell it, and to no other', () => {
    const entities = extract(
      makeArticle('a', ['The Harbour Transport Safety Board opened an inquiry.']),
      makeArticle('b', ['Later the HTSB said the ship lost power, and HTSB investigators left.', 'QX agents met the Quiet Xylophone Board.']),
    );
    const board = entities.find((entity) => entity.name === 'Harbour Transport Safety Board');
    expect(board?.mentions.map((mention) => mention.text)).toEqual(['Harbour Transport Safety Board', 'HTSB', 'HTSB']);
    expect(names(entities, 'organization')).toEqual(['Harbour Transport Safety Board', 'QX', 'Quiet Xylophone Board']);
  });
});

describe('places by their opening word', () => {
  it('reads "Fort …", "Mount …" and "Lake …" as places, never people, but leaves a longer name to its head', () => {
    const entities = one('Fireworks lit Fort Ridley and Mount Aldern on Friday.', 'Lake Orra froze, the Cape Sorrel Police Department said.');
    expect(names(entities, 'place')).toEqual(['Fort Ridley', 'Lake Orra', 'Mount Aldern']);
    expect(names(entities, 'organization')).toEqual(['Cape Sorrel Police Department']);
    expect(names(entities, 'person')).toEqual([]);
  });
});

describe('a town before its office', () => {
  it('reads one name word before "Mayor", "Sheriff" or "Police Chief" as a place, but not a rank', () => {
    const entities = one('On Friday, Elmridge Mayor Ana Ruiz and Oxley Police Chief Ray Dunn said the Deputy Mayor Tom Hale agreed.');
    expect(names(entities, 'place')).toEqual(['Elmridge', 'Oxley']);
    expect(names(entities, 'person')).toEqual(['Ana Ruiz', 'Ray Dunn', 'Tom Hale']);
    expect(names(one('Reporters asked Acting Mayor Ana Ruiz.'), 'place')).toEqual([]);
  });
});
