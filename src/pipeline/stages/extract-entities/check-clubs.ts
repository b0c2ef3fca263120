/**
 * Stage 12: a club named after its town ("Ashford City", "Marlow Town") was found as a place by its head. What
 * the text says around it settles which: a score, a result or a club's people ("Ashford City drew with Marlow
 * Town", "beat Marlow Town 2-0", "Marlow Town's manager") are said only of a club, so such a "place" is a body.
 * A town's council or its flood ("Ashford City council", "flooding in Marlow Town") says nothing of the kind.
 */
import type { MentionRecord, Resolution, SentenceAnalysis } from './model';

/** Heads a town and a club named after it share ("Stockport County", "Port Vale"). */
const CLUB_PLACE_HEAD = /^Port\s|\s(?:City|Town|County)$/u;
const RESULT_AFTER = /^(?:['’]s\s+(?:manager|striker|goalkeeper|midfielder|defender|captain|squad|players|fans|supporters|coach)\b|\s+(?:beat|beats|drew|draw|defeated|thrashed|edged|lost\s+\d|won\s+\d|\d{1,2}[-–]\d{1,2}\b))/u;
const RESULT_BEFORE = /\b(?:beat|beats|drew\s+with|draw\s+with|lost\s+to|losing\s+to|defeated|thrashed|edged|against|derby\s+with|\d{1,2}[-–]\d{1,2}\s+(?:win|defeat|loss|draw)\s+(?:over|to|with|against))\s+$/u;

export function checkClubs(resolution: Resolution, analyses: readonly SentenceAnalysis[], records: readonly MentionRecord[]): void {
  const textOf = new Map(analyses.map((analysis) => [analysis.sentence.id, analysis.sentence.text]));
  for (const record of records) {
    const cluster = resolution.clusters.get(record.clusterKey);
    if (cluster?.type !== 'place' || cluster.knownName !== undefined || !CLUB_PLACE_HEAD.test(record.text.replace(/['’]s?$/u, ''))) continue;
    const text = textOf.get(record.sentenceId) ?? '';
    const end = record.text.endsWith('s') && /['’]s$/u.test(record.text) ? record.end - 2 : record.end;
    if (RESULT_AFTER.test(text.slice(end, end + 30)) || RESULT_BEFORE.test(text.slice(Math.max(0, record.start - 30), record.start))) {
      resolution.clusters.set(record.clusterKey, { ...cluster, type: 'organization' });
    }
  }
}
