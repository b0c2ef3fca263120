/**
 * A broad probe of how pages print their own metadata: the publication day, the outlet and the headline, in the
 * shapes real sites use and in any position (top, after the headline, after the byline, at the foot). Every page
 * here is made up; the names ("The Harbor Ledger", "Tidewater Media Group") belong to no real outlet. Each shape
 * comes with what must NOT be read: a relative time, a copyright year, a dated sentence of the story, a timeline
 * or correction line, a court docket, an organisation quoted in a sentence, a contributing agency.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/corpus/schema';
import { ingestPage as ingest } from '../ingest-page';

const TITLE = 'Harbor crews begin clearing the wrecked span';
const BYLINE = 'By Jane Roe';
const PROSE = [
  'Salvage crews started cutting the twisted steel into pieces small enough to lift onto barges, officials said.',
  'The shipping channel stays closed to all but a handful of tugboats while divers survey the riverbed.',
  'Port workers said they expect weeks of lost pay, and the city has promised a relief fund for them.',
];

/** The page laid out with the stamp in one of four places. */
const PLACES = {
  'at the top': (stamp: string) => [stamp, TITLE, BYLINE, ...PROSE],
  'after the headline': (stamp: string) => [TITLE, stamp, BYLINE, ...PROSE],
  'after the byline': (stamp: string) => [TITLE, BYLINE, stamp, ...PROSE],
  'at the foot': (stamp: string) => [TITLE, BYLINE, ...PROSE, stamp],
} as const;

/** The stamp line is accounted for: removed with a reason, or kept as a metadata line, never read as a sentence of the story. */
function accountedFor(article: Article, stamp: string) {
  const removed = article.removed.find((line) => line.text.trim() === stamp);
  const kept = article.sentences.filter((sentence) => stamp.includes(sentence.text) || sentence.text.includes(stamp));
  if (removed) expect(removed.reason, stamp).not.toBe('');
  else {
    expect(kept.length, `${stamp} is neither removed nor kept`).toBeGreaterThan(0);
    for (const sentence of kept) expect(sentence.kind, stamp).not.toBe('body');
  }
}

const day = (article: Article) => article.publishedAt?.slice(0, 10) ?? null;

describe('publication stamps in the shapes pages print them, in every position', () => {
  const stamps: Array<[string, string]> = [
    ['Published 27 March 2024, 14:20 GMT', '2024-03-27'],
    ['Wed 27 Mar 2024 14.20 GMT', '2024-03-27'],
    ['Last modified on Wed 27 Mar 2024 16.05 GMT', '2024-03-27'],
    ['March 27, 2024 at 6:04 p.m. EDT', '2024-03-27'],
    ['Updated: 4/15/2024 9:12 AM', '2024-04-15'],
    ['2024-03-27T18:04:00Z', '2024-03-27'],
    ['27.03.2024 | 18:04', '2024-03-27'],
    ['Posted on: Mar. 27, 2024', '2024-03-27'],
    ['First published: 27 March 2024', '2024-03-27'],
    ['First published on Wed 27 Mar 2024 09.10 GMT', '2024-03-27'],
    ['Date: 2024/03/27', '2024-03-27'],
    ['Published: March 27, 2024 | Updated: March 28, 2024', '2024-03-27'],
    ['Published Wednesday, March 27, 2024 6:04 PM', '2024-03-27'],
    ['March 27, 2024, 6:04 p.m. ET', '2024-03-27'],
    ['Posted Mar 27, 2024 at 6:04 PM EDT', '2024-03-27'],
    ['27 March 2024 • 6:04pm', '2024-03-27'],
    ['Wednesday 27 March 2024', '2024-03-27'],
    ['Updated March 27, 2024 6:04 pm', '2024-03-27'],
  ];
  for (const [stamp, expected] of stamps) {
    for (const [place, page] of Object.entries(PLACES)) {
      it(`reads "${stamp}" ${place}`, () => {
        const article = ingest(page(stamp));
        expect(day(article)).toBe(expected);
        expect(article.headline).toBe(TITLE);
        accountedFor(article, stamp);
      });
    }
  }

  it('keeps the minute and the offset a stamp states with its zone', () => {
    expect(ingest(PLACES['after the headline']('March 27, 2024 at 6:04 p.m. EDT')).publishedAt).toBe('2024-03-27T18:04:00-04:00');
    expect(ingest(PLACES['after the headline']('2024-03-27T18:04:00Z')).publishedAt).toBe('2024-03-27T18:04:00+00:00');
    expect(ingest(PLACES['after the headline']('Published 27 March 2024, 14:20 GMT')).publishedAt).toBe('2024-03-27T14:20:00+00:00');
  });

  it('prefers the first-publication stamp to a later modification, whichever comes first on the page', () => {
    const article = ingest([TITLE, 'Last modified on Thu 28 Mar 2024 16.05 GMT', 'First published on Wed 27 Mar 2024 09.10 GMT', BYLINE, ...PROSE]);
    expect(day(article)).toBe('2024-03-27');
  });
});

describe('stamps carried by a byline', () => {
  it('reads "By Jane Roe | March 27, 2024" and keeps the writer alone as the byline', () => {
    const article = ingest([TITLE, 'By Jane Roe | March 27, 2024', ...PROSE]);
    expect(day(article)).toBe('2024-03-27');
    expect(article.byline).toBe('Jane Roe');
  });

  it('reads "Jane Roe · Mar 27, 2024 · 5 min read" and keeps the writer alone as the byline', () => {
    const article = ingest([TITLE, 'Jane Roe · Mar 27, 2024 · 5 min read', ...PROSE]);
    expect(day(article)).toBe('2024-03-27');
    expect(article.byline).toBe('Jane Roe');
  });

  it('reads "By Jane Roe, The Harbor Ledger | March 27, 2024"', () => {
    const article = ingest([TITLE, 'By Jane Roe, The Harbor Ledger | March 27, 2024', ...PROSE]);
    expect(day(article)).toBe('2024-03-27');
    expect(article.byline).toBe('Jane Roe');
  });
});

describe('print editions and stamps without a day', () => {
  it('takes the print edition’s day when it is the only day the page gives', () => {
    const stamp = 'Print edition: Thursday, March 28, 2024, page A1';
    const article = ingest([TITLE, BYLINE, ...PROSE, stamp]);
    expect(day(article)).toBe('2024-03-28');
    accountedFor(article, stamp);
  });

  it('prefers the online stamp to the print edition’s day', () => {
    const article = ingest([TITLE, 'March 27, 2024', BYLINE, ...PROSE, 'Print edition: Thursday, March 28, 2024, page A1']);
    expect(day(article)).toBe('2024-03-27');
  });

  for (const stamp of ['Filed 06:04 ET', 'Published: 3 days ago', 'Updated 2 hours ago', 'Posted 45 minutes ago', '© 2024 The Harbor Ledger', 'Copyright 2024']) {
    it(`invents no day from "${stamp}"`, () => {
      const article = ingest([TITLE, stamp, BYLINE, ...PROSE]);
      expect(article.publishedAt).toBeNull();
      accountedFor(article, stamp);
    });
  }
});

describe('a slashed day that reads both ways', () => {
  it('reads no day from "04/03/2024" alone', () => {
    const article = ingest([TITLE, 'Published: 04/03/2024', BYLINE, ...PROSE]);
    expect(article.publishedAt).toBeNull();
    accountedFor(article, 'Published: 04/03/2024');
  });

  it('reads it month first when another stamp of the page can only be month first', () => {
    const article = ingest([TITLE, 'Published: 04/03/2024', BYLINE, ...PROSE, 'Updated: 04/15/2024 9:12 AM']);
    expect(day(article)).toBe('2024-04-03');
  });

  it('reads it day first when another stamp of the page can only be day first', () => {
    const article = ingest([TITLE, 'Published: 04/03/2024', BYLINE, ...PROSE, 'Updated: 15/04/2024 09:12']);
    expect(day(article)).toBe('2024-03-04');
  });
});

describe('dated lines that are not the page’s stamp', () => {
  const pages: Array<[string, string[]]> = [
    ['a dated sentence of the story', [TITLE, BYLINE, 'On March 26, 2024, the ship struck a pier of the bridge, officials said.', ...PROSE]],
    ['a dated sentence opening the story', [TITLE, BYLINE, 'March 26, 2024 was the day the freighter lost power near the bridge, investigators said.', ...PROSE]],
    ['a timeline line', [TITLE, BYLINE, ...PROSE, 'Timeline: March 26, 2024']],
    ['a timeline heading with a date', [TITLE, BYLINE, ...PROSE, 'Timeline: the closure since March 3, 2024']],
    ['a correction note', [TITLE, BYLINE, ...PROSE, 'Correction: an earlier version of this story misstated the date of March 3, 2024.']],
    ['a correction note without a full stop', [TITLE, BYLINE, ...PROSE, 'Correction: March 3, 2024']],
    ['a copyright year', [TITLE, BYLINE, ...PROSE, 'Copyright 2024 Tidewater Media Group']],
    ['a court docket', [TITLE, BYLINE, ...PROSE, 'Case No. 1:24-cv-01234, filed March 12, 2024']],
    ['a court docket with its filing label', [TITLE, BYLINE, ...PROSE, 'Docket 24-cr-042 · Filed: 03/12/2024']],
    ['an event date in a fact box', [TITLE, BYLINE, ...PROSE, 'Collapse date: March 26, 2024']],
  ];
  for (const [what, page] of pages) {
    it(`reads no publication day from ${what}`, () => {
      expect(ingest(page).publishedAt).toBeNull();
    });
  }

  it('takes the page’s stamp, not a dated line of the story above it', () => {
    const article = ingest([TITLE, BYLINE, 'On March 26, 2024, the ship struck a pier of the bridge, officials said.', ...PROSE, 'Published March 27, 2024']);
    expect(day(article)).toBe('2024-03-27');
  });
});

describe('outlets in the shapes pages name themselves', () => {
  const cases: Array<[string, string[], string]> = [
    ['a © line with "All rights reserved"', [TITLE, BYLINE, ...PROSE, '© 2024 The Harbor Ledger. All rights reserved.'], 'The Harbor Ledger'],
    ['a "Copyright" line of a media group', [TITLE, BYLINE, ...PROSE, 'Copyright 2024 Tidewater Media Group'], 'Tidewater Media'],
    ['a site title bar before the headline', ['The Harbor Ledger | Local news', TITLE, BYLINE, ...PROSE], 'The Harbor Ledger'],
    ['a masthead as the first line', ['THE HARBOR LEDGER', TITLE, BYLINE, ...PROSE], 'The Harbor Ledger'],
    ['a masthead in title case as the first line', ['The Harbor Ledger', TITLE, BYLINE, ...PROSE], 'The Harbor Ledger'],
    ['an edition word before a paper’s noun in a masthead', ['THE DAILY BEACON', TITLE, BYLINE, ...PROSE], 'The Daily Beacon'],
    ['its masthead, not the picture agency credited under a closing caption', ['THE DAILY BEACON', TITLE, BYLINE, ...PROSE, 'PICTURED: Pilots wait at the gate after the strike vote', '(c) Lumen Press'], 'The Daily Beacon'],
    ['a follow prompt with the site’s handle, the name spelled elsewhere', [TITLE, BYLINE, ...PROSE, 'More from The Harbor Ledger', 'Follow @harborledger'], 'The Harbor Ledger'],
    ['a writer’s e-mail address', [TITLE, 'By Jane Roe', 'reporter@harborledger.com', ...PROSE], 'harborledger.com'],
    ['a "Read more at" link to the site', [TITLE, BYLINE, ...PROSE, 'Read more at harborledger.com'], 'harborledger.com'],
    ['a press office’s name at the top', ['Office of the Governor', 'Governor Orders Flags Lowered for Bridge Workers', ...PROSE], 'Office of the Governor'],
    ['an agency’s news-release heading', ['Harbor Port Administration – News Release', 'Port Opens Temporary Channel for Barges', ...PROSE], 'Harbor Port Administration'],
    ['an agency’s news-release heading after a colon', ['News Release: Harbor Port Administration', 'Port Opens Temporary Channel for Barges', ...PROSE], 'Harbor Port Administration'],
  ];
  for (const [what, page, expected] of cases) {
    it(`names the outlet from ${what}`, () => {
      const article = ingest(page);
      expect(article.metadata.outlet.value).toBe(expected);
    });
  }

  it('takes the page’s own outlet over the one a syndication note says the story first ran in', () => {
    const article = ingest([TITLE, BYLINE, ...PROSE, 'This story first appeared in The Harbor Ledger.', '© 2024 Coastline Daily']);
    expect(article.metadata.outlet.value).toBe('Coastline Daily');
  });

  it('names no outlet from a picture agency’s © line under a caption, and none from an edition word before “News”', () => {
    expect(ingest([TITLE, BYLINE, ...PROSE, 'PICTURED: Pilots wait at the gate after the strike vote', '© Lumen Press']).metadata.outlet.value).toBeNull();
    expect(ingest(['DAILY NEWS', TITLE, BYLINE, ...PROSE]).metadata.outlet.value).toBeNull();
  });

  // Review round 8 (h59): the note names where the story first ran, not the page that carries it; no outlet is read.
  it('does not take the outlet a syndication note says the story first ran in, even when the page names no other', () => {
    const article = ingest([TITLE, BYLINE, ...PROSE, 'This story first appeared in The Harbor Ledger.']);
    expect(article.metadata.outlet.value).toBeNull();
  });

  it('does not take an organisation quoted in a sentence for the outlet', () => {
    const article = ingest([TITLE, BYLINE, 'The Coast Guard Press Office said in a statement that the channel would stay shut.', ...PROSE]);
    expect(article.metadata.outlet.value).toBeNull();
  });

  it('does not take a contributing agency for the outlet', () => {
    const article = ingest([TITLE, BYLINE, ...PROSE, 'The Associated Press contributed to this report.']);
    expect(article.metadata.outlet.value).toBeNull();
    const named = ingest([TITLE, BYLINE, ...PROSE, 'The Associated Press contributed to this report.', '© 2024 The Harbor Ledger']);
    expect(named.metadata.outlet.value).toBe('The Harbor Ledger');
  });

  it('does not take a follow prompt for another account as the outlet', () => {
    const article = ingest([TITLE, BYLINE, ...PROSE, 'Follow Jane Roe on X @janeroe']);
    expect(article.metadata.outlet.value).toBeNull();
  });
});

describe('headlines behind the lines pages put above them', () => {
  const cases: Array<[string, string[]]> = [
    ['a kicker line', ['EXCLUSIVE', TITLE, BYLINE, ...PROSE]],
    ['a section slug', ['LOCAL NEWS', TITLE, BYLINE, ...PROSE]],
    ['a breadcrumb', ['Home > News > Local', TITLE, BYLINE, ...PROSE]],
    ['a cookie line', ['We use cookies to give you the best experience on our site.', TITLE, BYLINE, ...PROSE]],
    ['the site’s name', ['The Harbor Ledger', TITLE, BYLINE, ...PROSE]],
    ['a site title bar', ['The Harbor Ledger | Local news', TITLE, BYLINE, ...PROSE]],
    ['a stamp', ['March 27, 2024', TITLE, BYLINE, ...PROSE]],
    ['a masthead and a section', ['THE HARBOR LEDGER', 'Local', TITLE, BYLINE, ...PROSE]],
  ];
  for (const [what, page] of cases) {
    it(`takes the title, not ${what}`, () => {
      expect(ingest(page).headline).toBe(TITLE);
    });
  }

  it.each([
    ['two words with a verb', ['Crews return', BYLINE, ...PROSE], 'Crews return'],
    ['three words with a verb', ['Crews clear span', BYLINE, ...PROSE], 'Crews clear span'],
    ['a tabloid headline in capitals', ['SPAN FINALLY CLEARED', BYLINE, ...PROSE], 'SPAN FINALLY CLEARED'],
    ['a short headline under a masthead', ['THE DAILY BEACON', 'Crews return', BYLINE, ...PROSE], 'Crews return'],
  ])('takes a short headline when the page has no longer one: %s', (_what, page, expected) => {
    const article = ingest(page);
    expect(article.headline).toBe(expected);
    expect(article.removed.map((line) => line.text)).not.toContain(expected);
  });

  it.each([
    ['a page control', ['Skip to content', TITLE, BYLINE, ...PROSE], TITLE],
    ['a kicker over a longer title', ['Crews return', TITLE, BYLINE, ...PROSE], TITLE],
    ['a section in capitals', ['WORLD NEWS', BYLINE, ...PROSE], null],
    ['a masthead alone', ['THE DAILY BEACON', BYLINE, ...PROSE], null],
    ['two capitalised words', ['Harbor Crews', BYLINE, ...PROSE], null],
  ])('takes no short line for the headline when it is %s', (_what, page, expected) => {
    expect(ingest(page).headline).toBe(expected);
  });

  it('reads "Analysis | Markets Tumble as Port Stays Shut" as the headline, not as a breadcrumb', () => {
    const article = ingest(['Analysis | Markets Tumble as Port Stays Shut', BYLINE, ...PROSE]);
    expect(article.headline).toContain('Markets Tumble as Port Stays Shut');
  });

  it('still takes "Opinion | Guest Essay" for a breadcrumb above the title', () => {
    const article = ingest(['Opinion | Guest Essay', TITLE, BYLINE, ...PROSE]);
    expect(article.headline).toBe(TITLE);
  });
});

describe('more stamp shapes: time first, ordinals, capitals, day-first dashes', () => {
  const stamps: Array<[string, string]> = [
    ['Published 6:04 PM EDT, Wed March 27, 2024', '2024-03-27'],
    ['PUBLISHED: 18:04 GMT, 27 March 2024 | UPDATED: 19:10 GMT, 28 March 2024', '2024-03-27'],
    ['Mar 27 2024', '2024-03-27'],
    ['March 27th, 2024', '2024-03-27'],
    ['27th March 2024', '2024-03-27'],
    ['Wednesday, March 27, 2024 - 18:04', '2024-03-27'],
    ['Posted: Wed, Mar 27, 2024 6:04 PM', '2024-03-27'],
    ['Last Updated: 27/03/2024', '2024-03-27'],
    ['2024.03.27 18:04', '2024-03-27'],
    ['18:04, 27 Mar 2024', '2024-03-27'],
    ['Mar. 27, 2024 6:04 p.m. ET', '2024-03-27'],
    ['March 27, 2024 · Updated 2 hours ago', '2024-03-27'],
    ['Published March 27, 2024 at 6:04 PM', '2024-03-27'],
    ['WEDNESDAY, MARCH 27, 2024', '2024-03-27'],
    ['Published on 27-03-2024', '2024-03-27'],
    ['Updated Mar 27, 2024, 6:04 PM EDT', '2024-03-27'],
  ];
  for (const [stamp, expected] of stamps) {
    for (const place of ['after the headline', 'at the foot'] as const) {
      it(`reads "${stamp}" ${place}`, () => {
        const article = ingest(PLACES[place](stamp));
        expect(day(article)).toBe(expected);
        expect(article.headline).toBe(TITLE);
        accountedFor(article, stamp);
      });
    }
  }
});

describe('more bylines with stamps and outlets', () => {
  const cases: Array<[string, string, string | null, string | null]> = [
    ['By JANE ROE | Mar 27, 2024', 'Jane Roe', '2024-03-27', null],
    ['By Jane Roe | The Harbor Ledger', 'Jane Roe', null, 'The Harbor Ledger'],
    ['Jane Roe | The Harbor Ledger | March 27, 2024', 'Jane Roe', '2024-03-27', 'The Harbor Ledger'],
    ['Jane Roe, Staff Writer | March 27, 2024', 'Jane Roe', '2024-03-27', null],
    ['By Jane Roe and John Poe, The Harbor Ledger', 'Jane Roe and John Poe', null, 'The Harbor Ledger'],
    ['Posted by Jane Roe on March 27, 2024 at 6:04 pm', 'Jane Roe', '2024-03-27', null],
  ];
  for (const [line, byline, published, outlet] of cases) {
    it(`reads "${line}"`, () => {
      const article = ingest([TITLE, line, ...PROSE]);
      expect(article.byline).toBe(byline);
      expect(day(article)).toBe(published);
      expect(article.metadata.outlet.value).toBe(outlet);
    });
  }
});

describe('more outlet shapes', () => {
  const cases: Array<[string, string[], string | null]> = [
    ['a © line with the year last', [TITLE, BYLINE, ...PROSE, '© The Harbor Ledger 2024'], 'The Harbor Ledger'],
    ['a © line of a company', [TITLE, BYLINE, ...PROSE, '© 2024 Tidewater Media Group, Inc.'], 'Tidewater Media'],
    ['a name then ©', [TITLE, BYLINE, ...PROSE, 'The Harbor Ledger © 2024'], 'The Harbor Ledger'],
    ['a dash credit closing the story', [TITLE, ...PROSE, '— The Harbor Ledger'], 'The Harbor Ledger'],
    ['a staff credit', [TITLE, 'By Harbor Ledger Staff', ...PROSE], 'Harbor Ledger'],
    ['a wire agency’s credit', [TITLE, ...PROSE, '(Reuters)'], 'Reuters'],
    ['a distributor named after the story, with the page’s own © line', [TITLE, BYLINE, ...PROSE, 'Distributed by Tidewater Content Agency', '© 2024 Coastline Daily'], 'Coastline Daily'],
    ['an editing credit only', [TITLE, ...PROSE, 'Reporting by Jane Roe; Editing by John Poe'], null],
    ['a photo credit only', [TITLE, BYLINE, 'Photo: Harbor Ledger Archive', ...PROSE], null],
  ];
  for (const [what, page, expected] of cases) {
    it(`names the outlet from ${what}`, () => {
      expect(ingest(page).metadata.outlet.value).toBe(expected);
    });
  }
});

describe('more headlines behind kickers and chrome', () => {
  it('reads a two-word title after a format kicker as the headline when nothing else is', () => {
    const article = ingest(['Analysis | Markets Tumble', BYLINE, ...PROSE]);
    expect(article.headline).toContain('Markets Tumble');
  });

  it('still skips a section bar above a real title', () => {
    const article = ingest(['World | Asia', TITLE, BYLINE, ...PROSE]);
    expect(article.headline).toBe(TITLE);
  });

  const cases: Array<[string, string[]]> = [
    ['an arrow breadcrumb', ['Home » Local » Harbor', TITLE, BYLINE, ...PROSE]],
    ['an advertisement label', ['Advertisement', TITLE, BYLINE, ...PROSE]],
    ['a skip link', ['Skip to main content', TITLE, BYLINE, ...PROSE]],
    ['a listen control', [TITLE, 'Listen to this article', BYLINE, ...PROSE]],
    ['a "BREAKING" kicker', ['BREAKING', TITLE, BYLINE, ...PROSE]],
    ['a section in capitals and a stamp', ['NEWS', 'Wed 27 Mar 2024 14.20 GMT', TITLE, BYLINE, ...PROSE]],
  ];
  for (const [what, page] of cases) {
    it(`takes the title, not ${what}`, () => {
      expect(ingest(page).headline).toBe(TITLE);
    });
  }
});

describe('stamps without their year', () => {
  const STATED = 'The freighter lost power on March 26, 2024, shortly before it struck the bridge, investigators said.';

  it('takes the year from a full date the story states near the stamp’s day, and says it was inferred', () => {
    for (const stamp of ['Published 27 March, 14:20 GMT', 'Wed 27 Mar 14.20 GMT', 'Mar 27, 18:30 EDT', 'Updated: Wednesday, March 27']) {
      const article = ingest([TITLE, stamp, BYLINE, STATED, ...PROSE]);
      expect(day(article), stamp).toBe('2024-03-27');
      expect(article.metadata.publishedAt.source, stamp).toBe('inferred');
      expect(article.headline, stamp).toBe(TITLE);
      accountedFor(article, stamp);
    }
  });

  it('takes the year from the © line when the story states no date', () => {
    const article = ingest([TITLE, 'Wed 27 Mar 14.20 GMT', BYLINE, ...PROSE, '© 2024 The Harbor Ledger']);
    expect(day(article)).toBe('2024-03-27');
    expect(article.metadata.publishedAt.note).toMatch(/©/);
  });

  it('gives a wire dateline its year from the © line', () => {
    const article = ingest([TITLE, 'RIVERTON, March 27 (Harbor Wire) - Salvage crews began lifting the first section of the span on Wednesday, officials said.', ...PROSE, '© Harbor Wire 2024']);
    expect(day(article)).toBe('2024-03-27');
  });

  it('reads no day when the weekday does not fall on the day in that year', () => {
    const article = ingest([TITLE, 'Thu 27 Mar 14.20 GMT', BYLINE, ...PROSE, '© 2024 The Harbor Ledger']);
    expect(article.publishedAt).toBeNull();
  });

  it('reads no day when nothing on the page gives the year', () => {
    const article = ingest([TITLE, 'Published 27 March, 14:20 GMT', BYLINE, ...PROSE]);
    expect(article.publishedAt).toBeNull();
  });

  it('does not take a bare month and day for a stamp', () => {
    const article = ingest([TITLE, BYLINE, ...PROSE, 'March 26', 'The ship lost power and struck the bridge before dawn, officials said later.', '© 2024 The Harbor Ledger']);
    expect(article.publishedAt).toBeNull();
  });

  it('prefers a full stamp to a year-less one', () => {
    const article = ingest([TITLE, 'Updated 28 March, 09:00 GMT', 'Published March 27, 2024', BYLINE, ...PROSE]);
    expect(day(article)).toBe('2024-03-27');
  });
});

describe('stamps beside a desk, a masthead or a writer, and labels as nouns', () => {
  const stamps: Array<[string, string]> = [
    ['Monday, March 25, 2024 | Riverton Bureau', '2024-03-25'],
    ['The Harbor Ledger - Monday, March 25, 2024', '2024-03-25'],
    ['27 March 2024 | By Jane Roe', '2024-03-27'],
    ['Wednesday 27 March 2024 06.00 GMT, last modified Wednesday 27 March 2024 09.10 GMT', '2024-03-27'],
    ['Release Date: March 27, 2024', '2024-03-27'],
    ['Dated: 27 March 2024', '2024-03-27'],
    ['Date posted: 27/03/2024', '2024-03-27'],
    ['Publication date: 2024-03-27', '2024-03-27'],
  ];
  for (const [stamp, expected] of stamps) {
    for (const place of ['after the headline', 'at the foot'] as const) {
      it(`reads "${stamp}" ${place}`, () => {
        const article = ingest(PLACES[place](stamp));
        expect(day(article)).toBe(expected);
        expect(article.headline).toBe(TITLE);
        accountedFor(article, stamp);
      });
    }
  }

  it('reads a time written with a dot, before its zone, to the minute', () => {
    expect(ingest(PLACES['after the headline']('Wed 27 Mar 2024 14.20 GMT')).publishedAt).toBe('2024-03-27T14:20:00+00:00');
  });

  it('keeps the writer alone as the byline when the stamp comes first', () => {
    expect(ingest([TITLE, '27 March 2024 | By Jane Roe', ...PROSE]).byline).toBe('Jane Roe');
  });

  it('does not read a story sentence that opens with "Dated" or "Release date" as a stamp', () => {
    const article = ingest([TITLE, BYLINE, 'Dated letters from the harbor master, some going back decades, were found in the wreck of the office.', 'Release date for the inquiry report has not been set, the board said on Wednesday.', ...PROSE]);
    expect(article.publishedAt).toBeNull();
  });
});

describe('issuers, mastheads and addresses in more shapes', () => {
  const cases: Array<[string, string[], string | null, string]> = [
    ['an agency’s full name, its head word last', ['Federal Aviation Administration', 'Agency Lifts Flight Limits Over the River', ...PROSE], 'Federal Aviation Administration', 'Agency Lifts Flight Limits Over the River'],
    ['a port authority named by its place', ['Port Authority of Riverton', 'Port Opens Temporary Channel for Barges', ...PROSE], 'Port Authority of Riverton', 'Port Opens Temporary Channel for Barges'],
    ['a city government', ['City of Riverton', 'Mayor Announces Relief Fund for Port Workers', ...PROSE], 'City of Riverton', 'Mayor Announces Relief Fund for Port Workers'],
    ['an issuer under a "NEWS RELEASE" label', ['NEWS RELEASE', 'Riverton Port Authority', 'Port Opens Temporary Channel for Barges', ...PROSE], 'Riverton Port Authority', 'Port Opens Temporary Channel for Barges'],
    ['the "About …" heading of a release', ['FOR IMMEDIATE RELEASE', 'Port Opens Temporary Channel for Barges', ...PROSE, '###', 'About the Riverton Port Authority', 'The authority runs the public terminals of the port and its two ferry lines.'], 'Riverton Port Authority', 'Port Opens Temporary Channel for Barges'],
    ['a broadcaster’s masthead in capitals', ['RBC NEWS', TITLE, ...PROSE], 'RBC News', TITLE],
    ['the site’s address as its logo prints it', ['harborledger.com', TITLE, ...PROSE], 'harborledger.com', TITLE],
  ];
  for (const [what, page, outlet, headline] of cases) {
    it(`names the outlet from ${what}`, () => {
      const article = ingest(page);
      expect(article.metadata.outlet.value).toBe(outlet);
      expect(article.headline).toBe(headline);
    });
  }

  it('keeps a title that opens with an outlet word a headline, not a credit line', () => {
    const article = ingest(['Agency Lifts Flight Limits Over the River', ...PROSE]);
    expect(article.headline).toBe('Agency Lifts Flight Limits Over the River');
    expect(article.metadata.outlet.value).toBeNull();
  });

  it('keeps a first-line headline that names a court a headline', () => {
    const article = ingest(['Mayor Slams Supreme Court', 'By Jane Roe', ...PROSE]);
    expect(article.headline).toBe('Mayor Slams Supreme Court');
    expect(article.metadata.outlet.value).toBeNull();
  });

  it('does not take "About the author" for an issuer', () => {
    const article = ingest([TITLE, ...PROSE, '###', 'About the Author', 'Jane Roe writes about ports and shipping.']);
    expect(article.metadata.outlet.value).toBeNull();
  });
});

describe('a page title that carries the site’s name', () => {
  for (const title of [`${TITLE} | The Harbor Ledger`, `${TITLE} - Harbor Ledger`]) {
    it(`splits "${title}" into the headline and the outlet`, () => {
      const article = ingest([title, BYLINE, ...PROSE]);
      expect(article.headline).toBe(TITLE);
      expect(article.metadata.outlet.value).toMatch(/Harbor Ledger$/);
    });
  }

  it('leaves a headline whose last part is no outlet’s name whole', () => {
    const article = ingest(['Harbor crews begin clearing the span - as it happened', BYLINE, ...PROSE]);
    expect(article.headline).toBe('Harbor crews begin clearing the span - as it happened');
  });
});

describe('a paper’s own dateline without its year', () => {
  it('gives "RIVERTON, March 27 —" its year from a date the story states', () => {
    const article = ingest([TITLE, BYLINE, 'RIVERTON, March 27 — Salvage crews began lifting the first section of the span, a day after the freighter struck it on March 26, 2024.', ...PROSE]);
    expect(day(article)).toBe('2024-03-27');
    expect(article.metadata.publishedAt.source).toBe('inferred');
  });

  it('reads no day from it when nothing gives the year', () => {
    const article = ingest([TITLE, BYLINE, 'RIVERTON, March 27 — Salvage crews began lifting the first section of the span on Wednesday.', ...PROSE]);
    expect(article.publishedAt).toBeNull();
  });
});

describe('a broadcaster’s brand, a release’s bracketed day, and sections that are not outlets', () => {
  it('takes a channel’s masthead over its company’s © line, and a section for no outlet', () => {
    const article = ingest(['RIVERTON 7 NEWS', 'Local News', TITLE, BYLINE, ...PROSE, 'Copyright 2024 by Riverton 7 Broadcasting. All rights reserved.']);
    expect(article.metadata.outlet.value).toBe('Riverton 7 News');
  });

  it('reads the © holder after "by"', () => {
    const article = ingest([TITLE, BYLINE, ...PROSE, 'Copyright 2024 by Riverton Broadcasting Company. All rights reserved.']);
    expect(article.metadata.outlet.value).toBe('Riverton Broadcasting');
  });

  it('does not take "Local News" alone for an outlet', () => {
    expect(ingest(['Local News', TITLE, BYLINE, ...PROSE]).metadata.outlet.value).toBeNull();
  });

  it('reads a release’s day in brackets after its place, and names no agency from it', () => {
    const article = ingest(['Riverton Port Authority', 'Port Opens Temporary Channel for Barges', 'RIVERTON, ST (June 10, 2024) – The authority today reopened the channel to all ships, officials said.', ...PROSE]);
    expect(day(article)).toBe('2024-06-10');
    expect(article.metadata.outlet.value).toBe('Riverton Port Authority');
  });
});

describe('a masthead’s motto above the title', () => {
  for (const motto of ['Serving the East Side and the harbor towns since 1931', 'Your source for Riverton news, sports and weather']) {
    it(`takes the title, not "${motto}"`, () => {
      const article = ingest(['The Harbor Ledger', motto, 'LOCAL  ·  Riverton  ·  Schools  ·  Obituaries', 'HARBOR COLLAPSE', `'We lost our road to work': ${TITLE}`, BYLINE, ...PROSE]);
      expect(article.headline).toBe(`'We lost our road to work': ${TITLE}`);
    });
  }

  it('keeps a headline that merely ends on a year of the past when no title follows', () => {
    const article = ingest(['Riverton has waited for a new bridge since 1977', BYLINE, ...PROSE]);
    expect(article.headline).toBe('Riverton has waited for a new bridge since 1977');
  });
});
