/**
 * Tokenising for the stages that read names: tokens with offsets (hyphen and
 * apostrophe variants folded into a matching key), word units as a name sees them
 * ("Tae-yul", "O'Brien", "Trump’s" without its "'s"), and a longest-match phrase
 * lexicon over tokens. Every loop is single and bounded: linear in the text.
 */

export interface Token {
  text: string;
  /** The text with hyphen and apostrophe variants folded, for matching. */
  key: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Whitespace separates this token from the previous one. */
  spaceBefore: boolean;
}

/**
 * Dotted abbreviations ("U.S.", "U.A.E."), letter/digit runs, or one other
 * non-space character. Each alternative is a single bounded loop: linear time.
 */
const TOKEN_PATTERN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
export const CAPITALISED = /^\p{Lu}/u;
export const LOWERCASE_LETTER = /\p{Ll}/u;

const FOLDED_DASH = /[\u2010\u2011\u2013]/gu;
const FOLDED_APOSTROPHE = /[\u2018\u2019\u02bc\u2032`]/gu;

function normalizeTokenKey(text: string): string {
  // Of the folded characters only U+02BC is a letter, so only it can sit inside a longer
  // token; the others are tokens of their own. Most tokens are neither: return them as they are.
  if (text.length > 1 && !text.includes('\u02bc')) return text;
  return text.replace(FOLDED_DASH, '-').replace(FOLDED_APOSTROPHE, "'");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const value = match[0];
    tokens.push({
      text: value,
      key: normalizeTokenKey(value),
      start,
      end: start + value.length,
      // Three or more code units are more than one character: an abbreviation or a word.
      isWord: value.length > 2 || WORD_START.test(value),
      spaceBefore: start > previousEnd,
    });
    previousEnd = start + value.length;
  }
  return tokens;
}


/** A word as a name sees it: hyphen compounds ("Tae-yul") and "O'Brien" are one unit. */
export interface Unit {
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
  /** Text without any possessive "'s" (which is not part of the name). */
  text: string;
  possessive: boolean;
  /** First word of the sentence or of a quotation: its capital letter tells nothing. */
  initial: boolean;
  capitalised: boolean;
  allCaps: boolean;
}

/** Generational and company suffixes written after a name with a dot: "Jr.", "Ltd.". */
const GENERATION: ReadonlySet<string> = new Set(['Jr', 'Sr', 'Ltd', 'Inc', 'Corp', 'Co']);
/** Punctuation that may follow such a dot: "Roland Ortiz Jr., the chief", "(Acme Ltd.)". */
const AFTER_SUFFIX_DOT: ReadonlySet<string> = new Set([',', ';', ':', ')', "'", '"', '”', '’']);

/** Tokens after which a capital letter says nothing about a name. */
const NOT_INITIAL_AFTER: ReadonlySet<string> = new Set([',', ';', '&', '-']);

export function buildUnits(text: string, tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first?.isWord) {
      i += 1;
      continue;
    }
    let last = i;
    for (;;) {
      const joiner = tokens[last + 1];
      const next = tokens[last + 2];
      if (!joiner || !next || joiner.spaceBefore || next.spaceBefore || !next.isWord) break;
      const joinsHyphen = joiner.key === '-';
      const joinsApostrophe = joiner.key === "'" && CAPITALISED.test(next.text);
      if (!joinsHyphen && !joinsApostrophe) break;
      last += 2;
    }
    // A middle initial or a generational suffix keeps its dot: "Lewis A. Kaplan", "Ferdinand Marcos Jr.".
    const dot = tokens[last + 1];
    const afterDot = tokens[last + 2];
    const suffix = GENERATION.has(first.text);
    if (last === i && dot?.key === '.' && !dot.spaceBefore && (/^\p{Lu}$/u.test(first.text) || suffix) && (!afterDot || afterDot.spaceBefore || (suffix && AFTER_SUFFIX_DOT.has(afterDot.key)))) last += 1;
    let resume = last + 1;
    let possessive = false;
    const apostrophe = tokens[last + 1];
    if (apostrophe && apostrophe.key === "'" && !apostrophe.spaceBefore) {
      const s = tokens[last + 2];
      possessive = true;
      resume = s && !s.spaceBefore && (s.text === 's' || s.text === 'S') ? last + 3 : last + 2;
    }
    const lastToken = tokens[last] ?? first;
    const unitText = text.slice(first.start, lastToken.end);
    const before = tokens[i - 1];
    units.push({
      firstToken: i,
      lastToken: last,
      start: first.start,
      end: lastToken.end,
      text: unitText,
      possessive,
      initial: !before || (!before.isWord && !NOT_INITIAL_AFTER.has(before.key)),
      capitalised: CAPITALISED.test(unitText),
      allCaps: !LOWERCASE_LETTER.test(unitText) && (unitText.match(/\p{L}/gu)?.length ?? 0) >= 2,
    });
    i = resume;
  }
  return units;
}

// Phrase lexicon: longest match over tokens

interface LexiconEntry<T> {
  keys: string[];
  spaced: boolean[];
  value: T;
}

/** Phrases matched token by token (with the same spacing); the first added wins a tie. */
export class PhraseLexicon<T> {
  private readonly byFirstKey = new Map<string, LexiconEntry<T>[]>();
  private readonly signatures = new Set<string>();

  add(phrase: string, value: T): void {
    const tokens = tokenize(phrase);
    const head = tokens[0];
    if (!head) return;
    const signature = tokens.map((t) => (t.spaceBefore ? ' ' : '') + t.key).join('');
    if (this.signatures.has(signature)) return;
    this.signatures.add(signature);
    const entry: LexiconEntry<T> = { keys: tokens.map((t) => t.key), spaced: tokens.map((t) => t.spaceBefore), value };
    const list = this.byFirstKey.get(head.key) ?? [];
    // Longest first; equal lengths keep insertion (priority) order: insert after every entry at least as long.
    let at = list.length;
    while (at > 0 && list[at - 1]!.keys.length < entry.keys.length) at -= 1;
    list.splice(at, 0, entry);
    this.byFirstKey.set(head.key, list);
  }

  /** The longest entry starting at token `i`, with the index of its last token. */
  longestAt(tokens: readonly Token[], i: number): { value: T; endToken: number } | undefined {
    const first = tokens[i];
    if (!first) return undefined;
    const candidates = this.byFirstKey.get(first.key);
    if (!candidates) return undefined;
    for (const entry of candidates) {
      if (entriesMatch(entry, tokens, i)) return { value: entry.value, endToken: i + entry.keys.length - 1 };
    }
    return undefined;
  }
}

function entriesMatch<T>(entry: LexiconEntry<T>, tokens: readonly Token[], i: number): boolean {
  for (let k = 1; k < entry.keys.length; k += 1) {
    const token = tokens[i + k];
    if (!token || token.key !== entry.keys[k] || token.spaceBefore !== entry.spaced[k]) return false;
  }
  return true;
}

/** Any digit: model numbers, codes, dates. */
export const HAS_DIGIT = /\p{N}/u;

/** Text to match literally inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
