/**
 * Page habits of real news sites that the development corpus's tuning half lacked (tests/eval/README.md):
 * skip links, bare share counts, two-label section bars, type-size buttons, a live blog's "Key event" label,
 * "Reporting from …" under a byline, a press release's "About …" boilerplate and contact block, a release's
 * dateline with its year and its "SOURCE" line, timestamps beside a reading time, under a Korean label, before a
 * dated update or after a byline's comma, buttons, labels and credits alone between paragraphs, © lines written
 * other ways, an outlet or a day read from the page's web address or an outlet's byline, and a page title ("… |
 * Harbour Herald") copied as the headline, production credits, tickers, staff biographies, print notes, kickers,
 * format bylines ("Analysis by …"), sponsor lines, an outlet written beside its own stamp, byline bars, contact
 * lines in the third person, and a title line that ends with the day. Each rule beside what it must leave alone. Made-up pages.
 */
import { describe, expect, it } from 'vitest';
import {
  copyrightHolderOf, isAboutHeading, isContactHeader, isCopyrightNotice, isDateline, isFilingPlace, outletBeforeStamp, timestampLabel,
} from '../../../src/pipeline/line-shape';
import { classifyBlocks } from '../../../src/pipeline/stages/classify-blocks';
import { readMetadata } from '../../../src/pipeline/stages/read-metadata';
import { removeFurniture } from '../../../src/pipeline/stages/remove-furniture';
import { splitLines } from '../../../src/pipeline/stages/split-lines';
import { parseDateline } from '../../../src/pipeline/text/timestamps';
import type { ArticleContext, Block } from '../../../src/pipeline/types';

const context: ArticleContext = { file: 'made-up.txt', articleId: 'made-up', manifest: undefined };

function sift(lines: string[]) {
  const result = removeFurniture(context, splitLines(context, lines.join('\n')));
  return { kept: result.kept.map((line) => line.text), removed: result.removed.filter((line) => line.kind !== 'blank').map((line) => line.text) };
}

const BODY = [
  'The port authority said on Tuesday that it would rebuild the northern breakwater after last winter\u2019s storms damaged it.',
  'Work is expected to take two years and will be paid for by the regional government and a loan from a development bank.',
  'Fishing crews welcomed the decision but asked that the harbour stay open to small boats while the work goes on.',
];

describe('page chrome the tuning half had not shown', () => {
  it('removes "Skip to site index" before the story, so it is not taken for the headline', () => {
    const { kept, removed } = sift(['Skip to content', 'Skip to site index', 'Harbour breakwater to be rebuilt after storms', ...BODY]);
    expect(removed).toEqual(['Skip to content', 'Skip to site index']);
    expect(kept[0]).toBe('Harbour breakwater to be rebuilt after storms');
  });

  it('keeps a sentence that opens with "Skip to"', () => {
    const sentence = 'Skip to the end of the report and the authority admits the breakwater was never designed for storms this strong.';
    expect(sift([...BODY, sentence]).kept).toContain(sentence);
  });

  it('removes a bare share or comment count ("1.2k") but keeps a paragraph with an amount', () => {
    const amount = 'About 1.2k boats use the harbour each year, and the authority said 300 of them are registered locally.';
    const { kept, removed } = sift(['Harbour breakwater to be rebuilt after storms', '1.2k', BODY[0]!, amount, ...BODY.slice(1)]);
    expect(removed).toEqual(['1.2k']);
    expect(kept).toContain(amount);
  });

  it('removes a two-label section bar ("Opinion | Guest Essay") but keeps a headline cut by a bar', () => {
    const { kept, removed } = sift(['Opinion | Guest Essay', 'Harbour repairs | what the rebuild means for crews', ...BODY]);
    expect(removed).toEqual(['Opinion | Guest Essay']);
    expect(kept[0]).toBe('Harbour repairs | what the rebuild means for crews');
    // A signature bar of two names is no section bar: neither is a section of the site.
    expect(sift(['Harbour breakwater to be rebuilt after storms', 'Jane Park | Harbour Herald', ...BODY]).kept).toContain('Jane Park | Harbour Herald');
  });

  it('removes type-size buttons ("Font size: A- A+", "A- A+") but not a sentence about grades', () => {
    const grades = 'Students needed an A- or an A+ in the harbour engineering course to be offered a place on the project.';
    const { kept, removed } = sift(['Harbour breakwater to be rebuilt after storms', 'Font size: A- A+', 'A- A+', ...BODY, grades]);
    expect(removed).toEqual(['Font size: A- A+', 'A- A+']);
    expect(kept).toContain(grades);
  });

  it('removes a live blog\u2019s "Key event" label but keeps a sentence about the key event', () => {
    const sentence = 'The key event of the week is the vote in the regional assembly on Thursday, officials said.';
    const { kept, removed } = sift(['Harbour breakwater to be rebuilt after storms', BODY[0]!, 'Key event', BODY[1]!, sentence, BODY[2]!]);
    expect(removed).toEqual(['Key event']);
    expect(kept).toContain(sentence);
  });

  it('removes "Reporting from Muan" under a byline, but not a sentence about reporting from a place', () => {
    const sentence = 'Reporting from the harbour was restricted on Monday, the police said.';
    const { kept, removed } = sift(['Harbour breakwater to be rebuilt after storms', 'By Hong Ji-won', 'Reporting from Muan', ...BODY, sentence]);
    expect(removed).toEqual(['Reporting from Muan']);
    expect(kept).toContain('By Hong Ji-won');
    expect(kept).toContain(sentence);
    expect(isFilingPlace('Reporting from Seoul and Tokyo')).toBe(true);
    expect(isFilingPlace('Reporting from the scene was difficult.')).toBe(false);
  });
});

describe('the foot of a press release', () => {
  const FOOT = [
    'About the Harbour Authority',
    'The Harbour Authority runs the port and its breakwaters on behalf of the regional government and was founded in 1952.',
    'Contact:',
    'Media Relations',
    'Ana Ruiz, Coastline Communications',
    '+1 (555) 555-0100',
    '###',
  ];

  it('removes the "About …" boilerplate and the contact block of a release that ends with "###"', () => {
    const { kept, removed } = sift(['FOR IMMEDIATE RELEASE', 'Harbour breakwater to be rebuilt', ...BODY, ...FOOT]);
    expect(kept).toEqual(['Harbour breakwater to be rebuilt', ...BODY]);
    expect(removed).toEqual(['FOR IMMEDIATE RELEASE', ...FOOT]);
  });

  it('removes a British release\u2019s notes to editors and boilerplate after "ENDS"', () => {
    const foot = ['ENDS', 'Notes to editors', 'Media enquiries: Harbour Authority press office, +44 (0)20 7946 0000', 'About the Harbour Authority', FOOT[1]!];
    const { kept, removed } = sift(['MEDIA RELEASE', 'Harbour breakwater to be rebuilt', ...BODY, ...foot]);
    expect(kept).toEqual(expect.arrayContaining(BODY));
    expect(removed).toEqual(expect.arrayContaining(foot));
  });

  it('keeps a release paragraph that opens with "About" and a number', () => {
    const half = 'About half of the cost will be met by a loan from a development bank, the authority said in its statement.';
    const { kept } = sift(['FOR IMMEDIATE RELEASE', 'Harbour breakwater to be rebuilt', ...BODY, half, ...FOOT]);
    expect(kept).toContain(half);
  });

  it('keeps a release\u2019s subhead "About …" and the news under it when the lines do not describe what it names', () => {
    const news = ['The program will add 40 trains to the coastal line by 2027.', 'Fares on the line will fall by half from March, the operator said.'];
    const { kept } = sift(['FOR IMMEDIATE RELEASE', 'Rail operator expands coastal service', ...BODY, 'About the Program', ...news, '###']);
    expect(kept).toEqual(expect.arrayContaining(news));
  });

  it('keeps everything after an "About …" line on a page that is no press release', () => {
    const page = ['Harbour breakwater to be rebuilt', BODY[0]!, 'About The Harbour Authority', ...BODY.slice(1)];
    expect(sift(page).kept).toEqual(page);
  });

  it('does not let an "About Us" menu link above the story remove the story', () => {
    const { kept } = sift(['About Us', 'FOR IMMEDIATE RELEASE', 'Harbour breakwater to be rebuilt', ...BODY, '###']);
    expect(kept).toEqual(expect.arrayContaining(BODY));
  });

  it('reads headings by shape', () => {
    expect(isAboutHeading('About the FTX Debtors')).toBe(true);
    expect(isAboutHeading('About Harbour Authority:')).toBe(true);
    expect(isAboutHeading('About half an hour later the ferry sailed')).toBe(false);
    expect(isContactHeader('Media contacts')).toBe(true);
    expect(isContactHeader('Contact the harbour master for details')).toBe(false);
  });
});

describe('metadata of a press release', () => {
  const block = (kind: Block['kind'], text: string, line: number): Block => ({ line, text, kind });
  const read = (blocks: Block[], removed: { text: string; line: number }[] = []) =>
    readMetadata(context, { blocks, removed: removed.map((line) => ({ ...line, kind: 'furniture' as const, reason: 'test' })) });

  it('takes the publication day from a dateline that gives the year ("WILMINGTON, Del., Oct. 7, 2024 --")', () => {
    const meta = read([block('headline', 'Harbour Authority wins approval for breakwater plan', 1), block('body', `WILMINGTON, Del., Oct. 7, 2024 -- ${BODY[0]}`, 2)]);
    expect(meta.publishedAt).toBe('2024-10-07');
    expect(meta.publishedPrecision).toBe('day');
  });

  it('takes no day from a wire dateline without a year, and prefers a timestamp line to the dateline', () => {
    expect(read([block('body', `SEOUL, Jan. 13 (Harbour Wire) -- ${BODY[0]}`, 2)]).publishedAt).toBeNull();
    const stamped = read([block('dateline', 'October 8, 2024 9:30 AM EDT', 1), block('body', `WILMINGTON, Del., Oct. 7, 2024 -- ${BODY[0]}`, 2)]);
    expect(stamped.publishedAt?.slice(0, 10)).toBe('2024-10-08');
  });

  it('names the issuer from a release\u2019s "SOURCE …" line, after a © line', () => {
    const body = [block('body', BODY[0]!, 2)];
    expect(read(body, [{ text: 'SOURCE Harbour Authority', line: 9 }]).outlet?.name).toBe('Harbour Authority');
    expect(read(body, [{ text: '\u00a9 2024 Coastline Newswire', line: 8 }, { text: 'SOURCE Harbour Authority', line: 9 }]).outlet?.name).toBe('Coastline Newswire');
    expect(read([block('body', 'SOURCE Harbour Authority officials said the work would start soon.', 2)]).outlet).toBeNull();
  });
});

describe('timestamp lines with a reading time, a Korean label or a dated update', () => {
  it('reads a stamp beside its reading time, on either side', () => {
    expect(isDateline('15 Jan 2025 · 4 min read')).toBe(true);
    expect(isDateline('4 min read · Jan 15, 2025')).toBe(true);
    expect(parseDateline('14 January 2025 • 2 min read')?.value).toBe('2025-01-14');
    expect(isDateline('4 min read')).toBe(false);
  });

  it('reads "Input"/"입력" as the first stamp and "수정" as an edit, but not prose that opens with "Inputs"', () => {
    expect(isDateline('Input 2025.01.14 17:12')).toBe(true);
    expect(isDateline('입력 2025.01.14 17:12')).toBe(true);
    expect(timestampLabel('입력 2025.01.14 17:12')).toBe('published');
    expect(timestampLabel('수정 2025.01.15 08:03')).toBe('updated');
    expect(isDateline('Inputs from the ministry were due on Jan. 14, 2025')).toBe(false);
    expect(timestampLabel('Inputs were due')).toBeNull();
  });

  it('reads a stamp followed by a dated update, and takes the first day', () => {
    const line = 'January 15, 2025 6:02 PM | Updated: January 16, 2025 8:15 AM';
    expect(isDateline(line)).toBe(true);
    expect(parseDateline(line)?.value).toBe('2025-01-15');
  });

  it('takes the day from a byline that carries it after a comma, and leaves the comma out of the name', () => {
    const meta = readMetadata(context, {
      blocks: [
        { line: 1, text: 'Harbour breakwater to be rebuilt after storms', kind: 'headline' },
        { line: 2, text: 'By Jane Park, Jan. 15, 2025', kind: 'byline' },
        { line: 3, text: BODY[0]!, kind: 'body' },
      ],
      removed: [],
    });
    expect([meta.byline, meta.publishedAt]).toEqual(['Jane Park', '2025-01-15']);
    const post = readMetadata(context, { blocks: [{ line: 2, text: 'By Jane Park, Seoul correspondent', kind: 'byline' }, { line: 3, text: BODY[0]!, kind: 'body' }], removed: [] });
    expect(post.publishedAt).toBeNull();
  });
});

describe('buttons, labels and credits that stand alone between paragraphs', () => {
  const between = (line: string) => sift(['Harbour breakwater to be rebuilt after storms', BODY[0]!, line, BODY[1]!, BODY[2]!]);

  it.each([
    'Copy link', 'Facebook', 'X', 'LinkedIn', 'Play video', 'Back to top', 'Next article →', 'Enlarge this image', 'toggle caption',
    'Show more', 'Read full article', 'Listen', 'Bookmark', 'Live', 'Breaking news', 'Pinned', '1 / 5', '[Photo by Yonhap]',
    'Join our WhatsApp channel', 'Was this article helpful? Yes No', 'Our Standards: The Trust Principles.', 'In short:',
  ])('removes "%s"', (line) => {
    expect(between(line).removed).toEqual([line]);
  });

  it.each([
    'Listen to the crews, the harbour master told the regional assembly on Monday before the vote.',
    'X, the social platform, carried the first pictures of the damage on Sunday night.',
    'Live fire drills off the coast were suspended while the breakwater was inspected.',
    'Breaking the deadlock took three years of talks between the authority and the fishing crews.',
    'More than 300 boats use the harbour each season, according to the authority.',
    'Join our campaign, the union leader told the crews gathered on the quay.',
    'Our standards for the new wall are higher than the old ones, the engineer said.',
  ])('keeps the sentence "%s"', (sentence) => {
    expect(between(sentence).kept).toContain(sentence);
  });

  it('reads a wire picture\u2019s caption as a caption, not as the headline above the story', () => {
    const caption = 'File photo: Officials inspect the breakwater in Bayview. REUTERS/Ana Ruiz/File Photo';
    const { kept } = sift([caption, 'Harbour breakwater to be rebuilt after storms', ...BODY]);
    const blocks = classifyBlocks(context, splitLines(context, kept.join('\n')));
    expect(blocks.find((block) => block.kind === 'headline')?.text).toBe('Harbour breakwater to be rebuilt after storms');
    expect(blocks[0]?.kind).toBe('caption');
  });

  it('takes "Filed 14 January 2025" as a timestamp, and "Filed under: Courts" as none', () => {
    expect(isDateline('Filed 14 January 2025')).toBe(true);
    expect(isDateline('Filed under: Courts')).toBe(false);
  });
});

describe('where else a page names its outlet and its day', () => {
  const meta = (blocks: Array<[Block['kind'], string]>, removed: string[] = []) =>
    readMetadata(context, {
      blocks: blocks.map(([kind, text], index) => ({ line: index + 1, text, kind })),
      removed: removed.map((text, index) => ({ line: 100 + index, text, kind: 'furniture' as const, reason: 'test' })),
    });

  it('reads © lines written other ways', () => {
    expect(copyrightHolderOf('(c) Harbour Herald 2025')).toBe('Harbour Herald');
    expect(copyrightHolderOf('© Copyright 2025, Harbour Herald')).toBe('Harbour Herald');
    expect(copyrightHolderOf('Harbour Herald © 2025')).toBe('Harbour Herald');
    expect(copyrightHolderOf('Copyright 2025 The Harbour Herald Company')).toBe('The Harbour Herald');
    expect(copyrightHolderOf('Copyright 2024 Hanul Broadcasting Corporation. All rights reserved.')).toBe('Hanul Broadcasting Corporation');
    expect(isCopyrightNotice('Harbour Herald © 2025')).toBe(true);
    expect(isCopyrightNotice('All content © 2025 Harbour Herald')).toBe(true);
    expect(isCopyrightNotice('The harbour master said the © sign on the old charts dated from 1952.')).toBe(false);
  });

  it('names the outlet from the page\u2019s own web address, spelled as the text spells it', () => {
    const address = 'https://www.harbourherald.com/news/2025/01/14/breakwater-rebuilt/';
    expect(meta([['body', BODY[0]!]], [address]).outlet?.name).toBe('harbourherald.com');
    expect(meta([['body', BODY[0]!], ['body', 'Readers of the Harbour Herald wrote in.']], [address]).outlet?.name).toBe('Harbour Herald');
    expect(meta([['body', BODY[0]!]], ['https://youtu.be/abc123']).outlet).toBeNull();
  });

  it('takes the day a web address files the page under, only when no stamp gives one', () => {
    expect(meta([['body', BODY[0]!]], ['https://www.harbourherald.com/news/2025/01/14/breakwater/']).publishedAt).toBe('2025-01-14');
    expect(meta([['body', BODY[0]!]], ['https://www.harbourherald.com/article/20250114/breakwater/']).publishedAt).toBe('2025-01-14');
    expect(meta([['dateline', 'January 15, 2025'], ['body', BODY[0]!]], ['https://www.harbourherald.com/news/2025/01/14/breakwater/']).publishedAt).toBe('2025-01-15');
    expect(meta([['body', BODY[0]!]], ['https://www.harbourherald.com/news/2025/13/45/breakwater/']).publishedAt).toBeNull();
  });

  it('takes an outlet named as the byline, and strips "Staff" from a credit', () => {
    expect(meta([['byline', 'By The Harbour Press'], ['body', BODY[0]!]]).outlet?.name).toBe('The Harbour Press');
    expect(meta([['byline', 'Harbour Herald Staff'], ['body', BODY[0]!]]).outlet?.name).toBe('Harbour Herald');
    expect(meta([['byline', 'By Jane Park'], ['body', BODY[0]!]]).outlet).toBeNull();
  });

  it('takes the published stamp of a line that also carries a later update, in either order', () => {
    const line = 'Updated January 15, 2025 at 1:05 a.m. ET | Published January 14, 2025 at 11:48 p.m. ET';
    expect(meta([['dateline', line], ['body', BODY[0]!]]).publishedAt?.slice(0, 10)).toBe('2025-01-14');
  });
});

describe('a page title copied as the headline', () => {
  const titled = (headline: string) =>
    readMetadata(context, { blocks: [{ line: 1, text: headline, kind: 'headline' }, { line: 2, text: BODY[0]!, kind: 'body' }], removed: [] });

  it('parts the site\u2019s name from the headline after a bar or a spaced dash, and takes it as the outlet', () => {
    for (const title of ['Harbour breakwater to be rebuilt after storms | Harbour Herald', 'Harbour breakwater to be rebuilt after storms - Harbour Herald']) {
      const meta = titled(title);
      expect([meta.headline, meta.outlet?.name]).toEqual(['Harbour breakwater to be rebuilt after storms', 'Harbour Herald']);
    }
  });

  it('keeps a headline whose tail is no outlet\u2019s name', () => {
    for (const title of ['Harbour storm: crews count the damage – as it happened', 'Breakwater to be rebuilt | Live updates', 'Crews and the authority agree - for now']) {
      expect(titled(title).headline).toBe(title);
      expect(titled(title).outlet).toBeNull();
    }
  });
});

describe('more lines of the page about itself, and the sentences they must not take', () => {
  const between = (line: string) => sift(['Harbour breakwater to be rebuilt after storms', BODY[0]!, line, BODY[1]!, BODY[2]!]);

  it.each([
    'Edited by Tom Lee', 'Fact checked by Ana Ruiz', 'Illustration by Tom Lee', 'Video by Jane Park',
    'Weather 3°C Seoul', 'KOSPI 2,497.42 ▲0.5%',
    'You have 3 free articles left this month', 'Follow Jane Park on X @janepark',
    'In the news: Yoon arrest, Jeju Air, tariffs', 'Latest news', 'Get the app', 'Sort by: Newest',
    'Published in print on 15 January 2025', 'This article is part of our series on coastal towns',
  ])('removes "%s"', (line) => {
    expect(between(line).removed).toEqual([line]);
  });

  it.each([
    'Edited by the harbour master himself, the report was published on Monday and circulated to crews.',
    'Temperatures fell to minus 3°C in Seoul overnight, and crews worked through the cold to shore up the wall.',
    'Jane Park is a reporter at the Harbour Herald who covered the storms and was injured on the quay.',
    'Follow-up inspections on the breakwater will take place in March, the authority said.',
    'In the news conference, the minister said the rebuild would start in spring.',
    'Published in the authority\u2019s annual report, the figures show repairs doubled in cost.',
    'Heatwave hits 41°C in Seville',
    'The hotline can be reached at help@harbour.example.gov around the clock.',
  ])('keeps the sentence "%s"', (sentence) => {
    expect(between(sentence).kept).toContain(sentence);
  });

  it('removes a staff writer\u2019s biography after the story, but keeps the same shape between paragraphs as news', () => {
    const bio = 'Jane Park is a reporter at the Harbour Herald.';
    const after = sift(['Harbour breakwater to be rebuilt after storms', ...BODY, bio, '\u00a9 2025 Harbour Herald']);
    expect(after.removed).toContain(bio);
    // A story about a reporter: the sentence is its subject, not the page's furniture.
    const news = 'Evan Cole was a veteran correspondent for The Daily Ledger.';
    expect(between(news).kept).toContain(news);
    expect(between(bio).kept).toContain(bio);
  });

  it('removes the site describing itself as "The …" when the \u00a9 line names it without "The"', () => {
    const about = 'The Harbour Herald is an independent newspaper founded in 1887.';
    expect(sift(['Harbour breakwater to be rebuilt after storms', ...BODY, about, '\u00a9 2025 Harbour Herald']).removed).toContain(about);
  });

  it('reads "Updated at 10:05 a.m. ET on January 14, 2025" as a timestamp', () => {
    expect(isDateline('Updated at 10:05 a.m. ET on January 14, 2025')).toBe(true);
    expect(parseDateline('Updated at 10:05 a.m. ET on January 14, 2025')?.value.slice(0, 10)).toBe('2025-01-14');
    expect(isDateline('Updated at 10:05 a.m. the figures showed a fall')).toBe(false);
  });
});

describe('kickers, format bylines and sponsor lines around the headline', () => {
  const between = (line: string) => sift(['Harbour breakwater to be rebuilt after storms', BODY[0]!, line, BODY[1]!, BODY[2]!]);

  it.each([
    'Presented by Coast Bank', 'Partner content', 'Special report', 'The big read', 'From our correspondent', 'Gift Article', 'Listen 5 min',
    'Audio available', 'Follow this topic', 'More from Jane Park', 'Up next', "Editor's Picks", 'Read in Korean', '한국어로 읽기',
    "Editor's note: This story contains descriptions of violence.",
  ])('removes "%s"', (line) => {
    expect(between(line).removed).toEqual([line]);
  });

  it.each([
    'Presented by the mayor at a ceremony on the quay, the award went to the crews who kept the harbour open.',
    'More from the regional budget will go to the breakwater than to any other project this year.',
    'Special reports on the storm damage were sent to the ministry in December and again in January.',
  ])('keeps the sentence "%s"', (sentence) => {
    expect(between(sentence).kept).toContain(sentence);
  });

  it('reads "Opinion by Jane Park, Contributing columnist" as the byline, not the headline', () => {
    const { kept } = sift(['Opinion by Jane Park, Contributing columnist', 'Harbour breakwater to be rebuilt after storms', ...BODY]);
    const blocks = classifyBlocks(context, splitLines(context, kept.join('\n')));
    const meta = readMetadata(context, { blocks, removed: [] });
    expect([meta.headline, meta.byline]).toEqual(['Harbour breakwater to be rebuilt after storms', 'Jane Park']);
  });
});

describe('an outlet written beside its own stamp', () => {
  const meta = (lines: Array<[Block['kind'], string]>) =>
    readMetadata(context, { blocks: lines.map(([kind, text], index) => ({ line: index + 1, text, kind })), removed: [] });

  it('reads "KYODO NEWS - Jan 14, 2025 - 18:30 | All, Japan, World" as a timestamp that names the outlet', () => {
    const line = 'KYODO NEWS - Jan 14, 2025 - 18:30 | All, Japan, World';
    expect(isDateline(line)).toBe(true);
    expect(outletBeforeStamp(line)).toBe('KYODO NEWS');
    const read = meta([['dateline', line], ['body', BODY[0]!]]);
    expect([read.outlet?.name, read.publishedAt]).toEqual(['KYODO NEWS', '2025-01-14']);
  });

  it('does not take a headline or a writer before a dash and a date for an outlet', () => {
    expect(outletBeforeStamp('Storm hits harbour - Jan 14, 2025')).toBeNull();
    expect(outletBeforeStamp('Jane Park - Jan 14, 2025')).toBeNull();
  });

  it('reads a legal-news lead, "Courtwire (March 28, 2024, 12:15 PM EDT) --", for the outlet and the time', () => {
    const read = meta([['body', 'Courtwire (March 28, 2024, 12:15 PM EDT) -- A federal judge on Thursday approved the plan to rebuild the breakwater.']]);
    expect([read.outlet?.name, read.publishedAt]).toEqual(['Courtwire', '2024-03-28T12:15:00-04:00']);
  });

  it('leaves a wire dateline\u2019s bracket to the wire rule: "LONDON (Harbour Wire) -" gives the agency and no day', () => {
    const read = meta([['body', 'LONDON (Harbour Wire) - The port authority said on Tuesday that it would rebuild the breakwater.']]);
    expect([read.outlet?.name, read.publishedAt]).toEqual(['Harbour Wire', null]);
  });
});

describe('a byline bar, a contact line in the third person, a dated title line', () => {
  it('keeps "By Ana Ruiz | Harbour Facts | January 16, 2025" as a byline, not a breadcrumb, and reads writer, day and site', () => {
    const bar = 'By Ana Ruiz | Harbour Facts | January 16, 2025';
    const about = 'Harbour Facts is a member of an international network of fact-checkers.';
    const { kept, removed } = sift(['Harbour breakwater was inspected, records show', bar, ...BODY, about]);
    expect(kept).toContain(bar);
    expect(removed).toContain(about);
    const blocks = classifyBlocks(context, splitLines(context, kept.join('\n')));
    const removedLines = [{ line: 99, text: about, kind: 'furniture' as const, reason: 'the site describing itself' }];
    const meta = readMetadata(context, { blocks, removed: removedLines });
    expect([meta.byline, meta.publishedAt, meta.outlet?.name]).toEqual(['Ana Ruiz', '2025-01-16', 'Harbour Facts']);
    // Still a breadcrumb without a writer or a day.
    expect(sift(['News | Local | Harbour', 'Harbour breakwater was inspected, records show', ...BODY]).removed).toContain('News | Local | Harbour');
  });

  it('removes "Tom Lee can be reached at …" but keeps a sentence that a person can be reached', () => {
    const contact = 'Tom Lee can be reached at tlee@bayviewcourier.example or 555-0100.';
    const sentence = 'The harbour master can be reached by radio at any hour, the authority said.';
    const { kept, removed } = sift(['Harbour breakwater to be rebuilt after storms', ...BODY, sentence, contact]);
    expect(removed).toContain(contact);
    expect(kept).toContain(sentence);
  });

  it('drops a staff suffix from a byline ("By Tom Lee, Courier staff")', () => {
    const meta = readMetadata(context, { blocks: [{ line: 1, text: 'By Tom Lee, Courier staff', kind: 'byline' }, { line: 2, text: BODY[0]!, kind: 'body' }], removed: [] });
    expect(meta.byline).toBe('Tom Lee');
  });

  it('takes the day from a title line that ends with a full date, only when nothing else gives one', () => {
    const read = (lines: Array<[Block['kind'], string]>) =>
      readMetadata(context, { blocks: lines.map(([kind, text], index) => ({ line: index + 1, text, kind })), removed: [] }).publishedAt;
    expect(read([['headline', 'Your briefing for Tuesday, January 14, 2025'], ['body', BODY[0]!]])).toBe('2025-01-14');
    expect(read([['headline', 'Your briefing for Tuesday, January 14, 2025'], ['dateline', 'January 15, 2025'], ['body', BODY[0]!]])).toBe('2025-01-15');
    expect(read([['headline', 'What changed after January 14, 2025 at the harbour'], ['body', BODY[0]!]])).toBeNull();
    // A headline about a date is not the edition's date.
    expect(read([['headline', 'Timeline: the crisis since March 3, 2024'], ['body', BODY[0]!]])).toBeNull();
    expect(read([['headline', 'Harbour closed until Tuesday, January 14, 2025'], ['body', BODY[0]!]])).toBeNull();
    expect(read([['headline', 'Morning Edition — January 14, 2025'], ['body', BODY[0]!]])).toBe('2025-01-14');
    expect(read([['body', BODY[0]!], ['body', 'The storm of January 14, 2025']])).toBeNull();
  });
});
