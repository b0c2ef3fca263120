import type { Article, Corpus, IngestWarning, Outlet } from '../lib/corpus/schema';
import { corpusSchema } from '../lib/corpus/schema';
import { IngestError } from './errors';
import type { Manifest } from './manifest';
import { defaultEntityKnowledge } from './knowledge/entity-knowledge';
import { alignClaims } from './stages/align-claims';
import { alignWording } from './stages/align-wording';
import { applyEditorial, type Editorial } from './stages/apply-editorial';
import { assignSentences } from './stages/assign-sentences';
import { attributeQuotes } from './stages/attribute-quotes';
import { extractEntities } from './stages/extract-entities/extract-entities';
import { extractEvents } from './stages/extract-events/extract-events';
import { findDifferences } from './stages/find-differences';
import { findLeads } from './stages/find-leads';
import { resolveDates } from './stages/resolve-dates/resolve-dates';
import { classifyBlocks } from './stages/classify-blocks';
import { decodeSeed } from './stages/decode';
import { readMetadata } from './stages/read-metadata';
import { removeDuplicates } from './stages/remove-duplicates';
import { removeFurniture } from './stages/remove-furniture';
import { splitLines } from './stages/split-lines';
import { splitSentences } from './stages/split-sentences';
import type { ArticleContext, RawSeed } from './types';

export interface IngestInput {
  seeds: RawSeed[];
  manifest: Manifest;
  editorial: Editorial | null;
}

/** How alike two outlets' claims must be to share a row (see align-claims); chosen on the seeds' gold rows (best F1 of 0.15–0.35). */
export const CLAIM_THRESHOLD = 0.2;

/** Where editorial warnings point. */
export const EDITORIAL_FILE = 'editorial.json';

export interface ArticleResult {
  article: Article;
  outlet: Outlet;
  warnings: IngestWarning[];
}

/** Article id from the file name: the prefix before "_" ("000_8f2c….txt" → "000"), else the stem. */
export function articleIdFor(file: string): string {
  const stem = file.replace(/\.txt$/i, '');
  const prefix = stem.split('_')[0];
  return prefix && prefix !== stem && /^[A-Za-z0-9-]+$/.test(prefix) ? prefix : stem.replace(/[^A-Za-z0-9-]+/g, '-');
}

/**
 * The per-article stages, in order:
 * 1. decode — refuse what is not UTF-8 text before anything reads it;
 * 2. split lines — CRLF folded, every raw line numbered, so all later stages can account for lines;
 * 3. remove furniture — before de-duplication, so repeated site chrome is recorded as chrome, not as a repeat;
 * 4. remove duplicates — before classification, so a repeated headline is not a second headline;
 * 5. classify blocks — headline, caption, dateline, byline, body, on the clean lines only;
 * 6. read metadata — needs the classified blocks and the removed lines (host-page timestamps);
 * 7. split sentences — last, on classified blocks, so every sentence carries its block kind.
 */
export function ingestArticle(seed: RawSeed, manifest: Manifest, sha256: string): ArticleResult | IngestWarning {
  const context: ArticleContext = { file: seed.file, articleId: articleIdFor(seed.file), manifest: manifest.entries.get(seed.file) };
  const decoded = decodeSeed(context, seed.bytes);
  if (decoded.warning) return { file: seed.file, message: decoded.warning };
  const lines = splitLines(context, decoded.text);
  const sifted = removeDuplicates(context, removeFurniture(context, lines));
  const blocks = classifyBlocks(context, sifted.kept);
  const metadata = readMetadata(context, { blocks, removed: sifted.removed });
  const sentences = splitSentences(context, blocks);
  const outlet = metadata.outlet ?? { id: `unattributed-${context.articleId}`, name: `Unattributed (${seed.file})`, country: null };
  const article: Article = {
    id: context.articleId,
    file: seed.file,
    outletId: outlet.id,
    headline: metadata.headline,
    publishedAt: metadata.publishedAt,
    publishedPrecision: metadata.publishedPrecision,
    byline: metadata.byline,
    dateline: metadata.dateline,
    metadata: metadata.metadata,
    sentences,
    removed: sifted.removed,
    quotes: [],
    lineCount: lines.length,
    sha256,
  };
  return { article, outlet, warnings: metadata.warnings.map((message) => ({ file: seed.file, message })) };
}

/**
 * The anchor for relative dates: the publication day as the outlet printed it, its offset, and its clock time when
 * given (a story from a place ahead of the outlet's zone may already be on the next day: resolve-weekday).
 */
export function referenceOf(publishedAt: string | null): { date: string; offset: string; time?: string } | null {
  if (!publishedAt) return null;
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})[\d:.]*([+-]\d{2}:\d{2}|Z))?$/.exec(publishedAt);
  if (!match?.[1]) return null;
  const offset = match[3] === 'Z' || !match[3] ? '+00:00' : match[3];
  return match[2] ? { date: match[1], offset, time: match[2] } : { date: match[1], offset };
}

/** Run every stage over every seed and return a corpus that has passed the schema. */
export function runIngest(input: IngestInput, hash: (bytes: Uint8Array) => string): Corpus {
  const seeds = [...input.seeds].sort((a, b) => a.file.localeCompare(b.file, 'en'));
  const warnings: IngestWarning[] = [];
  const articles: Article[] = [];
  const outlets = new Map<string, Outlet>();
  const seenContent = new Map<string, string>();
  const files = new Set(seeds.map((seed) => seed.file));
  for (const listed of input.manifest.entries.keys()) {
    if (!files.has(listed)) warnings.push({ file: 'manifest.json', message: `names ${listed}, which is not among the seeds; entry ignored` });
  }
  for (const seed of seeds) {
    const sha256 = hash(seed.bytes);
    const twin = seenContent.get(sha256);
    if (twin) {
      warnings.push({ file: seed.file, message: `has the same bytes as ${twin}; skipped as a duplicate article` });
      continue;
    }
    seenContent.set(sha256, seed.file);
    const result = ingestArticle(seed, input.manifest, sha256);
    if ('message' in result) {
      warnings.push(result);
      continue;
    }
    articles.push(result.article);
    warnings.push(...result.warnings);
    if (!outlets.has(result.outlet.id)) outlets.set(result.outlet.id, result.outlet);
  }
  // A corpus of nothing would build an empty app that looks broken; say why instead.
  if (articles.length === 0) {
    throw new IngestError('seeds', `no article could be ingested (${warnings.map((warning) => `${warning.file} ${warning.message}`).join('; ')})`);
  }
  if (new Set(articles.map((article) => article.id)).size !== articles.length) {
    throw new IngestError('seeds', 'two files map to the same article id; rename one (ids come from the part before "_")');
  }
  const outletList = [...outlets.values()];

  // Corpus-level stages, in order:
  // 1. dates per article — each resolved against its own article's publication day, never the clock;
  // 2. entities across articles — a surname alone may join a full name met in another article;
  // 3. quotes — need entities to name the speaker;
  // 4. events — need dates (when) and entities (who) to group reports of one happening;
  // 5. sentence assignment — every content sentence onto the events it speaks of (by reference, participants,
  //    continuation) or kept as context with a reason; after events, since references resolve to them;
  // 6. editorial edits — after assignment, so a split or merge moves every sentence of an event, not just dated ones;
  // 7. claims — each outlet's evidence split into propositions and lined up across outlets, after the edits so
  //    rows match the events the reader sees;
  // 8. wording alignment — after the edits, so merged and split events are compared as the reader sees them;
  // 9. differences — reads the final evidence, dates, entity spellings and attributed quotes;
  // 10. leads — last: for each outlet with no evidence on an event, its sentences that may speak of it, read against
  //     the final events so a sentence placed on another day's event is not offered.
  const dates = articles.flatMap((article) =>
    resolveDates(
      { articleId: article.id, reference: referenceOf(article.publishedAt), publishedLabel: `published ${article.publishedAt?.slice(0, 10) ?? 'unknown'}` },
      article.sentences,
    ),
  );
  const entities = extractEntities({ knowledge: defaultEntityKnowledge }, articles);
  for (const article of articles) article.quotes = attributeQuotes({ entities }, article);
  const found = extractEvents({ reportingMargin: { before: 7, after: 3 } }, { articles, outlets: outletList, dates, entities });
  const assigned = assignSentences({ outlets: outletList }, { events: found, articles, entities, dates });
  for (const article of articles) article.context = assigned.context.get(article.id) ?? [];
  const edited = applyEditorial({ editorial: input.editorial, file: EDITORIAL_FILE, articles }, assigned.events);
  warnings.push(...edited.warnings);

  const claimed = alignClaims({ outlets: outletList, threshold: CLAIM_THRESHOLD }, { events: edited.events, articles, dates, entities });
  const aligned = alignWording({ outletOrder: outletList.map((outlet) => outlet.id) }, { events: claimed, articles });
  const compared = findDifferences({ outlets: outletList }, { events: aligned, articles, dates, entities });
  const events = findLeads({}, { events: compared, articles, entities, dates });

  const corpus: Corpus = { version: 1, outlets: outletList, articles, dates, events, entities, warnings };
  return corpusSchema.parse(corpus);
}
