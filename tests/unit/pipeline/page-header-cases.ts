/**
 * Probe of page headers and feet in house styles the eval corpus covers thinly (issue 13): US dailies, British
 * papers, wires, Asian English dailies, broadcasters, blogs and aggregators, press releases, live blogs, paywalls.
 * Each made-up page says what its outlet, publication stamp (with the zone where printed), headline and byline
 * should read, which lines are furniture (must not reach the story) and which look-alike story lines must stay.
 *
 * Every page, outlet and person is invented ("The Marlow Courier", "Kestrel Wire", a dam repair, a rail strike);
 * no real outlet's wording. `check` lists what a page got wrong; the test and the probe runner share it.
 */
import type { Article } from '../../../src/lib/corpus/schema';
import { fold, leaksOf } from './page-leaks';

export interface HeaderCase {
  name: string;
  lines: string[];
  /** The outlet's name as the page gives it; null when the page names none. */
  outlet?: string | null;
  /** The publication stamp, or its first characters ("2024-12-03" when only the day matters). */
  published?: string | null;
  headline?: string | null;
  /** Words the byline must carry (folded); null when the page has none. */
  byline?: string | null;
  /** Lines of page furniture: none may reach the story's sentences. */
  furniture?: string[];
  /** Story lines that look like furniture: each must stay a sentence of the story (body or caption). */
  keep?: string[];
}

const DAM = [
  'Engineers began draining the reservoir behind the Alder Creek dam after inspectors found cracks along its spillway.',
  'Residents of three villages downstream were told to keep an emergency bag ready but were not asked to leave.',
  'The regional water board said repairs could take most of the winter and would cost more than it had set aside.',
];
const RAIL = [
  'Train drivers on the northern lines stopped work at midnight in a dispute over new shift patterns.',
  'Commuters crowded onto replacement buses, and several schools opened late because teachers could not get in.',
  'The operator said it had offered a pay rise and accused the union of walking away from the talks.',
];
const CHIPS = [
  'The chipmaker said it would build a second packaging plant near the coast, adding about 1,200 jobs.',
  'Shares in the company rose nearly four percent in morning trading after the plan was announced.',
  'Officials in the province said the plant would draw on a new desalination project for its water.',
];
const FLOOD = [
  'Heavy rain pushed the river over its banks in the lower town, flooding dozens of homes and shops.',
  'Rescue teams used boats to reach elderly residents who had stayed upstairs through the night.',
  'Forecasters expect the water to peak again before the weekend as more rain moves in from the west.',
];

const cases: HeaderCase[] = [
  // ---- US dailies ----
  {
    name: 'US daily: dotted month, p.m. ET under the byline',
    lines: ['The Marlow Courier', 'Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'Dec. 3, 2024, 5:12 p.m. ET', ...DAM],
    outlet: 'The Marlow Courier', published: '2024-12-03T17:12:00-05:00', headline: 'Dam cracks force a winter of repairs upstate', byline: 'Dana Whitfield',
    furniture: ['Dec. 3, 2024, 5:12 p.m. ET'],
  },
  {
    name: 'US daily: "Updated 6:40 AM EST, December 3, 2024" before the first stamp',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'Published 9:05 PM EST, December 2, 2024', 'Updated 6:40 AM EST, December 3, 2024', ...DAM, '\u00a9 2024 The Marlow Courier. All rights reserved.'],
    outlet: 'The Marlow Courier', published: '2024-12-02T21:05:00-05:00', headline: 'Dam cracks force a winter of repairs upstate', byline: 'Dana Whitfield',
    furniture: ['Updated 6:40 AM EST, December 3, 2024', 'Published 9:05 PM EST, December 2, 2024'],
  },
  {
    name: 'US daily: only "Updated 6:40 AM EST, December 3, 2024"',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'Updated 6:40 AM EST, December 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate', byline: 'Dana Whitfield',
    furniture: ['Updated 6:40 AM EST, December 3, 2024'],
  },
  {
    name: 'US daily: "By NAME | Dec 3, 2024"',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield | Dec 3, 2024', ...DAM, '\u00a9 2024 Marlow Courier Media'],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate', byline: 'Dana Whitfield',
  },
  {
    name: 'US daily: "By NAME and NAME, The Outlet" byline naming its paper',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield and Omar Reyes, The Marlow Courier', 'December 3, 2024', ...DAM],
    outlet: 'The Marlow Courier', published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate', byline: 'Dana Whitfield',
  },
  {
    name: 'US daily: reading time and share row',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'Dec. 3, 2024', '4 min read', 'Share this article', 'Gift this article', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['4 min read', 'Share this article', 'Gift this article'],
  },
  {
    name: 'US daily: Advertisement lines between paragraphs',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'Dec. 3, 2024', DAM[0]!, 'Advertisement', DAM[1]!, 'ADVERTISEMENT', DAM[2]!],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['Advertisement'],
  },
  {
    // The eval corpus's gold counts a correction note as the page's own history (furniture), not the story's.
    name: 'US daily: correction at the foot is a note on the page, not the story',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'Dec. 3, 2024', ...DAM, 'Correction: An earlier version of this article misstated the number of villages downstream of the dam.'],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['Correction: An earlier version of this article misstated the number of villages downstream of the dam.'],
  },
  {
    name: 'US daily: e-mail byline under the name',
    lines: ['Dam cracks force a winter of repairs upstate', 'Dana Whitfield', 'dwhitfield@marlowcourier.com', 'Dec. 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate', byline: 'Dana Whitfield',
    furniture: ['dwhitfield@marlowcourier.com'],
  },
  {
    name: 'US daily: "NAME, Staff Reporter"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Dana Whitfield, Staff Reporter', 'Dec. 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate', byline: 'Dana Whitfield',
  },
  {
    name: 'US daily: paywall line and subscriber note',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'Dec. 3, 2024', 'This article is for subscribers only.', DAM[0]!, DAM[1]!, 'Subscribe to read the full story', 'Already a subscriber? Sign in'],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['This article is for subscribers only.', 'Subscribe to read the full story', 'Already a subscriber? Sign in'],
  },
  // ---- British papers ----
  {
    name: 'British: "Tue 3 Dec 2024 10.00 GMT" under the byline',
    lines: ['Rail strike leaves northern commuters stranded', 'Priya Castellan Transport correspondent', 'Tue 3 Dec 2024 10.00 GMT', ...RAIL],
    published: '2024-12-03T10:00:00+00:00', headline: 'Rail strike leaves northern commuters stranded', byline: 'Priya Castellan',
    furniture: ['Tue 3 Dec 2024 10.00 GMT'],
  },
  {
    name: 'British: "Last modified on" after the first stamp',
    lines: ['Rail strike leaves northern commuters stranded', 'Priya Castellan', 'Tue 3 Dec 2024 10.00 GMT', 'Last modified on Tue 3 Dec 2024 14.32 GMT', ...RAIL],
    published: '2024-12-03T10:00:00+00:00', headline: 'Rail strike leaves northern commuters stranded',
    furniture: ['Last modified on Tue 3 Dec 2024 14.32 GMT'],
  },
  {
    name: 'British: "First published on" at the foot',
    lines: ['Rail strike leaves northern commuters stranded', 'Priya Castellan', ...RAIL, 'First published on Tue 3 Dec 2024 10.00 GMT'],
    published: '2024-12-03T10:00:00+00:00', headline: 'Rail strike leaves northern commuters stranded',
    furniture: ['First published on Tue 3 Dec 2024 10.00 GMT'],
  },
  {
    name: 'British: BST stamp crosses no day, "Topics" and tag list',
    lines: ['Rail strike leaves northern commuters stranded', 'Priya Castellan', 'Mon 2 Jun 2025 23.40 BST', ...RAIL, 'Topics', 'Rail industry', 'Strikes', 'Trade unions', 'Transport'],
    published: '2025-06-02T23:40:00+01:00', headline: 'Rail strike leaves northern commuters stranded',
    furniture: ['Topics', 'Rail industry', 'Trade unions'],
  },
  {
    name: 'British: "Topics:" on one line and "More on this story"',
    lines: ['Rail strike leaves northern commuters stranded', 'By Priya Castellan', '3 December 2024', ...RAIL, 'Topics: Rail, Strikes, Unions', 'More on this story', 'Drivers vote to extend walkout', 'What the dispute is about'],
    published: '2024-12-03', headline: 'Rail strike leaves northern commuters stranded',
    furniture: ['Topics: Rail, Strikes, Unions', 'More on this story', 'Drivers vote to extend walkout'],
  },
  {
    name: 'British: photo credit with agency',
    lines: ['Rail strike leaves northern commuters stranded', 'By Priya Castellan', '3 December 2024', 'Pickets gathered outside the depot before dawn. Photo: Lena Marsh/AFP', ...RAIL],
    published: '2024-12-03', headline: 'Rail strike leaves northern commuters stranded',
    furniture: ['Photo: Lena Marsh/AFP'],
  },
  // ---- wires ----
  {
    name: 'wire: "BRUSSELS, Dec 3 (Kestrel) -" dateline, year from the © line',
    lines: ['EU ministers split over grain import quotas', 'By Anouk de Vries', 'BRUSSELS, Dec 3 (Kestrel) - European farm ministers failed to agree on new limits for grain imports on Tuesday after a late-night meeting.', 'Several eastern members want tighter caps, while others fear higher feed prices for their farmers.', '\u00a9 2024 Kestrel Wire. All rights reserved.'],
    outlet: 'Kestrel Wire', published: '2024-12-03', headline: 'EU ministers split over grain import quotas', byline: 'Anouk de Vries',
  },
  {
    name: 'wire: "(Kestrel) -" after the city with a dated stamp',
    lines: ['EU ministers split over grain import quotas', 'December 3, 2024 8:15 PM UTC', 'BRUSSELS (Kestrel) - European farm ministers failed to agree on new limits for grain imports on Tuesday.', 'Several eastern members want tighter caps, while others fear higher feed prices.'],
    outlet: 'Kestrel', published: '2024-12-03T20:15:00+00:00', headline: 'EU ministers split over grain import quotas',
  },
  {
    name: 'wire: en dash in "BRUSSELS, Dec 3 (Kestrel) –"',
    lines: ['EU ministers split over grain import quotas', 'December 3, 2024', 'BRUSSELS, Dec 3 (Kestrel) \u2013 European farm ministers failed to agree on new limits for grain imports on Tuesday.', 'Several eastern members want tighter caps, while others fear higher feed prices.'],
    outlet: 'Kestrel', published: '2024-12-03', headline: 'EU ministers split over grain import quotas',
  },
  {
    name: 'wire: "LISBON (AP) —" style with agency credit at the foot',
    lines: ['Portugal orders checks on ageing bridges', 'By Rui Almada Associated Kestrel', 'Dec. 3, 2024', 'LISBON (AKP) \u2014 Portugal ordered safety checks on dozens of ageing road bridges on Tuesday.', 'The order follows the partial collapse of a footbridge in the north last month.', 'Copyright 2024 Associated Kestrel Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.'],
    outlet: 'Associated Kestrel Press', published: '2024-12-03', headline: 'Portugal orders checks on ageing bridges',
    furniture: ['This material may not be published, broadcast, rewritten or redistributed.'],
  },
  {
    name: 'wire: "/AFK/" agency mark in a caption',
    lines: ['Portugal orders checks on ageing bridges', 'Dec. 3, 2024', 'A footbridge lies partly collapsed over the river. /AFK/', 'LISBON - Portugal ordered safety checks on dozens of ageing road bridges on Tuesday.', 'The order follows the partial collapse of a footbridge in the north last month.'],
    published: '2024-12-03', headline: 'Portugal orders checks on ageing bridges',
    furniture: ['/AFK/'],
  },
  {
    name: 'wire: "AKP —" credit before the story',
    lines: ['Portugal orders checks on ageing bridges', 'Dec 3, 2024', 'AKP \u2014 Portugal ordered safety checks on dozens of ageing road bridges on Tuesday.', 'The order follows the partial collapse of a footbridge in the north last month.'],
    published: '2024-12-03', headline: 'Portugal orders checks on ageing bridges',
  },
  {
    name: 'wire: reporting credit line at the foot',
    lines: ['EU ministers split over grain import quotas', 'December 3, 2024', 'BRUSSELS (Kestrel) - European farm ministers failed to agree on new limits for grain imports on Tuesday.', 'Several eastern members want tighter caps, while others fear higher feed prices.', 'Reporting by Anouk de Vries; Editing by Tom Hale'],
    published: '2024-12-03', headline: 'EU ministers split over grain import quotas',
    furniture: ['Reporting by Anouk de Vries; Editing by Tom Hale'],
  },
  // ---- Asian English dailies ----
  {
    name: 'Asian daily: "Published : 2025-01-14 17:12 Updated : 2025-01-14 19:40"',
    lines: ['The Harbour Times', 'Chipmaker picks coastal site for second plant', 'Published : 2025-01-14 17:12 Updated : 2025-01-14 19:40', ...CHIPS],
    outlet: 'The Harbour Times', published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant',
    furniture: ['Published : 2025-01-14 17:12 Updated : 2025-01-14 19:40'],
  },
  {
    name: 'Asian daily: "Posted on : Jan. 14, 2025 17:12 KST"',
    lines: ['Chipmaker picks coastal site for second plant', 'Posted on : Jan. 14, 2025 17:12 KST', 'Modified on : Jan. 14, 2025 19:40 KST', ...CHIPS],
    published: '2025-01-14T17:12:00+09:00', headline: 'Chipmaker picks coastal site for second plant',
    furniture: ['Posted on : Jan. 14, 2025 17:12 KST', 'Modified on : Jan. 14, 2025 19:40 KST'],
  },
  {
    name: 'Asian daily: bare "2025/01/14 17:12"',
    lines: ['Chipmaker picks coastal site for second plant', '2025/01/14 17:12', ...CHIPS],
    published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant',
    furniture: ['2025/01/14 17:12'],
  },
  {
    name: 'Asian daily: "NAME, Staff Reporter" and "Photo: … /Yonsan" caption',
    lines: ['Chipmaker picks coastal site for second plant', 'Kim Ha-eun, Staff Reporter', 'Published : 2025-01-14 17:12', 'The planned site seen from the air. Photo: Yonsan', ...CHIPS],
    published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant', byline: 'Kim Ha-eun',
    furniture: ['Photo: Yonsan'],
  },
  {
    name: 'Asian daily: e-mail byline "By NAME (mail)"',
    lines: ['Chipmaker picks coastal site for second plant', 'By Kim Ha-eun (hekim@harbourtimes.co.kr)', 'Published : 2025-01-14 17:12', ...CHIPS],
    published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant', byline: 'Kim Ha-eun',
  },
  {
    name: 'Asian daily: "Updated : 2025-01-15 01:10" only after a first stamp a day before',
    lines: ['Chipmaker picks coastal site for second plant', 'Kim Ha-eun', 'Published : 2025-01-14 23:30 Updated : 2025-01-15 01:10', ...CHIPS],
    published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant',
  },
  {
    name: 'Asian daily: "[Harbour Times] Published 2025.01.14 17:12"',
    lines: ['Chipmaker picks coastal site for second plant', 'Published 2025.01.14 17:12', ...CHIPS],
    published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant',
  },
  {
    name: 'Asian daily: translation note at the foot',
    lines: ['Chipmaker picks coastal site for second plant', 'Published : 2025-01-14 17:12', ...CHIPS, 'This article was translated from the Korean edition.'],
    published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant',
    furniture: ['This article was translated from the Korean edition.'],
  },
  {
    name: 'Asian daily: "Translated by … ; edited by …"',
    lines: ['Chipmaker picks coastal site for second plant', 'Published : 2025-01-14 17:12', ...CHIPS, 'Translated by Park Min-jae; edited by Sarah Lowell'],
    published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant',
    furniture: ['Translated by Park Min-jae; edited by Sarah Lowell'],
  },
  // ---- broadcasters ----
  {
    name: 'broadcaster: "3 December 2024" with a share block',
    lines: ['Northvale News', 'River bursts its banks in the lower town', '3 December 2024', 'Share', 'Save', ...FLOOD],
    outlet: 'Northvale News', published: '2024-12-03', headline: 'River bursts its banks in the lower town',
    furniture: ['Share', 'Save'],
  },
  {
    name: 'broadcaster: "5 hours ago" and share block, © line for the year and outlet',
    lines: ['River bursts its banks in the lower town', '5 hours ago', 'Share', 'Save', 'Tess Okafor', 'Northvale News, Riverside', ...FLOOD, '\u00a9 2024 Northvale'],
    outlet: 'Northvale News', headline: 'River bursts its banks in the lower town', byline: 'Tess Okafor',
    furniture: ['5 hours ago', 'Share', 'Northvale News, Riverside'],
  },
  {
    name: 'broadcaster: "Published 3 December 2024" and "Related Topics"',
    lines: ['River bursts its banks in the lower town', 'Published 3 December 2024', ...FLOOD, 'Related Topics', 'Flooding', 'Weather'],
    published: '2024-12-03', headline: 'River bursts its banks in the lower town',
    furniture: ['Related Topics', 'Weather'],
  },
  {
    name: 'broadcaster: station byline "NAME, Station" and "Copyright … All rights reserved"',
    lines: ['River bursts its banks in the lower town', 'By Tess Okafor, WNVL', 'Published: Dec. 3, 2024 at 6:15 PM CST', ...FLOOD, 'Copyright 2024 WNVL. All rights reserved.'],
    outlet: 'WNVL', published: '2024-12-03', headline: 'River bursts its banks in the lower town', byline: 'Tess Okafor',
  },
  // ---- ISO stamps ----
  {
    name: 'ISO stamp with a zone',
    lines: ['River bursts its banks in the lower town', '2024-12-03T18:15:00+01:00', ...FLOOD],
    published: '2024-12-03T18:15:00+01:00', headline: 'River bursts its banks in the lower town',
    furniture: ['2024-12-03T18:15:00+01:00'],
  },
  {
    name: 'ISO day alone after a byline',
    lines: ['River bursts its banks in the lower town', 'By Tess Okafor', '2024-12-03', ...FLOOD],
    published: '2024-12-03', headline: 'River bursts its banks in the lower town', byline: 'Tess Okafor',
  },
  // ---- blogs and aggregators ----
  {
    name: 'blog: "Source:" line at the foot names the outlet it came from',
    lines: ['Dam repairs to take all winter, board says', 'Posted by reservoirwatch on December 3, 2024', ...DAM, 'Source: The Marlow Courier'],
    published: '2024-12-03', headline: 'Dam repairs to take all winter, board says',
    furniture: ['Source: The Marlow Courier'],
  },
  {
    name: 'aggregator: "Via" and "Originally published at"',
    lines: ['Dam repairs to take all winter, board says', 'December 3, 2024', ...DAM, 'Via The Marlow Courier', 'Originally published at marlowcourier.com'],
    published: '2024-12-03', headline: 'Dam repairs to take all winter, board says',
    furniture: ['Via The Marlow Courier', 'Originally published at marlowcourier.com'],
  },
  {
    name: 'blog: "This story originally appeared in" note',
    lines: ['Dam repairs to take all winter, board says', 'By Dana Whitfield', 'December 3, 2024', ...DAM, 'This story originally appeared in The Marlow Courier and is republished here with permission.'],
    published: '2024-12-03', headline: 'Dam repairs to take all winter, board says',
    furniture: ['This story originally appeared in The Marlow Courier and is republished here with permission.'],
  },
  // ---- press releases ----
  {
    name: 'press release: FOR IMMEDIATE RELEASE and Media contact',
    lines: ['FOR IMMEDIATE RELEASE', 'Alder Valley Water Board begins spillway repairs', 'ALDER VALLEY, N.Y., Dec. 3, 2024 \u2014 The Alder Valley Water Board today began draining the reservoir to repair cracks in the spillway.', 'The work is expected to last through the winter.', 'Media contact:', 'Jordan Pike', 'press@aldervalleywater.org', '(555) 014-2231'],
    published: '2024-12-03', headline: 'Alder Valley Water Board begins spillway repairs',
    furniture: ['FOR IMMEDIATE RELEASE', 'Media contact:', 'press@aldervalleywater.org', '(555) 014-2231'],
  },
  {
    name: 'press release: "###" and "About the board" boilerplate',
    lines: ['FOR IMMEDIATE RELEASE', 'Alder Valley Water Board begins spillway repairs', 'ALDER VALLEY, N.Y., Dec. 3, 2024 \u2014 The Alder Valley Water Board today began draining the reservoir to repair cracks in the spillway.', 'The work is expected to last through the winter.', '###', 'Media Contact', 'Jordan Pike, Communications Director'],
    published: '2024-12-03', headline: 'Alder Valley Water Board begins spillway repairs',
    furniture: ['###', 'Media Contact', 'Jordan Pike, Communications Director'],
  },
  // ---- live blogs ----
  {
    name: 'live blog: "Show key events only" and entry stamps',
    lines: ['Flood live: river peaks in the lower town', 'Tess Okafor', 'Tue 3 Dec 2024 18.20 GMT', 'Key events', 'Show key events only', 'Please turn on JavaScript to use this feature', '18.20 GMT', FLOOD[0]!, '17.55 GMT', FLOOD[1]!, FLOOD[2]!],
    published: '2024-12-03T18:20:00+00:00', headline: 'Flood live: river peaks in the lower town',
    furniture: ['Key events', 'Show key events only', 'Please turn on JavaScript to use this feature', '18.20 GMT'],
  },
  {
    name: 'live blog: "Pinned post" and "Updated N minutes ago" entries',
    lines: ['Flood live: river peaks in the lower town', 'December 3, 2024', 'Pinned post', FLOOD[0]!, 'Updated 12 minutes ago', FLOOD[1]!, 'Updated 1 hour ago', FLOOD[2]!],
    published: '2024-12-03', headline: 'Flood live: river peaks in the lower town',
    furniture: ['Pinned post', 'Updated 12 minutes ago', 'Updated 1 hour ago'],
  },
  // ---- agency credit lines ----
  {
    name: 'credit: "© 2025 The Harbour Times" at the foot',
    lines: ['Chipmaker picks coastal site for second plant', 'By Kim Ha-eun', 'Jan. 14, 2025', ...CHIPS, '\u00a9 2025 The Harbour Times'],
    outlet: 'The Harbour Times', published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant', byline: 'Kim Ha-eun',
  },
  {
    name: 'credit: "Copyright © 2025 Harbour Times Co., Ltd. All rights reserved."',
    lines: ['Chipmaker picks coastal site for second plant', 'By Kim Ha-eun', 'Jan. 14, 2025', ...CHIPS, 'Copyright \u00a9 2025 Harbour Times Co., Ltd. All rights reserved.'],
    outlet: 'Harbour Times', published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant',
  },
  // ---- negatives: story lines that look like furniture ----
  {
    name: 'negative: "Updated figures showed …" stays',
    lines: ['Rail strike leaves northern commuters stranded', 'By Priya Castellan', '3 December 2024', ...RAIL, 'Updated figures showed that nearly 40,000 journeys were cancelled on the first day.'],
    published: '2024-12-03', headline: 'Rail strike leaves northern commuters stranded',
    keep: ['Updated figures showed that nearly 40,000 journeys were cancelled on the first day.'],
  },
  {
    name: 'negative: "Source: the ministry said …" stays',
    lines: ['Rail strike leaves northern commuters stranded', 'By Priya Castellan', '3 December 2024', ...RAIL, 'Source: the ministry said the talks would resume next week, though no date has been set.'],
    published: '2024-12-03', headline: 'Rail strike leaves northern commuters stranded',
    keep: ['Source: the ministry said the talks would resume next week, though no date has been set.'],
  },
  {
    name: 'negative: quote opening "Copyright law …" stays',
    lines: ['Publishers sue over training data', 'By Dana Whitfield', 'Dec. 3, 2024', 'A group of publishers filed a lawsuit on Tuesday against a software company.', '\u201cCopyright law was written for a world of printed books, and it is being stretched,\u201d their lawyer told reporters.', 'The company said it would fight the case.'],
    published: '2024-12-03', headline: 'Publishers sue over training data',
    keep: ['\u201cCopyright law was written for a world of printed books, and it is being stretched,\u201d their lawyer told reporters.'],
  },
  {
    name: 'negative: "Advertisement revenue …" sentence stays',
    lines: ['Local papers cut print days', 'By Dana Whitfield', 'Dec. 3, 2024', 'Three local papers said they would print only twice a week from January.', 'Advertisement revenue fell by a third over two years, the owner said.', 'Subscribers will get a digital edition on the other days.'],
    published: '2024-12-03', headline: 'Local papers cut print days',
    keep: ['Advertisement revenue fell by a third over two years, the owner said.'],
  },
  {
    name: 'negative: "Share prices …" and "Topics discussed …" stay',
    lines: ['Chipmaker picks coastal site for second plant', 'By Kim Ha-eun', 'Jan. 14, 2025', ...CHIPS, 'Share prices of its suppliers also rose.', 'Topics discussed at the meeting included water supply and housing for workers.'],
    published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant',
    keep: ['Share prices of its suppliers also rose.', 'Topics discussed at the meeting included water supply and housing for workers.'],
  },
  {
    name: 'negative: "Via a spokesman …" stays',
    lines: ['Rail strike leaves northern commuters stranded', 'By Priya Castellan', '3 December 2024', ...RAIL, 'Via a spokesman, the transport minister urged both sides to return to talks.'],
    published: '2024-12-03', headline: 'Rail strike leaves northern commuters stranded',
    keep: ['Via a spokesman, the transport minister urged both sides to return to talks.'],
  },
  {
    name: 'negative: "Subscribers to the scheme …" stays',
    lines: ['Dam repairs to take all winter, board says', 'By Dana Whitfield', 'December 3, 2024', ...DAM, 'Subscribers to the board\u2019s alert service will get a text message if the level rises.'],
    published: '2024-12-03', headline: 'Dam repairs to take all winter, board says',
    keep: ['Subscribers to the board\u2019s alert service will get a text message if the level rises.'],
  },
  {
    name: 'negative: "Published figures …" stays, not a stamp',
    lines: ['Dam repairs to take all winter, board says', 'By Dana Whitfield', 'December 3, 2024', ...DAM, 'Published figures from 2019 show the dam was last inspected in full five years ago.'],
    published: '2024-12-03', headline: 'Dam repairs to take all winter, board says',
    keep: ['Published figures from 2019 show the dam was last inspected in full five years ago.'],
  },
  {
    name: 'negative: "Media contacts with the union …" stays',
    lines: ['Rail strike leaves northern commuters stranded', 'By Priya Castellan', '3 December 2024', ...RAIL, 'Media contacts with the union have been limited since the talks broke down.'],
    published: '2024-12-03', headline: 'Rail strike leaves northern commuters stranded',
    keep: ['Media contacts with the union have been limited since the talks broke down.'],
  },
  {
    name: 'negative: "Key events this week include …" stays',
    lines: ['Rail strike leaves northern commuters stranded', 'By Priya Castellan', '3 December 2024', ...RAIL, 'Key events this week include a vote by the union\u2019s members on Thursday.'],
    published: '2024-12-03', headline: 'Rail strike leaves northern commuters stranded',
    keep: ['Key events this week include a vote by the union\u2019s members on Thursday.'],
  },
  {
    name: 'negative: "First published in 1887, the paper …" stays, no stamp',
    lines: ['Local papers cut print days', 'By Dana Whitfield', 'Dec. 3, 2024', 'Three local papers said they would print only twice a week from January.', 'First published in 1887, the oldest of them has never missed a daily edition.', 'Subscribers will get a digital edition on the other days.'],
    published: '2024-12-03', headline: 'Local papers cut print days',
    keep: ['First published in 1887, the oldest of them has never missed a daily edition.'],
  },
  // ---- more US / UK variations ----
  {
    name: 'US daily: "Published Dec. 3, 2024 Updated Dec. 4, 2024, 7:02 a.m. ET"',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'Published Dec. 3, 2024 Updated Dec. 4, 2024, 7:02 a.m. ET', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['Published Dec. 3, 2024 Updated Dec. 4, 2024, 7:02 a.m. ET'],
  },
  {
    name: 'US daily: "December 3, 2024 at 5:12 p.m. EST" after headline',
    lines: ['Dam cracks force a winter of repairs upstate', 'December 3, 2024 at 5:12 p.m. EST', 'By Dana Whitfield', ...DAM],
    published: '2024-12-03T17:12:00-05:00', headline: 'Dam cracks force a winter of repairs upstate', byline: 'Dana Whitfield',
  },
  {
    name: 'US daily: "Dec. 3, 2024 11:48 p.m. PT" stays on its own day',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'Dec. 3, 2024 11:48 p.m. PT', ...DAM],
    published: '2024-12-03T23:48:00-08:00', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'British: "By NAME, Political Editor" and "Published 3 December 2024 • 7:00am"',
    lines: ['Rail strike leaves northern commuters stranded', 'By Priya Castellan, Transport Editor', 'Published 3 December 2024 \u2022 7:00am', ...RAIL],
    published: '2024-12-03', headline: 'Rail strike leaves northern commuters stranded', byline: 'Priya Castellan',
  },
  {
    name: 'British: "Tuesday 03 December 2024 10:00" stamp',
    lines: ['Rail strike leaves northern commuters stranded', 'Priya Castellan', 'Tuesday 03 December 2024 10:00', ...RAIL],
    published: '2024-12-03', headline: 'Rail strike leaves northern commuters stranded',
  },
  {
    name: 'wire: "(Kestrel) -" with no city at the very start',
    lines: ['EU ministers split over grain import quotas', 'December 3, 2024', '(Kestrel) - European farm ministers failed to agree on new limits for grain imports on Tuesday.', 'Several eastern members want tighter caps, while others fear higher feed prices.'],
    outlet: 'Kestrel', published: '2024-12-03', headline: 'EU ministers split over grain import quotas',
  },
  {
    name: 'broadcaster: "2 hours ago" share row and byline role line',
    lines: ['River bursts its banks in the lower town', '2 hours ago', 'Share', 'Tess Okafor', 'Environment reporter', ...FLOOD],
    headline: 'River bursts its banks in the lower town', byline: 'Tess Okafor',
    furniture: ['2 hours ago', 'Environment reporter'],
  },
  // ---- second batch: stamps in other orders, headlines under other chrome, outlets named other ways ----
  {
    name: 'stamp: time before the day, "Published: 14:12 GMT, 3 December 2024"',
    lines: ['Rail strike leaves northern commuters stranded', 'By Priya Castellan', 'Published: 14:12 GMT, 3 December 2024', ...RAIL],
    published: '2024-12-03T14:12:00+00:00', headline: 'Rail strike leaves northern commuters stranded',
    furniture: ['Published: 14:12 GMT, 3 December 2024'],
  },
  {
    name: 'stamp: "3 Dec 2024, 14:12" under a byline',
    lines: ['Rail strike leaves northern commuters stranded', 'By Priya Castellan', '3 Dec 2024, 14:12', ...RAIL],
    published: '2024-12-03', headline: 'Rail strike leaves northern commuters stranded',
    furniture: ['3 Dec 2024, 14:12'],
  },
  {
    name: 'stamp: "Tuesday, December 3, 2024" alone',
    lines: ['Dam cracks force a winter of repairs upstate', 'Tuesday, December 3, 2024', 'By Dana Whitfield', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate', byline: 'Dana Whitfield',
  },
  {
    name: 'stamp: "Posted: Tue, Dec 3 2024 5:12 PM EST"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Posted: Tue, Dec 3 2024 5:12 PM EST', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['Posted: Tue, Dec 3 2024 5:12 PM EST'],
  },
  {
    name: 'stamp: "2024-12-03 17:12:00" with seconds',
    lines: ['Dam cracks force a winter of repairs upstate', '2024-12-03 17:12:00', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['2024-12-03 17:12:00'],
  },
  {
    name: 'stamp: "Last Updated: Jan 14, 2025 | 17:12 IST" keeps the day',
    lines: ['Chipmaker picks coastal site for second plant', 'Published: Jan 14, 2025 | 15:02 IST', 'Last Updated: Jan 14, 2025 | 17:12 IST', ...CHIPS],
    published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant',
    furniture: ['Last Updated: Jan 14, 2025 | 17:12 IST'],
  },
  {
    name: 'stamp: "Published Dec 3, 2024 · Updated Dec 4, 2024"',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'Published Dec 3, 2024 \u00b7 Updated Dec 4, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "Updated Dec 4, 2024 · Published Dec 3, 2024" (update first)',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'Updated Dec 4, 2024 \u00b7 Published Dec 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "2025/01/14 17:12 JST" reads the zone',
    lines: ['Chipmaker picks coastal site for second plant', '2025/01/14 17:12 JST', ...CHIPS],
    published: '2025-01-14T17:12:00+09:00', headline: 'Chipmaker picks coastal site for second plant',
  },
  {
    name: 'stamp: "January 14, 2025 at 5:12 PM GMT+9"',
    lines: ['Chipmaker picks coastal site for second plant', 'January 14, 2025 at 5:12 PM GMT+9', ...CHIPS],
    published: '2025-01-14T17:12:00+09:00', headline: 'Chipmaker picks coastal site for second plant',
  },
  {
    name: 'stamp: "Updated: 03 Dec 2024, 10:05 pm" alone is still the day',
    lines: ['Dam cracks force a winter of repairs upstate', 'Updated: 03 Dec 2024, 10:05 pm', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['Updated: 03 Dec 2024, 10:05 pm'],
  },
  {
    name: 'stamp: at the foot after the tags',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', ...DAM, 'Tags: dams, water, infrastructure', 'Published December 3, 2024'],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['Tags: dams, water, infrastructure', 'Published December 3, 2024'],
  },
  {
    name: 'headline: breadcrumb above it',
    lines: ['Home > News > Environment', 'Dam cracks force a winter of repairs upstate', 'December 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['Home > News > Environment'],
  },
  {
    name: 'headline: section label in capitals above it',
    lines: ['ENVIRONMENT', 'Dam cracks force a winter of repairs upstate', 'December 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'headline: "Listen to this article" and standfirst under it',
    lines: ['Dam cracks force a winter of repairs upstate', 'Inspectors found cracks in the spillway, and villages downstream have been told to be ready', 'Listen to this article', 'By Dana Whitfield', 'December 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['Listen to this article'],
  },
  {
    name: 'headline: title tag with the site after a bar',
    lines: ['Dam cracks force a winter of repairs upstate | The Marlow Courier', 'By Dana Whitfield', 'December 3, 2024', ...DAM],
    outlet: 'The Marlow Courier', published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'headline: "Advertisement" above it',
    lines: ['Advertisement', 'Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'December 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['Advertisement'],
  },
  {
    name: 'headline: a question',
    lines: ['Will the Alder Creek dam hold through the winter?', 'By Dana Whitfield', 'December 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Will the Alder Creek dam hold through the winter?',
  },
  {
    name: 'headline: shouted in capitals',
    lines: ['DAM CRACKS FORCE A WINTER OF REPAIRS UPSTATE', 'By Dana Whitfield', 'December 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'DAM CRACKS FORCE A WINTER OF REPAIRS UPSTATE',
  },
  {
    name: 'outlet: "— The Marlow Courier" closing credit',
    lines: ['Dam cracks force a winter of repairs upstate', 'December 3, 2024', ...DAM, '\u2014 The Marlow Courier'],
    outlet: 'The Marlow Courier', published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'outlet: "Copyright (c) 2025 The Harbour Times"',
    lines: ['Chipmaker picks coastal site for second plant', 'Jan. 14, 2025', ...CHIPS, 'Copyright (c) 2025 The Harbour Times'],
    outlet: 'The Harbour Times', published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant',
  },
  {
    name: 'outlet: masthead in capitals at the top',
    lines: ['THE HARBOUR TIMES', 'Chipmaker picks coastal site for second plant', 'Jan. 14, 2025', ...CHIPS],
    outlet: 'The Harbour Times', published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant',
  },
  {
    name: 'outlet: wire story run by a paper, "By Anouk de Vries, Kestrel Wire"',
    lines: ['EU ministers split over grain import quotas', 'By Anouk de Vries, Kestrel Wire', 'Dec. 3, 2024', 'European farm ministers failed to agree on new limits for grain imports on Tuesday after a late-night meeting.', 'Several eastern members want tighter caps, while others fear higher feed prices for their farmers.'],
    outlet: 'Kestrel Wire', published: '2024-12-03', headline: 'EU ministers split over grain import quotas', byline: 'Anouk de Vries',
  },
  {
    name: 'live blog: entry stamps in ET do not become the publication stamp',
    lines: ['Flood live: river peaks in the lower town', 'Updated Dec. 3, 2024, 9:40 p.m. ET', '9:40 p.m. ET', FLOOD[0]!, '8:15 p.m. ET', FLOOD[1]!, FLOOD[2]!],
    published: '2024-12-03', headline: 'Flood live: river peaks in the lower town',
    furniture: ['9:40 p.m. ET', '8:15 p.m. ET'],
  },
  {
    name: 'negative: "Reporting by the agency showed …" stays',
    lines: ['River bursts its banks in the lower town', 'By Tess Okafor', 'December 3, 2024', ...FLOOD, 'Reporting by the agency showed that more than 300 homes had been damaged by the water.'],
    published: '2024-12-03', headline: 'River bursts its banks in the lower town',
    keep: ['Reporting by the agency showed that more than 300 homes had been damaged by the water.'],
  },
  {
    name: 'negative: "Updated at dawn, the forecast …" stays',
    lines: ['River bursts its banks in the lower town', 'By Tess Okafor', 'December 3, 2024', ...FLOOD, 'Updated at dawn, the forecast now warns of a second crest on Friday.'],
    published: '2024-12-03', headline: 'River bursts its banks in the lower town',
    keep: ['Updated at dawn, the forecast now warns of a second crest on Friday.'],
  },
  {
    name: 'negative: a byline-like sentence "By the time rescuers arrived, …" stays',
    lines: ['River bursts its banks in the lower town', 'December 3, 2024', ...FLOOD, 'By the time rescuers arrived, the water had reached the first floor of the care home.'],
    published: '2024-12-03', headline: 'River bursts its banks in the lower town', byline: null,
    keep: ['By the time rescuers arrived, the water had reached the first floor of the care home.'],
  },
  // ---- third batch: briefs, readouts, transcripts, regional and Asian dailies, op-eds, legal news, newsletters ----
  {
    name: 'wire brief: URGENT slug and "More to follow"',
    lines: ['URGENT', 'Portugal orders checks on ageing bridges', 'LISBON, Dec 3 (Kestrel) - Portugal ordered safety checks on dozens of ageing road bridges on Tuesday.', 'More to follow.', '\u00a9 2024 Kestrel Wire'],
    outlet: 'Kestrel Wire', published: '2024-12-03', headline: 'Portugal orders checks on ageing bridges',
    furniture: ['URGENT', 'More to follow.'],
  },
  {
    name: 'wire brief: "BRIEF-" headline prefix and "(Kestrel) --" with period month',
    lines: ['BRIEF-Portugal orders checks on ageing bridges', 'LISBON, Dec. 3 (Kestrel) -- Portugal ordered safety checks on dozens of ageing road bridges on Tuesday.', 'Source text for Eikon:', 'Further company coverage:', '(Reporting by Rui Almada)', 'Copyright 2024 Kestrel Wire'],
    outlet: 'Kestrel Wire', published: '2024-12-03',
    furniture: ['Source text for Eikon:', 'Further company coverage:', '(Reporting by Rui Almada)'],
  },
  {
    name: 'ministry readout: issuer first, date line, title next',
    lines: ['Ministry of Foreign Affairs of Norland', 'Foreign Minister holds telephone talks with her Estrian counterpart', 'December 3, 2024', 'On December 3, Foreign Minister Ilse Varga held a telephone call with the Foreign Minister of Estria for about 30 minutes.', 'The two ministers agreed to keep in close contact on regional security.'],
    outlet: 'Ministry of Foreign Affairs of Norland', published: '2024-12-03', headline: 'Foreign Minister holds telephone talks with her Estrian counterpart',
  },
  {
    name: 'briefing transcript: speaker labels under a dated title',
    lines: ['Press Briefing by the Spokesperson, December 3, 2024', 'Ministry of Foreign Affairs of Norland', 'SPOKESPERSON: Good afternoon. I have one announcement today.', 'The Foreign Minister will visit Estria next week for talks on the border.', 'QUESTION: Will the minister raise the fishing dispute?', 'SPOKESPERSON: All issues of concern will be discussed.'],
    published: '2024-12-03',
  },
  {
    name: 'Japanese daily: "12:40 JST, December 12, 2024" and "The Yomikai Shimbun"',
    lines: ['The Yomikai Shimbun', 'Government to boost subsidies for regional rail lines', '12:40 JST, December 12, 2024', 'The government plans to raise subsidies for loss-making regional rail lines from next fiscal year, according to sources.', 'The measure aims to keep lines open in areas where the population is falling.'],
    outlet: 'The Yomikai Shimbun', published: '2024-12-12T12:40:00+09:00', headline: 'Government to boost subsidies for regional rail lines',
  },
  {
    name: 'Korean daily: "Posted : 2025-01-14 17:12 Updated : 2025-01-14 19:40" and reporter line',
    lines: ['Chipmaker picks coastal site for second plant', 'Posted : 2025-01-14 17:12 Updated : 2025-01-14 19:40', 'By Kim Ha-eun', ...CHIPS, 'Kim Ha-eun hekim@harbourtimes.co.kr', '\u24d2 The Harbour Times, All Rights Reserved'],
    outlet: 'The Harbour Times', published: '2025-01-14', headline: 'Chipmaker picks coastal site for second plant', byline: 'Kim Ha-eun',
    furniture: ['Kim Ha-eun hekim@harbourtimes.co.kr'],
  },
  {
    name: 'Korean daily: "[Newsmaker]" kicker in the headline',
    lines: ['[Newsmaker] Chipmaker picks coastal site for second plant', 'Published : Jan. 14, 2025 - 17:12', ...CHIPS],
    published: '2025-01-14',
  },
  {
    name: 'regional daily: print edition line and bureau byline',
    lines: ['Millbrook Gazette', 'Dam repairs to take all winter, board says', 'By Dana Whitfield, Millbrook Bureau', 'December 3, 2024', ...DAM, 'A version of this story appeared in the Dec. 4, 2024 print edition, page A3.'],
    outlet: 'Millbrook Gazette', published: '2024-12-03', headline: 'Dam repairs to take all winter, board says', byline: 'Dana Whitfield',
    furniture: ['A version of this story appeared in the Dec. 4, 2024 print edition, page A3.'],
  },
  {
    name: 'regional daily: "Posted Dec 3, 2024" and "Local News" section',
    lines: ['Local News', 'Dam repairs to take all winter, board says', 'Posted Dec 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam repairs to take all winter, board says',
    furniture: ['Local News'],
  },
  {
    name: 'op-ed: "Opinion |" kicker, bio line and © line',
    lines: ['Opinion | The dam crisis shows why we must fund repairs now', 'By Margot Ellery', 'December 3, 2024', 'Every winter we gamble that the old dams upstream will hold, and every winter the stakes rise.', 'The cracks found this week should end that gamble for good.', 'Margot Ellery is a civil engineer and a former member of the regional water board.', '\u00a9 2024 The Marlow Courier'],
    outlet: 'The Marlow Courier', published: '2024-12-03', byline: 'Margot Ellery',
    furniture: ['Margot Ellery is a civil engineer and a former member of the regional water board.'],
  },
  {
    name: 'legal news: court slug, author e-mail and stamp in brackets',
    lines: ['Courtline', 'Judge halts sale of the ferry company pending appeal', 'By Nadia Brenner', 'nbrenner@courtline.example.com', 'Courtline (December 3, 2024, 4:05 PM EST) -- A federal judge on Tuesday halted the sale of a ferry company until an appeals court rules on the case.', 'The buyer said it was disappointed and would comply.', '\u00a9 2024 Courtline, Inc. All rights reserved.'],
    outlet: 'Courtline', published: '2024-12-03', headline: 'Judge halts sale of the ferry company pending appeal',
  },
  {
    name: 'fact-check: claim and verdict box',
    lines: ['FactLens', 'No, the Alder Creek dam is not about to burst', 'December 3, 2024', 'What was claimed', 'A viral post says the dam will burst within days.', 'Our verdict', 'False. Engineers say the cracks are serious but the dam is not at risk of sudden failure.', 'Inspectors found cracks along the spillway last week, and the water board began lowering the reservoir.', 'Sources: Regional water board statement; interview with the chief engineer'],
    // A one-word brand alone over the headline names no outlet by design (page-variants.test.ts): no outlet checked.
    published: '2024-12-03', headline: 'No, the Alder Creek dam is not about to burst',
    furniture: ['What was claimed', 'Our verdict', 'Sources: Regional water board statement; interview with the chief engineer'],
  },
  {
    name: 'newsletter: greeting, several items, unsubscribe footer',
    lines: ['The Morning Ledger \u2014 Tuesday, December 3, 2024', 'Good morning. Here is what you need to know today.', 'Engineers began draining the reservoir behind the Alder Creek dam after inspectors found cracks along its spillway.', 'Train drivers on the northern lines stopped work at midnight in a dispute over shift patterns.', 'You are receiving this email because you signed up for The Morning Ledger.', 'Unsubscribe | Manage preferences'],
    published: '2024-12-03',
    furniture: ['You are receiving this email because you signed up for The Morning Ledger.', 'Unsubscribe | Manage preferences'],
  },
  {
    name: 'Q&A explainer: question subheads stay',
    lines: ['What the dam cracks mean for people downstream', 'By Dana Whitfield', 'December 3, 2024', 'What did the inspectors find?', 'They found cracks along the concrete spillway that carries overflow water around the dam.', 'Is anyone being evacuated?', 'No. Residents have been told to keep an emergency bag ready but not to leave.'],
    published: '2024-12-03', headline: 'What the dam cracks mean for people downstream',
    keep: ['What did the inspectors find?', 'Is anyone being evacuated?'],
  },
  {
    name: 'aggregator: cookie banner, sign-up and related links around the story',
    lines: ['We use cookies to improve your experience. Accept all', 'Dam repairs to take all winter, board says', 'December 3, 2024', ...DAM, 'Sign up for our daily newsletter', 'Enter your email', 'Related Articles', 'Spillway cracks: what we know', 'Water board meets in emergency session'],
    published: '2024-12-03', headline: 'Dam repairs to take all winter, board says',
    furniture: ['We use cookies to improve your experience. Accept all', 'Sign up for our daily newsletter', 'Enter your email', 'Related Articles', 'Spillway cracks: what we know'],
  },
  {
    name: 'broadcaster: "Updated 2 hours ago" under a dated "Published" line',
    lines: ['River bursts its banks in the lower town', 'Published 3 December 2024', 'Updated 2 hours ago', 'Image caption, Boats were used to reach people stranded upstairs', ...FLOOD, 'Media caption, Watch: the river rises through the lower town'],
    published: '2024-12-03', headline: 'River bursts its banks in the lower town',
    furniture: ['Updated 2 hours ago', 'Media caption, Watch: the river rises through the lower town'],
  },
  {
    name: 'press release: "SOURCE" line and dateline with year',
    lines: ['Harbour Freight Lines Announces New Ferry Rosters', 'PORT ALDER, Dec. 3, 2024 /Kestrel Newswire/ -- Harbour Freight Lines today announced new rosters for its island ferry crews after talks with the union.', 'The rosters take effect in January.', 'SOURCE Harbour Freight Lines'],
    outlet: 'Harbour Freight Lines', published: '2024-12-03', headline: 'Harbour Freight Lines Announces New Ferry Rosters',
    furniture: ['SOURCE Harbour Freight Lines'],
  },
  {
    name: 'live blog: "Key events" list and "Live" badge above the title',
    lines: ['LIVE', 'Rail strike: commuters stranded as drivers walk out', 'Updated 14 minutes ago', 'Key events', '1h ago Union says talks could resume', '3h ago First trains cancelled', 'Train drivers on the northern lines stopped work at midnight in a dispute over new shift patterns.', 'Commuters crowded onto replacement buses across the region.'],
    headline: 'Rail strike: commuters stranded as drivers walk out',
    furniture: ['LIVE', 'Updated 14 minutes ago', 'Key events', '1h ago Union says talks could resume'],
  },
  {
    name: 'negative: "More to come, the minister warned …" stays',
    lines: ['Rail strike leaves northern commuters stranded', 'By Priya Castellan', '3 December 2024', ...RAIL, 'More to come, the minister warned, if the two sides do not return to talks by Friday.'],
    published: '2024-12-03', headline: 'Rail strike leaves northern commuters stranded',
    keep: ['More to come, the minister warned, if the two sides do not return to talks by Friday.'],
  },
  {
    name: 'negative: a surname over the headline names no outlet',
    lines: ['McAllister', 'Dam repairs to take all winter, board says', 'December 3, 2024', ...DAM],
    outlet: null, published: '2024-12-03', headline: 'Dam repairs to take all winter, board says',
  },
  // ---- fourth batch: publication stamps in more spellings, under the headline (the day is what counts) ----
  {
    name: 'stamp: "Dec 3rd, 2024"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Dec 3rd, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "3rd December 2024"',
    lines: ['Dam cracks force a winter of repairs upstate', '3rd December 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "December 3rd 2024 at 9:00 am"',
    lines: ['Dam cracks force a winter of repairs upstate', 'December 3rd 2024 at 9:00 am', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "Published: 03.12.2024, 14:05"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Published: 03.12.2024, 14:05', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "Tuesday 3 December 2024 13:05, UK"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Tuesday 3 December 2024 13:05, UK', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "Last Updated: Tue, Dec 3, 2024 | 5:12 pm"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Last Updated: Tue, Dec 3, 2024 | 5:12 pm', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "First Published: Dec 03 2024 | 5:12 PM IST"',
    lines: ['Dam cracks force a winter of repairs upstate', 'First Published: Dec 03 2024 | 5:12 PM IST', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "2024.12.03 17:12"',
    lines: ['Dam cracks force a winter of repairs upstate', '2024.12.03 17:12', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "2024. 12. 3. 17:12"',
    lines: ['Dam cracks force a winter of repairs upstate', '2024. 12. 3. 17:12', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "Monday, 02 December 2024 - 10:35 PM WIB"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Monday, 02 December 2024 - 10:35 PM WIB', ...DAM],
    published: '2024-12-02', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "Dec 3, 2024 | Updated 9:00 am"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Dec 3, 2024 | Updated 9:00 am', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "Written by Dana Whitfield on 3rd December 2024"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Written by Dana Whitfield on 3rd December 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "Dana Whitfield · Tue 3 December 2024 · 4 min read"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Dana Whitfield · Tue 3 December 2024 · 4 min read', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "By Dana Whitfield Dec 3, 2024 Updated Dec 4, 2024"',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield Dec 3, 2024 Updated Dec 4, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "Published 3 Dec 2024 at 7:00am" in a British byline bar',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield | Published 3 Dec 2024 at 7:00am', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "December 3, 2024 — 5:12 PM"',
    lines: ['Dam cracks force a winter of repairs upstate', 'December 3, 2024 — 5:12 PM', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "Dec. 3, 2024 5:12 p.m. EST" with no comma',
    lines: ['Dam cracks force a winter of repairs upstate', 'Dec. 3, 2024 5:12 p.m. EST', ...DAM],
    published: '2024-12-03T17:12:00-05:00', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp: "12/3/2024 5:12 PM" with a US month first',
    lines: ['Dam cracks force a winter of repairs upstate', '12/3/2024 5:12 PM', ...DAM],
    headline: 'Dam cracks force a winter of repairs upstate',
  },
  // ---- fifth batch: dates on the page that are not its own ----
  {
    name: 'not the stamp: dated related links under a "5 hours ago" story',
    lines: ['River bursts its banks in the lower town', '5 hours ago', 'Share', ...FLOOD, 'Related', 'Flood defences delayed again', '28 November 2024', 'Council approves new pumping station', '14 October 2024'],
    published: null, headline: 'River bursts its banks in the lower town',
  },
  {
    name: 'not the stamp: a timeline subhead after the story',
    lines: ['River bursts its banks in the lower town', '5 hours ago', ...FLOOD, 'Timeline', 'March 3, 2023', 'The river last flooded the lower town after a week of storms.'],
    published: null, headline: 'River bursts its banks in the lower town',
  },
  {
    name: 'not the stamp: the site\u2019s date bar with "Today\u2019s Paper" above the real stamp',
    lines: ['Tuesday, December 10, 2024 | Today\u2019s Paper', 'River bursts its banks in the lower town', 'By Tess Okafor', 'December 3, 2024', ...FLOOD],
    published: '2024-12-03', headline: 'River bursts its banks in the lower town', byline: 'Tess Okafor',
  },
  {
    name: 'the stamp: alone at the foot, under a © line',
    lines: ['River bursts its banks in the lower town', 'By Tess Okafor', ...FLOOD, 'December 3, 2024', '\u00a9 2024 Northvale News. All rights reserved.'],
    published: '2024-12-03', headline: 'River bursts its banks in the lower town', outlet: 'Northvale News',
  },
  {
    name: 'the stamp: labelled at the foot under a related list',
    lines: ['River bursts its banks in the lower town', ...FLOOD, 'Related', 'Flood defences delayed again', '28 November 2024', 'First published on 3 December 2024'],
    published: '2024-12-03', headline: 'River bursts its banks in the lower town',
  },
  // ---- sixth batch: what stands over the headline, and credits with a lead-in ----
  {
    name: 'headline: a picture\u2019s caption and credit above it',
    lines: ['Workers inspect the spillway on Monday. Photo: Marlow Courier', 'Dam cracks force a winter of repairs upstate', 'December 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'headline: closed with a full stop, over its stamp',
    lines: ['Dam cracks force a winter of repairs upstate.', 'December 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate.',
  },
  {
    name: 'negative: a one-sentence lead with no stamp under it is no headline',
    lines: ['Dam cracks force a winter of repairs upstate', 'Engineers began draining the reservoir on Tuesday.', ...DAM],
    headline: 'Dam cracks force a winter of repairs upstate',
    keep: ['Engineers began draining the reservoir on Tuesday.'],
  },
  {
    name: 'headline: "BREAKING NEWS" banner and a tag line above it',
    lines: ['BREAKING NEWS', 'Water infrastructure', 'Dam cracks force a winter of repairs upstate', 'December 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'outlet: "From Kestrel Wire" credit under the headline',
    lines: ['Dam cracks force a winter of repairs upstate', 'From Kestrel Wire', 'December 3, 2024', ...DAM],
    outlet: 'Kestrel Wire', published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  // ---- seventh batch: outlets named by a byline or a reservation line ----
  {
    name: 'outlet: "Story by Kestrel Wire"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Story by Kestrel Wire', 'December 3, 2024', ...DAM],
    outlet: 'Kestrel Wire', published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'outlet: an editorial signed by the paper\u2019s board',
    lines: ['Opinion: Fund the dam repairs now', 'By The Marlow Courier Editorial Board', 'December 3, 2024', ...DAM],
    outlet: 'The Marlow Courier', published: '2024-12-03',
  },
  {
    name: 'outlet: "The Marlow Courier. All rights reserved." with no mark',
    lines: ['Dam cracks force a winter of repairs upstate', 'December 3, 2024', ...DAM, 'The Marlow Courier. All rights reserved.'],
    outlet: 'The Marlow Courier', published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['The Marlow Courier. All rights reserved.'],
  },
  {
    name: 'outlet and byline: "(Reporting by … for Kestrel Wire; editing by …)"',
    lines: ['Dam cracks force a winter of repairs upstate', 'December 3, 2024', ...DAM, '(Reporting by Anouk de Vries for Kestrel Wire; editing by Tom Hale)'],
    outlet: 'Kestrel Wire', published: '2024-12-03', byline: 'Anouk de Vries',
  },
  {
    name: 'negative: "Story by story, …" prose is no byline',
    lines: ['Dam cracks force a winter of repairs upstate', 'December 3, 2024', ...DAM, 'Story by story, the villagers told of nights spent listening to the water rise.'],
    byline: null, keep: ['Story by story, the villagers told of nights spent listening to the water rise.'],
  },
  // ---- eighth batch: stamps beside a name, an original-publication label, a reading time after a dash ----
  {
    name: 'stamp and byline: "Dana Whitfield - December 3, 2024"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Dana Whitfield - December 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate', byline: 'Dana Whitfield',
  },
  {
    name: 'stamp and byline: "December 3, 2024 by Dana Whitfield"',
    lines: ['Dam cracks force a winter of repairs upstate', 'December 3, 2024 by Dana Whitfield', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate', byline: 'Dana Whitfield',
  },
  {
    name: 'stamp and byline: "Last updated on … | Originally published …"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Last updated on December 4, 2024 | Originally published December 3, 2024', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'stamp and byline: "3 December 2024 — 5 min read"',
    lines: ['Dam cracks force a winter of repairs upstate', '3 December 2024 \u2014 5 min read', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'negative: a line naming a section and a day is no byline',
    lines: ['Dam cracks force a winter of repairs upstate', 'Local News - December 3, 2024', ...DAM],
    published: '2024-12-03', byline: null,
  },
  // ---- ninth batch: a page's foot of appeals, players and lists, and story lines that share their words ----
  {
    name: 'foot: support appeals, a player\u2019s length, an error link and a most-read list',
    lines: [
      'Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'December 3, 2024', ...DAM,
      'Listen \u00b7 5:12', 'Our journalism depends on your support. Please consider subscribing today.', 'Support independent local journalism',
      'Report an error', 'Have your say on this story in the comments below.', 'Thank you for reading. Subscribers make this reporting possible.',
      'This content is free to read thanks to our members.', 'Most read', '1. Mayor resigns after audit', '2. School closes early for holidays',
    ],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate', byline: 'Dana Whitfield',
    furniture: [
      'Listen \u00b7 5:12', 'Our journalism depends on your support. Please consider subscribing today.', 'Support independent local journalism',
      'Report an error', 'Have your say on this story in the comments below.', 'Thank you for reading. Subscribers make this reporting possible.',
      'This content is free to read thanks to our members.', '1. Mayor resigns after audit',
    ],
  },
  {
    name: 'negative: story lines that share a foot\u2019s words stay',
    lines: [
      'Dam cracks force a winter of repairs upstate', 'By Dana Whitfield', 'December 3, 2024', DAM[0]!,
      'Have your say at the public meeting on Thursday, the council urged residents in a letter.',
      'Local journalism depends on advertising, which has collapsed across the valley in a decade.',
      'Residents can report an error in their flood maps to the council online.', DAM[1]!,
    ],
    keep: [
      'Have your say at the public meeting on Thursday, the council urged residents in a letter.',
      'Local journalism depends on advertising, which has collapsed across the valley in a decade.',
      'Residents can report an error in their flood maps to the council online.',
    ],
  },
  // ---- tenth batch: stamps copied with their parts run together, bars set aside, correspondents' lines ----
  {
    name: 'stamp: "December 3, 20242:15 PM UTCUpdated 2 hours ago" run together',
    lines: ['EU ministers split over grain import quotas', 'By Anouk de Vries', 'December 3, 20242:15 PM UTCUpdated 2 hours ago', 'European farm ministers failed to agree on new limits for grain imports on Tuesday after a late-night meeting.', 'Several eastern members want tighter caps, while others fear higher feed prices for their farmers.'],
    published: '2024-12-03T14:15:00+00:00', byline: 'Anouk de Vries',
    furniture: ['December 3, 20242:15 PM UTCUpdated 2 hours ago'],
  },
  {
    name: 'stamp: in a blog\u2019s bar with a comment count, set aside as site controls',
    lines: ['Home', 'News', 'Sports', 'Dam cracks force a winter of repairs upstate', 'Posted by admin | December 3, 2024 | 0 comments', ...DAM],
    published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
  },
  {
    name: 'byline: a correspondent\u2019s "Name in Place" line',
    lines: ['Rail strike leaves northern commuters stranded', 'Drivers say the new rosters are unsafe', 'Priya Castellan in Leeds', 'Tue 3 Dec 2024 10.00 GMT', ...RAIL],
    published: '2024-12-03T10:00:00+00:00', headline: 'Rail strike leaves northern commuters stranded', byline: 'Priya Castellan',
  },
  {
    name: 'negative: a picture\u2019s label naming who it shows, over the stamp, is no byline',
    lines: ['Ministers agree to keep talking on the border', 'Foreign Minister Ilse Varga', '12:40 JST, December 12, 2024', 'Foreign Minister Ilse Varga spoke with her Estrian counterpart by phone on Wednesday and agreed to keep in close contact.', 'It was their first call since the border closed last month.'],
    published: '2024-12-12T12:40:00+09:00', byline: null,
  },
  // ---- eleventh batch: where and when in one line, a syndicate's initials ----
  {
    name: 'outlet and stamp: "Published in The Marlow Courier on December 3, 2024"',
    lines: ['Dam cracks force a winter of repairs upstate', 'Published in The Marlow Courier on December 3, 2024', ...DAM],
    outlet: 'The Marlow Courier', published: '2024-12-03', headline: 'Dam cracks force a winter of repairs upstate',
    furniture: ['Published in The Marlow Courier on December 3, 2024'],
  },
  {
    name: 'outlet and byline: "By Dana Whitfield, The Marlow Courier (TNS)"',
    lines: ['Dam cracks force a winter of repairs upstate', 'By Dana Whitfield, The Marlow Courier (TNS)', 'December 3, 2024', ...DAM],
    outlet: 'The Marlow Courier', published: '2024-12-03', byline: 'Dana Whitfield',
  },
  {
    name: 'negative: "Published in Nature on …" cites a journal, names no outlet',
    lines: ['Coral study finds reefs recover faster than thought', 'By Dana Whitfield', 'December 3, 2024', 'Reefs damaged by heat can recover within a decade, a new study has found.', 'The researchers surveyed more than 200 reefs across the Pacific over twenty years.', 'Published in Nature on March 3, 2024'],
    outlet: null, published: '2024-12-03',
  },
];

export const HEADER_CASES: readonly HeaderCase[] = cases;

/** What a page got wrong, in words; empty when it reads as the case says. */
export function check(probe: HeaderCase, article: Article): string[] {
  const wrong: string[] = [];
  if (probe.outlet !== undefined) {
    const got = article.metadata.outlet.value;
    if (probe.outlet === null ? got !== null : got === null || fold(got) !== fold(probe.outlet)) wrong.push(`outlet ${JSON.stringify(got)} ≠ ${JSON.stringify(probe.outlet)}`);
  }
  if (probe.published !== undefined) {
    const got = article.publishedAt;
    if (probe.published === null ? got !== null : !got?.startsWith(probe.published)) wrong.push(`published ${JSON.stringify(got)} ≠ ${JSON.stringify(probe.published)}`);
  }
  if (probe.headline !== undefined && article.headline !== probe.headline) wrong.push(`headline ${JSON.stringify(article.headline)} ≠ ${JSON.stringify(probe.headline)}`);
  if (probe.byline !== undefined) {
    const got = article.byline;
    if (probe.byline === null ? got !== null : !got || !fold(got).includes(fold(probe.byline))) wrong.push(`byline ${JSON.stringify(got)} ≠ ${JSON.stringify(probe.byline)}`);
  }
  for (const line of probe.furniture ?? []) {
    const leaks = leaksOf(article, line);
    if (leaks.length > 0) wrong.push(`leak "${line}" → ${JSON.stringify(leaks)}`);
  }
  for (const line of probe.keep ?? []) {
    // The story's words: body, or a caption or subhead before the first paragraph (a Q&A's first question).
    const kept = article.sentences.filter((sentence) => sentence.kind === 'body' || sentence.kind === 'caption').map((sentence) => fold(sentence.text)).join(' ');
    if (!kept.includes(fold(line))) wrong.push(`lost "${line}"`);
  }
  return wrong;
}
