/**
 * Scores an ingested story folder against its hand-made gold (format in
 * tests/eval/README.md). Pure: corpus + gold + manifest facts in, counts out;
 * run.ts prints them and the baseline test compares them.
 */
import type { Corpus, Sentence } from '../../src/lib/corpus/schema';
import { namesHappening, titleShapeProblem } from './title-check';

export type Half = 'tune' | 'held-out';

export interface ArticleGold {
  half: Half;
  /** One of HOUSE_STYLES (evaluate.ts); the particulars go in styleNotes. */
  style: string;
  styleNotes?: string;
  outlet: string | null;
  outletInText: boolean;
  publishedAt: string | null;
  headline: string | null;
  byline: string | null;
  furniture: string[];
  dates: { sentence: string; text: string; value: string | null }[];
  events: { sentence: string; event: string }[];
  entities: { text: string; type: string; entity: string }[];
}

export interface StoryGold {
  story: string;
  events: Record<string, { title: string; date: string }>;
  articles: Record<string, ArticleGold>;
}

/** What the manifest already gave, so text reading is scored only where the text had to speak for itself. */
export interface ManifestFacts {
  outlet: Set<string>;
  publishedAt: Set<string>;
}

/** Raw counts; figures are ratios of these, so halves and stories add up. */
export interface Counts {
  articles: number;
  datesRight: number;
  datesGold: number;
  falseDates: number;
  nullTraps: number;
  eventPairsTp: number;
  eventPairsFp: number;
  eventPairsFn: number;
  eventsFromDurations: number;
  mentionsTp: number;
  mentionsFound: number;
  mentionsGold: number;
  outletRight: number;
  outletAsked: number;
  publishedRight: number;
  publishedAsked: number;
  headlineRight: number;
  furnitureLeaks: number;
  /** Gold dates missed, by cause: read as counts, so the held-out half can say why without quoting its text. */
  missNoSentence: number;
  missNotFound: number;
  missUnresolved: number;
  missWrongPublicationDay: number;
  missWrongValue: number;
  /**
   * Missed gold event pairs, by cause (counts only, like the date misses): a gold sentence the ingest did not split
   * out; both sentences on no event; one on no event; both on events but different ones, within one article or across
   * articles (the events dated the same day, or different days).
   */
  pairMissNoSentence: number;
  pairMissBothUnassigned: number;
  pairMissOneUnassigned: number;
  pairMissSameArticle: number;
  pairMissAcrossSameDay: number;
  pairMissAcrossOtherDay: number;
  /** False event pairs: two sentences of different gold happenings on one event, within one article or across articles. */
  pairFalseSameArticle: number;
  pairFalseAcross: number;
  /**
   * Event titles (title-check.ts): of the ingest events whose gold-keyed evidence is mostly one gold happening
   * (titleAsked), those whose title names it (titleRight); of all ingest events (titleEvents), those whose title is
   * broken by its shape alone (titleBroken). An event counts in the half most of its evidence sentences come from.
   */
  titleAsked: number;
  titleRight: number;
  titleEvents: number;
  titleBroken: number;
  /**
   * Silent outlets (leads.ts in the pipeline): for each ingest event with a gold happening and each outlet of its half
   * with no evidence on it, the app either offers leads (sentences that may speak of it) or says the outlet has no
   * sentence naming the event's people: silentStated counts the latter, silentWrong those of them whose outlet does
   * report the happening in gold (an outlet listed in namingOutlets is neither). leadsShown counts lead sentences,
   * leadsRight those that are gold sentences of it.
   */
  silentStated: number;
  silentWrong: number;
  leadsShown: number;
  leadsRight: number;
  /** Gold lines that point at no sentence: errors in the gold (or a sentence split the gold cannot see). */
  unmatched: string[];
  /** Per-item failures, for reading what still fails. */
  failures: string[];
}

export function emptyCounts(): Counts {
  return {
    articles: 0, datesRight: 0, datesGold: 0, falseDates: 0, nullTraps: 0,
    eventPairsTp: 0, eventPairsFp: 0, eventPairsFn: 0, eventsFromDurations: 0,
    mentionsTp: 0, mentionsFound: 0, mentionsGold: 0,
    outletRight: 0, outletAsked: 0, publishedRight: 0, publishedAsked: 0, headlineRight: 0, furnitureLeaks: 0,
    missNoSentence: 0, missNotFound: 0, missUnresolved: 0, missWrongPublicationDay: 0, missWrongValue: 0,
    pairMissNoSentence: 0, pairMissBothUnassigned: 0, pairMissOneUnassigned: 0, pairMissSameArticle: 0,
    pairMissAcrossSameDay: 0, pairMissAcrossOtherDay: 0, pairFalseSameArticle: 0, pairFalseAcross: 0,
    titleAsked: 0, titleRight: 0, titleEvents: 0, titleBroken: 0,
    silentStated: 0, silentWrong: 0, leadsShown: 0, leadsRight: 0,
    unmatched: [], failures: [],
  };
}

export function addCounts(into: Counts, from: Counts): Counts {
  for (const key of Object.keys(into) as (keyof Counts)[]) {
    const value = from[key];
    if (Array.isArray(value)) (into[key] as string[]).push(...value);
    else (into[key] as number) += value as number;
  }
  return into;
}

const fold = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();
const foldName = (text: string) => fold(text).toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N} ]+/gu, '');
const typeOf = (type: string) => (type === 'organisation' ? 'organization' : type);

/** One gold evidence sentence: its happening's key, its article, and the ingest sentence it matched (null: none). */
export interface EventItem {
  key: string;
  file: string;
  sentenceId: string | null;
}

type PairCounts = Pick<
  Counts,
  | 'eventPairsTp' | 'eventPairsFp' | 'eventPairsFn'
  | 'pairMissNoSentence' | 'pairMissBothUnassigned' | 'pairMissOneUnassigned' | 'pairMissSameArticle'
  | 'pairMissAcrossSameDay' | 'pairMissAcrossOtherDay' | 'pairFalseSameArticle' | 'pairFalseAcross'
>;

/**
 * Pairwise event scoring over one half's gold items: two gold sentences share a gold key ⇔ they share an ingest
 * event. A pair with a sentence the ingest never split out is counted as missed by that cause only (it is not in the
 * F1, which scores sentences that exist). Every missed pair (eventPairsFn) has exactly one other cause, and every false
 * pair (eventPairsFp) one of two.
 */
export function countEventPairs(items: readonly EventItem[], eventsBySentence: ReadonlyMap<string, ReadonlySet<string>>, startOf: ReadonlyMap<string, string>): PairCounts {
  const counts: PairCounts = {
    eventPairsTp: 0, eventPairsFp: 0, eventPairsFn: 0, pairMissNoSentence: 0, pairMissBothUnassigned: 0, pairMissOneUnassigned: 0,
    pairMissSameArticle: 0, pairMissAcrossSameDay: 0, pairMissAcrossOtherDay: 0, pairFalseSameArticle: 0, pairFalseAcross: 0,
  };
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const [x, y] = [items[a]!, items[b]!];
      const same = x.key === y.key;
      if (x.sentenceId === null || y.sentenceId === null) {
        if (same) counts.pairMissNoSentence++;
        continue;
      }
      if (x.sentenceId === y.sentenceId) continue;
      const ofX = [...(eventsBySentence.get(x.sentenceId) ?? [])];
      const ofY = [...(eventsBySentence.get(y.sentenceId) ?? [])];
      const together = ofX.some((id) => ofY.includes(id));
      const sameArticle = x.file === y.file;
      if (same && together) counts.eventPairsTp++;
      else if (together) {
        counts.eventPairsFp++;
        if (sameArticle) counts.pairFalseSameArticle++;
        else counts.pairFalseAcross++;
      } else if (same) {
        counts.eventPairsFn++;
        if (ofX.length === 0 && ofY.length === 0) counts.pairMissBothUnassigned++;
        else if (ofX.length === 0 || ofY.length === 0) counts.pairMissOneUnassigned++;
        else if (sameArticle) counts.pairMissSameArticle++;
        else if (ofX.some((id) => ofY.some((other) => startOf.get(id) !== undefined && startOf.get(id) === startOf.get(other)))) counts.pairMissAcrossSameDay++;
        else counts.pairMissAcrossOtherDay++;
      }
    }
  }
  return counts;
}

/** Score one story: counts per half. */
export function scoreStory(corpus: Corpus, gold: StoryGold, manifest: ManifestFacts): Record<Half, Counts> {
  const result: Record<Half, Counts> = { tune: emptyCounts(), 'held-out': emptyCounts() };
  const articleByFile = new Map(corpus.articles.map((article) => [article.file, article]));
  const outletName = new Map(corpus.outlets.map((outlet) => [outlet.id, outlet.name]));
  const eventsBySentence = new Map<string, Set<string>>();
  for (const event of corpus.events) {
    for (const item of event.evidence) {
      const set = eventsBySentence.get(item.sentenceId) ?? new Set<string>();
      set.add(event.id);
      eventsBySentence.set(item.sentenceId, set);
    }
  }
  const datesBySentence = new Map<string, Corpus['dates']>();
  for (const date of corpus.dates) datesBySentence.set(date.sentenceId, [...(datesBySentence.get(date.sentenceId) ?? []), date]);
  const eventItems: (EventItem & { half: Half; sentenceId: string })[] = [];
  const unmatchedEventItems: (EventItem & { half: Half })[] = [];
  const nullDateIds = new Set<string>();

  for (const [file, articleGold] of Object.entries(gold.articles)) {
    const counts = result[articleGold.half];
    counts.articles++;
    const article = articleByFile.get(file);
    if (!article) {
      counts.unmatched.push(`${file}: not ingested`);
      continue;
    }
    const sentenceFor = (substring: string): Sentence | undefined => {
      const needle = fold(substring);
      return article.sentences.find((sentence) => fold(sentence.text).includes(needle));
    };
    const note = (what: string) => counts.failures.push(`${file}: ${what}`);

    // Dates.
    for (const expected of articleGold.dates) {
      const sentence = sentenceFor(expected.sentence);
      if (expected.value !== null) counts.datesGold++;
      else counts.nullTraps++;
      if (!sentence) {
        counts.unmatched.push(`${file}: date sentence “${expected.sentence}”`);
        if (expected.value !== null) counts.missNoSentence++;
        continue;
      }
      const text = fold(expected.text).toLowerCase();
      const found = (datesBySentence.get(sentence.id) ?? []).filter((date) => {
        const mention = fold(date.text).toLowerCase();
        return mention.includes(text) || text.includes(mention);
      });
      if (expected.value === null) {
        const wrong = found.filter((date) => date.value !== null);
        if (wrong.length > 0) {
          counts.falseDates++;
          for (const date of wrong) nullDateIds.add(date.id);
          note(`“${expected.text}” read as a date (${wrong[0]!.value})`);
        }
      } else if (found.some((date) => date.value === expected.value)) {
        counts.datesRight++;
      } else {
        note(`“${expected.text}” → ${found.map((date) => date.value ?? 'unresolved').join(', ') || 'not found'}, gold ${expected.value}`);
        // A relative date can only be as right as the day it counts from.
        const dayWrong = articleGold.publishedAt !== null && article.publishedAt?.slice(0, 10) !== articleGold.publishedAt;
        if (found.length === 0) counts.missNotFound++;
        else if (dayWrong) counts.missWrongPublicationDay++;
        else if (found.every((date) => date.value === null)) counts.missUnresolved++;
        else counts.missWrongValue++;
      }
    }

    // Event evidence items, paired after all articles are read.
    for (const item of articleGold.events) {
      const sentence = sentenceFor(item.sentence);
      if (!sentence) {
        counts.unmatched.push(`${file}: event sentence “${item.sentence}”`);
        unmatchedEventItems.push({ half: articleGold.half, key: item.event, file, sentenceId: null });
      } else eventItems.push({ half: articleGold.half, key: item.event, file, sentenceId: sentence.id });
    }

    // Entity mentions: (text, type) multisets over the article's content sentences.
    const expectedMentions = new Map<string, number>();
    for (const entity of articleGold.entities) {
      const key = `${fold(entity.text)}|${typeOf(entity.type)}`;
      expectedMentions.set(key, (expectedMentions.get(key) ?? 0) + 1);
    }
    const foundMentions = new Map<string, number>();
    for (const entity of corpus.entities) {
      for (const mention of entity.mentions) {
        if (mention.articleId !== article.id) continue;
        const key = `${fold(mention.text)}|${entity.type}`;
        foundMentions.set(key, (foundMentions.get(key) ?? 0) + 1);
      }
    }
    for (const [key, count] of foundMentions) {
      const hit = Math.min(count, expectedMentions.get(key) ?? 0);
      counts.mentionsTp += hit;
      if (count > hit) note(`extra mention ${key} ×${count - hit}`);
    }
    for (const [key, count] of expectedMentions) {
      const missing = count - Math.min(count, foundMentions.get(key) ?? 0);
      if (missing > 0) note(`missed mention ${key} ×${missing}`);
    }
    counts.mentionsFound += [...foundMentions.values()].reduce((sum, count) => sum + count, 0);
    counts.mentionsGold += articleGold.entities.length;

    // Outlet and publication day, where the text had to give them.
    if (articleGold.outlet !== null && articleGold.outletInText && !manifest.outlet.has(file)) {
      counts.outletAsked++;
      const name = article.outletId ? (outletName.get(article.outletId) ?? '') : '';
      const [got, want] = [foldName(name), foldName(articleGold.outlet)];
      if (got !== '' && (got.includes(want) || want.includes(got)) && !name.startsWith('Unattributed')) counts.outletRight++;
      else note(`outlet “${name}”, gold “${articleGold.outlet}”`);
    }
    if (articleGold.publishedAt !== null && !manifest.publishedAt.has(file)) {
      counts.publishedAsked++;
      if (article.publishedAt?.slice(0, 10) === articleGold.publishedAt) counts.publishedRight++;
      else note(`published ${article.publishedAt ?? 'unknown'}, gold ${articleGold.publishedAt}`);
    }
    if ((article.headline === null ? null : fold(article.headline)) === (articleGold.headline === null ? null : fold(articleGold.headline))) counts.headlineRight++;
    else note(`headline “${article.headline ?? '(none)'}”, gold “${articleGold.headline ?? '(none)'}”`);

    // Furniture that became content.
    for (const line of articleGold.furniture) {
      const needle = fold(line);
      if (needle.length < 3) continue;
      // Timestamp and byline lines the ingest keeps as metadata (dateline, byline) are not content: only story sentences leak.
      const leak = article.sentences.find((sentence) => {
        if (sentence.kind === 'dateline' || sentence.kind === 'byline') return false;
        const text = fold(sentence.text);
        // A short line (a masthead, "Meridian Wire") may stand inside prose by right; only a long one inside a sentence is a leak.
        return text === needle || (needle.split(' ').length >= 4 && text.includes(needle));
      });
      if (leak) {
        counts.furnitureLeaks++;
        note(`furniture kept: “${line}”`);
      }
    }
  }

  // Pairwise event clustering within each half (pairs of different sentences), with the causes of what is wrong.
  const startOf = new Map(corpus.events.map((event) => [event.id, event.start]));
  for (const half of ['tune', 'held-out'] as const) {
    const pairs = countEventPairs(
      [...eventItems, ...unmatchedEventItems].filter((item) => item.half === half),
      eventsBySentence,
      startOf,
    );
    addCounts(result[half], { ...emptyCounts(), ...pairs });
  }
  // Where each gold happening's sentences went, and which ingest events mix happenings: the pair counts above say how
  // much is wrong, this says what (read with --failures).
  const eventTitle = new Map(corpus.events.map((event) => [event.id, `${event.id} “${event.title}” ${event.start}`]));
  for (const half of ['tune', 'held-out'] as const) {
    const items = eventItems.filter((item) => item.half === half);
    const byKey = new Map<string, Map<string, number>>();
    const keysByEvent = new Map<string, Set<string>>();
    for (const item of items) {
      const spread = byKey.get(item.key) ?? new Map<string, number>();
      const ids = [...(eventsBySentence.get(item.sentenceId) ?? [])];
      for (const id of ids.length > 0 ? ids : ['(none)']) {
        spread.set(id, (spread.get(id) ?? 0) + 1);
        if (id !== '(none)') keysByEvent.set(id, (keysByEvent.get(id) ?? new Set()).add(item.key));
      }
      byKey.set(item.key, spread);
    }
    for (const [key, spread] of byKey) {
      if (spread.size < 2) continue;
      const parts = [...spread].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${eventTitle.get(id) ?? id} ×${n}`);
      result[half].failures.push(`event “${key}” split: ${parts.join(' · ')}`);
    }
    for (const [id, keys] of keysByEvent) {
      if (keys.size > 1) result[half].failures.push(`event ${eventTitle.get(id) ?? id} mixes: ${[...keys].join(', ')}`);
    }
  }

  // Titles: does each event's title name the gold happening most of its evidence is about, and is it whole?
  const goldKeysBySentence = new Map<string, string[]>();
  for (const item of eventItems) goldKeysBySentence.set(item.sentenceId, [...(goldKeysBySentence.get(item.sentenceId) ?? []), item.key]);
  const halfOfArticle = new Map(corpus.articles.map((article) => [article.id, gold.articles[article.file]?.half]));
  // Each event's half and gold happening, read once: the title and silent-outlet figures both use them.
  const checks = new Map(
    corpus.events.map((event) => [
      event.id,
      scoreTitle(
        event.title,
        event.evidence.map((item) => ({ half: halfOfArticle.get(item.articleId), keys: goldKeysBySentence.get(item.sentenceId) ?? [] })),
        gold.events,
      ),
    ]),
  );
  for (const event of corpus.events) {
    const check = checks.get(event.id);
    if (!check) continue;
    const counts = result[check.half];
    counts.titleEvents++;
    if (check.shape !== null) {
      counts.titleBroken++;
      counts.failures.push(`title “${event.title}” ${event.start}: ${check.shape}`);
    }
    if (check.key === null) continue;
    counts.titleAsked++;
    if (check.right) counts.titleRight++;
    else counts.failures.push(`title “${event.title}” ${event.start} does not name “${check.key}”: ${gold.events[check.key]?.title ?? '?'}`);
  }

  // Outlets shown as silent on an event: with leads to check, or said to name none of its people.
  const keysOfOutlet = new Map<string, Set<string>>();
  const outletsOfHalf: Record<Half, Set<string>> = { tune: new Set(), 'held-out': new Set() };
  for (const article of corpus.articles) {
    const articleGold = gold.articles[article.file];
    if (!articleGold || article.outletId === null) continue;
    outletsOfHalf[articleGold.half].add(article.outletId);
    const keys = keysOfOutlet.get(`${articleGold.half} ${article.outletId}`) ?? new Set<string>();
    for (const sentence of article.sentences) for (const key of goldKeysBySentence.get(sentence.id) ?? []) keys.add(key);
    keysOfOutlet.set(`${articleGold.half} ${article.outletId}`, keys);
  }
  for (const event of corpus.events) {
    const check = checks.get(event.id);
    if (!check || check.key === null) continue;
    const counts = result[check.half];
    for (const outletId of outletsOfHalf[check.half]) {
      if (event.outlets.includes(outletId)) continue;
      const reports = keysOfOutlet.get(`${check.half} ${outletId}`)?.has(check.key) ?? false;
      const leads = (event.leads ?? []).filter((lead) => lead.outletId === outletId && halfOfArticle.get(lead.articleId) === check.half);
      // An outlet said to name the event's people in other sentences is pointed at, not called silent.
      if (leads.length === 0 && (event.namingOutlets ?? []).includes(outletId)) continue;
      if (leads.length === 0) {
        counts.silentStated++;
        if (reports) {
          counts.silentWrong++;
          counts.failures.push(`silent: ${outletName.get(outletId) ?? outletId} on “${event.title}” ${event.start}, but it reports “${check.key}”`);
        }
        continue;
      }
      counts.leadsShown += leads.length;
      counts.leadsRight += leads.filter((lead) => goldKeysBySentence.get(lead.sentenceId)?.includes(check.key!)).length;
    }
  }

  // Events whose date came from an expression that is not a date.
  for (const event of corpus.events) {
    const fromDuration = event.evidence.some((item) => item.dateId !== null && nullDateIds.has(item.dateId));
    if (!fromDuration) continue;
    const file = corpus.articles.find((article) => event.evidence.some((item) => item.articleId === article.id))?.file;
    const half = (file && gold.articles[file]?.half) || 'tune';
    result[half].eventsFromDurations++;
  }
  return result;
}

/**
 * One event's title, scored: its half (most of its evidence sentences' articles; a tie goes to the held-out half, so a
 * doubtful event is never read as tuning), its shape problem, and, when most of its gold-keyed evidence sentences are
 * one gold happening, that happening's key and whether the title names it. Null for an event with no evidence in gold.
 */
export function scoreTitle(
  title: string,
  evidence: readonly { half: Half | undefined; keys: readonly string[] }[],
  goldEvents: StoryGold['events'],
): { half: Half; shape: string | null; key: string | null; right: boolean } | null {
  const inGold = evidence.filter((item): item is { half: Half; keys: readonly string[] } => item.half !== undefined);
  if (inGold.length === 0) return null;
  const tuning = inGold.filter((item) => item.half === 'tune').length;
  const half: Half = tuning * 2 > inGold.length ? 'tune' : 'held-out';
  const keys = inGold.flatMap((item) => item.keys);
  const votes = new Map<string, number>();
  for (const key of keys) votes.set(key, (votes.get(key) ?? 0) + 1);
  const [top, count] = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [null, 0];
  const key = top !== null && count * 2 > keys.length && goldEvents[top] ? top : null;
  return { half, shape: titleShapeProblem(title), key, right: key !== null && namesHappening(title, goldEvents[key]!.title) };
}

/** The reader-facing figures of a set of counts. Higher is better unless `lowerIsBetter`. */
export function figuresOf(counts: Counts): { name: string; value: number; lowerIsBetter?: boolean; shown: string }[] {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const eventP = ratio(counts.eventPairsTp, counts.eventPairsTp + counts.eventPairsFp);
  const eventR = ratio(counts.eventPairsTp, counts.eventPairsTp + counts.eventPairsFn);
  const mentionP = ratio(counts.mentionsTp, counts.mentionsFound);
  const mentionR = ratio(counts.mentionsTp, counts.mentionsGold);
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  return [
    { name: 'dates right', value: ratio(counts.datesRight, counts.datesGold), shown: `${counts.datesRight}/${counts.datesGold}` },
    { name: 'non-dates read as dates', value: counts.falseDates, lowerIsBetter: true, shown: `${counts.falseDates} of ${counts.nullTraps}` },
    { name: 'events F1 (pairwise)', value: f1(eventP, eventR), shown: `P ${eventP.toFixed(2)} R ${eventR.toFixed(2)}` },
    { name: 'events dated from a non-date', value: counts.eventsFromDurations, lowerIsBetter: true, shown: `${counts.eventsFromDurations}` },
    { name: 'entity mentions F1', value: f1(mentionP, mentionR), shown: `P ${mentionP.toFixed(2)} R ${mentionR.toFixed(2)}` },
    { name: 'outlet from the text', value: ratio(counts.outletRight, counts.outletAsked), shown: `${counts.outletRight}/${counts.outletAsked}` },
    { name: 'publication day from the text', value: ratio(counts.publishedRight, counts.publishedAsked), shown: `${counts.publishedRight}/${counts.publishedAsked}` },
    { name: 'headline', value: ratio(counts.headlineRight, counts.articles), shown: `${counts.headlineRight}/${counts.articles}` },
    { name: 'furniture leaks', value: counts.furnitureLeaks, lowerIsBetter: true, shown: `${counts.furnitureLeaks}` },
    { name: 'event titles naming their happening', value: ratio(counts.titleRight, counts.titleAsked), shown: `${counts.titleRight}/${counts.titleAsked}` },
    { name: 'outlets shown silent that report it', value: counts.silentWrong, lowerIsBetter: true, shown: `${counts.silentWrong} of ${counts.silentStated}` },
    { name: 'leads that are the event\u2019s sentences', value: ratio(counts.leadsRight, counts.leadsShown), shown: `${counts.leadsRight}/${counts.leadsShown}` },
    { name: 'event titles broken by shape', value: counts.titleBroken, lowerIsBetter: true, shown: `${counts.titleBroken} of ${counts.titleEvents}` },
  ];
}
