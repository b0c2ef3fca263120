/**
 * Stage 5: aliases merged across articles — one cluster per body, place and
 * person, and the lexicon of every surface form that names one. Person spellings
 * merge by name folding and rotation (src/pipeline/text/names.ts), never by lists;
 * a lone word is a person of its own only when nothing else explains it.
 */
import { capitalisedSurnameForms, foldName, nameRotations } from '../../text/names';
import { PhraseLexicon } from '../../text/tokens';
import { foundKey, orgKey, type Cluster, type Discoveries, type MentionValue, type OrgCandidate, type PersonCandidate, type PreparedKnowledge, type Resolution } from './model';

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

export function resolveClusters(prepared: PreparedKnowledge, discovered: Discoveries): Resolution {
  // A firm's name without its legal form is the firm's: "Harrow Bay" of "Harrow Bay Ltd" is no bay.
  const firmNames = new Set(discovered.organizations.flatMap((org) => org.aliases ?? []).map(foldName));
  // "faith in Lai": a word read as a place only from the words around it is a person's when a full name ends or opens with it.
  const personWords = new Set(discovered.people.filter((p) => p.units.length >= 2).flatMap((p) => [p.units[0] ?? '', p.units[p.units.length - 1] ?? '']).map(foldName));
  const keep = (org: OrgCandidate): boolean => org.type !== 'place' || (!firmNames.has(foldName(org.surface)) && !(org.byContext && personWords.has(foldName(org.surface))));
  const found: Discoveries = { ...discovered, organizations: withSpelledAcronyms(discovered.organizations.filter(keep)) };
  const clusters = new Map<string, Cluster>();
  const lexicon = new PhraseLexicon<MentionValue>();
  const addCluster = (cluster: Omit<Cluster, 'order'>): void => {
    if (!clusters.has(cluster.key)) clusters.set(cluster.key, { ...cluster, order: clusters.size });
  };

  // Organisations first: they win ties, and a run that is an organisation is not a person.
  for (const org of prepared.knowledge.organizations) addCluster({ key: orgKey(org.name), type: 'organization', knownName: org.name });
  for (const org of found.organizations) addCluster({ key: foundKey(org), type: org.type });
  for (const org of prepared.knowledge.organizations) {
    for (const surface of [org.name, ...org.aliases]) lexicon.add(surface, { clusterKey: orgKey(org.name), fullForm: true });
  }
  for (const org of found.organizations) {
    lexicon.add(org.surface, { clusterKey: foundKey(org), fullForm: true });
    if (org.acronym) lexicon.add(org.acronym, { clusterKey: foundKey(org), fullForm: false });
  }
  for (const org of found.organizations) for (const alias of org.aliases ?? []) lexicon.add(alias, { clusterKey: foundKey(org), fullForm: true });

  const people = clusterPeople(found, clusters);
  // A second name given in the text ("also known as "SBF"") names the same person wherever it stands.
  for (const { name, alias } of found.aliases) {
    const key = people.surfaceToCluster.get(name);
    if (key && !people.surfaceToCluster.has(alias)) people.surfaceToCluster.set(alias, key);
  }
  for (const [surface, key] of people.surfaceToCluster) lexicon.add(surface, { clusterKey: key, fullForm: true });
  for (const place of prepared.knowledge.places) {
    const key = `place:${place.name}`;
    for (const surface of [place.name, ...place.aliases]) lexicon.add(surface, { clusterKey: key, fullForm: true, gazetteer: true });
  }
  const orgShortForms = new Map<string, string>();
  for (const org of found.organizations) {
    // "Foreign" of "Foreign Ministry" is a word ("foreign" is written too), not the body's own name.
    const folded = org.shortName && !found.lowercaseWords.has(org.shortName.toLowerCase()) ? foldName(org.shortName) : '';
    if (folded && !people.shortForms.has(folded) && !orgShortForms.has(folded)) orgShortForms.set(folded, foundKey(org));
  }
  return { clusters, lexicon, shortForms: people.shortForms, orgShortForms };
}

/** Initials of a body's capitalised words: "National Transportation Safety Board" → "NTSB". */
function initialsOf(surface: string): string {
  const words = surface.split(/\s+/u).filter((word) => /^\p{Lu}\p{Ll}/u.test(word));
  return words.length >= 2 ? words.map((word) => word[0]).join('') : '';
}

/**
 * "the NTSB said" in one sentence, "the National Transportation Safety Board" in another: an
 * acronym found alone whose letters are the initials of exactly one body found in full names
 * that body, as "Long Name (ACRONYM)" would have said.
 */
function withSpelledAcronyms(organizations: readonly OrgCandidate[]): OrgCandidate[] {
  const byInitials = new Map<string, OrgCandidate | null>();
  for (const org of organizations) {
    const initials = org.type === 'organization' ? initialsOf(org.surface) : '';
    if (initials) byInitials.set(initials, byInitials.has(initials) && byInitials.get(initials)?.surface !== org.surface ? null : org);
  }
  return organizations.map((org) => {
    if (org.type !== 'organization' || org.acronym || !/^\p{Lu}{2,6}$/u.test(org.surface)) return org;
    const full = byInitials.get(org.surface);
    return full ? { surface: full.surface, type: 'organization', acronym: org.surface } : org;
  });
}

function clusterPeople(found: Discoveries, clusters: Map<string, Cluster>): { surfaceToCluster: Map<string, string>; shortForms: Map<string, string[]> } {
  const orgFolds = new Set(found.organizations.map((org) => foldName(org.surface)));
  // A firm's own word ("Tessel said") is the firm, not a person of its own.
  const firmWords = new Set(found.organizations.flatMap((org) => (org.shortName && !found.lowercaseWords.has(org.shortName.toLowerCase()) ? [foldName(org.shortName)] : [])));
  // A run that opens with a place found by its head ("Muan Sports Park") is that place's, not a person.
  const foundPlaces = new Set(found.organizations.filter((org) => org.type === 'place').map((org) => foldName(org.surface)));
  // A sentence-opening word written in lowercase elsewhere ("Voters Sent …") is a common word, not a given name.
  const commonOpening = (p: PersonCandidate): boolean => p.initial && p.cue !== 'title' && p.cue !== 'role' && found.lowercaseWords.has((p.units[0] ?? '').toLowerCase());
  const multi = found.people.filter(
    (p) => p.units.length >= 2 && !orgFolds.has(foldName(p.surface)) && !foundPlaces.has(foldName(p.units[0] ?? '')) && !commonOpening(p),
  );

  const union = new UnionFind();
  const rotationOwner = new Map<string, string>();
  for (const person of multi) {
    union.find(person.surface);
    for (const rotation of nameRotations(person.units)) {
      const owner = rotationOwner.get(rotation);
      if (owner) union.union(owner, person.surface);
      else rotationOwner.set(rotation, person.surface);
    }
  }

  const surfaceToCluster = new Map<string, string>();
  const shortForms = new Map<string, string[]>();
  const addShortForm = (word: string, key: string): void => {
    const folded = foldName(word);
    const list = shortForms.get(folded) ?? [];
    if (!list.includes(key)) list.push(key);
    shortForms.set(folded, list);
  };
  for (const person of multi) {
    const key = `person:${union.find(person.surface)}`;
    if (!clusters.has(key)) clusters.set(key, { key, type: 'person', order: clusters.size });
    surfaceToCluster.set(person.surface, key);
    addShortForm(person.units[0] ?? '', key);
    addShortForm(person.units[person.units.length - 1] ?? '', key);
  }
  // The same names in ministry style, surname in capitals at either end, so "ISHIBA Shigeru"
  // is found wherever "Shigeru Ishiba" is known; added after every written form, which win a tie.
  for (const person of multi) {
    const key = surfaceToCluster.get(person.surface);
    if (key) for (const variant of capitalisedSurnameForms(person.units)) if (!surfaceToCluster.has(variant)) surfaceToCluster.set(variant, key);
  }

  // A lone word ("Trump said") joins a full name through the short forms; it is a
  // person of its own only when nothing else explains it and its capital letter
  // means something (a title cue, or seen capitalised mid-sentence).
  for (const person of found.people) {
    if (person.units.length !== 1) continue;
    const word = person.units[0] ?? '';
    if (shortForms.has(foldName(word)) || orgFolds.has(foldName(word)) || firmWords.has(foldName(word))) continue;
    const cued = person.cue === 'title' || person.cue === 'role';
    // "Voters said …" where "voters" is written elsewhere: a common noun that opens a sentence.
    if (!cued && found.lowercaseWords.has(word.toLowerCase())) continue;
    const trusted = cued || !person.initial || found.capitalisedMidSentence.has(word);
    if (!trusted) continue;
    const key = `person:${word}`;
    clusters.set(key, { key, type: 'person', order: clusters.size });
    addShortForm(word, key);
  }
  return { surfaceToCluster, shortForms };
}
