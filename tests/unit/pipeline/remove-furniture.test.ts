/**
 * Made-up pages from sites the seeds do not come from: the stage must decide by
 * line shape and position, so these exercise it on chrome it has never seen.
 */
import { describe, expect, it } from 'vitest';
import { isSitePrompt } from '../../../src/pipeline/line-shape';
import { removeFurniture } from '../../../src/pipeline/stages/remove-furniture';
import { splitLines } from '../../../src/pipeline/stages/split-lines';
import type { ArticleContext } from '../../../src/pipeline/types';

const context: ArticleContext = { file: 'made-up.txt', articleId: 'made-up', manifest: undefined };

function sift(lines: string[]) {
  const result = removeFurniture(context, splitLines(context, lines.join('\n')));
  const kept = result.kept.map((line) => line.text);
  const removed = new Map(result.removed.map((line) => [line.text, line]));
  return { result, kept, removed, total: lines.length };
}

const BODY = [
  'President Maria Santos met her Indonesian counterpart in Manila on Tuesday, and the two agreed to deepen trade and maritime ties.',
  'The leaders signed four agreements covering fisheries, energy and disaster relief, according to a statement released after the talks.',
  'Analysts said the meeting signalled a shift in regional diplomacy ahead of a summit scheduled for next month in Jakarta.',
];

const PAGE = [
  'News > World > Asia', // 1 breadcrumb
  'Search', // 2
  '', // 3
  'Manila and Jakarta pledge closer maritime cooperation', // 4 headline
  'Tags: politics', // 5
  'Share this article', // 6
  'By Jane Doe', // 7 byline
  'A fishing boat off the coast of Palawan on Monday. (Photo by John Smith)', // 8 caption
  BODY[0]!, // 9
  BODY[1]!, // 10
  'Comments (12)', // 11
  BODY[2]!, // 12
  '', // 13
  'MOST READ', // 14
  '-', // 15
  'Storm Leaves Thousands Without Power in Luzon', // 16
  '-', // 17
  'Central Bank Holds Rates Steady', // 18
  '•', // 19
  'Five Things to Know Before the Weekend', // 20
  'Log in to post a comment', // 21
  'Please sign in to join the conversation.', // 22
  'Subscribe to our newsletter', // 23
];

describe('removeFurniture on accessibility links', () => {
  it('removes "Skip to content" and "Skip to main content" as site controls', () => {
    const { removed, kept } = sift(['Skip to content', 'Skip to main content', 'Ministers meet in Lima', ...BODY]);
    expect(removed.get('Skip to content')?.kind).toBe('furniture');
    expect(removed.get('Skip to main content')?.kind).toBe('furniture');
    expect(kept[0]).toBe('Ministers meet in Lima');
  });

  it('keeps a story sentence that says "skip"', () => {
    const sentence = 'Several leaders will skip the summit in Jakarta to attend talks on the crisis in their own capitals, officials said.';
    expect(sift(['Leaders skip summit', sentence, ...BODY]).kept).toContain(sentence);
  });
});

describe('removeFurniture on a made-up page', () => {
  const { result, kept, removed, total } = sift(PAGE);

  it('keeps the headline, byline, caption and every body paragraph, in order', () => {
    expect(kept).toEqual([PAGE[3], 'By Jane Doe', PAGE[7], BODY[0], BODY[1], BODY[2]]);
  });

  it('removes a breadcrumb as navigation', () => {
    expect(removed.get('News > World > Asia')).toMatchObject({ kind: 'furniture', line: 1, reason: expect.stringMatching(/breadcrumb/) });
  });

  it('removes "Tags: politics" as a page label', () => {
    expect(removed.get('Tags: politics')).toMatchObject({ kind: 'furniture', reason: expect.stringMatching(/label/) });
  });

  it('removes "Share this article" and "Search" as site controls', () => {
    expect(removed.get('Share this article')?.kind).toBe('furniture');
    expect(removed.get('Search')?.kind).toBe('furniture');
  });

  it('removes a "Comments (12)" counter even between body paragraphs', () => {
    expect(removed.get('Comments (12)')).toMatchObject({ kind: 'furniture', line: 11, reason: expect.stringMatching(/counter/) });
  });

  it('removes a "MOST READ" list with its header, whether items are separated by "-" or "•"', () => {
    for (const text of ['MOST READ', '-', 'Storm Leaves Thousands Without Power in Luzon', 'Central Bank Holds Rates Steady', '•', 'Five Things to Know Before the Weekend']) {
      expect(removed.get(text)?.kind, text).toBe('link-list');
    }
  });

  it('removes login and newsletter prompts after the body', () => {
    for (const text of ['Log in to post a comment', 'Please sign in to join the conversation.', 'Subscribe to our newsletter']) {
      expect(removed.get(text)?.kind, text).toBe('furniture');
    }
  });

  it('records blank lines as blank', () => {
    expect(result.removed.filter((line) => line.kind === 'blank').map((line) => line.line)).toEqual([3, 13]);
  });

  it('accounts for every line exactly once, with a reason for every removal', () => {
    const numbers = [...result.kept.map((line) => line.line), ...result.removed.map((line) => line.line)].sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: total }, (_, index) => index + 1));
    expect(result.removed.every((line) => line.reason.length > 0)).toBe(true);
    expect(result.removed.map((line) => line.line)).toEqual([...result.removed.map((line) => line.line)].sort((a, b) => a - b));
  });
});

describe('removeFurniture keeps what only looks like chrome', () => {
  it('keeps a byline after the body', () => {
    const { kept } = sift([...BODY, 'By Jane Doe', 'Log in to comment']);
    expect(kept).toEqual([...BODY, 'By Jane Doe']);
  });

  it('keeps a "(Photo by …)" caption inside the body', () => {
    const caption = 'Rescue workers search the rubble in Hualien. (Photo by Lin Wei)';
    const { kept } = sift([BODY[0]!, caption, BODY[1]!]);
    expect(kept).toContain(caption);
  });

  it.each([
    ['high-ranking', 'A high-ranking official from the ministry attended the signing ceremony alongside the two leaders on Tuesday.'],
    ['print', 'The newspaper said it would print a correction in its weekend edition after readers complained about the error.'],
    ['comment', 'Hospital officials declined to comment on the condition of the patients, citing privacy rules for the injured.'],
    ['search', 'Coast guard crews resumed the search for the missing fishermen at dawn, officials said in a brief statement.'],
  ])('keeps a body sentence containing "%s" in the middle of the body', (_word, sentence) => {
    const { kept } = sift([BODY[0]!, sentence, BODY[1]!]);
    expect(kept).toEqual([BODY[0], sentence, BODY[1]]);
  });

  it.each([
    ['comment', 'The embassy did not respond to a request for comment on Wednesday.'],
    ['comments', 'His comments drew sharp criticism from opposition lawmakers in Seoul.'],
    ['print', 'The ministry will print the final text of the agreement later this week.'],
    ['search', 'The search for survivors was suspended overnight because of the strong winds.'],
  ])('keeps a closing body sentence containing "%s"', (_word, sentence) => {
    const { kept } = sift([...BODY, sentence, 'Log in to comment']);
    expect(kept).toEqual([...BODY, sentence]);
  });

  it.each(['Quake jolts Taiwan', 'Japan, Korea renew ties', 'Ceasefire talks stall in Cairo again'])(
    'keeps a short real headline: "%s"',
    (headline) => {
      const { kept } = sift(['Home', headline, ...BODY]);
      expect(kept).toEqual([headline, ...BODY]);
    },
  );

  it('keeps everything when no paragraph of prose is recognisable, leaving it to classification', () => {
    const { kept } = sift(['Quake jolts Taiwan', 'Hualien, Taiwan']);
    expect(kept).toEqual(['Quake jolts Taiwan', 'Hualien, Taiwan']);
  });
});

describe('isSitePrompt: site talking to the reader versus a story using the same word', () => {
  it.each([
    'To write comments, please log in to one of the accounts.',
    'Comments are closed for this article.',
    'Copyright 2025 Example Media. All rights reserved.',
    'Sign up to get the morning briefing delivered to your inbox.',
  ])('prompt: %s', (text) => expect(isSitePrompt(text)).toBe(true));

  it.each([
    'US officials declined to comment on the report on Thursday.',
    'His comments drew sharp criticism from opposition lawmakers.',
    'The ministry said it would not subscribe to the proposal without changes.',
    'Officials held a high-ranking meeting on the search and rescue plan.',
  ])('story: %s', (text) => expect(isSitePrompt(text)).toBe(false));

  it('removes "Comments are closed" after the last paragraph but keeps the paragraph before it', () => {
    const { kept } = sift([...BODY, 'Comments are closed for this article.']);
    expect(kept).toEqual(BODY);
  });
});

/**
 * Furniture any news site has, in made-up pages: each rule with a line it must
 * remove (kept on record with its reason) and a story line of the same look it must keep.
 */
describe('removeFurniture on furniture any news site has', () => {
  const reasonOf = (lines: string[], text: string) => sift(lines).removed.get(text)?.reason;

  it('removes menu, tag and share bars laid out with runs of spaces, but not a headline or a timestamp with a wide gap', () => {
    for (const bar of ['World   Business   Ports   Weather', 'Tags: harbour   Maria Santos   Jakarta', 'Share   Reuse this content']) {
      expect(reasonOf([bar, 'Quay reopens after repairs', ...BODY], bar), bar).toMatch(/menu, tag or share bar/);
    }
    const headline = 'Ministers meet  in Lima to talk about trade';
    expect(sift([headline, ...BODY]).kept).toContain(headline);
    expect(sift(['Quay reopens after repairs', 'March 4, 2025  10:12', ...BODY]).kept).toContain('March 4, 2025  10:12');
  });

  it('removes a © notice anywhere, so the list after it is no longer inside the article', () => {
    const notice = 'ⓒ The Daily Ledger. All rights reserved. Unauthorized reproduction and redistribution prohibited.';
    const { removed } = sift([...BODY, 'Most Viewed', '1. Port strike enters second week', notice]);
    expect(removed.get(notice)?.reason).toMatch(/copyright/);
    expect(removed.get('1. Port strike enters second week')).toBeDefined();
    const story = 'The court said the copyright dispute between the two studios would be heard in March, and both reserved their right to appeal.';
    expect(sift([BODY[0]!, story, BODY[1]!]).kept).toContain(story);
  });

  it('removes a correction note, but keeps a story about an amended law', () => {
    const note = 'This article was amended on 5 March 2025. An earlier version gave the wrong length for the sea wall.';
    expect(reasonOf([...BODY, note], note)).toMatch(/corrections/);
    const story = 'The harbour law was amended on Tuesday to give the authority power to close the quay in storms.';
    expect(sift([BODY[0]!, story, BODY[1]!]).kept).toContain(story);
  });

  it('removes picture credits on their own line, but keeps a syndication credit that names the publisher', () => {
    for (const credit of ['Lumen Images', 'AFP via Lumen Images', 'HARBOUR WIRE/Ana Duarte']) {
      expect(reasonOf([BODY[0]!, credit, ...BODY.slice(1)], credit), credit).toBe('picture credit');
    }
    expect(sift([...BODY, 'Asia News Network/The Daily Ledger']).kept).toContain('Asia News Network/The Daily Ledger');
  });

  it('removes video and audio player labels, but keeps a sentence about a watchdog', () => {
    for (const label of ['▶ Video: Harbour reopening ceremony (02:15)', 'Listen to this article', 'Media caption, Watch: the quay reopens. Duration 1 minute 5 seconds']) {
      expect(reasonOf([BODY[0]!, label, ...BODY.slice(1)], label), label).toMatch(/video or audio player/);
    }
    const story = 'Watchdog groups said the repairs had taken far longer than the authority promised in its tender.';
    expect(sift([BODY[0]!, story, BODY[1]!]).kept).toContain(story);
  });

  it('removes a live blog\'s key-event links, but keeps a sentence that opens with a time', () => {
    expect(reasonOf(['Quay reopens: live', '14:05 GMT Ferry leaves the quay', ...BODY], '14:05 GMT Ferry leaves the quay')).toMatch(/key-event/);
    const story = '14:05 GMT The first ferry left the quay with 200 passengers on board, the operator said.';
    expect(sift([BODY[0]!, story, BODY[1]!]).kept).toContain(story);
  });

  it('removes a list header and the headlines under it, up to the next paragraph', () => {
    const { removed, kept } = sift([BODY[0]!, 'More on this story', 'Storm damage bill tops estimates', 'What does the reopening mean for fishermen?', BODY[1]!, BODY[2]!]);
    expect(removed.get('More on this story')?.kind).toBe('link-list');
    expect(removed.get('What does the reopening mean for fishermen?')?.reason).toMatch(/listed under “More on this story”/);
    expect(kept).toEqual(BODY);
  });

  it('removes a masthead in capitals or one the © line names, but keeps a short real headline', () => {
    const page = ['THE DAILY LEDGER', 'Quay reopens after repairs', ...BODY, '© 2025 The Daily Ledger'];
    expect(reasonOf(page, 'THE DAILY LEDGER')).toMatch(/masthead/);
    // (A name a credit line could be, "The Daily Ledger", stays as the credit it is.)
    const named = ['The Harbour Review', 'Quay reopens after repairs', ...BODY, '© 2025 The Harbour Review. All rights reserved.'];
    expect(reasonOf(named, 'The Harbour Review')).toMatch(/masthead/);
    expect(sift(['Quay Reopens Today', ...BODY, '© 2025 The Daily Ledger']).kept).toContain('Quay Reopens Today');
  });

  it('removes a short line or a tagline addressing the reader before the article, but keeps a headline that does', () => {
    expect(reasonOf(['Here’s how you know', 'Quay reopens after repairs', ...BODY], 'Here’s how you know')).toMatch(/addressing the reader/);
    expect(reasonOf(['Quay reopens after repairs', 'Your morning read on ports, five minutes or less', ...BODY], 'Your morning read on ports, five minutes or less')).toMatch(
      /addressing the reader/,
    );
    const headline = 'Your rent is rising again as landlords pass on costs';
    expect(sift([headline, ...BODY]).kept[0]).toBe(headline);
  });

  it('removes the site and banner talking to its reader, but keeps story sentences with the same words', () => {
    for (const prompt of [
      'We value your privacy',
      'View this email in your browser',
      'You are receiving this because you signed up at ledger.example.',
      'Please turn on JavaScript to use this feature',
      'Support independent journalism',
      'An official website of the United States government',
      'The day’s top stories, in your inbox every morning.',
    ]) {
      expect(sift([...BODY, prompt]).removed.get(prompt)?.kind, prompt).toBe('furniture');
      expect(sift([BODY[0]!, prompt, ...BODY.slice(1)]).removed.get(prompt)?.kind, prompt).toBe('furniture');
    }
    for (const story of [
      'The ministry said JavaScript errors had disrupted its booking site for two days last week.',
      'The law protects the privacy of patients and their families, the health ministry said on Monday.',
    ]) {
      expect(sift([BODY[0]!, story, BODY[1]!]).kept, story).toContain(story);
    }
  });

  it('removes a format’s section labels and its list of sources, but keeps a live blog’s subheads', () => {
    for (const label of ['Our verdict', 'Why it matters', 'Sources: harbour authority statement, March 4, 2025; port records.']) {
      expect(reasonOf([BODY[0]!, label, ...BODY.slice(1)], label), label).toMatch(/section label/);
    }
    expect(sift([BODY[0]!, 'Ferry service resumes', ...BODY.slice(1)]).kept).toContain('Ferry service resumes');
  });

  it('removes the writer’s biography and the site describing itself, but keeps a sentence about someone else', () => {
    const bio = 'Jane Doe is a senior fellow in maritime studies at the Example Institute in Lisbon.';
    const about = 'Ledgerwise is a member of the Example Network of fact-checkers and publishes its methods.';
    const { removed } = sift(['Quay reopens after repairs', 'By Jane Doe', ...BODY, bio, about, '© 2025 Ledgerwise']);
    expect(removed.get(bio)?.reason).toMatch(/biography/);
    expect(removed.get(about)?.reason).toMatch(/describing itself/);
    const story = 'Ana Duarte is the harbour master who ordered the quay closed after the storm in January.';
    expect(sift(['Quay reopens after repairs', 'By Jane Doe', BODY[0]!, story, BODY[1]!]).kept).toContain(story);
  });

  it('keeps key points and a short closing sentence straight after the last paragraph, but not a list after a header', () => {
    const points = ['* The sea wall was raised by two metres', '* Ferries resume on Thursday morning'];
    expect(sift([...BODY, ...points]).kept).toEqual([...BODY, ...points]);
    expect(sift([...BODY, 'He is appealing the fine.']).kept).toContain('He is appealing the fine.');
    expect(sift([...BODY, 'Read next', '* Storm damage bill tops estimates']).kept).toEqual(BODY);
  });

  it('removes e-mail headers, control bars and two-part breadcrumbs, but keeps a headline with an arrow-like sign', () => {
    expect(reasonOf(['From: The Port Brief <brief@portbrief.example>', 'Quay reopens after repairs', ...BODY], 'From: The Port Brief <brief@portbrief.example>')).toMatch(/e-mail header/);
    expect(reasonOf(['Quay reopens after repairs', 'Print | Close | Font size: A A A', ...BODY], 'Print | Close | Font size: A A A')).toMatch(/controls/);
    expect(reasonOf(['World › Asia Pacific', 'Quay reopens after repairs', ...BODY], 'World › Asia Pacific')).toMatch(/breadcrumb/);
    expect(sift(['Exports > imports for a third month', ...BODY]).kept[0]).toBe('Exports > imports for a third month');
  });

  it('removes tag lists of any length, age warnings, sponsored boxes and wire photo credits, but keeps prose with a colon', () => {
    for (const line of ['Tags: harbour, ferries, Lisbon, sea wall, storms, Maria Santos', 'This article is more than 2 years old', 'Sponsored content', 'AP Photo/Ana Duarte']) {
      expect(sift([BODY[0]!, line, ...BODY.slice(1)]).removed.get(line)?.kind, line).toBe('furniture');
    }
    const story = 'Topics on the agenda: fishing quotas, the sea wall tender and the ferry timetable for the summer months.';
    expect(sift([BODY[0]!, story, BODY[1]!]).kept).toContain(story);
  });

  it('removes photo labels, "Supported by", "View in browser", end marks and disclaimers, but keeps a story about a photograph', () => {
    for (const line of [
      'Photograph: Ana Duarte/Lumen Press/Example Images',
      'Supported by',
      'View this newsletter in your browser',
      '###',
      'The views expressed are the author\u2019s own.',
    ]) {
      expect(sift([BODY[0]!, line, ...BODY.slice(1)]).removed.get(line)?.kind, line).toBe('furniture');
    }
    const story = 'A photograph of the flooded quay, taken by a fisherman at dawn, was shared thousands of times on Tuesday.';
    expect(sift([BODY[0]!, story, BODY[1]!]).kept).toContain(story);
  });
});
