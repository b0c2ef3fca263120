import type { RemovedLine } from '../../lib/corpus/schema';
import {
  copyrightHolderOf,
  endsLikeSentence,
  hasUiVocabulary,
  headlineEchoedByStory,
  isBareTimestamp,
  isBreadcrumb,
  isBulletOnly,
  isByline,
  isAboutHeading,
  isCaption,
  isContactHeader,
  isContactNote,
  isCopyrightNotice,
  isControlBar,
  isCommentsHeading,
  isContactDetail,
  isCorrectionNote,
  isCounterWidget,
  isCreditLine,
  isDateline,
  isDisclaimer,
  isEndMark,
  isFilingHeader,
  isFilingSignature,
  isStageDirection,
  stripMarkers,
  isFilingPlace,
  isItemMetaBar,
  isShareRow,
  shortHeadlineAt,
  isShortHeadline,
  isMastheadName,
  hasOutletNoun,
  isSignedChange,
  isGreeting,
  isProductionCredit,
  isStaffBiography,
  isTickerWidget,
  isTranslationNote,
  isHeadlineShaped,
  isKeyEventLink,
  isLabelValue,
  isLinkToOtherArticle,
  isListHeader,
  isMailHeader,
  isMediaWidget,
  isMediaLabelled,
  isMediaTitle,
  isSponsorLabel,
  isAdvertiserCopy,
  isClipLength,
  isPageClock,
  isPageControl,
  isPhotoCredit,
  isPictureLabel,
  isPicturedCaption,
  isProvenanceNote,
  isProse,
  isReaderPrompt,
  isSectionLabel,
  isSectionSlug,
  isSitePrompt,
  isSpacedMenu,
  isTagline,
  isTagRow,
  isIssuerLineOver,
  isWireSlug,
  pageNoteReason,
  wordCount,
  words,
} from '../line-shape';
import type { ArticleContext, Line, Sifted, Stage } from '../types';
import { escapeRegExp } from '../text/tokens';
import { MONTH_NAMES } from '../text/days';

/**
 * Remove page furniture and keep it on record. Decided by line shape and
 * position, never by a list of one site's strings:
 * 1. blank lines;
 * 2. link lists: runs of items separated by bare list markers ("-"), with
 *    their header (popular articles, rankings), and the short lines under a
 *    list header ("Read next", "More on this story", "Most viewed");
 * 3. widgets anywhere: breadcrumbs and menu bars, "Label:Value", counters "Comment (0)",
 *    bare timestamps, reading times ("4 min read", "Updated 2 hours ago"),
 *    links to other articles ("Related: …"), the site addressing its reader
 *    (cookie banners, sign-up prompts), © notices, correction notes, picture
 *    credits, media players, live-blog key-event links, and very short lines of
 *    site vocabulary;
 * 4. everything outside the article's core — before its first real paragraph
 *    unless it can be a headline, dateline, caption or byline (a masthead in
 *    capitals or a short line addressing the reader cannot); after its last
 *    real paragraph unless it is a byline or credit.
 */
/** "THE TIDE LETTER", "The Harbour Letter": a short name line, every word capitalised, that a tagline may stand under. */
const MASTHEAD_NAME = /^(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|on)(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|on)){0,4}$/u;

export const removeFurniture: Stage<ArticleContext, Line[], Sifted> = (_context, lines) => {
  const verdicts = new Map<number, RemovedLine>();
  const remove = (line: Line, kind: RemovedLine['kind'], reason: string) => {
    if (!verdicts.has(line.line)) verdicts.set(line.line, { kind, text: line.text, line: line.line, reason });
  };

  for (const line of lines) if (line.folded === '') remove(line, 'blank', 'empty line');

  const nonBlank = lines.filter((line) => line.folded !== '');
  for (const run of findLinkListRuns(nonBlank)) {
    for (const line of run) remove(line, 'link-list', 'list of other articles\u2019 headlines');
  }
  for (const { header, items } of findHeadedLists(nonBlank)) {
    remove(header, 'link-list', 'header of a list of links to other pages');
    for (const line of items) remove(line, 'link-list', `link to another page, listed under \u201c${header.folded}\u201d`);
  }

  for (const line of liveEntryHeads(nonBlank)) remove(line, 'furniture', 'heading of a live page\u2019s entry, beside its time stamp');

  for (const line of tickerBlocks(nonBlank)) remove(line, 'furniture', 'weather or market ticker of the host page');

  for (const line of safeHarbour(nonBlank)) remove(line, 'furniture', 'the issuer\u2019s legal boilerplate on forward-looking statements');

  for (const line of runningHeads(nonBlank)) remove(line, 'furniture', 'running head or foot beside a page break of a document copied from print');

  for (const line of pressReleaseFoot(nonBlank)) remove(line, 'furniture', 'the issuer\u2019s boilerplate or press contact at the foot of a press release');

  const media = mediaPromos(nonBlank, copyrightHolders(nonBlank));
  for (const line of media.promos) remove(line, 'furniture', isClipLength(line.folded) ? 'length of a promoted clip' : 'promo for a video or audio clip (its label, then its title)');

  // "Minister flies home" over a story that tells it: the headline, though a menu uses its site word ("home").
  const echoedHeadline = nonBlank[0] && headlineEchoedByStory(nonBlank[0].folded, nonBlank.filter((line) => isProse(line.folded)).slice(0, 3).map((line) => line.folded)) ? nonBlank[0] : null;
  const heads = digestHeads(nonBlank);
  for (const line of nonBlank) {
    const reason =
      isSpacedMenu(line.text) && !isByline(line.folded) ? 'menu, tag or share bar (items set apart by spaces)' :
      heads.has(line) ? 'numbered section head in capitals (a digest\u2019s label for its item)' :
      widgetReason(line.folded);
    if (reason && line !== echoedHeadline && line !== media.title) remove(line, 'furniture', reason);
  }

  // The site's own name and the writers' names: a closing line that describes either is boilerplate, not story.
  const holders = copyrightHolders(nonBlank);
  // The names a page calls itself by: its © holders, and a letter's name in its own foot ("Subscribe to The Morning Pitch").
  const ownNames = [...holders, ...letterNames(nonBlank)];
  const first = nonBlank[0]?.folded ?? '';
  // A page's first line that is a bare name ("Factwise") names the site too, though it cannot vouch for itself as a masthead.
  const sites = [...(isBareName(first) ? [...holders, fold(first)] : holders), ...bylineBarSites(nonBlank)];
  const writers = writerNames(nonBlank);
  for (const line of nonBlank) {
    if (opensWithNameThatIs(line.folded, sites)) remove(line, 'furniture', 'the site describing itself');
    else if (opensWithNameThatIs(line.folded, writers)) remove(line, 'furniture', 'the writer\u2019s biography');
  }

  for (const line of commentSection(nonBlank)) remove(line, 'furniture', 'readers\u2019 comments under the story');

  for (const line of providedByNames(nonBlank)) remove(line, 'furniture', 'the issuer or sponsor a wire page names under its \u201cprovided by\u201d label');

  // "TODAY'S SPONSOR" over "Drywell Boots: keep your feet dry … Use code TIDE.": the line directly under a sponsor
  // block's label that pitches to the reader is the advertiser's copy. A story's paragraph under such a label reports.
  nonBlank.forEach((line, index) => {
    const copy = nonBlank[index + 1];
    if (isSponsorLabel(line.folded) && copy && isAdvertiserCopy(copy.folded)) {
      remove(copy, 'furniture', 'an advertiser\u2019s copy under the sponsor\u2019s label');
    }
  });

  for (const line of signUpBlurbs(nonBlank)) remove(line, 'furniture', 'the blurb of a newsletter sign-up box (between its prompt and its button)');

  const candidates = nonBlank.filter((line) => !verdicts.has(line.line));
  // A staff writer's biography ("Jane Park is a reporter at the Herald.") ends the page only after the story: it
  // anchors nothing, so it falls past the last paragraph. In the body the same shape is news ("… was a veteran
  // correspondent for the Ledger.") and stays.
  const isAnchorProse = (line: Line) =>
    isProse(line.folded) && !isSitePrompt(line.folded) && !isCaption(line.folded) && !isStaffBiography(line.folded);
  const firstProse = candidates.findIndex(isAnchorProse);
  let lastProse = findLastIndex(candidates, isAnchorProse);
  // Key points ("* The report does not name a cause") and short closing sentences ("He is appealing.")
  // straight after the last paragraph still belong to the story.
  while (lastProse >= 0 && isStoryTail(candidates[lastProse + 1]?.folded ?? '')) lastProse++;
  // A caption or a subhead between paragraphs, then the story's closing sentence ending the page ("Police watch the
  // pickets. (Photo: …)" or "Next round of talks — March 20", then "Envoys will meet in Geneva."): both are story.
  for (;;) {
    const [bridge, tail] = [candidates[lastProse + 1], candidates[lastProse + 2]];
    const pageEnds = candidates.slice(lastProse + 3).every((line) => isSignature(line.folded));
    if (lastProse < 0 || !bridge || !tail || !pageEnds || !(isCaption(bridge.folded) || isSubhead(bridge.folded)) || !isStoryTail(tail.folded)) break;
    lastProse += 2;
    while (isStoryTail(candidates[lastProse + 1]?.folded ?? '')) lastProse++;
  }

  for (const line of titleRuns(candidates, firstProse, lastProse)) remove(line, 'link-list', 'run of other stories\u2019 titles between paragraphs');

  // "Channel 6 Harbor City" over "Watch Live  |  Weather  |  Traffic": the page's first line, a bare name set over the
  // site's menu, is its masthead. A story's title may sit over a share row ("Share   X   Email"), never over the menu.
  const topName = nonBlank[0];
  // The menu may be a bar of pipes or dots, a breadcrumb, or a lone "Menu" button as well as spaced items.
  const menu = nonBlank[1];
  const isMenu =
    menu !== undefined &&
    ((isSpacedMenu(menu.text) && !isShareRow(menu.folded)) || isBreadcrumb(menu.folded) || isControlBar(menu.folded) || /^(?:[☰≡]\s*)?(?:menu|search|sections|navigation|open menu|main menu)$/i.test(menu.folded.trim()));
  const mastheadOverMenu = topName && isMenu && isNameOnly(topName.folded) ? topName : null;

  let headlineSeen = false;
  // "Kovac wins" over the story, on a page with no longer title: the headline, though short as a menu's item.
  const shortHeadline = shortHeadlineAt(candidates.map((line) => line.folded), firstProse);
  candidates.forEach((line, index) => {
    const text = line.folded;
    if (firstProse === -1) return; // no recognisable article: keep everything, classification decides
    // "THE VALLEY BRIEFING": short and in capitals as a headline may be, but the letter's own name, as its foot gives it.
    if (index === shortHeadline && !namesSite(text, ownNames)) {
      headlineSeen = true;
      return;
    }
    if (index < firstProse) {
      const seenBefore = headlineSeen;
      if (isHeadlineShaped(text) && !isSignature(text)) headlineSeen = true;
      // "Harbour Authority" opening a release: the body that issues it, which classification reads as the credit.
      const keepable = isSignature(text) || isDateline(text) || isCaption(text) || wordCount(text) >= 3 || isQuotation(text) || (index === 0 && isIssuerLineOver(text, candidates[1]?.folded));
      // A short sentence ("He declined to comment.") is the story's, though it uses a site word.
      if (line === echoedHeadline) {
        headlineSeen = true;
      } else if (!keepable || (hasUiVocabulary(text) && wordCount(text) <= 4 && !isShortSentence(text))) {
        remove(line, 'furniture', 'short line before the article starts (site chrome)');
      } else if (isSectionSlug(text) && !isByline(text)) {
        // "Local News" reads like an outlet's credit, but names a section of one.
        remove(line, 'furniture', 'section label before the article starts');
      } else if (isAlertBanner(text) && candidates.slice(index + 1, firstProse).some((next) => isHeadlineShaped(next.folded) && !isSignature(next.folded) && !isDateline(next.folded))) {
        // "Weather Alert: Heat advisory until 8 PM" above the story's own title: the site's banner, not the headline.
        remove(line, 'furniture', 'the site\u2019s alert banner above the story');
      } else if (line === mastheadOverMenu && candidates.slice(index + 1, firstProse).some((next) => isHeadlineShaped(next.folded) && !isSignature(next.folded) && !isDateline(next.folded))) {
        remove(line, 'furniture', 'masthead: the site\u2019s name over its menu');
      } else if (
        isTagline(text) &&
        // A tagline under the masthead's name, or above the story's own title; alone at the top it is the page's title
        // ("Our weekly guide to the harbour: what changed"), and removing it would leave the page untitled.
        (candidates.slice(0, index).some((previous) => MASTHEAD_NAME.test(previous.folded.trim())) || candidates.slice(index + 1, firstProse).some((next) => isHeadlineShaped(next.folded) && !isSignature(next.folded) && !isDateline(next.folded) && !isTagline(next.folded)))
      ) {
        remove(line, 'furniture', 'the masthead\u2019s tagline before the article starts');
      } else if (isShoutedLabel(text) && !isCreditLine(text)) {
        // "THE TOKYO CHRONICLE", "WORLD NEWS": a masthead or section label; a headline in capitals runs longer.
        remove(line, 'furniture', 'masthead or section label in capitals before the article starts');
      } else if (!isSignature(text) && namesSite(text, ownNames)) {
        remove(line, 'furniture', namesSite(text, holders) ? 'masthead: the site\u2019s own name, as its \u00a9 line gives it' : 'masthead: the letter\u2019s own name, as its foot gives it');
      } else if ((wordCount(text) <= 4 && /\b(you|your)\b/i.test(text)) || (seenBefore && /^(you|your)\b/i.test(text) && !isProse(text))) {
        // "Here's how you know", or under the headline "Your morning read on Korea": the site talking to its reader.
        remove(line, 'furniture', 'short line addressing the reader before the article starts');
      }
    } else if (index > lastProse && !isSignature(text) && !isPicturedCaption(text) && !isEventDetail(text)) {
      // A picture's caption may close the story ("PICTURED: …"): its words are the story's, like any caption.
      remove(line, 'furniture', isStaffBiography(text) ? 'the writer\u2019s biography, after the story' : 'after the end of the article (site chrome)');
    } else if (wordCount(text) <= 4 && hasUiVocabulary(text) && !isShortSentence(text)) {
      // Four words or fewer is never prose (isProse needs eight): a widget inside the page.
      remove(line, 'furniture', 'site widget inside the page');
    } else if (wordCount(text) === 1 && !/[\d.?!:;,"\u201d\u2019)]/u.test(text) && !isSignature(text)) {
      // "Weather", "Markets", "Advertisement" between paragraphs: one word and no sentence, a label of the page's
      // sections or widgets. A story's subhead says more ("Pay and pensions").
      remove(line, 'furniture', 'one-word label inside the page');
    }
  });

  return {
    kept: lines.filter((line) => !verdicts.has(line.line)),
    removed: [...verdicts.values()].sort((a, b) => a.line - b.line),
  };
};

/**
 * A live page ("23:35 JST / 14:35 GMT" over "Fire rages in the old town" over the entry's report) whose key-events
 * box at the top lists the entry's title word for word: the title under the stamp is then that box's anchor, a
 * repeated label; the report under it says the news. An entry title the page does not repeat may be the entry's only
 * statement of the news ("Airline resumes flights"), and stays. Only on a page of at least three stamps, and only a
 * title-shaped line with a paragraph under it.
 */
function liveEntryHeads(lines: Line[]): Line[] {
  if (lines.filter((line) => isBareTimestamp(line.folded)).length < 3) return [];
  const heads: Line[] = [];
  lines.forEach((line, index) => {
    const [head, report] = [lines[index + 1], lines[index + 2]];
    if (!isBareTimestamp(line.folded) || !head || !report) return;
    const title = head.folded;
    if (isBareTimestamp(title) || endsLikeSentence(title) || /[.,;:]$/.test(title) || wordCount(title) < 2 || wordCount(title) > 12 || !/^[\p{Lu}'‘"“]/u.test(title)) return;
    const repeated = lines.slice(0, index).some((earlier) => earlier.folded === title);
    if (repeated && isProse(report.folded) && !isBareTimestamp(report.folded)) heads.push(head);
  });
  // "Coast Road Reopens" over "16:40 GMT" over the report: the entry's label, set in the title case of the page's own
  // labels, above its stamp, when the report under the stamp tells the same news. A title in a sentence's case stays,
  // as does one the report does not tell ("Three People Killed In Landslide" over a report of buried homes).
  lines.forEach((line, index) => {
    const [stamp, report] = [lines[index + 1], lines[index + 2]];
    if (!stamp || !report || !isBareTimestamp(stamp.folded) || isBareTimestamp(line.folded) || !isProse(report.folded)) return;
    if (isTitleCaseLabel(line.folded) && toldBy(line.folded, report.folded)) heads.push(line);
  });
  return heads;
}

/**
 * Whether a report tells an entry label's news: each count ("Three", "40") and each word with a verb's or a plural's
 * ending ("Killed", "Reopens", "Homes") is said again in it, and so are at least half the label's words of four letters or more
 * ("Power Back for Most Homes" over "… power had been restored to 40,000 of the 52,000 homes …").
 */
function toldBy(label: string, report: string): boolean {
  const stem = (word: string) => word.toLowerCase().replace(/(?:ing|ed|es|s)$/, '').slice(0, 5);
  const reportWords = report.toLowerCase().split(/[^\p{L}\d]+/u).filter((word) => word !== '');
  const said = (word: string) => {
    const lower = word.toLowerCase();
    const digits = NUMBER_WORDS.indexOf(lower);
    if (/^\d/.test(lower) || digits !== -1) return reportWords.some((other) => other === lower || (digits !== -1 && digits <= 12 && other === String(digits)));
    const root = stem(word).length >= 3 ? stem(word) : lower;
    return reportWords.some((other) => other.startsWith(root));
  };
  const tokens = label.split(/[^\p{L}\d'’-]+/u).filter((token) => token !== '');
  const counts = tokens.filter((token) => /^\d/.test(token) || NUMBER_WORDS.includes(token.toLowerCase()));
  const inflected = tokens.filter((token) => /^\p{L}{4,}$/u.test(token) && /(?:ed|ing|[^s]s)$/i.test(token) && !NUMBER_WORDS.includes(token.toLowerCase()));
  const long = tokens.filter((token) => /^\p{L}{4,}$/u.test(token));
  return counts.every(said) && inflected.every(said) && long.filter(said).length * 2 >= long.length;
}

/** Counts spelt out, up to twelve at the index of their value ("three" → 3). */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'hundreds', 'thousands', 'millions'];

/** "Coast Road Reopens", "Power Back for Most Homes": two to eight words, each of four letters or more capitalised. */
function isTitleCaseLabel(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 8 || endsLikeSentence(text) || /[.,;:]$/.test(text)) return false;
  const long = tokens.filter((token) => /^[\p{L}'’-]{4,}$/u.test(token));
  return long.length >= 2 && long.every((token) => /^\p{Lu}/u.test(token)) && tokens.some((token) => /^\p{Lu}\p{Ll}/u.test(token));
}

/**
 * A clip's promo: "Watch: …", "VIDEO | …" over its length ("2:41"), between paragraphs or over the story's title. It is
 * furniture when short (a player's label), when its length stands under it, or when it is no sentence; "Watch: the
 * inspectors will check …, the operator said." is a sentence and stays. A video page's own title is such a line too:
 * the labelled line before the first paragraph with no longer title before it and no title after it is the page's
 * title (the headline), and stays, as does the first clip length under it (a bare time, removed anyway).
 */
function mediaPromos(lines: Line[], sites: readonly string[]): { promos: Line[]; title: Line | null } {
  const firstProse = lines.findIndex((line) => isProse(line.folded));
  const isTitle = (line: Line) => isHeadlineShaped(line.folded) && !isSignature(line.folded) && !isDateline(line.folded) && !isSpacedMenu(line.text);
  // A masthead ("Channel 9 Lakes": a channel's number, a paper's noun, the © line's name) may stand above a video
  // page's title; a story's title may not, short ("Floods Hit Lakeside") or long.
  const isStoryTitle = (line: Line) =>
    (isTitle(line) && (wordCount(line.folded) >= 5 || !isNameOnly(line.folded))) ||
    (!isSignature(line.folded) && !isDateline(line.folded) && !isSpacedMenu(line.text) && !hasUiVocabulary(line.folded) && !isSectionSlug(line.folded) && (isShortHeadline(line.folded) || isNameOnly(line.folded)) && !isSiteNameShaped(line.folded, sites));
  const title =
    lines.find(
      (line, index) =>
        index < firstProse &&
        isMediaTitle(line.folded) &&
        !lines.slice(0, index).some(isStoryTitle) &&
        !lines.slice(index + 1, firstProse).some((later) => isTitle(later) && !isMediaLabelled(later.folded)),
    ) ?? null;
  const promos: Line[] = [];
  lines.forEach((line, index) => {
    // "Listen – the sirens are back, and nobody knows why." is a sentence, not a clip's label over its title.
    if (line === title || !isMediaTitle(line.folded)) return;
    const next = lines[index + 1];
    const clip = next !== undefined && isClipLength(next.folded);
    if (wordCount(line.folded) <= 12 || clip || !endsLikeSentence(line.folded)) {
      // A player's label ("Video: Briefing (01:42)") keeps the widget's own reason.
      if (!isMediaWidget(line.folded)) promos.push(line);
      if (clip) promos.push(next);
    }
  });
  return { promos, title };
}

/**
 * A press release (it has an end mark "###" or says "For immediate release") closes with the issuer's
 * boilerplate under an "About …" heading and a contact block ("Contact:", a name, a number). Both are the
 * issuer describing itself, not the news: from the "About …" heading to the end mark or the end of the page,
 * and the short lines under a contact heading.
 */
function pressReleaseFoot(lines: Line[]): Line[] {
  if (!lines.some((line) => isEndMark(line.folded) || /^for immediate release\b/i.test(line.folded))) return [];
  const foot: Line[] = [];
  // After the story's first paragraph: an "About Us" link in the menu above the story heads no boilerplate.
  const firstProse = lines.findIndex((line) => isProse(line.folded));
  const about = firstProse === -1 ? -1 : lines.findIndex((line, index) => index > firstProse && isAboutHeading(line.folded));
  if (about !== -1) {
    const heading = lines[about]!;
    const block: Line[] = [heading];
    for (const line of lines.slice(about + 1)) {
      if (isEndMark(line.folded) || isContactHeader(line.folded)) break;
      block.push(line);
    }
    // Boilerplate describes the issuer the heading names ("About the Harbour Authority" / "The Harbour Authority
    // runs …") and closes the release. A subhead in the body ("About the Program" / "The program will add 40
    // trains") is followed by news in other words, or by more of the release.
    const nameWords = heading.folded.replace(/^About\s+/u, '').split(/\s+/).filter((word) => /^[\p{Lu}\d][\p{L}\d&.'’-]+$/u.test(word));
    const describesIssuer = nameWords.some((word) => new RegExp(`(?<![\\p{L}])${escapeRegExp(word.replace(/[:.]$/, ''))}(?![\\p{L}])`, 'u').test(block[1]?.folded ?? ''));
    if (describesIssuer && block.length <= 4) foot.push(...block);
  }
  // "Notes to editors" (or "Editor's notes") after the story: the issuer's background for journalists, to the page's end.
  const notes = firstProse === -1 ? -1 : lines.findIndex((line, index) => index > firstProse && /^(?:notes?\s+(?:to|for)\s+editors?|editor['\u2019]?s['\u2019]?\s+notes?)\s*:?$/i.test(stripMarkers(line.folded).trim()));
  if (notes !== -1) foot.push(...lines.slice(notes));
  lines.forEach((line, index) => {
    if (!isContactHeader(line.folded)) return;
    foot.push(line);
    for (const next of lines.slice(index + 1, index + 7)) {
      if (isEndMark(next.folded) || isProse(next.folded)) break;
      foot.push(next);
    }
  });
  return foot;
}

/**
 * A wire page's label on a line of its own ("NEWS PROVIDED BY", "Distributed by:", "Sponsored by") and, on the next
 * line, the name it labels ("Harbour Freight Lines, Inc."): the page's credit for whose release it carries, not a
 * line of the release. A writer's "Written by" heads a byline, which classification reads, and is not one of these.
 */
const PROVIDED_BY = /^(?:news\s+|content\s+|release\s+)?(?:provided|distributed|issued|sponsored|presented|supplied|paid for)\s+by\s*:?$/i;

function providedByNames(lines: Line[]): Line[] {
  const found: Line[] = [];
  lines.forEach((line, index) => {
    const name = lines[index + 1];
    if (!name || !PROVIDED_BY.test(stripMarkers(line.folded).trim())) return;
    const text = name.folded;
    if (wordCount(text) > 8 || isProse(text) || isDateline(text) || /[.!?]["'\u201d\u2019)]*$/u.test(text.replace(/\b(?:Inc|Ltd|Co|Corp|Plc|S\.A|N\.V|L\.P)\.$/i, ''))) return;
    found.push(line, name);
  });
  return found;
}

/**
 * A newsletter box: its prompt ("Get the Weekly Wire in your inbox"), a line saying what the letter brings ("The
 * week's strikes and settlements, every Friday."), and its button ("Sign up"). The middle line reads like a short
 * sentence; the prompt above it and the button below it tell it is the box's. A story's closing sentence has no
 * sign-up prompt just above it.
 */
function signUpBlurbs(lines: Line[]): Line[] {
  const found: Line[] = [];
  lines.forEach((line, index) => {
    const prompt = lines[index - 1]?.folded ?? '';
    const button = lines[index + 1]?.folded ?? '';
    if (!isReaderPrompt(prompt) || !/\b(?:inbox|newsletters?|sign[- ]?up|subscribe|e-?mails?)\b/i.test(prompt)) return;
    if (!isReaderPrompt(button) || wordCount(button) > 4 || endsLikeSentence(button)) return;
    if (isReaderPrompt(line.folded) || wordCount(line.folded) > 25 || isQuotation(line.folded)) return;
    found.push(line);
  });
  return found;
}

/**
 * A company release's legal boilerplate: a heading ("Forward-Looking Statements", "Cautionary Note Regarding
 * Forward-Looking Statements", "Safe Harbor Statement") after the story has begun, whose next paragraph speaks of
 * forward-looking statements. It runs to the end of the page, or to an end mark, a contact block or an "About …".
 */
function safeHarbour(lines: Line[]): Line[] {
  const firstProse = lines.findIndex((line) => isProse(line.folded));
  if (firstProse === -1) return [];
  const heading = lines.findIndex(
    (line, index) =>
      index > firstProse && wordCount(line.folded) <= 8 && !endsLikeSentence(line.folded) &&
      /^(?:(?:cautionary|important) (?:note|statement|information)s? (?:regarding|concerning|about|on) )?(?:forward[- ]looking (?:statements?|information)|safe harbou?r(?: statement)?)\s*:?$/i.test(stripMarkers(line.folded).trim()),
  );
  if (heading === -1 || !/forward[- ]looking/i.test(lines[heading + 1]?.folded ?? '')) return [];
  const block: Line[] = [];
  for (const line of lines.slice(heading)) {
    if (block.length > 0 && (isEndMark(line.folded) || isContactHeader(line.folded) || isAboutHeading(line.folded))) break;
    block.push(line);
  }
  return block;
}

/**
 * A market widget laid out one value a line: "S&P 500" / "5,505.00" / "▼0.8%". The signed change alone is the
 * widget's; the level just above it (a number alone) and the short name above that belong with it.
 */
function tickerBlocks(lines: Line[]): Line[] {
  const found: Line[] = [];
  lines.forEach((line, index) => {
    if (!isSignedChange(line.folded)) return;
    found.push(line);
    const level = lines[index - 1];
    if (!level || !/^[$€£¥]?\d{1,3}(?:,\d{3})*(?:\.\d{1,4})?$/u.test(level.folded.trim())) return;
    found.push(level);
    const name = lines[index - 2];
    if (name && wordCount(name.folded) <= 4 && !endsLikeSentence(name.folded) && !/[,;:]$/.test(name.folded)) found.push(name);
  });
  return found;
}

/**
 * Readers' comments: from a comment section's heading ("12 Comments", "Join the conversation") after the story
 * has begun, to the end of the page. Readers write prose too, so the heading and the buttons under each comment
 * ("Reply", "Reply · Like · 3h") tell; a counter left between paragraphs ("Comments (48)") heads no section: no
 * reply button follows it, and more of the story does than came before.
 */
function commentSection(lines: Line[]): Line[] {
  const firstProse = lines.findIndex((line) => isProse(line.folded));
  if (firstProse === -1) return [];
  const heading = lines.findIndex((line, index) => index > firstProse && isCommentsHeading(line.folded));
  if (heading === -1) return [];
  const proseIn = (part: Line[]) => part.filter((line) => isProse(line.folded)).length;
  const section = lines.slice(heading);
  // Under each comment its buttons; in a comment form its fields ("Name *") and its own buttons ("Post Comment").
  const replies = section.some((line) => /^(reply|like|report|flag|upvote|recommend|cancel reply|post comment|submit comment|(name|e-?mail|comment)\s*\*)(?![\p{L}])/iu.test(line.folded) && wordCount(line.folded) <= 6 && !endsLikeSentence(line.folded));
  return replies && proseIn(section) < proseIn(lines.slice(0, heading)) ? section : [];
}

/**
 * Other stories' titles between two paragraphs, with no header ("Ferry Operator Cuts Winter Timetable" /
 * "City Council Approves New Cycle Lanes"): two or more title-case lines in a row. A story's own subhead stands
 * alone above its paragraphs, and a list of its own (ships, terminals) follows a lead-in that ends with a colon.
 */
function titleRuns(lines: Line[], firstProse: number, lastProse: number): Line[] {
  const found: Line[] = [];
  let run: Line[] = [];
  const flush = (leadIn: Line | undefined) => {
    if (run.length >= 2 && !/[:：]$/u.test(leadIn?.folded ?? '')) found.push(...run);
    run = [];
  };
  for (let index = firstProse + 1; index < lastProse; index++) {
    const line = lines[index]!;
    if (isLinkTitle(line.folded)) {
      run.push(line);
      continue;
    }
    flush(lines[index - run.length - 1]);
  }
  flush(lines[lastProse - run.length - 1]);
  return found;
}

/** Another story's title as a link gives it: four to fourteen words, title case, no sentence's full stop. */
function isLinkTitle(text: string): boolean {
  const count = wordCount(text);
  return (
    count >= 4 && count <= 14 && !/[.!,;:]["'”’)]*$/u.test(text) && isShortTitle(text) &&
    !isDateline(text) && !isSignature(text) && !isCaption(text) && !isResultRow(text)
  );
}

/** "Harbour United 2 Eastfield Rovers 1", "Millbrook 0-3 Northgate": a results table's row, two sides and their scores. */
function isResultRow(text: string): boolean {
  const side = "\\p{Lu}[\\p{L}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}'’.&-]*){0,3}";
  return new RegExp(`^${side}\\s+\\d{1,3}\\s*(?:[-–:]\\s*\\d{1,3}\\s+|\\s)${side}(?:\\s+\\d{1,3})?(?:\\s*\\((?:aet|pens?|p|et|ot|so|[\\d\\s-]+)[^()]*\\))?$`, 'u').test(text.trim());
}

/** "Weather Alert: …", "Traffic alert | …", "HEAT ADVISORY: In effect until 8 PM": a local site's standing banner label, then its short text. */
function isAlertBanner(text: string): boolean {
  // Not "Breaking: …": that kicker heads the story's own title (read-metadata's KICKER).
  if (wordCount(text) > 16 || endsLikeSentence(text)) return false;
  // "HEAT ADVISORY: In effect … until 8 PM Monday", "Weather Alert: Heat advisory until 8 PM", "Winter Storm Warning:
  // In effect until noon Sunday": a notice's name, then the span it is in force for. A story's headline under such a
  // label states no span ("Weather warning: Storm Ilse brings floods to Severn valley", "Storm warning: ferries
  // cancelled"), so the label alone never removes a line.
  const notice = /^((?:\p{L}+\s+){0,3}(?:advisory|warnings?|watch|alerts?))\s*[:|–—-]\s*(.+)$/iu.exec(text.trim());
  return notice !== null && /\b(?:in effect|in force|until|through|expires?|from\s.+\s(?:to|until)\s)/i.test(notice[2]!) && /\d|\b(?:noon|midnight|tonight|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(notice[2]!);
}

/**
 * "2. MADRID GOES RED" over its item: a digest's numbered head in capitals labels the item below it, as a menu would;
 * the item's own words are the story. Not where the numbered lines are the story's: run together with no prose between
 * (a banner's demands, "1. PAY RISE NOW" / "2. NO SPLIT SHIFTS", a results list), or points a listicle announces at
 * its top ("Five things we learned …", "talking points"). A question ("1. WHAT HAPPENED?") is a Q&A's and stays.
 */
function digestHeads(lines: Line[]): Set<Line> {
  // An e-mail letter ("Unsubscribe", "View this email in your browser"): its numbered heads label its items, in
  // whatever case ("1. Sulphur at the lunar south pole" over the item's paragraph), however its greeting counts them.
  // A letter with a subject line or a title ("Delta wants its money back") tells one issue whose heads carry its news;
  // an untitled one (masthead, tagline, greeting) is a digest whose heads only label its items.
  const letter = lines.some((line) => LETTER_FOOT.test(line.folded));
  const firstItem = lines.findIndex((line, index) => isNumberedItemHead(line.folded, lines[index + 1]?.folded));
  const untitled = letter && firstItem > 0 && !lines.slice(0, firstItem).some(({ folded }) => isLetterTitle(folded));
  const heads = lines.flatMap((line, index) => (isNumberedShoutedHead(line.folded) || (untitled && isNumberedItemHead(line.folded, lines[index + 1]?.folded)) ? [index] : []));
  if (heads.length === 0) return new Set();
  const announced = !letter && lines.slice(0, 4).some((line) => LISTICLE.test(line.folded));
  if (announced) return new Set();
  const numbered = (index: number) => index >= 0 && index < lines.length && /^\d{1,2}[.)]\s/.test(lines[index]!.folded.trim());
  return new Set(heads.filter((index) => !numbered(index - 1) && !numbered(index + 1)).map((index) => lines[index]!));
}

const LETTER_FOOT = /\bunsubscribe\b|\byou(?:['\u2019]re| are) receiving this\b|\bview (?:this (?:e-?mail|newsletter) )?in (?:your |a )?browser\b/i;

/** "When: Saturday, 10am to 4pm", "Where: The village green": an event's details closing a story about it. */
function isEventDetail(text: string): boolean {
  return /^(?:when|where|venue|tickets?|admission|entry|cost)\s*:\s*\S/i.test(text.trim()) && wordCount(text) <= 14 && !hasUiVocabulary(text);
}

/** A letter's subject line or its title over the items; not its masthead in capitals, tagline, greeting or controls. */
function isLetterTitle(text: string): boolean {
  const bare = text.trim();
  if (/^subject\s*:/i.test(bare)) return true;
  return isHeadlineShaped(bare) && bare !== bare.toUpperCase() && !isTagline(bare) && !isGreeting(bare) && !isDateline(bare) && !LETTER_FOOT.test(bare) && widgetReason(bare) === null;
}

/** "1. Sulphur at the lunar south pole" over a paragraph: a number, a few words, no closing stop, prose under it. */
function isNumberedItemHead(text: string, next: string | undefined): boolean {
  const match = /^\d{1,2}[.)]\s+(\p{Lu}.*)$/u.exec(text.trim());
  return match !== null && wordCount(match[1]!) <= 9 && !/[.!?:;,]["”’)]*$/u.test(match[1]!) && next !== undefined && isProse(next) && !/^\d{1,2}[.)]\s/.test(next.trim());
}

/** "Five things we learned from …", "10 reasons to …", "Three takeaways", "Talking points": a piece of numbered points. */
const LISTICLE = /\b(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+)?(?:things|reasons|takeaways|lessons|questions|ways|talking points|conclusions|moments|key points)|talking points|what we learn(?:ed|t))\b/iu;

/** "2. MADRID GOES RED": a number, then one to eight words in capitals, no lower case and no closing stop or question. */
function isNumberedShoutedHead(text: string): boolean {
  const match = /^\d{1,2}[.)]\s+(\S.*)$/u.exec(text.trim());
  if (!match) return false;
  const head = match[1]!;
  return wordCount(head) <= 8 && !/\p{Ll}/u.test(head) && (head.match(/\p{Lu}/gu) ?? []).length >= 3 && !/[.?!:;,]["'\u201d\u2019]*$/u.test(head);
}

/**
 * A document copied out of a PDF carries its page breaks: "Page 2 of 3", "- more -", "- 2 -". Beside a break stands the
 * running head or foot every page repeats ("Harbour Authority \u2013 Press Release, 14 August 2023"): not prose, set off
 * by a dash or bar, or standing between two breaks. A number alone ("67", "1") is a live blog's minute, a rank or a
 * list number far more often: it breaks a page only in a release (its own end mark or label) after two paragraphs or
 * more, or in a run of numbers that count up a page at a time (several paragraphs apart).
 */
const PAGE_BREAK = /^(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|-\s*more\s*-|\(more\)|-\s*\d{1,3}\s*-)$/i;
const BARE_NUMBER = /^\d{1,3}$/;
const NUMBERED_SECTION = /^(?:(?:part|section|chapter|article)\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[IVXL]{1,6}|[A-H])\s*[.):\u2013\u2014-]\s*\p{L}/iu;
/** Lines of prose a page holds at least, between two of its printed numbers. */
const PAGE_LINES = 3;

function runningHeads(lines: Line[]): Line[] {
  const release = lines.some((line) => /^(?:#{3}|-\s*30\s*-|-*\s*ends?\s*-*|for immediate release\b.*|(?:press|media|news) release)$/i.test(stripMarkers(line.folded).trim()));
  const numbers = lines.flatMap((line, index) => (BARE_NUMBER.test(line.folded.trim()) ? [index] : []));
  const proseBefore = (index: number, from = 0) => lines.slice(from, index).filter((line) => isProse(line.folded)).length;
  const pageNumber = new Set(
    numbers.filter((index, at) => {
      if (release && proseBefore(index) >= 2) return true;
      // "2" … "3" … "4": numbers counting up by one, a page's worth of prose apart.
      const value = Number(lines[index]!.folded.trim());
      const next = numbers[at + 1];
      const previous = numbers[at - 1];
      const before = previous !== undefined && Number(lines[previous]!.folded.trim()) === value - 1 && proseBefore(index, previous) >= PAGE_LINES;
      const after = next !== undefined && Number(lines[next]!.folded.trim()) === value + 1 && proseBefore(next, index) >= PAGE_LINES;
      return before || after;
    }),
  );
  const isBreak = (index: number) => index >= 0 && index < lines.length && (PAGE_BREAK.test(lines[index]!.folded.trim()) || pageNumber.has(index));
  const found: Line[] = [];
  lines.forEach((line, index) => {
    if (isBreak(index) || BARE_NUMBER.test(line.folded.trim()) || !(isBreak(index - 1) || isBreak(index + 1))) return;
    const text = line.folded;
    if (isProse(text) || endsLikeSentence(text) || wordCount(text) > 14 || isDateline(text)) return;
    // "2 \u2013 The court's reasons", "II. REASONS": a numbered section of the document, not its running title.
    if (NUMBERED_SECTION.test(text.trim())) return;
    // "Costs of £40,000 - to be paid by the council": a clause with its verb is the document's text, not its title.
    if (/\b(?:to be|will|would|shall|must|was|were|is|are|has|have|had)\b/i.test(text)) return;
    const between = isBreak(index - 1) && isBreak(index + 1);
    if (between || /\s[\u2013\u2014|-]\s/u.test(text)) found.push(line);
  });
  return found;
}

/** "Channel 6 Harbor City", "The Evening Ledger": two to five words, each capitalised or a number, no punctuation. */
function isNameOnly(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5 || /^(?:of|the|and|on)$/.test(tokens[0]!)) return false;
  // "Kestrel Bay 24/7", "KBAY 98.1 FM": a station's frequency or a motto's number is part of the name.
  return tokens.every((token) => /^(?:\p{Lu}[\p{L}\d&'’-]*|\d{1,3}\p{Lu}*|\d{1,3}[./]\d{1,3}|of|the|and|on)$/u.test(token));
}

/** "Channel 9 Lakes", "Harbour Herald", "KBAY TV": a name with a site's marks (a number, a paper's or a broadcaster's noun) or the © line's. */
function isSiteNameShaped(text: string, sites: readonly string[]): boolean {
  return /\d/.test(text) || isMastheadName(text) || hasOutletNoun(text) || isCreditLine(text) || /\b(?:Channel|TV|FM|AM)\b/.test(text) || namesSite(text, sites);
}

/** A byline or credit: kept around the article's edges. */
function isSignature(text: string): boolean {
  return isByline(text) || isCreditLine(text);
}

/**
 * Reasons by line: a site's chrome (and wire copy) repeats the same lines across articles, and each line goes
 * through some twenty shape tests. Bounded, so a long-lived dev server does not keep every line it ever read.
 */
const widgetReasons = new Map<string, string | null>();
const WIDGET_CACHE_LIMIT = 50_000;

function widgetReason(text: string): string | null {
  let reason = widgetReasons.get(text);
  if (reason === undefined) {
    if (widgetReasons.size >= WIDGET_CACHE_LIMIT) widgetReasons.clear();
    reason = widgetReasonOf(text);
    widgetReasons.set(text, reason);
  }
  return reason;
}

function widgetReasonOf(text: string): string | null {
  // A timestamp line is metadata (read as the publication time), not a widget, however it is labelled.
  if (isDateline(text)) return null;
  if (isCopyrightNotice(text)) return 'copyright notice of the host page';
  const note = pageNoteReason(text);
  if (note) return note;
  if (isCorrectionNote(text)) return 'note on the page\u2019s own history (corrections, print edition)';
  if (isTranslationNote(text)) return 'note on the page\u2019s translation';
  if (isPictureLabel(text)) return 'label of a picture or video (no caption)';
  if (isEndMark(text)) return 'end mark of a press release';
  if (isDisclaimer(text)) return 'the page\u2019s disclaimer';
  if (isContactNote(text)) return 'how to write to the writer or the newsroom';
  // "Audience Relations, Maple Public Radio", "Reader Services": the desk that answers the site's audience.
  if (wordCount(text) <= 8 && !endsLikeSentence(text) && /^(?:audience|viewer|listener|reader|customer|subscriber)s?\s+(?:relations|services?|support|care|desk)\b/i.test(text.trim())) return 'the site\u2019s desk for its audience (relations, services)';
  if (isContactDetail(text)) return 'the site\u2019s or the issuer\u2019s address or telephone';
  if (isGreeting(text)) return 'the sender greeting its reader or signing off';
  if (isFilingPlace(text)) return 'where the writer filed from';
  if (isProductionCredit(text)) return 'credit for the page\u2019s editing or production';
  if (isTickerWidget(text)) return 'weather or market ticker of the host page';
  if (isProvenanceNote(text)) return 'where the page first ran, its source or its press contact';
  // A credit naming a photo ("AP Photo/…") is the picture's, not the story's syndication credit.
  if (isPhotoCredit(text) && (!isCreditLine(text) || /\bPhoto(?:graph)?s?\b|^(?:picture|image|illustration|credit)s?\s*:/iu.test(text))) return 'picture credit';
  if (isMediaWidget(text)) return 'label of a video or audio player';
  if (isFilingHeader(text)) return 'page header of a court filing (case, document, filed, page)';
  if (isFilingSignature(text)) return 'electronic signature of a court filing';
  if (isStageDirection(text)) return 'a transcript\u2019s stage direction in brackets';
  // "2. MADRID GOES RED", "3. WHAT'S NEXT": a digest's numbered head in capitals labels the item below it, as a menu
  // would; the item's own words are the story. A question ("1. WHAT HAPPENED?") is a Q&A's own words and stays.
  if (isWireSlug(text)) return 'the wire\u2019s slug line (keywords, version, write-through)';
  // "17", "3", "- 2 -": a page or line number of a document copied from print; a number alone says nothing of the story.
  if (/^(?:\d{1,3}|-\s*\d{1,3}\s*-)$/.test(text.trim())) return 'page or line number of a copied document';
  // "NOTICE 312 OF 2023", "Government Notice No. 88 of 2024": a gazette's number for the notice, not its title.
  if (/^(?:general |government |provincial |legal |public |board )?(?:notice|proclamation)\s+(?:no\.?\s*)?\d{1,5}\s+of\s+(?:19|20)\d{2}$/i.test(text.trim())) return 'the number a gazette gives its notice';
  if (isShareRow(text)) return 'share buttons spelled out';
  if (isItemMetaBar(text)) return 'counts, length or access of the item or its writer';
  if (isPageControl(text)) return 'control for the page itself (share, save, reuse)';
  if (isKeyEventLink(text)) return 'live blog\u2019s key-event link';
  if (isMailHeader(text)) return 'e-mail header of a newsletter';
  if (isSectionLabel(text)) return 'section label of the page\u2019s format (fact-check, explainer) or its list of sources';
  if (isControlBar(text)) return 'bar of site controls';
  if (isPageClock(text)) return 'reading time or relative time of the host page';
  if (isLinkToOtherArticle(text)) return 'link to another article';
  if (isReaderPrompt(text)) return 'the site addressing its reader (cookies, sign-up, log-in, advertising)';
  if (isBreadcrumb(text)) return 'navigation breadcrumb';
  if (isTagRow(text)) return 'row of the page\u2019s tags or sections';
  if (isCounterWidget(text)) return 'counter widget (comments, trackbacks, characters)';
  // "Join the conversation", "Show comments": the comment section's heading or button; the readers'
  // comments under it are found by commentSection.
  if (isCommentsHeading(text)) return 'heading or button of the comment section';
  if (isBareTimestamp(text)) return 'bare timestamp of the host page';
  if (isLabelValue(text)) return 'label of the host page (category, tags)';
  if (wordCount(text) <= 3 && hasUiVocabulary(text) && !isDateline(text) && !isShortSentence(text)) return 'site control (search, print, login, loading)';
  return null;
}

/**
 * A link list: at least two bare markers, each within two lines of the next,
 * the items between them short and not prose. The header line just before
 * (e.g. "POPULAR ARTICLE") belongs to the list when it is not prose either.
 */
function findLinkListRuns(lines: Line[]): Line[][] {
  const runs: Line[][] = [];
  const markerIndexes = lines.flatMap((line, index) => (isBulletOnly(line.folded) ? [index] : []));
  let group: number[] = [];
  const flush = () => {
    if (group.length >= 2) {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      let from = first;
      const header = lines[first - 1];
      if (header && !isProse(header.folded)) from = first - 1;
      const to = Math.min(lines.length - 1, last + 1);
      // "6 min read", "·", "Aug 14, 2023", "--": a post's meta row set apart by markers; its stamp dates the page, no link.
      const run = lines.slice(from, to + 1).filter((line) => !isDateline(line.folded));
      const items = run.filter((line) => !isBulletOnly(line.folded));
      if (items.every((line) => wordCount(line.folded) <= 25 && !isProse(line.folded) || isShortTitle(line.folded))) {
        runs.push(run);
      }
    }
    group = [];
  };
  for (const index of markerIndexes) {
    const previous = group[group.length - 1];
    if (previous !== undefined && index - previous > 3) flush();
    group.push(index);
  }
  flush();
  return runs;
}

/** Folded letters and digits, to compare names however they are spaced or cased. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The holders of the page's © lines, folded ("© 2025 The Straits Review" → "thestraitsreview"). */
function copyrightHolders(lines: Line[]): string[] {
  return lines.flatMap((line) => {
    const holder = isCopyrightNotice(line.folded) ? copyrightHolderOf(line.folded) : null;
    const folded = holder ? fold(holder.replace(/\s+\d{4}$/, '')) : '';
    return folded.length >= 4 ? [folded] : [];
  });
}

/**
 * A letter's name as its foot gives it (folded): "Thanks for reading The Grid Report!", "Subscribe to The Grid Report",
 * "You're receiving this because you signed up for The Morning Pitch.".
 */
function letterNames(lines: Line[]): string[] {
  return lines.flatMap((line) => {
    const name = /^(?:thanks for reading|subscribe to|discover more from|you(?:['\u2019]re| are) receiving this(?: e-?mail| newsletter)? because you (?:signed up|subscribed|registered) (?:for|to))\s+((?:The\s+)?\p{Lu}[\p{L}\d&'\u2019-]*(?:\s+\p{Lu}[\p{L}\d&'\u2019-]*){0,4})\s*[!.]?(?:\s|$)/iu.exec(stripMarkers(line.folded).trim())?.[1];
    return name && fold(name).length >= 4 ? [fold(name)] : [];
  });
}

/** One to three capitalised words, no digits, no site vocabulary: "Factwise", "Meridian Wire". */
function isBareName(text: string): boolean {
  return wordCount(text) <= 3 && !hasUiVocabulary(text) && !/\d/.test(text) && /^\p{Lu}/u.test(text) && fold(text).length >= 4;
}

/** "The Straits Review" when the © line reads "© 2025 The Straits Review" (or "… Review Media"). */
function namesSite(text: string, sites: readonly string[]): boolean {
  const folded = fold(text);
  if (folded.length < 4 || wordCount(text) > 6) return false;
  return sites.some((site) => site === folded || site.startsWith(folded) || site === `the${folded}` || folded === `the${site}`);
}

/** "By Ana Ruiz | Harbour Facts | January 16, 2025": the name between the writer and the stamp (folded). */
function bylineBarSites(lines: Line[]): string[] {
  return lines
    .filter((line) => /^by\s+\p{Lu}/iu.test(line.folded) && /\s[|·•]\s/.test(line.folded))
    .flatMap((line) => line.folded.split(/\s+[|·•]\s+/).slice(1))
    .filter((part) => isBareName(part) && !isDateline(part))
    .map(fold);
}

/** The writers named by the page's bylines ("By Jane Park and Tom Lee | May 2, 2024"): their names alone. */
function writerNames(lines: Line[]): string[] {
  return lines
    .filter((line) => /^by\s+\p{Lu}/iu.test(line.folded))
    .flatMap((line) => line.folded.replace(/^by\s+/i, '').split(/\s*[|·,;(<[]|\s[-–—]\s/)[0]!.split(/\s+and\s+/))
    .filter((name) => wordCount(name) >= 2 && wordCount(name) <= 4)
    .map(fold);
}

/** "Factwise is a signatory of …", "Naomi Sterling is a senior fellow …": a name (folded), then what it is. */
function opensWithNameThatIs(text: string, names: readonly string[]): boolean {
  if (names.length === 0 || !isProse(text)) return false;
  const opening = text.split(/\s+/, 6);
  for (let size = 1; size < opening.length; size++) {
    const name = fold(opening.slice(0, size).join(' '));
    // "The Harbour Herald is …" when the © line reads "© 2025 Harbour Herald".
    if ((names.includes(name) || names.includes(name.replace(/^the/, ''))) && /^(is|are|was|covers|writes|reports)$/i.test(opening[size]!)) return true;
  }
  return false;
}

/**
 * A bulleted point of at least five words ("* The report does not name a cause of
 * the crash"), or a sentence too short to count as prose ("He is appealing the verdict.").
 */
function isStoryTail(text: string): boolean {
  if (isSitePrompt(text) || (hasUiVocabulary(text) && !isShortSentence(text)) || isSignature(text) || isStaffBiography(text)) return false;
  const keyPoint = /^[*•·▪■-]\s+\S/u.test(text) && wordCount(text) >= 5 && !isListHeader(text);
  return keyPoint || isShortSentence(text) || isQuotation(text);
}

/**
 * A story's subhead between its paragraphs: two to eight words, capitalised, no closing stop, no site vocabulary, and
 * none of a link's, a signature's or a list header's shape ("Next round of talks", "What happens now — March 20").
 */
function isSubhead(text: string): boolean {
  const count = wordCount(text);
  return count >= 2 && count <= 8 && /^\p{Lu}/u.test(text) && !/[.,;:!?|]$/u.test(text) && /\p{Ll}/u.test(text) && !hasUiVocabulary(text) &&
    !isSignature(text) && !isListHeader(text) && !isLinkToOtherArticle(text) && !isByline(text) && !isCreditLine(text);
}

/**
 * A short sentence of the story ("He declined to comment.", "Share prices slumped."): three words or more, in
 * lower case, opened and closed like a sentence, and not the site speaking ("Comments are closed.", "Share this story.").
 * A story's words may be site words; a button's label is not a sentence.
 */
function isShortSentence(text: string): boolean {
  return (
    // A sentence opens with a capital, a digit or a quotation mark ("help-image Social comment?" does not).
    /^["'\u201c\u2018(]?[\p{Lu}\d]/u.test(text) && endsLikeSentence(text) && wordCount(text) >= 3 && /\p{Ll}/u.test(text) &&
    !isSitePrompt(text) && !isReaderPrompt(text) && !/\bthis (article|story|page|content|video|post)\b/i.test(text)
  );
}

/** A line that is one quotation ("\u201cNever again.\u201d", "\"No.\""): someone's words, however short. */
function isQuotation(text: string): boolean {
  return /^["\u201c\u2018'][^"\u201c\u201d]*\p{L}[^"\u201c\u201d]*[.?!,]?["\u201d\u2019']$/u.test(text) && /[.?!]["\u201d\u2019']$/u.test(text);
}

/**
 * "THE TOKYO CHRONICLE", "THE HAN RIVER BRIEF", "CHANNEL 7 NEWS": capitals only (a station's number aside), at most
 * three words (five after "THE").
 */
function isShoutedLabel(text: string): boolean {
  const limit = /^THE\s/u.test(text) ? 5 : 3;
  return wordCount(text) <= limit && !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu) ?? []).length >= 2 && /^\P{N}*\d{0,3}\P{N}*$/u.test(text);
}

/** Items under a header run at most this many lines. */
const MAX_HEADED_ITEMS = 12;

/**
 * A list header ("Read next", "More on this story", "Most viewed") and the lines
 * under it that read as other pages' headlines: short, no closing full stop (a
 * question mark may close a headline). The list ends at the first line that is not
 * such a headline, so a body paragraph after a mid-page box is kept.
 */
function findHeadedLists(lines: Line[]): { header: Line; items: Line[] }[] {
  const lists: { header: Line; items: Line[] }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const header = lines[index]!;
    if (!isListHeader(header.folded)) continue;
    const items: Line[] = [];
    let next = index + 1;
    while (next < lines.length && items.length < MAX_HEADED_ITEMS) {
      const text = lines[next]!.folded;
      // A widget inside the box ("Show key events only", a key-event link) keeps its own reason, and the box goes on.
      if (isListHeader(text)) break;
      const widget = widgetReason(text) !== null && !isBareTimestamp(text);
      if (!widget && !isListItem(text)) break;
      if (!widget) items.push(lines[next]!);
      next++;
    }
    // "Top stories" over one title, then its source and stamp ("The Northshore Gazette · 14 Aug 2023"), then the story:
    // an aggregator's card, whose one title is the story's headline, not a link away.
    const [after, story] = [lines[next]?.folded ?? '', lines[next + 1]?.folded ?? ''];
    const card = items.length === 1 && (isSignature(after) || isDateline(after) || /\s[|·•]\s.*\d{4}/u.test(after)) && isProse(story);
    lists.push({ header, items: card ? [] : items });
    index = next - 1;
  }
  return lists;
}

const MONTH_WORD = `(?:${MONTH_NAMES.map((name) => name.slice(0, 3)).join('|')})[a-z]*\\.?`;
/** A line opening on a day of a month and a dash or colon: "March 3 – …", "3 March: …", "Jan. 5 — …". */
const DATED_FACT = new RegExp(`^(?:${MONTH_WORD}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_WORD})(?:,\\s*\\d{4})?\\s*[–—:-]\\s+\\S`, 'i');

function isListItem(text: string): boolean {
  // A bare stamp ("21:05 GMT") opens a live page's first entry: the key-event box above it has ended.
  if (isListHeader(text) || isDateline(text) || isBareTimestamp(text) || isSignature(text) || isCaption(text) || isCopyrightNotice(text)) return false;
  // Two sentences, or an address, is a note (a writer's biography), not a headline.
  if (/[.!?]\s+\S/.test(text) || /@/.test(text)) return false;
  // "March 3 – River bursts its banks": a story's own timeline under "Key events" states dated facts, not links.
  if (DATED_FACT.test(text)) return false;
  return wordCount(text) >= 1 && wordCount(text) <= 14 && !(endsLikeSentence(text) && !/\?["'”’)\]]*$/.test(text));
}

/** Headlines in lists may end with a period ("GDP Down 1.8% in July-Sept."): title case, short. */
function isShortTitle(text: string): boolean {
  const tokens = words(text);
  const capitalised = tokens.filter((token) => /^[\p{Lu}\d"“'‘]/u.test(token)).length;
  return tokens.length <= 20 && capitalised / tokens.length >= 0.6;
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (predicate(items[index]!)) return index;
  return -1;
}
