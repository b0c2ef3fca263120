/**
 * Review round 8 (h59): page notes, a name over a menu and a syndication note stated things that were untrue. Made-up
 * pages; each story line here once went missing as a "page note", or each name was once taken for the outlet.
 */
import { describe, expect, it } from 'vitest';
import { pageNoteReason } from '../../../src/pipeline/line-shape';
import { ingestPage } from '../ingest-page';

const bodyTexts = (lines: string[]) => ingestPage(lines).sentences.map((sentence) => sentence.text).join(' ');

describe('a story sentence is never a page note', () => {
  const story = [
    'The report has not been edited by the ministry, its author insisted.',
    'Accessibility campaigners said the contrast on the signs was far too low.',
    'Text size on the packs must now be at least nine points.',
    'Font size, spacing and colour will all be checked.',
    '(Updates to the timetable will be posted online.)',
    '(Changes to the bus routes are listed below.)',
    '$900 a month.',
    'Editors: the story below replaced an earlier version that named the wrong man, the ombudsman said.',
    'You are here: the new signs mark each junction.',
    'Originally published in 1851, the map shows the river before the dam.',
  ];
  for (const text of story) it(`keeps "${text}"`, () => expect(pageNoteReason(text)).toBeNull());

  it('keeps them in the body of a page', () => {
    const body = bodyTexts([
      'Shop rents climb again',
      'By Ines Okafor',
      '4 March 2026',
      'Traders on the high street say their rents have doubled in two years.',
      '$900 a month.',
      'Text size on the packs must now be at least nine points.',
      'You are here: the new signs mark each junction.',
    ]);
    expect(body).toContain('$900 a month.');
    expect(body).toContain('Text size on the packs');
    expect(body).toContain('the new signs mark each junction');
  });

  it('still removes the page\u2019s own notes, in their furniture shapes', () => {
    for (const note of [
      '(This story has not been edited by Quay Post staff and is auto-generated from a syndicated feed.)',
      'Font size: S M L',
      'Normal text size   Larger text size',
      'High contrast | A+ A-',
      '(Corrects spelling of the harbour master\u2019s name in paragraph 3)',
      '(Adds comment from the port authority)',
      'Only $1 for 4 weeks',
      '$2 for 6 months',
      'Editors: the story below replaces an earlier version that moved with a wrong figure.',
      'You are here: Home > News > Local',
      'Originally published on The Quay Letter.',
    ]) expect(pageNoteReason(note), note).not.toBeNull();
  });
});

const page = (top: string, bar: string, tail: string[] = []) => [
  top,
  bar,
  'Lock gates fail on the canal',
  'By Ines Okafor',
  '4 March 2026',
  'Two lock gates on the canal failed on Tuesday, draining a mile of water and stranding a dozen boats.',
  'Engineers expect repairs to take a fortnight, the canal trust said.',
  ...tail,
];

describe('a name over the site\u2019s menu', () => {
  it('is not the outlet when it is one of the menu\u2019s items, a headline or a person\u2019s name', () => {
    expect(ingestPage(page('Canal Works', 'Home | News | Boats | Canal Works')).metadata.outlet.value).toBeNull();
    expect(ingestPage(page('Gates Fail Overnight', 'Home > News > Boats')).metadata.outlet.value).toBeNull();
    expect(ingestPage(page('Ines Okafor', 'Home | About | Archive | Contact')).metadata.outlet.value).toBeNull();
  });
  it('is the outlet with a newspaper\u2019s noun, or named again by the © line or a web address', () => {
    expect(ingestPage(page('Towpath Courier', 'Home | News | Boats')).metadata.outlet.value).toBe('Towpath Courier');
    expect(ingestPage(page('Towpath Lamp', 'Home | News | Boats', ['© 2026 Towpath Lamp'])).metadata.outlet.value).toBe('Towpath Lamp');
    expect(ingestPage(page('Towpath Lamp', 'Home | News | Boats', ['Read more at towpathlamp.com'])).metadata.outlet.value).toBe('Towpath Lamp');
  });
});

describe('a syndication note', () => {
  it('is furniture, but never names the page\u2019s own outlet', () => {
    const article = ingestPage(page('Lock gates fail', 'x', ['This article is republished from The Canal Review under a Creative Commons license.']).slice(2));
    expect(article.removed.map((line) => line.text)).toContain('This article is republished from The Canal Review under a Creative Commons license.');
    expect(article.metadata.outlet.value).toBeNull();
  });
});

describe('a print clock with a two-digit year', () => {
  it('says the year is two digits and the order unsettled, not that there is no year', () => {
    const article = ingestPage(['3/9/26, 9:15 AM', 'Lock gates fail on the canal', 'By Ines Okafor', 'Two lock gates on the canal failed on Tuesday, draining a mile of water.', 'Engineers expect repairs to take a fortnight.']);
    expect(article.metadata.publishedAt.value).toBeNull();
    expect(article.metadata.publishedAt.note).toContain('two-digit year');
    expect(article.metadata.publishedAt.note).not.toContain('no year');
  });
});
