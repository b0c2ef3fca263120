/**
 * More house styles than the development corpus holds, each rule with what it must leave alone:
 * live-blog update stamps, blog bylines with their stamp, wire datelines without a date, contributor
 * and print-edition notes, picture labels, menu words that are not outlets, staff biographies,
 * wire agencies alone on a line, a masthead the page describes, transcript speaker labels.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/corpus/schema';
import { ingestPage as ingest } from '../ingest-page';


const PROSE = [
  'The harbour authority reopened the northern quay on Tuesday after a week of repairs to the sea wall.',
  'Fishing crews said the repairs had taken longer than promised, and several boats had moored elsewhere.',
  'The authority said the southern quay would be inspected next, though it gave no date for the work.',
];

const bodyTexts = (article: Article) => article.sentences.filter((sentence) => sentence.kind === 'body').map((sentence) => sentence.text);

describe('stamps and bylines', () => {
  it('removes a live blog\u2019s "Updated at 15.02 GMT" as page furniture, not a dated sentence', () => {
    const article = ingest(['Quay repairs: live', 'Wed 12 Mar 2025 16.05 GMT', PROSE[0]!, 'Updated at 15.02 GMT', ...PROSE.slice(1)]);
    expect(bodyTexts(article).some((text) => text.includes('Updated at'))).toBe(false);
    expect(article.removed.find((line) => line.text === 'Updated at 15.02 GMT')?.kind).toBe('furniture');
  });

  it('keeps a decimal figure beside a unit as content: a dot reads as a time only beside a zone or am/pm', () => {
    const article = ingest(['Quay reopens after sea wall repairs', ...PROSE, 'Rainfall: 15.02 mm']);
    expect(article.removed.find((line) => line.text === 'Rainfall: 15.02 mm')?.reason ?? '').not.toMatch(/timestamp/);
  });

  it('reads "Posted by Rick Dunn on March 12, 2025 at 9:14 am" as the byline and the publication day', () => {
    const article = ingest(['Quay reopens after sea wall repairs', 'Posted by Rick Dunn on March 12, 2025 at 9:14 am', ...PROSE]);
    expect(article.byline).toBe('Rick Dunn');
    expect(article.publishedAt).toBe('2025-03-12');
    expect(article.sentences.find((sentence) => sentence.text.startsWith('Posted by'))?.kind).toBe('byline');
  });

  it('does not take a name followed by prose about a date for a byline stamp', () => {
    const article = ingest(['Quay reopens after sea wall repairs', 'By Rick Dunn', 'Crews worked on the wall from dawn on March 3, the authority said in its report.', ...PROSE]);
    expect(article.byline).toBe('Rick Dunn');
    expect(article.publishedAt).toBeNull();
  });

  it('title-cases a shouted byline of two writers and drops the writer\u2019s post', () => {
    expect(ingest(['Quay reopens after sea wall repairs', 'By MARIA GOMEZ and LEE HOLT', ...PROSE]).byline).toBe('Maria Gomez and Lee Holt');
    expect(ingest(['Quay reopens after sea wall repairs', 'By Ken Ito, Staff Writer', ...PROSE]).byline).toBe('Ken Ito');
  });
});

describe('a broadcaster\u2019s labelled caption at the foot', () => {
  it('keeps "Image caption, …" after the last paragraph as the story\u2019s caption, and still removes the credit and share row', () => {
    const article = ingest(['Quay reopens', ...PROSE, 'Image caption, Fishing crews watch the first boats return to the quay', 'Photo: Lena Marsh/THB', 'Share this page']);
    expect(article.sentences.find((sentence) => sentence.text.includes('Fishing crews watch'))?.kind).toBe('caption');
    expect(article.removed.map((line) => line.text)).toEqual(expect.arrayContaining(['Photo: Lena Marsh/THB', 'Share this page']));
  });

  it('removes a label with no caption after it ("Image caption") and a player\u2019s label at the foot', () => {
    const article = ingest(['Quay reopens', ...PROSE, 'Image caption', 'Media caption, Watch: the quay reopens']);
    expect(article.sentences.some((sentence) => /caption/i.test(sentence.text))).toBe(false);
  });
});

describe('wire pages', () => {
  it('keeps a dateline closed by an agency between slashes ("MOSCOW, August 20. /NNA/.") in one sentence before the story', () => {
    const article = ingest(['Quay reopens', 'TOLBY, March 12. /NPA/. The harbour authority reopened the quay on Tuesday. Crews left at noon.', ...PROSE.slice(1)]);
    expect(bodyTexts(article).slice(0, 3)).toEqual(['TOLBY, March 12. /NPA/.', 'The harbour authority reopened the quay on Tuesday.', 'Crews left at noon.']);
  });

  it('keeps a dateline with a state abbreviation and an agency but no date as one sentence, and names the agency', () => {
    const article = ingest(['HARBOR CITY, Calif. (Coastline Press) \u2014 The harbour authority reopened the quay on Tuesday. Crews left at noon.', ...PROSE.slice(1)]);
    expect(bodyTexts(article).slice(0, 2)).toEqual(['HARBOR CITY, Calif. (Coastline Press) \u2014 The harbour authority reopened the quay on Tuesday.', 'Crews left at noon.']);
    expect(article.metadata.outlet.value).toBe('Coastline Press');
    expect(article.dateline).toBe('Harbor City');
  });

  it('takes "… contributed to this report." as a credit, not a story sentence', () => {
    const article = ingest([...PROSE, 'Coastline Press writers Ana Ruiz in Bayview and Ken Park in Washington contributed to this report.']);
    expect(article.sentences.find((sentence) => sentence.text.includes('contributed to this report'))?.kind).toBe('byline');
  });

  it('credits a wire agency named alone on a line, in capitals, and never a bare menu word', () => {
    expect(ingest(['Quay reopens after sea wall repairs', 'JIJI', ...PROSE]).metadata.outlet.value).toBe('Jiji');
    const menu = ingest(['Home', 'News', 'Sport', 'Quay reopens after sea wall repairs', ...PROSE]);
    expect(menu.metadata.outlet.value).toBeNull();
    expect(menu.sentences.some((sentence) => sentence.text === 'News')).toBe(false);
  });
});

describe('notes about the page itself', () => {
  it('removes a print-edition note and a bare "Image" label, each with its reason', () => {
    const article = ingest([
      'Quay reopens after sea wall repairs',
      'Image',
      ...PROSE,
      'A version of this article appears in print on March 12, 2025, Section B, Page 1 of the City edition with the headline: Quay Reopens.',
    ]);
    expect(article.removed.find((line) => line.text === 'Image')?.reason).toMatch(/picture/);
    expect(article.removed.find((line) => line.text.startsWith('A version of this article'))?.reason).toMatch(/print edition/);
  });

  it('keeps a story sentence that speaks of printing or an image', () => {
    const article = ingest(['Quay reopens after sea wall repairs', ...PROSE, 'Images of the damaged wall were printed in the authority\u2019s annual report last year.']);
    expect(bodyTexts(article)).toContain('Images of the damaged wall were printed in the authority\u2019s annual report last year.');
  });
});

describe('outlets from what the page says of itself', () => {
  it('names the paper from a staff writer\u2019s biography, not from a guest\u2019s employer', () => {
    const staff = ingest(['Quay reopens after sea wall repairs', 'By Maria Alvarez', ...PROSE, 'Maria Alvarez covers the waterfront for The Daily Ledger.']);
    expect(staff.metadata.outlet.value).toBe('The Daily Ledger');
    const guest = ingest(['Quay reopens after sea wall repairs', 'By Grace Han', ...PROSE, 'Grace Han is a senior fellow at the Asia Finance Institute.']);
    expect(guest.metadata.outlet.value).toBeNull();
  });

  it('names the site from a first-line masthead that a closing line describes, and not from a masthead alone', () => {
    const described = ingest(['FactLens', 'Did the authority really close the quay?', ...PROSE, 'FactLens is a member of an international network of fact-checkers.']);
    expect(described.metadata.outlet.value).toBe('FactLens');
    const alone = ingest(['FactLens', 'Did the authority really close the quay?', ...PROSE]);
    expect(alone.metadata.outlet.value).toBeNull();
  });

  it('matches an e-mail domain to a masthead in capitals on its own line, not running on into the menu below it', () => {
    const article = ingest(['THE COASTAL TIMES', 'Local | Weather', 'Quay reopens after sea wall repairs', ...PROSE, 'Contact Ken Ito at kito@coastaltimes.com.']);
    expect(article.metadata.outlet.value).toBe('The Coastal Times');
  });
});

describe('transcripts', () => {
  it('keeps "MR. LEE:" with what the speaker said', () => {
    const article = ingest(['Press Briefing by the Harbour Master', 'March 12, 2025', 'Q: When will the quay reopen?', 'MR. LEE: The quay reopens on Tuesday after the last inspection of the wall.']);
    expect(bodyTexts(article)).toContain('MR. LEE: The quay reopens on Tuesday after the last inspection of the wall.');
  });
});

describe('signature bars', () => {
  it('reads writer, outlet and stamp from one barred line, in either order', () => {
    const barred = ingest(['Quay reopens after sea wall repairs', 'Jane Park | Harbour Herald', 'Jan 14 2025, 5:30 PM', ...PROSE]);
    expect([barred.byline, barred.metadata.outlet.value, barred.publishedAt]).toEqual(['Jane Park', 'Harbour Herald', '2025-01-14']);
    const stamped = ingest(['Quay reopens after sea wall repairs', 'Harbour Herald | Jan 14, 2025', ...PROSE]);
    expect([stamped.metadata.outlet.value, stamped.publishedAt]).toEqual(['Harbour Herald', '2025-01-14']);
  });

  it('takes the outlet after the writer\u2019s name in "By Jane Park, Harbour Herald", and not a place', () => {
    const named = ingest(['Quay reopens after sea wall repairs', 'By Jane Park, Harbour Herald', ...PROSE]);
    expect([named.byline, named.metadata.outlet.value]).toEqual(['Jane Park', 'Harbour Herald']);
    const placed = ingest(['Quay reopens after sea wall repairs', 'By Jane Park, Seoul', ...PROSE]);
    expect(placed.metadata.outlet.value).toBeNull();
  });

  it('does not read a section and a date, or a menu, as a signature', () => {
    const section = ingest(['Politics | Jan 14, 2025', 'Quay reopens after sea wall repairs', ...PROSE]);
    expect(section.metadata.outlet.value).toBeNull();
    const menu = ingest(['Home | World | Business', 'Quay reopens after sea wall repairs', ...PROSE]);
    expect(menu.metadata.outlet.value).toBeNull();
  });
});

describe('headlines with a colon', () => {
  it('takes "Harbour storm: live updates" as the headline, and still removes a one-word label and its value', () => {
    const article = ingest(['Harbour storm: live updates', 'Section: Local', ...PROSE]);
    expect(article.headline).toBe('Harbour storm: live updates');
    expect(article.removed.find((line) => line.text === 'Section: Local')?.reason).toMatch(/label/);
  });
});

describe('contact notes', () => {
  it('removes "Contact Ken Ito at kito@…" as how to write to the writer, so the writer is not a person in the story', () => {
    const article = ingest(['Quay reopens after sea wall repairs', ...PROSE, 'Contact Ken Ito at kito@coastaltimes.com.']);
    expect(article.removed.find((line) => line.text.startsWith('Contact Ken Ito'))?.reason).toMatch(/write to the writer/);
  });

  it('keeps a story sentence about contacting someone', () => {
    const article = ingest(['Quay reopens after sea wall repairs', ...PROSE, 'Contact with the fishing crews was lost for an hour during the storm, the coast guard said.']);
    expect(bodyTexts(article)).toContain('Contact with the fishing crews was lost for an hour during the storm, the coast guard said.');
  });
});

describe('furniture of broadcasters, newsletters, live blogs and releases', () => {
  const FURNITURE = [
    'Image source, Getty Images',
    'Media caption, Watch: the wall being repaired',
    'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.',
    'Originally published at harbourherald.example on March 12, 2025.',
    'Read the full story at Harbour Herald.',
    'Media Contact: Jane Doe, press@harbour.example, +1 555 0100',
    'For more information, visit www.harbour.example.',
    'SOURCE Harbour Authority',
    'Forwarded this email? Subscribe here for more',
    'Pinned post',
    'Show 5 new updates',
    'Load more',
    '(END)',
    'Click here for the article in Japanese',
    'This article is available to premium members only.',
    'The BBC is not responsible for the content of external sites.',
  ];

  it('removes each, wherever it stands among the paragraphs, with a reason', () => {
    const article = ingest(['Quay reopens after sea wall repairs', PROSE[0]!, ...FURNITURE.slice(0, 8), PROSE[1]!, ...FURNITURE.slice(8), PROSE[2]!]);
    for (const line of FURNITURE) {
      expect(article.removed.find((removed) => removed.text === line)?.reason, line).toBeTruthy();
    }
    expect(bodyTexts(article)).toEqual(PROSE);
  });

  it('keeps story sentences that use the same words', () => {
    const story = [
      'The source of the leak was a cracked pipe, the authority said in a statement on Tuesday.',
      'Crews had to click the new panels into place by hand before the tide came in that evening.',
      'Members of the fishing co-operative were not responsible for the damage, the inquiry found.',
    ];
    const article = ingest(['Quay reopens after sea wall repairs', ...PROSE, ...story]);
    expect(bodyTexts(article)).toEqual([...PROSE, ...story]);
  });
});

describe('a wire dateline without a year', () => {
  it('takes its day and the year of a full date the text states nearby, and says the publication date is inferred', () => {
    const article = ingest([
      'Quay reopens after sea wall repairs',
      'SEOUL, Jan. 14 (Coastline Press) -- The harbour authority reopened the quay on Tuesday after repairs that began on Jan. 6, 2025.',
      ...PROSE.slice(1),
    ]);
    expect(article.publishedAt).toBe('2025-01-14');
    expect(article.metadata.publishedAt.source).toBe('inferred');
    expect(article.metadata.publishedAt.note).toMatch(/year inferred from "Jan\. 6, 2025"/);
  });

  it('infers nothing from a year alone, or from a full date more than 45 days away (background, not news)', () => {
    const yearOnly = ingest(['Quay reopens', 'SEOUL, Jan. 14 (Coastline Press) -- The quay, built in 2019, reopened on Tuesday after repairs.', ...PROSE.slice(1)]);
    expect([yearOnly.publishedAt, yearOnly.metadata.publishedAt.source]).toEqual([null, 'missing']);
    const far = ingest(['Quay reopens', 'SEOUL, Jan. 14 (Coastline Press) -- The quay, opened on Aug. 2, 2019, reopened on Tuesday after repairs.', ...PROSE.slice(1)]);
    expect(far.publishedAt).toBeNull();
  });
});

describe('where the outlet came from', () => {
  it('says which line named the outlet, so a reviewer knows how plainly the page said it', () => {
    const bio = ingest(['Quay reopens after sea wall repairs', 'By Maria Alvarez', ...PROSE, 'Maria Alvarez covers the waterfront for The Daily Ledger.']);
    expect(bio.metadata.outlet).toMatchObject({ value: 'The Daily Ledger', source: 'text', note: 'staff writer\u2019s biography' });
    const mail = ingest(['Quay reopens after sea wall repairs', 'By Jane Park jpark@harbourherald.com', ...PROSE, 'More from The Harbour Herald on the storm']);
    expect(mail.metadata.outlet.note).toBe('e-mail domain in the text');
    const credit = ingest(['Quay reopens after sea wall repairs', ...PROSE, '\u00a9 2025 The Harbour Herald']);
    expect(credit.metadata.outlet.note).toBe('\u00a9 line of the page');
  });
});

describe('timestamps with a note or a section', () => {
  it('names the outlet from the bracketed note after a timestamp, and reads a stamp beside a section label', () => {
    const noted = ingest(['Quay reopens after sea wall repairs', 'January 14, 2025 (Harbour Mainichi)', ...PROSE]);
    expect([noted.metadata.outlet.value, noted.metadata.outlet.note, noted.publishedAt]).toEqual(['Harbour Mainichi', 'note in brackets after the page\u2019s timestamp', '2025-01-14']);
    const sectioned = ingest(['Quay reopens after sea wall repairs', 'Jan 14, 2025 | Asia', ...PROSE]);
    expect([sectioned.publishedAt, sectioned.metadata.outlet.value]).toEqual(['2025-01-14', null]);
  });

  it('does not take a bracketed figure for an outlet, or a sentence beside a date for a stamp', () => {
    const figure = ingest(['Quay reopens after sea wall repairs', 'January 14, 2025 (3 min)', ...PROSE]);
    expect(figure.metadata.outlet.value).toBeNull();
    const prose = ingest(['Quay reopens after sea wall repairs', 'Jan 14, 2025 | The quay reopened after a week of repairs.', ...PROSE]);
    expect(prose.publishedAt).toBeNull();
  });
});
