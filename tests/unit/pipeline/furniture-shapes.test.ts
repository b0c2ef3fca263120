/**
 * A broad probe of page furniture (issue 13): the kinds of line real sites print around and inside a story, written
 * for this test in our own words, each put into a made-up page where such a line stands (before the headline, under
 * the byline, between paragraphs, at the foot). Beside them, content lines that look like furniture and must stay:
 * short quotes, one-line paragraphs, subheads, captions of the news, numbered readout points, questions, fact lists.
 *
 * Furniture is caught when the cleaning stages remove it, or when classification files it as page metadata
 * (a timestamp as a dateline, "Editing by …" as a byline): what is not a story sentence cannot leak into one.
 * Content is kept when it survives cleaning and is not filed as metadata. Every case also checks that the
 * story around it (headline and every paragraph) is untouched.
 */
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../src/pipeline/stages/classify-blocks';
import { removeDuplicates } from '../../../src/pipeline/stages/remove-duplicates';
import { removeFurniture } from '../../../src/pipeline/stages/remove-furniture';
import { splitLines } from '../../../src/pipeline/stages/split-lines';
import type { ArticleContext } from '../../../src/pipeline/types';

const context: ArticleContext = { file: 'made-up.txt', articleId: 'made-up', manifest: undefined };

/** Where a block stands: before the headline, under the byline and stamp, between paragraphs two and three, after the story. */
type At = 'top' | 'head' | 'middle' | 'foot';

const HEADLINE = 'Dockworkers walk out at Bayport as pay talks collapse';
const BYLINE = 'By Maya Okonkwo';
const STAMP = 'March 12, 2025';
const PARAGRAPHS = [
  'About 4,000 dockworkers walked off the job at Bayport on Tuesday after talks over pay and pensions broke down late on Monday night.',
  'The union said its members would stay out for at least a week unless the port operator improved its offer of a 3 percent raise.',
  'Container ships began queueing off the harbour mouth within hours, and the operator warned that food deliveries to the region could slow.',
  'The regional transport minister urged both sides to return to talks and offered to host them at her office later in the week.',
];

function page(block: string[], at: At): { lines: string[]; first: number } {
  const parts: Record<At, string[]> = { top: [], head: [], middle: [], foot: [] };
  parts[at] = block;
  const lines = [...parts.top, HEADLINE, BYLINE, STAMP, ...parts.head, PARAGRAPHS[0]!, PARAGRAPHS[1]!, ...parts.middle, PARAGRAPHS[2]!, PARAGRAPHS[3]!, ...parts.foot];
  const before = { top: 0, head: 3, middle: 5, foot: 7 }[at];
  return { lines, first: before + 1 };
}

function ingest(lines: string[]) {
  const sifted = removeDuplicates(context, removeFurniture(context, splitLines(context, lines.join('\n'))));
  const blocks = classifyBlocks(context, sifted.kept);
  return { removed: new Set(sifted.removed.map((line) => line.line)), kinds: new Map(blocks.map((block) => [block.line, block.kind])) };
}

/** The story's own lines all kept, as what they are. */
function expectStoryIntact(lines: string[], kinds: Map<number, string>) {
  const kindOf = (text: string) => kinds.get(lines.indexOf(text) + 1);
  expect(kindOf(HEADLINE), 'headline').toBe('headline');
  for (const paragraph of PARAGRAPHS) expect(kindOf(paragraph), paragraph).toBe('body');
}

interface Group {
  at: At[];
  /** A string is a one-line block; an array is a block of lines that stand together. */
  items: (string | string[])[];
}

/** Each block, at each of its places, as a test case. */
function cases(groups: Record<string, Group>): [string, string[], At][] {
  return Object.entries(groups).flatMap(([kind, group]) =>
    group.items.flatMap((item) => group.at.map((at): [string, string[], At] => [`${kind} @${at}: ${[item].flat().join(' / ')}`, [item].flat(), at])),
  );
}

const FURNITURE: Record<string, Group> = {
  'navigation and breadcrumbs': {
    at: ['top', 'foot'],
    items: [
      'Home / World / Europe',
      'Home \u203a Business \u203a Energy',
      'News > Local > Transport',
      'Menu',
      'Search',
      'Sections',
      'Open navigation menu',
      'Close menu',
      'Skip to main content',
      'World    Business    Sport    Culture    Travel',
      'Edition: International',
      'Sign in',
      'Subscribe',
      "Today's paper",
      'English | Espa\u00f1ol | Fran\u00e7ais',
    ],
  },
  'section slugs': {
    at: ['top', 'head'],
    items: ['WORLD NEWS', 'Europe', 'Business | Shipping', 'LOCAL', 'Politics', 'ASIA-PACIFIC', 'Exclusive', 'Breaking News', 'Analysis', 'Transport'],
  },
  'share, print, save and comment controls': {
    at: ['head', 'middle', 'foot'],
    items: [
      'Share',
      'Share on Facebook',
      'Share on X',
      'Email this story',
      'Print',
      'Print this page',
      'Save article',
      'Comments',
      '48 comments',
      'Comments (48)',
      'Copy link',
      'Link copied',
      '2.3k shares',
      'Show comments',
      'Add to my reading list',
      'Gift this article',
      'Share    Print    Email',
    ],
  },
  advertising: {
    at: ['head', 'middle'],
    items: [
      'Advertisement',
      'ADVERTISEMENT',
      'Story continues below advertisement',
      'Article continues below this ad',
      'Scroll to continue with content',
      'Continue reading the main story',
      'Ad',
      'Sponsored',
      'Content from our partners',
      'Paid Post',
    ],
  },
  'newsletter and app prompts': {
    at: ['middle', 'foot'],
    items: [
      'Sign up for our morning newsletter',
      "Get the best of the week's news in your inbox every Friday.",
      'Enter your email address',
      'Sign up',
      'By signing up, you agree to our Terms of Use and Privacy Policy.',
      'Download our app for breaking news alerts',
      'Get the app',
      'Turn on notifications to get breaking news as it happens.',
      'Thanks for signing up!',
      'Join our WhatsApp channel for the latest headlines.',
      'Sign up to our free morning briefing to get the top stories in your inbox each day.',
      'Want more stories like this? Sign up here.',
    ],
  },
  'paywall and subscription prompts': {
    at: ['middle', 'foot'],
    items: [
      'Subscribe to continue reading',
      'You have reached your limit of free articles this month.',
      'Already a subscriber? Log in',
      'Subscribe now for just $1 a week',
      'This article is for subscribers only.',
      'Unlock unlimited access',
      'Support independent journalism. Become a member today.',
      'Create a free account to keep reading.',
      'You have 2 free articles remaining',
      'Thank you for reading. Subscribe for full access to every story.',
    ],
  },
  'cookie and consent text': {
    at: ['top', 'middle', 'foot'],
    items: [
      'We use cookies to improve your experience on our site.',
      'Accept all cookies',
      'Reject all',
      'Manage preferences',
      'Cookie settings',
      'By continuing to browse, you agree to our use of cookies.',
      'Your privacy choices',
      'Do not sell or share my personal information',
    ],
  },
  'related, most-read and recommended lists': {
    at: ['middle', 'foot'],
    items: [
      'Related: Dockworkers strike spreads to a second port',
      'READ MORE: Rail workers vote on new contract',
      'Also read: Inside the night shift at the container terminal',
      'SEE ALSO | Ferry fares to rise in April',
      ['More coverage', 'Port owner warns of weeks of delays', 'Unions and ministers to meet on Monday', 'How the container backlog built up'],
      ['Most read', '1', 'Ferry Operator Cuts Winter Timetable', '2', 'City Council Approves New Cycle Lanes', '3', 'Three Arrested After Warehouse Fire'],
      ['Ferry Operator Cuts Winter Timetable', 'City Council Approves New Cycle Lanes', 'Three Arrested After Warehouse Fire'],
      ['Recommended', 'Why shipping costs are rising again', 'The ports racing to go electric'],
      ['You might be interested in', 'Inside the union that runs the docks', 'A short history of Bayport'],
      ['Top Stories', 'Flood Warnings Issued for River Valley', 'Hospital Waiting Lists Reach Record', 'Mayor Unveils Housing Plan'],
    ],
  },
  'tag lists': {
    at: ['head', 'middle', 'foot'],
    items: ['Tags: shipping, strikes, ports', 'Related topics: Bayport · Trade unions', 'Topics', 'Topics: Labour \u00b7 Transport \u00b7 Trade', 'Filed under: Business', '#portstrike #unions', 'Explore more on these topics', 'Follow topic'],
  },
  'author bios and contacts': {
    at: ['foot'],
    items: [
      'Maya Okonkwo is a transport correspondent for the Coast Ledger.',
      'Maya Okonkwo covers labour and transport for the paper.',
      'Contact the author: m.okonkwo@coastledger.example',
      'Follow Maya on X @mayaokonkwo',
      '@mayaokonkwo',
      'About the author',
      'More stories by Maya Okonkwo',
      'Send us a tip',
    ],
  },
  'photo credits and picture or video labels': {
    at: ['head', 'middle', 'foot'],
    items: [
      'Photo: Lena Marsh/Coast Ledger',
      'Getty Images',
      'Image: Harbour Pictures',
      'Photograph: Tom Reid for the Coast Ledger',
      'Enlarge this image',
      'Open image in gallery',
      'Image 1 of 4',
      'Play video',
      'Watch: Dockworkers walk out at dawn',
      'Video: Scenes from the picket line (02:14)',
      'Media caption, Watch: union leaders address the crowd',
      'Image source, Getty Images',
      'View gallery',
      'Listen to this article',
    ],
  },
  'corrections and editor\u2019s notes': {
    at: ['top', 'head', 'foot'],
    items: [
      'Correction: An earlier version of this article misstated the number of berths at the port.',
      'This article was updated on 12 March 2025 to include a statement from the union.',
      "Editor's note: This story has been updated with comment from the ministry.",
      'This article is more than 2 years old',
      "An earlier version of this story gave the wrong name for the port authority's chair.",
      "Updated at 3:15 p.m. with the minister's statement.",
    ],
  },
  'read more, watch and listen links': {
    at: ['middle', 'foot'],
    items: ['Read more', 'Read more \u203a', 'Watch', 'Watch live', 'Listen', 'Listen to this article \u00b7 5 min'],
  },
  'timestamps and reading time': {
    at: ['top', 'head'],
    items: [
      'Published 12 March 2025',
      'Updated 2 hours ago',
      '3 hours ago',
      '14:32 GMT',
      'Last modified on Wed 12 Mar 2025 16.40 GMT',
      'March 12, 2025 at 4:40 p.m. EST',
      '5 min read',
      'Reading time: 4 minutes',
      '6-minute read',
    ],
  },
  'translation notes': {
    at: ['head', 'foot'],
    items: ['This article was translated from Spanish.', 'Read in Spanish', 'Translated by Ana Ruiz', 'This story was machine-translated and reviewed by our editors.'],
  },
  'comment-section text': {
    at: ['foot'],
    items: [
      'Join the conversation',
      'Comments are closed for this article.',
      'Be the first to comment',
      'Sort by: Newest',
      'Reply',
      'Report abuse',
      'Community guidelines',
      'Load more comments',
      'Post a comment',
      ['12 Comments', 'dockhand_77', 'I have worked at this port for twenty years and this strike was long overdue, frankly.', 'Reply · Like · 3h', 'seagull_fan', 'Who is going to pay for all the spoiled fruit sitting in those containers?', 'Reply'],
    ],
  },
  'footer links and legal lines': {
    at: ['foot'],
    items: [
      'About us    Contact    Careers    Advertise',
      'About Us | Contact | Privacy Policy | Terms of Service',
      'Terms of Use',
      'Privacy Policy',
      '\u00a9 2025 Coast Ledger Media Ltd. All rights reserved.',
      'Back to top',
      'Accessibility statement',
      'Site map',
      'Contact us',
      'Advertise with us',
    ],
  },
  'social handles': {
    at: ['middle', 'foot'],
    items: ['Follow us on Facebook, X and Instagram', '@coastledger', 'Facebook', 'Instagram', 'Follow @coastledger on X'],
  },
  'live-blog chrome': {
    at: ['head', 'middle'],
    items: ['Key events', 'Show key events only', 'Pinned', 'Refresh', 'LIVE', 'Please turn on JavaScript for a better experience', 'Show 3 new updates', 'Latest updates', 'Auto-update on'],
  },
  'wire slugs and end marks': {
    at: ['foot'],
    items: [
      '(END)',
      '-30-',
      '###',
      'More to follow',
      'Editing by Tom Reid and Ana Ruiz',
      '(Reporting by Ana Ruiz; Writing by Tom Reid; Editing by Lee Park)',
      'ENDS',
      '(Adds union comment in paragraph 5)',
    ],
  },
  'wire slugs before the story': {
    at: ['top'],
    items: ['URGENT', 'BREAKING', 'FLASH', 'UPDATE 1'],
  },
  'links back, up and across the site': {
    at: ['middle', 'foot'],
    items: [
      ['More in Politics', 'Council Tax Rise Approved After Late-Night Vote'],
      'Back to Transport news',
      'Page top',
      '[See also] Ferry fares to rise in April',
      ['Related information', 'Bayport port authority annual review'],
      ['Related tags', 'Bayport', 'Trade unions'],
    ],
  },
  'the site\u2019s contacts, tips and desk signs': {
    at: ['middle', 'foot'],
    items: [
      'Tip-off: tips@coastledger.example',
      'Got a news tip? Email tips@coastledger.example',
      'Address: 1 Harbour Road, Bayport',
      'Tel: +44 20 7946 0000',
      '(Bayport Newsroom)',
      'Further company coverage: [BPA.L]',
      'Press Release Number: 25-014',
    ],
  },
  'a newsletter\u2019s greeting and section labels': {
    at: ['head', 'middle'],
    items: ["Good morning. It's Wednesday, and here is what you need to know today.", 'Hello, and welcome to the Friday edition.', 'Weather', 'Markets'],
  },
  'a newsletter\u2019s sign-off': {
    at: ['foot'],
    items: ["That's it for today. See you tomorrow.", 'Thanks for reading, and see you next week.', ['Until tomorrow,', 'The Bayport Brief team']],
  },
  'tables of contents': {
    at: ['head'],
    items: [
      ['In this article', 'What did the union ask for?', 'Why did the talks fail?', 'What happens next?'],
      ['Jump to', 'The walkout', 'The offer', 'The ships'],
      ['Contents', 'Why the port matters', 'Pay and pensions'],
    ],
  },
  'blog comment forms and post links': {
    at: ['foot'],
    items: [
      [
        'Leave a Reply',
        'Cancel reply',
        'Your email address will not be published. Required fields are marked *',
        'Comment *',
        'Name *',
        'Email *',
        'Website',
        'Save my name, email, and website in this browser for the next time I comment.',
        'Post Comment',
      ],
      ['Previous post', 'Ferry fares to rise in April', 'Next post', 'Council approves new cycle lanes'],
    ],
  },
  'translation labels of a ministry': {
    at: ['top', 'head'],
    items: ['Provisional translation', '(Tentative translation)', '[Unofficial translation]'],
  },
  'notes on how the page was made': {
    at: ['head', 'foot'],
    items: [
      'This article was originally written in Korean and translated by a bilingual reporter with the help of generative AI tools.',
      'Credit...Lena Marsh for The Coast Ledger',
      'Follow our live coverage of the strike here.',
      'Want to respond? Submit a letter to the editor.',
    ],
  },
  'a wire release\u2019s links': {
    at: ['foot'],
    items: ['View original content: https://www.newswire.example/news-releases/bayport-port-authority-301.html', 'https://www.bayportauthority.example/strike-update'],
  },
  'live-blog post controls': {
    at: ['middle'],
    items: ['Copy link to this post', 'Share this post', 'Link to this update'],
  },
  'mastheads and taglines': {
    at: ['top'],
    items: [['THE COAST LEDGER', 'Independent news for the Pacific coast since 1921'], ['Coast Ledger', 'Your trusted source for local news']],
  },
  'mastheads, taglines and section bars of local papers and stations': {
    at: ['top'],
    items: [
      ['The Bayport Courier', 'Covering Bayport, Millbrook and the North Shore since 1948'],
      'NEWS    \u00b7    Bayport    \u00b7    Millbrook    \u00b7    Schools    \u00b7    Obituaries',
      'CHANNEL 7 NEWS',
      'Local News',
      'WORLD NEWS',
    ],
  },
  'print notes, picture credits and player prompts of local pages': {
    at: ['head', 'middle'],
    items: ['Print edition: Wednesday, March 12, 2025, Page B2', 'Courier photo by Lena Marsh', 'Bayport Courier photo', 'WATCH LIVE: Channel 7 News at 11', 'LISTEN LIVE: Bayport Radio'],
  },
  'a live page\u2019s list of key events': {
    at: ['head'],
    items: [['Key events', 'Strike called', 'Port closed', 'Minister steps in', 'Ships diverted to Millbrook']],
  },
  'print-edition and page notes': {
    at: ['head', 'foot'],
    items: ['Print edition A3', 'Page 4 | Print edition', 'E-Edition', 'Page 1 of 2', 'Next page', '1    2    3    Next'],
  },
  'relative times of a live page': {
    at: ['head', 'middle'],
    items: ['36m ago', '1h ago', '2d ago', 'From 1h ago'],
  },
  'promoted links from around the web': {
    at: ['middle', 'foot'],
    items: [
      ['Around the web', 'You will not believe what this harbour town looks like now', 'The one thing retirees wish they had known sooner'],
      ['Promoted stories', 'Seven ways to cut your energy bill this winter'],
      'Show more',
      'Expand to read the full story',
      'Continue reading',
    ],
  },
  'a newsletter’s greeting and its makers': {
    at: ['head', 'foot'],
    items: ['Good morning, and welcome to a Briefing that is mostly about ports.', 'The Briefing is written by Ana Ruiz and edited by Tom Hale.'],
  },
  'a share row drawn as icons, by its label': {
    at: ['top', 'head'],
    items: ['Share or comment on this article'],
  },
  'audio and summary notes': {
    at: ['head'],
    items: ['This audio is generated automatically. Please let us know if you have feedback.', 'AI-generated summary', 'Share this fact-check', 'How we rate claims'],
  },
};

const CONTENT: Record<string, Group> = {
  'short quotes': {
    at: ['middle', 'foot'],
    items: ['"We will not go back," she said.', '"No."', '“We are not moving,” a picket said. “Not today, not tomorrow.”', '"Never again."', '\u201cIt\u2019s over.\u201d', '"Share the pain," one placard read.', '"Print it," the union leader told reporters.'],
  },
  'one-line paragraphs': {
    at: ['head', 'middle'],
    items: [
      'He declined to comment.',
      'The strike continues.',
      'No one was hurt.',
      'Talks resume on Monday.',
      'It did not.',
      'Then the cranes stopped.',
      'Popular anger is growing.',
      'The search goes on.',
      'Share prices slumped.',
      'Home at last.',
      'Print runs were cut.',
      'Live exports are halted too.',
      'More talks are planned.',
      'Comments like that anger members.',
      'Search teams stood by all night.',
      'Comment was sought from the operator.',
      'Follow the money, he said.',
      'Print media were barred from the meeting.',
      'Not yet, she said.',
      'Good news came on Thursday.',
      'Weather delayed the first ships.',
      'Tips from dockworkers led police to the warehouse.',
      'More in hope than expectation, the union went back to talks.',
      '"Never."',
      'See you in court, the operator\u2019s lawyer told the union.',
      'Until then, the current board stays in charge of the port.',
      'Contents of the stranded containers are spoiling, importers say.',
      'Subscriptions to the strike fund doubled.',
    ],
  },
  'one-line paragraphs that close the story': {
    at: ['foot'],
    items: ['The strike continues.', 'He declined to comment.', 'Talks resume on Monday.', 'Neither side has said what comes next.', 'Popular anger is growing.'],
  },
  'subheads of the article': {
    at: ['middle'],
    items: ['A long dispute', 'What happens next', 'Back to the table', 'Ships at anchor', 'What the union wants', 'Pensions at the heart of it', 'Why the port matters', 'The road to the walkout', 'Pay and pensions', 'Reaction from ministers', 'Food supplies', 'Timeline of the dispute'],
  },
  'captions of the news': {
    at: ['head', 'middle'],
    items: [
      'Dockworkers march past the harbour gates in Bayport on Tuesday.',
      'A crane stands idle at the container terminal on Monday. (Photo by Lena Marsh)',
      'Union leader Sam Dlamini, centre, speaks to strikers outside the port.',
      'Pickets warm their hands at a brazier outside Gate 4 on Tuesday night.',
    ],
  },
  'who wrote a report, as the story tells it': {
    at: ['middle', 'foot'],
    items: ['The report was written by investigators at the port authority.', 'Good morning, and welcome to Bayport, where 4,000 dockworkers walked out on Tuesday.'],
  },
  'a labelled caption, even as the last line': {
    at: ['middle', 'foot'],
    items: ['PICTURED: Pickets warm their hands at a brazier outside Gate 4', 'Pictured above: the operator\u2019s chief executive leaves the talks on Monday'],
  },
  'numbered readout paragraphs': {
    at: ['middle'],
    items: [
      ['1. The two sides agreed to meet again on Friday.', '2. The minister asked the operator to set out its pension offer in writing.', '3. Both sides said safety at the port would not be affected.'],
      ['(1) Ships already berthed will be unloaded.', '(2) Perishable cargo will be given priority.'],
    ],
  },
  'questions of a Q&A': {
    at: ['head', 'middle'],
    items: ['What did the union ask for?', 'MINISTER OKAFOR: We are ready to meet them tomorrow morning.', 'Q: Has the operator replied to your letter?', 'Q: Will the port reopen this week?', 'Why did the talks fail?', 'How long can the strike last?', 'Who pays for the delays?'],
  },
  'list items of facts': {
    at: ['middle'],
    items: [
      ['- 4,000 workers on strike', '- Three terminals closed', '- 37 ships waiting offshore'],
      ['\u2022 Pay offer: 3 percent', '\u2022 Union demand: 7 percent'],
      ['The closed terminals are:', 'North Quay', 'Eastern Basin', 'Fish Dock'],
      ['The ships waiting include:', 'Ocean Pioneer', 'Northern Star Trader', 'Bay Spirit'],
      ['Key dates in the dispute:', 'March 3: members vote to strike', 'March 10: last round of talks', 'March 11: walkout begins'],
    ],
  },
  'a "Related:" line that is a sentence of the story': {
    at: ['middle'],
    items: [
      "Related: the ship's owner said on Wednesday it would seek damages from the union.",
      'Also: the operator said it would hire temporary crews if the walkout lasted more than a week.',
    ],
  },
  'a press release pointing to its full report': {
    at: ['foot'],
    items: ['Read the full report at www.bayportauthority.example/annual-review.', 'The full report is available on the authority\u2019s website.'],
  },
  'sentences that use site words': {
    at: ['middle'],
    items: [
      'A local bakery handed out free cookies to the pickets on Wednesday morning.',
      'Residents who subscribe to the ferry pass will get refunds for every cancelled crossing.',
      'More than 2,000 volunteers have signed up to help move food from the port.',
      'The union posted on X: "We stand firm, and we thank everyone who has joined us."',
      'Shares in the port operator fell 4 percent on Tuesday, their lowest in a year.',
      'More to follow, the union warned, if the operator refuses to improve its offer.',
      'Watch crews at the harbour mouth counted 37 ships waiting to berth by nightfall.',
      'The advertisement the operator placed in local papers called the strike "reckless".',
      'Key events in the dispute were recorded in a log the union has shared with reporters.',
      'Neither side responded to requests for comment on Wednesday.',
      'Updated figures released on Monday show that 37 ships are waiting to berth.',
      'The editor of the union\u2019s newsletter said members were ready for a long fight.',
      'The union has posted its full list of demands at www.bayportunion.example/demands.',
    ],
  },
  'live-blog entries': {
    at: ['middle'],
    items: [
      'Good morning and welcome to our live coverage of the strike at Bayport, where 4,000 dockworkers walked out on Tuesday over pay.','4:30 p.m. Police clear the gates after a two-hour stand-off with pickets.', '14:05 GMT: The operator says it will not improve its offer.'],
  },
};

describe('furniture shapes: caught, and the story around them untouched', () => {
  it.each(cases(FURNITURE))('%s', (_name, block, at) => {
    const { lines, first } = page(block, at);
    const { removed, kinds } = ingest(lines);
    block.forEach((text, offset) => {
      const line = first + offset;
      const caught = removed.has(line) || kinds.get(line) === 'dateline' || kinds.get(line) === 'byline';
      expect(caught, `"${text}" kept as ${kinds.get(line)}`).toBe(true);
    });
    expectStoryIntact(lines, kinds);
  });
});

describe('content that looks like furniture: kept', () => {
  it.each(cases(CONTENT))('%s', (_name, block, at) => {
    const { lines, first } = page(block, at);
    const { removed, kinds } = ingest(lines);
    block.forEach((text, offset) => {
      const line = first + offset;
      expect(removed.has(line), `"${text}" removed`).toBe(false);
      expect(['dateline', 'byline'], `"${text}" filed as ${kinds.get(line)}`).not.toContain(kinds.get(line));
    });
    expectStoryIntact(lines, kinds);
  });
});

describe('a digest whose greeting is removed', () => {
  const digest = [
    'Subject: Port strike, a ferry cut and a cold week ahead',
    'Good morning. It is Wednesday, and here is what you need to know today.',
    '1. Dockworkers walk out',
    PARAGRAPHS[0]!,
    PARAGRAPHS[1]!,
    'Weather',
    'Expect a cold start, with frost along the coast before sunrise.',
  ];

  it('removes the greeting and the one-word label, and files the first numbered item as body, not a caption', () => {
    const { removed, kinds } = ingest(digest);
    expect(removed.has(2)).toBe(true);
    expect(removed.has(6)).toBe(true);
    expect(kinds.get(3)).toBe('body');
    expect(kinds.get(7)).toBe('body');
  });

  it('still files an unnumbered short line under the headline as a caption', () => {
    const { kinds } = ingest([digest[0]!, 'Dockworkers walk out', PARAGRAPHS[0]!]);
    expect(kinds.get(2)).toBe('caption');
  });
});

describe('a live page whose key-event box runs into its first entry', () => {
  it('removes the box and keeps the entry under the first stamp', () => {
    const lines = [HEADLINE, 'Key events', 'Strike called', 'Show key events only', '9:41 p.m. GMT', 'Pickets stay at the gates overnight', PARAGRAPHS[0]!, PARAGRAPHS[1]!];
    const { removed, kinds } = ingest(lines);
    expect([2, 3, 4].every((line) => removed.has(line))).toBe(true);
    expect(removed.has(6)).toBe(false);
    expect(kinds.get(7)).toBe('body');
  });
});

describe('headlines that share a shape with furniture', () => {
  it.each([
    'Bayport dockers strike for the first time since 1921',
    'Your guide to the Bayport port strike',
    'Comments from the minister anger dockworkers',
    'Related strikes spread to two more ports',
    'The independent inquiry into the port collapse reports',
  ])('keeps "%s" as the headline', (headline) => {
    const lines = ['Coast Ledger', headline, BYLINE, STAMP, ...PARAGRAPHS];
    const { removed, kinds } = ingest(lines);
    expect(removed.has(2)).toBe(false);
    expect(kinds.get(2)).toBe('headline');
  });
});
