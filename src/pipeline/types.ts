import type { Article, DateMention, Entity, IngestWarning, Outlet, RemovedLine, Sentence } from '../lib/corpus/schema';

/** A raw seed as the CLI read it: bytes untouched, so the pipeline can decode and hash. */
export interface RawSeed {
  file: string;
  bytes: Uint8Array;
}

/** One manifest entry after validation (see seeds/manifest.json and manifest.ts). */
export interface ManifestEntry {
  outlet?: { id: string; name: string; country: string | null; source: 'manifest' | 'editorial'; note?: string };
  headline?: { value: string; source: 'manifest' | 'editorial' | 'inferred'; note?: string };
  publishedAt?: {
    value: string;
    precision: 'minute' | 'day';
    source: 'manifest' | 'editorial' | 'inferred';
    note?: string;
  };
  byline?: { value: string; source: 'manifest' | 'editorial'; note?: string };
}

/**
 * What every per-article stage may read. The reference time lives here so no
 * stage ever consults the machine's clock or time zone.
 */
export interface ArticleContext {
  file: string;
  articleId: string;
  manifest: ManifestEntry | undefined;
}

/** A pipeline stage: small, pure, ordered in pipeline.ts. */
export type Stage<C, I, O> = (context: C, input: I) => O;

/** One raw line, 1-based, with the text as written and a folded copy for matching. */
export interface Line {
  line: number;
  text: string;
  /** Whitespace folded (NBSP and odd spaces → " ", runs collapsed, trimmed). */
  folded: string;
}

/** Lines after furniture removal: the kept ones, and the removed ones on record with their reason. */
export interface Sifted {
  kept: Line[];
  removed: RemovedLine[];
}

/** A content block: a raw line kept as content, with what it is. */
export interface Block {
  line: number;
  text: string;
  kind: Sentence['kind'];
}

/** The corpus before the cross-article stages (events, entities) run. */
export interface ArticleDraft {
  article: Article;
  warnings: IngestWarning[];
  /** Publication reference: the day (YYYY-MM-DD) in the outlet's zone and the offset. */
  reference: { date: string; offset: string } | null;
}

export interface CorpusContext {
  outlets: Outlet[];
  /** Optional editorial overrides for events (seeds/editorial.json). */
  editorial: unknown;
}

export type { DateMention, Entity };
