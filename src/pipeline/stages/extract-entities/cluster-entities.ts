/**
 * Stage 5: aliases merged across articles — one cluster per body, place and
 * person, and the lexicon of every surface form that names one. Person spellings
 * merge by name folding and rotation (src/pipeline/text/names.ts), never by lists;
 * a lone word is a person of its own only when nothing else explains it.
 */
import { capitalisedSurnameForms, foldName, isNameParticle, isShortFirstName, nameRotations } from '../../text/names';
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
  // "faith in Lai": a word read as a place only from the words around it is a person's when a full name ends or opens
  // with it; so is a side read as a team only from a score ("Kerr 2-0 Sova" where Nadia Kerr plays).
  const personWords = new Set(discovered.people.filter((p) => p.units.length >= 2).flatMap((p) => [p.units[0] ?? '', p.units[p.units.length - 1] ?? '']).map(foldName));
  const keep = (org: OrgCandidate): boolean =>
    org.type === 'place' ? !firmNames.has(foldName(org.surface)) && !(org.byContext && personWords.has(foldName(org.surface))) : !(org.byContext && personWords.has(foldName(org.surface)));
  // "Lodestar Bank reported …" and "Lodestar shares rose": one word found as a body by what is said of it is the firm
  // whose own word it is, not a second body.
  const firmWords = new Map<string, OrgCandidate>();
  for (const org of discovered.organizations) if (org.type === 'organization' && org.shortName && !firmWords.has(foldName(org.shortName))) firmWords.set(foldName(org.shortName), org);
  const firmOfWord = (org: OrgCandidate): OrgCandidate | undefined =>
    org.type === 'organization' && !org.shortName && !/\s/u.test(org.surface) ? firmWords.get(foldName(org.surface)) : undefined;
  const absorbed = discovered.organizations.filter((org) => firmOfWord(org) !== undefined);
  const found: Discoveries = { ...discovered, organizations: withSpelledAcronyms(discovered.organizations.filter((org) => keep(org) && firmOfWord(org) === undefined)) };
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
  for (const org of absorbed) lexicon.add(org.surface, { clusterKey: foundKey(firmOfWord(org)!), fullForm: false });

  // "the Fed" where "the Federal Reserve" is found: a clipped first word after "the" names that one body.
  const clipped = clippedBodyNames(found);
  for (const [word, key] of clipped) lexicon.add(word, { clusterKey: key, fullForm: true });
  const people = clusterPeople(found, clusters, new Set([...clipped.keys()].map(foldName)));
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
  // "Nato", "Brics": a British house style writes an acronym as a word. A body's acronym of three to six capitals,
  // found or known, names it in that spelling too, where the word is no common word, stop word or person's name.
  const acronyms: [string, string][] = [
    ...prepared.knowledge.organizations.flatMap((org) => [org.name, ...org.aliases].map((surface): [string, string] => [surface, orgKey(org.name)])),
    ...found.organizations.filter((org) => org.type === 'organization').flatMap((org) => [org.surface, org.acronym ?? ''].map((surface): [string, string] => [surface, foundKey(org)])),
  ];
  for (const [surface, key] of acronyms) {
    if (!/^\p{Lu}{3,6}$/u.test(surface)) continue;
    const word = surface[0] + surface.slice(1).toLowerCase();
    if (found.lowercaseWords.has(word.toLowerCase()) || prepared.stopWords.has(word) || people.surfaceToCluster.has(word) || prepared.placeNames.has(word)) continue;
    lexicon.add(word, { clusterKey: key, fullForm: true });
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

/**
 * "the Fed" → the Federal Reserve, "the Met" → the Metropolitan Police: a word of three letters or
 * more seen after "the" that is the clipped front of the first word of exactly one body found in full.
 */
function clippedBodyNames(found: Discoveries): Map<string, string> {
  const clipped = new Map<string, string>();
  for (const word of found.determinedWords) {
    if (word.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(word) || found.lowercaseWords.has(word.toLowerCase())) continue;
    const keys = new Set(
      found.organizations.filter((org) => {
        const first = org.surface.split(/\s+/u)[0] ?? '';
        return org.type === 'organization' && org.surface.includes(' ') && first.length > word.length && first.startsWith(word);
      }).map(foundKey),
    );
    const only = [...keys][0];
    if (keys.size === 1 && only !== undefined) clipped.set(word, only);
  }
  return clipped;
}

/**
 * Two spellings whose words are the same in a rotated order ("Iwao Kenta", "Kenta Iwao") are one person only
 * when the pages say so: both on one page, the same title before both, a surname in capitals, or another
 * name rotated between the same two pages (the two outlets order names differently). Otherwise "Lee Min"
 * the player and "Min Lee" her coach stay two people.
 */
function rotationsToJoin(multi: readonly PersonCandidate[]): [string, string][] {
  interface Spelling { surface: string; articles: Set<string>; titles: Set<string>; capitals: boolean }
  const spellings = new Map<string, Spelling>();
  for (const person of multi) {
    const fold = foldName(person.units.join(''));
    const spelling = spellings.get(fold) ?? { surface: person.surface, articles: new Set<string>(), titles: new Set<string>(), capitals: false };
    spelling.articles.add(person.articleId);
    if (person.title) spelling.titles.add(person.title.toLowerCase());
    if (person.units.some((unit) => unit.length > 1 && unit === unit.toUpperCase())) spelling.capitals = true;
    spellings.set(fold, spelling);
  }
  const groups = new Map<string, string[]>();
  for (const [fold, spelling] of spellings) {
    const rotations = nameRotations(spelling.surface.split(/\s+/u));
    const key = [...rotations].sort()[0] ?? fold;
    groups.set(key, [...(groups.get(key) ?? []), fold]);
  }
  const pairs: { a: Spelling; b: Spelling; group: string }[] = [];
  for (const [group, folds] of groups) {
    for (let i = 0; i < folds.length; i += 1) for (let j = i + 1; j < folds.length; j += 1) {
      const a = spellings.get(folds[i] ?? '');
      const b = spellings.get(folds[j] ?? '');
      if (a && b) pairs.push({ a, b, group });
    }
  }
  // Page pairs across which some name is rotated, by rotation group.
  const pagePairs = new Map<string, Set<string>>();
  const pagePairKeys = (a: Spelling, b: Spelling): string[] => [...a.articles].flatMap((x) => [...b.articles].filter((y) => y !== x).map((y) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`)));
  for (const { a, b, group } of pairs) for (const key of pagePairKeys(a, b)) pagePairs.set(key, (pagePairs.get(key) ?? new Set()).add(group));
  const joined: [string, string][] = [];
  for (const { a, b, group } of pairs) {
    const onePage = [...a.articles].some((article) => b.articles.has(article));
    const sameTitle = [...a.titles].some((title) => b.titles.has(title));
    const outletsDiffer = pagePairKeys(a, b).some((key) => [...(pagePairs.get(key) ?? [])].some((other) => other !== group));
    if (onePage || sameTitle || a.capitals || b.capitals || outletsDiffer) joined.push([a.surface, b.surface]);
  }
  return joined;
}

/**
 * "Dan Reyes" is "Daniel Reyes", "Bill Grant" is "William Grant": a short form of a first name joins
 * the full form under the same surname, only when it can stand for one full form alone ("Dan" beside
 * both "Daniel" and "Danielle Reyes" stays apart).
 */
function shortFirstNamesToJoin(multi: readonly PersonCandidate[]): [string, string][] {
  const bySurname = new Map<string, Map<string, string>>();
  for (const person of multi) {
    const surname = foldName(person.units.slice(1).join(''));
    const first = foldName(person.units[0] ?? '');
    const names = bySurname.get(surname) ?? new Map<string, string>();
    if (!names.has(first)) names.set(first, person.surface);
    bySurname.set(surname, names);
  }
  const joined: [string, string][] = [];
  for (const names of bySurname.values()) {
    for (const [short, surface] of names) {
      const longer = [...names].filter(([full]) => full !== short && isShortFirstName(short, full));
      const only = longer[0];
      if (longer.length === 1 && only) joined.push([surface, only[1]]);
    }
  }
  return joined;
}

/**
 * "De la Cruz said" after "Ana de la Cruz": a name that opens with a particle is the surname of the one
 * person whose name ends with it.
 */
function particleSurnamesToJoin(multi: readonly PersonCandidate[]): [string, string][] {
  const joined: [string, string][] = [];
  for (const person of multi) {
    if (!isNameParticle(person.units[0] ?? '')) continue;
    const tail = foldName(person.units.join(''));
    const owners = new Set(
      multi
        .filter((other) => other.units.length > person.units.length && isNameParticle(other.units[other.units.length - person.units.length] ?? '') && foldName(other.units.slice(-person.units.length).join('')) === tail)
        .map((other) => foldName(other.units.join(''))),
    );
    const owner = multi.find((other) => owners.size === 1 && owners.has(foldName(other.units.join(''))));
    if (owner) joined.push([owner.surface, person.surface]);
  }
  return joined;
}

function clusterPeople(found: Discoveries, clusters: Map<string, Cluster>, clippedWords: ReadonlySet<string>): { surfaceToCluster: Map<string, string>; shortForms: Map<string, string[]> } {
  const orgFolds = new Set(found.organizations.map((org) => foldName(org.surface)));
  // A firm's own word ("Tessel said") is the firm, not a person of its own.
  const firmWords = new Set(found.organizations.flatMap((org) => (org.shortName && !found.lowercaseWords.has(org.shortName.toLowerCase()) ? [foldName(org.shortName)] : [])));
  // A run that opens with a place found by its head ("Muan Sports Park") is that place's, not a person.
  const foundPlaces = new Set(found.organizations.filter((org) => org.type === 'place').map((org) => foldName(org.surface)));
  // A sentence-opening word written in lowercase elsewhere ("Voters Sent …") is a common word, not a given name.
  const commonOpening = (p: PersonCandidate): boolean =>
    p.initial && p.cue !== 'title' && p.cue !== 'role' && found.lowercaseWords.has((p.units[0] ?? '').toLowerCase()) && !isNameParticle(p.units[0] ?? '');
  // The run's own speech cue also finds its last word alone ("Banks" of "Georgia Banks said"): it must be found alone more often.
  const loneCount = new Map<string, number>();
  const count = (word: string, by: number): void => void loneCount.set(foldName(word), (loneCount.get(foldName(word)) ?? 0) + by);
  for (const p of found.people) {
    if (p.units.length === 1) count(p.units[0] ?? '', 1);
    else if (p.surnameElsewhere && p.cue === 'speech') count(p.units[p.units.length - 1] ?? '', -1);
  }
  const loneWords = new Set([...loneCount].filter(([, n]) => n > 0).map(([word]) => word));
  const multi = found.people.filter(
    (p) =>
      p.units.length >= 2 &&
      !orgFolds.has(foldName(p.surface)) &&
      !foundPlaces.has(foldName(p.units[0] ?? '')) &&
      !commonOpening(p) &&
      !(p.surnameElsewhere && !loneWords.has(foldName(p.units[p.units.length - 1] ?? ''))),
  );

  const union = new UnionFind();
  // The same letters in the same order are one person ("Cho Tae-yul" = "Cho Tae Yul"); rotations, short
  // first names and particle surnames join by the rules above.
  const spellingOwner = new Map<string, string>();
  for (const person of multi) {
    union.find(person.surface);
    const fold = foldName(person.units.join(''));
    const owner = spellingOwner.get(fold);
    if (owner) union.union(owner, person.surface);
    else spellingOwner.set(fold, person.surface);
  }
  for (const [a, b] of [...rotationsToJoin(multi), ...shortFirstNamesToJoin(multi), ...particleSurnamesToJoin(multi)]) union.union(a, b);

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
    if (shortForms.has(foldName(word)) || orgFolds.has(foldName(word)) || firmWords.has(foldName(word)) || clippedWords.has(foldName(word))) continue;
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
