import type { Article, Outlet, Provenanced, RemovedLine } from '../../lib/corpus/schema';
import { datelineCore, isBareTimestamp, stripMarkers } from '../line-shape';
import { slugify } from '../manifest';
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

/** Offsets of time-zone abbreviations datelines use; ambiguous ones (CST, IST) are left out on purpose. */
const ZONE_OFFSETS: Record<string, string> = {
  JST: '+09:00', KST: '+09:00', UTC: '+00:00', GMT: '+00:00', HKT: '+08:00', SGT: '+08:00',
  EST: '-05:00', EDT: '-04:00', PST: '-08:00', PDT: '-07:00', CET: '+01:00', CEST: '+02:00', BST: '+01:00',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

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
  const outletField = merge(text.outletName, manifest?.outlet && { ...manifest.outlet, value: manifest.outlet.name }, 'credit line in the text');
  const published = merge(text.publishedAt?.value ?? null, manifest?.publishedAt, 'dateline in the text');
  if (text.partialTimestamp && published.source !== 'text') {
    published.textValue = text.partialTimestamp;
    published.note = [published.note, `the page shows "${text.partialTimestamp}" (no year)`].filter(Boolean).join('; ');
  }

  for (const [name, field] of [['headline', headline], ['outlet', outletField], ['publication date', published]] as const) {
    if (field.source === 'missing') warnings.push(`no ${name} in the text or the manifest; left empty`);
  }

  let outlet: Outlet | null = null;
  if (manifest?.outlet) outlet = { id: manifest.outlet.id, name: manifest.outlet.name, country: manifest.outlet.country };
  else if (text.outletName) outlet = { id: slugify(text.outletName), name: text.outletName, country: null };

  const precision = published.source === 'missing' ? null : published.source === 'text' ? (text.publishedAt?.precision ?? null) : (manifest?.publishedAt?.precision ?? null);

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
  dateline: string | null;
  publishedAt: { value: string; precision: 'minute' | 'day' } | null;
  partialTimestamp: string | null;
}

function fromText(blocks: Block[], removed: RemovedLine[]): TextMetadata {
  const headline = blocks.find((block) => block.kind === 'headline')?.text ?? null;
  const signatures = blocks.filter((block) => block.kind === 'byline').map((block) => block.text);
  const bylineText = signatures.find((text) => /\bby\s/i.test(text)) ?? null;
  const credit = signatures.find((text) => !/\bby\s/i.test(text)) ?? null;
  const datelineBlock = blocks.find((block) => block.kind === 'dateline')?.text ?? null;
  const lead = blocks.find((block) => block.kind === 'body')?.text ?? '';
  const placeDateline = lead.match(/^([\p{Lu}][\p{Lu} .'-]{1,30})\s*[—–-]{1,2}\s*\p{Lu}/u)?.[1] ?? null;
  // A wire dateline names its agency: "SEOUL, Jan. 13 (Yonhap) --", "TOKYO, Dec 4 (Reuters) -".
  const wire = /^([\p{Lu}][\p{Lu} .'-]{1,30}),\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*\(([^()]{2,40})\)\s*[—–-]{1,2}\s/u.exec(lead);
  const timestamp = removed.find((line) => line.kind === 'furniture' && isBareTimestamp(line.text.trim()));
  return {
    headline,
    byline: bylineText ? cleanByline(bylineText) : null,
    outletName: credit ? outletFromCredit(credit) : (wire?.[2]?.trim() ?? null),
    dateline: datelineBlock ?? (placeDateline ? titleCase(placeDateline.trim()) : wire?.[1] ? titleCase(wire[1].trim()) : null),
    publishedAt: datelineBlock ? parseDateline(datelineBlock) : null,
    partialTimestamp: timestamp ? stripMarkers(timestamp.text.trim()) : null,
  };
}

/** "BY SEO JI-EUN [[email protected]]" → "Seo Ji-eun"; "(This article was written by A and B.)" → "A and B". */
function cleanByline(text: string): string {
  const name = text
    .replace(/^\(|\)$/g, '')
    .replace(/^.*?\bby\s+/i, '')
    .replace(/\s*\[.*$/, '')
    .replace(/[.\s]+$/, '');
  return name === name.toUpperCase() ? titleCase(name) : name;
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s(])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/** "Asia News Network/The Japan News" → "The Japan News": the last named party publishes it. */
function outletFromCredit(text: string): string {
  const parts = text.replace(/^[-–—(]+\s*|\)$/g, '').split(/\s*\/\s*/);
  return parts[parts.length - 1]!.trim();
}

/** "12:40 JST, December 12, 2024" → 2024-12-12T12:40:00+09:00; without time or zone, day precision. */
export function parseDateline(line: string): { value: string; precision: 'minute' | 'day' } | null {
  const text = datelineCore(line);
  const time = /(\d{1,2}):(\d{2})\s*([AP])?\.?M?\.?\s*([A-Z]{2,4})?/i.exec(text);
  const date =
    /([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text) ?? /(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})/.exec(text);
  const iso = /(\d{4})[-./](\d{1,2})[-./](\d{1,2})/.exec(text);
  let day: string | null = null;
  if (iso) day = `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  else if (date) {
    const monthName = /^\d/.test(date[1]!) ? date[2]! : date[1]!;
    const dayNumber = /^\d/.test(date[1]!) ? date[1]! : date[2]!;
    const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
    if (month >= 0) day = `${date[3]}-${String(month + 1).padStart(2, '0')}-${dayNumber.padStart(2, '0')}`;
  }
  if (day === null) return null;
  // "GMT+9", "UTC+09:00": an explicit offset beats a zone abbreviation.
  const explicit = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b/i.exec(text);
  const offset = explicit
    ? `${explicit[1]}${explicit[2]!.padStart(2, '0')}:${explicit[3] ?? '00'}`
    : time?.[4]
      ? ZONE_OFFSETS[time[4].toUpperCase()]
      : undefined;
  if (!time || !offset) return { value: day, precision: 'day' };
  let hour = Number(time[1]);
  if (time[3]?.toUpperCase() === 'P' && hour < 12) hour += 12;
  if (time[3]?.toUpperCase() === 'A' && hour === 12) hour = 0;
  return { value: `${day}T${String(hour).padStart(2, '0')}:${time[2]}:00${offset}`, precision: 'minute' };
}
