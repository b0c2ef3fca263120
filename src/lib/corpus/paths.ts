/**
 * Where the published corpus lives, relative to the app's base URL. One place
 * for the build (src/pipeline/publish.ts writes these files) and the app (its
 * queries fetch them).
 */

/** The whole corpus, as the ingest wrote it: the export format, fetched only to export. */
export const CORPUS_FILE = 'corpus.json';

/** The index the first screen needs. Not content-hashed: it names the hashed files below. */
export const INDEX_FILE = 'data/index.json';

/** A file of event details; `key` (from the index) carries a content hash, so a cached copy is never stale. */
export const eventDetailPath = (key: string) => `data/events/${key}.json`;

/** One article's body; `key` as for event details. */
export const articleBodyPath = (key: string) => `data/articles/${key}.json`;
