/**
 * Probe 3 of page shapes (issue 13): genres the earlier probes did not draw on — technology news sites, business
 * papers, local TV stations, Substack- or Medium-style newsletters, court filings copied out of a PDF, corporate press
 * rooms, podcast pages and their transcripts. Each genre's chrome is put into a small made-up page where it stands
 * (above the headline, under the byline, between paragraphs, at the foot), beside content lines that look like it
 * and must stay (a sentence quoting a ticker, a sentence about subscribers). Then each genre's stamps, the evidence
 * of who published the page, and headlines under a kicker or a tag row or inside a title tag.
 *
 * Every page and name is made up ("NewsCo", "Tallow Systems"); no real outlet's wording. `gap` marks a case the
 * rules did not get right when the probe was written (it.fails: it turns red once fixed, and the mark comes off).
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/corpus/schema';
import { ingestPage } from '../ingest-page';
import { fold, leaksOf } from './page-leaks';

const HEADLINE = 'Cloud outage knocks card terminals offline across three states';
const BYLINE = 'By Priya Natarajan';
const STAMP = 'July 19, 2024';
const PARAGRAPHS = [
  'Card terminals at thousands of shops stopped working early on Friday after a faulty update reached the servers that route payments.',
  'Tallow Systems, which runs the service, said engineers had rolled the update back by mid-morning and that most terminals were working again.',
  'Some grocers turned customers away for hours, and several petrol stations in the region put up signs saying they took cash only.',
  'The company said it would explain what went wrong in a report next week and would refund the fees it charged shops during the outage.',
];

type At = 'top' | 'head' | 'middle' | 'foot';

function page(block: readonly string[], at: At): string[] {
  const parts: Record<At, readonly string[]> = { top: [], head: [], middle: [], foot: [] };
  parts[at] = block;
  return [...parts.top, HEADLINE, BYLINE, STAMP, ...parts.head, PARAGRAPHS[0]!, PARAGRAPHS[1]!, ...parts.middle, PARAGRAPHS[2]!, PARAGRAPHS[3]!, ...parts.foot];
}

/** The story's headline and paragraphs came through as what they are. */
function expectStoryIntact(article: Article) {
  expect(article.headline, 'headline').toBe(HEADLINE);
  for (const paragraph of PARAGRAPHS) {
    expect(article.sentences.some((sentence) => sentence.kind === 'body' && paragraph.includes(sentence.text)), paragraph).toBe(true);
  }
}

interface Chrome {
  genre: string;
  at: At[];
  /** A string is a one-line block; an array is lines that stand together. */
  block: string | string[];
  /** The places where the line still leaks. */
  gap?: At[];
}

const CHROME: Chrome[] = [
  // Technology news sites.
  { genre: 'tech', at: ['top', 'head'], block: 'Security · Cloud · Payments' },
  { genre: 'tech', at: ['head'], block: 'Reading time: 6 minutes' },
  { genre: 'tech', at: ['head'], block: '6 min read' },
  { genre: 'tech', at: ['head', 'foot'], block: 'Share this article: Facebook X LinkedIn Reddit Email' },
  { genre: 'tech', at: ['head', 'foot'], block: ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Copy link'] },
  { genre: 'tech', at: ['foot'], block: ['Priya Natarajan', 'Senior Reporter', '12.4K followers', 'Follow'] },
  { genre: 'tech', at: ['head'], block: 'Senior security reporter · 2,310 followers' },
  { genre: 'tech', at: ['middle'], block: 'Sponsored' },
  { genre: 'tech', at: ['head', 'foot'], block: 'Affiliate disclosure: We may earn a commission when you buy through links on our site.' },
  { genre: 'tech', at: ['foot'], block: 'Topics: Outages, Payments, Cloud computing' },
  { genre: 'tech', at: ['middle'], block: 'Sponsored: The cloud platform trusted by 10,000 retailers' },
  // Business papers.
  { genre: 'business', at: ['top'], block: 'AAPL +1.2%   MSFT -0.4%   NVDA +3.1%' },
  { genre: 'business', at: ['top'], block: 'Dow 39,102.55 -0.3%' },
  { genre: 'business', at: ['top', 'middle'], block: ['S&P 500', '5,505.00', '▼0.8%'] },
  { genre: 'business', at: ['head', 'foot'], block: 'Gift this article' },
  { genre: 'business', at: ['middle'], block: 'Subscribe to unlock this article' },
  { genre: 'business', at: ['middle'], block: ['Ticker   Last   Chg   %Chg', 'TLWS   41.20   -1.85   -4.3%', 'PYNT   18.07   +0.22   +1.2%'] },
  { genre: 'business', at: ['foot'], block: 'Market data delayed by at least 15 minutes.' },
  { genre: 'business', at: ['head'], block: 'Save article' },
  // Local TV stations.
  { genre: 'tv', at: ['top'], block: 'WATCH LIVE' },
  { genre: 'tv', at: ['top'], block: '72°F Sunny' },
  { genre: 'tv', at: ['top'], block: ['Weather', '72°', 'Partly Cloudy'] },
  { genre: 'tv', at: ['top', 'foot'], block: 'Closings & Delays' },
  { genre: 'tv', at: ['foot'], block: 'Download our app' },
  { genre: 'tv', at: ['foot'], block: 'Report a typo' },
  { genre: 'tv', at: ['foot'], block: 'Report a typo or error' },
  { genre: 'tv', at: ['top'], block: 'Weather Alert: Heat advisory in effect until 8 PM' },
  { genre: 'tv', at: ['foot'], block: 'Get the latest news delivered to your phone with the free NewsCo 7 app.' },
  // Newsletters on a publishing platform.
  { genre: 'newsletter', at: ['top', 'foot'], block: 'Subscribe' },
  { genre: 'newsletter', at: ['head', 'foot'], block: '42 likes · 7 comments · 3 restacks' },
  { genre: 'newsletter', at: ['head', 'foot'], block: ['Share', 'Listen'] },
  { genre: 'newsletter', at: ['foot'], block: 'Upgrade to paid' },
  { genre: 'newsletter', at: ['foot'], block: 'Discover more from The Ledger Line' },
  { genre: 'newsletter', at: ['middle'], block: 'Keep reading with a 7-day free trial' },
  { genre: 'newsletter', at: ['foot'], block: 'Already a paid subscriber? Sign in' },
  { genre: 'newsletter', at: ['foot'], block: ['Type your email…', 'Subscribe'] },
  { genre: 'newsletter', at: ['foot'], block: 'Ready for more?', gap: ['foot'] },
  { genre: 'newsletter', at: ['head'], block: 'Priya Natarajan · Jul 19, 2024 · Paid' },
  // Court filings copied out of a PDF.
  { genre: 'court', at: ['top', 'middle', 'foot'], block: 'Case 1:23-cv-04512-JMF Document 12 Filed 07/23/24 Page 3 of 40' },
  { genre: 'court', at: ['middle'], block: 'Case 2:24-cr-00118-RDP Document 45 Filed 07/19/24 Page 7 of 12 PageID #: 310' },
  { genre: 'court', at: ['middle'], block: ['17', '18', '19'] },
  // Corporate press rooms.
  { genre: 'press room', at: ['foot'], block: ['Media contacts', 'Dana Whitfield', 'press@tallow.example'] },
  { genre: 'press room', at: ['foot'], block: ['Related documents', 'Download PDF (212 KB)', 'Fact sheet (PDF, 1.1 MB)'] },
  { genre: 'press room', at: ['foot'], block: 'Download PDF (212 KB)' },
  { genre: 'press room', at: ['top'], block: 'Back to newsroom' },
  { genre: 'press room', at: ['head'], block: 'Press release · July 19, 2024' },
  // Podcast pages and transcripts.
  { genre: 'podcast', at: ['head', 'middle'], block: '[00:12:31]' },
  { genre: 'podcast', at: ['foot'], block: 'Show notes' },
  { genre: 'podcast', at: ['foot', 'head'], block: 'Transcript generated automatically. Please check the audio before quoting.' },
  { genre: 'podcast', at: ['head'], block: 'Episode 142 · 38 min' },
  { genre: 'podcast', at: ['foot'], block: 'Listen on Apple Podcasts' },
  { genre: 'podcast', at: ['foot'], block: 'Follow the show on Spotify' },
];

describe('chrome of genres not yet probed, where each stands on the page', () => {
  for (const { genre, at, block, gap } of CHROME) {
    const lines = typeof block === 'string' ? [block] : block;
    for (const place of at) {
      (gap?.includes(place) ? it.fails : it)(`${genre}: ${JSON.stringify(lines)} (${place}) leaks into no sentence`, () => {
        const article = ingestPage(page(lines, place));
        for (const line of lines) expect(leaksOf(article, line), line).toEqual([]);
        expectStoryIntact(article);
      });
    }
  }
});

/** Content that shares words or shapes with that chrome, and must stay a sentence of the story. */
const LOOKALIKES: Array<{ line: string; gap?: true }> = [
  { line: 'Shares of Tallow Systems (TLWS) fell 4.3% to $41.20 in early trading, the steepest drop since March.' },
  { line: 'TLWS -4.3%: the stock had its worst morning in a year.' },
  { line: 'The newsletter has more than 40,000 subscribers, about a tenth of whom pay, its founder said.' },
  { line: 'Subscribers who lost service for more than a day will get a credit on their next bill.' },
  { line: 'Temperatures reached 72°F by noon as crews worked in the sun to restore power.' },
  { line: 'The judge’s order, filed on July 23, runs to 40 pages.' },
  { line: 'Download speeds fell by half across the region, according to a monitoring firm.' },
  { line: 'Share prices recovered by the close.' },
  { line: 'The station’s weather team had warned of storms.' },
  { line: 'A sponsored study last year found the same fault in older terminals.' },
  { line: '“We read every report,” she said on the company’s podcast.' },
  { line: 'Closings and delays rippled through the school district as buses could not take fares.' },
  { line: 'The filing runs to 40 pages and was docketed on Friday afternoon.' },
  { line: 'Its app was downloaded 2 million times in a week.' },
  { line: 'Users who download the free Tallow Pay app can check whether a terminal is back online.' },
  { line: '17 of the 40 stations had reopened by noon.' },
  { line: 'Read more from the judge’s order: “The delay was avoidable.”' },
  { line: 'Terminals came back at noon. Sign up numbers for the cash-back scheme then doubled, figures show.' },
];

describe('look-alike content lines stay sentences of the story', () => {
  for (const { line, gap } of LOOKALIKES) {
    for (const place of ['middle'] as const) {
      (gap ? it.fails : it)(`keeps "${line}" (${place})`, () => {
        const article = ingestPage(page([line], place));
        const body = article.sentences.filter((sentence) => sentence.kind === 'body').map((sentence) => sentence.text).join(' ');
        expect(fold(body)).toContain(fold(line));
        expectStoryIntact(article);
      });
    }
  }
});

const PROSE = PARAGRAPHS.slice(0, 3);
const day = (article: Article) => article.publishedAt?.slice(0, 10) ?? null;

describe('publication stamps in these genres’ shapes', () => {
  const stamps: Array<{ stamp: string; expected: string; gap?: true }> = [
    { stamp: 'Jul 19, 2024 • 5 min read', expected: '2024-07-19' },
    { stamp: 'Published 3:45 AM EDT, Fri July 19, 2024', expected: '2024-07-19' },
    { stamp: 'Last updated: 19/07/2024 10:15 BST', expected: '2024-07-19' },
    { stamp: '2024-07-19T08:12:00+00:00', expected: '2024-07-19' },
    { stamp: 'Posted Friday, July 19th 2024, 6:02 am', expected: '2024-07-19' },
    { stamp: 'Posted: Jul 19, 2024 / 06:02 AM CDT', expected: '2024-07-19' },
    { stamp: 'Updated: 6:02 AM CDT Jul 19, 2024', expected: '2024-07-19' },
    { stamp: 'Priya Natarajan · Jul 19, 2024 · 5 min read', expected: '2024-07-19' },
    { stamp: 'Jul 19, 2024 · Paid', expected: '2024-07-19' },
    { stamp: 'Published July 19, 2024 at 6:02 AM ET', expected: '2024-07-19' },
    { stamp: 'Fri, July 19, 2024, 6:02 AM EDT', expected: '2024-07-19' },
    { stamp: 'July 19, 2024 — 6:02 a.m. EDT', expected: '2024-07-19' },
    { stamp: 'Episode 142 · July 19, 2024 · 38 min', expected: '2024-07-19' },
    { stamp: 'Press release · July 19, 2024', expected: '2024-07-19' },
  ];
  for (const { stamp, expected, gap } of stamps) {
    for (const [place, lines] of [
      ['under the headline', [HEADLINE, stamp, BYLINE, ...PROSE]],
      ['at the top', [stamp, HEADLINE, BYLINE, ...PROSE]],
    ] as const) {
      (gap ? it.fails : it)(`reads "${stamp}" ${place}`, () => {
        const article = ingestPage(lines);
        expect(day(article)).toBe(expected);
        expect(article.metadata.publishedAt.source).toBe('text');
        expect(article.headline).toBe(HEADLINE);
        expect(leaksOf(article, stamp)).toEqual([]);
      });
    }
  }

  it('reads a filing’s page header as no publication stamp (it stamps the filing, not the page)', () => {
    const article = ingestPage([HEADLINE, BYLINE, ...PROSE, 'Case 1:23-cv-04512-JMF Document 12 Filed 07/23/24 Page 3 of 40']);
    expect(article.publishedAt).toBeNull();
  });

  it('takes a year-less "Fri 19 Jul" with the © line’s year only as inferred, and the weekday must fit', () => {
    const fitting = ingestPage([HEADLINE, 'Fri 19 Jul', BYLINE, ...PROSE, '© 2024 NewsCo Media, LLC']);
    expect(day(fitting)).toBe('2024-07-19');
    expect(fitting.metadata.publishedAt.source).toBe('inferred');
    // 19 July 2023 was a Wednesday: the © year does not fit the weekday, so no day.
    const unfitting = ingestPage([HEADLINE, 'Fri 19 Jul', BYLINE, ...PROSE, '© 2023 NewsCo Media, LLC']);
    expect(unfitting.metadata.publishedAt.source).not.toBe('text');
    expect(day(unfitting)).toBeNull();
  });

  it('states no day from a year-less "Fri 19 Jul" when nothing on the page gives the year', () => {
    const article = ingestPage([HEADLINE, 'Fri 19 Jul', BYLINE, ...PROSE]);
    expect(article.publishedAt).toBeNull();
    expect(leaksOf(article, 'Fri 19 Jul')).toEqual([]);
  });

  it('does not take a market-data delay note or a podcast time code for a stamp', () => {
    const article = ingestPage([HEADLINE, BYLINE, '[00:12:31]', ...PROSE, 'Market data delayed by at least 15 minutes.']);
    expect(article.publishedAt).toBeNull();
  });
});

describe('who published the page, from these genres’ evidence', () => {
  const cases: Array<{ name: string; lines: string[]; outlet: string | null; gap?: true }> = [
    { name: 'a © line with the company form', lines: [HEADLINE, BYLINE, STAMP, ...PROSE, '© 2024 NewsCo Media, LLC'], outlet: 'NewsCo Media' },
    { name: 'a © line with the rights notice', lines: [HEADLINE, BYLINE, STAMP, ...PROSE, '© 2024 NewsCo Media, LLC. All rights reserved.'], outlet: 'NewsCo Media' },
    { name: '"A NewsCo publication" at the foot', lines: [HEADLINE, BYLINE, STAMP, ...PROSE, 'A NewsCo publication'], outlet: 'NewsCo' },
    // The group the page says it belongs to, as the text names it (never the whole line, "Part of …").
    { name: '"Part of the NewsCo Network" at the foot', lines: [HEADLINE, BYLINE, STAMP, ...PROSE, 'Part of the NewsCo Network'], outlet: 'NewsCo Network' },
    { name: 'the site’s address as its logo', lines: ['newsco.com', HEADLINE, BYLINE, STAMP, ...PROSE], outlet: 'newsco.com' },
    { name: 'the address, spelled out as a name elsewhere', lines: ['newsco.com', HEADLINE, BYLINE, STAMP, ...PROSE, 'Sign up for NewsCo Daily'], outlet: 'NewsCo' },
    { name: 'the site’s handle alone', lines: [HEADLINE, BYLINE, STAMP, ...PROSE, 'Follow us @newsco'], outlet: null },
    { name: 'a newsletter sign-up alone (names a newsletter, not the publisher)', lines: [HEADLINE, BYLINE, STAMP, ...PROSE, 'Sign up for NewsCo Daily'], outlet: null },
    { name: 'a © line beats the sign-up', lines: [HEADLINE, BYLINE, STAMP, ...PROSE, 'Sign up for NewsCo Daily', '© 2024 NewsCo Media, LLC'], outlet: 'NewsCo Media' },
    { name: 'a station’s © line "Copyright 2024 by …"', lines: ['WATCH LIVE', HEADLINE, BYLINE, STAMP, ...PROSE, 'Copyright 2024 by NewsCo Broadcasting. All rights reserved.'], outlet: 'NewsCo Broadcasting' },
    { name: '"Discover more from …" on a newsletter', lines: [HEADLINE, BYLINE, STAMP, ...PROSE, 'Discover more from The Ledger Line', 'Subscribe'], outlet: 'The Ledger Line' },
    { name: 'a quoted company in the story is not the publisher', lines: [HEADLINE, BYLINE, STAMP, ...PROSE, 'Tallow Systems said its shares would resume trading on Monday.'], outlet: null },
    { name: 'a sponsor is not the publisher', lines: [HEADLINE, BYLINE, STAMP, 'Sponsored by Tallow Systems', ...PROSE], outlet: null },
    { name: 'the title tag’s site name, when the © line confirms it', lines: [`${HEADLINE} | NewsCo`, BYLINE, STAMP, ...PROSE, '© 2024 NewsCo'], outlet: 'NewsCo' },
  ];
  for (const { name, lines, outlet, gap } of cases) {
    (gap ? it.fails : it)(name, () => {
      const article = ingestPage(lines);
      const stated = article.metadata.outlet.source === 'text' ? article.metadata.outlet.value : null;
      expect(stated).toBe(outlet);
      expect(article.headline).toBe(HEADLINE);
    });
  }
});

describe('the headline under a kicker, a tag row or inside a title tag', () => {
  const cases: Array<{ name: string; lines: string[]; gap?: true }> = [
    { name: 'under a kicker in capitals', lines: ['CYBERSECURITY', HEADLINE, BYLINE, STAMP, ...PROSE] },
    { name: 'under a tag row', lines: ['Security · Cloud · Payments', HEADLINE, BYLINE, STAMP, ...PROSE] },
    { name: 'under a spaced tag row', lines: ['Security   Cloud   Payments', HEADLINE, BYLINE, STAMP, ...PROSE] },
    { name: 'under a ticker strip', lines: ['AAPL +1.2%   MSFT -0.4%   NVDA +3.1%', HEADLINE, BYLINE, STAMP, ...PROSE] },
    { name: 'under "WATCH LIVE" and a weather widget', lines: ['WATCH LIVE', '72°F Sunny', HEADLINE, BYLINE, STAMP, ...PROSE] },
    { name: 'under a filing’s page header', lines: ['Case 1:23-cv-04512-JMF Document 12 Filed 07/23/24 Page 3 of 40', HEADLINE, BYLINE, STAMP, ...PROSE] },
    { name: 'inside a title tag with a one-word site', lines: [`${HEADLINE} | NewsCo`, BYLINE, STAMP, ...PROSE, '© 2024 NewsCo'] },
    { name: 'a title tag above the same headline', lines: [`${HEADLINE} | NewsCo`, HEADLINE, BYLINE, STAMP, ...PROSE, '© 2024 NewsCo'] },
    { name: 'a title tag with a dash above the same headline', lines: [`${HEADLINE} - NewsCo Media`, HEADLINE, BYLINE, STAMP, ...PROSE] },
    { name: 'under the section and a newsletter’s name', lines: ['The Ledger Line', HEADLINE, 'What the outage says about who holds the keys to payments', BYLINE, STAMP, ...PROSE] },
    { name: 'under a "Sponsored" label', lines: ['Sponsored', HEADLINE, BYLINE, STAMP, ...PROSE] },
    { name: 'above a reading time and a share row', lines: [HEADLINE, BYLINE, STAMP, '5 min read', 'Share this article: Facebook X LinkedIn Reddit Email', ...PROSE] },
  ];
  for (const { name, lines, gap } of cases) {
    (gap ? it.fails : it)(name, () => {
      expect(ingestPage(lines).headline).toBe(HEADLINE);
    });
  }

  it('sets a title tag above the same headline aside as a repeat, and still reads its site', () => {
    const article = ingestPage([`${HEADLINE} - NewsCo Media`, HEADLINE, BYLINE, STAMP, ...PROSE]);
    expect(article.headline).toBe(HEADLINE);
    expect(article.sentences.filter((sentence) => sentence.text.includes('NewsCo'))).toEqual([]);
    expect(article.metadata.outlet.value).toBe('NewsCo Media');
    // Not when the line below is another title: both stay, and the first is the headline.
    const other = ingestPage([`${HEADLINE} - NewsCo Media`, 'Cloud outage knocks card terminals offline', BYLINE, STAMP, ...PROSE]);
    expect(other.removed.filter((line) => line.kind === 'duplicate')).toEqual([]);
  });

  it('keeps a "Breaking:" title with its dek below it as the headline', () => {
    const title = 'Breaking: Tallow chief executive resigns after the outage';
    expect(ingestPage([title, 'The company named its finance chief as interim leader', BYLINE, STAMP, ...PROSE]).headline).toBe(title);
  });

  it('keeps a one-word tail after the bar that the page names nowhere else as its own', () => {
    const title = `${HEADLINE} | Tallow`;
    const article = ingestPage([title, BYLINE, STAMP, ...PROSE, '© 2024 NewsCo']);
    expect(article.headline).toBe(title);
    expect(article.metadata.outlet.value).toBe('NewsCo');
  });

  it('keeps a title tag’s bar when what follows it is no site ("… | What to know")', () => {
    const title = 'Cloud outage knocks card terminals offline | What to know';
    expect(ingestPage([title, BYLINE, STAMP, ...PROSE]).headline).toBe(title);
  });
});

/**
 * Second batch, written after the first batch's rules: more of the same genres' chrome, stamps and names, so the
 * rules are tried on lines they were not written for.
 */
describe('more chrome of these genres', () => {
  const more: Chrome[] = [
    { genre: 'tech', at: ['head'], block: 'When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.' },
    { genre: 'tech', at: ['foot'], block: 'Add NewsCo as a preferred source on Google' },
    { genre: 'tech', at: ['head'], block: '(Image credit: Tallow Systems)' },
    { genre: 'tech', at: ['foot'], block: 'Priya Natarajan is a senior reporter covering security. Follow her on X @priyan.' },
    { genre: 'business', at: ['head'], block: 'Listen to article (3 minutes)' },
    { genre: 'business', at: ['middle'], block: 'Unlock the Editor’s Digest for free' },
    { genre: 'business', at: ['foot'], block: 'Save 40% on your first year of digital access' },
    { genre: 'business', at: ['top'], block: 'Tallow Systems Inc (TLWS.O)' },
    { genre: 'tv', at: ['foot'], block: 'Click here to download our free news, weather and sports apps.' },
    { genre: 'tv', at: ['head'], block: 'Posted at 6:02 AM, Jul 19, 2024 and last updated 10:15 AM, Jul 19, 2024' },
    { genre: 'tv', at: ['foot'], block: 'Watch NewsCo 7 News at 6 weeknights' },
    { genre: 'newsletter', at: ['foot'], block: 'Thanks for reading The Ledger Line! Subscribe for free to receive new posts and support my work.' },
    { genre: 'newsletter', at: ['foot'], block: ['Give a gift subscription', 'Leave a comment'] },
    { genre: 'newsletter', at: ['foot'], block: '© 2024 Priya Natarajan · Privacy ∙ Terms ∙ Collection notice' },
    { genre: 'newsletter', at: ['head'], block: 'Share this post' },
    { genre: 'court', at: ['middle'], block: 'Case No. 1:23-cv-04512-JMF' },
    { genre: 'court', at: ['middle'], block: '/s/ Dana Whitfield' },
    { genre: 'press room', at: ['foot'], block: 'Share this press release' },
    { genre: 'press room', at: ['foot'], block: 'Download image (JPG, 2.4 MB)' },
    {
      genre: 'press room',
      at: ['foot'],
      block: [
        'Forward-Looking Statements',
        'This press release contains forward-looking statements that involve risks and uncertainties, and actual results may differ materially from those described.',
        'Tallow Systems undertakes no obligation to update any forward-looking statement except as required by law.',
      ],
    },
    { genre: 'podcast', at: ['head'], block: 'Subscribe: Apple Podcasts | Spotify | RSS' },
    { genre: 'podcast', at: ['middle'], block: '[MUSIC PLAYING]' },
    { genre: 'podcast', at: ['head'], block: 'Hosted by Dana Whitfield' },
    { genre: 'podcast', at: ['foot'], block: 'This transcript was produced by a machine and may contain errors.' },
  ];
  for (const { genre, at, block, gap } of more) {
    const lines = typeof block === 'string' ? [block] : block;
    for (const place of at) {
      (gap?.includes(place) ? it.fails : it)(`${genre}: ${JSON.stringify(lines)} (${place}) leaks into no sentence`, () => {
        const article = ingestPage(page(lines, place));
        for (const line of lines) expect(leaksOf(article, line), line).toEqual([]);
        expectStoryIntact(article);
      });
    }
  }
});

describe('more stamps, names and titles of these genres', () => {
  const stamps: Array<{ stamp: string; expected: string; gap?: true }> = [
    { stamp: 'Posted at 6:02 AM, Jul 19, 2024 and last updated 10:15 AM, Jul 19, 2024', expected: '2024-07-19' },
    { stamp: 'Updated on July 19, 2024 at 10:15 AM EDT', expected: '2024-07-19' },
    { stamp: 'Fri, Jul 19, 2024 at 10:15 AM', expected: '2024-07-19' },
    { stamp: 'Friday 19 July 2024 10:15', expected: '2024-07-19' },
    { stamp: 'Published 07.19.2024', expected: '2024-07-19' },
    { stamp: 'JULY 19, 2024', expected: '2024-07-19' },
    { stamp: 'July 19, 2024 10:15 am CT', expected: '2024-07-19' },
    { stamp: 'Release date: 19 July 2024', expected: '2024-07-19' },
  ];
  for (const { stamp, expected, gap } of stamps) {
    (gap ? it.fails : it)(`reads "${stamp}" under the headline`, () => {
      const article = ingestPage([HEADLINE, stamp, BYLINE, ...PROSE]);
      expect(day(article)).toBe(expected);
      expect(article.headline).toBe(HEADLINE);
      expect(leaksOf(article, stamp)).toEqual([]);
    });
  }

  const outlets: Array<{ name: string; lines: string[]; outlet: string | null; gap?: true }> = [
    { name: 'a newsletter’s © line names its writer, not the publication', lines: [HEADLINE, BYLINE, STAMP, ...PROSE, 'Discover more from The Ledger Line', '© 2024 Priya Natarajan'], outlet: 'The Ledger Line' },
    { name: 'a © line naming the writer alone names no outlet', lines: [HEADLINE, BYLINE, STAMP, ...PROSE, '© 2024 Priya Natarajan'], outlet: null },
    { name: 'a station’s title tag and © line', lines: [`${HEADLINE} - NewsCo 7`, BYLINE, STAMP, ...PROSE, 'Copyright 2024 NewsCo 7. All rights reserved.'], outlet: 'NewsCo 7' },
    { name: '"Powered by …" names the software, not the publisher', lines: [HEADLINE, BYLINE, STAMP, ...PROSE, 'Powered by Ghost'], outlet: null },
    { name: '"Published by …" as the foot names the publisher', lines: [HEADLINE, BYLINE, STAMP, ...PROSE, 'Published by NewsCo Media'], outlet: 'NewsCo Media' },
  ];
  for (const { name, lines, outlet, gap } of outlets) {
    (gap ? it.fails : it)(name, () => {
      const article = ingestPage(lines);
      expect(article.metadata.outlet.source === 'text' ? article.metadata.outlet.value : null).toBe(outlet);
    });
  }

  const titles: Array<{ name: string; lines: string[]; headline: string; gap?: true }> = [
    { name: 'a station’s title tag', lines: [`${HEADLINE} - NewsCo 7`, BYLINE, STAMP, ...PROSE, 'Copyright 2024 NewsCo 7. All rights reserved.'], headline: HEADLINE },
    { name: 'under "EXCLUSIVE"', lines: ['EXCLUSIVE', HEADLINE, BYLINE, STAMP, ...PROSE], headline: HEADLINE },
    { name: 'under an episode number', lines: ['Episode 142', HEADLINE, BYLINE, STAMP, ...PROSE], headline: HEADLINE },
    { name: 'under a share row and a tag row', lines: ['Facebook · X · Email', 'Security · Cloud · Payments', HEADLINE, BYLINE, STAMP, ...PROSE], headline: HEADLINE },
    { name: 'an episode’s title with its number kept whole', lines: [`Episode 142: ${HEADLINE}`, 'Hosted by Dana Whitfield', STAMP, ...PROSE], headline: `Episode 142: ${HEADLINE}` },
  ];
  for (const { name, lines, headline, gap } of titles) {
    (gap ? it.fails : it)(`headline ${name}`, () => {
      expect(ingestPage(lines).headline).toBe(headline);
    });
  }
});
