/**
 * Synthetic corpora for the scale benchmark: N articles recombined from the
 * seed articles, deterministic for a given PRNG seed.
 *
 * Articles come in "stories" of 5–10 reports. Each generated article keeps the
 * raw shape of one seed (page furniture, captions, bylines: the ingest must
 * work as hard as on a real page), swaps some of its body paragraphs for body
 * paragraphs of another seed, moves every explicit date by the story's shift (a
 * whole number of weeks, so "Monday" stays a Monday), gives the people new
 * names (consistent within a story) and files it under a new outlet.
 *
 * Usage: tsx bench/generate-corpus.ts --articles 1000 --seed 42 --out /tmp/corpus-1000
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Corpus } from '../src/lib/corpus/schema';
import { buildCorpusJson } from '../src/pipeline/io';

/** One seed article as the generator needs it: raw lines plus what the ingest found in it. */
export interface SourceArticle {
  file: string;
  lines: string[];
  /** 0-based indexes of raw lines holding body text (the only lines recombined). */
  bodyLines: number[];
  publishedAt: string | null;
}

export interface SourceCorpus {
  articles: SourceArticle[];
  /** Person mentions as written ("Takeshi Iwaya", "Iwaya"), longest first. */
  personNames: { text: string; entityId: string; full: boolean }[];
  /** Outlet names of the seeds, as they may appear in credit lines. */
  outletNames: string[];
}

export interface GeneratedCorpus {
  files: { file: string; text: string }[];
  manifest: {
    $comment: string;
    outlets: Record<string, { name: string; country: string }>;
    articles: Record<string, { outlet: string; publishedAt?: string }>;
  };
}

/** mulberry32: tiny, fast, and the same sequence on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// Invented names and outlets: the benchmark must not attribute words to real people or papers.
const GIVEN = ['Arin', 'Bela', 'Cato', 'Dara', 'Eiko', 'Fenn', 'Gwen', 'Hana', 'Ivo', 'Jun', 'Kira', 'Lio', 'Mira', 'Noa', 'Oren', 'Pia', 'Rui', 'Sena', 'Tomo', 'Uma', 'Vale', 'Wren', 'Yuki', 'Zev'];
const FAMILY = ['Adler', 'Brandt', 'Castell', 'Dunmore', 'Ellory', 'Farrow', 'Garnet', 'Halden', 'Iverson', 'Jarvik', 'Kestrel', 'Lindqvist', 'Marlowe', 'Norcross', 'Okafor', 'Pellow', 'Quill', 'Ravensworth', 'Solberg', 'Thorne', 'Umber', 'Vantongeren', 'Whitlock', 'Yardley'];
const OUTLET_FIRST = ['Northern', 'Harbor', 'Capital', 'Evening', 'Pacific', 'Continental', 'Daily', 'Morning', 'Lantern', 'Summit'];
const OUTLET_SECOND = ['Courier', 'Ledger', 'Dispatch', 'Observer', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Post', 'Wire'];
const COUNTRIES = ['JP', 'KR', 'US', 'GB', 'AU', 'CA', 'DE', 'SG'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// AP style, as the seeds write them: March–July are never abbreviated.
const AP_ABBREVIATIONS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH_PATTERN =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s+(\d{1,2})\b(,\s+(\d{4})\b)?/g;

function monthIndex(word: string): number {
  const stem = word.replace(/\.$/, '').slice(0, 3).toLowerCase();
  return MONTHS.findIndex((month) => month.slice(0, 3).toLowerCase() === stem);
}

function addDays(isoDay: string, days: number): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Move an ISO date or date-time by whole days, keeping its time and offset as written. */
export function shiftIso(value: string, days: number): string {
  return addDays(value.slice(0, 10), days) + value.slice(10);
}

/**
 * Move every explicit "Jan. 13" / "December 12, 2024" in a text by `days`,
 * written back in the style it had. A date without a year is read in the year
 * that puts it nearest the reference day.
 */
export function shiftDatesInText(text: string, days: number, referenceDay: string): string {
  const referenceYear = Number(referenceDay.slice(0, 4));
  const shifted = text.replace(MONTH_PATTERN, (whole, monthWord: string, dayText: string, yearPart: string | undefined, yearText: string | undefined) => {
    const month = monthIndex(monthWord);
    const day = Number(dayText);
    if (month < 0 || day < 1 || day > 31) return whole;
    let year = yearText ? Number(yearText) : referenceYear;
    if (!yearText) {
      const reference = Date.parse(`${referenceDay}T00:00:00Z`);
      const candidates = [year - 1, year, year + 1].map((y) => ({ y, distance: Math.abs(Date.UTC(y, month, day) - reference) }));
      year = candidates.sort((a, b) => a.distance - b.distance)[0]!.y;
    }
    const moved = addDays(`${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`, days);
    const [newYear, newMonth, newDay] = moved.split('-').map(Number) as [number, number, number];
    const abbreviated = monthWord.length <= 5 && monthWord !== 'March' && monthWord !== 'April';
    const name = abbreviated ? AP_ABBREVIATIONS[newMonth - 1]! : MONTHS[newMonth - 1]!;
    // Keep the seed's own spelling of a dotless abbreviation ("Dec 12").
    const written = abbreviated && !monthWord.endsWith('.') ? name.replace(/\.$/, '') : name;
    return `${written} ${newDay}${yearPart ? yearPart.replace(/\d{4}/, String(newYear)) : ''}`;
  });
  return shifted;
}

/** Read the seeds and what the ingest makes of them (body lines, people, dates). */
export function loadSource(seedsDir: string): SourceCorpus {
  const { corpus } = buildCorpusJson(seedsDir);
  return sourceFromCorpus(corpus, (file) => readFileSync(join(seedsDir, file), 'utf8'));
}

export function sourceFromCorpus(corpus: Corpus, readSeed: (file: string) => string): SourceCorpus {
  const articles = corpus.articles.map((article) => {
    const lines = readSeed(article.file).replace(/\r\n?/g, '\n').split('\n');
    const bodyLines = [...new Set(article.sentences.filter((sentence) => sentence.kind === 'body').map((sentence) => sentence.line - 1))].sort((a, b) => a - b);
    return { file: article.file, lines, bodyLines, publishedAt: article.publishedAt };
  });
  const names = new Map<string, { text: string; entityId: string; full: boolean }>();
  for (const entity of corpus.entities) {
    if (entity.type !== 'person') continue;
    for (const text of [entity.name, ...entity.aliases, ...entity.mentions.map((mention) => mention.text)]) {
      if (text.length < 3 || names.has(text)) continue;
      names.set(text, { text, entityId: entity.id, full: /\s/.test(text.trim()) });
    }
  }
  const personNames = [...names.values()].sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  const outletNames = corpus.outlets.flatMap((outlet) => [outlet.name, outlet.name.replace(/\s*\(.*\)$/, '')]);
  return { articles, personNames, outletNames: [...new Set(outletNames)].sort((a, b) => b.length - a.length) };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Generate `count` articles from the source, deterministically for `seed`. */
export function generateCorpus(source: SourceCorpus, count: number, seed: number): GeneratedCorpus {
  const random = createRandom(seed);
  const usable = source.articles.filter((article) => article.publishedAt !== null && article.bodyLines.length > 0);
  if (usable.length === 0) throw new Error('no seed article has a publication date and body text to recombine');

  const outletCount = Math.max(5, Math.min(OUTLET_FIRST.length * OUTLET_SECOND.length, Math.round(count / 10)));
  const outlets: GeneratedCorpus['manifest']['outlets'] = {};
  const outletIds: string[] = [];
  for (let i = 0; i < outletCount; i++) {
    const name = `The ${OUTLET_FIRST[i % OUTLET_FIRST.length]} ${OUTLET_SECOND[Math.floor(i / OUTLET_FIRST.length) % OUTLET_SECOND.length]}`;
    const id = `o${String(i + 1).padStart(2, '0')}-${name.toLowerCase().replace(/^the /, '').replace(/\s+/g, '-')}`;
    outlets[id] = { name, country: COUNTRIES[i % COUNTRIES.length]! };
    outletIds.push(id);
  }

  const namePattern = source.personNames.length
    ? new RegExp(`\\b(${source.personNames.map((name) => escapeRegExp(name.text)).join('|')})\\b`, 'g')
    : null;
  const nameInfo = new Map(source.personNames.map((name) => [name.text, name]));
  const outletPattern = source.outletNames.length ? new RegExp(source.outletNames.map(escapeRegExp).join('|'), 'g') : null;

  const files: GeneratedCorpus['files'] = [];
  const articles: GeneratedCorpus['manifest']['articles'] = {};
  let story = 0;
  while (files.length < count) {
    const storySize = Math.min(count - files.length, 5 + Math.floor(random() * 6));
    // Two weeks apart, so the stories' reporting windows do not overlap.
    const shift = story * 14;
    const seenBodies = new Set<string>();
    const people = new Map<string, { given: string; family: string }>();
    const personFor = (entityId: string) => {
      let person = people.get(entityId);
      if (!person) {
        // Distinct family names within a story, so two people never merge into one.
        const taken = new Set([...people.values()].map((known) => known.family));
        const free = FAMILY.filter((family) => !taken.has(family));
        person = { given: pick(random, GIVEN), family: pick(random, free.length ? free : FAMILY) };
        people.set(entityId, person);
      }
      return person;
    };
    for (let member = 0; member < storySize; member++) {
      const base = usable[(story + member) % usable.length]!;
      const donor = usable[(story + member + 1 + Math.floor(random() * (usable.length - 1))) % usable.length]!;
      const lines = [...base.lines];
      // Swap about a third of the body paragraphs for the donor's, keeping the length about the same.
      for (const lineIndex of base.bodyLines) {
        if (random() < 0.35) lines[lineIndex] = donor.lines[pick(random, donor.bodyLines)] ?? lines[lineIndex]!;
      }
      // Never the same bytes twice (the ingest would skip the copy as a duplicate article).
      for (let tries = 0; tries < 50 && seenBodies.has(lines.join('\n')); tries++) {
        lines[pick(random, base.bodyLines)] = donor.lines[pick(random, donor.bodyLines)]!;
      }
      seenBodies.add(lines.join('\n'));
      const outletId = outletIds[Math.floor(random() * outletIds.length)]!;
      const outletName = outlets[outletId]!.name;
      const publishedAt = base.publishedAt!;
      let text = shiftDatesInText(lines.join('\n'), shift, publishedAt.slice(0, 10));
      if (namePattern) {
        text = text.replace(namePattern, (match: string) => {
          const info = nameInfo.get(match);
          if (!info) return match;
          const person = personFor(info.entityId);
          return info.full ? `${person.given} ${person.family}` : person.family;
        });
      }
      if (outletPattern) text = text.replace(outletPattern, outletName);
      const index = files.length;
      const hash = Math.floor(random() * 0xffffffff).toString(16).padStart(8, '0');
      const file = `${String(index).padStart(4, '0')}_${hash}.txt`;
      files.push({ file, text });
      articles[file] = { outlet: outletId, publishedAt: shiftIso(publishedAt, shift) };
    }
    story++;
  }
  return {
    files,
    manifest: {
      $comment: `Synthetic benchmark corpus: ${count} articles recombined from the seeds (bench/generate-corpus.ts, seed ${seed}). Not real reporting.`,
      outlets,
      articles,
    },
  };
}

/** Write a generated corpus as a seed folder (articles + manifest.json), replacing what was there. */
export function writeCorpus(folder: string, corpus: GeneratedCorpus): { bytes: number } {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  for (const { file, text } of corpus.files) {
    writeFileSync(join(folder, file), text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(join(folder, 'manifest.json'), `${JSON.stringify(corpus.manifest, null, 2)}\n`);
  return { bytes };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '100' },
      seed: { type: 'string', default: '42' },
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('usage: tsx bench/generate-corpus.ts --articles N [--seed S] [--seeds dir] --out <folder>');
  const corpus = generateCorpus(loadSource(values.seeds), Number(values.articles), Number(values.seed));
  const { bytes } = writeCorpus(values.out, corpus);
  process.stdout.write(`wrote ${corpus.files.length} articles (${bytes} bytes of text) to ${values.out}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
