/**
 * Stage 8: a "person" the text itself speaks of as a thing is not a person.
 * Names are found by their shape ("Delta Meltdown" in a print-edition line,
 * "Microsoft Windows"), and a lone word then joins them ("Delta"). What the
 * sentences say after the name settles it: "Delta, which is based in Atlanta",
 * "Delta says … its crew-tracking system" speak of a body; "he", "she", "his",
 * "her", ", who" of a person. A cluster with more thing than person references,
 * and at least two, becomes a body; its lone words go to the firm that word
 * names alone, when there is one ("Delta" → Delta Air Lines).
 */
import { foldName } from '../../text/names';
import { PRODUCT_NOUN } from './check-products';
import { FIRM_AFTER, FIRM_BEFORE, orgKey, type Cluster, type MentionRecord, type Resolution, type SentenceAnalysis } from './model';

/** How far after a name its pronoun is looked for (characters). */
const REACH = 80;
/**
 * ", which …", or "its" as the name's own possessive within a few words ("Delta wants its $500 million back"). Not
 * across a verb of saying or another noun phrase: in "Ben Carter said the firm had checked its suppliers", "its" is
 * the firm's.
 */
const THING_AFTER = /^(?:,\s+which\b|(?:\s+(?!(?:said|says|told|tells|added|adds|the|a|an|that|this|his|her|their)\b)[\p{Ll}-]+){0,2}\s+(?:its|itself)\b)/iu;
const PERSON_AFTER = /^(?:,\s+(?:who|whose)\b|[^.;:!?"“”]*?\b(?:he|she|his|her|him|himself|herself)\b)/i;
/** An article right before the name: with a machine or software noun after it ("a Vantor update"), the name is a maker's. */
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|the)\s+$/iu;
/**
 * A name set, as an employer or a side, before a member's role and that member's name: "Unite regional officer Karen
 * Doyle", "Bramblebay spokeswoman Leah Duncan", "Super Eagles star Okafor", "Super Eagles coach Finidi George". A person is not named so before another.
 * The one lower-case word allowed before the role qualifies it ("regional"); a connective joins a second person to the
 * first ("Manager Rosa Vidal and captain Ivo Kral"), so it is none.
 */
const EMPLOYER_BEFORE = /^\s+(?:(?!(?:and|or|nor|but|with|as|while|then|to|from|for|by)\s)[\p{Ll}-]+\s+)?(?:spokes(?:wo)?man|spokesperson|officer|official|star|striker|captain|negotiator|representative|organi[sz]er|coach|manager|boss|chairman|owner|goalkeeper|defender|midfielder|winger|skipper)\s+\p{Lu}\p{Ll}/u;
/** A maker's act on its goods, by count: "X is recalling about 310,000 strollers", "X recalled 14,000 heaters". */
const RECALLS_GOODS = /^\s+(?:(?:is|are|has|have|had)\s+)?recall(?:s|ed|ing)\s+(?:(?:about|some|nearly|almost|around|over|more\s+than)\s+)?\d/u;
/**
 * A name ending on an industry that no list of a body's heads can hold, since a ministry's list of portfolios ends on
 * it too ("Ministry of Ports, Fisheries and Shipping"): "Oceanus Shipping", "Tarn Mining", "Velder Energy" are firms.
 */
const TRADE_LAST = /\s(?:Shipping|Freight|Mining|Energy|Tankers|Shipbuilding|Brewing|Brewery|Bakery|Dairy|Metals|Minerals|Mines|Motors|Textiles|Plastics|Refining|Refinery|Cement|Timber|Lumber|Robotics|Biotech|Therapeutics|Semiconductors|Fertili[sz]ers|Shipyards?|Drilling|Airlines|Chemicals|Pharmaceuticals|Logistics|Steelworks)$/u;
/**
 * A name opening on a word that opens place names and no person's ("San Jose", "Puerto Limón", "Fort Kell", "Bandar
 * Abbas", "Kota Bharu"), written after a preposition of place ("in San Jose"): a town, where the text never calls it
 * he or she. The words of PORT_OPENING open no person's name in any language, so they need no preposition ("Santa
 * Cruz and Bandar Seri Begawan were hit"); "San", "Los" may ("Aung San Suu Kyi"), so they do.
 */
const PLACE_OPENING = /^(?:San|Santa|Santo|São|Sao|Puerto|Porto|Port|Fort|Los|Las|Bandar|Kuala|Kota|Tanjung|Sungai|Pulau|Bukit|Nakhon|Ciudad)\s\p{Lu}/u;
const PORT_OPENING = /^(?:Santa|Puerto|Porto|Port|Fort|Bandar|Kuala|Kota|Tanjung|Sungai|Pulau|Bukit|Nakhon|Ciudad)\s\p{Lu}/u;
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|from|to|off|outside|across|around|toward|towards)\s+$/iu;
/**
 * A vessel's noun or "aboard the" right before a name: "the oil tanker Marisol Star", "sailors aboard the Marisol Star".
 * Not "aboard" alone: "aboard Ruiz's plane" names the plane's owner, "brought aboard Leo Brandt" a new hire.
 */
const VESSEL_BEFORE = /(?:\b(?:tanker|ship|vessel|freighter|ferry|yacht|trawler|boat|liner|barge|tugboat|frigate|destroyer|submarine|warship|cutter)\s+|\baboard\s+the\s+)$/iu;
/** Thing references a person cluster needs, more than its person references, to become a body. */
const MIN_THING_REFERENCES = 2;

/**
 * `outletNames`: the folded names of the corpus's outlets. An outlet is a body, so a "person" named as one is
 * the outlet ("engineers told Bytefront" on Bytefront's own page).
 */
export function checkPersonKinds(resolution: Resolution, analyses: readonly SentenceAnalysis[], records: MentionRecord[], outletNames: ReadonlySet<string> = new Set()): MentionRecord[] {
  const textOf = new Map(analyses.map((analysis) => [analysis.sentence.id, analysis.sentence.text]));
  const evidence = new Map<string, { thing: number; person: number; made: number; vessel: number; place: number; other: number }>();
  // The last words of each person cluster's longer forms: "Mercer" of "Tom Mercer" is a surname, and "Mercer spokesman
  // Dan Webb" names a person's spokesman, not an employer.
  const surnames = new Map<string, Set<string>>();
  for (const record of records) {
    const words = record.text.replace(/['’]s?$/u, '').split(/\s+/u);
    if (words.length < 2 || resolution.clusters.get(record.clusterKey)?.type !== 'person') continue;
    const set = surnames.get(record.clusterKey) ?? new Set<string>();
    set.add(words.at(-1)!);
    surnames.set(record.clusterKey, set);
  }
  const isSurname = (record: MentionRecord) => !/\s/u.test(record.text) && (surnames.get(record.clusterKey)?.has(record.text.replace(/['’]s?$/u, '')) ?? false);
  const employs = (record: MentionRecord, after: string) => EMPLOYER_BEFORE.test(after) && !isSurname(record);
  for (const record of records) {
    const cluster = resolution.clusters.get(record.clusterKey);
    if (cluster?.type !== 'person') continue;
    const text = textOf.get(record.sentenceId) ?? '';
    const after = text.slice(record.end, record.end + REACH);
    const counts = evidence.get(record.clusterKey) ?? { thing: 0, person: 0, made: 0, vessel: 0, place: 0, other: 0 };
    // Every full form must open as a place's name does; a lone word of the cluster counts for neither side.
    if (record.fullForm && !PLACE_OPENING.test(record.text)) counts.other += 1;
    else if (PORT_OPENING.test(record.text) || (PLACE_OPENING.test(record.text) && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, record.start - 12), record.start)))) counts.place += 1;
    if (VESSEL_BEFORE.test(text.slice(Math.max(0, record.start - 24), record.start))) counts.vessel += 1;
    // "a Vantor update", "the Vantor app": no person's name stands between an article and a machine noun.
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, record.start - 6), record.start)) && PRODUCT_NOUN.test(after)) counts.made += 1;
    else if (TRADE_LAST.test(record.text) || FIRM_AFTER.test(after) || employs(record, after) || RECALLS_GOODS.test(after) || FIRM_BEFORE.test(text.slice(Math.max(0, record.start - 40), record.start))) counts.made += 1;
    // The nearer of the two readings wins: "Delta told her it …" is about her. After an employer and its member's name,
    // "he" or "his" is the member's ("Super Eagles coach Finidi George said his players …").
    const thing = THING_AFTER.exec(after);
    const person = employs(record, after) ? null : PERSON_AFTER.exec(after);
    if (thing && (!person || thing[0].length < person[0].length)) counts.thing += 1;
    else if (person) counts.person += 1;
    evidence.set(record.clusterKey, counts);
  }
  const bodies = new Set<string>();
  // A ship is neither a person nor a body: its name goes from the index, unless the text also calls it he or she.
  const vessels = new Set([...evidence].filter(([, counts]) => counts.vessel > 0 && counts.person === 0).map(([key]) => key));
  if (vessels.size > 0) records = records.filter((record) => !vessels.has(record.clusterKey));
  for (const [key, { thing, person, made, place, other }] of evidence) {
    if (vessels.has(key)) continue;
    if (place > 0 && other === 0 && person === 0) {
      const cluster = resolution.clusters.get(key)!;
      const name = records.find((record) => record.clusterKey === key && PLACE_OPENING.test(record.text))?.text ?? '';
      resolution.clusters.set(key, { ...cluster, type: 'place', knownName: name.replace(/['’]s?$/u, '') });
      continue;
    }
    if ((thing >= MIN_THING_REFERENCES && thing > person) || (made > 0 && person === 0)) bodies.add(key);
  }
  for (const record of records) {
    // One word only: a writer's name taken for the outlet ("© Jane Park") must not make her a body.
    if (resolution.clusters.get(record.clusterKey)?.type === 'person' && !/\s/u.test(record.text) && outletNames.has(foldName(record.text.replace(/['’]s?$/u, '')))) bodies.add(record.clusterKey);
  }
  if (bodies.size === 0) return records;
  for (const key of bodies) {
    const cluster = resolution.clusters.get(key)!;
    // Named as bodies are, by the form the text uses most ("Delta", not a headline's "Delta Meltdown").
    const body: Cluster = { ...cluster, type: 'organization' };
    resolution.clusters.set(key, body);
  }
  // "Tarn Mining said …" and "Tarn shares fell": the firm's own first word, found as a body of its own by what is said
  // of it, is the firm that became a body here, not a second one.
  const firstWords = new Map<string, string>();
  for (const record of records) {
    const words = record.text.split(/\s+/u);
    if (bodies.has(record.clusterKey) && record.fullForm && words.length >= 2 && TRADE_LAST.test(record.text)) firstWords.set(orgKey(words[0]!), record.clusterKey);
  }
  return records.map((record) => {
    const firmOfWord = firstWords.get(record.clusterKey);
    if (firmOfWord && resolution.clusters.get(record.clusterKey)?.type === 'organization' && !resolution.clusters.get(record.clusterKey)?.knownName) return { ...record, clusterKey: firmOfWord };
    if (!bodies.has(record.clusterKey) || record.fullForm) return record;
    const firm = resolution.orgShortForms.get(foldName(record.text.replace(/['’]s?$/u, '')));
    return firm ? { ...record, clusterKey: firm } : record;
  });
}

