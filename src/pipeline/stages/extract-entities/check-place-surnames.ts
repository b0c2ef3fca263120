/**
 * Stage 11: a place's name that is the surname of a person named in full on the same page, written where only a
 * person stands ("Mara Jordan said …", then "Jordan, 41, said …" or "Ms Jordan"), is that person. The country
 * stays a country elsewhere: "Jordan closed its airspace" has no age, no speech verb and no title.
 */
import { foldName } from '../../text/names';
import { clusterType, type MentionRecord, type SentenceAnalysis } from './model';

/** What follows only a person: an age between commas, or a verb of saying. */
const PERSON_AFTER = /^(?:,\s+\d{1,3},|\s+(?:said|says|told|tells|added|adds|testified|wrote|recalled)\b)/u;
/** A courtesy title right before the name. */
const TITLE_BEFORE = /\b(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+$/u;

export function checkPlaceSurnames(analyses: readonly SentenceAnalysis[], records: MentionRecord[]): MentionRecord[] {
  const surnames = new Map<string, string>();
  for (const record of records) {
    if (!record.fullForm || clusterType(record.clusterKey) !== 'person') continue;
    const words = record.text.split(/\s+/u);
    if (words.length >= 2) surnames.set(`${record.articleId}\u0000${foldName(words[words.length - 1] ?? '')}`, record.clusterKey);
  }
  if (surnames.size === 0) return records;
  const textOf = new Map(analyses.map((analysis) => [analysis.sentence.id, analysis.sentence.text]));
  return records.map((record) => {
    if (clusterType(record.clusterKey) !== 'place') return record;
    const person = surnames.get(`${record.articleId}\u0000${foldName(record.text)}`);
    if (!person) return record;
    const text = textOf.get(record.sentenceId) ?? '';
    const placed = PERSON_AFTER.test(text.slice(record.end, record.end + 12)) || TITLE_BEFORE.test(text.slice(Math.max(0, record.start - 6), record.start));
    return placed ? { ...record, clusterKey: person, fullForm: false } : record;
  });
}
