import type { Entity } from '../lib/corpus/schema';

/** One entity mention, as the stages that read sentences need it. */
export interface IndexedMention {
  entityId: string;
  type: Entity['type'];
  start: number;
  end: number;
}

/** Sentence id → the entity mentions inside it, built once per stage instead of scanning every entity per sentence. */
export type MentionIndex = Map<string, IndexedMention[]>;

export function indexMentions(entities: readonly Entity[]): MentionIndex {
  const index: MentionIndex = new Map();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const item = { entityId: entity.id, type: entity.type, start: mention.start, end: mention.end };
      const list = index.get(mention.sentenceId);
      if (list) list.push(item);
      else index.set(mention.sentenceId, [item]);
    }
  }
  return index;
}
