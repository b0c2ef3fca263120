import type { RemovedLine } from '../../lib/corpus/schema';
import { stripMarkers } from '../line-shape';
import type { ArticleContext, Line, Sifted, Stage } from '../types';

/**
 * Pages repeat blocks: a whole body printed twice, a headline above and inside
 * the article, a caption under two photos. A kept line whose folded text equals
 * an earlier kept line is a repeat; it leaves the content and goes on record.
 */
export const removeDuplicates: Stage<ArticleContext, Sifted, Sifted> = (_context, sifted) => {
  const firstSeen = new Map<string, number>();
  const kept: Line[] = [];
  const duplicates: RemovedLine[] = [];
  const titles = pageTitles(sifted.kept);
  for (const line of sifted.kept) {
    const title = titles.get(line.line);
    if (title !== undefined) {
      duplicates.push({ kind: 'duplicate', text: line.text, line: line.line, reason: `the page\u2019s title: repeats line ${title} with the site\u2019s name` });
      continue;
    }
    const key = stripMarkers(line.folded).toLowerCase();
    const original = firstSeen.get(key);
    if (original === undefined) {
      firstSeen.set(key, line.line);
      kept.push(line);
    } else {
      duplicates.push({ kind: 'duplicate', text: line.text, line: line.line, reason: `repeats line ${original}` });
    }
  }
  return { kept, removed: [...sifted.removed, ...duplicates].sort((a, b) => a.line - b.line) };
};

/** "Outage knocks terminals offline | NewsCo": a title, a bar or a spaced dash, and a short name after it. */
const TITLE_WITH_SITE = /^(.{12,}?)\s+(?:\||[-–—]|::)\s+([^|]{2,60})$/u;

/**
 * A page copied with its title tag above its own headline: "Outage knocks terminals offline | NewsCo", then
 * "Outage knocks terminals offline" within the next few lines. The first repeats the second with the site's name;
 * the line it repeats stays (its number is the value).
 */
function pageTitles(lines: Line[]): Map<number, number> {
  const found = new Map<number, number>();
  lines.forEach((line, index) => {
    const match = TITLE_WITH_SITE.exec(stripMarkers(line.folded).trim());
    if (!match || match[2]!.trim().split(/\s+/).length > 6) return;
    const key = match[1]!.trim().toLowerCase();
    const repeat = lines.slice(index + 1, index + 5).find((next) => stripMarkers(next.folded).trim().toLowerCase() === key);
    if (repeat) found.set(line.line, repeat.line);
  });
  return found;
}
