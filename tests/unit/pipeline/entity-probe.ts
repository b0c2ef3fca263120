/**
 * The harness the entity probes share: made-up pages (the first line of each its headline) through the whole ingest,
 * each from its own desk with a pinned publication day, and what a probe expects of the names found on them.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus, Entity, EntityType } from '../../../src/lib/corpus/schema';
import { ingestStory } from '../ingest-story';

export const PUBLISHED = '2031-05-14T09:00:00+00:00';

export interface Probe {
  title: string;
  /** One page per entry: its lines, the first being the headline. */
  pages: string[][];
  /** Each of these is the name of a person. */
  persons?: string[];
  /** No person has this name or alias. */
  notPersons?: string[];
  /** An entity with this name has this type. */
  kinds?: [string, EntityType][];
  /** No entity of this type has this name or alias. */
  notKinds?: [string, EntityType][];
  /** These two mention texts name one entity. */
  same?: [string, string][];
  /** These two mention texts name two different entities (both found). */
  apart?: [string, string][];
  /** How many people the pages name. */
  people?: number;
  gap?: boolean;
}

export function ingest(pages: string[][]): Corpus {
  return ingestStory(
    Object.fromEntries(pages.map((lines, index) => [`p${index + 1}_probe.txt`, { outlet: `desk-${index + 1}`, publishedAt: PUBLISHED, lines: [lines[0] ?? '', '', ...lines.slice(1).flatMap((line) => [line, ''])] }])),
  );
}

export const named = (entity: Entity, text: string): boolean => entity.name === text || entity.aliases.includes(text);
const entityOfMention = (entities: readonly Entity[], text: string): Entity | undefined => entities.find((entity) => entity.mentions.some((mention) => mention.text === text));

function check(probe: Probe): void {
  const { entities } = ingest(probe.pages);
  const people = entities.filter((entity) => entity.type === 'person');
  for (const name of probe.persons ?? []) expect(people.map((person) => person.name), `person ${name}`).toContain(name);
  for (const name of probe.notPersons ?? []) expect(people.filter((person) => named(person, name)).map((person) => person.name), `not a person: ${name}`).toEqual([]);
  for (const [name, type] of probe.kinds ?? []) expect(entities.filter((entity) => entity.name === name).map((entity) => entity.type), `${name} is a ${type}`).toContain(type);
  for (const [name, type] of probe.notKinds ?? []) expect(entities.filter((entity) => entity.type === type && named(entity, name)).map((entity) => entity.name), `${name} is no ${type}`).toEqual([]);
  if (probe.people !== undefined) expect(people.map((person) => person.name), 'people').toHaveLength(probe.people);
  for (const [a, b] of probe.same ?? []) {
    const first = entityOfMention(entities, a);
    expect(first, `found: ${a}`).toBeDefined();
    expect(entityOfMention(entities, b)?.id, `${a} = ${b}`).toBe(first?.id);
  }
  for (const [a, b] of probe.apart ?? []) {
    const first = entityOfMention(entities, a);
    const second = entityOfMention(entities, b);
    expect(first, `found: ${a}`).toBeDefined();
    expect(second, `found: ${b}`).toBeDefined();
    expect(second?.id, `${a} ≠ ${b}`).not.toBe(first?.id);
  }
}


/** One describe per group, one test per probe; a probe marked `gap` is expected to fail until its rule is fixed. */
export function runProbes(title: string, probes: Record<string, Probe[]>): void {
  describe(title, () => {
    for (const [group, list] of Object.entries(probes)) {
      describe(group, () => {
        for (const probe of list) (probe.gap ? it.fails : it)(probe.title, () => check(probe));
      });
    }
  });
}
