/**
 * How a date's anchor names a live blog's entry stamp or a dateline, shared by the ingest (which writes it) and the app
 * (which words it for the reader). Kept apart from the schema so the app's first paint does not load zod.
 */
export const ENTRY_ANCHOR_PREFIX = 'the entry stamped ';
/** A wire dateline whose day the words count from ("BRUSSELS, Tuesday (Wire) —"): the lead's or a digest item's. */
export const DATELINE_ANCHOR_PREFIX = 'the dateline ';
