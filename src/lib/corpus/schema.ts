/**
 * The corpus contract: the one JSON document the ingest pipeline writes and the
 * app reads. Defined once here as zod schemas; both sides import the inferred
 * TypeScript types. See docs/corpus-format.md for the prose version.
 */
import { z } from 'zod/mini';

// zod/mini, not classic zod: the same checks at about a third of the bytes on the app's critical path.
// The built app runs under a CSP without 'unsafe-eval'; zod's JIT would trip it.
// Mini loads no messages by default; the English ones keep corpus errors readable.
z.config({ jitless: true, ...z.locales.en() });

/** Where a metadata value came from, so the app can say "stated" vs "attributed". */
export const provenanceSourceSchema = z.enum([
  /** Read from the article text itself (dateline, credit line, byline). */
  'text',
  /** Given in seeds/manifest.json without further qualification. */
  'manifest',
  /** Editorial knowledge from outside the text (e.g. seed-provenance notes). */
  'editorial',
  /** Reasoned from clues in the text (e.g. "announced Friday" + "Jan. 7"). */
  'inferred',
  /** Nothing supports a value; left empty and reported as a warning. */
  'missing',
]);
export type ProvenanceSource = z.infer<typeof provenanceSourceSchema>;

/** A metadata value with where it came from and, for non-text sources, why. */
export const provenancedSchema = z.object({
  value: z.nullable(z.string()),
  source: provenanceSourceSchema,
  note: z.optional(z.string()),
  /** The value the text itself supports, kept beside an editorial value. */
  textValue: z.optional(z.string()),
});
export type Provenanced = z.infer<typeof provenancedSchema>;

export const outletSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  /** ISO 3166 alpha-2 country of the outlet, when known. */
  country: z.nullable(z.string()),
});
export type Outlet = z.infer<typeof outletSchema>;

/** What a kept (content) line of the raw seed is. */
export const blockKindSchema = z.enum(['headline', 'caption', 'dateline', 'byline', 'body']);
export type BlockKind = z.infer<typeof blockKindSchema>;

/** One sentence of an article's content, the unit that evidence and mentions point at. */
export const sentenceSchema = z.object({
  /** Stable id: `${articleId}-s${n}`, n counting from 1 in reading order. */
  id: z.string(),
  text: z.string(),
  /** Paragraph number (1-based) among the content blocks of the article. */
  paragraph: z.int().check(z.nonnegative()),
  kind: blockKindSchema,
  /** 1-based line of the raw seed this sentence came from. */
  line: z.int().check(z.positive()),
});
export type Sentence = z.infer<typeof sentenceSchema>;

/** Why a raw line is not content. Nothing is dropped without one of these. */
export const removedKindSchema = z.enum([
  'blank',
  /** Navigation, widgets, comment/login furniture, timestamps of the host page. */
  'furniture',
  /** Lists of unrelated headlines (popular articles, access rankings). */
  'link-list',
  /** A line repeating content already kept (whole-body repeats, repeated headline). */
  'duplicate',
]);
export type RemovedKind = z.infer<typeof removedKindSchema>;

export const removedLineSchema = z.object({
  kind: removedKindSchema,
  text: z.string(),
  /** 1-based line number in the raw seed. */
  line: z.int().check(z.positive()),
  /** A reader-facing reason, e.g. "repeats line 2". */
  reason: z.string(),
});
export type RemovedLine = z.infer<typeof removedLineSchema>;

/** A direct quotation inside a sentence, attributed where the sentence names a speaker. */
export const quoteSchema = z.object({
  sentenceId: z.string(),
  text: z.string(),
  /** Entity id of the speaker, when the sentence attributes it. */
  speakerId: z.nullable(z.string()),
  speakerName: z.nullable(z.string()),
});
export type Quote = z.infer<typeof quoteSchema>;

/** A content sentence that speaks of no event, and why the ingest left it so. */
export const contextSentenceSchema = z.object({
  sentenceId: z.string(),
  reason: z.string(),
  /** For a reference that fits several events: their ids, so an editorial edit can name them. */
  candidates: z.optional(z.array(z.string())),
});
export type ContextSentence = z.infer<typeof contextSentenceSchema>;

export const articleSchema = z.object({
  /** Stable id from the file name (its leading prefix before "_", else the stem). */
  id: z.string(),
  file: z.string(),
  outletId: z.nullable(z.string()),
  headline: z.nullable(z.string()),
  /** ISO 8601 with UTC offset, or null when unknown. */
  publishedAt: z.nullable(z.string()),
  /** How precise publishedAt is: a known minute, or only the day. */
  publishedPrecision: z.nullable(z.enum(['minute', 'day'])),
  byline: z.nullable(z.string()),
  dateline: z.nullable(z.string()),
  /** Each metadata field with its provenance. */
  metadata: z.object({
    outlet: provenancedSchema,
    headline: provenancedSchema,
    publishedAt: provenancedSchema,
    byline: provenancedSchema,
  }),
  sentences: z.array(sentenceSchema),
  removed: z.array(removedLineSchema),
  quotes: z.array(quoteSchema),
  /** Number of lines in the raw seed; content lines + removed lines cover 1..lineCount. */
  lineCount: z.int().check(z.nonnegative()),
  /** SHA-256 of the raw bytes, so a reader can check the seed is unchanged. */
  sha256: z.string(),
  /** The content sentences on no event, each with why (background, a byline, an ambiguous reference…). */
  context: z.optional(z.array(contextSentenceSchema)),
});
export type Article = z.infer<typeof articleSchema>;

export const precisionSchema = z.enum(['day', 'month', 'year', 'interval']);
export type Precision = z.infer<typeof precisionSchema>;

/** One temporal expression found in a sentence, with the chain that resolved it. */
export const dateMentionSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  sentenceId: z.string(),
  /** The expression exactly as written, e.g. "next Monday afternoon". */
  text: z.string(),
  /** Character offsets of `text` inside the sentence text. */
  charStart: z.int().check(z.nonnegative()),
  charEnd: z.int().check(z.nonnegative()),
  /** First day covered (YYYY-MM-DD), or null when unresolved. */
  start: z.nullable(z.string()),
  /** Last day covered (YYYY-MM-DD), or null when unresolved. */
  end: z.nullable(z.string()),
  /** "2025-01-13", "2024-12", "2025", or "2024-12-01/2024-12-10"; null when unresolved. */
  value: z.nullable(z.string()),
  precision: z.nullable(precisionSchema),
  /**
   * What it was resolved against: "published 2025-01-14", an earlier date ("on Monday in s4 (previous dated
   * event)"), a live blog's entry stamp (ENTRY_ANCHOR_PREFIX + the stamp as written) or a dateline
   * (DATELINE_ANCHOR_PREFIX + the dateline as written).
   */
  anchor: z.nullable(z.string()),
  /** The rule, in words a reader understands. */
  rule: z.string(),
  /** Why value is null, when it is. */
  reason: z.optional(z.string()),
  /** Which parts the text stated (others were assumed from the anchor). */
  stated: z.object({ year: z.boolean(), month: z.boolean(), day: z.boolean() }),
});
export type DateMention = z.infer<typeof dateMentionSchema>;

/**
 * How a sentence came to be evidence of an event:
 * - dated: it carries a date that places this happening;
 * - refers: it names the event by description ("the talks", "Yoon's declaration of martial law");
 * - participants: it names the event's participants with what they did or said ("Cho said …");
 * - continues: it carries on the account of the sentence before it ("They also agreed …").
 */
export const assignmentSchema = z.enum(['dated', 'refers', 'participants', 'continues']);
export type Assignment = z.infer<typeof assignmentSchema>;

export const evidenceSchema = z.object({
  articleId: z.string(),
  sentenceId: z.string(),
  /** The date mention that placed this sentence on this event, if any. */
  dateId: z.nullable(z.string()),
  /** How the sentence was assigned to the event (the ingest always writes it; editorial merges keep it). */
  how: z.optional(assignmentSchema),
  /** Why, in words a reader understands, e.g. "continues 002-s17 in the same paragraph". */
  why: z.optional(z.string()),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * One stretch of an evidence sentence, marked by whether other outlets' evidence
 * for the same event uses the same wording. Computed at build time.
 */
export const wordingSpanSchema = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  /** Other outlets whose evidence shares this wording; empty = only this outlet says it. */
  sharedWith: z.array(z.string()),
});
export type WordingSpan = z.infer<typeof wordingSpanSchema>;

/** Where outlets give different facts for one event: a date, a number, a spelling, a quote. */
export const differenceSchema = z.object({
  kind: z.enum(['date', 'number', 'spelling', 'quote']),
  /** A sentence a reader understands, e.g. "“Cho Tae Yul” (Kyodo News) vs “Cho Tae-yul” (…)". */
  summary: z.string(),
  items: z.array(z.object({ outletId: z.string(), sentenceId: z.string(), text: z.string() })).check(z.minLength(2)),
});
export type Difference = z.infer<typeof differenceSchema>;

/** One outlet's wording of a claim: a stretch of one of its evidence sentences for the event. */
export const claimPartSchema = z.object({
  outletId: z.string(),
  articleId: z.string(),
  sentenceId: z.string(),
  /** Character offsets of the claim inside the sentence text. */
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});
export type ClaimPart = z.infer<typeof claimPartSchema>;

/**
 * A claim row: one proposition about an event (who did or said what), lined up
 * across the outlets that state it, each in its own words. An outlet missing
 * from `outlets` does not state it. Rows come in order of how many outlets state them.
 */
export const claimRowSchema = z.object({
  /** `${eventId}-c${n}`. */
  id: z.string(),
  /** A short reader-facing label taken from the plainest wording among the parts. */
  label: z.string(),
  /** Outlets stating it, in corpus outlet order. */
  outlets: z.array(z.string()),
  parts: z.array(claimPartSchema).check(z.minLength(1)),
});
export type ClaimRow = z.infer<typeof claimRowSchema>;

/**
 * A sentence of an outlet that has no evidence on an event but may speak of it: it names one of the event's people
 * or bodies (or its kind of happening and its place), and nothing in it puts it on another day. The ingest did not
 * place it; the reader settles it. See src/pipeline/stages/find-leads.ts.
 */
export const leadSchema = z.object({
  outletId: z.string(),
  articleId: z.string(),
  sentenceId: z.string(),
  /** Why it may speak of the event, in words a reader understands ("names Cho Tae-yul; speaks of a meeting"). */
  why: z.string(),
});
export type Lead = z.infer<typeof leadSchema>;

export const eventSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** First day (YYYY-MM-DD). */
  start: z.string(),
  /** Last day (YYYY-MM-DD) for month/year/interval events. */
  end: z.optional(z.string()),
  precision: precisionSchema,
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
  /** Outlet ids reporting the event, in corpus outlet order. */
  outlets: z.array(z.string()),
  /** True for events in the story window; false for background context. */
  main: z.boolean(),
  /** Kinds of happening its dated reports name ("meeting", "visit"…), the main one first. */
  kinds: z.optional(z.array(z.string())),
  /** Entity ids of the people and bodies its dated reports name as taking part. */
  participants: z.optional(z.array(z.string())),
  note: z.optional(z.string()),
  /** What the editorial file did to this event, if anything. */
  editorial: z.optional(z.array(z.string())),
  /** Outlets dating the same event differently, in words. */
  dateConflicts: z.optional(z.array(z.string())),
  /** Shared and unique wording of each evidence sentence (see wordingSpanSchema). */
  wording: z.optional(z.array(z.object({ sentenceId: z.string(), spans: z.array(wordingSpanSchema) }))),
  /** Facts the outlets give differently for this event. */
  differences: z.optional(z.array(differenceSchema)),
  /** The event's claims lined up across outlets (see claimRowSchema). */
  claims: z.optional(z.array(claimRowSchema)),
  /**
   * What an outlet with no evidence here was checked for: the event's people and bodies, most named first (five at
   * most). An outlet with no lead and not in namingOutlets has no sentence naming any of them.
   */
  checkedNames: z.optional(z.array(z.string())),
  /**
   * Outlets with no evidence and no lead whose articles still name one of the checked people or bodies (or a person's
   * surname, in any case or order), in sentences placed on other days, in a byline, or past the lead cap.
   */
  namingOutlets: z.optional(z.array(z.string())),
  /** Sentences of outlets with no evidence here that may speak of the event (see leadSchema), at most two per outlet. */
  leads: z.optional(z.array(leadSchema)),
});
export type TimelineEvent = z.infer<typeof eventSchema>;

export const entityTypeSchema = z.enum(['person', 'place', 'organization']);
export type EntityType = z.infer<typeof entityTypeSchema>;

export const mentionSchema = z.object({
  articleId: z.string(),
  sentenceId: z.string(),
  /** Character offsets into the sentence text; text === sentence.text.slice(start, end). */
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string(),
});
export type Mention = z.infer<typeof mentionSchema>;

export const entitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: entityTypeSchema,
  aliases: z.array(z.string()),
  mentions: z.array(mentionSchema),
});
export type Entity = z.infer<typeof entitySchema>;

export const warningSchema = z.object({
  file: z.string(),
  message: z.string(),
});
export type IngestWarning = z.infer<typeof warningSchema>;

export const corpusSchema = z.object({
  /** Bumped when the format changes incompatibly. */
  version: z.literal(1),
  outlets: z.array(outletSchema),
  articles: z.array(articleSchema),
  dates: z.array(dateMentionSchema),
  events: z.array(eventSchema),
  entities: z.array(entitySchema),
  warnings: z.array(warningSchema),
});
export type Corpus = z.infer<typeof corpusSchema>;

/*
 * The published corpus: what the built app fetches. The corpus above is split
 * at build time (src/pipeline/publish.ts) so that the first screen needs only a
 * small index, and evidence and article bodies are fetched when a reader opens
 * them. corpus.json itself is published too, for export.
 */

/** One article without its body: enough for lists, lanes, labels and citations. */
export const articleSummarySchema = z.object({
  id: z.string(),
  file: z.string(),
  outletId: z.nullable(z.string()),
  headline: z.nullable(z.string()),
  publishedAt: z.nullable(z.string()),
  publishedPrecision: z.nullable(z.enum(['minute', 'day'])),
  byline: z.nullable(z.string()),
  dateline: z.nullable(z.string()),
  /** The first body sentence, which names an article that has no headline. */
  opening: z.nullable(z.string()),
  sentenceCount: z.int().check(z.nonnegative()),
  /** Which article-body file holds its sentences (see articleBodySchema). */
  body: z.string(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** An event without its evidence: what the timeline, the event list and the coverage table draw. */
export const eventSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  start: z.string(),
  end: z.optional(z.string()),
  precision: precisionSchema,
  outlets: z.array(z.string()),
  main: z.boolean(),
  note: z.optional(z.string()),
  editorial: z.optional(z.array(z.string())),
  dateConflicts: z.optional(z.array(z.string())),
  /** Distinct evidence sentences per outlet id ("" for articles with no outlet). */
  coverage: z.record(z.string(), z.int().check(z.positive())),
  /** Which event-detail file holds the evidence (see eventDetailFileSchema). */
  detail: z.string(),
});
export type EventSummary = z.infer<typeof eventSummarySchema>;

/** An entity without its mentions: names, counts, and where it appears in events. */
export const entitySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: entityTypeSchema,
  aliases: z.array(z.string()),
  /** Mentions and distinct articles per outlet id ("" for articles with no outlet). */
  byOutlet: z.record(z.string(), z.object({ mentions: z.int().check(z.positive()), articles: z.int().check(z.positive()) })),
  /**
   * The events whose evidence mentions the entity, compactly: each entry is
   * [event position in `events`, then the positions in `outlets` of the outlets whose
   * evidence does] (-1 for articles with no outlet). Numbers, not ids, keep a large index small.
   */
  events: z.array(z.array(z.int())),
});
export type EntitySummary = z.infer<typeof entitySummarySchema>;

/** The index: the one file the first screen needs. */
export const corpusIndexSchema = z.object({
  version: z.literal(1),
  /** A hash of the rest of the index: the prerendered page names the index it was rendered from. */
  build: z.string(),
  outlets: z.array(outletSchema),
  articles: z.array(articleSummarySchema),
  events: z.array(eventSummarySchema),
  entities: z.array(entitySummarySchema),
  warnings: z.array(warningSchema),
  /**
   * Where the ingest is unsure (src/pipeline/review.ts), in article order: metadata attributed,
   * inferred or missing, dates left unresolved, references that fit several events, sentences
   * placed by inference. Each item says so in words and gives the manifest or editorial lines
   * that would settle it. Optional: an index published before it existed has none.
   */
  review: z.optional(
    z.array(
      z.object({
        articleId: z.string(),
        kind: z.enum(['outlet', 'published', 'date', 'reference', 'inference']),
        /** What is unsure, in plain words: "Outlet attributed, not stated: Kyodo News". */
        title: z.string(),
        /** Where the value came from, or why it stayed unsure. */
        detail: z.string(),
        /** The sentences concerned, if any. */
        sentenceIds: z.array(z.string()),
        /** What to do, in words (placeholders named). */
        action: z.string(),
        /** Lines to paste into a seeds file under a key: `{ file: "manifest.json", under: "articles", text }`. */
        snippets: z.array(
          z.object({ file: z.enum(['manifest.json', 'editorial.json']), under: z.enum(['outlets', 'articles', 'events']), text: z.string() }),
        ),
      }),
    ),
  ),
});
export type CorpusIndexData = z.infer<typeof corpusIndexSchema>;

/** One mention of an entity inside a published sentence (its text is the sentence's slice). */
export const sentenceMentionSchema = z.object({
  entityId: z.string(),
  sentenceId: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});
export type SentenceMention = z.infer<typeof sentenceMentionSchema>;

/** A sentence published outside its article, with where it sits in it. */
export const placedSentenceSchema = z.object({
  articleId: z.string(),
  /** 1-based position among the article's sentences. */
  number: z.int().check(z.positive()),
  sentence: sentenceSchema,
});
export type PlacedSentence = z.infer<typeof placedSentenceSchema>;

/** Everything about one event that is not in the index: its evidence and what the outlets share and differ on. */
export const eventDetailSchema = z.object({
  id: z.string(),
  evidence: z.array(evidenceSchema),
  wording: z.optional(z.array(z.object({ sentenceId: z.string(), spans: z.array(wordingSpanSchema) }))),
  differences: z.optional(z.array(differenceSchema)),
  claims: z.optional(z.array(claimRowSchema)),
  /** The entity ids an outlet with no evidence was checked for (eventSchema.checkedNames). */
  checkedNames: z.optional(z.array(z.string())),
  namingOutlets: z.optional(z.array(z.string())),
  leads: z.optional(z.array(leadSchema)),
  /** Every sentence the evidence, the differences and the leads point at. */
  sentences: z.array(placedSentenceSchema),
  /** The date mentions the evidence names. */
  dates: z.array(dateMentionSchema),
  /** Quotes inside those sentences. */
  quotes: z.array(quoteSchema),
  /** Entity mentions inside those sentences. */
  mentions: z.array(sentenceMentionSchema),
});
export type EventDetail = z.infer<typeof eventDetailSchema>;

/** A file of event details: neighbouring events (in date order) travel together. */
export const eventDetailFileSchema = z.object({ version: z.literal(1), events: z.array(eventDetailSchema) });
export type EventDetailFile = z.infer<typeof eventDetailFileSchema>;

/** One article's body, fetched when the reader opens it. */
export const articleBodySchema = z.object({
  version: z.literal(1),
  id: z.string(),
  metadata: articleSchema.shape.metadata,
  sentences: z.array(sentenceSchema),
  removed: z.array(removedLineSchema),
  quotes: z.array(quoteSchema),
  mentions: z.array(sentenceMentionSchema),
  lineCount: z.int().check(z.nonnegative()),
  sha256: z.string(),
  context: z.optional(z.array(contextSentenceSchema)),
});
export type ArticleBody = z.infer<typeof articleBodySchema>;
