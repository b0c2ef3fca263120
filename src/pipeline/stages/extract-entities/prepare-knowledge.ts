/**
 * Stage 0: the knowledge base turned into lexicons and sets, once per run.
 */
import type { EntityKnowledge } from '../../knowledge/entity-knowledge';
import { PhraseLexicon } from '../../text/tokens';
import { orgKey, type KnownValue, type PreparedKnowledge } from './model';

export function prepareKnowledge(knowledge: EntityKnowledge): PreparedKnowledge {
  const known = new PhraseLexicon<KnownValue>();
  for (const org of knowledge.organizations) {
    for (const surface of [org.name, ...org.aliases]) known.add(surface, { type: 'organization', key: orgKey(org.name) });
  }
  for (const place of knowledge.places) {
    for (const surface of [place.name, ...place.aliases]) known.add(surface, { type: 'place', key: place.name });
  }
  const placeNames = new Map<string, string>();
  for (const place of knowledge.places) for (const surface of [place.name, ...place.aliases]) if (!placeNames.has(surface)) placeNames.set(surface, place.name);
  const titles = new PhraseLexicon<true>();
  for (const title of knowledge.personTitles) titles.add(title, true);
  const speechCues = new PhraseLexicon<string>();
  for (const cue of knowledge.speechCues) speechCues.add(cue, cue);
  return {
    known,
    titles,
    placeNames,
    speechCues,
    // A title in the plural ("the two Ministers") names no one.
    stopWords: new Set([...knowledge.stopWords, ...knowledge.personTitles.filter((title) => /^\p{L}+$/u.test(title)).map((title) => `${title}s`)]),
    demonyms: new Set(knowledge.demonyms),
    // Place heads end a name as organisation heads do; only the entity's type differs.
    orgHeads: new Set([...knowledge.organizationHeads, ...knowledge.standaloneOrganizations, ...knowledge.placeHeads]),
    placeHeads: new Set(knowledge.placeHeads),
    standaloneOrgs: new Set(knowledge.standaloneOrganizations),
    eventHeads: new Set([...knowledge.eventHeads, ...knowledge.productHeads]),
    roleNouns: new Set(knowledge.roleNouns),
    connectors: new Set(knowledge.nameConnectors),
    auxiliaries: new Set(knowledge.speechAuxiliaries),
    knowledge,
  };
}
