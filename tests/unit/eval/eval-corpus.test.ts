/**
 * The development corpus's shape (tests/eval/README.md): big and varied enough
 * that its figures say something about articles the ingest has never seen, and
 * gold that points at exactly one place in each article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_ROOT, HOUSE_STYLES, readGold, styleSummary } from '../../eval/evaluate';

const golds = readGold();
const articles = Object.entries(golds).flatMap(([story, gold]) =>
  Object.entries(gold.articles).map(([file, article]) => ({ story, file, article, raw: readFileSync(join(CORPUS_ROOT, story, file), 'utf8') })),
);
// As the scorer compares: spacing and curly quotes do not count.
const fold = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();
const occurrences = (haystack: string, needle: string) => {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
};

// A wire dateline at the head of a content line: the place (`SEOUL`, `MUAN, South Korea`, `TAIPEI/SYDNEY`), then an
// optional date and (agency), then a dash. The place is metadata, so its names are not gold mentions (README, gold.json).
const DATELINE = /^(?<place>[A-Z][A-Z.'/ ]*[A-Z.](?:, [A-Z](?:[A-Za-z.' ]*[A-Za-z.])?)*?)(?:,? (?:[A-Z][a-z]{2}\.? \d{1,2}|\d{1,2} [A-Z][a-z]+))? ?(?:\([^)]*\) ?)?(?:--|—|–| - )/;
const wordCount = (haystack: string, name: string) =>
  haystack.match(new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;

/** Gold mention texts found in the article's dateline place and listed more often than they occur outside it (and outside furniture). */
function datelineOnlyMentions(raw: string, furniture: string[], mentions: string[]): string[] {
  const furnitureLines = new Set(furniture.map(fold));
  const lines = raw.split(/\r?\n/).map(fold).filter((line) => line !== '' && !furnitureLines.has(line));
  const at = lines.findIndex((line) => DATELINE.test(line));
  const place = at === -1 ? undefined : DATELINE.exec(lines[at] ?? '')?.groups?.place;
  if (place === undefined) return [];
  const elsewhere = lines.map((line, index) => (index === at ? line.slice(place.length) : line)).join('\n');
  const listed = (name: string) => mentions.filter((text) => fold(text) === name).length;
  return [...new Set(mentions.map(fold))]
    .filter((name) => wordCount(place, name) > 0 && listed(name) > wordCount(elsewhere, name))
    .map((name) => `“${name}” ×${listed(name)}, ${wordCount(elsewhere, name)} outside the dateline`);
}

describe('the development corpus', () => {
  it('has at least 40 articles on at least three stories, each story in both halves', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(golds).length).toBeGreaterThanOrEqual(3);
    for (const [story, gold] of Object.entries(golds)) {
      const halves = new Set(Object.values(gold.articles).map((article) => article.half));
      expect([...halves].sort(), story).toEqual(['held-out', 'tune']);
    }
  });

  it('names only canonical house styles, at least 15, each in both halves', () => {
    for (const { file, article } of articles) expect(HOUSE_STYLES, `${file}: ${article.style}`).toContain(article.style);
    const summary = styleSummary();
    expect(summary.size).toBeGreaterThanOrEqual(15);
    for (const [style, counts] of summary) {
      expect(counts.tune, `${style} in the tuning half`).toBeGreaterThan(0);
      expect(counts['held-out'], `${style} in the held-out half`).toBeGreaterThan(0);
    }
  });

  it('has no gold sentence substring that is missing from its article or found twice in it', () => {
    const bad: string[] = [];
    for (const { story, file, article, raw } of articles) {
      const text = fold(raw);
      for (const { sentence } of [...article.dates, ...article.events]) {
        const count = occurrences(text, fold(sentence));
        if (count !== 1) bad.push(`${story}/${file}: “${sentence}” ×${count}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('quotes headlines and furniture lines as they stand in the raw text', () => {
    const bad: string[] = [];
    for (const { story, file, article, raw } of articles) {
      const lines = new Set(raw.split(/\r?\n/).map(fold));
      // A headline may sit inside a line (an e-mail's "Subject: …"); furniture is always whole lines.
      if (article.headline !== null && !fold(raw).includes(fold(article.headline))) bad.push(`${story}/${file}: headline “${article.headline}”`);
      for (const line of article.furniture) if (!lines.has(fold(line))) bad.push(`${story}/${file}: furniture “${line}”`);
    }
    expect(bad).toEqual([]);
  });

  it('lists no dateline place as an entity mention unless the name occurs that often outside the dateline', () => {
    const bad: string[] = [];
    for (const { story, file, article, raw } of articles) {
      for (const line of datelineOnlyMentions(raw, article.furniture, article.entities.map((entity) => entity.text))) bad.push(`${story}/${file}: ${line}`);
    }
    expect(bad).toEqual([]);
  });

  it('finds a dateline place listed as a mention, and passes the same name counted in the body (the check itself works)', () => {
    const raw = 'Menu\nMUAN, South Korea, Dec. 29 (Wire) -- A jet crashed at Muan airport in South Korea.\nSEOUL — not a dateline: it is not the first';
    expect(datelineOnlyMentions(raw, ['Menu'], ['MUAN', 'South Korea', 'Muan'])).toEqual(['“MUAN” ×1, 0 outside the dateline']);
    expect(datelineOnlyMentions(raw, ['Menu'], ['South Korea', 'South Korea'])).toEqual(['“South Korea” ×2, 1 outside the dateline']);
    expect(datelineOnlyMentions(raw, ['Menu'], ['Muan', 'South Korea'])).toEqual([]);
    expect(datelineOnlyMentions('TAIPEI, Jan 13 (Wire) - Voters in Taipei queued.', [], ['Taipei'])).toEqual([]);
    expect(datelineOnlyMentions('Voters in Taipei queued.', [], ['Taipei', 'Taipei'])).toEqual([]);
  });

  it('fails a gold substring that occurs twice (the check itself works)', () => {
    expect(occurrences(fold('on Monday.  He said on  Monday'), fold('on Monday'))).toBe(2);
    expect(occurrences(fold('met on “Monday”'), fold('met on "Monday"'))).toBe(1);
  });
});
