import { z } from 'zod';
import { IngestError } from './errors';
import type { ManifestEntry } from './types';

/** Calendar-valid ISO date-time with an explicit offset, or a date alone. */
const isoWithOffset = z.string().refine(isValidIsoDateTime, {
  message: 'must be a real date as YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]±HH:MM',
});

const sourced = <T extends z.ZodTypeAny>(value: T, sources: [string, ...string[]]) =>
  z.union([value, z.object({ value, source: z.enum(sources), note: z.string().optional() }).strict()]);

const outletDefinition = z.object({ name: z.string().min(1), country: z.string().length(2).nullable().optional() }).strict();

const articleEntry = z
  .object({
    outlet: sourced(z.string().min(1), ['manifest', 'editorial']).optional(),
    headline: sourced(z.string().min(1), ['manifest', 'editorial', 'inferred']).optional(),
    publishedAt: sourced(isoWithOffset, ['manifest', 'editorial', 'inferred']).optional(),
    byline: sourced(z.string().min(1), ['manifest', 'editorial']).optional(),
  })
  .strict();

/** seeds/manifest.json: outlets by id, and one entry per seed file (all optional). */
export const manifestSchema = z
  .object({
    $comment: z.string().optional(),
    outlets: z.record(z.string().regex(/^[a-z0-9-]+$/, 'outlet ids are lowercase-kebab'), outletDefinition).default({}),
    articles: z.record(z.string(), articleEntry).default({}),
  })
  .strict();

export interface Manifest {
  entries: Map<string, ManifestEntry>;
}

/**
 * Parse and validate the manifest. Errors name the file and, where the JSON
 * parser gives a position, the line and column.
 */
export function parseManifest(file: string, text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new IngestError(file, `is not valid JSON (${describeJsonError(text, error)})`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(top level)';
    // A field that is neither text nor { value, source, note } fails a union, whose own message is just "Invalid input".
    const reason = issue?.code === 'invalid_union' ? 'expected text or { "value", "source", "note" }' : (issue?.message ?? 'invalid');
    throw new IngestError(file, `does not match the manifest format at ${where}: ${reason}`);
  }
  const { outlets, articles } = parsed.data;
  const entries = new Map<string, ManifestEntry>();
  for (const [seedFile, raw] of Object.entries(articles)) {
    const entry: ManifestEntry = {};
    if (raw.outlet !== undefined) {
      const { value, source, note } = unwrap(raw.outlet, 'manifest');
      const known = outlets[value];
      entry.outlet = known
        ? { id: value, name: known.name, country: known.country ?? null, source: source as 'manifest' | 'editorial', note }
        : { id: slugify(value), name: value, country: null, source: source as 'manifest' | 'editorial', note };
    }
    if (raw.headline !== undefined) {
      const { value, source, note } = unwrap(raw.headline, 'manifest');
      entry.headline = { value, source: source as 'manifest' | 'editorial' | 'inferred', note };
    }
    if (raw.publishedAt !== undefined) {
      const { value, source, note } = unwrap(raw.publishedAt, 'manifest');
      const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
      entry.publishedAt = {
        // A bare day stays a bare day: inventing a time and offset would be a guess.
        value,
        precision: dayOnly ? 'day' : 'minute',
        source: source as 'manifest' | 'editorial' | 'inferred',
        note,
      };
    }
    if (raw.byline !== undefined) {
      const { value, source, note } = unwrap(raw.byline, 'manifest');
      entry.byline = { value, source: source as 'manifest' | 'editorial', note };
    }
    entries.set(seedFile, entry);
  }
  return { entries };
}

function unwrap(field: string | { value: string; source: string; note?: string | undefined }, fallback: string) {
  return typeof field === 'string' ? { value: field, source: fallback, note: undefined } : field;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
}

export function isValidIsoDateTime(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(T(\d{2}):(\d{2})(:(\d{2}))?([+-](\d{2}):(\d{2})|Z))?$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const realDay = calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
  if (!realDay) return false;
  if (match[4] === undefined) return true;
  return Number(match[5]) < 24 && Number(match[6]) < 60 && Number(match[8] ?? 0) < 60;
}
