/**
 * Rules brought by probe 7 (issue 13) and the known failures of round 7, each beside the look-alike that must stay:
 * an agency's release under its name and its parent body, a wire's slash-wrapped mark, an untitled letter's tagline and
 * numbered item heads, a support appeal, and a landmark's "Place, day" caption over a page with no stamp.
 * All pages are made up and read with no manifest.
 */
import { describe, expect, it } from 'vitest';
import { ingestPage } from '../ingest-page';
import { leaksOf } from './page-leaks';
import { isIssuerLineOver, isTagline, placeStamp } from '../../../src/pipeline/line-shape';

const FERRY = [
  'The island ferry will run two extra crossings a day from next month, the operator said on Tuesday.',
  'Islanders had complained for years that the last boat left the mainland too early in the evening.',
  'The new timetable will be reviewed after the summer.',
];

describe('an agency\u2019s own release: its name, then its parent body, then the title', () => {
  const release = ingestPage([
    'Coastal Survey Organisation',
    'Department of Marine Affairs, Government of Westland',
    'Home | Surveys | Charts | Media',
    'Press Release',
    'Tide tables: summer update',
    'Eastport, June 2, 2023',
    ...FERRY,
  ]);

  it('reads the organisation as the outlet and the title line as the headline', () => {
    expect(release.metadata.outlet.value).toBe('Coastal Survey Organisation');
    expect(release.headline).toBe('Tide tables: summer update');
    expect(release.publishedAt?.slice(0, 10)).toBe('2023-06-02');
    expect(leaksOf(release, 'Department of Marine Affairs, Government of Westland')).toEqual([]);
  });

  it('takes a body\u2019s bare name for the issuer only with its parent body or a release label under it', () => {
    expect(isIssuerLineOver('Coastal Survey Organisation', 'Department of Marine Affairs, Government of Westland')).toBe(true);
    expect(isIssuerLineOver('Coastal Survey Organisation', 'Press Release')).toBe(true);
    expect(isIssuerLineOver('Coastal Survey Organisation', 'By Marta Silva')).toBe(false);
    expect(isIssuerLineOver('Westland Quits World Shipping Organisation', 'By Marta Silva')).toBe(false);
  });

  it('keeps a headline naming an organisation as the headline', () => {
    const story = ingestPage(['Westland Quits World Shipping Organisation', 'By Marta Silva', 'June 2, 2023', ...FERRY]);
    expect(story.headline).toBe('Westland Quits World Shipping Organisation');
    expect(story.byline).toBe('Marta Silva');
    expect(story.metadata.outlet.value).toBeNull();
  });
});

describe('a wire\u2019s mark between slashes after its dateline', () => {
  it('reads the mark as the agency, or the page\u2019s line naming its service', () => {
    const lead = 'KAZAN, June 2. /VTA/. The island ferry will run two extra crossings a day from next month, the operator said.';
    expect(ingestPage(['Ferry adds crossings', lead, ...FERRY.slice(1)]).metadata.outlet.value).toBe('VTA');
    expect(ingestPage(['VTA English', 'World | Economy | Sport', 'Ferry adds crossings', lead, ...FERRY.slice(1)]).metadata.outlet.value).toBe('VTA English');
  });

  it('reads no agency from slashes inside a sentence', () => {
    const lead = 'KAZAN, the river city, saw fares rise by a third, and/or fell, /sic/ the operator said.';
    expect(ingestPage(['Ferry adds crossings', 'June 2, 2023', lead, ...FERRY.slice(1)]).metadata.outlet.value).toBeNull();
  });
});

describe('an untitled e-mail letter: tagline and numbered item heads are its furniture', () => {
  const letter = [
    'View this email in your browser',
    'THE TIDE LETTER',
    'Your weekday guide to the coast',
    'Good morning. Three things today.',
    '1. More crossings for the island',
    ...FERRY.slice(0, 2),
    '2. A new pier for the north bay',
    'Builders will start on the new pier in the autumn, the council said.',
    'Become a supporter',
    'You are receiving this because you subscribed to The Tide Letter. Unsubscribe | Manage preferences',
  ];

  it('removes the tagline, the heads and the support appeal, and reads the letter\u2019s name', () => {
    const article = ingestPage(letter);
    for (const line of ['Your weekday guide to the coast', '1. More crossings for the island', '2. A new pier for the north bay', 'Become a supporter']) expect(leaksOf(article, line)).toEqual([]);
    expect(article.headline).toBeNull();
    expect(article.metadata.outlet.value).toBe('The Tide Letter');
    expect(article.sentences.map((sentence) => sentence.text).join(' ')).toContain('Builders will start on the new pier');
  });

  it('keeps the heads of a letter with a title: they carry the issue\u2019s news', () => {
    const titled = ingestPage(['The Tide Letter', 'Ferries run later and a pier for the north bay', ...letter.slice(3)]);
    expect(titled.sentences.map((sentence) => sentence.text).join(' ')).toContain('More crossings for the island');
  });

  it('keeps numbered heads on a page that is no letter, and numbered sentences anywhere', () => {
    const page = ingestPage(['Ferry adds crossings', 'By Ines Varga', 'June 2, 2023', '1. More crossings for the island', ...FERRY]);
    expect(page.sentences.map((sentence) => sentence.text).join(' ')).toContain('More crossings for the island');
  });

  it('reads a cadence guide as a tagline, not a guide in a headline', () => {
    expect(isTagline('Your weekday guide to the coast')).toBe(true);
    expect(isTagline('Your weekly briefing on money and markets')).toBe(true);
    expect(isTagline('Your guide to the new ferry timetable')).toBe(false);
    expect(isTagline('The weekly guide to the council was never published, residents said.')).toBe(false);
  });

  it('keeps a sentence about becoming a supporter', () => {
    const page = ingestPage(['Ferry adds crossings', 'By Ines Varga', 'June 2, 2023', ...FERRY, 'Become a supporter of the ferry trust, the chairman urged islanders at the meeting.']);
    expect(page.sentences.map((sentence) => sentence.text).join(' ')).toContain('Become a supporter of the ferry trust');
  });
});

describe('a "Place, day" line over the first paragraph', () => {
  it('dates nothing when the place is a landmark (a picture\u2019s caption)', () => {
    expect(placeStamp('Gull Point Lighthouse, 3 May 2016')).toBeNull();
    expect(placeStamp('Harbour Bridge, 3 May 2016')).toBeNull();
    expect(ingestPage(['Old lighthouse to become a museum', 'Gull Point Lighthouse, 3 May 2016', ...FERRY]).publishedAt).toBeNull();
  });

  it('still dates a release by its town\u2019s "Place, day" line', () => {
    expect(placeStamp('Eastport, June 2, 2023')).toBe('June 2, 2023');
    expect(ingestPage(['Ferry adds crossings', 'Eastport, June 2, 2023', ...FERRY]).publishedAt?.slice(0, 10)).toBe('2023-06-02');
  });
});

describe('a document copied from print: page numbers go, its numbered sections stay', () => {
  const RULING = [
    'Tenants win appeal over service charges',
    'August 14, 2023',
    'The tenants of a block of flats appealed against a ruling that let their landlord charge them for a new roof.',
    'The lower tribunal had found that the lease allowed the charge.',
    'It said the roof was worn out and had to be replaced, whatever its design.',
  ];
  const AFTER = ['The lease spoke only of repairs, and a new roof of a different design was an improvement, not a repair.', 'The appeal was therefore allowed.'];

  it.each(['2 \u2013 The court\u2019s reasons', 'II. REASONS FOR THE DECISION', 'Part 2 \u2013 The lease'])('keeps "%s" under "- 2 -" and drops the page number', (head) => {
    const article = ingestPage([...RULING, '- 2 -', head, ...AFTER]);
    const kept = article.sentences.map((sentence) => sentence.text).join(' ');
    expect(kept).toContain(head.replace(/^.*?(?=[\p{L}]{3})/u, '').slice(0, 12));
    expect(article.sentences.map((sentence) => sentence.text)).not.toContain('- 2 -');
  });

  it('still drops a running title beside the page number', () => {
    const article = ingestPage([...RULING, '- 2 -', 'Tenants v Landlord \u2013 judgment', ...AFTER]);
    expect(leaksOf(article, 'Tenants v Landlord \u2013 judgment')).toEqual([]);
  });
});

describe('a results table between paragraphs is the story\u2019s, not a run of links', () => {
  const head = ['League leaders win again', 'By Ines Varga', 'August 14, 2023', 'The leaders won at home on Saturday with a goal in the last minute.'];
  const tail = ['The leaders travel north next weekend, with both sides unbeaten.'];

  it.each([
    [['Harbour United 2 Eastfield Rovers 1', 'Millbrook Town 0 Northgate Athletic 3']],
    [['Harbour United 2-1 Eastfield Rovers', 'Millbrook Town 0-3 Northgate Athletic (aet)']],
  ])('keeps the rows %j', (rows) => {
    const kept = ingestPage([...head, ...rows, ...tail]).sentences.map((sentence) => sentence.text);
    for (const row of rows) expect(kept).toContain(row);
  });

  it('still drops a run of other stories\u2019 titles', () => {
    const links = ['Council Approves New Cycle Lanes For Ring Road', 'Ferry Fares To Rise In The Spring'];
    const article = ingestPage([...head, ...links, ...tail]);
    for (const link of links) expect(leaksOf(article, link)).toEqual([]);
  });
});

describe('bylines with a colon after the label', () => {
  it.each([
    ['By: Paolo Reyes', 'Paolo Reyes'],
    ['Author: Carla Mendez', 'Carla Mendez'],
  ])('reads "%s" as the byline', (line, name) => {
    expect(ingestPage(['Ferry adds two crossings a day', line, 'June 2, 2023', ...FERRY]).byline).toBe(name);
  });

  it('reads no byline from a label of another kind', () => {
    expect(ingestPage(['Ferry adds two crossings a day', 'June 2, 2023', 'Category: Transport', ...FERRY]).byline).toBeNull();
  });
});

describe('links and appeals between paragraphs; a story\u2019s closing event details', () => {
  const page = (line: string, where: 'middle' | 'foot' = 'middle') =>
    ingestPage(['Ferry adds two crossings a day', 'By Ines Varga', 'June 2, 2023', FERRY[0]!, ...(where === 'middle' ? [line, ...FERRY.slice(1)] : [...FERRY.slice(1), line])]);

  it.each([
    ['READ: Bridge tolls frozen for another year', 'middle'],
    ['Don\u2019t miss out on the latest news and information.', 'foot'],
  ] as const)('removes "%s"', (line, where) => {
    expect(leaksOf(page(line, where), line)).toEqual([]);
  });

  it.each([
    'Read: the operator\u2019s statement said the change would cost nothing.',
    'Read the timetable closely and you will find the gap at noon, one islander said.',
  ])('keeps the story line "%s"', (line) => {
    expect(page(line).sentences.map((sentence) => sentence.text).join(' ')).toContain(line.slice(0, 30));
  });

  it('keeps "When:" and "Where:" lines closing a story about an event, and drops a sign-up line after them', () => {
    const article = ingestPage(['Harvest fair returns', 'By Ines Varga', 'June 2, 2023', ...FERRY, 'When: Saturday, June 10, 10am to 4pm', 'Where: The harbour car park', 'Sign up for our newsletter']);
    const kept = article.sentences.map((sentence) => sentence.text).join(' ');
    expect(kept).toContain('When: Saturday, June 10');
    expect(kept).toContain('Where: The harbour car park');
    expect(leaksOf(article, 'Sign up for our newsletter')).toEqual([]);
  });
});

describe('an untitled letter\u2019s name in capitals at its top', () => {
  it('is its masthead, not a short headline, when its foot names the letter', () => {
    const article = ingestPage(['THE TIDE BRIEFING', 'Friday, June 2, 2023', ...FERRY, 'You are receiving this email because you signed up for The Tide Briefing. Unsubscribe']);
    expect(article.headline).toBeNull();
    expect(leaksOf(article, 'THE TIDE BRIEFING')).toEqual([]);
    expect(article.metadata.outlet.value).toBe('The Tide Briefing');
  });

  it('stays the headline when the foot names another letter', () => {
    const article = ingestPage(['FERRY FARES FROZEN', 'Friday, June 2, 2023', ...FERRY, 'You are receiving this email because you signed up for The Tide Briefing. Unsubscribe']);
    expect(article.headline).toBe('FERRY FARES FROZEN');
  });
});

describe('stamps, closing credits and issuers in the shapes of probe 7', () => {
  it('reads "Updated / Monday, 14 Aug 2023 19:10" as a stamp', () => {
    const article = ingestPage(['Harbour Radio News', 'Updated / Friday, 2 Jun 2023 19:10', 'Ferry adds two crossings a day', ...FERRY]);
    expect(article.publishedAt?.slice(0, 10)).toBe('2023-06-02');
    expect(article.headline).toBe('Ferry adds two crossings a day');
  });

  it('reads the outlet of "\u2014KG, Bay News" without the editor\u2019s initials', () => {
    expect(ingestPage(['Ferry adds two crossings a day', 'June 2, 2023', ...FERRY, '\u2014KG, Bay News']).metadata.outlet.value).toBe('Bay News');
  });

  it('reads a police force over its "News release" label as the issuer, not a bare force in a headline', () => {
    expect(ingestPage(['Northshire Police', 'News release', 'Man charged after ferry assault', 'Published: 2 June 2023', ...FERRY]).metadata.outlet.value).toBe('Northshire Police');
    expect(isIssuerLineOver('Northshire Police', 'By Ines Varga')).toBe(false);
  });
});
