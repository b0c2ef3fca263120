/**
 * Review round 9 (items 7, 9, 10, 11 and the removed masthead's outlet): page rules that had made the app drop or
 * mislabel a story's own lines. Made-up pages, each pinned to its own date line.
 */
import { describe, expect, it } from 'vitest';
import { ingestPage } from '../ingest-page';

const CANAL = [
  'The Fenland Gazette',
  'Canal lock reopens after repairs',
  'By Ada Pim',
  'March 3, 2027',
  'The old lock on the county canal reopened to boats on Tuesday after a month of repairs to its gates, the waterways trust said.',
  'Engineers replaced both timber gates and relined the chamber, which had leaked since the winter floods.',
  'The trust said boat traffic would be back to normal by the weekend.',
];
/** The canal story with the given lines set between its second and third paragraphs. */
const withLines = (...lines: string[]) => [...CANAL.slice(0, 6), ...lines, ...CANAL.slice(6)];
const removedTexts = (lines: string[]) => ingestPage(lines).removed.filter((line) => line.kind !== 'blank').map((line) => line.text);
const keptText = (lines: string[]) => ingestPage(lines).sentences.map((sentence) => sentence.text).join(' ');

describe('a sponsor\u2019s copy: only a pitch, directly under a sponsor block\u2019s label', () => {
  it('keeps a paragraph under an inline "Advertisement", "Sponsored" or "Supported by" marker', () => {
    for (const [label, paragraph] of [
      ['Advertisement', 'If you cycle along the towpath, expect closures until Thursday while the gates are tested.'],
      ['ADVERTISEMENT', 'Cyclists heading west should use the bypass, and your trip may take ten minutes longer, the trust warned.'],
      ['Supported by Elm Foundation', 'If you moor in the basin, your fee will rise by 5% from June, the tribunal ruled on Monday.'],
      ['Sponsored', 'Your nearest boatyard can now lift you out of the water within a day, the county board announced.'],
    ] as const) {
      expect(keptText(withLines(label, paragraph)), label).toContain(paragraph);
    }
  });
  it('keeps a reporting line even under a sponsor block\u2019s own label', () => {
    const line = 'If you live by the canal, your flood cover may change, the regulator warned on Friday.';
    expect(keptText(withLines('TODAY\u2019S SPONSOR', line))).toContain(line);
    const subject = 'Boat owners should check their hulls, and you can ask the trust for a free survey.';
    expect(keptText(withLines('A word from our sponsor', subject))).toContain(subject);
  });
  it('still removes the pitch under the label', () => {
    for (const [label, pitch] of [
      ['A word from our sponsor', 'Fernway Bikes: ride further on your commute. Get 15% off with code HILL.'],
      ['Presented by Marsh Mutual', 'Protect your boat before the frost. Get a quote in two minutes.'],
      ['Today\u2019s sponsor', 'Your dog deserves better food. Try Barkwell free for a month.'],
    ] as const) {
      expect(removedTexts(withLines(label, pitch)), label).toContain(pitch);
    }
  });
});

describe('a clip\u2019s label over a title, never a sentence set off by a dash', () => {
  it('keeps "Listen \u2013 \u2026, and \u2026." and "Audio \u2014 \u2026, Kemp replied." as story lines, with the speaker', () => {
    const listen = 'Listen \u2013 the bells are ringing again, and no one will say who pays for them.';
    const audio = 'Audio \u2014 I was never told about the leak, Kemp replied.';
    const page = withLines(listen, audio);
    expect(keptText(page)).toContain(listen);
    expect(keptText(page)).toContain(audio);
    expect(removedTexts(page)).not.toContain(audio);
  });
  it('keeps a short "Watch:" sentence with its speaker', () => {
    const line = 'Watch: tolls will rise again next spring, the trust said.';
    expect(keptText(withLines(line))).toContain(line);
  });
  it('still removes labels over titles, with a dash, a bar or a colon', () => {
    for (const promo of ['Listen \u2013 Our canal reporter on the lock repairs', 'VIDEO | Moment the lock gate swung shut', 'Watch: Engineers lift the old gate']) {
      expect(removedTexts(withLines(promo)), promo).toContain(promo);
    }
  });
});

describe('a "Watch:" label under a story\u2019s title is no headline', () => {
  const story = ['Heavy rain pushed the canal over its banks in Marden on Tuesday, the fire service said.', 'Crews pumped water from twelve homes overnight.'];
  it('does not take the label for the headline, nor the title for a byline', () => {
    const page = ['Canal Bursts Banks', 'Watch: Boats drift across the flooded towpath', ...story];
    const article = ingestPage(page);
    expect(article.headline).not.toBe(page[1]);
    expect(article.sentences.filter((sentence) => sentence.kind === 'byline').map((sentence) => sentence.text)).not.toContain('Canal Bursts Banks');
    expect(removedTexts(page)).toContain(page[1]);
  });
  it('still takes a video page\u2019s label for its title under a channel\u2019s name', () => {
    for (const masthead of ['Channel 7 Fens', 'Fenland News']) {
      const page = [masthead, 'Watch: Boats drift across the flooded towpath', '1:12', ...story];
      expect(ingestPage(page).headline, masthead).toBe(page[1]);
    }
  });
});

describe('a live page\u2019s title-case entry heading that the report under it does not tell', () => {
  const live = (heading: string) => [
    'Live: Storms sweep the fens',
    'Sat 6 Mar 2027 12:10 GMT',
    '12:10 GMT',
    'Gusts of 110km/h were recorded at the coast overnight, the weather office said.',
    heading,
    '11:40 GMT',
    'Rescue teams said fog had closed the upper trail on the ridge.',
    '11:05 GMT',
    'Ferries to the islands were cancelled for the rest of the day, the operator said.',
  ];
  it('keeps "Two Climbers Missing On Ridge" as content, and the page keeps its own title', () => {
    const page = live('Two Climbers Missing On Ridge');
    expect(keptText(page)).toContain('Two Climbers Missing On Ridge');
    expect(ingestPage(page).headline).toBe('Live: Storms sweep the fens');
  });
  it('still removes a heading that the report says again', () => {
    expect(removedTexts(live('Upper Trail Closed By Fog'))).toContain('Upper Trail Closed By Fog');
  });
});

describe('a masthead set aside over the menu still names the outlet', () => {
  const page = (foot: string) => [
    'KFN News',
    'Home | Local | Sport | Weather | Live',
    'Canal lock reopens after repairs',
    'March 3, 2027',
    ...CANAL.slice(4),
    foot,
  ];
  it('gives "KFN News" over a \u00a9 line that shortens it to "KFN"', () => {
    expect(ingestPage(page('KFN \u00a9 2027')).metadata.outlet?.value).toBe('KFN News');
  });
  it('leaves a \u00a9 line that names the site another way to say so', () => {
    expect(ingestPage(page('\u00a9 2027 Kestrel Fen Network')).metadata.outlet?.value).not.toBe('KFN News');
  });
});
