/**
 * Shape tests for single lines of a news page. They look at form (length,
 * punctuation, capitalisation, separators, web-UI vocabulary), never at the
 * words of one particular story, so they carry over to pages not seen yet.
 */

export function words(text: string): string[] {
  return text.split(' ').filter((token) => /[\p{L}\p{N}]/u.test(token));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** words(text).length without building the words: every shape test asks for it, most several times per line. */
export function wordCount(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      counted = false;
    } else if (!counted && isLetterOrDigitAt(text, i, code)) {
      count++;
      counted = true;
    }
  }
  return count;
}

function isLetterOrDigitAt(text: string, i: number, code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Ends like a sentence: . ? ! possibly followed by closing quotes/brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.?!]["'”’)\]]*$/.test(text);
}

/** A line of running prose: long enough and ends like a sentence. */
export function isProse(text: string): boolean {
  return wordCount(text) >= 8 && endsLikeSentence(text) && /\p{Ll}/u.test(text);
}

/** A line that is only a list marker: "-", "•", "*", "·", "▶". */
export function isBulletOnly(text: string): boolean {
  return /^[-–—•*·▶►▪■]+$/.test(text);
}

/** Leading list or arrow markers pages put before headlines and menu items. */
export function stripMarkers(text: string): string {
  return text.replace(/^[-–—•*·▶►▼▲▪■]+\s*/, '');
}

/**
 * Words of site chrome rather than of stories. Weak words ("print", "search",
 * "popular", "ranking") also occur in stories, so they only count on short
 * lines; strong phrases ("log in", "comments", "subscribe") mark a line as
 * chrome wherever it stands. A hyphen before a word ("high-ranking") keeps it prose.
 */
const STRONG_UI =
  /(?<![-\p{L}])(log ?in|log ?out|sign ?in|sign ?up|subscribe|subscription|comments?|trackback|newsletter|cookies?|advertisement|related (articles|stories)|read more|click here|follow us|all rights reserved|copyright|skip to (main |site )?(content|navigation|index|search|menu|footer)|skip navigation)(?![-\p{L}])/iu;
// Also list headers ("Read next", "Most viewed"), live-blog toggles ("Key events"), licensing and release labels.
const WEAK_UI =
  /(?<![-\p{L}])(share|print|loading|search|menu|icon|help-image|popular|ranking|most (read|viewed|watched|shared)|home|key events?|pinned post|load more|show \d+ new updates?|new updates?|licensing rights|reuse this content|for immediate release|press release|trending( now)?|read next|you may also like|more on this (story|topic)|about the author)(?![-\p{L}])/iu;

/**
 * A sentence-shaped line of the site talking to its reader ("To write comments,
 * please log in", "Comments are closed", "Copyright … All rights reserved."),
 * as opposed to a story sentence that merely uses such a word ("declined to
 * comment", "his comments drew criticism"): strong site vocabulary that opens
 * the line, comes twice, or comes with a word addressed to the reader.
 */
export function isSitePrompt(text: string): boolean {
  const matches = [...text.matchAll(new RegExp(STRONG_UI.source, 'giu'))];
  const first = matches[0];
  if (first === undefined) return false;
  const terms = new Set(matches.map((match) => match[0].toLowerCase().replace(/\s+/g, '').replace(/s$/, '')));
  const opensWithTerm = !/\p{L}/u.test(text.slice(0, first.index));
  // "Comments on the council's website were largely positive, a spokesperson said.": a reported sentence is the
  // story's, though it opens on a site word; the site's own prompts attribute nothing.
  if (isProse(text) && /\b(said|says|told)\b/.test(text) && !/\b([Pp]lease|[Yy]ou|[Yy]our)\b/.test(text)) return false;
  // "us" only in lower case: "US officials" is the country, not the site.
  return opensWithTerm || terms.size >= 2 || /\b([Pp]lease|[Yy]ou|[Yy]our|[Oo]ur|us)\b/.test(text);
}

/** Any site vocabulary: only decisive on short lines, because stories can say "print" too. */
export function hasUiVocabulary(text: string): boolean {
  return STRONG_UI.test(text) || WEAK_UI.test(text);
}

/** The sections and formats a news site files a page under. */
const SECTION_NAME =
  /^(?:opinion|guest essay|op-ed|editorials?|analysis|commentary|columns?|columnists|perspective|letters|news|world|business|politics|sports?|culture|lifestyle|economy|markets|tech(?:nology)?|science|asia(?: pacific)?|europe|africa|americas|middle east|national|international|local|live|video|podcasts?|explainers?|fact check|features?)$/i;

/**
 * The desks a newspaper files a story under besides the site sections above: the beats (health, environment,
 * education…), the sports, the features pages. Beside a dashed stamp ("Health — March 12, 2026") one of these is the
 * page's own label; a subhead of the story ("Peace talks — …", "Strike ballot — …") names no desk.
 */
const NEWSPAPER_DESK =
  /^(?:health|environment|climate|education|science|crime|justice|law|courts|weather|transport|energy|property|money|personal finance|finance|media|religion|faith|obituaries|lifestyle|wellness|family|food|travel|arts?|books|music|film|movies|tv|television|entertainment|style|fashion|motoring|cars|sports?|football|soccer|cricket|rugby|tennis|golf|athletics|cycling|boxing|racing|basketball|baseball|hockey|uk|us|u\.s\.|metro|regional|national|nation|state|city|society|careers|jobs|global development)$/i;

/** "Local News", "World", "BUSINESS NEWS": a section of the site alone on its line, as pages print it above a story. */
export function isSectionSlug(text: string): boolean {
  return SECTION_NAME.test(stripMarkers(text).trim().replace(/\s+news$/i, ''));
}

/**
 * A wire's slug line: "BC-Chile-Copper-Strike, 2nd Ld-Writethru", "AM-Port-Strike,0452", "Ferry-Fares-Rise (Writethru)":
 * a keyword slug of three or more capitalised parts joined by hyphens, alone or with its version, word count or
 * write-through note. A headline spaces its words; a hyphenated name ("Japan-ROK") has two parts and says more.
 */
export function isWireSlug(text: string): boolean {
  const bare = stripMarkers(text).trim();
  if (wordCount(bare) > 8 || endsLikeSentence(bare)) return false;
  if (/^\p{Lu}[\p{L}\d]*(?:--?[\p{Lu}\d][\p{L}\d]*){2,}(?:\s*[,;(]\s*[\p{L}\d ,.'-]{0,40}\)?)?$/u.test(bare)) return true;
  // "2nd Ld-Writethru", "Writethru", "1st Add", "Advisory, Correction": the version note alone.
  return /\b(?:ld-)?writethru\b/i.test(bare) && wordCount(bare) <= 6;
}

/** "Home > National > Diplomacy", "News / World / Asia". */
export function isBreadcrumb(text: string): boolean {
  // Without a separator there is one part: skip the split.
  if (!/[>›»/|]/.test(text)) return false;
  const parts = text.split(/\s+[>›»/|]\s+/);
  // "By Ana Ruiz | Harbour Facts | January 16, 2025" is a byline bar: a writer and a day are no places on a site.
  if (/^by\s+\p{Lu}/iu.test(text.trim()) || parts.some((part) => DATELINE.test(datelineCore(part)))) return false;
  // An arrow points down a hierarchy, so two parts suffice ("World › Asia Pacific"); "|" and "/" also divide prose.
  const minimum = /\s[>›»]\s/.test(text) ? 2 : 3;
  if (parts.length >= minimum && parts.every((part) => wordCount(part) <= 3)) return true;
  // "Opinion | Guest Essay", "World | Asia": two capitalised labels set apart by a bar, one of them a section or
  // format of a news site; "Jane Park | Harbour Herald" is a signature, "Taiwan votes | What to know" a headline.
  return (
    parts.length === 2 && /\s\|\s/.test(text) &&
    parts.every((part) => wordCount(part) <= 3 && /^(?:[\p{Lu}&][\p{L}&'’.-]*\s*)+$/u.test(part.trim())) &&
    parts.some((part) => SECTION_NAME.test(part.trim()))
  );
}

/**
 * "Security · Cloud · Payments": a row of a page's tags or sections set apart by dots, three or more of one to three
 * words, none a stamp, a writer or an outlet (those make a signature bar), no sentence.
 */
export function isTagRow(text: string): boolean {
  if (!/\s[·•]\s/.test(text)) return false;
  const parts = text.split(/\s+[·•]\s+/).map((part) => stripMarkers(part).trim());
  return (
    parts.length >= 3 &&
    parts.every((part) => wordCount(part) >= 1 && wordCount(part) <= 3 && !endsLikeSentence(part) && !/\d/.test(part) && !/^by\s/i.test(part) && !isCreditLine(part) && !isMastheadName(part)) &&
    !PERSON_NAME.test(parts[0]!.replace(/\s+/g, ' '))
  );
}

/** "Print | Close | Font size: A A A": a bar of short controls, one of them site vocabulary. */
export function isControlBar(text: string): boolean {
  // "Font size: A- A+", "Text size A A A": the type-size buttons, alone on their line.
  if (/^(?:(?:font|text) size\s*:?\s*)?(?:A[+-]?\s*){2,}$|^(?:font|text) size\s*:?$/i.test(stripMarkers(text).trim())) return true;
  if (!/\s[|·]\s/.test(text)) return false;
  const parts = text.split(/\s+[|·]\s+/);
  return parts.length >= 2 && parts.every((part) => wordCount(part) <= 5) && parts.some((part) => hasUiVocabulary(part) || /^(close|font size|text size)\b/i.test(part));
}

/** "From: The Han River Brief <brief@example.com>": the sender line of a newsletter sent as e-mail. */
export function isMailHeader(text: string): boolean {
  return /^(from|to|cc|reply-to|sender)\s*:\s*[^<>]{0,80}(<[^<>\s]+@[^<>\s]+>|[\w.+-]+@[\w-]+(\.[\w-]+)+)\s*$/i.test(text.trim());
}

/** A headline's text without list markers or the "Subject:" label an e-mail puts before it. */
export function headlineText(text: string): string {
  return stripMarkers(text.trim()).replace(/^subject\s*:\s*/i, '');
}

/**
 * A genre's section label inside the page, not a headline or a sentence: a
 * fact-check's "What was claimed", "Our verdict", "The facts"; an explainer's
 * "Why it matters", "Key points"; a "Sources: …" note closing the piece.
 */
export function isSectionLabel(text: string): boolean {
  const bare = stripMarkers(text).trim();
  return (
    /^(what was said|what was claimed|the claim|our verdict|the verdict|verdict|our rating|the facts|fact check|why it matters|key points|at a glance|what we know|the bottom line|background|in short|in brief|tl;?dr)\s*:?$/i.test(bare) ||
    // "Our rating: Half true", "Verdict: Mostly false": a rating box's label and its value, a few words and no sentence.
    (/^(?:our |the )?(?:rating|verdict|ruling)\s*:\s*[\p{L}' -]{2,24}$/iu.test(bare) && wordCount(bare) <= 5) ||
    (/^sources?\s*:\s*\S/i.test(bare) && !reportsSpeech(bare.replace(/^sources?\s*:\s*/i, '')))
  );
}

/**
 * "the ministry said the talks would resume": a clause reporting what someone said, as a story's sentence does
 * after a label-like opening word ("Source: the ministry said …"); a list of sources names them and says nothing.
 */
function reportsSpeech(text: string): boolean {
  return wordCount(text) >= 6 && /^(?:the|a|an|its|their|his|her|officials?|police|they|he|she|it|we)\s/i.test(text) && /\b(?:said|says|told|added|confirmed|warned|stated|announced|insisted|denied)\b/i.test(text);
}

/** "© 2025 The Harbour Herald", "Copyright 2024 Meridian Wire. All rights reserved." → the holder. */
export function copyrightHolderOf(line: string): string | null {
  const trimmed = line.trim();
  // "© Copyright 2025, Harbour Herald": the mark and the word together; "Harbour Herald © 2025": the holder first.
  // A station's name may open on its channel number ("Copyright 2024 7NEWS Harbor"); a year alone is no holder.
  const match =
    /(?:©|ⓒ|\(c\)|copyright)\s*(?:©\s*)?(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?((?:\d{1,3}\p{Lu}|\p{Lu})[^.|,©]{1,60}?)\s*(?:[.,|]|all rights reserved|$)/iu.exec(trimmed) ??
    /^([\p{Lu}][^.|,©]{1,60}?)\s*(?:©|ⓒ)\s*\d{4}\b/u.exec(trimmed) ??
    // "The Marlow Courier. All rights reserved.": the holder named before the reservation, no mark or year.
    /^([\p{Lu}][^.|,©]{1,60}?)[.,]\s*[Aa]ll rights reserved\.?$/u.exec(trimmed);
  const holder = match?.[1]
    // "Copyright 2024 by Chesapeake 9 Broadcasting"
    ?.replace(/^by\s+/i, '')
    .replace(/\s+(?:19|20)\d{2}$/, '')
    .replace(/\s+(?:Inc|Ltd|LLC|Co|Corp|Company|Group)\.?$/i, '')
    .trim();
  return holder && !/^all rights/i.test(holder) && holder.split(/\s+/).length <= 6 ? holder : null;
}

/** "Category:Other", "Tags: diplomacy" — a label and a value, no sentence. */
export function isLabelValue(text: string): boolean {
  // One word of label ("Category:", "Section:"), or a page's usual two-word labels; "Harbour storm: live updates" is a headline.
  const label = /^(\p{L}+|(?:posted|filed|published) (?:in|under)|reading time|related topics?|last updated)\s*:\s*\S/iu;
  // "By: Paolo Reyes", "Author: Carla Mendez": the writer's label, read as the byline.
  const writer = /^(?:by|author|writer|reporter)\s*:/i.test(stripMarkers(text).trim());
  return (label.test(stripMarkers(text)) && wordCount(text) <= 4 && !endsLikeSentence(text) && !writer) || isTagList(text);
}

/** "Tags: Taiwan, Elections, China, DPP, KMT", "Filed under: Courts | Crypto": a tag list, however long. */
export function isTagList(text: string): boolean {
  // "#portstrike #unions": hashtags and nothing else.
  if (/^#[\p{L}\p{N}_]+(?:\s+#[\p{L}\p{N}_]+)*$/u.test(text.trim())) return true;
  const match = /^(tags?|topics?|filed under|categories|category|keywords?|related topics)\s*:\s*(.+)$/iu.exec(stripMarkers(text).trim());
  if (!match || endsLikeSentence(text)) return false;
  return match[2]!.split(/\s*[,|·;]\s*|\s{2,}/u).every((item) => wordCount(item) <= 4);
}

/** "Comment (0)", "Trackback(0)", "Policy (0/250자)": a widget with a count. */
export function isCounterWidget(text: string): boolean {
  // "1.2k", "3.4K": a comment or share count alone on its line, abbreviated as no amount in a story is.
  if (/^\d{1,3}(?:[.,]\d)?\s?[kKmM]$/.test(text.trim())) return true;
  // "1 / 5", "3 of 12": a gallery's picture counter.
  if (/^\d{1,2}\s*(?:\/|of)\s*\d{1,2}$/.test(text.trim())) return true;
  // "Page 1 of 2": a page counter.
  if (/^page\s+\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i.test(text.trim())) return true;
  // "2.3k shares", "48 comments", "1,204 views": a count and what it counts, nothing else.
  if (/^\d{1,3}(?:[.,]\d{1,3})?\s?[kKmM]?\s+(?:shares?|comments?|likes?|views|reactions|replies|responses)$/.test(text.trim())) return true;
  return /\(\s*\d+(\s*\/\s*\d+)?[^)]{0,3}\)/.test(text) && wordCount(text) <= 4;
}

/** A bare timestamp such as "13/1 20:22" or "20:22". */
export function isBareTimestamp(text: string): boolean {
  // A live blog's entry stamp carries its zone ("21:05 GMT", "9:40am ET"), and may be labelled ("Updated at 15.02 GMT").
  const bare = stripMarkers(text).trim().replace(/^(first\s+)?(published|updated|last\s+updated|posted|modified)\s*(at|on)?\s*:?\s*/i, '');
  // "23:35 JST / 14:35 GMT": a live page abroad stamps each entry in the local zone and its home zone, both zoned.
  const pair = bare.split(/\s+[/|]\s+/);
  if (pair.length === 2 && pair.every((part) => /[A-Z]{2,4}$/.test(part) && isBareTimestamp(part))) return true;
  // "8/20/23, 9:15 AM": a browser's print clock, its day and time set apart by a comma.
  if (/^(\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?,?\s*)?\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?(\s*(GMT|UTC|[A-Z]{2,4})([+-]\d{1,2})?)?$/i.test(bare)) return true;
  // "15.02 GMT", as British pages write times: the dot reads as a time only beside a zone or am/pm, never alone ("3.5").
  return /^\d{1,2}\.\d{2}\s*(([ap]\.?m\.?)(\s*(GMT|UTC|[A-Z]{2,4}))?|(GMT|UTC|BST|CET|CEST|[A-Z]ST|[A-Z]DT)([+-]\d{1,2})?)$/i.test(bare);
}

const MONTH = '(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\\.?';
// "17.52 GMT" as British pages write it, as well as "17:52".
// Seconds and a numeric offset as mail headers write them: "09:30:00 +0900".
const TIME = '\\d{1,2}[:.]\\d{2}(:\\d{2})?(\\s*[AP]\\.?M\\.?)?(\\s*((GMT|UTC)\\s*([+-]\\s*\\d{1,2}(:?\\d{2})?)?|[+-]\\d{4}|[A-Z]{2,4}))?';
const WEEKDAY = '((Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?';
// "Jan 14th 2025", "14 Jan, 2025", "14.01.2025" (day first before a four-digit year), "2025年1月14日", Korean pages'
// spaced "2025. 1. 14."; a slashed
// date only when it cannot be read both ways ("14/01/2025", "01/14/2025", "27-03-2024"; never "03/04/2025").
const ORDINAL = '(st|nd|rd|th)?';
const DAY = `${WEEKDAY}(${MONTH}\\s+\\d{1,2}${ORDINAL},?\\s+\\d{4}|\\d{1,2}${ORDINAL}\\s+(of\\s+)?${MONTH},?\\s+\\d{4}|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}\\.?|\\d{4}\\.\\s\\d{1,2}\\.\\s\\d{1,2}\\.?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|(1[3-9]|2\\d|3[01])[/-](0?[1-9]|1[0-2])[/-]\\d{4}|(0?[1-9]|1[0-2])[/-](1[3-9]|2\\d|3[01])[/-]\\d{4}|\\d{4}年\\d{1,2}月\\d{1,2}日)`;
/**
 * "Updated 6:40 p.m. ET", "Updated 2 hours ago", "| Updated: January 16, 2025 8:15 AM" after the stamp: the page's
 * later edit, no words of a story.
 */
// ", last modified Wednesday 27 March 2024 09.10 GMT": a comma may set it apart too.
const UPDATE_TAIL = '(\\s*[-–—|·/,]?\\s*(updated|last updated|last modified|modified)\\b[\\w\\s:.,+-]{0,40})?';
/** "· 4 min read" beside the stamp ("15 Jan 2025 · 4 min read", "4 min read · Jan 15, 2025"): the page's reading time. */
const READ_TIME = '\\d{1,3}\\s*(-\\s*\\d{1,3}\\s*)?min(ute)?s?\\s+read';
// "January 14, 2025 / 8:00 AM / Updated 2 hours ago": a slash may part date, time and the update note too.
const DATELINE = new RegExp(
  `^(${READ_TIME}\\s*[·•|]\\s*)?(${TIME},?\\s*)?${DAY}((\\s*[-–—|,/·•]\\s*|,?\\s+(at\\s+)?)${TIME}(,\\s*[A-Z]{2,3})?)?${UPDATE_TAIL}(\\s*[·•|–—-]\\s*${READ_TIME})?$`,
  'i',
);
/**
 * "Published in The Marlow Courier on December 3, 2024": where and when the page ran, on one line. The outlet and
 * the stamp, when the line is that (an outlet's name of six words at most, then a whole stamp); else null.
 */
export function publishedIn(text: string): { outlet: string; stamp: string } | null {
  const match = /^(?:first\s+)?(?:published|posted|appeared)\s+in\s+(\p{Lu}[^,;:]{1,60}?)\s+on\s+(.+)$/iu.exec(stripMarkers(text).trim());
  // Only a name shaped as an outlet's: "Published in Nature on March 3, 2024" cites a journal, in a story about a study.
  if (!match || wordCount(match[1]!) > 6 || !/^\p{Lu}/u.test(match[1]!) || !(isMastheadName(match[1]!) || isCreditLine(match[1]!))) return null;
  return DATELINE.test(datelineCore(match[2]!)) ? { outlet: match[1]!, stamp: match[2]! } : null;
}

/** "Published:", "Updated :", "Posted" — the label a page puts before its timestamp. */
// Korean pages label theirs "Input" / "입력" (first put out) and "수정" (edited).
// "This article was first published on 14 August 2023.", "Updated - August 14, 2023 07:10 pm IST": a page's sentence
// about itself may lead the label, and a dash may stand for its colon.
// Not "This report was published on 2 March 2019 by the regulator": a report is as often the story's subject.
const PAGE_ITSELF = '(?:this (?:article|story|piece|post|page) (?:was|is|has been)\\s+)?';
const TIMESTAMP_LABEL = new RegExp(`^${PAGE_ITSELF}(first\\s+|originally\\s+)?(published|updated|last\\s+updated|last\\s+modified|posted|modified|(?:release|publication|published|posted)\\s+date|date\\s+(?:published|posted|of\\s+publication)|dated|date|created|issued|sent|filed|input|입력|수정)\\s*(on|at)?\\s*(?::|[-–—/](?=\\s))?\\s*`, 'i');

/**
 * A line that is only a publication timestamp: "12:40 JST, December 12, 2024",
 * "January 13, 2025", "2025-01-13 20:22 KST", "Published : Jan. 13, 2025 - 18:01",
 * "January 13, 2025 (Mainichi Japan)". Labels and a closing bracketed note are
 * allowed around the date; any other words make it prose, not a dateline.
 */
export function isDateline(text: string): boolean {
  const core = datelineCore(text);
  return DATELINE.test(core) || publishedIn(text) !== null || ISO_STAMP.test(core) || isLabelledTimestamp(text) || isStampWithSection(text) || outletBeforeStamp(text) !== null || isYearlessStamp(text);
}

const YEARLESS_DAY = `(${MONTH}\\s+\\d{1,2}${ORDINAL}|\\d{1,2}${ORDINAL}\\s+(of\\s+)?${MONTH})`;
const YEARLESS_STAMP = new RegExp(`^(?<time1>${TIME},?\\s*)?(?<weekday>(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?${YEARLESS_DAY}((\\s*[-–—|,/·•]\\s*|,?\\s+(at\\s+)?)(?<time2>${TIME}))?${UPDATE_TAIL}$`, 'i');

/**
 * "Published 27 March, 14:20 GMT", "Wed 27 Mar 14.20 GMT", "Mar 27, 18:30 EDT": a page's stamp without its year, as
 * sites print this year's pages. It needs a label, a weekday or a time to be one: "March 27" alone is as often a
 * timeline's subhead. It gives no day by itself; the metadata reader looks for the year elsewhere on the page.
 */
export function isYearlessStamp(text: string): boolean {
  const bare = stripMarkers(text).trim();
  const labelled = timestampLabel(bare) !== null;
  const match = YEARLESS_STAMP.exec(datelineCore(bare));
  return match !== null && (labelled || match.groups?.['weekday'] !== undefined || match.groups?.['time1'] !== undefined || match.groups?.['time2'] !== undefined);
}

/**
 * "KYODO NEWS - Jan 14, 2025 - 18:30 | All, Japan, World": the outlet's name, a spaced dash, then the stamp (and
 * the page's sections after a bar). The name, when the line is that; else null.
 */
export function outletBeforeStamp(text: string): string | null {
  const bare = stripMarkers(text).trim();
  const match = /^(.{2,40}?)\s+[-–—]\s+(.+?)(?:\s+\|\s+[^|]{1,60})?$/u.exec(bare);
  if (!match) return null;
  const [name, stamp] = [match[1]!.trim(), match[2]!.trim()];
  // A shouted name ("KYODO NEWS") is read as it would be written in title case.
  const titled = name.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_whole, space: string, letter: string) => space + letter.toUpperCase());
  return (isCreditLine(name) || isCreditLine(titled) || isMastheadName(name)) && DATELINE.test(datelineCore(stamp)) ? name : null;
}

/** "Jan 14, 2025 | Asia", "World · 14 January 2025": a timestamp beside the page's section label. */
function isStampWithSection(text: string): boolean {
  // "Local News - December 3, 2024": a spaced dash parts them as a bar does.
  const dashed = !SIGNATURE_SEPARATOR.test(text);
  const separator = dashed ? /\s+[-–—]\s+/ : SIGNATURE_SEPARATOR;
  if (!separator.test(text)) return false;
  const parts = text.split(separator).map((part) => part.trim());
  // "Episode 142 · July 19, 2024 · 38 min": an item's number, length or access beside the stamp say nothing more.
  const meta = parts.filter(isItemMeta);
  if (parts.length - meta.length === 1 && parts.length <= 4 && meta.length >= 1) return DATELINE.test(datelineCore(parts.find((part) => !isItemMeta(part))!));
  if (parts.length !== 2) return false;
  const stamps = parts.filter((part) => DATELINE.test(datelineCore(part)));
  // A dash also sets a story's subhead before the day it speaks of ("Peace talks — March 20, 2026"): beside a dash
  // only the site's own words make a label (its section, a desk, the print edition), not any short capitalised phrase.
  // "Health", "Personal Finance", "Arts and Culture": the site's sections and the usual newspaper desks.
  const sectionWords = (part: string) =>
    SECTION_NAME.test(part) || NEWSPAPER_DESK.test(part) ||
    part.split(' ').every((word) => SECTION_NAME.test(word) || NEWSPAPER_DESK.test(word) || GENERIC_OUTLET_WORD.test(word) || /^(?:and|&)$/i.test(word));
  const siteLabel = (part: string) => sectionWords(part) || /^\p{Lu}\S*\s(?:Bureau|Desk|Edition|Newsroom)$/u.test(part) || /^Today['’]s (?:Paper|Edition)$/i.test(part);
  if (dashed && !parts.some((part) => !DATELINE.test(datelineCore(part)) && siteLabel(part))) return false;
  // A writer or an outlet beside the stamp makes it a signature (isSignatureBar), not a section.
  const labels = parts.filter(
    (part) =>
      wordCount(part) <= 3 && !/\d/.test(part) && /^\p{Lu}/u.test(part) && !endsLikeSentence(part) && !/^by\s/i.test(part) &&
      // "Riverton Bureau", "Metro Desk": a newsroom's desk, though shaped like a name.
      // "Today's Paper": the site's print-edition link beside its date bar.
      (!PERSON_NAME.test(part) || /\s(?:Bureau|Desk|Edition|Newsroom)$/.test(part) || /^Today['’]s (?:Paper|Edition)$/i.test(part) ||
        // "Local News", "World Politics": section words only, though shaped like a name.
        sectionWords(part)) &&
      !isCreditLine(part),
  );
  return stamps.length === 1 && labels.length === 1;
}

/** "2025-01-14T09:30:00Z", "2025-01-14T09:30+09:00": a machine stamp alone on its line. */
const ISO_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

// "Updated at 10:05 a.m. ET on January 14, 2025": the time may come first.
const LABELLED_DAY = new RegExp(`^(${TIME},?\\s*(on\\s+)?)?(${DAY}|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})`, 'i');

/**
 * A timestamp with its label and a tail the page adds: "Posted on January 15, 2025 by jpark@…",
 * "Published 13 January 2024, 21:05 GMT · 4 min read". The label is required: without it a short
 * line with a date is as likely a headline.
 */
export function isLabelledTimestamp(text: string): boolean {
  const bare = stripMarkers(text).trim();
  // The date must follow the label at once: "Updated guidance was issued on Jan. 13" is prose.
  if (timestampLabel(bare) === null || !LABELLED_DAY.test(bare.replace(TIMESTAMP_LABEL, '')) || wordCount(bare) > 16) return false;
  // A sentence about the page ("This post was updated on March 13, 2027.") or a dash for the colon ("Updated - …") is a
  // stamp only when nothing but the stamp follows the label: "… on March 13, 2027 with a statement from the firm." and
  // "Issued - 10 March 2027, the earlier notice …" go on as the story's sentences.
  const loose = /^this\s/i.test(bare) || /^[\p{L} ]+?\s*(?:on|at)?\s*[-–—]\s/u.test(bare);
  return !loose || DATELINE.test(datelineCore(bare)) || isYearlessStamp(bare);
}

/** Which kind of timestamp a line is: when the article was first put out, or a later update. */
export function timestampLabel(text: string): 'published' | 'updated' | null {
  const match = new RegExp(`^${PAGE_ITSELF}(first\\s+|originally\\s+)?(published|updated|last\\s+updated|last\\s+modified|posted|modified|(?:release|publication|published|posted)\\s+date|date\\s+(?:published|posted|of\\s+publication)|dated|date|created|issued|sent|filed|input|입력|수정)(?![\\p{L}])`, 'iu').exec(stripMarkers(text).trim());
  if (!match) return null;
  return /updated|modified|수정/i.test(match[2]!) ? 'updated' : 'published';
}

/** The date and time part of a timestamp line, without its label or bracketed note. */
export function datelineCore(text: string): string {
  return stripMarkers(text)
    .trim()
    .replace(TIMESTAMP_LABEL, '')
    .replace(/\s*\([^()]{1,40}\)$/, '')
    // "… on 14 August 2023.": the sentence's full stop after the year, not part of the stamp.
    .replace(/(\d{4}|[AP]\.?M\.?|\b[A-Z]{2,4})\.$/, '$1')
    // "December 3, 20242:15 PM UTCUpdated 2 hours ago": a stamp copied with its parts run together.
    .replace(/(\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2})(\d{1,2}:\d{2})/, '$1 $2')
    .replace(/(\d(?:\s*[AP]\.?M\.?)?\s*[A-Z]{2,4})(Updated|Published)\b/, '$1 $2')
    .trim();
}

/**
 * "By Friday the station car park was empty.", "By March, prices had doubled.": a story's sentence opening on a
 * deadline (a weekday, a month, a feast day), not a writer's name after "By".
 */
function isByTimeSentence(text: string): boolean {
  return isProse(text) && /^by\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|new year|noon|midnight|nightfall|dawn|then|now)\b/i.test(text.trim());
}

/** "BY SEO JI-EUN [...]", "By Jane Doe", "Reporter Lee So-yeon", "— Reporting by …", "(This article was written by …)". */
export function isByline(text: string): boolean {
  return (
    // "Posted by Rick Dunn on March 12, 2025": a blog's byline carries its label.
    // "By: Paolo Reyes": some sites set a colon after the label.
    (namedAfter(text, /^(?:(?:posted|written|published|filed|compiled|story)\s+)?by(?:\s*:)?\s+/i) && !isByTimeSentence(text)) ||
    // "Analysis by Jane Park", "Opinion by …, Contributing columnist": the piece's format, then its writer.
    namedAfter(text, /^(?:news\s+)?(?:analysis|perspective|opinion|commentary|guest essay|essay|review|column|interview|explainer)\s+by\s+/i) ||
    namedAfter(text, PERSON_SIGNATURE) ||
    /^\(?(this (article|story|report) (was )?(written|reported|compiled) by)\b/i.test(text) ||
    // "Ana Ruiz in Bayview contributed to this report.": the wire's closing credit to its other writers.
    (/\bcontributed (reporting )?to this (report|story|article)\.?\)?$/i.test(text) && wordCount(text) <= 30) ||
    // "Anna Petrakis in Taipei": a correspondent's line, a name and where they file from.
    // Each of the three below needs a literal (" in ", "@", "/") that most lines lack: looked for first, since the
    // patterns backtrack over every word of a long line.
    (text.includes(' in ') && /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}-]+){1,3} (?:in|and \p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}-]+){1,2} in) \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$/u.test(text)) ||
    (text.includes('@') && /^[\p{L}.' -]{3,60}\s*[([<]?[\w.+-]+@[\w-]+(\.[\w-]+)+[)\]>]?$/u.test(text) && wordCount(text) <= 8) ||
    // "Kavya Rao @kavyarao_writes": a writer's name and social handle, nothing else.
    (text.includes('@') && WRITER_WITH_HANDLE.test(text.trim())) ||
    isSignatureBar(text) ||
    isStampedName(text) ||
    // "— The Harbor Ledger": a paper's name set after a dash, as a closing credit.
    (/^[-–—]\s*\S/.test(text) && isMastheadName(text.replace(/^[-–—]\s*/, ''))) ||
    siteBarName(text) !== null ||
    // "Ryo Hashimoto / Seoul Correspondent": a name and the writer's post.
    (text.includes('/') && /^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,3}\s*\/\s*(?:\p{Lu}[\p{L}-]* ){0,3}(?:correspondent|reporter|writer|editor|staff writer|bureau chief)$/iu.test(text))
  );
}

/**
 * "Helen Marsh, Transport Correspondent", "Ravi Sen, senior political editor": a writer's credit line, a name and a
 * newsroom role, no sentence. Not a happening a story reports. British papers drop the comma and lower-case the
 * role after its first word ("Helen Marsh Transport correspondent"): the role's last word then stays lower-case.
 */
export function isNameWithRole(text: string): boolean {
  const match = /^([\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){1,3}), ((?:[\p{L}-]+ ){0,3}[\p{L}-]+)$/u.exec(text.trim());
  if (match !== null && /^(?:correspondent|editor|reporter|writer|columnist|producer|analyst|chief)$/i.test(match[2]!.split(' ').at(-1)!)) return true;
  // "Ana Ruiz, Health Desk", "Tom Hale, Eastern Chronicle": a writer and the desk or the paper they write for.
  if (match !== null && PERSON_NAME.test(match[1]!) && (/^\p{Lu}\S*(?: \p{Lu}\S*)? (?:Desk|Bureau)$/u.test(match[2]!) || isMastheadName(match[2]!) || isCreditLine(match[2]!))) return true;
  return /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2} \p{Lu}\p{Ll}+(?: \p{Ll}+){0,2} (?:correspondent|editor|reporter|writer|columnist|producer)$/u.test(text.trim());
}

/** Parts of a line set apart by bars or dots: "Jane Park | Harbour Herald | Jan 14, 2025". */
export const SIGNATURE_SEPARATOR = /\s+[|·•]\s+/;

/** "Jane Park", "Kim Min-ji": two to four capitalised words and nothing else. */
export const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3}$/u;

/**
 * "Jane Park | Harbour Herald", "Harbour Herald | Jan 14, 2025": a writer, an outlet and a timestamp set apart
 * by bars, with an outlet or a timestamp among them. A menu ("Home | World") or a section and a date
 * ("Politics | Jan 14, 2025") is none of these.
 */
export function isSignatureBar(text: string): boolean {
  // "… · Posted: Oct 16, 2023 7:10 PM | Last Updated: 2 hours ago": the page's clock beside the stamp is no part to read.
  const parts = text.split(SIGNATURE_SEPARATOR).map((part) => part.trim()).filter((part, index) => index === 0 || !isPageClock(part));
  if (parts.length < 2 || parts.length > 3) return false;
  const kinds = parts.map((part) => (isDateline(part) ? 'stamp' : isCreditLine(part) || isMastheadName(part) ? 'outlet' : namedAfter(part, /^by\s+/i) || PERSON_NAME.test(part) ? 'person' : null));
  return kinds.every((kind) => kind !== null) && kinds.includes('outlet') && new Set(kinds).size === kinds.length;
}

/**
 * "Jane Roe · Mar 27, 2024 · 5 min read", "Jane Roe | March 27, 2024": a writer's name beside the stamp (and the
 * reading time), no outlet. A section beside a stamp ("Local News · Mar 27, 2024") is no writer.
 */
export function isStampedName(text: string): boolean {
  // "Jane Roe - March 27, 2024", "March 27, 2024 by Jane Roe": a spaced dash or "by" may part them too.
  const byAfter = /^(.+?)\s+by\s+(\p{Lu}.+)$/u.exec(text.trim());
  const parts = (byAfter && isDateline(byAfter[1]!) ? [byAfter[1]!, byAfter[2]!] : text.split(/\s+[|·•]\s+|\s+[-–—]\s+/)).map((part) => part.trim());
  if (parts.length < 2 || parts.length > 3) return false;
  // "27 March 2024 | By Jane Roe": the stamp may come first. "Jane Roe, Staff Writer | …": a post may follow the name.
  const people = parts.filter((part) => !isDateline(part) && !isPageClock(part) && !isItemMeta(part));
  if (people.length !== 1 || people.length === parts.length) return false;
  const name = people[0]!.replace(/^by\s+/i, '').replace(/,\s*(?:\p{L}+\s+){0,2}(?:writer|reporter|correspondent|editor|columnist)$/iu, '');
  if (!PERSON_NAME.test(name)) return false;
  // "Tuesday, December 10, 2024 | Today's Paper": the site's date bar and its print-edition link, no writer.
  return !name.split(' ').some((word) => SECTION_NAME.test(word) || GENERIC_OUTLET_WORD.test(word) || MASTHEAD_NOUN.test(word) || /^(?:Today['’]s|Paper|E-?[Pp]aper|E-?[Ee]dition|Edition)$/.test(word));
}

/**
 * Last words of a newspaper's or a site's name ("The Harbor Ledger", "Chesapeake Courier"). Too common in headlines
 * to make a credit line of any short capitalised line (isCreditLine), they name an outlet only where the page puts its
 * own name: its masthead, the site name beside a section, the name after a writer.
 */
const MASTHEAD_NOUN =
  /^(?:Ledger|Courier|Courant|Chronicle|Standard|Observer|Sentinel|Register|Examiner|Inquirer|Enquirer|Dispatch|Bulletin|Review|Monitor|Telegraph|Telegram|Independent|Guardian|Star|Record|Mirror|Express|Globe|Reporter|Advertiser|Argus|Beacon|Banner|Leader|Mercury|Messenger|Pioneer|Republic|Signal|Statesman|Sun|Voice|Weekly|Magazine|Digest|Insider|Today|Shimbun|Ilbo|Sinmun|Echo|Gleaner|Clarion|Citizen|Nation|Recorder|Patriot|Eagle)$/;

/** Words that say a writer's rank or beat before "Reporter" ("Staff", "Senior", "Chief Political"). */
const WRITER_POST_WORD =
  /^(?:Staff|Senior|Junior|Chief|Special|Lead|Principal|Contributing|Freelance|Associate|Assistant|Deputy|Trainee|Cub|General|Political|Business|Sports?|Health|Science|Court|Courts|Crime|Education|Environment(?:al)?|Foreign|Investigative|Local|Economics?|Technology|Tech|Legal|Diplomatic|Defen[cs]e|Security|Transport|Energy|Climate|Social|Affairs|Data|City|Home|Industry|Medical|Arts|Culture|Travel|Royal|Parliamentary|Consumer|Property|Markets?|Finance|Financial|Weather|Metro|Regional|Community|Digital|Video|Multimedia|News|Breaking|Night|Weekend|Graduate|Intern)$/;

/** "The Harbor Ledger", "THE HARBOR LEDGER", "Tidewater Daily": a name shaped as a masthead, and nothing else. */
export function isMastheadName(text: string): boolean {
  const bare = stripMarkers(text).trim().replace(/\.$/, '');
  // "By The Harbour Press" is a byline that names an outlet, read as one.
  if (/^by\s/i.test(bare)) return false;
  const titled = bare === bare.toUpperCase() ? bare.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_whole, space: string, letter: string) => space + letter.toUpperCase()) : bare;
  const tokens = titled.split(/\s+/);
  // "Chesapeake 9 News": a channel's number may stand in it, a year may not (a tagline's "since 1931").
  if (tokens.length < 2 || tokens.length > 5 || /\d{4}/.test(titled) || !tokens.every((token) => /^\p{Lu}[\p{L}&'’-]*$/u.test(token) || /^\d{1,3}$/.test(token) || /^(?:of|the|and|on)$/.test(token))) return false;
  const last = tokens[tokens.length - 1]!;
  if (!MASTHEAD_NOUN.test(last) && !GENERIC_OUTLET_WORD.test(last)) return false;
  // "Staff Reporter", "Senior Political Reporter": a writer's post after the name in a byline, not a paper.
  if (/^Reporters?$/.test(last) && tokens.slice(0, -1).every((token) => WRITER_POST_WORD.test(token))) return false;
  // "Local News", "World Today": a section's name, not a paper's. The name needs a word of its own; before a paper's
  // own noun an edition word is one ("The Daily Beacon", "Sunday Mirror"), before "News" or "Digest" it is not.
  const paperNoun = MASTHEAD_NOUN.test(last) && !/^(?:Digest|Today|Weekly|Magazine|Insider)$/.test(last);
  const edition = /^(?:Daily|Morning|Evening|Sunday|Weekly|National)$/i;
  return tokens
    .slice(0, -1)
    .some((token) => !/^(?:The|of|the|and|on)$/.test(token) && !SECTION_NAME.test(token) && !/^(?:Breaking|Latest|Top)$/i.test(token) && (paperNoun ? true : !GENERIC_OUTLET_WORD.test(token) && !edition.test(token)));
}

/**
 * "The Harbor Ledger | Local news", "World · Harbour Herald": a site's name beside the section a page is filed
 * under, as a page's title bar prints them. The name, when the line is that; else null.
 */
export function siteBarName(text: string): string | null {
  const parts = text.split(/\s+[|·•:»›>]\s+|\s+[-–—]\s+/).map((part) => part.trim());
  if (parts.length !== 2) return null;
  const isSection = (part: string) => wordCount(part) <= 3 && part.split(/\s+/).every((word) => SECTION_NAME.test(word) || /^(?:and|&|the)$/i.test(word));
  const [a, b] = parts as [string, string];
  if (isSection(b) && (isMastheadName(a) || isCreditLine(a))) return a;
  if (isSection(a) && (isMastheadName(b) || isCreditLine(b))) return b;
  return null;
}

/** A signature naming its writer by role: "Reporter Lee So-yeon", "Staff writer Jane Park", "— Reporting by Ann Lee; Editing by …". */
// "Author of the article: Marc Tremblay": a page's label for its writer.
const PERSON_SIGNATURE = /^[-–—(]*\s*(reporter|correspondent|staff (writer|reporter)|written by|reporting by|words by|additional reporting by|editing by|writing by|compiled by|author(?: of the (?:article|story|post))?\s*:)\s+/i;

/**
 * A label ("By", "Reporting by") then a name: the word after the label capitalised ("By Jane Park", "BY JANE PARK",
 * "By The Harbour Press") or a lower-case handle alone. Checked apart from the label's case-blind pattern, where \p{Lu} would match any letter:
 * "By the time rescuers arrived, …" and "Reporting by the agency showed …" are sentences.
 */
function namedAfter(text: string, label: RegExp): boolean {
  const match = label.exec(text);
  const rest = match === null ? '' : text.slice(match.index + match[0].length);
  // A blog's lower-case handle stands alone, or before its stamp ("Posted by reservoirwatch on December 3, 2024").
  return match !== null && (/^(?:[Tt]he\s+)?\p{Lu}/u.test(rest) || /^[\p{Ll}\d][\w.-]*(?:$|\s+(?:on|at)\s+\S|\s+[|·•–—-]\s)/u.test(rest));
}

/** "Kavya Rao @kavyarao_writes": a person's name (two to four capitalised words), then a handle. */
const WRITER_WITH_HANDLE = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3}\s+@[A-Za-z0-9_]{2,30}$/u;

/** A signature that names a person (a byline), not an outlet (a credit). */
export function isPersonSignature(text: string): boolean {
  return /\bby(?:\s*:)?\s/i.test(text) || namedAfter(text, PERSON_SIGNATURE) || /@[\w-]+\./.test(text) || WRITER_WITH_HANDLE.test(text.trim());
}

/**
 * A reading-time or relative-time label of the host page: "4 min read",
 * "Updated 2 hours ago", "5 minutes ago", "Reading time: 3 minutes".
 */
export function isPageClock(text: string): boolean {
  const bare = stripMarkers(text).trim();
  return (
    // "36m ago", "2d ago", "From 1h ago": a live page's clock, in its shortest units too.
    /^(?:(?:updated|posted|published|last updated|from)\s*:?\s*)?(?:about\s+)?\d+\s*(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?|mo)\s+ago\.?$/i.test(bare) ||
    /^(?:reading time\s*:?\s*)?\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?)(?:\s+read)?\.?$/i.test(bare) && /read|reading/i.test(bare)
  );
}

/** "Paid", "Members only", "Free to read": the access a platform marks an item with, alone. */
const ACCESS_LABEL = /^(?:paid|free|premium|subscribers? only|members? only|paywalled|free to read|unlocked|locked)$/i;

/** "2,310 followers", "42 likes", "3 restacks": a count of the page's or the writer's audience, and what it counts. */
const AUDIENCE_COUNT = /^\d{1,3}(?:[.,]\d{1,3})*\s?[kKmM]?\s+(?:followers|subscribers|likes|comments|shares|views|restacks|reposts|reactions|replies|responses|listens|plays|claps|upvotes|bookmarks)$/i;

/**
 * What a platform prints about the item itself beside its stamp or the writer's name: "38 min", "1 hr 12 min"
 * (an episode's length), "Episode 142", "Issue #31", "Paid", "2,310 followers", a reading time.
 */
export function isItemMeta(text: string): boolean {
  const bare = text.trim();
  return (
    isPageClock(bare) || ACCESS_LABEL.test(bare) || AUDIENCE_COUNT.test(bare) ||
    /^(?:\d{1,2}\s*(?:h|hr|hrs|hours?)\s*)?\d{1,3}\s*(?:m|min|mins|minutes)(?:\s*\d{1,2}\s*(?:s|sec|secs|seconds))?$/i.test(bare) ||
    /^(?:episode|ep\.?|season|issue|vol\.?|volume|no\.)\s*#?\d{1,4}$/i.test(bare)
  );
}

/**
 * "42 likes · 7 comments · 3 restacks", "Senior security reporter · 2,310 followers", "Episode 142 · 38 min": a bar of
 * short parts about the item or its writer (counts, length, number, access), no stamp and no sentence. A stamp among
 * them makes the line the page's dateline instead (isStampWithSection).
 */
export function isItemMetaBar(text: string): boolean {
  const parts = text.split(SIGNATURE_SEPARATOR).map((part) => part.trim());
  if (parts.length < 2 || parts.length > 5 || parts.some((part) => wordCount(part) > 5 || endsLikeSentence(part) || isDateline(part))) return false;
  const meta = parts.filter(isItemMeta);
  // "Episode 142 · 38 min": all of it; "Senior security reporter · 2,310 followers": an audience count beside a label.
  return meta.length === parts.length || parts.some((part) => AUDIENCE_COUNT.test(part));
}

/**
 * A share row spelled out: "Share this article: Facebook X LinkedIn Reddit Email", "Facebook · X · Email": the
 * targets of the share buttons and nothing else (a "Share …" label may lead).
 */
export function isShareRow(text: string): boolean {
  if (wordCount(text) > 14) return false;
  // "Share or comment on this article": the row's own label, its buttons drawn as icons.
  if (/^share (?:or|and|&) comment(?: on)?(?: this| the)? (?:article|story|post)$/i.test(stripMarkers(text).trim())) return true;
  const labelled = /^share(?: this (?:article|story|post|page|episode))?(?: on| via)?\s*[:：]?\s+/i.exec(stripMarkers(text).trim());
  const rest = stripMarkers(text).trim().slice(labelled?.[0].length ?? 0).replace(/\bcopy (?:the )?link\b/gi, 'copylink');
  const items = rest.split(/\s*[,|·•/]\s*|\s+/).filter((item) => item !== '');
  return items.length >= (labelled ? 1 : 2) && items.every((item) => SHARE_TARGET.test(item));
}

const SHARE_TARGET = /^(?:facebook|twitter|x|linkedin|whatsapp|telegram|threads|bluesky|reddit|pinterest|e-?mail|print|copylink|sms|messenger|flipboard|tumblr|mastodon)$/i;

/**
 * "Case 1:23-cv-04512-JMF Document 12 Filed 07/23/24 Page 3 of 40": the header a court's filing system stamps on
 * every page of a filing, copied with the text. It dates the filing, not the page that quotes it.
 */
export function isFilingHeader(text: string): boolean {
  // "Case No. 1:23-cv-04512-JMF" alone: the docket number a filing's caption prints.
  if (/^case\s+(?:no\.?|number|#)\s*:?\s*\d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}(?:-[A-Z0-9]+)*$/i.test(stripMarkers(text).trim())) return true;
  return /^case\s+\d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}(?:-[A-Z0-9-]+)?\s+document\s+\d+(?:-\d+)?\s+filed\s+\d{1,2}\/\d{1,2}\/\d{2,4}\s+page\s+\d+\s+of\s+\d+(?:\s+page\s?id\s*#?:?\s*\d+)?$/i.test(stripMarkers(text).trim());
}

/** "/s/ Dana Whitfield": the electronic signature of a court filing, copied with its text. */
export function isFilingSignature(text: string): boolean {
  return /^\/s\/\s*\p{Lu}[\p{L}.'’ -]{1,60}$/u.test(stripMarkers(text).trim());
}

/**
 * "[MUSIC PLAYING]", "[Laughter]", "[crosstalk]": a transcript's stage direction, a few words in square brackets alone
 * on the line. A credit in brackets ("[Reuters]") names an outlet and is read as one.
 */
export function isStageDirection(text: string): boolean {
  // "(Applause)", "(LAUGHTER)", "[inaudible]": what the room did or the recording lost, one of a transcript's few such words.
  if (/^[[(](?:applause|laughter|laughs|crosstalk|cross-talk|inaudible|unintelligible|indiscernible|silence|pause|music|cheering|cheers|booing|break|recess|gavel|end of (?:clip|video|audio|tape))[\])]$/i.test(text.trim())) return true;
  const match = /^\[([\p{L} '’-]{2,40})\]$/u.exec(text.trim());
  return match !== null && wordCount(match[1]!) <= 4 && !isCreditLine(match[1]!) && !isMastheadName(match[1]!);
}

/**
 * The heading of a page's comment section: "12 Comments", "Comments (3)", "Join the conversation",
 * "Reader comments", "Show comments". The counter alone is a widget; as a heading it opens the readers' part.
 */
export function isCommentsHeading(text: string): boolean {
  const bare = stripMarkers(text).trim();
  return (
    /^(\d[\d,.]*\s*[kK]?\s+)?(reader(s['’]?)?\s+)?(comments?|responses|replies|discussion)(\s*\(\s*\d+\s*\))?$/i.test(bare) ||
    /^((join|start) the (conversation|discussion)|(leave|post|add|write) a (reply|comment|response)|(show|view|load|read|see) (all )?(\d+ )?comments?|comments? (are|is) (now )?(closed|open)\.?)$/i.test(bare)
  );
}

/** Words that report someone's speech: a line carrying one is the story's telling, not the site's voice. */
const ATTRIBUTION = /\b(said|says|told|added|according to)\b/i;

/** "Related: …", "Read more: …", "See also: …": a link to another article, whatever follows. */
export function isLinkToOtherArticle(text: string): boolean {
  // "Related: the ship's owner said on Wednesday it would seek damages.": a sentence of the story, in lower case
  // after the label; a link gives another page's title.
  const rest = /^[^:：]{1,20}[:：]\s*(.*)$/u.exec(stripMarkers(text).trim())?.[1] ?? '';
  if (/^\p{Ll}/u.test(rest) && isProse(rest)) return false;
  // "Latest: The council said it would open two more shelters on Thursday.": a reported sentence, not a page's title.
  if (isProse(rest) && ATTRIBUTION.test(rest)) return false;
  // "[See also] Ferry fares to rise", "(Related) …": the label in brackets stands for its colon.
  const labelled = stripMarkers(text).trim().replace(/^[[(]([^\])]{2,20})[\])]\s*(?=\S)/u, '$1: ');
  return /^(related( stories| articles| coverage)?|read more|read also|also read|see also|more on this( story)?|recommended( for you)?|in the news|trending( now)?|top stories|latest( news)?|most read|don['’]?t miss|must read|you (?:may|might) (?:also )?like|also (?:see|watch)|suggested( reading)?)\s*[:：|»›>–—-]\s*\S/i.test(labelled) ||
    // "READ: Classes suspended in the capital due to heavy rain": a bare "read" label before another page's title, no sentence.
    (/^read\s*[:：|]\s*\p{Lu}/iu.test(labelled) && !/[.!?]["”’)]*$/u.test(labelled) && wordCount(labelled) <= 16);
}

/**
 * The site speaking to its reader about itself: cookie banners, sign-up and
 * log-in prompts, "Advertisement", "All rights reserved". Unlike isSitePrompt it
 * leaves out "comment", which stories use ("declined to comment, saying our…").
 */
export function isReaderPrompt(text: string): boolean {
  const term =
    /(?<![-\p{L}])(cookies?|newsletters?|subscribe|subscription|sign(?:ing)? ?up|log ?in|sign[- ]?in|advertisement|all rights reserved|skip to (main |site )?(content|navigation|index|search|menu|footer)|(accept|reject|allow|decline) all|privacy (policy|settings)|your privacy|manage (preferences|consent)|(in )?your inbox|(enter )?your e-?mail( address)?|e-?mail address|javascript|(support|fund) (our |independent |local |quality |public[- ]interest )*journalism|(our|this) (journalism|reporting) (depends|relies) on|thank(s| you) for reading|subscribers (make|help make|fund|support) (this|our)|free to read thanks to|report an? (error|typo|mistake|correction)|have your say(?: on (?:this|the) (?:story|article|issue))?(?= *(?:in the comments|below|[.!?]?$))|in the comments( section)? below|(an )?official (web)?site of|this e-?mail|signed up|you are receiving this|unsubscribe|sponsored( content| stories)?|promoted (content|stories)|paid (post|content)|from our partners|supported by|continue reading( the main story)?|(join|follow) (us|our) ([\p{L}]+ ){0,2}(channel|community|newsletter)|was this (article|story|page) (helpful|useful)|(?:have|got) a (news |story )?tip|(?:reader|your|member) support (?:helps |will )?(?:keeps?|makes?|helps?) (?:keep )?(?:our|this) (?:journalism|reporting|newsroom|site|work)|donate (?:today|now|here|monthly)|(support|fund) (our |independent |local |nonprofit |non-profit )*(fact-?checking|newsroom)|free (articles?|stories)( (left|remaining))?|(?:follow|like) [\p{L}@_ .'-]{1,40} on (x|twitter|instagram|threads|bluesky|facebook|linkedin|google news|whatsapp|telegram|youtube)|don['’]?t miss out on (?:the|our) latest|catch (?:all )?(?:the )?(?:latest )?(?:[\p{L}-]+ ){0,6}(?:news|updates|stories)(?: and (?:[\p{L}-]+ ){0,4}(?:news|updates|stories))? (?:on|at|from)|regist(?:er|ering) (?:for free|here|now)|more (?:stories |articles |news )?(?:by|from) (?:this|the) (?:author|writer|reporter|journalist|columnist)|view (it |this (e-?mail|newsletter) )?in (your |a )?browser|privacy notice|click here|premium members?|(for )?(paid )?subscribers only|members only|forwarded this (e-?mail|newsletter)|(e-?mail|newsletter) (was )?forwarded|update your preferences|(story|article) continues (below|after)|scroll to continue|keep reading|unlimited access|unlock (the|this|our|your|unlimited|full|all|free)|(subscribe|sign up) for free|(create|register for) (a |an |your )?(free )?account|(download|get|install) (our|the) (free )?app|(turn on|enable|allow) (push |breaking news )?(notifications|alerts)|(sign up|subscribe|register|join) (here|now|today|for free)|do not sell( or share)? my|(this )?(audio|summary|transcript|captions?) (is|was|has been) ((auto(matically)?[- ])?generated|ai[- ]generated)|(transcripts?|captions?|summary|audio) ((was|were|is) )?(auto(matically)?[- ])?(generated|produced|created|transcribed) (automatically|by (ai|a machine|machine|software|artificial intelligence|speech recognition))|(auto(matically)?|machine|ai)[- ]generated (transcript|captions?|summary)|(download|get|install) [^.]{0,60}?\b(our|the) (free )?(?:[\p{L}\d]+ ){0,3}app|(follow|see|read|get) (our|the) (live |latest |full )?(coverage|updates|live blog)|(submit|send|write) (a |us a |your )?letters? to the editor)(?![-\p{L}])/iu.exec(
      text,
    );
  if (!term) return false;
  // "'We reject all of the claims,' the chief said": a quoted or attributed line is the story's, whatever words it uses.
  if (ATTRIBUTION.test(text)) return false;
  // Opening the line, or on a short line a later sentence ("Want more stories like this? Sign up here.").
  const before = text.slice(0, term.index);
  // "Thanks for reading The Ledger Line! Subscribe for free … my work.": after a short first sentence, too, when the
  // sentence it opens offers the reader something ("free") or speaks as the writer ("my").
  const afterShort = wordCount(text) <= 12 || (wordCount(before) <= 8 && wordCount(text) <= 24 && /\b(free|[Mm]y)\b/.test(text.slice(term.index)));
  const opens = !/\p{L}/u.test(before) || (afterShort && /[.?!]["'”’)]*\s+$/u.test(before));
  // "This article is available to premium members only": the page speaking of itself.
  return opens || /\b([Pp]lease|[Yy]ou|[Yy]our|[Oo]ur|[Ww]e use)\b/.test(text) || /\bthis (article|story|content|page|transcript|summary|audio)\b/i.test(text) || wordCount(text) <= 6;
}

/** Words that make a name an outlet's ("The Harbour Herald"), but alone name none ("News" is a menu item). */
const GENERIC_OUTLET_WORDS = 'News|Network|Press|Agency|Times|Daily|Herald|Post|Journal|Wire|Tribune|Gazette|Broadcasting|Television|Radio|Media';
/** Wire agencies, whose own name alone credits a story ("— Reuters", "JIJI"). */
const NEWS_AGENCIES = 'Reuters|Yonhap|Kyodo|Jiji|Xinhua|Bernama|Antara|Tass|EFE|ANSA|dpa|AFP|AP|UPI|PTI|ANI|CNA';

// Inside a longer credit, the agencies whose names stand in credits of this kind ("Kyodo News", "— Reuters").
const OUTLET_WORD = new RegExp(`\\b(${GENERIC_OUTLET_WORDS}|Shimbun|Reuters|Yonhap|Kyodo|Jiji|AFP|AP)\\b`);
const NEWS_AGENCY = new RegExp(`^(${NEWS_AGENCIES})$`, 'i');
const GENERIC_OUTLET_WORD = new RegExp(`^(${GENERIC_OUTLET_WORDS})$`);

/** "Harbour Herald", "Valley Ledger": a name with a newspaper's or a broadcaster's own noun in it. */
export function hasOutletNoun(name: string): boolean {
  return name.split(/\s+/).some((word) => MASTHEAD_NOUN.test(word) || GENERIC_OUTLET_WORD.test(word));
}

/** "Asia News Network/The Japan News", "— Reuters": a syndication credit. */
export function isCreditLine(text: string): boolean {
  const bare = text.replace(/^[-–—(]+\s*|\)$/g, '');
  const count = wordCount(bare);
  // A wire agency's name alone, in any case ("JIJI", "— Kyodo"), credits the story to it.
  if (count === 1 && NEWS_AGENCY.test(bare.trim())) return true;
  return (
    count > 0 &&
    // "Get the Newsfold Daily", "Follow Meridian Wire": a call to the reader, not a credit.
    !CALL_TO_ACTION.test(bare) &&
    count <= 8 &&
    !endsLikeSentence(bare) &&
    OUTLET_WORD.test(bare) &&
    // The outlet's word closes its name ("Yonhap News Agency", "Channel 9 News Staff"); one that opens a longer line
    // heads a headline ("Agency Lifts Flight Limits Over the River", "Press Groups Condemn Arrests").
    lastOutletWordNearEnd(bare) &&
    // A year marks a masthead tagline ("Japan's National Daily Since 1922"), not a credit.
    !/\b(1[89]|20)\d{2}\b/.test(bare) &&
    words(bare).every((token) => /^[\p{Lu}\d]/u.test(token) || /^(of|the|and|for)$/.test(token)) &&
    // "News", "Daily", "The Press": a section or menu word alone names no outlet; an agency's own name does ("Reuters").
    // Nor does a section's name with it ("Local News", "World News").
    words(bare).some((token) => !GENERIC_OUTLET_WORD.test(token) && !/^(of|the|and|for)$/i.test(token) && !SECTION_NAME.test(token) && !/^(?:breaking|top|latest)$/i.test(token))
  );
}

function lastOutletWordNearEnd(text: string): boolean {
  const tokens = words(text.split('/').at(-1)!.trim() || text);
  let last = -1;
  tokens.forEach((token, index) => {
    if (OUTLET_WORD.test(token) || NEWS_AGENCY.test(token)) last = index;
  });
  return last === -1 ? words(text).some((token) => OUTLET_WORD.test(token)) : last >= tokens.length - 3;
}

/**
 * Photo captions: position words ("right,", "left,"), picture credits in
 * brackets or "(Provided by …)", a "Photo" label, or "PICTURED:".
 */
export function isCaption(text: string): boolean {
  return (
    /^(file )?(photo|picture|image)\b/i.test(text) ||
    isPicturedCaption(text) ||
    // "… in Seoul. REUTERS/Kim Hong-Ji/File Photo": a wire picture's credit, the agency in capitals, closes it.
    (text.includes('/') && /[.!?]\s+\p{Lu}{2,}(?:\s\p{Lu}{2,})?\/\p{Lu}[\p{L}.' -]{1,40}(?:\/(?:File )?Photo)?$/u.test(text)) ||
    /,\s*(left|right|center|centre|second from (left|right)|front|back)\s*,/i.test(text) ||
    /\[\s*[\p{Lu}\d][\p{Lu}\d .,'&/-]{2,}\]\s*$/u.test(text) ||
    // "… before dawn. Photo: Lena Marsh/AFP", "… over the river. /AFK/": a picture's credit closing what it shows.
    /[.!?]["”’]?\s+(?:(?:[Pp]hoto(?:graph)?|PHOTO|[Pp]icture|[Ii]mage)(?:\s+by)?\s*:?\s*\p{Lu}[\p{L}.'’ &/-]{1,60}|\/\p{Lu}{2,10}\/)$/u.test(text) ||
    isCreditInParentheses(text)
  );
}

/** "PICTURED: Watkins wheels away after his winner": a caption under its label, saying what the picture shows. */
export const isPicturedCaption = (text: string) =>
  /^pictured(?: (?:above|below|left|right|top))?\s*:\s*\S+(?:\s+\S+){3}/i.test(text) ||
  // "Image caption, Students watch the landing on a big screen": a broadcaster's label before what the picture shows.
  /^(?:image|picture|photo) caption\s*[,:]\s*\S+(?:\s+\S+){3}/i.test(text) ||
  isLabelledCaption(text);

/**
 * "Image: The second ferry, whose crew took the passengers off, at its berth. (Courier)": a picture's label, then a
 * description of what it shows. A credit under the same label ("Photo: Lena Marsh/AFP/Getty Images") is names: the
 * description needs eight words, four of them in lower case.
 */
function isLabelledCaption(text: string): boolean {
  const match = /^(?:file\s+)?(?:image|picture|photo|photograph)\s*:\s*(.+)$/i.exec(text.trim());
  if (!match?.[1]) return false;
  const described = match[1].split(/\s+/);
  return described.length >= 8 && described.filter((word) => /^\p{Ll}+[,.;]?$/u.test(word)).length >= 4;
}

/**
 * "(Provided by …)" closing the line. Only the text after the last-but-one ")"
 * can hold it, so look there: `/\((provided by…)[^)]*\)\s*$/` alone is
 * quadratic on a long line of "(provided by" without a closing bracket.
 */
function isCreditInParentheses(text: string): boolean {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(')')) return false;
  const tail = trimmed.slice(trimmed.lastIndexOf(')', trimmed.length - 2) + 1);
  // "(Photo: Jo Kim/Alpha)", "(Picture by …)": a picture's credit in brackets closing what it shows.
  return /\((provided by|photo by|courtesy of|source:|(?:photo|picture|image)(?:graph)?\s*:)/i.test(tail);
}

/** A headline: a handful of words, not a sentence, mostly capitalised or title-like. */
export function isHeadlineShaped(text: string): boolean {
  const tokens = words(stripMarkers(text));
  return tokens.length >= 4 && tokens.length <= 30 && !/[.,;:]$/.test(text);
}

/**
 * A short headline: "Kovac wins", "Treasurer jailed", "Moss wins Ashworth", "PENSION THIEF CAGED". Two or three
 * words with a lowercase word (a verb: menus and sections capitalise every word), or three or more in capitals that
 * name no masthead or section; no site vocabulary, no closing stop. Taken for the headline only where the page has
 * no longer one (see shortHeadlineAt).
 */
export function isShortHeadline(text: string): boolean {
  const bare = stripMarkers(text).trim();
  const tokens = words(bare);
  if (tokens.length < 2 || tokens.length > 4 || /[.,;:]$/.test(bare) || !/^\p{Lu}/u.test(bare) || hasUiVocabulary(bare) || isSectionSlug(bare) || isBreadcrumb(bare)) return false;
  if (tokens.some((token) => /^\d+$/.test(token) || SECTION_NAME.test(token) || GENERIC_OUTLET_WORD.test(token))) return false;
  if (bare === bare.toUpperCase()) return tokens.length >= 3 && !isMastheadName(bare);
  return tokens.length <= 3 && tokens.slice(1).some((token) => /^\p{Ll}{3,}$/u.test(token) && !/^(?:and|the|for|with|from|about|into|over)$/.test(token));
}

/**
 * Where a page with no headline-shaped line before its prose has a short headline: the first such line, if it is
 * the first line or follows only mastheads, menus and labels; -1 otherwise. `texts` are the page's folded lines in
 * order, `firstProse` the index of its first paragraph.
 */
export function shortHeadlineAt(texts: readonly string[], firstProse: number): number {
  const head = texts.slice(0, firstProse === -1 ? texts.length : firstProse);
  if (head.some((text, index) => isHeadlineShaped(headlineText(text)) && !isDateline(text) && !isByline(text) && !isNameWithRole(text) && !isCaption(text) && placeStamp(text) === null && !(index === 0 ? isIssuerLineOver(text, head[1]) : index === 1 && isIssuerLine(text)))) return -1;
  const found = head.findIndex((text) => isShortHeadline(text) && !isDateline(text) && !isByline(text));
  // "Minister flies home", "Print workers strike": a site word in the page's first line is the story's own when the
  // story tells it again (see headlineEchoedByStory).
  return found === -1 && firstProse > 0 && headlineEchoedByStory(texts[0] ?? '', texts.slice(firstProse, firstProse + 3)) ? 0 : found;
}

/**
 * A page's short first line with a word a site's menu also uses ("home", "print", "search", "login") that is the
 * story's headline: two to four words, capitalised, with no stop, not the site talking to its reader, whose words the
 * story's first paragraphs say again — at least two of them, one not a site word ("Minister flies home" over "…
 * Minister Ines Robles flew home …"). A menu's "Print edition" or "Search results" is not told by the story.
 */
export function headlineEchoedByStory(text: string, prose: readonly string[]): boolean {
  const bare = stripMarkers(text).trim();
  const tokens = words(bare);
  if (tokens.length < 2 || tokens.length > 4 || /[.,;:!?|]$/.test(bare) || !/^\p{Lu}/u.test(bare) || !hasUiVocabulary(bare) || isSitePrompt(bare) || isSectionSlug(bare) || isBreadcrumb(bare)) return false;
  // Menu items capitalise every word ("Print Edition", "Most Read"); a headline's later words are lower case.
  if (!tokens.slice(1).some((token) => /^\p{Ll}{3,}$/u.test(token))) return false;
  const storyStems = new Set(prose.join(' ').toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length >= 4).map((word) => word.slice(0, 5)));
  const echoed = tokens.map((token) => token.toLowerCase().replace(/[^\p{L}]/gu, '')).filter((word) => word.length >= 4 && storyStems.has(word.slice(0, 5)));
  return echoed.length >= 2 && echoed.some((word) => !hasUiVocabulary(word) && !/^(?:stor(?:y|ies)|articles?|pages?|news|posts?|videos?|photos?|links?|more|site)$/.test(word));
}

/** A line opening with a call to the reader: "Get the … Daily", "Sign up for …", "Listen to this article". */
const CALL_TO_ACTION = /^(get|sign up|subscribe|join|follow|download|listen|watch|try|register)\b/i;

/**
 * A menu, tag or share bar laid out with runs of spaces: "World   Business   Markets",
 * "Share   Tweet   Copy link", "Tags: FTX   Alameda Research". Read on the raw line,
 * before spaces are folded: at least three items of at most three words each (two
 * items when one is site vocabulary, "Share   Reuse this content"), no sentence.
 */
export function isSpacedMenu(raw: string): boolean {
  // "NEWS  ·  Bayport  ·  Schools": a dot or bar between the spaced items is a separator, not an item.
  const parts = raw.trim().split(/(?:\s{2,}|\t)+/).filter((part) => !/^[·•|/]$/u.test(part));
  if (parts.length < 2 || endsLikeSentence(raw.trim())) return false;
  if (!parts.every((part) => wordCount(part) >= 1 && wordCount(part) <= 3)) return false;
  return parts.length >= 3 || parts.some((part) => hasUiVocabulary(part));
}

/** "© 2024 Example Media", "ⓒ The Daily. All rights reserved.", "Unauthorized reproduction and redistribution prohibited". */
export function isCopyrightNotice(text: string): boolean {
  const bare = stripMarkers(text).trim();
  if (wordCount(bare) > 25) return false;
  return (
    /^(©|ⓒ|\(c\)\s|copyright\b|all content\s*(©|copyright))/iu.test(bare) ||
    /\b(all rights reserved|redistribution (is )?prohibited|reproduction (is )?prohibited)\b/i.test(bare) ||
    // "Harbour Herald © 2025": a short name, then the mark and the year, nothing else.
    /^\p{Lu}[\p{L}&.' -]{1,50}\s(©|ⓒ)\s*\d{4}$/u.test(bare)
  );
}

/** "###", "-30-", "- END -": the mark a press release ends with. */
export function isEndMark(text: string): boolean {
  // "ENDS": a British release's end mark.
  if (/^(#{3}|-\s*30\s*-|-*\s*ends?\s*-*|\(\s*end\s*\))$/i.test(text.trim())) return true;
  // "More to follow.", "(MORE)", "This is a developing story. Check back for updates.": a wire flash's or a breaking
  // page's closing mark, promising more copy; a sentence of the story says what is to follow.
  return /^(?:\(?more to (?:follow|come)\)?|\(more\)|this (?:is a )?(?:developing|breaking) (?:news )?story(?:,? (?:and it )?(?:will|may) be updated)?|this story is developing(?:,? and (?:will|may) be updated)?)\.?(?:\s+(?:please )?(?:check back|refresh)(?: later)? for (?:updates|more)\.?)?$/i.test(
    stripMarkers(text).trim(),
  );
}

/**
 * Where the page came from or where the rest is: "Originally published at … on March 12, 2025.",
 * "Read the full story at Harbour Herald.", "This article first appeared in …", "SOURCE Harbour Authority"
 * (a wire release's closing source line), "Media Contact: …", "For more information, visit www…".
 */
export function isProvenanceNote(text: string): boolean {
  const bare = stripMarkers(text).trim();
  if (wordCount(bare) > 25) return false;
  return (
    /^(originally (published|posted|appeared)|this (article|story|post) (was )?(originally|first) (published|appeared)|read the (full|rest of the|original) (story|article)|first published (in|at|by|on)\b(?! \d{4}, \p{Ll}))/iu.test(bare) ||
    /^SOURCE\s+\p{Lu}/u.test(bare) ||
    /^(media|press|investor)\s+contacts?\s*:/i.test(bare) ||
    /^for (more|further) information,? (please )?(visit|see|contact|go to)\b/i.test(bare)
  );
}

/**
 * "Edited by Tom Lee", "Fact checked by Ana Ruiz", "Illustration by …", "Video by …": the people who produced the
 * page, credited apart from the writer's byline.
 */
export function isProductionCredit(text: string): boolean {
  const bare = stripMarkers(text).trim();
  // "(Seoul Newsroom)", "(Bayport Desk)": the wire desk that handled the copy.
  if (/^\((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:newsroom|desk|bureau)\)$/iu.test(bare)) return true;
  // "The Briefing is written by Ana Ruiz and edited by Tom Hale.": a newsletter naming who makes it.
  const madeBy = /^(?:this (?:newsletter|edition|e-?mail|briefing|digest)|the (?:\p{Lu}[\p{L}'’-]*\s?){1,3}) (?:is|was) (?:written|compiled|edited|produced|put together) by (.+?)(?: and (?:edited|produced|compiled|fact[- ]?checked) by (.+?))?\.?$/iu.exec(bare);
  if (madeBy && wordCount(bare) <= 16 && namesOnly(madeBy[1]!) && (madeBy[2] === undefined || namesOnly(madeBy[2]))) return true;
  const credit = /^(?:edited|fact[- ]?checked|copy[- ]?edited|produced|illustrations?|graphics?|video|design(?:ed)?|photo editing|visuals?|data|research|hosted|co-hosted|presented|narrated|mixed|engineered|sound design|music) by\s+(\p{L}.*)$/iu.exec(bare);
  // Who is credited is named, nothing more: "Video by a bystander showed the span twisting" is a sentence of the story.
  return wordCount(bare) <= 12 && !endsLikeSentence(bare.replace(/\.$/, '')) && credit !== null && namesOnly(credit[1]!);
}

/** Words that are all names (capitalised), with the small words a list of names or a desk's name holds. */
function namesOnly(text: string): boolean {
  const words = text.replace(/[.;]$/, '').split(/[\s,&/]+/u).filter(Boolean);
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word) || /^(?:and|of|the|for|de|la|van|von|der|al|bin|da|di|du|le)$/.test(word));
}

/** "Weather 3°C Seoul", "KOSPI 2,497.42 ▲0.5%": a weather or market ticker of the host page. */
export function isTickerWidget(text: string): boolean {
  const bare = stripMarkers(text).trim();
  // A temperature alone is a headline's as often as a widget's ("Heatwave hits 41°C in Seville"): only a line that
  // opens on the widget's label, or a price with its arrow, is the page's ticker.
  // "Further company coverage: [BPA.L]": a wire's market code in brackets closing a short line.
  if (wordCount(bare) <= 8 && /\[[A-Z0-9]{1,6}\.[A-Z]{1,4}\]$/.test(bare)) return true;
  // "Dow 39,102.55 -0.3%", "FTSE 100 8,204.1 +0.6%": an index or a stock, its level and its signed change, nothing else.
  if (isPriceChange(bare)) return true;
  // "Tallow Systems Inc (TLWS.O)", "Tallow Systems (NYSE: TLWS)": a company and its market code, a quote widget's label.
  if (wordCount(bare) <= 8 && !endsLikeSentence(bare) && /\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NYSE American|OTC|KRX|TSE|HKEX|SGX)\s*:\s*[A-Z0-9.]{1,8}|[A-Z0-9]{1,6}\.[A-Z]{1,3})\)$/.test(bare)) return true;
  // "88° Partly Cloudy", "21°C Light rain": a weather widget's reading, a temperature then the sky, nothing else.
  if (/^-?\d{1,3}(?:\.\d)?\s*°\s*[CF]?\s+(?:(?:mostly|partly|light|heavy|scattered|isolated|few)\s+)?(?:sunny|clear|cloudy|clouds|overcast|rain|showers|drizzle|snow|sleet|fog|foggy|haze|hazy|mist|windy|thunderstorms?|storms?|fair)$/iu.test(bare)) return true;
  // "Light rain, 11°C", "Sunny spells 18°": the same reading, the sky first.
  if (/^(?:(?:mostly|partly|light|heavy|scattered|isolated|few)\s+)?(?:sunny|clear|cloudy|clouds|overcast|rain|showers|drizzle|snow|sleet|fog|foggy|haze|hazy|mist|windy|thunderstorms?|storms?|fair)(?:\s+(?:spells|intervals|periods|skies))?\s*,?\s*-?\d{1,3}(?:\.\d)?\s*°\s*[CF]?$/iu.test(bare)) return true;
  return wordCount(bare) <= 6 && !endsLikeSentence(bare) && (/[▲▼△▽]\s*\d/u.test(bare) || (/^(?:weather|forecast|now)\b/iu.test(bare) && /-?\d+(?:\.\d)?\s*°\s*[CF]?\b/u.test(bare)));
}

/** A signed change alone ("▼0.8%", "+1.2%", "-0.35 (-0.4%)"), as a market widget prints it under a price. */
export function isSignedChange(text: string): boolean {
  return /^[▲▼△▽+\-−]\s?\d{1,4}(?:[.,]\d{1,3})?%?(?:\s*\([+\-−]?\d{1,4}(?:[.,]\d{1,3})?%\))?$/u.test(text.trim());
}

/** "Dow 39,102.55 -0.3%", "S&P 500 5,505.00 ▼0.8%": a name, a level and a signed change. */
function isPriceChange(text: string): boolean {
  return wordCount(text) <= 7 && /^\p{Lu}[\p{L}\d&.'’ -]{0,30}\s\d{1,3}(?:,\d{3})*(?:\.\d{1,4})?\s+[▲▼△▽+\-−]\s?\d{1,4}(?:[.,]\d{1,3})?%$/u.test(text);
}

/**
 * "Jane Park is a reporter at the Harbour Herald.": a staff writer's one-line biography, the whole line; the
 * outlet comes last. A story's sentence goes on past the employer ("… at the Herald who covered the strike").
 */
export function isStaffBiography(text: string): boolean {
  const bare = stripMarkers(text).trim();
  // "About the author: NAME is a former nurse who …": the label says whose biography it is, whatever the writer's trade.
  if (wordCount(bare) <= 60 && /^about the (?:author|writer|reporter|columnist|contributor)s?\s*[:—–-]\s*\p{Lu}.*[.!]$/iu.test(bare)) return true;
  return wordCount(bare) <= 24 && /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3} (?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|columnist|editor|bureau chief|journalist|contributor)(?: (?:at|for|with|of) (?:the )?\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,4})?\.$/u.test(bare);
}

/** "Reporting from Muan", "Reporting from Seoul and Tokyo": where the writer filed from, under a byline. */
export function isFilingPlace(text: string): boolean {
  return /^(?:[Rr]eporting|[Rr]eported|[Ww]riting) from\s+\p{Lu}[\p{L}'’.-]*(?:(?:,\s*|\s+and\s+|\s+)\p{Lu}[\p{L}'’.-]*){0,5}$/u.test(stripMarkers(text).trim());
}

/** "Contact:", "Media contacts", "Press contact:": the head of a press release's contact block. */
export function isContactHeader(text: string): boolean {
  // "Notes to editors" heads the same block in a British release: contacts and background for the press.
  return /^(?:(?:(?:media|press|investor|news)\s+)?(?:contacts?|enquiries|inquiries)|notes?\s+(?:to|for)\s+editors|editors?['’]?\s+notes?)\s*:?$/i.test(stripMarkers(text).trim());
}

/**
 * "About the FTX Debtors", "About Harbour Authority": the heading of the issuer's boilerplate at the foot of a
 * press release — "About", then a name in capitals (small joining words aside), nothing after it.
 */
export function isAboutHeading(text: string): boolean {
  const bare = stripMarkers(text).trim();
  const match = /^About\s+(.+?)\s*:?$/u.exec(bare);
  if (!match || wordCount(bare) > 8) return false;
  const nameWords = match[1]!.split(/\s+/).filter((word) => !/^(?:the|of|and|for|&|de|du)$/i.test(word));
  return nameWords.length > 0 && nameWords.every((word) => /^[\p{Lu}\d]/u.test(word));
}

/** "Contact Ken Ito at kito@coastaltimes.com.", "To reach the reporter, email …": how to write to the writer. */
export function isContactNote(text: string): boolean {
  const bare = stripMarkers(text).trim();
  if (wordCount(bare) > 20 || !/[\w.+-]+@[\w-]+(\.[\w-]+)+/.test(bare)) return false;
  // "Tom Lee can be reached at tlee@… or 555-0100.": the writer's address, in the third person.
  // "The hotline can be reached at help@agency.gov" is news for the reader; the writer is reached by name.
  return (
    /^(contact|e-?mail|write to|reach|to (contact|reach) (the )?(reporter|writer|author|editor|newsroom)s?\b)/i.test(bare) ||
    // "Tip-off: tips@…", "Got a news tip? Email tips@…": where to send the newsroom a story; not a police appeal
    // reported in the third person ("Police urged anyone with tips … to email …").
    (/\b(news )?tips?\b|\btip-?offs?\b/i.test(bare) && !ATTRIBUTION.test(bare) && !/\b(urged|asked|appealed)\b/i.test(bare)) ||
    /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3} can be (reached|contacted|e-?mailed)\b/u.test(bare)
  );
}

/**
 * "Address: 1 Harbour Road, Bayport", "Tel: +44 20 7946 0000": the site's or the issuer's own address, telephone
 * or web address, labelled, on a line of its own.
 */
export function isContactDetail(text: string): boolean {
  const bare = stripMarkers(text).trim();
  return wordCount(bare) <= 14 && /^(address|postal address|tel|telephone|phone|fax|switchboard|hotline|website|web)\s*[:：.]?\s*[:：]\s*\S|^(tel|fax)\.?\s*[+(\d]/iu.test(bare);
}

// "That's it for today. See you tomorrow.", "Thanks for reading", "Until tomorrow,": its sign-off, the whole line
// ("Until then, the president stays in office." is news).
const SIGN_OFF_PART = "(that['’]?s (it|all) for (today|tonight|now|this week)|see you (tomorrow|next week|on \\p{L}+day)|than(ks|k you) for reading|until (tomorrow|next time|next week)|have a (good|great|nice|lovely) (day|evening|weekend|week))";
const SIGN_OFF = new RegExp(`^${SIGN_OFF_PART}([,.!]*\\s+(and\\s+)?${SIGN_OFF_PART})*[,.!]*$`, 'iu');

/**
 * A masthead's tagline above the story: "Independent news for the Pacific coast since 1921", "Your trusted source
 * for local news". The founding year after "since" or "est." beside words for news, or the site praising itself.
 */
export function isTagline(text: string): boolean {
  const bare = stripMarkers(text).trim();
  if (wordCount(bare) > 12 || endsLikeSentence(bare)) return false;
  return (
    // "Covering Bayport and the North Shore since 1948": a paper serving its places, a participle first.
    (/\b(since|est\.?|established|founded)\s+(in\s+)?(1[6-9]|20)\d{2}$/iu.test(bare) &&
      (/\b(news|newspaper|daily|journalism|reporting|voice|source|paper)\b/iu.test(bare) || /^(serving|covering|informing|connecting)\s/iu.test(bare))) ||
    /^(your|the|our)\s+(\p{L}+\s+)?(trusted|independent|leading|essential|best|favou?rite|number one|home for|first)\b.*\b(source|voice|news|newspaper|daily|guide|journalism)\b/iu.test(bare) ||
    // "Your weekday guide to space and science": a letter's promise, told by how often it comes.
    // "Aviation news for people who love planes", "Local journalism for everyone who lives here": whom the site serves.
    /^(?:[\p{L}-]+\s+){0,2}(news|journalism|reporting|stories|coverage)\s+(for|by)\s+(people|readers|everyone|everybody|anyone|those|fans|lovers)\b/iu.test(bare) ||
    /^(your|the|our)\s+(daily|weekday|weekly|fortnightly|monthly|morning|evening|weekend|sunday)\s+(guide|briefing|digest|round-?up|dose|fix|catch-?up)\s+(to|of|on|for)\s/iu.test(bare)
  );
}

/**
 * "Good morning. It's Wednesday, and here is what you need to know today.", "Hello, and welcome to the Friday
 * edition.": a newsletter's sender greeting its reader, and nothing more, or signing off.
 */
export function isGreeting(text: string): boolean {
  const bare = stripMarkers(text).trim();
  if (SIGN_OFF.test(bare)) return true;
  return (
    wordCount(bare) <= 16 && /^(good (morning|afternoon|evening|day)|hello|hi|hey|welcome( back)? to|dear (readers?|subscribers?))\b/iu.test(bare) &&
    // A live blog's opening line greets too, then reports ("Good morning and welcome to our coverage of the vote,
    // which …"): a greeting is short and says nothing but hello.
    (/\b(you|your|this (edition|issue|newsletter))\b/i.test(bare) || (/\bwelcome\b/i.test(bare) && wordCount(bare) <= 12 && !/\d/.test(bare)) || wordCount(bare) <= 4) &&
    // "Good morning, Carrow, and thank you for your patience, the mayor began.": a greeting the story reports.
    !/\b(said|says|began|told|added|wrote)[.!]?["'”’]?$/i.test(bare)
  );
}

/** "The views expressed are the author's own.": an opinion page's disclaimer. */
export function isDisclaimer(text: string): boolean {
  return (
    // "Our Standards: The Trust Principles.": a wire's note on the standards it keeps.
    (/^our standards\s*:/i.test(text.trim()) ||
      // "Disclaimer: This story is auto-generated from a syndicated feed …": the page's note on itself, labelled so.
      // Not a sign's or a contract's quoted disclaimer ("Disclaimer: signs put up by the council warn …"): the note speaks
      // of the page, its content, its writers' views or its sources.
      (/^disclaimer\s*[:：]\s*\S/i.test(text.trim()) &&
        /\b(?:this|the|our) (?:story|article|page|post|piece|report|content|site|website|feed|video|newsletter|column|information)\b|\b(?:views|opinions) (?:expressed|are)\b|\bsyndicated\b|\bauto-?generated\b|\b(?:ai|machine)[- ]generated\b|\baffiliate\b|\bnot (?:responsible|liable)\b|\b(?:investment|financial|legal|medical) advice\b/i.test(text)) ||
      /\bviews expressed (here |in this (article|piece|column) )?are (the author['’]?s own|those of the author|solely)/i.test(text) ||
      /\bis not responsible for the content of external (sites|websites|links|pages)\b/i.test(text) ||
      // "Note: This summary is provided to help readers … It does not form part of the judgment.": a court's press
      // summary saying what it is not; a story sentence about a ruling names its parties, not "this summary".
      /^(?:note\s*[:：]\s*)?this (?:summary|press summary|case summary|note) is (?:provided|issued|intended|prepared)\b.*\bnot (?:form )?part of the (?:reasons|judgment|judgement|decision|ruling|court['’]s)\b/i.test(text.trim()) ||
      // "Affiliate disclosure: …", "We may earn a commission when you buy through our links.": the site's own interest.
      /^(affiliate|advertising|editorial|financial) disclosure\s*[:：]/i.test(text.trim()) ||
      /\b(we|this site|the site)( may)? (earn|receive|get) (an? )?(small )?(affiliate )?commission\b/i.test(text) ||
      // "Market data delayed by at least 15 minutes.", "Quotes delayed 20 minutes": the data widget's own terms.
      /^(market data|data|quotes?|prices|stock quotes?)( (are|is))? delayed( by)?( at least| up to)? \d{1,2} min/i.test(text.trim())) &&
    wordCount(text) <= 30
  );
}

/**
 * "This article was amended on 15 January 2024. An earlier version …", "Correction: …",
 * "This article is more than 1 year old": a note on the page's own history.
 */
export function isCorrectionNote(text: string): boolean {
  const bare = stripMarkers(text).trim();
  return (
    /^(this (article|story|report|piece) (was|has been) (amended|updated|corrected|changed)\b|an earlier version of this (article|story)\b|correction\s*[:：]|this (article|story) is more than \d+ (years?|months?) old\b)/i.test(bare) ||
    // "A version of this article appears in print on March 12, 2025, Section B …": where the page also ran on paper.
    /^(a version of )?this (article|story|report) (first )?(appears|appeared|ran|will appear) in (the )?(?:[\p{L}\d]+\.? \d{1,2},? (?:\d{4},? )?)?(print|[\p{L}-]+ (print )?edition)\b/iu.test(bare) ||
    // "Published in print on 15 January 2025", "From the print edition", "This article is part of our series on …".
    // "Print edition: Thursday, March 28, 2024, Page A1", "Print edition A3".
    (/^print edition\b/iu.test(bare) && wordCount(bare) <= 12) ||
    /^(editor['’]?s note\s*[:：]|(published|appeared) in print\b|from the (print|[\p{L}-]+) edition$|this (article|story|piece) is part of (a|an|our|the)\b)/iu.test(bare) ||
    // "Updated at 3:15 p.m. with the minister's statement.", "Corrected on Jan. 14 to fix a name": an update's own note,
    // the time then what was added; "Updated figures released on Monday show …" is news.
    (wordCount(bare) <= 20 && /^(updated|corrected|amended|edited)\s+(?:(?:at|on)\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d)[^]{0,30}?\s(with|to (add|include|correct|fix|reflect|clarify|remove|update))\b/iu.test(bare))
  );
}

/**
 * "This article was translated from Spanish.", "Translated by Ana Ruiz", "This story was machine-translated and
 * reviewed by our editors.": a note on the page's translation, not the story.
 */
export function isTranslationNote(text: string): boolean {
  const bare = stripMarkers(text).trim();
  if (wordCount(bare) > 20) return false;
  return (
    /^(this|the) (article|story|report|piece|page|text|interview) (was|has been|is) ((originally )?written in \p{L}+ and )?(machine[- ]|automatically |partly )?translated\b/iu.test(bare) ||
    /^(machine[- ]|automatically )?translated (from (the )?\p{L}+ )?(by|with|using)\s+\S/iu.test(bare) ||
    /^translated from (the )?\p{L}+\.?$/iu.test(bare)
  );
}

/**
 * A picture credit on a line of its own: "Getty Images", "AFP via Getty Images",
 * "AGENCY/Photographer Name", "AP Photo/Photographer Name" (the agency in capitals, as wires credit photos).
 * "Asia News Network/The Japan News" names a publisher, so the left side must shout.
 */
export function isPhotoCredit(text: string): boolean {
  const bare = stripMarkers(text).trim();
  if (wordCount(bare) > (/^\p{L}+s?\s*[:：]/u.test(bare) ? 10 : 6) || endsLikeSentence(bare)) return false;
  return (
    /^(photograph|photo|picture|image|illustration|credit)s?\s*[:：]\s*\S/iu.test(bare) ||
    // "Courier photo by Lena Marsh", "Bayport Courier photo": a paper's credit for its own picture.
    /^(?:\p{Lu}[\p{L}&.'’-]*\s+){1,4}(?:staff\s+)?(?:photo|photograph|picture|file photo)(?:\s+by\s+\p{Lu}[\p{L}.'’ -]{1,40})?$/u.test(bare) ||
    // "Credit...Lena Marsh for The Coast Ledger": the label and the name run together by dots.
    /^credits?\s*(?:\.{2,}|…)\s*\S/iu.test(bare) ||
    // "[Photo by Yonhap]", "[Yonhap Photo]", "(Photo: Getty)": a credit in brackets, alone on its line.
    /^[[(](?:(?:photo|picture|image)s?(?:\s+credits?)?(?:\s+by|\s*[:：])\s*[^\])]{2,40}|[^\])]{2,30}\s(?:photo|picture|image)s?)[\])]$/iu.test(bare) ||
    /^\p{Lu}[\p{L}&.' -]{0,40}\s(Images|Photos?|Pictures|Pool)$/u.test(bare) ||
    /^[\p{Lu}\d][\p{Lu}\d .&'-]{1,40}(?: Photos?)?\/\s?\p{Lu}[\p{L}.'’ -]{1,40}$/u.test(bare)
  );
}

/**
 * A media player's label: "▶ Video: Briefing (01:42)", "Watch: …", "Listen to this article",
 * "… Duration 1 minute 12 seconds": it names a clip, not what happened.
 */
export function isMediaWidget(text: string): boolean {
  const bare = stripMarkers(text).trim();
  // "Media caption, Watch: …", "Image source, Getty Images": a broadcaster's labels for its player and its pictures' credits.
  if (/^(media caption|image source|video caption|media source),\s/i.test(bare) && wordCount(bare) <= 16) return true;
  if (/\bduration\s+\d+\s+(minutes?|seconds?|mins?|secs?)\b/i.test(bare)) return true;
  if (/^listen to (this |the )?(article|story)\b/i.test(bare)) return true;
  // "[00:12:31]", "(12:31)": a player's or a transcript's time code alone on its line.
  if (/^[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]$/.test(bare)) return true;
  // "Listen · 5:12", "Watch | 2:03": a player's button and the clip's length.
  if (/^(?:listen|watch|play)\s*[·•|:-]?\s*\d{1,2}:\d{2}(?::\d{2})?$/i.test(bare)) return true;
  // "Watch: rates will stay high, the governor said." is a sentence that opens with the word, not a player's label.
  return wordCount(bare) <= 12 && ((/^(video|watch|listen|audio|podcast)(\s+(live|now|again))?\s*[:：]/i.test(bare) && isMediaTitle(bare)) || /\(\d{1,2}:\d{2}\)$/.test(bare));
}

/**
 * "Watch: …", "VIDEO | …", "Listen — …": a clip's label opening the line, set off by a colon, a bar or a spaced dash.
 * "Watch: the inspectors will …" in a sentence is told apart by its place (see remove-furniture's mediaPromos).
 */
export function isMediaLabelled(text: string): boolean {
  return /^(?:video|watch|listen|audio|podcast)(?:\s+(?:live|now|again))?\s*(?:[:：|]|[—–]|\s-\s)\s*\S/i.test(stripMarkers(text).trim());
}

/**
 * "Watch: Residents wade through flooded streets", "VIDEO | Moment the crane fell": a clip's label over a title (no
 * closing stop, no speaker). "Listen – the sirens are back, and nobody knows why." and "Audio — I never said that,
 * Berg replied." are sentences set off by a dash, and a story's.
 */
export function isMediaTitle(text: string): boolean {
  if (!isMediaLabelled(text)) return false;
  const rest = stripMarkers(text).trim().replace(/^(?:video|watch|listen|audio|podcast)(?:\s+(?:live|now|again))?\s*(?:[:：|]|[—–]|\s-\s)\s*/i, '');
  return !/[.!]["'”’)\]]*$/.test(rest) && !/,\s*(?:\p{Lu}[\p{L}'’-]*|the [\p{L} -]{1,30}?|he|she|they|it|we|I)\s+(?:said|says|replied|told|added|asked|warned|wrote)\b/u.test(rest);
}

/** "2:41", "(01:42)", "02:41 min", "1 min 12 sec", "45 sec": a clip's length alone on its line. */
export function isClipLength(text: string): boolean {
  const bare = stripMarkers(text).trim().replace(/^(?:duration|length|runtime)\s*[:：]?\s*/i, '');
  return (
    /^\(?\d{1,2}(?::\d{2}){1,2}\)?(?:\s*(?:min|mins|minutes?))?$/i.test(bare) ||
    /^\d{1,3}\s*(?:min|mins|minutes?|m)(?:\s*\d{1,2}\s*(?:sec|secs|seconds?|s))?$|^\d{1,3}\s*(?:sec|secs|seconds?)$/i.test(bare)
  );
}

/**
 * "TODAY'S SPONSOR", "A word from our sponsor", "Presented by Fieldgate Insurance": the label that heads a sponsor's
 * block of copy. An inline "Advertisement" or "Sponsored" marker stands where a picture ad sat, and "Supported by …"
 * names a story's funder: the paragraph under either is the story's own, so neither heads copy.
 */
export function isSponsorLabel(text: string): boolean {
  return /^(?:(?:today['’]s|this (?:week|issue|edition)['’]s|our) sponsors?|(?:a )?(?:word|message) from (?:our|today['’]s|this week['’]s) sponsors?|(?:presented|sponsored|brought to you) by [\p{Lu}][\p{L}&.'’ -]{1,40})$/iu.test(stripMarkers(text).trim());
}

/** Words that make a line report: someone said, ruled or acted ("…, the council warned."). */
const REPORTING_WORD = /\b(?:said|says|told|tells|warned|warns|ruled|announced|announces|reported|reports|added|confirmed|confirms|stated|according to|claimed|urged|ordered|decided|voted|approved|arrested|charged)\b/i;
/** A day or a month: a line that dates something tells news, which an advertiser's pitch does not. */
const DATING_WORD = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b(?:yesterday|last (?:night|week|month|year)|(?:19|20)\d{2})\b/;
/** A public body or an official, named as the one acting ("the regulator", "the health board"). */
const ACTING_BODY = /\bthe (?:[\p{L}-]+ ){0,2}(?:council|regulator|government|ministry|department|police|court|judge|board|agency|authority|authorities|commission|committee|officials?|mayor|minister|prosecutors?|inspectors?|union|parliament|lawmakers)\b/iu;
/** Commands an advertiser gives its reader ("Use code TIDE", "Protect your harvest", "Get a quote"). */
const PITCH_COMMAND = /^(?:get|try|use|shop|save|protect|keep|discover|find|book|order|join|sign up|start|enjoy|visit|call|download|learn|claim|switch|grab|explore|treat|upgrade|buy|subscribe|register|apply|earn|unlock|compare|build|plan)\b/i;

/**
 * "Drywell Boots: keep your feet dry on every deck. Use code TIDE for 10% off.": an advertiser's copy, which opens
 * (after the brand's name) by speaking to the reader or giving a command, and says "you". A line that reports — a
 * date, a body acting, a "said" or "warned", quoted words, or a subject of its own ("Drivers heading north should …") —
 * is a story's, whatever label stands over it.
 */
export function isAdvertiserCopy(text: string): boolean {
  const bare = stripMarkers(text).trim();
  if (wordCount(bare) > 40 || /["“”]/u.test(bare) || !/\b(?:you|your)\b/i.test(bare)) return false;
  if (REPORTING_WORD.test(bare) || DATING_WORD.test(bare) || ACTING_BODY.test(bare)) return false;
  const pitch = bare.replace(/^[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+[\p{Lu}\d][\p{L}\d&'’.-]*){0,3}\s*(?::|\s[—–-])\s+/u, '');
  // "Fernway Bikes: ride further …": a brand's name, then a command in lower case.
  return /^(?:you|your)\b/i.test(pitch) || PITCH_COMMAND.test(pitch) || (pitch !== bare && /^\p{Ll}/u.test(pitch));
}

/** "Image", "Photo", "Video 2 of 5": a picture or video's label with no caption. */
export function isPictureLabel(text: string): boolean {
  return /^(image|photo|photograph|picture|video|graphic|illustration|gallery)s?(\s+\d+\s+of\s+\d+)?$/i.test(text.trim());
}

/** A short control naming the page itself: "Share this article", "Reuse this content", "Save this story". */
export function isPageControl(text: string): boolean {
  return (wordCount(text) <= 5 && !endsLikeSentence(text) && /\bthis (article|story|content|page|video|post|update|entry)\b/i.test(text)) || WHOLE_LINE_CONTROL.test(stripMarkers(text).trim());
}

/**
 * A button or link that is the whole line: share targets ("Copy link", "Facebook", "X"), player and picture
 * controls ("Play video", "Enlarge this image", "toggle caption"), page moves ("Back to top", "Next article →"),
 * labels ("Live", "Breaking", "Pinned"). As a whole line never a story's words, though a story may use each.
 */
const WHOLE_LINE_CONTROL =
  /^(?:copy (?:the )?(?:link|url)(?: to clipboard)?|copied!?|e-?mail|facebook|twitter|x|linkedin|whatsapp|telegram|threads|bluesky|reddit|pinterest|kakao(?:talk|story)?|naver|line|weibo|wechat|play(?: video| audio)?|pause|back to top|(?:next|previous|prev) (?:article|story|page|post)|open in (?:the )?app|view (?:image )?in full ?screen|enlarge (?:this )?image|(?:toggle|hide|show) caption|click to (?:expand|enlarge)|see more|show (?:more|less)|read (?:the )?full (?:article|story)|listen|translate|save(?: (?:article|story|for later))?|saved|bookmark|pinned(?: post)?|breaking(?: news)?|live(?: updates)?|more|latest(?: news)?|today['’]s paper|get the app|tags|sort by\s*:.*|gift (?:this )?article|listen(?: \d{1,2} min)?|audio available|add topic|follow (?:this )?topic|more from [\p{L} .'’-]{2,40}|up next|editor['’]?s picks|special report|the big read|from our (?:own )?correspondent|(?:partner|sponsored|paid|promoted) content|(?:presented|sponsored|paid for|brought to you) by [\p{Lu}][\p{L}&.'’ -]{1,40}|read (?:this (?:article|story) )?in [\p{Lu}][\p{Ll}]+|link copied|(?:expand|tap|click) to (?:read|see|view) (?:more|the (?:full|whole|rest of the) (?:story|article))|show notes|episode notes|(?:listen to|watch|hear) (?:the )?(?:full|whole|entire) (?:hearing|interview|episode|conversation|podcast|programme|program|show|briefing|speech|debate|segment|video|clip|broadcast|recording)|(?:today['’]s|this (?:week|issue|edition)['’]s|our) sponsors?|(?:a )?(?:word|message) from (?:our|today['’]s|this week['’]s) sponsors?|how we (?:rate|check|fact-?check|work)(?: claims| facts)?|(?:read )?our (?:methodology|method|standards|ethics policy|corrections policy)|back to (?:the )?(?:top|home ?page|home|index|menu|list|results|search|newsroom|press ?room|media (?:room|centre|center)|(?:all )?(?:press releases|episodes|posts|news)|(?:[\p{L}&'’-]+ ){0,4}(?:news|relations|section|page|index|stories|articles|coverage))|page top|top of (?:the )?page|(?:add to|save to|remove from) (?:my )?(?:reading list|saved(?: articles| stories)?|favou?rites|bookmarks)|ad|advert|(?:open|view|see) (?:the )?(?:image|photo|picture)s? in (?:the )?gallery|(?:open|view|see|launch) (?:the )?(?:gallery|slideshow)|watch(?: live| now| video)?|(?:article|story) content|refresh|latest updates?|auto-?updates? (?:on|off)|become an? (?:supporter|member|subscriber|patron|friend)(?: (?:today|now))?|한국어로 읽기|日本語で読む|中文)\s*[→›»>]?$/iu;

/** A live blog's key-event link: a time, its zone, a few words ("21:05 GMT Blinken statement"). */
export function isKeyEventLink(text: string): boolean {
  const bare = stripMarkers(text).trim();
  return wordCount(bare) <= 9 && !endsLikeSentence(bare) && /^\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*(GMT|UTC|[A-Z]{2,4})([+-]\d{1,2})?\s+\p{L}/iu.test(bare);
}

/**
 * The header of a box of links to other pages: "Read next", "More on this story",
 * "Most viewed", "Related Articles", "You may also like", "Explore more on these topics", a live page's
 * "Key events" / "Key updates" box,
 * "\"Politics\" POPULAR ARTICLES", "Suggested Topics:". The lines under it are its items.
 */
export function isListHeader(text: string): boolean {
  const bare = stripMarkers(text).trim().replace(/^[[(]|[\])]$/g, '');
  if (wordCount(bare) > 5 || endsLikeSentence(bare)) return false;
  // A quoted section or one word in capitals may lead: "\"Politics\" POPULAR ARTICLES", "CHRONICLE ACCESS RANKING".
  const unled = bare.replace(/^(["“][^"”]{1,30}["”]|\p{Lu}{2,})\s+/u, '');
  return LIST_HEADER.test(bare) || LIST_HEADER.test(unled);
}

const LIST_HEADER =
  /^(read next|more on this (story|topic)|related( articles| stories| coverage| content| links)?|most (read|viewed|watched|popular|shared)|trending( now)?|you (may|might) also like|explore more( on these topics)?|(suggested |more |related )?topics|popular articles?|(access )?ranking|recommended( for you)?|editors'? picks|in other news|more( local| national| world)? coverage|key (events|updates|moments)|further reading|(from )?around the web|(promoted|sponsored|partner) (stories|links)|in this (article|story|explainer|guide|piece)|(table of )?contents|jump to( a section)?|on this page|related (information|tags|topics|reading)|more (in|from) [^.!?]{2,30}|(more|other|latest|top) (stories|news|headlines)|you (may|might) (also )?(enjoy|be interested in)|don['’]?t miss|what to read next)\s*:?$/i;

/** Head words of a body that publishes its own pages: readouts, press releases, rulings. */
const ISSUER_HEAD = 'ministry|department|office|embassy|consulate|cabinet|government|court|supreme court|district court|national assembly|agency|presidential office|prime minister\'?s office|police|board|commission|bureau|administration|authority|council|coast guard';
/** Heads that close a body's name and no headline's: "Federal Aviation Administration" ("… Slams Supreme Court" is a headline). */
const CLOSING_HEADS = 'ministry|department|agency|commission|bureau|board|council|administration|authority';
const CLOSING_ISSUER_HEAD = new RegExp(`\\b(?:${CLOSING_HEADS})$`, 'i');
/** "Port Authority of Riverton", "Department of Transportation": a head, "of" and a place of one or two words. */
const HEAD_OF_PLACE = new RegExp(`\\b(?:${CLOSING_HEADS})\\s+of\\s+(?:the\\s+)?(\\S+(?:\\s+\\S+)?)$`, 'i');
// The head word then "of", "for", a comma, another head or nothing: "Agency Lifts Flight Limits" is a headline.
const LED_BY_ISSUER_HEAD = new RegExp(`^(?:the\\s+)?(?:${ISSUER_HEAD})(?=\\s*$|\\s*[,:(–—-]|\\s+(?:of|for|on|to)\\b|\\s+(?:${ISSUER_HEAD})\\b)`, 'i');
const ENDS_IN_ISSUER_HEAD = new RegExp(`\\b(?:${ISSUER_HEAD})$`, 'i');

/**
 * A page's first line naming the body that issued it: "Ministry of Foreign Affairs of Japan",
 * "U.S. Attorney's Office, Southern District of New York". Led by a head word, or a first
 * clause of at most four capitalised words ending in one; never a sentence. "Seoul Court
 * Upholds Ban" goes on past its head word, so it is a headline.
 */
export function isIssuerLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.split(/\s+/).length > 12 || /[.!?]$/.test(trimmed)) return false;
  // "City of Riverton", "Prefecture of Hyogo": a government named by its place, and nothing more.
  if (/^(?:City|County|State|Town|Port|Province|Prefecture|Government) of(?: the)?(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(trimmed)) return true;
  if (LED_BY_ISSUER_HEAD.test(trimmed.replace(/^(?:U\.S\.|Japan(?:ese)?|Korean?|South Korean?)\s+/i, ''))) return true;
  // "Federal Aviation Administration", "Riverton Port Authority": a short name, every word capitalised, ending in its head.
  const lineWords = trimmed.split(/\s+/);
  const named = lineWords.every((word) => /^(?:\p{Lu}|of$|the$|and$|for$)/u.test(word));
  if (named && lineWords.length >= 2 && lineWords.length <= 5 && CLOSING_ISSUER_HEAD.test(trimmed)) return true;
  const place = HEAD_OF_PLACE.exec(trimmed)?.[1];
  if (named && lineWords.length <= 7 && place !== undefined && place.split(/\s+/).every((word) => /^\p{Lu}/u.test(word))) return true;
  const clause = trimmed.split(',')[0]!.trim();
  const clauseWords = clause.split(/\s+/);
  return clause !== trimmed && clauseWords.length <= 4 && clauseWords.every((word) => /^\p{Lu}/u.test(word)) && ENDS_IN_ISSUER_HEAD.test(clause);
}

/** "London, 14 August 2023", "Pune, Aug. 14, 2023": a place (one to four capitalised words), a comma, a whole stamp. */
export function placeStamp(text: string): string | null {
  const match = /^(\p{Lu}[\p{L}.'\u2019-]+(?:[ -]\p{Lu}[\p{L}.'\u2019-]+){0,3}),\s+(.+)$/u.exec(text.trim());
  // "Gull Point Lighthouse, 3 May 2016": a landmark's name is where a picture was taken, not where a release was issued.
  if (!match || LANDMARK_WORD.test(match[1]!)) return null;
  return isDateline(match[2]!) && timestampLabel(match[2]!) === null ? match[2]! : null;
}

/** Nouns that name a place within a town (a building, a street, an event), not the town a release is issued from. */
const LANDMARK_WORD =
  /\b(?:lighthouse|bridge|street|road|avenue|lane|square|park|gardens?|festival|fair|stadium|arena|hall|station|airport|harbou?r|pier|beach|church|cathedral|castle|tower|museum|market|school|hospital|house|palace|dam|lake|river|island|mountain|hill|forest|farm|mine|plant|factory|field|ground|memorial|monument|building|centre|center|camp|village green)$/i;

/** "Space Research Organisation", "Meteorological Institute": a body's name ending in a head word that a headline may also end in. */
const BODY_NAME_HEAD = /^(?:organi[sz]ation|police|constabulary|institute|corporation|centre|center|service|foundation|society|union|federation|association|observatory|laboratory)$/i;
/**
 * Inside a title-cased line, a word that makes it a clause: a headline's verb ("Residents Praise New Fire Service") or a
 * capitalised preposition opening a phrase ("Volunteers Honoured By County Ambulance Service"). A body's name has neither.
 */
const HEADLINE_VERB =
  /^(?:praise|hail|slam|urge|warn|welcome|thank|honou?r|critici[sz]e|blame|laud|commend|applaud|mourn|celebrate|join|quit|win|won|lose|lost|back|reject|approve|appoint|announce|unveil|launch|seek|sought|face|say|said|sue|fine|probe|accuse|defend|condemn)(?:s|es|d|ed|ted|ned|ing)?$/i;
const CLAUSE_PREPOSITION = /^(?:By|To|In|At|On|With|From|Over|After|Before|As|Into|Against|Amid|Despite)$/;
function isBodyName(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length >= 2 && words.length <= 7 && BODY_NAME_HEAD.test(words[words.length - 1]!) &&
    words.every((word, index) => /^\p{Lu}[\p{L}'’.&-]*$/u.test(word) || (index > 0 && /^(?:of|for|and|the)$/.test(word))) &&
    !words.some((word, index) => index > 0 && index < words.length - 1 && (HEADLINE_VERB.test(word) || CLAUSE_PREPOSITION.test(word)))
  );
}
/** A release's label under its issuer: "Press Release", "Media statement". */
const RELEASE_LABEL_LINE = /^(?:news|press|media)\s+(?:release|statement|advisory|note)$/i;

/**
 * The page's first line names its issuer: an issuer line (isIssuerLine), or a body's bare name ("Space Research
 * Organisation") with its parent body or a release label straight under it ("Department of Space, Government of
 * Westland", "Press Release"). Alone, such a name may be a headline ("Westland Quits World Shipping Organisation").
 */
export function isIssuerLineOver(text: string, next: string | undefined): boolean {
  if (isIssuerLine(text)) return true;
  const trimmed = text.trim();
  const under = (next ?? '').trim();
  return isBodyName(trimmed) && (isIssuerLine(under) || RELEASE_LABEL_LINE.test(under));
}

/** Reported speech: a page note never quotes anyone. */
const REPORTED_SPEECH = /\b(?:said|says|say|insisted|insists|told|added|according to|claimed|argued|warned)\b/i;

/**
 * The page's accessibility bar: every word one of the tools' ("Larger text size   Smaller text size", "Font size: S M
 * L", "High contrast | A+ A-"), naming text size, font size or contrast. A story's sentence has other words.
 */
function isAccessibilityToolLine(text: string): boolean {
  if (!/\b(?:(?:text|font) size|contrast)\b/i.test(text) || /[.!?]$/.test(text)) return false;
  const words = text.split(/[\s|/·•:,]+/).filter(Boolean);
  return words.length <= 12 && words.every((word) => /^(?:text|font|size|normal|larger?|smaller?|very|default|medium|reset|increase|decrease|high|low|contrast|accessibility|on|off|[SML]|A+[+-]?|[+-]|aa?a?)$/i.test(word));
}

/**
 * Notes a page makes about itself or its tools, in shapes no story sentence takes; the reason when the line is one,
 * else null. Each pattern is anchored on the whole line, so a story sentence that uses the words ("the board issued
 * an advisory", "more than five years old") is never one.
 */
export function pageNoteReason(text: string): string | null {
  const bare = stripMarkers(text).trim();
  if (wordCount(bare) > 40) return null;
  // A page speaks in its own voice: a line reporting what someone said ("…, the ombudsman said.") is the story's.
  if (REPORTED_SPEECH.test(bare)) return null;
  // "From Openpedia, the free encyclopedia", "This page was last edited on 20 August 2023, at 14:02 (UTC).": a wiki's
  // own head and foot.
  if (/^from [\p{L}\d .'’-]{2,40}, the free (?:online )?encyclop(?:a)?edia$/iu.test(bare) || /^this page was last (?:edited|modified|updated) on\b/i.test(bare) || /^jump to (?:navigation|content|search)\b/i.test(bare)) return 'a wiki page\u2019s own head or foot (where it is from, when last edited)';
  // "From the archive", "This article is more than 5 years old": an archive page's label on an old story.
  if (/^from (?:the|our) archives?$/i.test(bare) || /^this (?:article|story|page|piece) is (?:more|over) than (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) old$/i.test(bare)) return 'an archive page\u2019s label on an old story';
  // "(This story has not been edited by … staff and is auto-generated from a syndicated feed.)", "The audio version of
  // this article is generated by text-to-speech …", "This transcript was generated automatically …": how the page was made.
  if ((/^\(?this (?:story|article|item) has not been edited by\b/i.test(bare) && /\b(?:staff|feed|syndicated|auto-?generated|wire)\b/i.test(bare)) || /^(?:the )?audio (?:version )?of this (?:article|story) (?:is|was) (?:generated|produced|created)\b/i.test(bare) || /^this transcript (?:was|is|has been) (?:generated|produced|created) (?:automatically|by machine|by software)\b/i.test(bare)) return 'note on how the page was made (syndicated feed, machine voice or transcript)';
  // "This transcript has been edited for length and clarity.", "Transcript available on request.": the page on its
  // transcript, not the words spoken.
  if (/^(?:this|the following|the) (?:transcript|interview|conversation|q&a|exchange|discussion) (?:has been|have been|was|is) (?:lightly |slightly )?(?:edited|condensed)(?: and (?:edited|condensed))?(?: for (?:length|clarity|brevity|space)(?:,? and (?:length|clarity|brevity|space))?)?\.?$/i.test(bare) || /^(?:a |the |full )?transcripts? (?:is |are )?available(?: on request| here| below| for subscribers)?\.?$/i.test(bare)) return 'note on how the page was made (syndicated feed, machine voice or transcript)';
  // "This article is republished from … under a Creative Commons license.": whose story the page carries.
  if (/^this (?:article|story|piece|post) (?:is|was|has been) (?:republished|reprinted|reproduced|syndicated) (?:from|with permission from|courtesy of)\b/i.test(bare) || /^read the original (?:article|story|post)\.?$/i.test(bare) || /^originally (?:published|posted|appeared) (?:at|on|in|by)\s+(?!\d)[^,;]{2,80}$/i.test(bare)) return 'syndication note: where the story first ran';
  // "(Corrects name of union in paragraph 2)", "(Updates with minister's comment)": a wire's note on this version.
  // Terse, no sentence of its own: "(Updates to the timetable will be posted online.)" is the story's aside.
  if (/^\((?:corrects|updates|adds|recasts|removes|fixes|changes|refiles|repeats)\b[^()]{3,100}\)$/i.test(bare) && !/[.!?]\s*\)$/.test(bare) && !/^\((?:updates|changes|fixes|adds) (?:to|of|for|are|were|will|have|had)\b/i.test(bare) && !/\b(?:will|would|is|are|has|have)\b/i.test(bare)) return 'the wire\u2019s note on this version of the story';
  // "ADVISORY", "URGENT", "FLASH", "BULLETIN": an agency's priority slug alone on its line.
  if (/^(?:advisory|urgent|bulletin|editors['’]? advisory|media advisory|kill|mandatory correction)$/i.test(bare)) return 'the wire\u2019s priority or advisory slug';
  // "Editors: The story below replaces an earlier version …": the agency speaking to the newsrooms it serves.
  if (/^(?:editors|note to editors|editors['’] note)\s*:\s*\S/i.test(bare) && /\b(?:story|version|item|slug|dispatch|copy)\b/i.test(bare) && /\b(?:below|above|earlier|replaces|moved|corrects|withdrawn|kill)\b/i.test(bare)) return 'the wire\u2019s note to editors';
  // "Image 48213377", "Photo ID: 5512390": a picture library's number for the frame.
  if (/^(?:image|photo|picture|video|clip|asset)\s*(?:no\.?|#|id\s*:?)?\s*\d{5,}$/i.test(bare)) return 'a picture library\u2019s number for the image';
  // "Bengaluru Edition | Page 4 | 14 Aug 2023": an e-paper clip's edition and page.
  if (/^[\p{L} .'-]{2,30} edition\s*[|·,•-]\s*page\s+\d{1,3}\b/iu.test(bare)) return 'an e-paper\u2019s edition and page line';
  // "Estimated 2 minutes": a listen or reading time.
  if (/^estimated\s+\d{1,3}\s+min(?:ute)?s?(?: read| listen)?$/i.test(bare)) return 'reading or listening time of the page';
  // "Normal text size   Larger text size", "Font size: S M L", "High contrast": the page's accessibility tools.
  // Only the tools' own words: "Text size on the packs must now be …" is a sentence about the world.
  if (isAccessibilityToolLine(bare)) return 'the page\u2019s accessibility tools (text size, contrast)';
  // "You are here: Home > News > Local": a breadcrumb with its label.
  // Its items follow as a trail ("Home > News"), never a sentence ("You are here: the new signs mark each junction.").
  if (/^you are here\s*:\s*\S[^.!?]*$/i.test(bare) && wordCount(bare) <= 14 && (/\s[>›»/|]\s/.test(bare) || wordCount(bare) <= 5)) return 'navigation breadcrumb';
  // "Posted by u/gull_watcher · 5h": a forum's post meta (an account handle and a relative age).
  if (/^(?:posted|submitted) by\s+(?:u\/)?[\w.-]+\s*[·•|]\s*\d{1,3}\s*(?:[smhdwy]|min|mins|hrs?|days?)(?:\s+ago)?$/i.test(bare)) return 'a forum post\u2019s account and age';
  // "Only $1 for 4 weeks", "Then $75 per month. … Cancel anytime": a paywall's offer.
  // An offer is led by "only"/"just"/"then" or prices a trial term ("$1 for 4 weeks"); "$900 a month." alone is the story's.
  const offer = /^(?:only|just|then)?\s*[$£€]\s?\d{1,4}(?:\.\d{2})?\s+(?:for|a|per|every)\s+(?:\d{1,2}\s+)?(?:weeks?|months?|year)\b/i.test(bare);
  const offerShaped = /^(?:only|just|then)\b/i.test(bare) || /^[$£€]\s?\d{1,4}(?:\.\d{2})?\s+for\s+\d{1,2}\s+(?:weeks?|months?)\b/i.test(bare);
  if (offer && ((wordCount(bare) <= 6 && offerShaped && !/\.$/.test(bare)) || /\bcancel any ?time\b/i.test(bare))) return 'a paywall\u2019s offer';
  return null;
}
