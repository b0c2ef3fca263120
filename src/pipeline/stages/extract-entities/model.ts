/**
 * The shapes the entity stages hand one another, and the small readings of a
 * sentence's units that more than one stage needs. Not a stage: types and pure helpers.
 */
import type { EntityType, Sentence } from '../../../lib/corpus/schema';
import type { EntityKnowledge } from '../../knowledge/entity-knowledge';
import { foldName, CAPITALS_SURNAME_SHAPE } from '../../text/names';
import type { PhraseLexicon, Token, Unit } from '../../text/tokens';

// ---------------------------------------------------------------------------
// Knowledge, prepared once per run

export type KnownValue = { type: 'place' | 'organization'; key: string };

export interface PreparedKnowledge {
  known: PhraseLexicon<KnownValue>;
  titles: PhraseLexicon<true>;
  /** Every gazetteer spelling → its canonical name. */
  placeNames: ReadonlyMap<string, string>;
  speechCues: PhraseLexicon<string>;
  stopWords: ReadonlySet<string>;
  demonyms: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  placeHeads: ReadonlySet<string>;
  standaloneOrgs: ReadonlySet<string>;
  eventHeads: ReadonlySet<string>;
  roleNouns: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  knowledge: EntityKnowledge;
}

/** A sentence's closing stop, perhaps inside a closing quote or bracket. */
export const ENDS_LIKE_A_SENTENCE = /[.!?]["”’')\]]*\s*$/u;

// ---------------------------------------------------------------------------
// Sentence analysis (discovery input, reused by the mention stages)

/** What a unit can be, decided before any name rule runs. */
export type UnitClass = 'place' | 'knownOrg' | 'title' | 'stop' | 'demonym' | 'orgHead' | 'event' | 'acronym' | 'code' | 'lower' | 'name';

/**
 * What a sentence's words are. It depends on the text and the block kind only,
 * so sentences repeated across articles (wire copy, a caption under two
 * photos) are read once and share one reading.
 */
export interface SentenceReading {
  tokens: Token[];
  units: Unit[];
  /** Unit index of each token, or -1 for punctuation outside units. */
  unitOfToken: Int32Array;
  classes: UnitClass[];
  /** Place matches that survived the hyphen-compound rule, as "first:last" token indices. */
  validPlaces: Set<string>;
  /** A headline or list line in Title Case: capitals there say nothing about names. */
  titleCase: boolean;
  /** Token index → place named by a shared ending: the "North" of "North and South Korea" is North Korea. */
  elidedPlaces: Map<number, string>;
}

/** A sentence to read, with where it sits. */
export interface SelectedSentence {
  articleIndex: number;
  sentenceIndex: number;
  articleId: string;
  sentence: Sentence;
}

/** One sentence of one article, with its (possibly shared) reading. */
export interface SentenceAnalysis extends SentenceReading {
  articleIndex: number;
  sentenceIndex: number;
  articleId: string;
  sentence: Sentence;
  reading: SentenceReading;
  /** An earlier sentence had the same text and kind: it discovers nothing new. */
  repeat: boolean;
}


/** One literal shape for every analysis (a spread would give each its own). */
export function analysisOf(reading: SentenceReading, repeat: boolean, articleIndex: number, sentenceIndex: number, articleId: string, sentence: Sentence): SentenceAnalysis {
  return {
    tokens: reading.tokens,
    units: reading.units,
    unitOfToken: reading.unitOfToken,
    classes: reading.classes,
    validPlaces: reading.validPlaces,
    titleCase: reading.titleCase,
    elidedPlaces: reading.elidedPlaces,
    articleIndex,
    sentenceIndex,
    articleId,
    sentence,
    reading,
    repeat,
  };
}


/** `b` follows `a` directly, separated only by whitespace (no punctuation, no "'s"). */
export function adjacent(analysis: SentenceAnalysis, a: number, b: number): boolean {
  const left = analysis.units[a];
  const right = analysis.units[b];
  if (!left || !right) return false;
  return right.firstToken === left.lastToken + 1 && (analysis.tokens[right.firstToken]?.spaceBefore ?? false);
}

export function classOf(analysis: SentenceAnalysis, index: number): UnitClass | undefined {
  return analysis.classes[index];
}

export function unitsText(analysis: SentenceAnalysis, from: number, to: number): string {
  const first = analysis.units[from];
  const last = analysis.units[to];
  if (!first || !last) return '';
  return analysis.sentence.text.slice(first.start, last.end);
}

/** A model number or code: "A321", "7C2216", and "737-800", which opens with a digit. */
export function isCodeAt(analysis: SentenceAnalysis, index: number): boolean {
  const unitClass = analysis.classes[index];
  return unitClass === 'code' || (unitClass === 'lower' && /^\p{N}/u.test(analysis.units[index]?.text ?? '') && !ORDINAL_SHAPE.test(analysis.units[index]?.text ?? ''));
}

const ORDINAL_SHAPE = /^\d+(?:st|nd|rd|th|s)$/u;

/** A game's or a set's score: one or two digits each side ("6-4", "2–1"); model numbers run longer ("737-800"). */
export const SCORE_SHAPE = /^\d{1,2}[-–]\d{1,2}$/u;

/** A score, not a model number, follows the unit: "Kerr 2-0 Sova" names a player, not the maker of a "2-0". */
export function scoreAt(analysis: SentenceAnalysis, index: number): boolean {
  return SCORE_SHAPE.test(analysis.units[index]?.text ?? '');
}

/**
 * A surname written in capitals, as government and ministry pages write names
 * ("Mr. IWAYA Takeshi", "President YOON Suk Yeol"). Such a word is read as a name
 * only next to a mixed-case name word, so a lone acronym stays an acronym.
 */
export function capitalisedSurnameAt(analysis: SentenceAnalysis, index: number): boolean {
  const unit = analysis.units[index];
  return classOf(analysis, index) === 'acronym' && unit !== undefined && unit.text.length <= 20 && CAPITALS_SURNAME_SHAPE.test(unit.text);
}

// ---------------------------------------------------------------------------
// Words around a name that tell a firm

/** Kinds of firm an appositive or a noun before the name may call it: "CrowdStrike, a cybersecurity company". */
const FIRM_NOUNS = 'company|firm|carrier|airline|maker|manufacturer|provider|startup|start-up|insurer|lender|retailer|developer|supplier|vendor|chipmaker|automaker|carmaker|conglomerate|multinational|corporation|agency|operator|regulator|watchdog|consortium';
/**
 * What is said only of a firm, right after its name: its chief executive, shares, software or staff
 * ("Vantor's chief executive", "Vantor's software", "Vantor shares fell"), or an appositive that calls it a
 * company ("Vantor, a software company,"). A person has a "chief of staff" and "shares" a view, so neither counts.
 */
export const FIRM_AFTER = new RegExp(
  `^(?:['’]s\\s+(?:chief\\s+(?:executive|operating|financial|technology)|boss|founders?|co-founder|shares|stock|share\\s+price|software|platform|products|customers|clients|employees|workforce|headquarters|shareholders|investors)\\b` +
    `|(?:['’]s)?\\s+(?:shares|stock)\\s+(?:fell|rose|dropped|slid|plunged|jumped|climbed|gained|lost|tumbled|sank|surged|closed|ended|were|have)\\b` +
    `|,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${FIRM_NOUNS})(?=[,.;]|\\s+(?:that|which|based|whose|with)\\b))`,
  'u',
);
/**
 * …or right before it: "cybersecurity company Vantor" (a word of its trade first, so "the company Vantor bought" is
 * not read), "the chief executive of Vantor", "shares of Vantor".
 */
export const FIRM_BEFORE = new RegExp(`(?:\\b(?!(?:the|a|an|this|that|his|her|its|their|our)\\s)[\\p{Ll}-]+\\s+(?:${FIRM_NOUNS})|\\b(?:chief executive|chief executive officer|CEO|founder|shares|stock) of(?: the)?)\\s+$`, 'u');
// ---------------------------------------------------------------------------
// Discoveries

export type PersonCue = 'title' | 'role' | 'speech' | 'bare';

export interface PersonCandidate {
  surface: string;
  units: string[];
  cue: PersonCue;
  /** Starts the sentence (or a quotation). */
  initial: boolean;
  /** The article it was found in: a name written in both orders on one page is one person. */
  articleId: string;
  /** The title before it, if any ("Foreign Minister"): the same title before both orders is one person. */
  title?: string;
  /** A person only if its last word is found alone as a person somewhere ("Georgia Banks said" needs "Banks said"). */
  surnameElsewhere?: boolean;
}

/** A body, or a place named by its head-noun ("Muan International Airport"). */
export interface OrgCandidate {
  surface: string;
  type: 'organization' | 'place';
  acronym?: string;
  /** A firm's own word before its head ("Alameda" of "Alameda Research"), which may name it alone. */
  shortName?: string;
  /** Other names of the same body: a firm's name without its legal form ("Harrow Bay Shipping"). */
  aliases?: string[];
  /** A place or a side told only by the words around it ("in Elmridge", "Kerr 2-0"), which a person's name overrules. */
  byContext?: boolean;
}

/** "SAMUEL BANKMAN-FRIED, also known as "SBF"": a name and what else it is called. */
export interface AliasPair {
  name: string;
  alias: string;
}

export interface Discoveries {
  people: PersonCandidate[];
  organizations: OrgCandidate[];
  /** Capitalised words seen somewhere other than the start of a sentence. */
  capitalisedMidSentence: Set<string>;
  /** Words seen in lowercase: "voters" makes a sentence-opening "Voters" a common noun. */
  lowercaseWords: Set<string>;
  /** Names given a second name in the text ("also known as"). */
  aliases: AliasPair[];
  /** Single capitalised words seen after "the" and before no other capitalised word: "the Fed said". */
  determinedWords: Set<string>;
}

// ---------------------------------------------------------------------------
// Clusters: one entity per person / organisation / place

export interface Cluster {
  /** Stable internal key, not the output id. */
  key: string;
  type: EntityType;
  /** Canonical name fixed by knowledge (places, well-known bodies), if any. */
  knownName?: string;
  /** Order of discovery, for deterministic tie-breaking. */
  order: number;
}

export function orgKey(name: string): string {
  return `org:${foldName(name)}`;
}

/** `gazetteer`: a place from the knowledge base, whose matches the reading has already vetted. */
export type MentionValue = { clusterKey: string; fullForm: boolean; gazetteer?: boolean };

/** A found place keeps the spelling first seen as its name; a found body is keyed by its folded name. */
export function foundKey(found: OrgCandidate): string {
  return found.type === 'place' ? `place:${found.surface}` : orgKey(found.surface);
}

export interface Resolution {
  clusters: Map<string, Cluster>;
  lexicon: PhraseLexicon<MentionValue>;
  /** Folded single word → person clusters it can stand for. */
  shortForms: Map<string, string[]>;
  /** Folded single word → the firm it names alone ("Alameda" → Alameda Research). */
  orgShortForms: Map<string, string>;
}

// ---------------------------------------------------------------------------
// Mentions

export interface MentionRecord {
  clusterKey: string;
  articleIndex: number;
  sentenceIndex: number;
  articleId: string;
  sentenceId: string;
  start: number;
  end: number;
  text: string;
  fullForm: boolean;
}

/** The mentions of known full forms, and per analysis (same order) the tokens inside a match. */
export interface FullFormScan {
  mentions: MentionRecord[];
  coverage: Uint8Array[];
}

export function clusterType(clusterKey: string): EntityType {
  if (clusterKey.startsWith('place:')) return 'place';
  if (clusterKey.startsWith('org:')) return 'organization';
  return 'person';
}

export function mentionRecord(analysis: SentenceAnalysis, clusterKey: string, start: number, end: number, fullForm: boolean): MentionRecord {
  return {
    clusterKey,
    articleIndex: analysis.articleIndex,
    sentenceIndex: analysis.sentenceIndex,
    articleId: analysis.articleId,
    sentenceId: analysis.sentence.id,
    start,
    end,
    text: analysis.sentence.text.slice(start, end),
    fullForm,
  };
}
