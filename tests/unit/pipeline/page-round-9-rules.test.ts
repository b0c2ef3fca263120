/**
 * Round 9 of page furniture (issue 13): rules for shapes the held-out leaks and probes 8–9 pointed at, each checked
 * on made-up pages (no corpus text) with the look-alike lines that must stay.
 */
import { describe, expect, it } from 'vitest';
import { maskTrailingCredit } from '../../../src/pipeline/stages/extract-entities/read-sentences';
import { ingestPage } from '../ingest-page';

const removedTexts = (lines: string[]) => ingestPage(lines).removed.filter((line) => line.kind !== 'blank').map((line) => line.text);
const sentencesOf = (lines: string[]) => ingestPage(lines).sentences;

const FERRY = [
  'The Lakeside Courier',
  'Ferry service suspended after engine fire on crossing',
  'By Nora Quill',
  'May 9, 2024',
  'The lake ferry was taken out of service on Thursday after a small engine fire broke out halfway across, the operator said.',
  'All 140 passengers were brought back to the northern pier by a second boat, and nobody was hurt.',
  'Inspectors are expected on board on Friday, and the service will stay suspended until they finish.',
];

describe('a labelled caption closing the page is the picture\u2019s words, not site chrome', () => {
  const caption = 'Image: The second ferry, whose crew took the passengers off on Thursday, at its berth. (Lakeside Courier)';
  it('keeps "Image: …, whose … on Thursday" after the last paragraph, as a caption', () => {
    const page = [...FERRY, caption, 'Share', '\u00a9 2024 The Lakeside Courier'];
    expect(removedTexts(page)).not.toContain(caption);
    const kept = sentencesOf(page).filter((sentence) => sentence.text.includes('whose crew took the passengers off'));
    expect(kept.map((sentence) => sentence.kind)).toEqual(['caption']);
    expect(removedTexts(page)).toEqual(expect.arrayContaining(['Share', '\u00a9 2024 The Lakeside Courier']));
  });
  it('still removes a bare picture credit or a short label at the foot', () => {
    for (const foot of ['Image: Lakeside Courier', 'Photo: Nora Quill/Courier', 'Picture gallery: 12 photos']) {
      expect(removedTexts([...FERRY, foot])).toContain(foot);
    }
  });
  it('still removes a promo after the story that is no caption', () => {
    const promo = 'Photo essays: our best pictures of the lake this summer, in one place';
    expect(removedTexts([...FERRY, promo])).toContain(promo);
  });
});

describe('a caption\u2019s credit in brackets after its last full stop names no one in the story', () => {
  it('masks "(Lakeside Courier)" closing a caption, keeps the description\u2019s words', () => {
    const text = 'The relief boat reaches the pier on Thursday. (Lakeside Courier)';
    const masked = maskTrailingCredit(text, 'caption', []);
    expect(masked).toHaveLength(text.length);
    expect(masked).toContain('The relief boat reaches the pier on Thursday.');
    expect(masked).not.toContain('Courier');
  });
  it('leaves a bracket inside a caption\u2019s sentence, a body sentence\u2019s bracket and a bracket of words', () => {
    for (const [text, kind] of [
      ['The relief boat of the Lake Rescue Service (LRS) reaches the pier.', 'caption'],
      ['Crews towed the ferry back to port. (Lake Rescue Service)', 'body'],
      ['The relief boat reaches the pier. (It was the only boat free that day.)', 'caption'],
    ] as const) {
      expect(maskTrailingCredit(text, kind, [])).toBe(text);
    }
  });
});

describe('"Watch:", "Video |", "Listen —" promos and the clip lengths under them', () => {
  const story = FERRY.slice(4);
  const head = FERRY.slice(0, 4);
  it('removes a long promo in the body, its clip length, and a labelled promo with a dash', () => {
    const promos = [
      'VIDEO | Passengers describe the moment thick smoke filled the lower deck and the crew handed out life jackets',
      '02:41 min',
      'Watch \u2014 Ferry towed back',
      '1 min 12 sec',
      'Listen: Our lake reporter on what the inspectors will look for when they board the ferry',
      '12:05',
    ];
    const page = [...head, story[0]!, ...promos.slice(0, 2), story[1]!, ...promos.slice(2, 4), story[2]!, ...promos.slice(4)];
    expect(removedTexts(page)).toEqual(expect.arrayContaining(promos));
    expect(ingestPage(page).headline).toBe(FERRY[1]);
  });
  it('does not take a promo over the story\u2019s own title for the headline', () => {
    const page = [FERRY[0]!, 'Watch: Smoke pours from the ferry as it limps back to the pier on Thursday', '2:41', ...FERRY.slice(1)];
    const article = ingestPage(page);
    expect(article.headline).toBe(FERRY[1]);
    expect(removedTexts(page)).toContain(page[1]);
  });
  it('takes a video page\u2019s own "Watch:" title for its headline, short or long', () => {
    for (const title of ['Watch: Ferry towed back to the pier', 'Watch: Smoke pours from the ferry as it limps back to the pier on Thursday']) {
      const page = ['Channel 9 Lakes', title, '2:41', 'Autoplay   On   Off', ...story];
      expect(ingestPage(page).headline).toBe(title);
    }
  });
  it('keeps story lines that open with the same words', () => {
    const lines = [
      'Watch: the inspectors will check the engine room first, the operator said, and then the fuel lines.',
      'Video footage shared by passengers shows smoke rising from the stern as the ferry slowed.',
      'Listen to the crew, one passenger said: they knew exactly what to do.',
    ];
    const page = [...head, story[0]!, ...lines, ...story.slice(1)];
    const kept = sentencesOf(page).map((sentence) => sentence.text).join(' ');
    for (const line of lines) expect(kept).toContain(line);
  });
});

describe('a promo under a short title is no page title', () => {
  it('keeps a four-word headline over a "Watch:" promo', () => {
    const page = ['The Lakeside Courier', 'Ferry fire halts service', 'Watch: Smoke pours from the stern', '2:41', ...FERRY.slice(4)];
    expect(ingestPage(page).headline).toBe('Ferry fire halts service');
    expect(removedTexts(page)).toContain('Watch: Smoke pours from the stern');
  });
});
