/**
 * Stage 6: a longest-match scan of every known surface form in every sentence,
 * with the tokens each match covers (lone name words are read in the next stage).
 */
import { adjacent, isCodeAt, mentionRecord, clusterType, type FullFormScan, type MentionRecord, type Resolution, type SentenceAnalysis, type SentenceReading } from './model';

interface FullFormMatches {
  found: { clusterKey: string; start: number; end: number; fullForm: boolean }[];
  /** Tokens inside a match. */
  covered: Uint8Array;
}

/** Every known surface form, longest first, with the tokens they cover. */
function matchFullForms(resolution: Resolution, analysis: SentenceAnalysis): FullFormMatches {
  const { tokens, units, unitOfToken } = analysis;
  const covered = new Uint8Array(tokens.length);
  const found: FullFormMatches['found'] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const elided = analysis.elidedPlaces.get(i);
    if (elided !== undefined) {
      found.push({ clusterKey: `place:${elided}`, start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0, fullForm: false });
      covered[i] = 1;
      continue;
    }
    const match = resolution.lexicon.longestAt(tokens, i);
    if (!match) continue;
    const type = clusterType(match.value.clusterKey);
    const ok =
      match.value.gazetteer
        ? analysis.validPlaces.has(`${i}:${match.endToken}`)
        : units[unitOfToken[i] ?? -1]?.firstToken === i && units[unitOfToken[match.endToken] ?? -1]?.lastToken === match.endToken;
    if (!ok) continue;
    // "Boeing 737-800" names a product: its maker is not a mention there. A name that ends in
    // a body's head is no maker's: "a Jeju Air 737-800" is the airline's plane.
    const unitAfter = unitOfToken[match.endToken + 1] ?? -1;
    const lastUnit = unitOfToken[match.endToken] ?? -1;
    if (type === 'organization' && analysis.classes[lastUnit] !== 'orgHead' && isCodeAt(analysis, unitAfter) && adjacent(analysis, lastUnit, unitAfter)) continue;
    const start = tokens[i]?.start ?? 0;
    const end = tokens[match.endToken]?.end ?? start;
    found.push({ clusterKey: match.value.clusterKey, start, end, fullForm: match.value.fullForm && type === 'person' });
    covered.fill(1, i, match.endToken + 1);
    i = match.endToken;
  }
  return { found, covered };
}

/** Which known names a reading holds depends on the reading alone: found once per reading. */
export function matchAllFullForms(resolution: Resolution, analyses: readonly SentenceAnalysis[]): FullFormScan {
  const fullFormsOf = new Map<SentenceReading, FullFormMatches>();
  const mentions: MentionRecord[] = [];
  const coverage = analyses.map((analysis) => {
    let matches = fullFormsOf.get(analysis.reading);
    if (!matches) fullFormsOf.set(analysis.reading, (matches = matchFullForms(resolution, analysis)));
    for (const match of matches.found) mentions.push(mentionRecord(analysis, match.clusterKey, match.start, match.end, match.fullForm));
    return matches.covered;
  });
  return { mentions, coverage };
}
