/**
 * Figures in a sentence: the amounts an outlet states (counts of a thing, money,
 * percentages, scores, ages), each with what it counts and the words beside it,
 * so two outlets' figures are compared only when they are about the same thing.
 */
import { wordTokens, type WordToken } from '../compare-text';

export type FigureKind = 'count' | 'ordinal' | 'money' | 'percent' | 'score' | 'age';

export interface Figure {
  kind: FigureKind;
  /** What is counted: the unit noun ("suv", "day"), the currency ("$"), "%" or "score". */
  unit: string;
  /** The amount, magnitudes applied (£4.2 billion → 4.2e9); a score's two sides, larger first, as a × 1000 + b. */
  value: number;
  /** "about", "nearly", "more than" …: the outlet gives the figure as an estimate. */
  approximate: boolean;
  /** The figure as written, and where. */
  text: string;
  start: number;
  end: number;
  /** The content words (stemmed) right before and after the figure: what it is said of ("priced at $799", "2-1 win"). */
  neighbours: { before: string | null; after: string | null };
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
}));
const MAGNITUDES: ReadonlyMap<string, number> = new Map(Object.entries({
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
}));
const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map(Object.entries({ $: '$', '£': '£', '€': '€', '¥': '¥', '₩': '₩', '₹': '₹' }));
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  // Not "won" or "pounds": a verb and a weight as often as a currency.
  dollars: '$', usd: '$', gbp: '£', euros: '€', eur: '€', yen: '¥', yuan: '元', rupees: '₹',
}));
/** Words that make the next figure an estimate. */
const APPROXIMATE = /\b(?:about|around|approximately|roughly|nearly|almost|some|over|more than|less than|fewer than|at least|up to|as many as|close to|an estimated|estimated|upwards of)\s+$/i;
/** A digit figure, with thousands separators or decimals: "142,000", "4.75", "7". */
const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?|^\d+(?:\.\d+)?/;
/** Words around a score that say it is one: "beat Castlegate 2-1", "a 6-3 ruling". */
const SCORE_CUE = /^(?:beat|beats|beating|beaten|won|win|wins|winning|lost|lose|loses|losing|defeat|defeated|defeating|drew|draw|drawn|victory|score|scored|scoreline|vote|voted|votes|voting|ruling|decision|margin|majority|lead|led|trailing|trailed)$/;
const ORDINAL_DIGITS = /^(\d+)(?:st|nd|rd|th)$/;
/** Words that make what follows in the clause another time's figure, or a figure to compare with. */
const REFERENCE_BEFORE = /\b(?:after|before|since|following|compared (?:with|to)|up from|down from|from|a year earlier|last year|previously)\b/i;

/** The text of the figure's clause before it: back to the last comma, semicolon, dash or sentence start. */
function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 80), start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' — '), before.lastIndexOf(' – '));
  return cut < 0 ? before : before.slice(cut + 1);
}

/** A crude stem, so "recalling", "recalls" and "recalled" are one word beside a figure. */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '') || word;
}

function neighbourWords(tokens: readonly WordToken[], first: number, last: number): Figure['neighbours'] {
  const wordAt = (i: number) => (tokens[i]!.content && !/^\d/.test(tokens[i]!.norm) ? stem(tokens[i]!.norm) : null);
  let before: string | null = null;
  for (let i = first - 1; i >= 0 && i >= first - 3 && before === null; i -= 1) before = wordAt(i);
  let after: string | null = null;
  for (let i = last + 1; i < tokens.length && i <= last + 3 && after === null; i += 1) after = wordAt(i);
  return { before, after };
}

/** Index of the token starting at `offset`, or -1. */
function tokenAt(tokens: readonly WordToken[], offset: number): number {
  return tokens.findIndex((token) => token.start === offset);
}

/**
 * The figures of a sentence, outside the character ranges in `skip` (its dates).
 * Numbers that are part of a name or code ("Flight 7C2216", "Channel File 291",
 * "737-800") have no unit noun after them and are left out.
 */
export function readFigures(text: string, skip: ReadonlyArray<{ start: number; end: number }> = []): Figure[] {
  const tokens = wordTokens(text);
  const skipped = (start: number, end: number) => skip.some((range) => start < range.end && end > range.start);
  const figures: Figure[] = [];
  const taken: Array<{ start: number; end: number }> = [];
  const free = (start: number, end: number) => !skipped(start, end) && !taken.some((range) => start < range.end && end > range.start);
  const push = (figure: Omit<Figure, 'approximate' | 'text' | 'neighbours'>, firstToken: number, lastToken: number) => {
    taken.push({ start: figure.start, end: figure.end });
    // "a year after Storm Bram killed two people", "up from 4.25%": a figure of another time, not the news's.
    if (REFERENCE_BEFORE.test(clauseBefore(text, figure.start))) return;
    figures.push({
      ...figure,
      approximate: APPROXIMATE.test(text.slice(Math.max(0, figure.start - 24), figure.start)),
      text: text.slice(figure.start, figure.end),
      neighbours: neighbourWords(tokens, firstToken, lastToken),
    });
  };
  const magnitudeAfter = (end: number): { factor: number; end: number } => {
    const match = /^\s?([A-Za-z]+)\b/.exec(text.slice(end));
    const factor = match ? MAGNITUDES.get(match[1]!.toLowerCase()) : undefined;
    // "m"/"b"/"k" count only glued to the number ("$4m"), not as a word of their own.
    if (!match || factor === undefined || (match[1]!.length === 1 && match[0].startsWith(' '))) return { factor: 1, end };
    return { factor, end: end + match[0].length };
  };

  // Money: "$799", "£4.2 billion", "US$1.5bn", "4 million euros".
  for (const match of text.matchAll(/(?:US|A|C|HK|NZ)?([$£€¥₩₹])\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/g)) {
    const start = match.index;
    const amount = Number(match[2]!.replace(/,/g, ''));
    const magnitude = magnitudeAfter(start + match[0].length);
    if (!free(start, magnitude.end)) continue;
    const first = tokens.findIndex((token) => token.start >= start);
    const last = tokens.findLastIndex((token) => token.end <= magnitude.end);
    push({ kind: 'money', unit: CURRENCY_SIGNS.get(match[1]!)!, value: amount * magnitude.factor, start, end: magnitude.end }, first, last);
  }
  // Percentages: "4.5%", "4.75 per cent", "40 percent".
  for (const match of text.matchAll(/(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)/gi)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!free(start, end)) continue;
    const first = tokenAt(tokens, start);
    const last = tokens.findLastIndex((token) => token.end <= end);
    push({ kind: 'percent', unit: '%', value: Number(match[1]), start, end }, first, last);
  }
  // Scores and tallies: "2-1", "6–3", next to a word that makes them one.
  for (const match of text.matchAll(/\b(\d{1,3})\s?[-–]\s?(\d{1,3})\b(?![-–]?\s?(?:year|month|week|day|hour|minute)s?\b)/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!free(start, end)) continue;
    const first = tokenAt(tokens, start);
    const last = tokens.findLastIndex((token) => token.end <= end);
    const around = [tokens[first - 1], tokens[first - 2], tokens[first - 3], tokens[last + 1]].filter((token) => token !== undefined);
    if (!around.some((token) => SCORE_CUE.test(token.norm))) continue;
    const [a, b] = [Number(match[1]), Number(match[2])];
    // "6-4, 3-6, 7-5": a match's sets are one result, compared whole and in order (3-6 is not 6-3 there).
    const sets = /^(?:,\s?\d{1,3}\s?[-–]\s?\d{1,3}\b(?:\s?\(\d{1,2}[-–]\d{1,2}\))?)+/.exec(text.slice(end));
    if (sets) {
      const setsEnd = end + sets[0].length;
      const setScores = text.slice(start, setsEnd).replace(/\s+/g, '').replace(/–/g, '-');
      push({ kind: 'score', unit: 'sets', value: stringCode(setScores), start, end: setsEnd }, first, tokens.findLastIndex((token) => token.end <= setsEnd));
      continue;
    }
    push({ kind: 'score', unit: 'score', value: Math.max(a, b) * 1000 + Math.min(a, b), start, end }, first, last);
  }
  // Ages: "62-year-old", "62 years old", "aged 62".
  for (const match of text.matchAll(/\b(\d{1,3})(?:[-\s]years?[-\s]old\b)|\baged\s(\d{1,3})\b/gi)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!free(start, end)) continue;
    const first = tokens.findIndex((token) => token.start >= start);
    const last = tokens.findLastIndex((token) => token.end <= end);
    push({ kind: 'age', unit: 'age', value: Number(match[1] ?? match[2]), start, end }, first, last);
  }
  // Counts and ordinals of a unit noun: "142,000 SUVs", "two-day visit", "60th anniversary", "4.2 million people".
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k]!;
    const digits = DIGITS.exec(text.slice(token.start));
    const ordinal = ORDINAL_DIGITS.exec(token.norm);
    let value: number | null;
    let end: number;
    if (ordinal) {
      value = Number(ordinal[1]);
      end = token.end;
    } else if (digits && /^\d/.test(token.norm)) {
      value = Number(digits[0].replace(/,/g, ''));
      end = token.start + digits[0].length;
    } else {
      value = NUMBER_WORDS.get(token.norm) ?? null;
      end = token.end;
    }
    if (value === null || !free(token.start, end)) continue;
    const magnitude = magnitudeAfter(end);
    const next = tokens.findIndex((candidate) => candidate.start >= magnitude.end);
    // A number glued to letters is a code or a name ("7C2216"), not a count.
    if (next < 0 || /^[\p{L}]/u.test(text.slice(end, end + 1))) continue;
    const unitToken = tokens[next]!;
    // Only a number directly before its noun, across at most a hyphen or a space.
    if (!/^[\s\u2010-\u2013-]?$/.test(text.slice(magnitude.end, unitToken.start)) || !unitToken.content) continue;
    // A single letter after a number is a time or a code ("2 p.m.", "Gate 4 B"), not what is counted.
    if (/^\d/.test(unitToken.norm) || NUMBER_WORDS.has(unitToken.norm) || unitToken.norm.length < 2) continue;
    const currency = CURRENCY_WORDS.get(unitToken.norm);
    const unit = currency ?? unitToken.norm.replace(/(?<=\w{3})s$/, '');
    push(
      { kind: currency ? 'money' : ordinal ? 'ordinal' : 'count', unit, value: value * magnitude.factor, start: token.start, end: unitToken.end },
      k,
      next,
    );
  }
  return figures.sort((a, b) => a.start - b.start);
}

/** A number standing for a written result ("6-4,3-6,7-5"): equal only for the same text (FNV-1a). */
function stringCode(text: string): number {
  let code = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) code = Math.imul(code ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return code;
}

/**
 * Whether two figures of one unit are said of the same thing: the word before them is the same ("recalling 142,000
 * SUVs", "priced at $799"), or, where one has none, the word after ("a two-day visit", "the three-day visit"). So "a
 * maximum of 110 years in prison" is not set against "sentenced to 25 years in prison".
 */
export function saidOfTheSameThing(a: Figure, b: Figure): boolean {
  const [x, y] = [a.neighbours, b.neighbours];
  if (x.before !== null && y.before !== null) return x.before === y.before;
  return x.after !== null && x.after === y.after;
}

/**
 * Whether two outlets' figures of one kind and unit state different amounts. An
 * estimate agrees with a figure within a tenth of it ("about 140,000" and
 * "142,000"); exact figures agree only when equal.
 */
export function figuresDisagree(a: Figure, b: Figure): boolean {
  if (a.value === b.value) return false;
  if (a.kind === 'score' || a.kind === 'ordinal' || a.kind === 'age') return true;
  if (!a.approximate && !b.approximate) return true;
  return Math.abs(a.value - b.value) > 0.1 * Math.max(Math.abs(a.value), Math.abs(b.value));
}
