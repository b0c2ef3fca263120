/**
 * Leads: where an outlet with no evidence on an event may still speak of it.
 *
 * "Not reported by X" is a claim about X, and the ingest places only part of an outlet's sentences on their events:
 * a happening told without a date, in other words, or split into two events leaves X looking silent. So for each
 * event and each outlet with no evidence on it, X's sentences are searched for what would make them about the event:
 * - one of the people or bodies the event's evidence names (by entity, so "Cho" and "Cho Tae-yul" are one), or
 * - when the sentence speaks of the event's kind of happening (its trigger words: "impeached", "talks"), one of the
 *   event's places;
 * and nothing in it puts it elsewhere: a day of its own outside the event's days (give or take one, for zones), or a
 * place on events all dated elsewhere. What is found is a lead for the reader, not evidence: it is never placed on the
 * event. An outlet with no lead whose articles still name one of the event's people or bodies anywhere (a sentence
 * dated elsewhere, a byline, a surname in capitals or in the other order, past the cap) is listed as naming them; only
 * an outlet with neither may be said to have no sentence naming them.
 */
import type { Article, DateMention, Entity, Lead, TimelineEvent } from '../../lib/corpus/schema';
import { familyOf, findTriggers, isEventKind } from '../knowledge/event-triggers';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/days';
import type { Stage } from '../types';

export interface LeadInput {
  events: TimelineEvent[];
  articles: Article[];
  entities: Entity[];
  dates: DateMention[];
}

/** Leads kept per silent outlet: the strongest two are enough to check; more would be a search result. */
export const LEADS_PER_OUTLET = 2;
/** Leads kept per event, across outlets, so a hundred-outlet corpus's event files stay small. */
export const LEADS_PER_EVENT = 24;
/** Names shown as checked: the check uses every one, the reader is told of the most named. */
const CHECKED_NAMES_SHOWN = 5;

interface SentenceFacts {
  id: string;
  articleId: string;
  outletId: string | null;
  text: string;
  /** Its own days (day-precision date mentions), as day numbers: start, end, start, end… */
  days: number[];
  /** The days of the events it is evidence of, the same way. */
  placed: number[];
}

/**
 * Names searched per event: the most named of its people and bodies, and of its repeated name words. A lead needs
 * one; past these, a name is named once in passing and finds the same sentences as the rest.
 */
const NAMES_SEARCHED = 8;

export const findLeads: Stage<Record<string, never>, LeadInput, TimelineEvent[]> = (_context, { events, articles, entities, dates }) => {
  // Sentences by number (reading order across the corpus), with what the search reads of them in flat arrays: at a
  // thousand articles one name is in thousands of sentences, and every event of the story asks for it.
  const facts: SentenceFacts[] = [];
  const numberOf = new Map<string, number>();
  const outletIndex = new Map<string, number>();
  for (const article of articles) {
    if (article.outletId !== null && !outletIndex.has(article.outletId)) outletIndex.set(article.outletId, outletIndex.size);
    for (const sentence of article.sentences) {
      // A byline or a dateline names the reporter and the filing place, not the story.
      if (sentence.kind === 'byline' || sentence.kind === 'dateline') continue;
      numberOf.set(sentence.id, facts.length);
      facts.push({ id: sentence.id, articleId: article.id, outletId: article.outletId, text: sentence.text, days: [], placed: [] });
    }
  }
  const count = facts.length;
  // What each outlet's articles name anywhere, bylines and datelines included: the entities, and every word folded to
  // lower case (a surname in capitals, after an initial or before the given name is still that surname).
  const namedByOutlet = new Map<string, Set<string>>();
  const wordsByOutlet = new Map<string, Set<string>>();
  const mentionedIn = new Map<string, string>();
  for (const article of articles) {
    if (article.outletId === null) continue;
    const words = wordsByOutlet.get(article.outletId) ?? wordsByOutlet.set(article.outletId, new Set()).get(article.outletId)!;
    for (const sentence of article.sentences) {
      mentionedIn.set(sentence.id, article.outletId);
      // "MARWICK'S" is Marwick's: the possessive off.
      for (const word of sentence.text.toLowerCase().match(WORD) ?? []) words.add(word.replace(/['’]s$/u, ''));
    }
  }
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const outletId = mentionedIn.get(mention.sentenceId);
      if (outletId) (namedByOutlet.get(outletId) ?? namedByOutlet.set(outletId, new Set()).get(outletId)!).add(entity.id);
    }
  }
  const outletOf = Int32Array.from(facts, (sentence) => (sentence.outletId === null ? -1 : outletIndex.get(sentence.outletId)!));
  for (const date of dates) {
    const at = numberOf.get(date.sentenceId);
    if (at === undefined || date.precision !== 'day' || date.start === null) continue;
    facts[at]!.days.push(dayNumber(date.start), dayNumber(date.end ?? date.start));
  }
  for (const event of events) {
    const [start, end] = [dayNumber(event.start), dayNumber(event.end ?? event.start)];
    for (const sentenceId of new Set(event.evidence.map((item) => item.sentenceId))) facts[numberOf.get(sentenceId) ?? -1]?.placed.push(start, end);
  }
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const namesBySentence = new Map<number, Set<string>>();
  const sentencesByName = new Map<string, number[]>();
  const spansBySentence = new Map<number, Array<[number, number]>>();
  for (const entity of entities) {
    const list: number[] = [];
    for (const mention of entity.mentions) {
      const at = numberOf.get(mention.sentenceId);
      if (at === undefined) continue;
      (spansBySentence.get(at) ?? spansBySentence.set(at, []).get(at)!).push([mention.start, mention.end]);
      const names = namesBySentence.get(at) ?? namesBySentence.set(at, new Set()).get(at)!;
      if (names.has(entity.id)) continue;
      names.add(entity.id);
      list.push(at);
    }
    sentencesByName.set(entity.id, list);
  }
  const termsBySentence = new Map<number, Set<string>>();
  const sentencesByTerm = new Map<string, number[]>();
  facts.forEach((sentence, at) => {
    const terms = nameWordsOf(sentence.text, spansBySentence.get(at) ?? []);
    if (terms.size === 0) return;
    termsBySentence.set(at, terms);
    for (const term of terms) (sentencesByTerm.get(term) ?? sentencesByTerm.set(term, []).get(term)!).push(at);
  });
  // Which families of happening word each sentence says, as bits, read once per sentence when first asked.
  const familyBit = new Map<string, number>();
  const bitOf = (family: string) => familyBit.get(family) ?? familyBit.set(family, 1 << Math.min(familyBit.size, 30)).get(family)!;
  const familyBits = new Int32Array(count).fill(-1);
  const saysFamilies = (at: number) => {
    if (familyBits[at] === -1) familyBits[at] = findTriggers(facts[at]!.text).reduce((bits, trigger) => bits | bitOf(familyOf(trigger.kind)), 0);
    return familyBits[at]!;
  };
  // A place's sentences by the family of happening word they say: a capital is named in most sentences of a story,
  // and an event asks only for those saying its own kind of happening.
  const placeFamilies = new Map<string, Map<number, number[]>>();
  const placeSentencesByFamily = (id: string): Map<number, number[]> => {
    let byFamily = placeFamilies.get(id);
    if (byFamily) return byFamily;
    byFamily = new Map();
    for (const at of sentencesByName.get(id) ?? []) {
      for (let bits = saysFamilies(at); bits !== 0; bits &= bits - 1) {
        const bit = bits & -bits;
        (byFamily.get(bit) ?? byFamily.set(bit, []).get(bit)!).push(at);
      }
    }
    placeFamilies.set(id, byFamily);
    return byFamily;
  };
  const triggerText = (at: number, families: ReadonlySet<string>): string | null => {
    const trigger = findTriggers(facts[at]!.text).find((candidate) => families.has(familyOf(candidate.kind)));
    return trigger ? facts[at]!.text.slice(trigger.start, trigger.end) : null;
  };

  // Per event: how many searched names a sentence has (0 = not touched) and whether a place with the event's kind
  // of happening brought it in; reset through `touched` after each event.
  const named = new Int32Array(count);
  const byPlace = new Uint8Array(count);
  const touched: number[] = [];
  const reportingOutlet = new Uint8Array(outletIndex.size);
  const topAt = new Int32Array(outletIndex.size * LEADS_PER_OUTLET).fill(-1);
  const topScore = new Int32Array(outletIndex.size * LEADS_PER_OUTLET);
  return events.map((event) => {
    const { actors, places } = namesOf(event, numberOf, namesBySentence, entityById);
    const terms = repeatedTerms(event, numberOf, termsBySentence);
    const families = new Set((event.kinds ?? []).filter(isEventKind).filter((kind) => kind !== 'action' && kind !== 'statement').map(familyOf));
    let familyMask = 0;
    for (const family of families) familyMask |= bitOf(family);
    // The event's days, a day wider each side: a report from a zone ahead or behind may date it a day off.
    const [from, to] = [dayNumber(event.start) - 1, dayNumber(event.end ?? event.start) + 1];
    const reporting = new Set(event.outlets);
    for (const outletId of event.outlets) {
      const index = outletIndex.get(outletId);
      if (index !== undefined) reportingOutlet[index] = 1;
    }
    const silent = (at: number) => outletOf[at]! >= 0 && reportingOutlet[outletOf[at]!] === 0;
    const touch = (at: number) => {
      if (named[at] === 0 && byPlace[at] === 0) touched.push(at);
    };

    // Every sentence of a silent outlet that names an actor or a repeated name word, or a place when it also speaks
    // of this kind of happening.
    for (const list of [...actors.slice(0, NAMES_SEARCHED).map((id) => sentencesByName.get(id)), ...terms.slice(0, NAMES_SEARCHED).map((term) => sentencesByTerm.get(term))]) {
      for (const at of list ?? []) {
        if (!silent(at)) continue;
        touch(at);
        named[at]!++;
      }
    }
    if (familyMask !== 0) {
      for (const id of places) {
        for (const [bit, list] of placeSentencesByFamily(id)) {
          if ((bit & familyMask) === 0) continue;
          for (const at of list) {
            if (!silent(at) || byPlace[at] !== 0) continue;
            touch(at);
            byPlace[at] = 1;
          }
        }
      }
    }

    // The strongest LEADS_PER_OUTLET per silent outlet, of those nothing puts on another day: kept in place, not
    // sorted per sentence (a common name brings tens of thousands per event at a thousand articles).
    const outletsFound: number[] = [];
    for (const at of touched) {
      const sentence = facts[at]!;
      // A day of its own decides; with none in the event's days, so does where the ingest placed it.
      if (sentence.days.length > 0 ? !overlaps(sentence.days, from, to) : sentence.placed.length > 0 && !overlaps(sentence.placed, from, to)) continue;
      const says = familyMask !== 0 && (saysFamilies(at) & familyMask) !== 0;
      const score = named[at]! * 2 + (says ? 3 : 0) + (sentence.placed.length === 0 ? 1 : 0);
      const base = outletOf[at]! * LEADS_PER_OUTLET;
      if (topAt[base] === -1) outletsFound.push(outletOf[at]!);
      // Insert into the outlet's slots, strongest first; a tie keeps the earlier sentence (touched is not in order).
      for (let slot = base; slot < base + LEADS_PER_OUTLET; slot++) {
        const there = topAt[slot]!;
        if (there !== -1 && (topScore[slot]! > score || (topScore[slot] === score && there < at))) continue;
        for (let move = base + LEADS_PER_OUTLET - 1; move > slot; move--) {
          topAt[move] = topAt[move - 1]!;
          topScore[move] = topScore[move - 1]!;
        }
        topAt[slot] = at;
        topScore[slot] = score;
        break;
      }
    }
    const kept: Array<{ at: number; score: number }> = [];
    for (const outlet of outletsFound) {
      for (let slot = outlet * LEADS_PER_OUTLET; slot < (outlet + 1) * LEADS_PER_OUTLET; slot++) {
        if (topAt[slot] !== -1) kept.push({ at: topAt[slot]!, score: topScore[slot]! });
        topAt[slot] = -1;
      }
    }
    kept.sort(strongestFirst);
    kept.length = Math.min(kept.length, LEADS_PER_EVENT);
    kept.sort((a, b) => a.at - b.at);
    const leads: Lead[] = kept.map(({ at }) => {
      const sentence = facts[at]!;
      const names = namesBySentence.get(at) ?? new Set<string>();
      const ownTerms = termsBySentence.get(at) ?? new Set<string>();
      const shared = [
        ...actors.slice(0, NAMES_SEARCHED).filter((id) => names.has(id)).map((id) => entityById.get(id)?.name ?? id),
        ...terms.slice(0, NAMES_SEARCHED).filter((term) => ownTerms.has(term)).map((term) => `“${term}”`),
      ];
      const trigger = familyMask !== 0 ? triggerText(at, families) : null;
      // Only the events of about that time: a sentence may also be placed on one of another day.
      let placedNear = 0;
      for (let pair = 0; pair < sentence.placed.length; pair += 2) if (sentence.placed[pair + 1]! >= from && sentence.placed[pair]! <= to) placedNear++;
      const place = byPlace[at] && shared.length === 0 ? places.find((id) => names.has(id)) : undefined;
      const reasons = [
        shared.length > 0 ? `names ${listOf(shared)}` : null,
        trigger ? `says “${trigger}”${place ? ` of ${entityById.get(place)?.name ?? place}` : ''}` : null,
        placedNear > 0 ? `placed on ${placedNear === 1 ? 'another event' : 'other events'} of about that time` : null,
      ].filter((reason) => reason !== null);
      return { outletId: sentence.outletId!, articleId: sentence.articleId, sentenceId: sentence.id, why: reasons.join('; ') };
    });
    for (const at of touched) {
      named[at] = 0;
      byPlace[at] = 0;
    }
    touched.length = 0;
    reportingOutlet.fill(0);
    const checked = actors.slice(0, CHECKED_NAMES_SHOWN);
    // Silent outlets with no lead that still name a checked person or body somewhere: never said to name none.
    const withLead = new Set(leads.map((lead) => lead.outletId));
    const surnames = checked.flatMap((id) => {
      const entity = entityById.get(id);
      if (entity?.type !== 'person') return [];
      return [...new Set([entity.name, ...entity.aliases].flatMap((name) => name.toLowerCase().match(WORD)?.slice(-1) ?? []))].filter((word) => word.length >= 3);
    });
    const namingOutlets = [...outletIndex.keys()].filter(
      (outletId) =>
        !reporting.has(outletId) &&
        !withLead.has(outletId) &&
        (checked.some((id) => namedByOutlet.get(outletId)?.has(id)) || surnames.some((word) => wordsByOutlet.get(outletId)?.has(word))),
    );
    return {
      ...event,
      ...(checked.length > 0 ? { checkedNames: checked } : {}),
      ...(namingOutlets.length > 0 ? { namingOutlets } : {}),
      ...(leads.length > 0 ? { leads } : {}),
    };
  });
};

const strongestFirst = (a: { score: number; at: number }, b: { score: number; at: number }) => b.score - a.score || a.at - b.at;

/** The people and bodies the event's evidence names, most named first, and its places. */
function namesOf(
  event: TimelineEvent,
  numberOf: ReadonlyMap<string, number>,
  namesBySentence: ReadonlyMap<number, Set<string>>,
  entityById: ReadonlyMap<string, Entity>,
): { actors: string[]; places: string[] } {
  const counts = new Map<string, number>();
  for (const sentenceId of new Set(event.evidence.map((item) => item.sentenceId))) {
    for (const id of namesBySentence.get(numberOf.get(sentenceId) ?? -1) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  return {
    actors: ranked.filter((id) => entityById.get(id)?.type !== 'place'),
    places: ranked.filter((id) => entityById.get(id)?.type === 'place'),
  };
}

/**
 * Capitalised words inside a sentence that no entity mention covers: what names a craft, a ship, a product or a
 * flight ("Vikram", "Dali", "Falcon"), which are not people, places or bodies. Not counted: the first word of a
 * sentence (capitalised by rule), days and months (dates), words of nationality ("Japanese"), and titles and
 * offices ("Foreign Minister", "the President"), which many people and bodies share.
 */
function nameWordsOf(text: string, spans: ReadonlyArray<[number, number]>): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(NAME_WORD)) {
    const start = match.index;
    const word = match[0];
    if (start === 0 || /[.!?:"“‘(]\s*$/u.test(text.slice(Math.max(0, start - 3), start))) continue;
    if (spans.some(([from, to]) => start >= from && start < to)) continue;
    if (CALENDAR_WORDS.has(word) || OFFICE_WORDS.has(word) || NATIONALITY.test(word) || NATIONALITY_WORDS.has(word)) continue;
    words.add(word);
  }
  return words;
}
/** A word of a name, for the surname check: letters, with inner apostrophes and hyphens. */
const WORD = /\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu;
const NAME_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}'’-]*[\p{L}\p{N}](?![\p{L}\p{N}])/gu;
const CALENDAR_WORDS = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, ...MONTH_NAMES.map((month) => month.slice(0, 3)), 'Sept']);
/** Most words of nationality end so in English ("Japanese", "Korean", "Indian", "British"). */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ese|ean|ian|ish|can)$/u;
const NATIONALITY_WORDS = new Set(['French', 'Dutch', 'Greek', 'Thai', 'Swiss', 'Czech', 'Filipino', 'Israeli', 'Pakistani', 'Iraqi', 'Saudi', 'Kuwaiti', 'Emirati', 'Qatari', 'Omani', 'Yemeni', 'Bangladeshi', 'Nepali', 'Somali']);
/** Titles, offices and kinds of body: words many people and bodies share, so they name none of them. */
const OFFICE_WORDS = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Ministers', 'Ministry', 'Secretary', 'Chancellor', 'Premier', 'Governor', 'Mayor', 'King', 'Queen',
  'Prince', 'Princess', 'Emperor', 'Senator', 'Sen', 'Rep', 'Representative', 'Congressman', 'Congresswoman', 'General', 'Gen', 'Chief', 'Director',
  'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Judge', 'Justice', 'Ambassador', 'Speaker', 'Foreign', 'Acting', 'Deputy', 'State', 'Council',
  'Committee', 'Department', 'Government', 'Parliament', 'Court', 'Assembly', 'Party', 'House', 'Office', 'Agency', 'Commission', 'Board',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sir', 'Lord', 'Lady', 'Captain', 'Capt', 'Officer', 'Commissioner', 'Inspector', 'Attorney', 'Prosecutor',
  'National', 'Federal', 'Central', 'International', 'Republic', 'United', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western',
]);

/** Name words the event's evidence repeats (in two sentences; its one sentence when it has one). */
function repeatedTerms(event: TimelineEvent, numberOf: ReadonlyMap<string, number>, termsBySentence: ReadonlyMap<number, Set<string>>): string[] {
  const sentenceIds = [...new Set(event.evidence.map((item) => item.sentenceId))];
  const counts = new Map<string, number>();
  for (const sentenceId of sentenceIds) for (const term of termsBySentence.get(numberOf.get(sentenceId) ?? -1) ?? []) counts.set(term, (counts.get(term) ?? 0) + 1);
  const least = sentenceIds.length === 1 ? 1 : 2;
  return [...counts].filter(([, count]) => count >= least).map(([term]) => term);
}

/** Days since 1970 of a YYYY-MM-DD day: whole numbers compare faster than strings, asked millions of times. */
const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** Whether any of the [start, end] pairs in `spans` meets from…to. */
function overlaps(spans: readonly number[], from: number, to: number): boolean {
  for (let pair = 0; pair < spans.length; pair += 2) if (spans[pair + 1]! >= from && spans[pair]! <= to) return true;
  return false;
}

const listOf = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
