import type { Article, Outlet, Provenanced, RemovedLine } from '../../lib/corpus/schema';
import {
  copyrightHolderOf, isBareTimestamp, isProse, isByline, isCaption, publishedIn, outletBeforeStamp, isCreditLine, isDateline, isHeadlineShaped, isAboutHeading, isIssuerLine, isIssuerLineOver, isMastheadName, hasOutletNoun, placeStamp, isNameWithRole, isYearlessStamp, datelineCore, isPersonSignature, isSignatureBar, isStampedName,
  PERSON_NAME, SIGNATURE_SEPARATOR, siteBarName, stripMarkers, timestampLabel, isSpacedMenu, isBreadcrumb, isShareRow, isSectionSlug, hasUiVocabulary, pageNoteReason,
} from '../line-shape';
import { slugify } from '../manifest';
import { daysBetween, formatDay, isRealDate, parseIsoDay, WEEKDAY_NAMES, weekdayOf } from '../text/days';
import { monthNumber, parseDateline } from '../text/timestamps';
import type { ArticleContext, Block, Stage } from '../types';

export interface ArticleMetadata {
  outlet: Outlet | null;
  headline: string | null;
  publishedAt: string | null;
  publishedPrecision: Article['publishedPrecision'];
  byline: string | null;
  dateline: string | null;
  metadata: Article['metadata'];
  warnings: string[];
}


/**
 * Read what the text says about itself (headline, dateline, byline, credit
 * line), then lay the manifest over it. A manifest value wins, but the text's
 * own value is kept beside it; what neither supports is left empty with a warning.
 */
export const readMetadata: Stage<ArticleContext, { blocks: Block[]; removed: RemovedLine[] }, ArticleMetadata> = (
  context,
  { blocks, removed },
) => {
  const warnings: string[] = [];
  const manifest = context.manifest;
  const text = fromText(blocks, removed);

  const headline = merge(text.headline, manifest?.headline, 'headline line at the top of the page');
  const byline = merge(text.byline, manifest?.byline, 'byline in the text');
  const outletField = merge(text.outletName, manifest?.outlet && { ...manifest.outlet, value: manifest.outlet.name }, text.outletSource);
  let published = merge(text.publishedAt?.value ?? null, manifest?.publishedAt, 'dateline in the text');
  if (published.source === 'missing' && text.inferredPublished) published = { value: text.inferredPublished.value, source: 'inferred', note: text.inferredPublished.note };
  if (text.partialTimestamp && published.source !== 'text') {
    published.textValue = text.partialTimestamp;
    published.note = [published.note, `the page shows "${text.partialTimestamp}" (${stampGap(text.partialTimestamp)})`].filter(Boolean).join('; ');
  }

  for (const [name, field] of [['headline', headline], ['outlet', outletField], ['publication date', published]] as const) {
    if (field.source === 'missing') warnings.push(`no ${name} in the text or the manifest; left empty`);
  }

  let outlet: Outlet | null = null;
  if (manifest?.outlet) outlet = { id: manifest.outlet.id, name: manifest.outlet.name, country: manifest.outlet.country };
  else if (text.outletName) outlet = { id: slugify(text.outletName), name: text.outletName, country: null };

  const precision =
    published.source === 'missing' ? null
    : published.source === 'text' ? (text.publishedAt?.precision ?? null)
    : published.source === 'inferred' ? 'day'
    : (manifest?.publishedAt?.precision ?? null);

  return {
    outlet,
    headline: headline.value,
    publishedAt: published.value,
    publishedPrecision: precision,
    byline: byline.value,
    dateline: text.dateline,
    metadata: { outlet: outletField, headline, publishedAt: published, byline },
    warnings,
  };
};

function merge(
  textValue: string | null,
  manifest: { value: string; source: string; note?: string | undefined } | undefined,
  textSource: string,
): Provenanced {
  if (manifest) {
    const field: Provenanced = { value: manifest.value, source: manifest.source as Provenanced['source'] };
    if (manifest.note) field.note = manifest.note;
    if (textValue !== null && textValue !== manifest.value) field.textValue = textValue;
    return field;
  }
  if (textValue !== null) return { value: textValue, source: 'text', note: textSource };
  return { value: null, source: 'missing' };
}

interface TextMetadata {
  headline: string | null;
  byline: string | null;
  outletName: string | null;
  /** Which line of the page named the outlet, in words. */
  outletSource: string;
  dateline: string | null;
  publishedAt: { value: string; precision: 'minute' | 'day' } | null;
  partialTimestamp: string | null;
  /** A wire dateline's or a year-less stamp's day, the year taken from a full date the text states or the © line (flagged as inferred). */
  inferredPublished: { value: string; note: string } | null;
}

function fromText(blocks: Block[], removed: RemovedLine[]): TextMetadata {
  const authority = governmentAuthorityOf(blocks, removed);
  // A readout's first line is its issuer, not its title: the title is the next short line before the prose.
  const firstBody = blocks.findIndex((block) => block.kind === 'body');
  const titled = authority
    ? (blocks.slice(1, firstBody === -1 ? undefined : firstBody).find((block) => (block.kind === 'headline' || block.kind === 'caption') && isHeadlineShaped(block.text) && placeStamp(block.text) === null)?.text ??
      // "Chandrayaan-3: mission updates": a short title the classifier took for the headline.
      blocks.slice(1, firstBody === -1 ? undefined : firstBody).find((block) => block.kind === 'headline')?.text ??
      null)
    : (titleAfterTagline(blocks) ?? pageHeadline(blocks, removed) ?? kickedTitle(blocks, removed));
  // In page order: what a line sits under matters (a © line under a picture's caption credits the picture).
  const allText = [...blocks, ...removed].sort((a, b) => a.line - b.line).map((line) => line.text);
  // "Outage | NewsCo": a one-word site after the bar is the site's when the page names it so elsewhere (© line, address).
  const { headline, site } = splitPageTitle(titled, pageOwnNames(allText));
  const signatures = blocks.filter((block) => block.kind === 'byline').map((block) => block.text);
  // "Jane Park | Harbour Herald | Jan 14, 2025": each part is read for what it is.
  const bars = signatures.filter(isSignatureBar).map(signatureBarParts);
  const bylineText = signatures.find((text) => (isPersonSignature(text) || isStampedName(text) || isNameWithRole(text) || FILED_FROM.test(text)) && !isSignatureBar(text)) ?? bars.find((bar) => bar.person)?.person ?? null;
  const credit =
    signatures.find((text) => !isPersonSignature(text) && isOutletName(text) && !isSignatureBar(text)) ??
    // "Published by NewsCo Media" at the foot: the publisher, named as an outlet is, apart from the writer's byline.
    signatures.map((text) => /^published by\s+(.+)$/i.exec(text.trim())?.[1]?.trim() ?? '').find((name) => name !== '' && isOutletName(name) && !isDateline(name)) ??
    bars.find((bar) => bar.outlet)?.outlet ??
    null;
  const datelineBlock = blocks.find((block) => block.kind === 'dateline')?.text ?? null;
  const lead = blocks.find((block) => block.kind === 'body')?.text ?? '';
  // "NAIROBI, Aug 14 (Pacific Press) -" on a line of its own over the first paragraph: the wire's dateline all the same.
  const firstBodyLine = blocks.find((block) => block.kind === 'body')?.line ?? Infinity;
  const ownLineDateline = blocks.find((block) => block.kind === 'caption' && block.line < firstBodyLine && /\([^()]{2,40}\)\s*[—–-]{1,2}$/u.test(block.text.trim()));
  const wireLead = ownLineDateline ? `${ownLineDateline.text.trim()} ${lead}` : lead;
  const placeDateline = lead.match(/^([\p{Lu}][\p{Lu} .'-]{1,30})\s*[—–-]{1,2}\s*\p{Lu}/u)?.[1] ?? null;
  // A wire dateline names its agency: "SEOUL, Jan. 13 (Yonhap) --", "TOKYO, Dec 4 (Reuters) -".
  // Or no date at all: "HARBOR CITY, Calif. (Coastline Press) —", "LONDON (Reuters) -".
  const wire =
    /^([\p{Lu}][\p{Lu} .'-]{1,30}),\s*(?:[\p{Lu}][\p{L} .'-]{1,30},\s*)?\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*\(([^()]{2,40})\)\s*[—–-]{1,2}\s/u.exec(wireLead) ??
    /^([\p{Lu}][\p{Lu} .'-]{1,30}?)(?:,\s*[\p{Lu}][\p{L}.' -]{1,30}?)?\s*\(([^()]{2,40})\)\s*[—–-]{1,2}\s/u.exec(wireLead) ??
    // "(Kestrel) - European ministers …": the agency's mark opening the story, its city left off.
    /^()\((\p{Lu}[\p{L}&.' -]{1,38})\)\s*[—–-]{1,2}\s+\p{Lu}/u.exec(lead);
  // "MOSCOW, August 20. /NNA/. Russia's …": a wire that marks its copy with its letters between slashes after the day.
  const slashTag = /^[\p{Lu}][\p{Lu} .'-]{1,30},\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})\.?\s*\/(\p{Lu}[\p{Lu}\d-]{1,9})\/\.?\s+\p{Lu}/u.exec(lead)?.[1] ?? null;
  const timestamp = removed.find((line) => line.kind === 'furniture' && isBareTimestamp(line.text.trim()));
  // In order of how plainly each names the publisher; the note says which one did, for the review view.
  const outletSources: Array<[string, () => string | null]> = [
    ['credit line in the text', () => (credit ? outletFromCredit(credit) : null)],
    ['outlet named after the writer in the byline', () => (bylineText ? outletAfterWriter(bylineText) : null)],
    ['site name beside the section in the page\u2019s title bar', () => siteBar(blocks)],
    // The brand a page shows at its top ("Chesapeake 9 News") before the company its © line names ("… Broadcasting");
    // an acronym's masthead ("HBC News") after it, which spells the name out.
    ['masthead at the top of the page', () => mastheadAtTop(blocks, removed, false)],
    ['name over the site\u2019s menu at the top of the page', () => nameOverMenu(blocks, removed)],
    // "ABN News" over the menu, set aside as furniture, and "ABN © 2023" at the foot: the masthead names in full the
    // site the © line shortens. A © line that spells the name another way is read first, as below.
    ['masthead over the site\u2019s menu, which the © line shortens', () => mastheadShortenedByCopyright(removed, copyrightHolder(allText))],
    // A newsletter's © line names its writer ("© 2024 Priya Natarajan"): the byline's person is no publisher.
    ['© line of the page', () => notShownAsWriter(notTheWriter(copyrightHolder(allText), bylineText), blocks, removed)],
    ['line of the page saying whose publication it is', () => outletOwningPage(allText)],
    ['line saying where and when the page was published', () => allText.map((line) => publishedIn(line)?.outlet ?? null).find((name) => name !== null && name !== undefined) ?? null],
    ['masthead at the top of the page', () => mastheadAtTop(blocks, removed, true)],
    ['site name after the headline (the page\u2019s title)', () => site ?? titleTagSite(removed, headline, allText)],
    ['source line closing a press release', () => pressReleaseSource(removed)],
    ['source line closing a broadcaster\u2019s page', () => sourceWithInitials(allText)],
    ['company issuing the release, named at its top', () => companyIssuerAtTop(allText)],
    // "BALTIMORE, MD (June 10, 2024) –" brackets a day, not an agency.
    ['agency named in the wire dateline', () => (wire?.[2] && !/\b(?:19|20)\d{2}\b/.test(wire[2]) ? wire[2].trim() : null)],
    ['agency marked between slashes in the wire dateline', () => (slashTag ? slashTagService(slashTag, allText) : null)],
    ['outlet that stamps the first paragraph', () => stampedLead(lead)?.outlet ?? null],
    ['issuing body named at the top of the page', () => authority],
    ['note in brackets after the page\u2019s timestamp', () => outletAfterStamp(blocks)],
    ['e-mail domain in the text', () => outletFromMailDomain(allText)],
    ['publication a newsletter page invites its reader to read more from', () => outletInvitingMore(allText)],
    ['outlet named as the byline', () => (bylineText ? outletAsByline(bylineText) : null)],
    ['web address of the page', () => outletFromPageAddress(allText)],
    ['site the page sends its reader to', () => outletFromSiteLink(allText)],
    ['the site\u2019s own account that the page asks to follow', () => outletFromHandle(allText)],
    ['staff writer\u2019s biography', () => outletFromStaffBiography(removed)],
    ['masthead that a closing line of the page describes', () => mastheadDescribingItself(blocks, removed)],
    // A release's "About …" may be about its subject ("About the Port"), not its issuer: read after the issuer at the top.
    ['"About …" heading of a press release\u2019s boilerplate', () => releaseAboutHeading(allText)],
  ];
  let outletName: string | null = null;
  let outletSource = outletSources[0]![0];
  for (const [source, read] of outletSources) {
    outletName = read();
    if (outletName !== null) {
      outletSource = source;
      break;
    }
  }
  return {
    outletSource,
    headline,
    byline: (bylineText ? cleanByline(bylineText) : '') || nameOverPost(blocks, removed),
    outletName,
    dateline: datelineBlock && !timestampLabel(datelineBlock) ? datelineBlock : placeDateline ? titleCase(placeDateline.trim()) : wire?.[1] ? titleCase(wire[1].trim()) : datelineBlock,
    publishedAt:
      publicationTimestamp(blocks, removed) ?? datelineWithYear(lead) ?? stampedLead(lead)?.published ?? dayFromPageAddress(allText) ?? printEditionDay(allText) ?? datedTitleLine(blocks),
    inferredPublished: yearlessDayWithStatedYear(lead, blocks, removed, allText),
    partialTimestamp: timestamp ? stripMarkers(timestamp.text.trim()) : null,
  };
}

/**
 * The page's own publication time: a timestamp line anywhere, kept or removed
 * as page chrome ("Posted : 2025-01-14 17:12", "Published on Jan 15, 2025"),
 * the first-publication one before an "Updated …" one.
 */
function publicationTimestamp(blocks: Block[], removed: RemovedLine[]): { value: string; precision: 'minute' | 'day' } | null {
  const firstBodyLine = blocks.find((block) => block.kind === 'body')?.line ?? Infinity;
  const settle = settledSlashedDays([...blocks.map((block) => block.text), ...removed.filter((line) => line.kind === 'furniture').map((line) => line.text.trim())]);
  const lines = [
    ...blocks.filter((block) => block.kind === 'dateline').map((block) => ({ line: block.line, text: block.text })),
    // "Chantal Dubois · Maple Radio · Posted: Oct 16, 2023 7:10 PM | Last Updated: 2 hours ago": a bar of four parts
    // over the story is no byline's shape, but its labelled stamp still dates the page.
    ...blocks.flatMap((block) => {
      const bar = block.kind === 'caption' && block.line < firstBodyLine && SIGNATURE_SEPARATOR.test(block.text);
      const stamp = block.kind === 'byline' || bar ? bylineStamp(settle(block.text)) : null;
      return stamp ? [{ line: block.line, text: stamp }] : [];
    }),
    ...removed.filter((line) => line.kind === 'furniture' && isDateline(settle(line.text.trim()))).map((line) => ({ line: line.line, text: settle(line.text.trim()) })),
    // "Bengaluru Edition | Page 4 | 14 Aug 2023": an e-paper clip's edition line, set aside, still gives its day.
    ...removed.flatMap((line) => {
      if (line.kind !== 'furniture' || !pageNoteReason(line.text)?.startsWith('an e-paper')) return [];
      const day = line.text.split(/\s*[|·•]\s*/).map((part) => settle(part.trim())).find((part) => isDateline(part));
      return day ? [{ line: line.line, text: day }] : [];
    }),
    // "Posted by admin | December 3, 2024 | 0 comments", set aside as a bar of site controls: its stamp still dates the page.
    ...removed.flatMap((line) => {
      const text = settle(line.text.trim());
      const stamp = line.kind === 'furniture' && !isDateline(text) && isByline(text) ? bylineStamp(text) : null;
      return stamp ? [{ line: line.line, text: stamp }] : [];
    }),
  ];
  // "London, 14 August 2023" over a release's first paragraph: where and when it was issued, on a line of its own. The
  // same shape captions a photo ("Tolby Bridge, 12 March 2019", an archive picture's place and day), so it dates the
  // page only as a release's dateline: the page's only stamp, no writer's byline, the first paragraph straight under it.
  // The issuer's name and its parent body over a release are its credit, not a writer's byline.
  const issuerLines = blocks.slice(0, 2).filter((block, index) => block.kind === 'byline' && (index === 0 ? isIssuerLineOver(block.text, blocks[1]?.text) : isIssuerLine(block.text) && isIssuerLineOver(blocks[0]!.text, block.text)));
  if (lines.length === 0 && !blocks.some((block) => block.kind === 'byline' && !issuerLines.includes(block))) {
    const index = blocks.findIndex((block) => block.line === firstBodyLine);
    const over = index > 0 ? blocks[index - 1]! : null;
    const between = over !== null && removed.some((line) => line.kind !== 'blank' && line.line > over.line && line.line < firstBodyLine);
    const stamp = over && over.kind !== 'dateline' && !between ? placeStamp(over.text) : null;
    if (stamp) lines.push({ line: over!.line, text: stamp });
  }
  lines.sort((a, b) => a.line - b.line);
  // Below the story's last paragraph, a date on a line of its own may be another page's, not this one's: a related
  // link's ("Flood defences delayed again" over "28 November 2024"), a timeline's subhead or a comment's stamp. It
  // stamps the page only when labelled ("First published on …") or alone at the foot: no story line after it, and
  // no other dated line below the story naming another day (a list of links).
  const lastBody = blocks.findLast((block) => block.kind === 'body')?.line ?? Infinity;
  // The story's lines, kept or set aside as a tail after its end ("Timeline", "March 3, 2023", "The river last …").
  const storyLines = [
    ...blocks.filter((block) => block.kind === 'body' || block.kind === 'caption').map((block) => block.line),
    ...removed.filter((line) => line.kind === 'furniture' && storySentence(line.text.trim())).map((line) => line.line),
  ];
  const belowDays = new Set(lines.filter(({ line, text }) => line > lastBody && timestampLabel(text) === null).map(({ text }) => parseDateline(text)?.value.slice(0, 10)));
  // Inside the story, after two paragraphs or more and before more of it, an unlabelled date is a subhead ("Timeline",
  // "March 3, 2023", then what happened); a page's own stamp stands over the story, after at most its standfirst.
  // Paragraphs, not a writer's name or a count the page left in the body ("Lena Ortiz" over "Aug 14, 2023").
  const paragraphsBefore = (line: number) => blocks.filter((block) => block.kind === 'body' && block.line < line && isProse(block.text)).length;
  const pageOwn = ({ line, text }: { line: number; text: string }) =>
    timestampLabel(text) !== null ||
    (line < lastBody ? paragraphsBefore(line) < 2 || !storyLines.some((story) => story > line) : !storyLines.some((story) => story > line) && belowDays.size <= 1);
  // "Tuesday, December 10, 2024 | Today's Paper": the site's date bar shows the day the page was read, not written.
  const siteClock = (text: string) => text.split(SIGNATURE_SEPARATOR).some((part) => /^(?:today['’]s (?:paper|edition)|e-?edition|e-?paper|print edition|digital edition|subscribe|sign in|log ?in)$/i.test(part.trim()));
  const clockLines = new Set([...blocks.map((block) => ({ line: block.line, text: block.text })), ...removed].filter(({ text }) => siteClock(text.trim())).map(({ line }) => line));
  // An unlabelled date below the story stamps the page only when nothing labelled does ("First published on …" under it).
  const rank = ({ line, text }: { line: number; text: string }) =>
    clockLines.has(line) || (line > lastBody && timestampLabel(text) === null) ? 2 : timestampLabel(text) === 'updated' ? 1 : 0;
  // "Updated January 15, 2025 … | Published January 14, 2025 …": each stamp of a barred line is ranked on its own.
  // "Originally published March 3, 2019; updated March 11, 2026": a semicolon parts them too.
  const stamps = lines.filter(pageOwn).flatMap(({ line, text }) => {
    // "First published on 1 March 2026, last updated 12 March 2026": so does a comma before an update's label.
    const parts = text.split(/\s+[|·•]\s+|\s*;\s+|,\s+(?=(?:last\s+)?updated\b)/i).map((part) => part.trim());
    return parts.length > 1 && parts.filter((part) => timestampLabel(part) !== null && isDateline(part)).length > 1 ? parts.map((part) => ({ line, text: part })) : [{ line, text }];
  });
  const republished = rewrittenDay(stamps);
  if (republished) return republished;
  for (const { text } of [...stamps].sort((a, b) => rank(a) - rank(b) || a.line - b.line)) {
    const parsed = parseDateline(text);
    if (parsed) return parsed;
  }
  return null;
}

/**
 * How far an update may follow the first publication and still be the same telling of the story (days). A correction
 * or a new line weeks later leaves the text written against its first day; a story brought out again a year or more
 * later ("Originally published 2018; updated 2027") is read against the update.
 */
const SAME_TELLING_DAYS = 365;

/**
 * "Originally published March 3, 2019; updated March 11, 2026", "First published on 2 June 2018, last updated 6 April
 * 2027": a page that names its first day and an update more than a year later is a story told again; its words ("on
 * Tuesday") were written against the update, not the first day years before. The update's day, or null where the
 * update follows within the year ("Originally published Feb. 20 | Updated March 12": the same story, read against its
 * first day, whichever of the two wordings names it).
 */
function rewrittenDay(stamps: Array<{ line: number; text: string }>): { value: string; precision: 'minute' | 'day' } | null {
  const original = stamps.find(({ text }) => /^(?:originally|first)\s/i.test(stripMarkers(text).trim()) && timestampLabel(text) === 'published');
  const updated = stamps.find(({ text }) => timestampLabel(text) === 'updated');
  if (!original || !updated) return null;
  const [first, later] = [parseDateline(original.text), parseDateline(updated.text)];
  const [from, to] = [first ? parseIsoDay(first.value.slice(0, 10)) : null, later ? parseIsoDay(later.value.slice(0, 10)) : null];
  return from && to && daysBetween(from, to) > SAME_TELLING_DAYS ? later : null;
}

/** A sentence as a story writes one: five words or more, capitalised, closed, not the page's © notice. */
function storySentence(text: string): boolean {
  return text.split(/\s+/).length >= 5 && /^["“‘]?\p{Lu}/u.test(text) && /[.!?]["”’)]*$/u.test(text) && /\p{Ll}/u.test(text) && !/©|copyright|all rights reserved/i.test(text);
}

/**
 * "WILMINGTON, Del., Oct. 7, 2024 -- …", "GENEVA, 3 March 2025 /Newswire/ —": a release's dateline that gives the
 * full day, year and all, at the head of its first paragraph. Only when no timestamp line says more.
 */
function datelineWithYear(lead: string): { value: string; precision: 'day' } | null {
  const match =
    /^[\p{Lu}][\p{Lu} .'-]{1,30},\s*(?:[\p{Lu}][\p{L} .'-]{1,30},\s*)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d{2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(?:19|20)\d{2})\s*(?:\/[^/]{2,40}\/\s*)?(?:\([^()]{2,40}\)\s*)?(?:[—–-]{1,2}|:)\s/u.exec(lead);
  // "BALTIMORE, MD (June 10, 2024) –": a release's dateline with the day in brackets.
  const bracketed = match ? null : /^[\p{Lu}][\p{Lu} .'-]{1,30}(?:,\s*[\p{Lu}][\p{L}.' -]{1,30}?)?\s*\(((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d{2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(?:19|20)\d{2})\)\s*[—–-]{1,2}\s/u.exec(lead);
  const parsed = match ? parseDateline(match[1]!) : bracketed ? parseDateline(bracketed[1]!) : null;
  return parsed ? { value: parsed.value.slice(0, 10), precision: 'day' } : null;
}

/**
 * "https://www.harbourherald.com/news/2025/01/14/breakwater/", "…/article/20250114/…": the day a page's address
 * files it under, when nothing on the page stamps it. Only a real date, year first, between slashes.
 */
function dayFromPageAddress(lines: string[]): { value: string; precision: 'day' } | null {
  for (const line of lines) {
    const url = /^(?:url\s*:\s*)?(https?:\/\/\S+)$/i.exec(line.trim())?.[1];
    if (!url) continue;
    const match = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(url) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})\//.exec(url);
    if (!match) continue;
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (isRealDate(y, m, d)) return { value: formatDay({ y, m, d }), precision: 'day' };
  }
  return null;
}

/**
 * "Courtwire (March 28, 2024, 12:15 PM EDT) -- A federal judge …": a legal-news site opens its first paragraph
 * with its own name and the full stamp in brackets. Only a stamp with its year; "LONDON (Reuters) -" is a wire's.
 */
function stampedLead(lead: string): { outlet: string; published: { value: string; precision: 'minute' | 'day' } } | null {
  const match = /^(\p{Lu}[\p{L}\d&.'’-]*(?:\s\p{Lu}[\p{L}\d&.'’-]*){0,3})\s+\(([^()]{6,40})\)\s*[—–-]{1,2}\s/u.exec(lead);
  if (!match || !/\b(?:19|20)\d{2}\b/.test(match[2]!)) return null;
  const published = parseDateline(match[2]!);
  return published ? { outlet: match[1]!, published } : null;
}

/** A weekday name closing a title's words before its date ("… for Tuesday,"). */
const TRAILING_WEEKDAY = new RegExp(`,?\\s*\\b(?:${WEEKDAY_NAMES.join('|')}),?$`, 'i');

/**
 * "Your briefing for Tuesday, January 14, 2025", "Morning Edition — 14 January 2025": a line above the first
 * paragraph that ends with a full date, year and all, as a newsletter's or an edition's title does. The last resort.
 */
function datedTitleLine(blocks: Block[]): { value: string; precision: 'day' } | null {
  for (const block of blocks) {
    if (block.kind === 'body') break;
    if (block.kind !== 'headline' && block.kind !== 'caption') continue;
    const date = [...block.text.matchAll(FULL_DATE)].at(-1);
    if (!date || block.text.slice((date.index ?? 0) + date[0].length).trim() !== '') continue;
    // An edition's title dates the edition ("Your briefing for Tuesday, January 14, 2025"); a headline that ends on
    // a date is usually about that date ("Timeline: the crisis since March 3, 2024"). Only a weekday or an edition
    // word says the former, and never a date governed by "since", "after", "until" ….
    const before = block.text.slice(0, date.index).trim();
    const weekday = TRAILING_WEEKDAY.test(before);
    const edition = /\b(?:briefing|brief|edition|newsletter|digest|round-?up|bulletin|dispatch)\b/i.test(before);
    const governed = /\b(?:since|after|before|until|till|from|by|to|of|on)$/i.test(before.replace(TRAILING_WEEKDAY, '').trim()) && !edition;
    if ((!weekday && !edition) || governed) continue;
    const parsed = parseDateline(date[0]);
    if (parsed) return { value: parsed.value.slice(0, 10), precision: 'day' };
  }
  return null;
}

/** "SOURCE Harbour Authority": a newswire release's closing line names who issued it. */
function pressReleaseSource(removed: RemovedLine[]): string | null {
  for (const line of removed) {
    const name = /^SOURCE\s+(\p{Lu}[\p{L}\p{N}&.,'’ -]{1,60})$/u.exec(line.text.trim())?.[1]?.trim();
    if (name) return name;
  }
  return null;
}

/**
 * "Source: Merlion Broadcast News/ll", "Source: Harbour Herald/AF": a broadcaster's closing source line, the outlet
 * and its editor's initials after a slash. Only a name shaped as an outlet's (a "Source: ministry data" line cites).
 */
function sourceWithInitials(lines: string[]): string | null {
  for (const line of lines) {
    const name = /^source\s*:\s*(\p{Lu}[\p{L}\p{N}&.'’ -]{1,50}?)\s*\/\s*\p{L}{1,4}$/iu.exec(line.trim())?.[1]?.trim();
    if (name && isOutletName(name)) return name;
  }
  return null;
}

/**
 * "NORTHGATE FOODS PLC", "Tallow Systems Inc." opening a release that is marked as one: the company issuing it. A news
 * report about the firm may open on its name too and say "the company said in a press release": only a release's own
 * marks count ("For immediate release", "Press release" as a label, an end mark, "About <firm>", a media contact),
 * and a writer's byline makes it a report.
 */
function companyIssuerAtTop(lines: string[]): string | null {
  const first = lines.find((line) => line.trim() !== '')?.trim() ?? '';
  if (!/^\p{Lu}[\p{L}&.'’ -]{1,40}\s(?:PLC|Plc|plc|Inc\.?|INC\.?|Ltd\.?|LTD\.?|Limited|LIMITED|Corp\.?|CORP\.?|Corporation|CORPORATION|AG|SE|N\.V\.|S\.A\.|Group|GROUP|Holdings|HOLDINGS)$/u.test(first)) return null;
  const bare = lines.map((line) => line.trim()).filter((line) => line !== '');
  const marked = bare.some(
    (line) =>
      /^(?:#{3}|-\s*30\s*-|-*\s*ends?\s*-*)$/i.test(line) ||
      /^(?:for immediate release\b.*|(?:press|media|news) release:?|(?:for )?(?:media|press) (?:contacts?|enquiries|inquiries)\b.*)$/i.test(stripMarkers(line).trim()) ||
      isAboutHeading(stripMarkers(line).trim()),
  );
  if (!marked || bare.slice(0, 8).some((line) => isByline(line))) return null;
  return first === first.toUpperCase() ? titleCase(first).replace(/\b\p{Lu}[b-df-hj-np-tv-z]{1,3}\b/gu, (word: string) => word.toUpperCase()) : first;
}

/**
 * "Harbour breakwater to be rebuilt | Harbour Herald", "… - Harbour Herald": a page's title, the site's name set
 * after the headline by a bar or a spaced dash. Only a name that reads as an outlet's ("… – as it happened" stays).
 */
function splitPageTitle(title: string | null, ownNames: readonly string[] = []): { headline: string | null; site: string | null } {
  const match = title ? /^(.{12,}?)\s+(?:\||[-–—]|::)\s+([^|]{2,60})$/u.exec(title.trim()) : null;
  const site = match?.[2]?.trim();
  const named = (name: string) => {
    const letters = foldName(name);
    return letters.length >= 4 && /^\p{Lu}/u.test(name) && ownNames.some((own) => own === letters || own === `the${letters}`);
  };
  if (!match || !site || !(isOutletName(site) || named(site)) || isDateline(site)) return { headline: title, site: null };
  return { headline: match[1]!.trim(), site: outletFromCredit(site) };
}

/** The name, unless it is the writer's the byline gives ("By Priya Natarajan" and "© 2024 Priya Natarajan"). */
function notTheWriter(name: string | null, byline: string | null): string | null {
  if (name === null || byline === null) return name;
  return foldName(cleanByline(byline)).includes(foldName(name)) && foldName(name).length >= 4 ? null : name;
}

/**
 * A newsletter prints its writer's name on a line of its own under the title ("Mara Quist", then the date), where
 * a news page puts its byline; its © line then names that writer ("© 2025 Mara Quist"), not the publication. A
 * © holder standing alone between the headline and the first paragraph is such a writer. The publication's own
 * name stands above the headline, as a masthead does.
 */
function notShownAsWriter(name: string | null, blocks: Block[], removed: RemovedLine[]): string | null {
  if (name === null || isMastheadName(name) || isCreditLine(name)) return name;
  const headline = blocks.find((block) => block.kind === 'headline')?.line;
  const firstBody = blocks.find((block) => block.kind === 'body')?.line;
  if (headline === undefined || firstBody === undefined) return name;
  const folded = foldName(name);
  const lines = [...blocks.map((block) => ({ line: block.line, text: block.text })), ...removed.map((line) => ({ line: line.line, text: line.text }))];
  const shown = lines.some(({ line, text }) => line > headline && line < firstBody && foldName(text.trim()) === folded);
  // A post opening on its standfirst ("Prices hit the cap on Monday. Here is what happened.") sets the writer's name
  // under it, straight over (or under) the post's stamp: the same writer's line.
  const sorted = lines.filter(({ text }) => text.trim() !== '').sort((a, b) => a.line - b.line);
  const overStamp = sorted.some(({ line, text }, index) =>
    line > headline && foldName(text.trim()) === folded && [sorted[index - 1], sorted[index + 1]].some((next) => next !== undefined && isDateline(next.text.trim())));
  return (shown || overStamp) && folded.length >= 4 ? null : name;
}

/** The site's name in a title tag set aside as a repeat of the headline ("Outage | NewsCo" above "Outage"). */
function titleTagSite(removed: RemovedLine[], headline: string | null, allText: string[]): string | null {
  if (headline === null) return null;
  for (const line of removed) {
    if (line.kind !== 'duplicate') continue;
    const split = splitPageTitle(line.text.trim(), pageOwnNames(allText));
    if (split.site && split.headline?.toLowerCase() === headline.trim().toLowerCase()) return split.site;
  }
  return null;
}

/** Letters and digits of a name, lower case ("The NewsCo" → "thenewsco"). */
function foldName(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The names a page gives itself outside its title, folded: the © line's holder (with and without its company form)
 * and the label of its own web address.
 */
function pageOwnNames(lines: string[]): string[] {
  const names: string[] = [];
  const holder = copyrightHolder(lines);
  if (holder) names.push(foldName(holder));
  for (const line of lines) {
    const label = /^(?:url\s*:\s*)?(?:https?:\/\/)?(?:www\d?\.)?([a-z][\w-]+)\.(?:com|net|org|news|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})(?:[/?#]\S*)?$/i.exec(line.trim())?.[1];
    if (label && !SHARED_HOSTS.test(label.toLowerCase())) names.push(foldName(label));
  }
  return names;
}

/**
 * "A NewsCo publication", "An Ardent Media production": the page saying whose it is, on a line of its own.
 */
function outletOwningPage(lines: string[]): string | null {
  for (const line of lines) {
    const name = /^[Aa]n?\s+((?:\p{Lu}[\p{L}\d&'’.-]*)(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3})\s+(?:publication|production|website|site|brand|title|newsletter|podcast)\.?$/u.exec(stripMarkers(line).trim())?.[1];
    if (name) return name;
  }
  return null;
}

/**
 * "Discover more from The Ledger Line", "Read more from The Ledger Line", "Thanks for reading The Ledger Line!": a newsletter platform's foot naming the
 * publication the reader is on. A topic's box reads "More on …", and a name must follow.
 */
function outletInvitingMore(lines: string[]): string | null {
  for (const line of lines) {
    const trimmed = stripMarkers(line).trim();
    const name =
      /^(?:[Dd]iscover|[Rr]ead|[Gg]et|[Ee]xplore|[Ss]ee) more (?:stories |posts |writing )?from\s+((?:The\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4})$/u.exec(trimmed)?.[1] ??
      // "Thanks for reading The Ledger Line! Subscribe for free …": the platform's foot thanks the reader by the letter's name.
      /^Thanks for reading\s+((?:The\s+)?\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,4})\s*[!.](?:\s+(?:Subscribe|Sign up)\b.*)?$/u.exec(trimmed)?.[1] ??
      // "You're receiving this because you signed up for The Morning Pitch.": the letter's foot names the letter.
      /^(?:You(?:['’]re| are) receiving this(?: e-?mail| newsletter)? because you (?:signed up|subscribed|registered) (?:for|to))\s+((?:The\s+)?\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,4})\s*(?:[.!](?:\s+.*)?)?$/u.exec(trimmed)?.[1];
    if (name) return name;
  }
  return null;
}

/**
 * The first © line's holder, kept or removed. A © line straight under a picture's caption ("PICTURED: …" /
 * "(c) Lumen Press") credits the picture's agency, not the page.
 */
/**
 * The masthead over the site's menu that remove-furniture set aside ("ABN News"), when the page's © holder is its first
 * word or words ("ABN"): the same site, named in full. Null when the © line names it otherwise, or not at all.
 */
function mastheadShortenedByCopyright(removed: RemovedLine[], holder: string | null): string | null {
  if (holder === null) return null;
  const masthead = removed.find((line) => line.kind === 'furniture' && line.reason.startsWith('masthead: the site\u2019s name over its menu'));
  if (!masthead) return null;
  const name = stripMarkers(masthead.text).trim();
  return name.toLowerCase().startsWith(`${holder.trim().toLowerCase()} `) ? name : null;
}

function copyrightHolder(lines: string[]): string | null {
  let previous = '';
  for (const line of lines) {
    const holder = copyrightHolderOf(line);
    if (holder && !isCaption(previous)) return holder;
    if (line.trim() !== '') previous = line.trim();
  }
  return null;
}

/**
 * A wire's slash mark ("NNA") names its agency; the page's own line that opens with the mark and a word or two more
 * ("NNA English", the service's masthead) names the service more fully.
 */
function slashTagService(tag: string, lines: string[]): string {
  const service = new RegExp(`^${tag}(?:\\s+\\p{Lu}[\\p{L}-]*){1,2}$`, 'u');
  return lines.map((line) => line.trim()).find((line) => service.test(line)) ?? tag;
}

/**
 * A readout's first line names the body that issued it ("Ministry of Foreign
 * Affairs of Japan", "U.S. Attorney's Office, Southern District of New York"),
 * before any prose (see isIssuerLine).
 */
function governmentAuthorityOf(blocks: Block[], removed: RemovedLine[]): string | null {
  const first = blocks[0];
  if (!first || first.kind === 'body') return null;
  // The line under the name, kept or set aside ("News release" goes as a label): what says the name is an issuer.
  const under = [...blocks.slice(1), ...removed.filter((line) => line.kind !== 'blank')].filter((line) => line.line > first.line).sort((a, b) => a.line - b.line)[0];
  // "News Release: Harbor Port Administration": the body, without the label.
  return isIssuerLineOver(first.text, under?.text) ? first.text.trim().replace(RELEASE_LABEL_AFTER, '').replace(RELEASE_LABEL_BEFORE, '') : null;
}

/**
 * "jpark@meridianwire.com" → the outlet whose name the text spells with those
 * letters ("Meridian Wire"), else the domain itself. Free mail providers say nothing.
 */
function outletFromMailDomain(lines: string[]): string | null {
  const text = lines.join('\n');
  for (const match of text.matchAll(/[\w.+-]+@([\w-]+)((?:\.[\w-]+)+)/g)) {
    const label = match[1]!.toLowerCase();
    if (/^(gmail|yahoo|hotmail|outlook|naver|daum|protonmail|icloud|email|mail)$/.test(label)) continue;
    return nameSpelledLike(text, label) ?? `${match[1]}${match[2]}`;
  }
  return null;
}

/**
 * "https://www.harbourherald.com/news/2025/01/14/…" on a line of its own (a page copied with its address):
 * the outlet whose name the text spells with the domain's letters, else the domain. Link shorteners, social
 * sites and archives host other people's pages, so they name no outlet.
 */
function outletFromPageAddress(lines: string[]): string | null {
  for (const line of lines) {
    // "https://www.harborledger.com/…", or the site's address alone as its logo prints it ("harborledger.com").
    const match =
      /^(?:url\s*:\s*)?https?:\/\/(?:www\d?\.|m\.|amp\.|mobile\.|edition\.|news\.)?([\w-]+)((?:\.[\w-]+)+)(?:[/?#]\S*)?$/i.exec(line.trim()) ??
      /^(?:www\.)?([a-z][\w-]+)(\.(?:com|net|org|news|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2}))$/i.exec(line.trim());
    if (!match) continue;
    const label = match[1]!.toLowerCase();
    if (SHARED_HOSTS.test(label)) continue;
    return nameSpelledLike(lines.join('\n'), label) ?? `${match[1]}${match[2]}`;
  }
  return null;
}

/** Link shorteners, social sites and archives: they host other people's pages and name no outlet. */
const SHARED_HOSTS = /^(t|bit|tinyurl|youtube|youtu|twitter|x|facebook|instagram|tiktok|linkedin|archive|web|google|news|medium|substack|reddit)$/;

/** The name in the text whose letters spell a domain's label ("harbourherald" → "Harbour Herald"), if any. */
function nameSpelledLike(text: string, label: string): string | null {
  // A name stays on its line: "THE COASTAL TIMES" over a menu must not run on into "Local".
  for (const name of text.matchAll(/\b(?:The[ \t]+)?\p{Lu}[\p{L}&'-]*(?:[ \t]+\p{Lu}[\p{L}&'-]*){0,4}/gu)) {
    const shown = name[0] === name[0].toUpperCase() ? titleCase(name[0]) : name[0];
    const letters = name[0].toLowerCase().replace(/[^a-z0-9]/g, '');
    if (letters === label || letters === `the${label}`) return shown;
    const withoutThe = name[0].replace(/^The\s+/i, '').toLowerCase().replace(/[^a-z0-9]/g, '');
    if (withoutThe === label) return shown;
  }
  // "Sign up for NewsCo Daily" spells "newsco" with the head of its name: the site's name, its product after it.
  for (const name of text.matchAll(/\b\p{Lu}[\p{L}&'-]*(?:[ \t]+\p{Lu}[\p{L}&'-]*){1,4}/gu)) {
    const tokens = name[0].split(/[ \t]+/);
    for (let size = tokens.length - 1; size >= 1; size--) {
      const head = tokens.slice(0, size).join(' ');
      if (head.toLowerCase().replace(/[^a-z0-9]/g, '') === label && /\p{Lu}.*\p{Lu}|\p{Lu}{2}/u.test(head)) return head === head.toUpperCase() ? titleCase(head) : head;
    }
  }
  return null;
}

/** "By The Associated Press", "By Harbour Herald Staff": a byline that names an outlet, not a writer. */
function outletAsByline(byline: string): string | null {
  const name = byline.replace(/^(?:(?:posted|written|published|story)\s+)?by\s+/i, '').trim();
  return name !== byline.trim() && (isCreditLine(name) || isMastheadName(outletFromCredit(name))) && !isDateline(name) ? outletFromCredit(name) : null;
}

const FULL_DATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d{2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2}\b/g;
/** How far a stated date may lie from the dateline's day and still give it its year; background dates run further. */
const NEAR_DAYS = 45;

/**
 * "SEOUL, Jan. 14 (Yonhap) --", "Published 14 January, 04:12 GMT", "Tue 14 Jan 09.30 GMT": a day without its year,
 * from a wire dateline or the page's own stamp. When the text states a full date within 45 days of that day
 * ("talks on Jan. 13, 2025"), the year putting the day nearest it is taken; else the year of the page's © line. Either
 * is said to be inferred. A weekday the stamp names must fall on the day; with no year, two years equally near, or
 * a weekday that does not fit, nothing is.
 */
function yearlessDayWithStatedYear(lead: string, blocks: Block[], removed: RemovedLine[], allText: string[]): { value: string; note: string } | null {
  const source = yearlessDay(lead, blocks, removed);
  if (!source) return null;
  const { month, day, weekday, text } = source;
  const fits = (year: number) => isRealDate(year, month, day) && (weekday === null || weekdayOf({ y: year, m: month, d: day }) === weekday);
  const near: { year: number; distance: number; text: string }[] = [];
  for (const block of blocks) {
    if (block.kind !== 'body' && block.kind !== 'headline') continue;
    for (const match of block.text.matchAll(FULL_DATE)) {
      const stated = parseIsoDay(parseDateline(match[0])?.value ?? '');
      if (!stated) continue;
      for (const year of [stated.y - 1, stated.y, stated.y + 1]) {
        if (!fits(year)) continue;
        const distance = Math.abs(daysBetween(stated, { y: year, m: month, d: day }));
        if (distance <= NEAR_DAYS) near.push({ year, distance, text: match[0] });
      }
    }
  }
  near.sort((a, b) => a.distance - b.distance);
  const [best, next] = near;
  if (best && !(next && next.distance === best.distance && next.year !== best.year)) {
    return { value: formatDay({ y: best.year, m: month, d: day }), note: `day from ${text}; the year inferred from "${best.text}" stated in the text` };
  }
  if (near.length > 0) return null;
  const copyright = copyrightYear(allText);
  if (copyright === null || !fits(copyright.year)) return null;
  return { value: formatDay({ y: copyright.year, m: month, d: day }), note: `day from ${text}; the year inferred from the page\u2019s line "${copyright.line}"` };
}

/** The day and month (and weekday, if named) of a wire dateline or a year-less stamp of the page, first-publication ones first. */
function yearlessDay(lead: string, blocks: Block[], removed: RemovedLine[]): { month: number; day: number; weekday: number | null; text: string } | null {
  // "SEOUL, Jan. 14 (Yonhap) --", or a paper's own "RIVERTON, March 27 —" without an agency.
  const wire = /^[\p{Lu}][\p{Lu} .'-]{1,30},\s*(?:[\p{Lu}][\p{L} .'-]{1,30},\s*)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\s*(?:\(|[—–-]{1,2}\s)/u.exec(lead);
  const wireMonth = wire ? monthNumber(wire[1]!) : null;
  if (wire && wireMonth !== null) return { month: wireMonth, day: Number(wire[2]), weekday: null, text: `the wire dateline "${wire[0].replace(/\s*(?:\(|[—–-]{1,2}\s)$/, '')}"` };
  const stamps = [
    ...blocks.filter((block) => block.kind === 'dateline').map((block) => ({ line: block.line, text: block.text })),
    ...removed.filter((line) => line.kind === 'furniture').map((line) => ({ line: line.line, text: line.text.trim() })),
  ]
    .filter((stamp) => isYearlessStamp(stamp.text))
    .sort((a, b) => Number(timestampLabel(a.text) === 'updated') - Number(timestampLabel(b.text) === 'updated') || a.line - b.line);
  for (const stamp of stamps) {
    const core = datelineCore(stamp.text);
    // "27 March", "March 27": the first pair whose word is a month ("18:30 EDT" is none).
    const pairs = [
      ...[...core.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\b/g)].map((match) => [match[2]!, match[1]!] as const),
      ...[...core.matchAll(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/g)].map((match) => [match[1]!, match[2]!] as const),
    ];
    const pair = pairs.find(([name]) => monthNumber(name) !== null && /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(name));
    if (!pair) continue;
    const [monthName, dayNumber] = pair;
    const month = monthNumber(monthName)!;
    const named = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)/i.exec(core.replace(/^[\d:.\s]+(?:[ap]\.?m\.?)?\s*[A-Z]{0,4},?\s*/i, ''))?.[1];
    const weekday = named ? WEEKDAY_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === named.toLowerCase()) : null;
    return { month, day: Number(dayNumber), weekday, text: `the page\u2019s stamp "${stripMarkers(stamp.text).trim()}"` };
  }
  return null;
}

/** "© 2024 The Harbor Ledger", "Copyright 2019-2024 …": the year a copyright line gives (the last of a range). */
function copyrightYear(lines: string[]): { year: number; line: string } | null {
  for (const line of lines) {
    const trimmed = line.trim();
    if (!/(?:©|ⓒ|\(c\)|\bcopyright\b)/i.test(trimmed) || trimmed.length > 200) continue;
    const years = [...trimmed.matchAll(/\b((?:19|20)\d{2})\b/g)].map((match) => Number(match[1]));
    if (years.length > 0) return { year: years[years.length - 1]!, line: trimmed };
  }
  return null;
}

/**
 * "January 14, 2025 (Mainichi Japan)": a timestamp line's bracketed note names the paper that stamped it;
 * "KYODO NEWS - Jan 14, 2025 - 18:30", the name before it.
 */
function outletAfterStamp(blocks: Block[]): string | null {
  for (const block of blocks) {
    if (block.kind !== 'dateline') continue;
    const note = /\(([^()]{2,40})\)\s*$/.exec(block.text.trim())?.[1]?.trim();
    if (note && /^\p{Lu}[\p{L}'’&.-]*(?: \p{Lu}[\p{L}'’&.-]*){0,3}$/u.test(note) && !/\d/.test(note)) return note;
    // "KYODO NEWS - Jan 14, 2025 - 18:30": the name before the stamp.
    const before = outletBeforeStamp(block.text);
    if (before) return outletFromCredit(before);
  }
  return null;
}

/** The writer, outlet and stamp of a signature bar ("Jane Park | Harbour Herald | Jan 14, 2025"). */
function signatureBarParts(text: string): { person: string | null; outlet: string | null } {
  const parts = text.split(SIGNATURE_SEPARATOR).map((part) => part.trim()).filter((part) => !isDateline(part));
  const outlet = parts.find((part) => isOutletName(part)) ?? null;
  return { person: parts.find((part) => part !== outlet) ?? null, outlet };
}

/** "By Jane Park, Harbour Herald": an outlet named after the writer, as a credit line would name it. */
function outletAfterWriter(byline: string): string | null {
  // "By Jane Roe, The Harbor Ledger | March 27, 2024": the name closes the writer's part, before the stamp.
  // "(Reporting by Ana Ruiz for Kestrel Wire; editing by …)": the writer's part ends at the semicolon; "for" names the outlet.
  // "By Jane Park, The Marlow Courier (TNS)": the syndicate's initials after the paper say who passed it on.
  const writer = byline.split(BYLINE_SEPARATOR)[0]!.split(';')[0]!.replace(/\s*\(\p{Lu}{2,6}\)$/u, '').replace(/\)$/, '').trim();
  const tail = (/,\s*([^,]+)$/.exec(writer) ?? /\sfor\s+(\p{Lu}[^,]+)$/u.exec(writer))?.[1]?.trim();
  return tail && (isCreditLine(tail) || isMastheadName(tail)) && !isDateline(tail) ? outletFromCredit(tail) : null;
}

/**
 * A page's first line that is a bare name ("FactLens"), when a closing line describes that name
 * ("FactLens is a member of …"): the site's masthead, vouched for by the page itself.
 */
function mastheadDescribingItself(blocks: Block[], removed: RemovedLine[]): string | null {
  const lines = [...blocks.map((block) => ({ line: block.line, text: block.text })), ...removed.filter((line) => line.kind !== 'blank')].sort((a, b) => a.line - b.line);
  const first = lines[0]?.text.trim();
  // Or the name between the writer and the stamp of a byline bar ("By Ana Ruiz | Harbour Facts | January 16, 2025").
  const barred = blocks
    .filter((block) => block.kind === 'byline' && BYLINE_SEPARATOR.test(block.text))
    .flatMap((block) => block.text.split(BYLINE_SEPARATOR).slice(1).map((part) => part.trim()));
  const names = [...(first && first.split(/\s+/).length <= 4 ? [first] : []), ...barred.filter((part) => part.split(/\s+/).length <= 4 && !isDateline(part))];
  return names.find((name) => removed.some((line) => /describing itself/.test(line.reason) && line.text.trim().startsWith(`${name} `))) ?? null;
}

/**
 * "Maria Alvarez covers labor for The Daily Ledger.", "Jin Park is a staff reporter at the Harbour Herald.":
 * a staff writer's biography names the paper. A guest's ("is a senior fellow at …") names their employer, not the outlet.
 */
function outletFromStaffBiography(removed: RemovedLine[]): string | null {
  const NAME = String.raw`((?:the |The )?\p{Lu}[\p{L}'’-]*(?: (?:of |and |& )?\p{Lu}[\p{L}'’-]*){0,4})`;
  const staff = new RegExp(
    String.raw`\b(?:covers|reports on|writes about|reports from|has covered|edits)\b[^.]{0,60}?\s(?:for|at) ${NAME}[.,]|\bis (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|columnist|editor|bureau chief|journalist) (?:for|at|with) ${NAME}[.,]`,
    'u',
  );
  for (const line of removed) {
    if (line.kind !== 'furniture' || !/biography/.test(line.reason)) continue;
    const match = staff.exec(line.text);
    const name = (match?.[1] ?? match?.[2])?.trim();
    if (name) return name.replace(/^the /, 'The ');
  }
  return null;
}

/**
 * "By Ha-eun Seo · January 13, 2025", "By Jane Park | Sept. 13, 2024, 7:18 PM EDT", "By Jane Park, Jan. 15, 2025":
 * the timestamp a byline carries.
 */
function bylineStamp(text: string): string | null {
  const parts = text.split(BYLINE_SEPARATOR);
  // "27 March 2024 | By Jane Roe": the stamp may stand before the name as well as after it.
  if (parts.length > 1) return parts.map((part) => part.trim()).find((part) => isDateline(part)) ?? null;
  // "March 12, 2025 by Rick Dunn": the stamp before the name.
  const head = /^(.+?)\s+by\s+\p{Lu}/u.exec(text)?.[1]?.trim();
  if (head && isDateline(head)) return head;
  // "Posted by Rick Dunn on March 12, 2025 at 9:14 am": the stamp follows "on" or "at" after the name.
  const tail = /\s(?:on|at|[-–—])\s+(.+)$/.exec(text)?.[1]?.trim();
  if (tail && isDateline(tail)) return tail;
  // "By Jane Park, Jan. 15, 2025": the stamp after a comma; the first comma whose rest is a timestamp.
  for (let at = text.indexOf(', '); at !== -1; at = text.indexOf(', ', at + 1)) {
    const rest = text.slice(at + 2).trim();
    if (isDateline(rest)) return rest;
  }
  // "By Jane Park Dec 3, 2024 Updated Dec 4, 2024": the stamp run on after the name, from its month or weekday.
  for (const match of text.matchAll(/\s(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d)/g)) {
    const rest = text.slice((match.index ?? 0) + 1).trim();
    if (isDateline(rest)) return rest;
  }
  return null;
}

/**
 * "Tess Okafor" over "Environment reporter", "Dana Whitfield" over "dwhitfield@…": a writer's name on a line of its
 * own between the headline and the story, the post, the desk ("Northvale News, Riverside") or the e-mail address
 * on the next line. Such short lines go as site chrome; the pair still names the writer.
 */
function nameOverPost(blocks: Block[], removed: RemovedLine[]): string | null {
  const headline = blocks.find((block) => block.kind === 'headline')?.line;
  const firstBody = blocks.find((block) => block.kind === 'body')?.line;
  if (headline === undefined || firstBody === undefined) return null;
  const lines = [...blocks.map((block) => ({ line: block.line, text: block.text.trim() })), ...removed.filter((line) => line.kind !== 'blank').map((line) => ({ line: line.line, text: line.text.trim() }))]
    .filter(({ line }) => line > headline && line < firstBody)
    .sort((a, b) => a.line - b.line);
  const isPost = (text: string) =>
    /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(text) ||
    // "Transport Correspondent", "senior reporter": the post alone, its last word in either case.
    /^(?:\p{Lu}\p{Ll}+ )?(?:[\p{Ll}-]+ ){0,2}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Pp]roducer)$/u.test(text) ||
    /^[^,]{2,40},\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(text) && isOutletName(text.split(',')[0]!);
  for (const [index, { text }] of lines.entries()) {
    const next = lines[index + 1]?.text;
    // A name over the stamp alone is not enough: a picture's caption may name who it shows there.
    if (next !== undefined && PERSON_NAME.test(text) && !isOutletName(text) && isPost(next)) return text;
  }
  return null;
}

const BYLINE_SEPARATOR = /\s+[|·•]\s+/;

/** "Dana Whitfield in Alder Valley", "Ana Ruiz and Tom Hale in Brussels": a correspondent's line, the writer and where they file from. */
const FILED_FROM = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}-]+){1,3}(?: and \p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}-]+){1,2})?) in \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$/u;

/** "BY SEO JI-EUN [[email protected]]" → "Seo Ji-eun"; "(This article was written by A and B.)" → "A and B". */
function cleanByline(text: string): string {
  const stamp = bylineStamp(text);
  // "By Ana Ruiz | Harbour Facts | January 16, 2025": the writer is the first part; the others are the site and the stamp.
  const unstamped = stamp ? (text.split(BYLINE_SEPARATOR).find((part) => part.trim() !== stamp) ?? text) : text;
  const name = (
    stamp && unstamped === text
      ? text.startsWith(stamp) ? text.slice(stamp.length) : text.slice(0, text.lastIndexOf(stamp)).replace(/(?:\s(?:on|at|[-–—])|,)\s*$/, '')
      : unstamped
  )
    .replace(/\s*\(\p{Lu}{2,6}\)$/u, '')
    .replace(/^\(|\)$/g, '')
    // "Ana Ruiz in Kharn and Tom Lee in Geneva", "Sam Ortiz, Staff Reporter, and Lee Chan": each writer without where
    // they filed from or their post, before the next writer.
    .replace(/\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?(?=\s+(?:and|&)\s+\p{Lu})/gu, '')
    .replace(/,\s*(?:[\p{L}-]+\s+){0,3}(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor|[Cc]olumnist),?(?=\s+(?:and|&)\s+\p{Lu})/gu, '')
    // "Ana Ruiz in Kharn" (after its "By", if any): the writer without where they filed from.
    .replace(/^((?:by\s+)?)(.*)$/i, (_whole: string, by: string, rest: string) => by + rest.replace(FILED_FROM, '$1'))
    // "Reporting by Ana Ruiz for Kestrel Wire; editing by Tom Hale": the writer, without the desk's credits or outlet.
    .replace(/\s*;\s*(?:editing|edited|additional reporting|writing|compiled|graphics|photos?)\b.*$/i, '')
    .replace(/\s+for\s+(\p{Lu}[^,;]+)$/u, (whole: string, tail: string) => (isCreditLine(tail.trim()) || isMastheadName(tail.trim()) ? '' : whole))
    .replace(/^[-–—\s]*(?:reporter|correspondent|staff (?:writer|reporter)|author(?: of the (?:article|story|post))?\s*:)\s+/i, '')
    // "Kavya Rao @kavyarao_writes": the name without the handle.
    .replace(/\s+@[A-Za-z0-9_]{2,30}$/, '')
    .replace(/,\s*(?:(?:senior|chief|political|business|foreign|contributing|guest|opinion)\s+)?(?:staff writer|staff reporter|reporter|correspondent|writer|columnist|editor)$/i, '')
    // "Dana Whitfield, Transport Correspondent", "Dana Whitfield Transport correspondent": the name before its post.
    .replace(/^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}?),? (?:[\p{L}-]+ ){0,3}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Pp]roducer|[Aa]nalyst|[Cc]hief)$/u, (whole: string, name: string) => (isNameWithRole(whole) ? name : whole))
    // "Dana Whitfield, Millbrook Bureau": the desk the writer files for.
    .replace(/,\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:[Bb]ureau|[Dd]esk|[Nn]ewsroom)$/u, '')
    // "Tom Lee, Courier staff": the paper's own staff, named after it.
    .replace(/,\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}staff$/iu, '')
    // "Tess Okafor, WNVL": a station's call sign or an outlet's initials after the writer, no part of the name.
    .replace(/,\s*([^,]+)$/, (whole: string, tail: string) => (isCreditLine(tail.trim()) || isMastheadName(tail.trim()) || /^\p{Lu}{2,6}$/u.test(tail.trim()) ? '' : whole))
    .replace(/^.*?\bby(?:\s*:)?\s+/i, '')
    .replace(/\s*[([<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)\]>]?/g, '')
    .replace(/\s*\[.*$/, '')
    .replace(/[.\s]+$/, '');
  // "MARIA GOMEZ and LEE HOLT": capitals apart from the joining words are still a shouted byline.
  const joined = name.replace(/\s(?:and|&)\s/g, ' ');
  return joined === joined.toUpperCase() ? titleCase(name).replace(/\sAnd\s/g, ' and ') : name;
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s(])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/** "Asia News Network/The Japan News" → "The Japan News": the last named party publishes it. */
function outletFromCredit(text: string): string {
  // "Northvale News, Riverside": a broadcaster's desk line names the outlet, then where its writer files from.
  const placed = /^(.+?),\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.exec(text.trim())?.[1];
  if (placed && isOutletName(placed)) return outletFromCredit(placed);
  // "Harbor Port Administration – News Release", "Press release: Harbour Authority": the issuer, without the label.
  const parts = text
    // "—KG, Bay News": a closing credit led by the editor's initials.
    .replace(/^[-–—]+\s*\p{Lu}{2,4}(?:\/\p{Lu}{2,4})?,\s+(?=\p{Lu}\p{Ll})/u, '')
    .replace(/^[-–—(]+\s*|\)$/g, '')
    // "Part of the NewsCo Network", "A member of the Harbour Media Group": the group the page belongs to.
    .replace(/^(?:part|an? (?:member|division|unit|service)) of (?:the )?/i, '')
    // "From Kestrel Wire", "Distributed by Kestrel Wire": the credit's lead-in, no part of the name.
    .replace(/^(?:[Ff]rom|FROM|[Dd]istributed by|DISTRIBUTED BY)\s+(?=\p{Lu})/u, '')
    .replace(RELEASE_LABEL_AFTER, '')
    .replace(RELEASE_LABEL_BEFORE, '')
    .split(/\s*\/\s*/);
  // "Harbour Herald Staff", "Harbour Herald Newsroom": the outlet's own people, named after it.
  // "The Marlow Courier Editorial Board": the paper's own board signing its editorial.
  const last = parts[parts.length - 1]!.trim().replace(/\s+(?:staff(?:\s+(?:reports?|writers?))?|newsroom|news desk|editorial board|editorial staff|editors)$/i, '');
  // "JIJI", "KYODO": a shouted agency name reads as the agency's own spelling; acronyms ("AFP") stay.
  return /^\p{Lu}{4,}$/u.test(last) ? titleCase(last) : last;
}

const RELEASE_LABEL_AFTER = /\s*(?:[-–—|:]\s*)(?:news|press|media)\s+(?:release|statement|advisory)s?$/i;
const RELEASE_LABEL_BEFORE = /^(?:news|press|media)\s+(?:release|statement|advisory)s?\s*[-–—|:]\s*/i;

/** "The Harbor Ledger | Local news": the site's name in a title bar beside the section, read before the headline. */
function siteBar(blocks: Block[]): string | null {
  for (const block of blocks) {
    if (block.kind === 'body') break;
    const name = block.kind === 'byline' ? siteBarName(block.text) : null;
    if (name) return outletFromCredit(name);
  }
  return null;
}

/**
 * "THE HARBOR LEDGER", "The Harbor Ledger": the page's first line, a name shaped as a masthead, above the headline
 * (a first line that is itself the headline names no outlet).
 */
function mastheadAtTop(blocks: Block[], removed: RemovedLine[], acronyms: boolean): string | null {
  const lines = [...blocks.map((block) => ({ line: block.line, text: block.text, kind: block.kind as string })), ...removed.filter((line) => line.kind !== 'blank').map((line) => ({ line: line.line, text: line.text, kind: 'removed' }))].sort(
    (a, b) => a.line - b.line,
  );
  // "You are here: Home > News", "Skip to content", "E-Paper" over the name: the page's own tools, set aside, come
  // before its masthead on some pages; a masthead after them is still the first name on the page.
  const tools = removed.filter((line) => line.kind === 'furniture' && /breadcrumb|site control|accessibility|the site addressing its reader/.test(line.reason)).map((line) => line.line);
  const first = lines.find((line) => !tools.includes(line.line));
  if (!first || first.kind === 'headline' || first.kind === 'body' || !isMastheadName(first.text)) return null;
  const name = stripMarkers(first.text).trim().replace(/\.$/, '');
  // "RBC NEWS" → "RBC News": a short shouted word without a vowel is an acronym and stays one ("NEW" is a word).
  const shown = name === name.toUpperCase() ? titleCase(name).replace(/\b\p{Lu}[b-df-hj-np-tv-z]{1,3}\b/gu, (word: string) => word.toUpperCase()) : name;
  return /\b\p{Lu}{2,}\b/u.test(shown) === acronyms ? shown : null;
}

/**
 * "Globe Current" over "News | World | Live": the page's first line, a short capitalised name set over the site's
 * menu or section trail, is the site's masthead whatever its last word (a story's title sits over a share row or
 * its stamp, never over the menu).
 */
function nameOverMenu(blocks: Block[], removed: RemovedLine[]): string | null {
  const lines = [...blocks.map((block) => ({ line: block.line, text: block.text, kind: block.kind as string })), ...removed.filter((line) => line.kind !== 'blank').map((line) => ({ line: line.line, text: line.text, kind: 'removed' }))].sort(
    (a, b) => a.line - b.line,
  );
  const [first, menu] = lines;
  if (!first || !menu || first.kind === 'headline' || first.kind === 'body') return null;
  const name = stripMarkers(first.text).trim();
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4 || /\d/.test(name) || !tokens.every((token) => /^(?:\p{Lu}[\p{L}&'’-]*|of|the|and)$/u.test(token))) return null;
  // "HBC NEWS": letters, which the © line spells out; read after it, as mastheadAtTop does.
  if (/\b\p{Lu}{2,}\b/u.test(name) || isSectionSlug(name) || hasUiVocabulary(name) || isByline(name) || isDateline(name)) return null;
  const bar = menu.text.trim();
  // "Kisogawa Shimpo English": a paper's English-language edition; the paper's own name is before the edition word.
  const paper = tokens.length > 2 ? name.replace(/\s+English(?:\s+Edition)?$/, '') : name;
  if (!((isSpacedMenu(bar) && !isShareRow(bar)) || (isBreadcrumb(bar) && !isShareRow(bar)))) return null;
  // "Local Elections" over "Home | News | Politics | Local Elections": the section the page is in, not the site.
  const letters = (text: string) => text.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
  if (bar.split(/\s*[|>›»/·•]\s*|\s{2,}/).some((item) => letters(item) === letters(paper))) return null;
  // A name alone over a menu may be a Title Case headline ("Dam Breaks Overnight") or a writer's own site ("Ana
  // Reyes"): it is the masthead only with a newspaper's noun in it, or when the © line or a web address names it too.
  if (hasOutletNoun(paper)) return paper;
  // "… English" over a language switcher: a paper's edition in another language, which only a publisher has.
  if (paper !== name && /(?:^|[\s|/·•])(?:Japanese|Korean|Chinese|日本語|한국어|中文)(?:$|[\s|/·•])/u.test(bar)) return paper;
  const allText = lines.map((line) => line.text);
  const holder = copyrightHolder(allText);
  if (holder !== null && letters(holder) === letters(paper)) return paper;
  const domains = allText.flatMap((line) => [...line.matchAll(/\b(?:https?:\/\/)?(?:www\.)?([a-z0-9-]{3,40})\.(?:com|net|org|news|co|[a-z]{2})\b/gi)].map((match) => match[1]!.toLowerCase().replace(/-/g, '')));
  return domains.includes(letters(paper)) ? paper : null;
}

/**
 * "Read more at harborledger.com", "Visit www.harborledger.com for more": the site a closing line sends the reader
 * to, named as the text spells it, else by its address.
 */
function outletFromSiteLink(lines: string[]): string | null {
  for (const line of lines) {
    const match = /^(?:read (?:more|the full (?:story|article)|the rest)|continue reading|more (?:stories )?at|visit|for more (?:news|stories|coverage),? (?:visit|go to))\s+(?:(?:on|at)\s+)?(?:https?:\/\/)?(?:www\.)?([\w-]+)((?:\.[\w-]+)+)\/?\S*?[.!]?$/i.exec(stripMarkers(line).trim());
    if (!match || match[2]!.length < 3) continue;
    const label = match[1]!.toLowerCase();
    if (SHARED_HOSTS.test(label)) continue;
    return nameSpelledLike(lines.join('\n'), label) ?? `${match[1]}${match[2]}`;
  }
  return null;
}

/**
 * "Follow @harborledger": the site's own account, only when the text spells a masthead's name with its letters
 * (a writer's account, "Follow Jane Roe @janeroe", names a person).
 */
function outletFromHandle(lines: string[]): string | null {
  for (const line of lines) {
    const match = /^follow\s+(?:us\s+)?(?:on\s+\p{L}+\s+)?@(\w{3,30})(?:\s+on\s+\p{L}+)?\.?$/iu.exec(stripMarkers(line).trim());
    if (!match) continue;
    const name = nameSpelledLike(lines.join('\n'), match[1]!.toLowerCase());
    if (name && (isMastheadName(name) || isCreditLine(name))) return name;
  }
  return null;
}

/**
 * What a stamp the page shows lacks for a day: "3/9/26, 9:15 AM" has a year, in two digits, and reads March 9 or
 * 3 September; "Tue 09:15" has none.
 */
function stampGap(stamp: string): string {
  if (/\b\d{1,2}\/\d{1,2}\/\d{2}\b/.test(stamp)) return 'a two-digit year, and day and month that read either way';
  if (/\b\d{1,2}\/\d{1,2}\/\d{4}\b/.test(stamp)) return 'day and month that read either way';
  return /\b(?:19|20)\d{2}\b/.test(stamp) ? 'not read as a day' : 'no year';
}

const SLASHED_DAY = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g;

/**
 * "04/03/2024" reads both ways; a page keeps one order, so a stamp of the same page that reads only one way
 * ("Updated: 04/15/2024") settles it. Returns a rewrite of a line's slashed days into year-first ones under the
 * settled order; with no stamp to settle it, or stamps both ways, the line is left as it is (and read as no day).
 */
function settledSlashedDays(lines: string[]): (text: string) => string {
  let monthFirst = false;
  let dayFirst = false;
  for (const line of lines) {
    if (timestampLabel(line.trim()) === null && !isDateline(line)) continue;
    for (const [, a, b] of line.matchAll(SLASHED_DAY)) {
      if (Number(a) > 12 && Number(b) <= 12) dayFirst = true;
      if (Number(b) > 12 && Number(a) <= 12) monthFirst = true;
    }
  }
  if (monthFirst === dayFirst) return (text) => text;
  return (text) =>
    text.replace(SLASHED_DAY, (whole, a: string, b: string, y: string) => {
      const [m, d] = monthFirst ? [Number(a), Number(b)] : [Number(b), Number(a)];
      return isRealDate(Number(y), m, d) ? formatDay({ y: Number(y), m, d }) : whole;
    });
}

/**
 * "Print edition: Thursday, March 28, 2024, page A1", "A version of this article appears in print on March 28,
 * 2024": the day the paper printed it, the page's day when the page gives no other.
 */
function printEditionDay(lines: string[]): { value: string; precision: 'day' } | null {
  for (const line of lines) {
    const text = stripMarkers(line).trim();
    if (!/^(?:(?:the |from the )?print edition\b|(?:published|appeared|printed) in print\b|(?:a version of )?this (?:article|story|report) (?:first )?(?:appears|appeared|ran) in (?:the )?print\b)/i.test(text)) continue;
    const date = [...text.matchAll(FULL_DATE)][0];
    const parsed = date ? parseDateline(date[0]) : null;
    if (parsed) return { value: parsed.value.slice(0, 10), precision: 'day' };
  }
  return null;
}

/** A credit line ("— Reuters", "Asia News Network/The Japan News") or a paper's name alone ("— The Harbor Ledger"). */
function isOutletName(text: string): boolean {
  // "Media Release", "Press Statement": the kind of page, under its issuer; "Media" does not make it an outlet.
  if (/^(?:news|press|media)\s+(?:release|statement|advisory|notice)s?$/i.test(stripMarkers(text).trim())) return false;
  return isCreditLine(text) || isMastheadName(text.replace(/^[-–—(]+\s*|\)$/g, ''));
}

/** The formats a page's kicker names before a title: "Analysis | …", "Opinion: …", "EXCLUSIVE – …". */
const KICKER = /^(?:news analysis|analysis|opinion|commentary|perspective|explainer|exclusive|breaking|live|review|interview|feature|fact check|first person|guest essay|editorial)\s*(?:\||:|[-–—])\s*(\S.*)$/i;

/**
 * "Analysis | Markets Tumble": a short title behind its format kicker reads like a breadcrumb and is removed as one.
 * When the page has no other headline, the first such line before the first paragraph is the title, as printed.
 */
/**
 * The first headline block, unless it is a live page's entry heading kept as news ("Three People Killed In
 * Landslide" straight over its stamp "13:50 GMT", on a page of three stamps or more) under a title set aside with its
 * kicker ("Live: Storm batters coast"): that title is the page's.
 */
function pageHeadline(blocks: Block[], removed: RemovedLine[]): string | null {
  const head = blocks.find((block) => block.kind === 'headline');
  if (!head) return null;
  const stamps = removed.filter((line) => line.kind === 'furniture' && isBareTimestamp(line.text.trim()));
  if (stamps.length < 3) return head.text;
  const after = [...blocks, ...removed.filter((line) => line.kind !== 'blank')].filter((line) => line.line > head.line).sort((a, b) => a.line - b.line)[0];
  const overStamp = after !== undefined && stamps.some((stamp) => stamp.line === after.line);
  const kicked = overStamp ? removed.find((line) => line.line < head.line && line.kind === 'furniture' && KICKER.test(stripMarkers(line.text).trim())) : undefined;
  return kicked ? kickedTitle(blocks, removed) ?? head.text : head.text;
}

function kickedTitle(blocks: Block[], removed: RemovedLine[]): string | null {
  const firstBody = blocks.find((block) => block.kind === 'body')?.line ?? Infinity;
  for (const line of removed) {
    if (line.line >= firstBody || line.kind !== 'furniture') continue;
    const title = KICKER.exec(stripMarkers(line.text).trim())?.[1]?.trim();
    // The title has a word of its own beyond section names: "Opinion | Guest Essay" is a breadcrumb still.
    if (title && title.split(/\s+/).length >= 2 && !isSectionPath(title) && /^[\p{Lu}\d'"‘“]/u.test(title)) return stripMarkers(line.text).trim();
  }
  return null;
}

/** "Guest Essay", "World News", "Local": words a site files pages under, not a title's. */
function isSectionPath(text: string): boolean {
  return text.split(/\s+/).every((word) => /^(?:guest|essay|opinion|analysis|news|world|local|national|international|business|politics|sports?|culture|markets|economy|tech|science|video|live|asia|europe|africa|americas|features?|columns?|letters|editorials?|the|and|&)$/i.test(word));
}

/**
 * "About the Riverton Port Authority", closing a release that says it is one ("###", "For immediate release", "Media
 * contact"): the issuer's boilerplate names who put the release out. "About the author" names nobody.
 */
function releaseAboutHeading(lines: string[]): string | null {
  if (!lines.some((line) => /^(?:#{3}|-\s*30\s*-|for immediate release|(?:news|press|media) release|(?:media|press) contacts?\s*:?)/i.test(stripMarkers(line).trim()))) return null;
  for (const line of lines) {
    const bare = stripMarkers(line).trim();
    if (!isAboutHeading(bare)) continue;
    const name = bare.replace(/^About\s+/, '').replace(/\s*:$/, '');
    if (/^(?:the\s+)?(?:author|authors|us|this|our|the company|the writer)$/i.test(name)) continue;
    return name.replace(/^the\s+/i, '');
  }
  return null;
}

/** "Serving the East Side since 1931", "Your source for Riverton news": a masthead's motto, not a story's title. */
const TAGLINE = /^(?:serving|covering|proudly serving|the voice of|the (?:newspaper|paper) of|your (?:trusted |local |daily )?(?:source|home|news|paper|newspaper)\b|news for)\b|\bsince (?:1[6-9]|20)\d{2}\.?$/i;

/**
 * A masthead's motto taken for the headline: the title is the next headline-shaped line before the first paragraph.
 * Null when the first headline is no motto, or no title follows it.
 */
function titleAfterTagline(blocks: Block[]): string | null {
  const first = blocks.findIndex((block) => block.kind === 'headline');
  if (first === -1 || !TAGLINE.test(blocks[first]!.text.trim())) return null;
  for (const block of blocks.slice(first + 1)) {
    if (block.kind === 'body') break;
    // "LOCAL NEWS · Dundalk · Essex · Schools": a menu of short items is no title.
    const items = block.text.split(/\s+[·|•]\s+/);
    if (items.length >= 3 && items.every((item) => item.trim().split(/\s+/).length <= 3)) continue;
    if ((block.kind === 'caption' || block.kind === 'headline') && isHeadlineShaped(block.text) && !TAGLINE.test(block.text.trim())) return block.text;
  }
  return null;
}
