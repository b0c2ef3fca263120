/**
 * Stage 8: the entities as published. A person's `name` is the most frequent
 * multi-word form (ties: first seen), shown as a reader writes it; an
 * organisation's is its most frequent non-acronym form; a place's is the
 * gazetteer's canonical name. Every other surface form seen is an alias.
 */
import type { Entity, EntityType, Mention } from '../../../lib/corpus/schema';
import { SHOUTED_WORD, SHOUTED_WORDS } from '../../text/names';
import { LOWERCASE_LETTER } from '../../text/tokens';
import { clusterType, type Cluster, type MentionRecord } from './model';

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const TYPE_PREFIX: Record<EntityType, string> = { person: 'person', place: 'place', organization: 'org' };

/** Most frequent of `surfaces` (in first-seen order); ties go to the first seen. */
function mostFrequent(surfaces: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const surface of surfaces) counts.set(surface, (counts.get(surface) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [surface, count] of counts) {
    if (count > bestCount) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}


function canonicalName(cluster: Cluster, mentions: readonly MentionRecord[]): string {
  if (cluster.knownName) return cluster.knownName;
  if (cluster.type === 'place') return cluster.key.slice('place:'.length);
  const texts = mentions.map((m) => m.text);
  if (cluster.type === 'person') {
    // A name is shown as a reader writes it: "Takeshi Iwaya" over the ministry's "IWAYA Takeshi",
    // which, when it is the only form, is shown with its capitals lowered ("Iwaya Takeshi").
    const fullForms = mentions.filter((m) => m.fullForm).map((m) => m.text);
    const written = fullForms.filter((text) => !SHOUTED_WORD.test(text));
    const best = mostFrequent(written) ?? mostFrequent(fullForms) ?? mostFrequent(texts) ?? '';
    return best.replace(SHOUTED_WORDS, (word) => word.charAt(0) + word.slice(1).toLowerCase());
  }
  const longForms = texts.filter((t) => LOWERCASE_LETTER.test(t));
  return mostFrequent(longForms) ?? mostFrequent(texts) ?? '';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildEntities(clusters: Map<string, Cluster>, records: MentionRecord[]): Entity[] {
  records.sort((a, b) => a.articleIndex - b.articleIndex || a.sentenceIndex - b.sentenceIndex || a.start - b.start || a.end - b.end);
  const byCluster = new Map<string, MentionRecord[]>();
  for (const record of records) {
    const list = byCluster.get(record.clusterKey) ?? [];
    list.push(record);
    byCluster.set(record.clusterKey, list);
  }
  const drafts: Array<Omit<Entity, 'id'> & { base: string }> = [];
  for (const [key, mentions] of byCluster) {
    const cluster = clusters.get(key) ?? { key, type: clusterType(key), order: Number.MAX_SAFE_INTEGER };
    const name = canonicalName(cluster, mentions);
    const aliases = [...new Set(mentions.map((m) => m.text))].filter((text) => text !== name);
    const output: Mention[] = mentions.map((m) => ({ articleId: m.articleId, sentenceId: m.sentenceId, start: m.start, end: m.end, text: m.text }));
    drafts.push({ base: `${TYPE_PREFIX[cluster.type]}-${slug(name) || 'unnamed'}`, name, type: cluster.type, aliases, mentions: output });
  }
  drafts.sort((a, b) => compareText(a.type, b.type) || compareText(a.name, b.name) || compareText(a.base, b.base) || b.mentions.length - a.mentions.length);
  const used = new Map<string, number>();
  return drafts.map(({ base, ...entity }) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...entity };
  });
}
