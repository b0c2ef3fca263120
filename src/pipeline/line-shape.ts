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
  /(?<![-\p{L}])(log ?in|log ?out|sign ?in|sign ?up|subscribe|subscription|comments?|trackback|newsletter|cookies?|advertisement|related (articles|stories)|read more|click here|follow us|all rights reserved|copyright|skip to (main )?content|skip navigation)(?![-\p{L}])/iu;
const WEAK_UI = /(?<![-\p{L}])(share|print|loading|search|menu|icon|help-image|popular|ranking|most read|home)(?![-\p{L}])/iu;

/** Strong site vocabulary: decisive even on a long line. */
export function hasStrongUiVocabulary(text: string): boolean {
  return STRONG_UI.test(text);
}

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
  // "us" only in lower case: "US officials" is the country, not the site.
  return opensWithTerm || terms.size >= 2 || /\b([Pp]lease|[Yy]ou|[Yy]our|[Oo]ur|us)\b/.test(text);
}

/** Any site vocabulary: only decisive on short lines, because stories can say "print" too. */
export function hasUiVocabulary(text: string): boolean {
  return STRONG_UI.test(text) || WEAK_UI.test(text);
}

/** "Home > National > Diplomacy", "News / World / Asia". */
export function isBreadcrumb(text: string): boolean {
  // Without a separator there is one part: skip the split.
  if (!/[>›»/|]/.test(text)) return false;
  const parts = text.split(/\s+[>›»/|]\s+/);
  return parts.length >= 3 && parts.every((part) => wordCount(part) <= 3);
}

/** "Category:Other", "Tags: diplomacy" — a label and a value, no sentence. */
export function isLabelValue(text: string): boolean {
  return /^\p{L}[\p{L} ]{0,20}:\s*\S/u.test(stripMarkers(text)) && wordCount(text) <= 4 && !endsLikeSentence(text);
}

/** "Comment (0)", "Trackback(0)", "Policy (0/250자)": a widget with a count. */
export function isCounterWidget(text: string): boolean {
  return /\(\s*\d+(\s*\/\s*\d+)?[^)]{0,3}\)/.test(text) && wordCount(text) <= 4;
}

/** A bare timestamp such as "13/1 20:22" or "20:22". */
export function isBareTimestamp(text: string): boolean {
  // A live blog's entry stamp carries its zone: "21:05 GMT", "9:40am ET".
  return /^(\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?\s*)?\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?(\s*(GMT|UTC|[A-Z]{2,4})([+-]\d{1,2})?)?$/i.test(stripMarkers(text));
}

const MONTH = '(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\\.?';
// "17.52 GMT" as British pages write it, as well as "17:52".
const TIME = '\\d{1,2}[:.]\\d{2}(\\s*[AP]\\.?M\\.?)?(\\s*((GMT|UTC)\\s*([+-]\\s*\\d{1,2}(:?\\d{2})?)?|[A-Z]{2,4}))?';
const WEEKDAY = '((Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?';
const DAY = `${WEEKDAY}(${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2})`;
/** "Updated 6:40 p.m. ET", "Updated 2 hours ago" after the stamp: the page's later edit, no words of a story. */
const UPDATE_TAIL = '(\\s*[-–—|·]?\\s*(updated|last updated|modified)\\b[\\w\\s:.+-]{0,30})?';
const DATELINE = new RegExp(`^(${TIME},?\\s*)?${DAY}((\\s*[-–—|,]\\s*|\\s+(at\\s+)?)${TIME})?${UPDATE_TAIL}$`, 'i');
/** "Published:", "Updated :", "Posted" — the label a page puts before its timestamp. */
const TIMESTAMP_LABEL = /^(first\s+)?(published|updated|last\s+updated|last\s+modified|posted|modified|date|created)\s*(on|at)?\s*:?\s*/i;

/**
 * A line that is only a publication timestamp: "12:40 JST, December 12, 2024",
 * "January 13, 2025", "2025-01-13 20:22 KST", "Published : Jan. 13, 2025 - 18:01",
 * "January 13, 2025 (Mainichi Japan)". Labels and a closing bracketed note are
 * allowed around the date; any other words make it prose, not a dateline.
 */
export function isDateline(text: string): boolean {
  return DATELINE.test(datelineCore(text)) || isLabelledTimestamp(text);
}

const LABELLED_DAY = new RegExp(`^(${DAY}|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})`, 'i');

/**
 * A timestamp with its label and a tail the page adds: "Posted on January 15, 2025 by jpark@…",
 * "Published 13 January 2024, 21:05 GMT · 4 min read". The label is required: without it a short
 * line with a date is as likely a headline.
 */
export function isLabelledTimestamp(text: string): boolean {
  const bare = stripMarkers(text).trim();
  // The date must follow the label at once: "Updated guidance was issued on Jan. 13" is prose.
  return timestampLabel(bare) !== null && LABELLED_DAY.test(bare.replace(TIMESTAMP_LABEL, '')) && wordCount(bare) <= 16;
}

/** Which kind of timestamp a line is: when the article was first put out, or a later update. */
export function timestampLabel(text: string): 'published' | 'updated' | null {
  const match = /^(first\s+)?(published|updated|last\s+updated|last\s+modified|posted|modified|date|created)\b/i.exec(stripMarkers(text).trim());
  if (!match) return null;
  return /updated|modified/i.test(match[2]!) ? 'updated' : 'published';
}

/** The date and time part of a timestamp line, without its label or bracketed note. */
export function datelineCore(text: string): string {
  return stripMarkers(text).trim().replace(TIMESTAMP_LABEL, '').replace(/\s*\([^()]{1,40}\)$/, '').trim();
}

/** "BY SEO JI-EUN [...]", "By Jane Doe", "Reporter Lee So-yeon", "— Reporting by …", "(This article was written by …)". */
export function isByline(text: string): boolean {
  return (
    /^by\s+\p{Lu}/iu.test(text) ||
    PERSON_SIGNATURE.test(text) ||
    /^\(?(this (article|story|report) (was )?(written|reported|compiled) by)\b/i.test(text) ||
    // "Anna Petrakis in Taipei": a correspondent's line, a name and where they file from.
    /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}-]+){1,3} (?:in|and \p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}-]+){1,2} in) \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$/u.test(text) ||
    (/^[\p{L}.' -]{3,60}\s*[([<]?[\w.+-]+@[\w-]+(\.[\w-]+)+[)\]>]?$/u.test(text) && wordCount(text) <= 8)
  );
}

/** A signature naming its writer by role: "Reporter Lee So-yeon", "Staff writer Jane Park", "— Reporting by Ann Lee; Editing by …". */
const PERSON_SIGNATURE = /^[-–—(]*\s*(reporter|correspondent|staff (writer|reporter)|written by|reporting by|words by|additional reporting by)\s+\p{Lu}/iu;

/** A signature that names a person (a byline), not an outlet (a credit). */
export function isPersonSignature(text: string): boolean {
  return /\bby\s/i.test(text) || PERSON_SIGNATURE.test(text) || /@[\w-]+\./.test(text);
}

/**
 * A reading-time or relative-time label of the host page: "4 min read",
 * "Updated 2 hours ago", "5 minutes ago", "Reading time: 3 minutes".
 */
export function isPageClock(text: string): boolean {
  const bare = stripMarkers(text).trim();
  return (
    /^(?:(?:updated|posted|published|last updated)\s*:?\s*)?(?:about\s+)?\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?)\s+ago\.?$/i.test(bare) ||
    /^(?:reading time\s*:?\s*)?\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?)(?:\s+read)?\.?$/i.test(bare) && /read|reading/i.test(bare)
  );
}

/** "Related: …", "Read more: …", "See also: …": a link to another article, whatever follows. */
export function isLinkToOtherArticle(text: string): boolean {
  return /^(related( stories| articles| coverage)?|read more|read also|also read|see also|more on this( story)?|recommended( for you)?)\s*[:：|»›>–—-]\s*\S/i.test(stripMarkers(text).trim());
}

/**
 * The site speaking to its reader about itself: cookie banners, sign-up and
 * log-in prompts, "Advertisement", "All rights reserved". Unlike isSitePrompt it
 * leaves out "comment", which stories use ("declined to comment, saying our…").
 */
export function isReaderPrompt(text: string): boolean {
  const term = /(?<![-\p{L}])(cookies?|newsletters?|subscribe|subscription|sign ?up|log ?in|sign ?in|advertisement|all rights reserved|skip to (main )?content|accept all|privacy (policy|settings)|manage (preferences|consent))(?![-\p{L}])/iu.exec(text);
  if (!term) return false;
  const opens = !/\p{L}/u.test(text.slice(0, term.index));
  return opens || /\b([Pp]lease|[Yy]ou|[Yy]our|[Oo]ur|[Ww]e use)\b/.test(text) || wordCount(text) <= 6;
}

const OUTLET_WORD =
  /\b(News|Network|Press|Agency|Times|Daily|Shimbun|Herald|Post|Journal|Wire|Tribune|Gazette|Broadcasting|Television|Radio|Media|Reuters|Yonhap|Kyodo|Jiji|AFP|AP)\b/;

/** "Asia News Network/The Japan News", "— Reuters": a syndication credit. */
export function isCreditLine(text: string): boolean {
  const bare = text.replace(/^[-–—(]+\s*|\)$/g, '');
  const count = wordCount(bare);
  return (
    count > 0 &&
    count <= 8 &&
    !endsLikeSentence(bare) &&
    OUTLET_WORD.test(bare) &&
    // A year marks a masthead tagline ("Japan's National Daily Since 1922"), not a credit.
    !/\b(1[89]|20)\d{2}\b/.test(bare) &&
    words(bare).every((token) => /^[\p{Lu}\d]/u.test(token) || /^(of|the|and|for)$/.test(token))
  );
}

/**
 * Photo captions: position words ("right,", "left,"), picture credits in
 * brackets or "(Provided by …)", or a "Photo" label.
 */
export function isCaption(text: string): boolean {
  return (
    /^(photo|picture|image)\b/i.test(text) ||
    /,\s*(left|right|center|centre|second from (left|right)|front|back)\s*,/i.test(text) ||
    /\[\s*[\p{Lu}\d][\p{Lu}\d .,'&/-]{2,}\]\s*$/u.test(text) ||
    isCreditInParentheses(text)
  );
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
  return /\((provided by|photo by|courtesy of|source:)/i.test(tail);
}

/** A headline: a handful of words, not a sentence, mostly capitalised or title-like. */
export function isHeadlineShaped(text: string): boolean {
  const tokens = words(stripMarkers(text));
  return tokens.length >= 4 && tokens.length <= 30 && !/[.,;:]$/.test(text);
}
