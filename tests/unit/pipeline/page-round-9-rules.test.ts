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

/** Each furniture line set between the ferry story's second and third paragraphs: removed, and the story intact. */
const between = (line: string) => [...FERRY.slice(0, 6), line, ...FERRY.slice(6)];
const removedBetween = (line: string) => removedTexts(between(line)).includes(line);
const keptBetween = (line: string) => sentencesOf(between(line)).map((sentence) => sentence.text).join(' ').includes(line);

describe('transcripts, podcasts, fact-checks, newsletters and weather: lines of the page, not the story', () => {
  it('removes a transcript\u2019s editing note, stage directions in brackets and a full-recording link', () => {
    for (const line of [
      'This transcript has been edited for length and clarity.',
      'This interview has been lightly edited and condensed.',
      '(Applause)',
      '(LAUGHTER)',
      '[Inaudible]',
      'Listen to the full hearing',
      'Watch the full interview',
      'Show notes',
      'Transcript available on request.',
    ]) expect(removedBetween(line), line).toBe(true);
  });
  it('keeps story lines that speak of editing, applause or listening', () => {
    for (const line of [
      'The interview has been edited by the broadcaster, the minister\u2019s office complained on Friday.',
      '(Applause broke out when the verdict was read, and the judge called for order.)',
      'Listen to the full hearing before you judge, the lawyer told reporters outside the court.',
      'The show notes that the ferry was built in 1974 and last refitted in 2009.',
    ]) expect(keptBetween(line), line).toBe(true);
    expect(removedBetween('(AP)')).toBe(false);
  });
  it('removes a fact-check\u2019s rating and quote-box labels and its donation appeal', () => {
    for (const line of ['What was said', 'Our rating: Half true', 'Verdict: Mostly false', 'Support independent fact-checking. Donate today.', 'Donate now']) {
      expect(removedBetween(line), line).toBe(true);
    }
  });
  it('keeps a verdict told as a sentence', () => {
    for (const line of ['Our rating: the claim is false, because the ban covers only two parks and only disposable grills.', 'What was said at the meeting was never written down, the council admitted.']) {
      expect(keptBetween(line), line).toBe(true);
    }
  });
  it('removes a newsletter\u2019s tip prompt, its sponsor label and the sponsor\u2019s copy under it', () => {
    expect(removedBetween('Got a tip? Reply to this email.')).toBe(true);
    const page = [...FERRY.slice(0, 5), 'TODAY\u2019S SPONSOR', 'Drywell Boots: keep your feet dry on every deck. Use code TIDE for 10% off.', ...FERRY.slice(5)];
    expect(removedTexts(page)).toEqual(expect.arrayContaining(['TODAY\u2019S SPONSOR', 'Drywell Boots: keep your feet dry on every deck. Use code TIDE for 10% off.']));
    expect(sentencesOf(page).map((sentence) => sentence.text).join(' ')).toContain(FERRY[5]);
  });
  it('keeps a story paragraph under a sponsor\u2019s name that addresses no reader, and a sentence about a tip', () => {
    const page = [...FERRY.slice(0, 5), 'Our sponsors', 'The ferry company named three local firms that paid for the new lifeboats last year.', ...FERRY.slice(5)];
    expect(sentencesOf(page).map((sentence) => sentence.text).join(' ')).toContain('paid for the new lifeboats');
    expect(keptBetween('Police said they got a tip from a passenger who had seen the smoke.')).toBe(true);
  });
  it('removes a weather widget that gives the sky before the temperature', () => {
    for (const line of ['Light rain, 11\u00b0C', 'Sunny spells 18\u00b0', 'Partly cloudy, -2\u00b0C']) expect(removedBetween(line), line).toBe(true);
    expect(keptBetween('Light rain and 11\u00b0C temperatures kept the crowds away from the ferry pier on Saturday.')).toBe(true);
  });
});

describe('a live page\u2019s entry label in title case, above the entry\u2019s stamp', () => {
  const live = (titles: [string, string, string]) => [
    'Delta Daily Live',
    'Storm Alma: roads closed and power cut across the delta - live',
    'Sat 22 Mar 2025 18.02 GMT',
    titles[0],
    '18:02 GMT',
    'The grid operator said power had been restored to 40,000 of the 52,000 homes that lost it overnight.',
    titles[1],
    '16:40 GMT',
    'Police reopened the coast road after crews cleared fallen trees from both lanes.',
    titles[2],
    '15:10 GMT',
    'All ferries to the islands have been cancelled until Sunday morning, the operator said.',
  ];
  it('removes each title-case label over a stamp, keeps the reports', () => {
    const titles: [string, string, string] = ['Power Back for Most Homes', 'Coast Road Reopens', 'Ferries Cancelled Until Sunday'];
    const removed = removedTexts(live(titles));
    expect(removed).toEqual(expect.arrayContaining(titles));
    expect(sentencesOf(live(titles)).filter((sentence) => sentence.kind === 'body')).toHaveLength(3);
  });
  it('keeps a sentence-case title over a stamp, and a title-case line over a stamp on a page of fewer than three', () => {
    const titles: [string, string, string] = ['Power back for most homes', 'Coast road reopens', 'Ferries cancelled until Sunday'];
    expect(removedTexts(live(titles))).not.toEqual(expect.arrayContaining([titles[0]]));
    const two = live(['Power Back for Most Homes', 'Coast Road Reopens', 'Ferries Cancelled Until Sunday']).slice(0, 9);
    expect(removedTexts(two)).not.toContain('Power Back for Most Homes');
  });
});

describe('a site name alone on the first line, over the site\u2019s navigation of any shape', () => {
  const story = [
    'Lifeboat crew rescue two kayakers off the point',
    'March 25, 2025',
    'Two kayakers were rescued by the lifeboat on Tuesday afternoon after strong winds blew them away from the shore near the point.',
    'Both were cold but unhurt, the lifeboat station said, and were taken back to the harbour.',
  ];
  it('removes the name over a bar, a breadcrumb or a menu button, and keeps the story\u2019s title', () => {
    for (const name of ['Channel 9 Lakes', 'Kestrel Bay 24/7', 'KBAY 98.1 FM', 'The Kestrel Bay Beacon-Star']) {
      for (const menu of ['News | Sport | What\u2019s on | Property', 'Home > News > Local', 'Menu']) {
        const page = [name, menu, ...story];
        expect(removedTexts(page), `${name} / ${menu}`).toContain(name);
        expect(ingestPage(page).headline, `${name} / ${menu}`).toBe(story[0]);
      }
    }
  });
  it('keeps a title-case headline over the navigation when no other title follows', () => {
    const page = ['Lifeboat Crew Rescue Two Kayakers', 'Home > News > Local', ...story.slice(1)];
    expect(ingestPage(page).headline).toBe('Lifeboat Crew Rescue Two Kayakers');
  });
});

describe('an appeal for the reader\u2019s support, in the site\u2019s voice', () => {
  it('removes "Reader support helps keep our journalism free." and its kin', () => {
    for (const line of ['Reader support helps keep our journalism free.', 'Your support keeps our reporting open to everyone.']) expect(removedBetween(line), line).toBe(true);
  });
  it('keeps a story sentence about support for a paper', () => {
    for (const line of ['Reader support for the ferry plan has grown since the fire, a poll for the council found.', 'The editor said reader support had kept the paper alive through two owners.']) {
      expect(keptBetween(line), line).toBe(true);
    }
  });
});
