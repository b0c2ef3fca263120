/**
 * Review of probe 6's rules (h34 findings 2, 3, 4, 5, 13, 15): made-up pages where a rule the probe brought stated a
 * falsehood or hid a story line, each beside the page shape the rule was made for (page-probe-6.test.ts keeps those).
 * All text is made up; the pages are read with no manifest, so what the text alone gives.
 */
import { describe, expect, it } from 'vitest';
import { ingestPage } from '../ingest-page';
import { leaksOf } from './page-leaks';
import { isDateline } from '../../../src/pipeline/line-shape';

const STORY = [
  'Engineers closed the old bridge on Monday after divers found cracks in two of its piers.',
  'Drivers face a detour of eight miles until a temporary crossing opens next month, the council said.',
  'Shops on both banks said trade had fallen by half since the closure.',
];

/** The story's kept lines, joined. */
const body = (lines: readonly string[]) =>
  ingestPage(lines)
    .sentences.filter((sentence) => sentence.kind === 'body')
    .map((sentence) => sentence.text)
    .join(' ');

describe('a "Place, day" line is a photo caption unless it is the page\u2019s only stamp, over a release\u2019s first paragraph', () => {
  it.each([
    ['Tolby Bridge, 12 March 2019', 'Published 14 March 2027', '2027-03-14'],
    ['Market Street, 12 March 2019', 'Updated March 14, 2027', '2027-03-14'],
    ['Market Street, Tolby, 12 March 2019', 'Updated March 14, 2027', '2027-03-14'],
    ['Tolby Festival, 24 June 2026', 'Published 14 March 2027', '2027-03-14'],
    ['Tolby Bridge, 12 March 2019', '14 March 2027', '2027-03-14'],
  ])('"%s" over "%s" leaves the page its own stamp', (place, stamp, day) => {
    const article = ingestPage(['Old bridge shut after divers find cracks', place, 'By Ana Ruiz', stamp, ...STORY]);
    expect(article.publishedAt?.slice(0, 10)).toBe(day);
  });

  it('reads no day from a caption over a byline when the page has no stamp', () => {
    expect(ingestPage(['Old bridge shut after divers find cracks', 'Tolby Bridge, 12 March 2019', 'By Ana Ruiz', ...STORY]).publishedAt).toBeNull();
    expect(ingestPage(['Old bridge shut after divers find cracks', 'By Ana Ruiz', 'Tolby Bridge, 12 March 2019', ...STORY]).publishedAt).toBeNull();
  });

  it('still dates a release by its own "Place, day" line', () => {
    const release = ingestPage(['Council orders temporary crossing for closed bridge', 'Tolby, 14 March 2027', ...STORY, 'ENDS']);
    expect(release.publishedAt?.slice(0, 10)).toBe('2027-03-14');
  });
});

describe('a sentence about a document is the story\u2019s, not the page\u2019s stamp', () => {
  it('reads no publication day from "This report was published on … by the regulator, and warned …"', () => {
    const line = 'This report was published on 2 March 2019 by the regulator, and warned of exactly this.';
    expect(isDateline(line)).toBe(false);
    const article = ingestPage(['Old bridge shut after divers find cracks', 'March 12, 2027', ...STORY, line]);
    expect(article.publishedAt?.slice(0, 10)).toBe('2027-03-12');
    expect(article.sentences.find((sentence) => sentence.text.includes('warned of exactly this'))?.kind).toBe('body');
    expect(ingestPage(['Old bridge shut after divers find cracks', ...STORY, line]).publishedAt).toBeNull();
  });

  it.each([
    'This post has been updated on March 13, 2027 with a statement from the water firm.',
    'This report was published on 2 March 2019.',
    'Issued - 10 March 2027, the earlier notice covered only 400 homes.',
  ])('reads no stamp in "%s"', (line) => {
    expect(isDateline(line)).toBe(false);
  });

  it('keeps the page\u2019s own sentence as its stamp', () => {
    expect(isDateline('This article was first published on 14 August 2023.')).toBe(true);
    expect(isDateline('This post was updated on March 13, 2027.')).toBe(true);
  });

  it('removes a correction note at the foot, keeps no dateline of it', () => {
    const note = 'This article was updated on 20 March 2027 to correct the number of homes affected.';
    const article = ingestPage(['Old bridge shut after divers find cracks', 'By Ana Ruiz', 'March 14, 2027', ...STORY, note]);
    expect(article.sentences.filter((sentence) => sentence.text.includes('to correct the number of homes'))).toEqual([]);
    expect(article.publishedAt?.slice(0, 10)).toBe('2027-03-14');
  });
});

describe('a number alone on its line is a minute, a rank or a list number, not a page break', () => {
  it('keeps a live blog\u2019s entries between its minutes', () => {
    const kept = body([
      'Castamar beat Eastmoor late on',
      'By Ana Ruiz',
      'March 14, 2027',
      'Castamar came from behind to beat Eastmoor at the Vale on Saturday.',
      '67',
      'GOAL - Castamar 2-1 Eastmoor',
      'Tom Reid heads in from the corner after a scramble in the box.',
      '88',
      'Red card for Pope',
      '90',
      'The referee blows for full time at the Vale.',
    ]);
    expect(kept).toContain('GOAL - Castamar 2-1 Eastmoor');
    expect(kept).toContain('Red card for Pope');
  });

  it('keeps a clause of the document beside a page break', () => {
    const kept = ingestPage([
      'Council loses appeal over closed bridge',
      'March 14, 2027',
      ...STORY,
      'Page 2 of 3',
      'Costs of \u00a340,000 - to be paid by the council',
      'The judge said the council had known of the cracks for years.',
    ]).sentences.map((sentence) => sentence.text).join(' ');
    expect(kept).toContain('to be paid by the council');
  });

  it('still removes a running head beside "Page n of m" or "- n -"', () => {
    const article = ingestPage([
      'TOLBY HARBOUR AUTHORITY',
      'PRESS RELEASE',
      '14 March 2027',
      'Harbour authority closes the north quay for repairs',
      'The harbour authority today closed the north quay after divers found cracks in its wall.',
      'Boats will moor at the south quay until the repairs are finished in the summer.',
      '- 2 -',
      'Tolby Harbour Authority \u2013 Press Release',
      'Fishing crews were told of the change at a meeting on the quay this morning.',
      '###',
    ]);
    expect(leaksOf(article, 'Tolby Harbour Authority \u2013 Press Release')).toEqual([]);
    expect(article.sentences.map((sentence) => sentence.text).join(' ')).toContain('Fishing crews were told of the change');
  });
  it('removes a running head beside bare page numbers counting up a page at a time', () => {
    const article = ingestPage([
      'Council report finds bridge repairs were put off for years',
      'March 14, 2027',
      ...STORY,
      '2',
      'Tolby Council \u2013 Bridges Review',
      'Inspectors had warned of cracks in the piers in three reports since 2019.',
      'Each time, the repairs were put back to the next year\u2019s budget.',
      'The review calls for every bridge in the county to be inspected this year.',
      '3',
      'Tolby Council \u2013 Bridges Review',
      'The council said it accepted the review in full.',
    ]);
    expect(leaksOf(article, 'Tolby Council \u2013 Bridges Review')).toEqual([]);
    expect(article.sentences.map((sentence) => sentence.text).join(' ')).toContain('The council said it accepted the review in full.');
  });
});

describe('a report about a firm is not the firm\u2019s release', () => {
  const REPORT = [
    'Tarn to cut 400 jobs at Tolby smelter',
    'By Ana Ruiz',
    'The mining group will cut 400 jobs at its Tolby smelter as metal prices fall, it said on Monday.',
    'The company said in a press release that the smelter had lost money for three years.',
    'Union leaders called the cuts a betrayal of the town.',
  ];

  it('credits no outlet to the firm named over a news report', () => {
    expect(ingestPage(['TARN MINING PLC', ...REPORT]).metadata.outlet.value).not.toBe('Tarn Mining PLC');
    expect(ingestPage(['Tarn Mining Group', ...REPORT, '###']).metadata.outlet.value).not.toBe('Tarn Mining Group');
  });

  it('still reads the issuer of a release marked as one', () => {
    const release = ['Tarn to cut 400 jobs at Tolby smelter', 'The company today said it would cut 400 jobs at its Tolby smelter as metal prices fall.', 'The smelter has lost money for three years.'];
    expect(ingestPage(['TARN MINING PLC', 'FOR IMMEDIATE RELEASE', ...release]).metadata.outlet.value).toBe('Tarn Mining PLC');
    expect(ingestPage(['TARN MINING PLC', ...release, '-30-']).metadata.outlet.value).toBe('Tarn Mining PLC');
  });
});

describe('numbered heads in capitals are a digest\u2019s labels only in a digest', () => {
  it('keeps strikers\u2019 banner demands', () => {
    const kept = body([
      'Cab drivers walk out over pay',
      'By Ana Ruiz',
      'March 14, 2027',
      'Hundreds of cab drivers walked out on Monday and marched to the town hall with a banner listing their demands:',
      '1. PAY RISE NOW',
      '2. NO SPLIT SHIFTS',
      '3. SAFE CABS',
      'The council said it would meet union leaders on Thursday.',
    ]);
    expect(kept).toContain('PAY RISE NOW');
    expect(kept).toContain('NO SPLIT SHIFTS');
  });

  it('keeps a "things we learned" piece\u2019s points', () => {
    const kept = body([
      'Five things we learned from Castamar\u2019s win',
      'By Ana Ruiz',
      'March 14, 2027',
      'Castamar beat Eastmoor 2-1 at the Vale on Saturday. Here is what we learned.',
      '1. REID IS BACK',
      'Tom Reid scored his first goal since his injury and ran the midfield all afternoon.',
      '2. EASTMOOR MUST DEFEND BETTER',
      'Both goals came from corners, and Eastmoor have now let in 14 from set pieces this season.',
    ]);
    expect(kept).toContain('REID IS BACK');
    expect(kept).toContain('EASTMOOR MUST DEFEND BETTER');
  });
});

describe('a quoted disclaimer is the story\u2019s, the page\u2019s own is not', () => {
  it('keeps a sign\u2019s disclaimer quoted in the story', () => {
    const line = 'Disclaimer: signs put up by the council warn people not to swim near the weir.';
    expect(body(['Old bridge shut after divers find cracks', 'By Ana Ruiz', 'March 14, 2027', ...STORY, line, 'The council said it would review the signs.'])).toContain('signs put up by the council');
  });

  it('still removes the page\u2019s note on itself', () => {
    const line = 'Disclaimer: The views expressed in this column are the writer\u2019s own.';
    expect(leaksOf(ingestPage(['Old bridge shut after divers find cracks', 'By Ana Ruiz', 'March 14, 2027', ...STORY, line]), line)).toEqual([]);
  });
});
