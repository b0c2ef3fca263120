/**
 * Entity extraction: people, places and organisations across the whole corpus.
 *
 * Two passes, so every occurrence of a name is found once the name is known:
 * discovery (candidate names, typed by their shape and cues), then mentions (a
 * longest-match scan of every discovered surface form, then lone name words
 * resolved per article). Each step is a small pure stage in this folder; shared
 * tokenising and name folding live in src/pipeline/text/, so no stage imports another.
 *
 * Everything is a single left-to-right scan with bounded look-around (names are at
 * most four words, organisation pre-modifiers at most six), so time is linear in
 * the text; the only regular expression over the text has no nested quantifiers.
 */
import type { Article, Entity } from '../../../lib/corpus/schema';
import type { EntityKnowledge } from '../../knowledge/entity-knowledge';
import { foldName } from '../../text/names';
import { buildEntities } from './build-entities';
import { checkClubs } from './check-clubs';
import { checkPersonKinds } from './check-person-kinds';
import { checkPlaceSurnames } from './check-place-surnames';
import { checkProducts } from './check-products';
import { resolveClusters } from './cluster-entities';
import { discoverOrganizations } from './discover-organizations';
import { discoverPeople } from './discover-people';
import { matchAllFullForms } from './match-full-forms';
import { prepareKnowledge } from './prepare-knowledge';
import { readSentences } from './read-sentences';
import { resolveLoneNames } from './resolve-lone-names';
import { selectSentences } from './select-sentences';

export interface EntityContext {
  knowledge: EntityKnowledge;
}

/**
 * The stages, in order:
 * 1. prepare knowledge — lexicons built once, not per sentence;
 * 2. select sentences — story sentences only: credit lines name who wrote, not who is in the story;
 * 3. read sentences — every unit classed once (repeated wire copy shares a reading), before any name rule;
 * 4. discover people — cues and bare runs; before clustering, which needs every candidate;
 * 5. discover organisations — head-noun runs and "Name (ACRONYM)"; a run that is a body is then not a person;
 * 6. cluster — across articles, so a surname alone may join a full name met in another article;
 * 7. match full forms — after clustering, so every occurrence of every known form is found;
 * 8. resolve lone names — after full forms: which person "Iwaya" is depends on the full names around it;
 * 9. check person kinds — after every mention is placed: whether the text speaks of a "person" as a thing ("its",
 *    ", which") reads all of its mentions;
 * 10. check products — after the kinds: a name only ever set before a machine noun ("Fenestra laptops") names a
 *     product, whatever kind it was given, and its maker's word ("Quillsoft") then names a body;
 * 11. check place surnames — after every full name is placed: "Jordan, 41," on a page naming Mara Jordan is her;
 * 12. check clubs — after every mention is placed: a town's name read as a place is a club where a result or a
 *     club's people are said of it ("Ashford City drew with Marlow Town");
 * 13. build entities — last: names, aliases and ids need every mention.
 */
export function extractEntities(context: EntityContext, articles: Article[]): Entity[] {
  const prepared = prepareKnowledge(context.knowledge);
  const analyses = readSentences(prepared, selectSentences(context.knowledge, articles));
  const people = discoverPeople(prepared, analyses);
  const organizations = discoverOrganizations(prepared, analyses);
  const resolution = resolveClusters(prepared, { ...people, organizations });
  const fullForms = matchAllFullForms(resolution, analyses);
  const loneNames = resolveLoneNames(resolution, analyses, fullForms);
  // The outlets' own names, as the pages or the manifest give them, and without their trade words ("Bytefront
  // Media" is "Bytefront" in its own copy): a body wherever a sentence names one.
  const outletNames = new Set(articles.flatMap((article) => (article.metadata.outlet.value ? outletForms(article.metadata.outlet.value).map(foldName) : [])));
  const kinds = checkPersonKinds(resolution, analyses, [...fullForms.mentions, ...loneNames], outletNames);
  const mentions = checkPlaceSurnames(analyses, checkProducts(prepared, resolution, analyses, kinds));
  checkClubs(resolution, analyses, mentions);
  return buildEntities(resolution.clusters, mentions);
}

/** Words an outlet's name may end on that its own copy drops: "Bytefront Media", "Lodestar News Ltd". */
const OUTLET_TRADE_WORDS = /\s+(?:Media|News|Group|Network|Online|Digital|Publishing|Ltd\.?|Inc\.?|LLC|PLC|Holdings)$/u;

function outletForms(name: string): string[] {
  const forms = [name];
  let short = name.replace(/^The\s+/u, '');
  while (OUTLET_TRADE_WORDS.test(short)) short = short.replace(OUTLET_TRADE_WORDS, '');
  if (short !== name && short.length > 0) forms.push(short);
  return forms;
}
