/**
 * Stage 7: single name words ("Iwaya", "Trump’s") resolved to the full name met
 * nearest before them in the same article, else after them, else the corpus's most
 * mentioned.
 */
import { foldName } from '../../text/names';
import type { Unit } from '../../text/tokens';
import { adjacent, capitalisedSurnameAt, mentionRecord, type Cluster, type FullFormScan, type MentionRecord, type Resolution, type SentenceAnalysis, type SentenceReading } from './model';

interface LoneName {
  unit: Unit;
  /** Person clusters the word can stand for. */
  candidates: string[];
  /** A sentence-opening word the corpus also writes in lowercase, standing for people: what the page says decides. */
  common?: { firm: string[] | undefined };
}

/** Single name words ("Iwaya", "Cho", "Trump’s") that stand alone; which person each is depends on the article. */
function loneNames(resolution: Resolution, analysis: SentenceAnalysis, covered: Uint8Array, lowercaseWords: ReadonlySet<string>): LoneName[] {
  const { units, classes } = analysis;
  // A surname in capitals ("said IWAYA") counts too, but only if it is a known person's short form.
  const freeName = (index: number): boolean =>
    (classes[index] === 'name' || capitalisedSurnameAt(analysis, index)) && !covered[units[index]?.firstToken ?? 0];
  const lone: LoneName[] = [];
  units.forEach((unit, index) => {
    if (!freeName(index)) return;
    const folded = foldName(unit.text);
    // A person's short form first; else a firm's own word ("Alameda" for Alameda Research).
    const firm = resolution.orgShortForms.get(folded);
    const people = resolution.shortForms.get(folded);
    const firmCandidates = firm !== undefined && classes[index] === 'name' ? [firm] : undefined;
    const candidates = people ?? firmCandidates;
    if (!candidates) return;
    const common = people !== undefined && unit.initial && lowercaseWords.has(unit.text.toLowerCase());
    // Inside an unknown longer name ("Park Geun-hye" when only Park Jin-woo is known) it is not this person.
    if (!analysis.titleCase && ((adjacent(analysis, index - 1, index) && freeName(index - 1)) || (adjacent(analysis, index, index + 1) && freeName(index + 1)))) return;
    lone.push(common ? { unit, candidates, common: { firm: firmCandidates } } : { unit, candidates });
  });
  return lone;
}

/**
 * Which person a lone surname means: the one whose full name was met nearest
 * before it in the same article, else nearest after it, else the corpus's most
 * mentioned, else the first discovered.
 */
function shortFormChooser(fullForms: readonly MentionRecord[], clusters: Map<string, Cluster>) {
  const byArticle = new Map<string, MentionRecord[]>();
  const totals = new Map<string, number>();
  for (const mention of fullForms) {
    const list = byArticle.get(mention.articleId) ?? [];
    list.push(mention);
    byArticle.set(mention.articleId, list);
    totals.set(mention.clusterKey, (totals.get(mention.clusterKey) ?? 0) + 1);
  }
  return (candidates: string[], analysis: SentenceAnalysis, start: number): string => {
    const first = candidates[0] ?? '';
    if (candidates.length === 1) return first;
    const inArticle = (byArticle.get(analysis.articleId) ?? []).filter((m) => candidates.includes(m.clusterKey));
    const isBefore = (m: MentionRecord): boolean => m.sentenceIndex < analysis.sentenceIndex || (m.sentenceIndex === analysis.sentenceIndex && m.start < start);
    const before = inArticle.filter(isBefore);
    const lastBefore = before[before.length - 1];
    if (lastBefore) return lastBefore.clusterKey;
    const firstAfter = inArticle.find((m) => !isBefore(m));
    if (firstAfter) return firstAfter.clusterKey;
    return [...candidates].sort(
      (a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || (clusters.get(a)?.order ?? 0) - (clusters.get(b)?.order ?? 0),
    )[0] ?? first;
  };
}

export function resolveLoneNames(resolution: Resolution, analyses: readonly SentenceAnalysis[], scan: FullFormScan): MentionRecord[] {
  const choose = shortFormChooser(
    scan.mentions.filter((m) => m.fullForm),
    resolution.clusters,
  );
  // Which lone name words a reading holds depends on the reading alone: found once per reading.
  const loneNamesOf = new Map<SentenceReading, LoneName[]>();
  const namedInFull = new Set(scan.mentions.filter((m) => m.fullForm).map((m) => `${m.articleId}\u0000${m.clusterKey}`));
  const lowercaseWords = new Set<string>();
  for (const analysis of analyses) analysis.units.forEach((unit, index) => void (analysis.classes[index] === 'lower' && lowercaseWords.add(unit.text)));
  const shortForms: MentionRecord[] = [];
  analyses.forEach((analysis, index) => {
    let lone = loneNamesOf.get(analysis.reading);
    if (!lone) loneNamesOf.set(analysis.reading, (lone = loneNames(resolution, analysis, scan.coverage[index] ?? new Uint8Array(0), lowercaseWords)));
    for (const { unit, candidates, common } of lone) {
      // A sentence-opening word the corpus also writes in lowercase ("Security experts said" beside "security
      // software") is a common word there, unless the page names one of its people in full ("Summer Price said …
      // Price said"), which makes it her surname.
      const kept = common && !candidates.some((key) => namedInFull.has(`${analysis.articleId}\u0000${key}`)) ? common.firm : candidates;
      if (kept) shortForms.push(mentionRecord(analysis, choose(kept, analysis, unit.start), unit.start, unit.end, false));
    }
  });
  return shortForms;
}
