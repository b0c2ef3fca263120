import type { Article, Assignment, ContextSentence, DateMention, Entity, Evidence, Outlet, Sentence, TimelineEvent } from '../../lib/corpus/schema';
import { FUNCTION_WORDS } from '../../lib/function-words';
import { familyOf, findTriggers, isEventKind, type Trigger } from '../knowledge/event-triggers';
import { indexMentions, type MentionIndex } from '../mention-index';
import { FUTURE_CUE } from '../text/clauses';
import { definiteHappeningNouns, singularNoun } from '../text/happening-nouns';
import { shiftDay } from '../text/days';
import { anotherMatch, namesOtherPair, namesSide, pairsNamed, scoresGiven, tellsAward } from '../text/match-sides';
import type { Stage } from '../types';

export interface AssignContext {
  outlets: Outlet[];
}

export interface AssignInput {
  events: TimelineEvent[];
  articles: Article[];
  entities: Entity[];
  /** The resolved dates: a sentence that gives a day or month of its own outside an account's does not carry it on. */
  dates?: DateMention[];
}

export interface AssignOutput {
  /** The events with every sentence that speaks of them, and their outlets recomputed from that evidence. */
  events: TimelineEvent[];
  /** Per article id: its content sentences on no event, each with why. */
  context: Map<string, ContextSentence[]>;
}

/** Speech and stance verbs: a participant named with one of these is saying or doing something at the event. */
const SPEECH_OR_STANCE =
  /\b(?:said|says|say|told|tells?|stating|called on|(?:stress|add|note|state|emphasi[sz]e|thank|explain|express|share|urge|ask|hope|reaffirm|agree|confirm|discuss|pledge|vow|welcome|refrain|request|propose|raise|affirm|voice|underline)(?:s|d|ed|es|ing)?|concur(?:s|red|ring)?)\b/i;
/** "last season", "grew up", "years ago": a line with a past time of its own tells of then, not of the news. */
const PAST_OF_ITS_OWN =
  /\b(?:(?:last|previous|past)\s+(?:season|term|campaign|decade)|grew\s+up|(?:was|were)\s+born|(?:years|decades)\s+ago|as\s+an?\s+(?:child|boy|girl|teenager|youngster|student)|in\s+(?:his|her|their)\s+(?:youth|childhood))\b/i;
/** "has given its first reaction", "in a televised address": a line that speaks of someone's saying. */
const STATEMENT_WORD = /\b(?:reactions?|responses?|statements?|address|remarks|comments?|views?|speech|interview|announcement)\b/i;
/** The participants as a group: "the two ministers", "both sides", "the foreign ministers". */
const PARTICIPANT_GROUP = /\b(?:(?:the|both|the two)\s+(?:top\s+|foreign\s+)?(?:ministers|sides|leaders|diplomats|counterparts|delegations)|the two(?:\s+\p{L}+)?\s+(?:ministers|leaders|diplomats)|the pair)\b/iu;
/** "a meeting with Rubio": an indefinite article introduces another happening, it does not refer back. */
const INDEFINITE_BEFORE = /\b(?:a|an|another)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "the next meeting", "the envisaged talks", "the last visit": another happening than the one reported. */
const OTHER_OCCASION_BEFORE = /\b(?:next|envisaged|planned|proposed|upcoming|future|possible|potential|previous|last|earlier|prior|subsequent|new)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** "after the crash", "ahead of Saturday's vote": the happening word names a landmark in time. */
const LANDMARK_BEFORE = /\b(?:after|before|following|since|ahead of|prior to|until|amid)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,4}$/iu;
/** A definite article or possessive shortly before a happening word: "the talks", "the Korea-Japan foreign ministers' meeting", "his visit". */
const DEFINITE_BEFORE = /\b(?:the|this|that|these|those|their|his|her|its)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}$/iu;
/** A sentence that carries on the one before: a pronoun or "the two" as subject, or "also" among its first words. */
const CONTINUATION_OPENER = /^(?:["“]?\s*)(?:(?:They|He|She|It|The two|The pair|Both|In response|In addition|Meanwhile)\b|(?:\S+\s+){0,3}also\b)/u;
/**
 * A happening word that qualifies another noun rather than standing as what the sentence reports: "a cause of the
 * crash", "the crash's final moments", "the crash report", "the crashed jet", "the jet that crashed".
 */
function dependentWord(text: string, trigger: Trigger, triggers: readonly Trigger[]): boolean {
  const lead = text.slice(Math.max(0, trigger.start - 40), trigger.start);
  const tail = text.slice(trigger.end, trigger.end + 30);
  const word = text.slice(trigger.start, trigger.end);
  if (/\b\p{L}+\s+of\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(lead)) return true;
  if (/^['’]s?\s/u.test(tail)) return true;
  if (triggers.some((other) => other.start > trigger.end && other.start - trigger.end <= 1)) return true;
  return isVerbForm(word) && (/\b(?:that|which)\s+$/iu.test(lead) || /^\s+\p{Lu}/u.test(tail));
}

/**
 * "Moore called the demolition a big step", "called the ruling a disgrace": "called" with an object and what it is
 * called names a view of something, it is no phone call.
 */
function namingCall(text: string, trigger: Trigger): boolean {
  if (trigger.kind !== 'call' || !/^called$/iu.test(text.slice(trigger.start, trigger.end))) return false;
  return /^\s+(?:the|his|her|its|their|this|that|these|those)\s+(?:(?!(?:of|in|on|at|to|for|from|with|about|by)\s)[\p{L}'’-]+\s+){1,3}(?:a|an)\s+(?!(?:second|third|fourth|fifth|few|couple|number|dozen)\b)\p{Ll}/u.test(
    text.slice(trigger.end, trigger.end + 80),
  );
}

/** A line of prose words, not a label: enough words, most of them not capitalised as names are. */
function isSummaryLine(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const named = words.filter((word) => /^[("“'‘]?\p{Lu}/u.test(word)).length;
  return words.length >= STANDFIRST_WORDS && named * 2 < words.length;
}

/** A short line with no closing stop: a subhead or a numbered section title, not a sentence of the account. */
function isSubhead(text: string): boolean {
  return !/[.!?:;,"“”'’)\]]\s*$/u.test(text) && /^[\p{Lu}\p{N}]/u.test(text) && text.split(/\s+/).length <= 10;
}

/** A reporter's unanswered request: "declined to comment", "could not immediately be reached for comment", "did not respond to a request for comment". */
const NO_COMMENT =
  /\b(?:declined|refused|had no|did not (?:immediately )?(?:respond|reply)|(?:could|can) ?not (?:immediately )?be reached|was not (?:immediately )?available|were not (?:immediately )?available)\b[^.]{0,40}\bcomment\b/iu;

/** How far into a sentence (in characters) its subject may start: "China's Taiwan Affairs Office has …". */
const SUBJECT_REACH = 12;
/** How many words a line under the headline needs to be a standfirst summarising the story, not a label or a credit. */
const STANDFIRST_WORDS = 6;
/** How many first body lines may hold the lede, the line dating the article's news. */
const LEDE_LINES = 2;
/** How many days before publication the lede's happening may be and still be the article's news. */
const LEDE_NEWS_DAYS = 2;
/** How many first words of a line may hold its subject's head: "The capsule", "Vikram". */
const SUBJECT_WORDS = 3;
/** How many lines that placed nothing (subheads, asides) an account may continue past. */
const MAX_SKIP = 2;

interface Placement {
  how: Assignment;
  why: string;
}

/**
 * Every content sentence of every article is assigned to the events it speaks
 * of, or kept as context with a reason. Dated sentences are already evidence
 * (extract-events); this stage adds, per article and in reading order:
 * 1. refers — a happening word naming an event by description: with one of
 *    the event's participants ("Yoon's declaration"), as a definite
 *    reference ("the talks") to an event the article itself reports, or bare
 *    ("convicted of fraud") when the article reports one event of its kind;
 *    a headline with no such word announces the article's main story;
 * 2. participants — the article's main event's people named with what they
 *    said or did ("Cho called on…", "both ministers pledged…"), when the
 *    speaker is one of them and the event is not an election;
 * 3. continues — a sentence with no cue of its own in the paragraph of an
 *    assigned sentence, or opening as a continuation ("They also…"), joins the
 *    account the sentence before it belongs to; across a paragraph break, so
 *    does one naming a person of that account or its kind of happening, unless
 *    it dates something else or the sentence before was itself carried across;
 *    so does one whose subject, named in the sentence before, speaks again
 *    ("Chen added …"), and a paragraph's undated opening line takes the
 *    account its paragraph's next line dates;
 * 4. a definite noun of action ("the demolition", "the reopening") in a body
 *    line or a caption names the one account of the article whose title or
 *    dated line uses that noun, or for an "-ing" noun whose dated line or
 *    headline uses its verb ("the landing" under "Probe lands …");
 *    a line with no date or happening word whose subject the headline names,
 *    told with another form of the headline's verb ("Vikram has landed."
 *    under "India lands Vikram"), retells the headline's one account;
 * 5–6. a caption dating what it shows, a no-comment line;
 * 7. under a headline giving one match's score ("Spain 2-1 England"), the
 *    match the story dates that day or the day before: lines giving that score
 *    refer to it, and lines with no date or other happening carry it on.
 *    A continuation is weak: the review view lists it as placed by inference.
 * A reference that fits several events equally is left as context, saying which.
 */
export const assignSentences: Stage<AssignContext, AssignInput, AssignOutput> = (context, input) => {
  const events = input.events.map((event) => ({ ...event, evidence: [...event.evidence] }));
  const eventById = new Map(events.map((event) => [event.id, event]));
  const mentions = indexMentions(input.entities);
  const entityName = new Map(input.entities.map((entity) => [entity.id, entity.name]));
  // People speak and act; a firm or a body named in passing ("deposits at FTX") is not its participants speaking.
  const personIds = new Set(input.entities.filter((entity) => entity.type === 'person').map((entity) => entity.id));
  const contextByArticle = new Map<string, ContextSentence[]>();
  const sentenceText = new Map(input.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, sentence.text] as const)));
  const datesBySentence = new Map<string, DateMention[]>();
  for (const date of input.dates ?? []) {
    if (date.start === null || date.end === null) continue;
    const list = datesBySentence.get(date.sentenceId);
    if (list) list.push(date);
    else datesBySentence.set(date.sentenceId, [date]);
  }

  // Indexed once, so each article and each happening word reads only its own share: scanning every event per
  // article and per word made this stage grow with the square of the corpus (2.9 s at 1,000 articles).
  const datedByArticle = new Map<string, { eventId: string; item: TimelineEvent['evidence'][number] }[]>();
  const eventsByFamily = new Map<string, TimelineEvent[]>();
  // Family → participant → its events, in corpus order: a happening word with names reads only those names' events,
  // not the whole family (thousands of meetings at 1,000 articles).
  const eventsByFamilyAndName = new Map<string, Map<string, TimelineEvent[]>>();
  const eventOrder = new Map(events.map((event, index) => [event, index]));
  const eventsByParticipant = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    for (const id of new Set(event.participants ?? [])) eventsByParticipant.set(id, [...(eventsByParticipant.get(id) ?? []), event]);
  }
  const titleWords = new Map<string, Set<string>>();
  for (const event of events) {
    for (const item of event.evidence) {
      const list = datedByArticle.get(item.articleId);
      if (list) list.push({ eventId: event.id, item });
      else datedByArticle.set(item.articleId, [{ eventId: event.id, item }]);
    }
    for (const family of new Set(familiesOf(event))) {
      const list = eventsByFamily.get(family);
      if (list) list.push(event);
      else eventsByFamily.set(family, [event]);
      let byName = eventsByFamilyAndName.get(family);
      if (!byName) eventsByFamilyAndName.set(family, (byName = new Map()));
      for (const id of new Set(event.participants ?? [])) {
        const named = byName.get(id);
        if (named) named.push(event);
        else byName.set(id, [event]);
      }
    }
  }

  for (const article of input.articles) {
    const placed = new Map<string, Map<string, Placement>>();
    for (const { eventId, item } of datedByArticle.get(article.id) ?? []) {
      placeOn(placed, item.sentenceId, eventId, { how: item.how ?? 'dated', why: item.why ?? 'dated' });
    }
    const ranked = rankArticleEvents(article, eventById, placed, mentions);
    const dominant = ranked[0];
    const rank = new Map(ranked.map((event, index) => [event.id, index]));
    // "Crews bring down bridge span" over a lede dating Monday's demolition, in a story whose collapse weeks before
    // is named more often: a headline with no happening word announces the news its lede dates, when that is news of
    // the article's own days (its publication day or the few before); otherwise the article's main story.
    const ledeLine = article.sentences
      .filter((sentence) => sentence.kind === 'body')
      .slice(0, LEDE_LINES)
      .find((sentence) => [...(placed.get(sentence.id)?.values() ?? [])].some((placement) => placement.how === 'dated'));
    const ledeEvent = ledeLine ? eventById.get(threadOrder(placed.get(ledeLine.id), rank)[0] ?? '') : undefined;
    const published = article.publishedAt?.slice(0, 10) ?? null;
    // "Euro final: Spain 2-1 England - as it happened": a headline giving one match's score is that match's account,
    // the win of those two sides the story dates on the article's day or the day before.
    const headline = article.sentences.find((sentence) => sentence.kind === 'headline');
    const scoredMatch = headline && published !== null ? matchScored(headline.text, published, events, sentenceText) : undefined;
    let namesOfMatch: Set<string> | undefined;
    const ofOwnDays = (event: TimelineEvent | undefined) =>
      event !== undefined && event.main && published !== null && event.start <= published && event.start >= shiftDay(published, -LEDE_NEWS_DAYS);
    // A live page or a page led by background ("Four years ago, …") dates no news in its first lines; its key points
    // do. When the article dates exactly one happening of its own days, that is its news, not the rival's crash of
    // the week before that it recalls more often.
    const ownDaysNews = ledeLine ? [] : ranked.filter((event) => ofOwnDays(event) && event.evidence.some((item) => item.articleId === article.id && (item.how ?? 'dated') === 'dated'));
    const headlineStory = scoredMatch?.event ?? (ofOwnDays(ledeEvent) ? ledeEvent : ownDaysNews.length === 1 ? ownDaysNews[0] : dominant);
    // "The decree" can mean last month's martial law; a vote four years back must be named with its year.
    const yearBefore = published === null ? null : `${Number(published.slice(0, 4)) - 1}${published.slice(4)}`;
    const meantWithoutYear = (event: TimelineEvent) => event.main || (yearBefore !== null && (event.end ?? event.start) >= yearBefore);
    const contextSentences: ContextSentence[] = [];
    let previous: Sentence | null = null;
    /** The kind of the content sentence just before (bylines and datelines skipped). */
    let previousKind: Sentence['kind'] | null = null;
    let lastPlaced: Sentence | null = null;
    const sentenceIndex = new Map(article.sentences.map((sentence, index) => [sentence.id, index]));
    const textById = new Map(article.sentences.map((sentence) => [sentence.id, sentence.text]));
    /** The texts of this article's sentences dated on an event: its own words for the happening. */
    const accountText = (eventId: string) =>
      (datedByArticle.get(article.id) ?? []).filter((entry) => entry.eventId === eventId && (entry.item.how ?? 'dated') === 'dated').map((entry) => textById.get(entry.item.sentenceId) ?? '');
    /** The texts dated on an event, in every article of the story. */
    const datedLines = (event: TimelineEvent) => event.evidence.filter((item) => (item.how ?? 'dated') === 'dated').map((item) => sentenceText.get(item.sentenceId) ?? '');
    /** Sentences carried on across a paragraph break only by what they share with the account before them. */
    const carriedAcross = new Set<string>();
    /** The account of the article's first placed body sentence: its lede names its main happening. */
    let ledeThread: string | undefined;
    /** Whether every body line since the lede is on its account: the lede's run, which undated lines carry on. */
    let ledeRun = false;
    /** How many lines in a row since the lede's run last placed a line on its account. */
    let ledeGap = 0;
    let ledeText: string | undefined;
    /** The article's sentences already read, in order. */
    const earlier: string[] = [];

    for (const sentence of article.sentences) {
      if (sentence.kind === 'byline' || sentence.kind === 'dateline') {
        contextSentences.push({ sentenceId: sentence.id, reason: `${sentence.kind}: names who wrote it or where and when, not a happening` });
        continue;
      }
      const own = placed.get(sentence.id) ?? new Map<string, Placement>();
      const names = new Set((mentions.get(sentence.id) ?? []).map((mention) => mention.entityId));
      const claimed = new Set([...own.keys()].flatMap((id) => familiesOf(eventById.get(id))));
      // A quoted "will not waver" is what someone said at the happening, not a plan the sentence reports.
      // Headlinese says the future with a bare infinitive: "Ministers to meet in Seoul" is a meeting still to come.
      const future = FUTURE_CUE.test(withoutQuotes(sentence.text)) || (sentence.kind === 'headline' && headlineInfinitive(sentence.text));
      const ambiguities: string[] = [];
      const candidates = new Set<string>();
      /** Families of happening words the sentence marks as another occasion ("the next meeting"): it is not about that family's reported event. */
      const otherOccasion = new Set<string>();

      // 1. refers: a happening word naming an event by description.
      // "In May 2023, Kishida laid a wreath …, the first visit to Seoul by a Japanese leader": a sentence dated on a
      // plain verb describes that happening with its nouns; they do not point at another event.
      const datedOnAction = [...own].some(([id, placement]) => placement.how === 'dated' && (eventById.get(id)?.kinds ?? []).every((kind) => kind === 'action'));
      const triggers = findTriggers(sentence.text).filter((trigger) => !namingCall(sentence.text, trigger));
      // "Appeal court frees Harlow" over a lede dating Friday's ruling: a headline with no future in it reports what
      // its lede dates, so a happening word in it does not name a hearing still to come. A preview's lede dates the
      // happening to come ("Taiwan heads to the polls"), and its headline may name it; so may one naming its people.
      // Only the article's own later happenings are set aside: the story's others are weighed as before.
      const reportsPast = !future && sentence.kind === 'headline' && ledeEvent !== undefined && published !== null && ledeEvent.start <= published;
      // "The Court of Appeal on Friday overturned …": in a line dated on what it reports, a happening word inside a
      // body's name is no second happening ("a brief filed with the Court of Appeals", dated on nothing, may name one).
      const datedOnOwn = [...own.values()].some((placement) => placement.how === 'dated');
      const bodyNames = datedOnOwn ? (mentions.get(sentence.id) ?? []).filter((mention) => mention.type === 'organization') : [];
      /** Events named only by a happening word that qualifies another noun ("a cause of the crash"). */
      const dependent = new Set<string>();
      /** A happening word of the sentence fits several of the article's events ("Two bankers convicted in a week"). */
      let fitsSeveral = false;
      // "Lai wins Taiwan presidential election": the outcome is what the sentence reports, the election its occasion.
      const outcomeNamed = triggers.some((trigger) => trigger.kind === 'victory');
      for (const trigger of triggers) {
        if (trigger.kind === 'statement') continue;
        if (bodyNames.some((mention) => mention.start <= trigger.start && mention.end >= trigger.end)) continue;
        if (outcomeNamed && (trigger.kind === 'vote' || trigger.kind === 'election')) continue;
        // "Talks" inside "Phone Talks" is the call, not a second happening.
        if (triggers.some((other) => other !== trigger && other.start <= trigger.start && other.end >= trigger.end && other.end - other.start > trigger.end - trigger.start)) continue;
        const family = familyOf(trigger.kind);
        if (claimed.has(family)) continue;
        const word = sentence.text.slice(trigger.start, trigger.end);
        const lead = sentence.text.slice(Math.max(0, trigger.start - 30), trigger.start);
        const anotherOccasion = OTHER_OCCASION_BEFORE.test(lead);
        if (anotherOccasion) otherOccasion.add(family);
        if (anotherOccasion || INDEFINITE_BEFORE.test(lead)) continue;
        // "Lai has addressed a crowd": the present perfect reports news of the article's own day (or the night before),
        // not the rally of two days earlier.
        const recent = published !== null && /\b(?:has|have)\s+(?:\p{L}+ly\s+)?$/u.test(lead);
        // "In the other game, Portvale beat Hillbrook 3-0": a win naming its own pair of sides is not a match whose
        // lines name neither of them or another pair.
        // Nor is one told of another meeting ("Eastmoor beat Castamar 3-1 in the reverse fixture", "since 1996") the win
        // of the article's own days.
        const linePairs = family === familyOf('victory') ? pairsNamed(sentence.text) : [];
        const meetingBefore =
          family === familyOf('victory') &&
          published !== null &&
          (OTHER_MEETING.test(sentence.text) || [...sentence.text.matchAll(/\b(?:in|of|since)\s+((?:19|20)\d\d)\b/gu)].some((year) => year[1]! < published.slice(0, 4)));
        if (meetingBefore) otherOccasion.add(family);
        const fits = (event: TimelineEvent) =>
          !(future && published !== null && (event.end ?? event.start) < published) &&
          !(linePairs.length > 0 && anotherMatch(linePairs, datedLines(event))) &&
          !(meetingBefore && event.start >= shiftDay(published!, -LEDE_NEWS_DAYS) && event.start <= published!) &&
          !(recent && (event.start > published! || event.start < shiftDay(published!, -1))) &&
          !(reportsPast && published !== null && event.start > published && rank.has(event.id) && !(event.participants ?? []).some((id) => names.has(id)));
        // The family's events are read only by the rare branch that needs them all; the others read indexes.
        const ofFamily = () => (eventsByFamily.get(family) ?? []).filter(fits);
        const byName = namedEvents(eventsByFamilyAndName.get(family), names, eventOrder).filter(fits);
        const inArticle = (list: TimelineEvent[]) => list.filter((event) => rank.has(event.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
        // The family's events this article reports, by rank: `ranked` is already in rank order.
        // "Quill said the election had been fair" in an article that reports only her victory: the election word names
        // the outcome when the article reports no voting of its own.
        const reportedOfFamily = () => {
          const found = ranked.filter((event) => fits(event) && familiesOf(event).includes(family));
          if (found.length > 0 || (trigger.kind !== 'election' && trigger.kind !== 'vote')) return found;
          return ranked.filter((event) => fits(event) && (event.kinds ?? []).includes('victory'));
        };
        // The story's one event of the family in its own period, when it has exactly one: what a bare or definite
        // happening word names in an article that dates none of its kind.
        const onlyOfStory = () => {
          // "orders checks after Jeju Air crash": with nothing else to go by, a landmark the sentence places its own
          // happening by is not what it reports (named with a participant, it still refers: "after Yoon's decree").
          if (LANDMARK_BEFORE.test(sentence.text.slice(Math.max(0, trigger.start - 50), trigger.start))) return undefined;
          const main = ofFamily().filter((event) => event.main && meantWithoutYear(event));
          return main.length === 1 ? main[0] : undefined;
        };
        // Only a noun refers back: in "that Japan's envoy had once visited" the verb reports something else.
        const definite = !isVerbForm(word) && DEFINITE_BEFORE.test(sentence.text.slice(Math.max(0, trigger.start - 60), trigger.start));
        let chosen: TimelineEvent | undefined;
        let why = '';
        // Of the article's own day first: a live blog's "has addressed a crowd" is that evening's speech.
        const sameDay = recent ? ofFamily().filter((event) => event.main && event.start === published) : [];
        const recentOfFamily = sameDay.length > 0 ? sameDay : recent && byName.length === 0 ? ofFamily().filter((event) => event.main) : [];
        // "Spain beat England in the final" under a headline scoring Spain 2-1 England: that match, not another win of
        // one of the sides that week, nor another meeting of theirs ("Eastmoor beat Castamar 3-1 in the reverse fixture").
        if (scoredMatch && familiesOf(scoredMatch.event).includes(family) && scoredMatch.sides.every((side) => namesSide(sentence.text, side)) && !OTHER_MEETING.test(sentence.text)) {
          chosen = scoredMatch.event;
          why = `names “${word}” with ${scoredMatch.sides.join(' and ')}: the match the headline scores`;
        } else if (recentOfFamily.length === 1) {
          chosen = recentOfFamily[0]!;
          why = `“${word}” in the present perfect: the one such event of the article’s day`;
        } else if (byName.length === 1) {
          chosen = byName[0]!;
          why = `names “${word}” with ${participantNames(chosen, names, entityName)}`;
        } else if (byName.length > 1) {
          const reported = inArticle(byName);
          if (reported.length === 1 || (reported.length > 1 && reported[0] === dominant)) {
            chosen = reported[0]!;
            why = `names “${word}” with ${participantNames(chosen, names, entityName)}; of ${byName.length} such events, the one this article reports${reported.length > 1 ? ' as its main story' : ''}`;
          } else {
            ambiguities.push(`“${word}” with ${participantNames(byName[0]!, names, entityName)} fits ${byName.length} events (${byName.map((event) => `${event.title}, ${event.start}`).join('; ')})`);
            for (const event of byName) candidates.add(event.id);
          }
        } else if (definite && !datedOnAction) {
          // "the vote" in a preview is the coming one, not the last one recalled for comparison: an event outside the
          // story's period is meant only when the sentence names its year.
          const reported = reportedOfFamily().filter((event) => meantWithoutYear(event) || sentence.text.includes(event.start.slice(0, 4)));
          if (reported.length > 0) {
            chosen = reported[0]!;
            why = `refers to “${phraseAt(sentence.text, trigger)}”: the ${word} this article reports`;
          } else {
            const phrase = phraseWords(sentence.text, trigger);
            const byTitle = ofFamily().filter((event) => event.main && sharesTitleWord(phrase, event.title, titleWords));
            const storyWide = onlyOfStory();
            if (byTitle.length === 1) {
              chosen = byTitle[0]!;
              why = `refers to “${phraseAt(sentence.text, trigger)}”, the one such event in the story`;
            } else if (byTitle.length > 1) {
              ambiguities.push(`“${phraseAt(sentence.text, trigger)}” fits ${byTitle.length} events`);
              for (const event of byTitle) candidates.add(event.id);
            } else if (storyWide) {
              chosen = storyWide;
              why = `refers to “${phraseAt(sentence.text, trigger)}”: the story has one such event`;
            }
          }
        } else if (datedOnAction) {
          // Described by its own dated happening (above): no reference.
        } else if (!isVerbForm(word) || sentence.kind === 'headline' || /\b(?:was|were|been|is|are)\s+(?:[\p{L}-]+\s+)?$/iu.test(lead)) {
          // "Bankman-Fried convicted of fraud" over a story whose one verdict is dated further down: a bare happening
          // word names the one event of its kind the article reports, when there is exactly one. A verb only in a
          // headline or the passive ("was convicted"): "after the wall collapsed" is a landmark, not the report.
          const reported = reportedOfFamily().filter((event) => meantWithoutYear(event) || sentence.text.includes(event.start.slice(0, 4)));
          const storyWide = reported.length === 0 ? onlyOfStory() : undefined;
          if (reported.length === 1) {
            chosen = reported[0]!;
            why = `names “${word}”: the one ${word} this article reports`;
          } else if (reported.length > 1) fitsSeveral = true;
          else if (storyWide) {
            // "The KMT is on 52 seats" in an article that dates no count: the story's one count, reported elsewhere.
            chosen = storyWide;
            why = `names “${word}”: the article dates none, the story has one`;
          }
        }
        // "Chen added that the vote would not change …": the vote is what an onlooker's statement is about; the
        // sentence reports the statement. An election has candidates and voters, no parties who speak for it as a
        // prosecutor speaks for a verdict, so only a candidate's words about it stay on it.
        // "An appeals court on Friday overturned the conviction" is its own outlet's Friday ruling: another outlet's
        // Thursday ruling is the same kind of happening on another day, a date it disagrees on, not one it reports.
        if (chosen && !own.has(chosen.id) && datedElsewhereAlike(own, chosen, eventById)) chosen = undefined;
        // "asked an appeals court on Friday to throw out his conviction": a line reporting a later happening (dated on it,
        // by the article's day) names an earlier one as its background, not as news of it. A situation the later one
        // happened "amid" (a crisis, a declaration still in force) is still going on, and stays.
        const amid = /\bamid\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}$/iu.test(sentence.text.slice(Math.max(0, trigger.start - 50), trigger.start));
        const reportsLater = (earlier: TimelineEvent) =>
          [...own].some(([id, placement]) => {
            const dated = eventById.get(id);
            return placement.how === 'dated' && dated !== undefined && (published === null || dated.start <= published) && dated.start > (earlier.end ?? earlier.start);
          });
        if (chosen && !own.has(chosen.id) && !amid && reportsLater(chosen)) chosen = undefined;
        // "Almeida will host the talks": a later meeting the article does not report is meant only where the
        // sentence says when ("in December", "2027"); otherwise the talks are the article's own occasion.
        if (chosen && !chosen.main && !rank.has(chosen.id) && published !== null && chosen.start > published && !namesWhen(sentence.text, chosen)) chosen = undefined;
        const participants = chosen?.participants ?? [];
        const speakers = chosen && !talkingKind(chosen) ? speakersBefore(sentence.text, trigger.start, mentions.get(sentence.id) ?? []) : [];
        if (speakers.length > 0 && !speakers.some((id) => participants.includes(id))) chosen = undefined;
        if (chosen && !own.has(chosen.id)) {
          own.set(chosen.id, { how: 'refers', why });
          for (const chosenFamily of familiesOf(chosen)) claimed.add(chosenFamily);
          if (dependentWord(sentence.text, trigger, triggers)) dependent.add(chosen.id);
        }
      }
      // "The report does not name a cause of the crash": a happening word that only qualifies another noun (a cause of
      // it, its moments, a crash report, the crashed jet, the jet that crashed) is not what a sentence that reports
      // something else is about.
      if ([...own.keys()].some((id) => !dependent.has(id))) for (const id of dependent) own.delete(id);

      // 2. participants: the main event's people, named with what they said or did.
      // Not when the sentence is dated on another event of the same people ("In a phone call on Dec. 11, the two ministers…").
      const datedWithSamePeople = [...own.keys()].some((id) =>
        (eventById.get(id)?.participants ?? []).some((participant) => dominant?.participants?.includes(participant)),
      );
      // Nor when it plans a later happening ("Iwaya will attend Trump's inauguration"): the plan is that happening's.
      const plansLater = [...own.keys()].some((id) => {
        const later = eventById.get(id);
        return dominant !== undefined && later !== undefined && later.start > (dominant.end ?? dominant.start) && plansHappening(sentence.text, later);
      });
      const aboutAnother = (event: TimelineEvent) => familiesOf(event).some((family) => otherOccasion.has(family));
      const group = PARTICIPANT_GROUP.exec(sentence.text)?.[0];
      const cue = SPEECH_OR_STANCE.exec(sentence.text)?.[0];
      // "The pair said …" speaks for a group of people taking part: the main story's, or when the main story has no
      // such group (a court hearing, a crash), the last account of two or more people before it in the article.
      const mainHasGroup = dominant !== undefined && talkingKind(dominant) && personCount(dominant, personIds) >= 2;
      const pair = group && cue && own.size === 0 && !mainHasGroup ? lastGroupEvent(earlier, placed, eventById, personIds) : undefined;
      if (pair && !aboutAnother(pair) && !familiesOf(pair).some((family) => claimed.has(family))) {
        own.set(pair.id, { how: 'participants', why: `“${group}” “${cue}”: the participants of the account before it acting` });
      } else if (
        dominant &&
        talkingKind(dominant) &&
        !own.has(dominant.id) &&
        !datedWithSamePeople &&
        !plansLater &&
        !aboutAnother(dominant) &&
        !familiesOf(dominant).some((family) => claimed.has(family))
      ) {
        const named = (dominant.participants ?? []).filter((id) => names.has(id) && personIds.has(id));
        // "Blinken congratulated Lai": a participant named as the object of someone else's statement is not speaking.
        const firstPerson = (mentions.get(sentence.id) ?? []).filter((mention) => mention.type === 'person').sort((a, b) => a.start - b.start)[0];
        const speakerTookPart = firstPerson === undefined || named.includes(firstPerson.entityId);
        const why =
          named.length >= 2
            ? `names ${named.map((id) => entityName.get(id)).join(' and ')}, who took part`
            : named.length === 1 && cue && speakerTookPart
              ? `${entityName.get(named[0]!)} “${cue}”: a participant speaking or acting`
              : group && cue && personCount(dominant, personIds) >= 2
                ? `“${group}” “${cue}”: the participants acting`
                : null;
        if (why && !PAST_OF_ITS_OWN.test(sentence.text)) own.set(dominant.id, { how: 'participants', why });
      }

      // 2b. a body's or a person's one act: "China's Taiwan Affairs Office has given its first reaction", "President
      // Biden said in a televised statement that …", where the story reports one thing that body or person did (a
      // statement) by the article's day, and they open the sentence as its subject.
      if (own.size === 0 && sentence.kind === 'body') {
        // "China's Taiwan Affairs Office": the place is the body's owner, the body the subject.
        const subject = (mentions.get(sentence.id) ?? []).filter((mention) => mention.start <= SUBJECT_REACH && mention.type !== 'place').sort((a, b) => a.start - b.start)[0];
        // What they did by the time the article came out, not what they did later.
        const acts =
          subject && (subject.type === 'organization' || subject.type === 'person')
            ? (eventsByParticipant.get(subject.entityId) ?? []).filter((event) => event.main && (published === null || event.start <= published))
            : [];
        const act = acts.length === 1 ? acts[0]! : undefined;
        if (
          act &&
          (act.kinds ?? []).every((kind) => kind === 'action') &&
          !datesElsewhere(datesBySentence.get(sentence.id) ?? [], act) &&
          !PAST_OF_ITS_OWN.test(sentence.text) &&
          speaksOfAct(sentence.text, act, (act.participants ?? []).map((id) => entityName.get(id) ?? ''))
        ) {
          own.set(act.id, { how: 'participants', why: `${entityName.get(subject!.entityId)} opens the sentence: the one act of theirs the story reports` });
        }
      }

      // 3. continues: the account of the sentence before.
      // The sentence before, or when it is on no event, the nearest earlier one that is ("Hou concedes" / "Hou has
      // conceded." / "He apologised …": the account goes on past a line that placed nothing).
      const anchor = previous && placed.has(previous.id) ? previous : lastPlaced && (sentenceIndex.get(sentence.id) ?? 0) - (sentenceIndex.get(lastPlaced.id) ?? 0) <= MAX_SKIP + 1 ? lastPlaced : null;
      const skipped = anchor !== null && anchor !== previous;
      // "He grew up in Enugu", "He scored 21 goals last season": a line with a past time of its own tells of then.
      if (sentence.kind === 'body' && anchor && !PAST_OF_ITS_OWN.test(sentence.text)) {
        const previousEvents = [...(placed.get(anchor.id) ?? new Map<string, Placement>()).keys()].sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9));
        // Within the lede's run, a line with nothing of its own goes on with the lede's account.
        const inLedeRun = ledeRun && ledeThread !== undefined && own.size === 0 && (placed.get(anchor.id)?.has(ledeThread) ?? false);
        const thread = inLedeRun ? ledeThread : previousEvents[0];
        const samePlace = !skipped && anchor.paragraph === sentence.paragraph;
        // A pronoun ("He apologised") points at the sentence just before, not past it.
        // So does the speaker's "we": a quote opening with it ('"We have waited …," a relative said'), or a transcript's
        // answer going on under its speaker's label ("Mao Ning: China opposes …" / "We urge …"). A narrator's "we" does not.
        // Not "X then did Y": the next step may be the account's ("Coastguard boats then pulled 40 passengers from the
        // water") or a happening of its own ("Police then arrested his brother", "The club then lost 3-0"), and the
        // happening vocabulary cannot tell them apart; left unplaced rather than filed under the wrong event.
        const opener = !skipped && (CONTINUATION_OPENER.test(sentence.text) || speakerWeGoesOn(sentence.text, anchor.text));
        const onlyBackground = [...own.keys()].every((id) => id !== dominant?.id && !eventById.get(id)?.main);
        const threadEvent = thread ? eventById.get(thread) : undefined;
        // Across a paragraph break (wire copy gives each sentence its own), only a sentence that shares something
        // with the account before it carries it on: one of its people, or (from the sentence just before) its kind of
        // happening. A body named in passing ("FTX filed for bankruptcy") is not enough.
        // Not from a sentence itself carried across a break (no chains through background paragraphs), nor when the
        // sentence dates something outside the account ("told the jury last month", "in 2020").
        // The article's main account goes on through the lines after it that bring nothing of their own: no date, no
        // happening word, no other event (a wire page gives each sentence its own paragraph).
        const mainGoesOn =
          threadEvent !== undefined &&
          inLedeRun &&
          threadEvent.main &&
          // Past an aside, only a line that takes up the lede's own wording ("the charges") picks the account up again.
          (!skipped || (ledeText !== undefined && sharesWording(sentence.text, ledeText))) &&
          own.size === 0 &&
          // A subhead heads the lines under it (see below), not the lede above it.
          !isSubhead(sentence.text) &&
          (datesBySentence.get(sentence.id) ?? []).length === 0 &&
          triggers.every((trigger) => trigger.kind === 'statement') &&
          !anotherActor(sentence.text, mentions.get(sentence.id) ?? [], threadEvent, personIds) &&
          // …and that take up its wording ("the recorders", "the brief"): a line sharing no word with it is another topic.
          (sharesWording(sentence.text, anchor.text) || (ledeText !== undefined && sharesWording(sentence.text, ledeText)) || (!skipped && statesAFigure(sentence.text)));
        const shares =
          mainGoesOn ||
          (threadEvent !== undefined &&
          !carriedAcross.has(anchor.id) &&
          !datesElsewhere(datesBySentence.get(sentence.id) ?? [], threadEvent) &&
          // A candidate named after an election speaks at a happening of their own (see talkingKind); "the vote"
          // names an election of years before only with its year (see meantWithoutYear).
          ((talkingKind(threadEvent) && (threadEvent.participants ?? []).some((id) => names.has(id) && personIds.has(id))) ||
            (!skipped && meantWithoutYear(threadEvent) && triggers.some((trigger) => familiesOf(threadEvent).includes(familyOf(trigger.kind))))));
        // "Tien said Taiwan was ending ties …" right under "Tien Chung-kwang told reporters …": the person or body the
        // line before named, now the subject speaking again, goes on with that account (its own words, not a new one).
        const speaker = own.size === 0 && !skipped && !samePlace ? openingSpeaker(sentence.text, mentions.get(sentence.id) ?? []) : undefined;
        const sameSpeaker =
          speaker !== undefined &&
          threadEvent !== undefined &&
          // After an election a candidate's words are a happening of their own (see talkingKind).
          talkingKind(threadEvent) &&
          (mentions.get(anchor.id) ?? []).some((mention) => mention.entityId === speaker) &&
          !datesOutside(datesBySentence.get(sentence.id) ?? [], threadEvent);
        const across = own.size === 0 && !samePlace && !opener && (shares || sameSpeaker);
        // "He has been held in a Brooklyn jail since August" after the sentencing the article recalls: a line dating
        // something outside a side account ("since August", a day or month no event was made of) has moved on from it,
        // whatever it opens with. The article's main account is what it keeps coming back to: "It was also the first
        // visit since Kamikawa went to Busan in November 2023" still speaks of the visit.
        // "He also plans to attend Trump's inauguration": the subject's own plan for the later happening it is dated on
        // is that happening's, not more of the main account (a plan in a clause further on, "as Trump is to take office
        // on Jan. 20", is the backdrop of what the sentence says).
        const cueAt = new RegExp(FUTURE_CUE.source, FUTURE_CUE.flags.replace('g', '')).exec(sentence.text)?.index;
        const plansOwn = plansLater && cueAt !== undefined && cueAt <= SUBJECT_REACH * 3;
        // "Turnout was about 72%, down from nearly 75% in 2020.": a year of its own that ended before the account began
        // compares with another time, whichever account it follows.
        const yearBefore = (datesBySentence.get(sentence.id) ?? []).some((date) => date.precision === 'year' && date.end !== null && threadEvent !== undefined && date.end < threadEvent.start);
        const datesOther =
          threadEvent !== undefined && ((thread !== dominant?.id && datesElsewhere(datesBySentence.get(sentence.id) ?? [], threadEvent)) || yearBefore);
        // "In the other tie, Portvale beat Doria": a line naming another pair of sides has moved on to another match.
        const otherMatch = threadEvent !== undefined && (threadEvent.kinds ?? []).includes('victory') && anotherMatch(pairsNamed(sentence.text), datedLines(threadEvent));
        // "Orlov also conceded" after Lenz's concession: another person doing the same is their own happening.
        const alsoAnother = threadEvent !== undefined && otherPersonAlso(sentence.text, mentions.get(sentence.id) ?? [], threadEvent, personIds, mentions);
        if (thread && threadEvent && !datesOther && !otherMatch && !alsoAnother && !aboutAnother(threadEvent) && !own.has(thread) && ((own.size === 0 && (samePlace || opener || shares || sameSpeaker)) || (opener && onlyBackground && !plansOwn && thread === dominant?.id))) {
          if (across) carriedAcross.add(sentence.id);
          const link = samePlace
            ? ' in the same paragraph'
            : across && mainGoesOn
              ? ' across a paragraph break: the lede’s account goes on through a line with no date or happening of its own (weak: an editorial split undoes it)'
              : across && sameSpeaker && !shares
              ? ` across a paragraph break: the speaker it names, ${entityName.get(speaker!) ?? speaker}, goes on (weak: an editorial split undoes it)`
              : across
              ? ' across a paragraph break, by what it shares with that account (weak: an editorial split undoes it)'
              : `, opening “${sentence.text.split(/\s+/).slice(0, 2).join(' ')}”`;
          own.set(thread, { how: 'continues', why: `continues ${anchor.id}${link}` });
        }
      }

      // A lede with no date or happening of its own ("Small charges brought down the span resting on the ship") opens
      // the account its next line dates ("The demolition happened just after 5 p.m. Monday").
      // So does the first line under a subhead, which leads its section as a lede leads the article.
      // And a paragraph's opening line with nothing of its own ("The reaction online was swift.") opens the account the
      // next line of its paragraph dates, as the lines after a dated one in a paragraph go on with it.
      const opensSection = previous === null || isSubhead(previous.text);
      const opensParagraph = previous !== null && previous.paragraph !== sentence.paragraph;
      if (own.size === 0 && sentence.kind === 'body' && (opensSection || opensParagraph) && !isSubhead(sentence.text) && (datesBySentence.get(sentence.id) ?? []).length === 0) {
        // The next line of the story, past a picture's caption or a byline set between them.
        // Read forward by index, not by copying the rest of the article: every paragraph opener looks.
        let following: Sentence | undefined;
        for (let index = (sentenceIndex.get(sentence.id) ?? 0) + 1; index < article.sentences.length && !following; index++) {
          if (article.sentences[index]!.kind === 'body') following = article.sentences[index];
        }
        const next = opensSection || following?.paragraph === sentence.paragraph ? following : undefined;
        const nextDated = next ? placed.get(next.id) : undefined;
        // What happened by the day of the article: a plan dated ahead ("the blog will resume tomorrow") is no account.
        const thread = nextDated && [...nextDated.values()].some((placement) => placement.how === 'dated') ? threadOrder(nextDated, rank)[0] : undefined;
        const ahead = thread !== undefined && published !== null && (eventById.get(thread)?.start ?? '') > published;
        // A paragraph's line is read with a history recalled in it only when it says so: "Ferries have served the islands
        // for a century." is not the terminal closing in 2019 that follows it.
        const recalled = !opensSection && thread !== undefined && !meantWithoutYear(eventById.get(thread)!);
        if (thread && next && !ahead && !recalled) {
          const why = opensSection
            ? `the lede: opens the account its next line, ${next.id}, dates (weak: an editorial split undoes it)`
            : `opens its paragraph: the account the paragraph’s next line, ${next.id}, dates (weak: an editorial split undoes it)`;
          own.set(thread, { how: 'continues', why });
        }
      }
      // 4. a noun of action naming an account of this article by its own word: "the demolition" where the article
      // dates "The controlled demolition happened …", "the filing" where it dates the filing. Only when exactly one of
      // the article's accounts uses that noun, and not as a landmark ("after the closure") or another occasion. A caption
      // showing "the landing" shows that account as a body line naming it speaks of it.
      if (own.size === 0 && !future && (sentence.kind === 'body' || sentence.kind === 'caption')) {
        for (const noun of definiteHappeningNouns(sentence.text)) {
          // A happening word the trigger list knows was read above (1).
          if (triggers.some((trigger) => trigger.start <= noun.start && trigger.end > noun.start)) continue;
          const lead = sentence.text.slice(Math.max(0, noun.start - 50), noun.start);
          if (LANDMARK_BEFORE.test(lead) || OTHER_OCCASION_BEFORE.test(lead) || INDEFINITE_BEFORE.test(lead)) continue;
          const word = singularNoun(noun.word);
          // "the landing" where the headline placed on the account says "India lands probe": a noun made with "-ing"
          // names the action of its verb, which the account's own lines may use in any of its forms.
          const forms = gerundVerbForms(word);
          const headlineOn = (event: TimelineEvent) => (headline && placed.get(headline.id)?.has(event.id) ? [headline.text] : []);
          const usesVerb = (event: TimelineEvent) =>
            forms.size > 0 && [...accountText(event.id), ...headlineOn(event)].some((text) => wordsOf(text).some((form) => forms.has(form)));
          const usesNoun = (event: TimelineEvent) =>
            contentWordSet(event.title).has(word) || contentWordSet(event.title).has(noun.word) || accountText(event.id).some((text) => nounsOf(text).has(word)) || usesVerb(event);
          const named = ranked.filter((event) => meantWithoutYear(event) && usesNoun(event));
          if (named.length !== 1) continue;
          own.set(named[0]!.id, { how: 'refers', why: `refers to “${sentence.text.slice(noun.start, noun.start + noun.word.length)}”: the one account of this article that uses the word` });
          break;
        }
      }
      // 4b. "Vikram has landed." under "India lands Vikram": a line with no date or happening word of its own whose
      // subject the headline names, told with the headline's own verb in another form, retells the headline's account.
      if (own.size === 0 && !future && sentence.kind === 'body' && headline && triggers.length === 0 && (datesBySentence.get(sentence.id) ?? []).length === 0) {
        const headlineAccounts = [...(placed.get(headline.id)?.keys() ?? [])];
        // The subject: the first word that is no function word ("Vikram", "the capsule"), among the first few.
        const words = wordsOf(sentence.text).filter((word) => word !== '');
        const subjectAt = words.slice(0, SUBJECT_WORDS).findIndex((word) => !FUNCTION_WORDS.has(word));
        const subject = subjectAt >= 0 ? words[subjectAt] : undefined;
        const headlineWords = wordsOf(headline.text);
        const verbStems = new Set(headlineWords.flatMap(inflectedStems));
        // Another form than the headline's: "the capsule docks are" under "docks capsule" is a noun, not the telling.
        const retold = words.slice(subjectAt + 1).some((word) => !headlineWords.includes(word) && inflectedStems(word).some((stem) => verbStems.has(stem)));
        if (headlineAccounts.length === 1 && subject !== undefined && headlineWords.includes(subject) && retold) {
          own.set(headlineAccounts[0]!, { how: 'refers', why: `retells the headline: its subject, told with the headline’s verb` });
        }
      }
      // 5. a picture's caption that dates what it shows ("Photo: Rescuers beside the fallen crane on Tuesday morning")
      // shows the account this article dates that day, when it dates exactly one. A day the article reports nothing on
      // leaves it context, and so do several accounts that day: even the main story was measured to be the wrong pick
      // as often as not ("supporters celebrate on Saturday night" under a victory is the victory speech's picture).
      const standfirstLine = sentence.kind === 'caption' && previous === null && previousKind === 'headline' && isSummaryLine(sentence.text);
      if (own.size === 0 && sentence.kind === 'caption' && !standfirstLine && !future) {
        // "waiting at the airport since Sunday": a span from that day on shows the present, not that day.
        const days = (datesBySentence.get(sentence.id) ?? []).filter(
          (date) => date.precision === 'day' && !/\b(?:since|until|till|from)\s+$/iu.test(sentence.text.slice(Math.max(0, date.charStart - 8), date.charStart)),
        );
        const day = days.length === 1 ? days[0]!.start! : undefined;
        const ofDay = day === undefined ? [] : ranked.filter((event) => event.start <= day && (event.end ?? event.start) >= day);
        const shown = ofDay.length === 1 ? ofDay[0] : undefined;
        if (shown) own.set(shown.id, { how: 'refers', why: `a caption dated ${day}: the one account this article dates that day` });
        // Several accounts that day: the one whose own lines share the most words with what the picture shows
        // ("Travelers wait at a Delta rebooking desk" under "The line at the rebooking desk stretched …"), when one
        // shares clearly more than any other.
        const byWords = shown === undefined && ofDay.length > 1 ? closestAccount(sentence.text, ofDay, (event) => [event.title, ...accountText(event.id)]) : undefined;
        if (byWords) own.set(byWords.id, { how: 'refers', why: `a caption dated ${day}: of the article’s accounts that day, the one whose lines share its words` });
      }
      // 6. a line saying who would not or could not comment ("X declined to comment", "could not be reached for
      // comment") answers the reporter's question about the account the article last told.
      if (own.size === 0 && sentence.kind === 'body' && NO_COMMENT.test(sentence.text) && (datesBySentence.get(sentence.id) ?? []).length === 0 && lastPlaced) {
        const thread = threadOrder(placed.get(lastPlaced.id), rank)[0];
        if (thread) own.set(thread, { how: 'continues', why: `a no-comment line: answers for the account of ${lastPlaced.id} (weak: an editorial split undoes it)` });
      }
      // 7. a match's account: under a headline giving its score, a line with no date, other happening or event of its own
      // ("GOAL! Spain 1-0 England (Williams 47)", "Cleared off the line!", "Morata lifts the trophy") tells that match,
      // as a live blog's entries do; so does the headline itself, over what its fallback would pick.
      if (own.size === 0 && scoredMatch && !future && (datesBySentence.get(sentence.id) ?? []).length === 0) {
        // Any line giving the same two sides' score ("FULL-TIME: Spain 2-1 England", a caption or an entry's title), but
        // not another meeting of theirs: one with a time of its own ("last season", "when the sides first met") or a
        // score this match never passed through on its way to the headline's.
        const otherMeeting = OTHER_MEETING.test(sentence.text);
        const sameSides = scoresGiven(sentence.text).some(
          (pair) => pair.sides.join('|') === scoredMatch.sides.join('|') && !beyondScore(pair.score, scoredMatch.score) && !otherMeeting,
        );
        // A summary line speaks of this match: it names a side of it or someone named beside one ("Vens turns sharply"
        // under "GOAL! … (Dario Vens 81)"), or, naming nobody, is the next entry after a line of the match ("Cleared off
        // the line!" under the score) and not the page speaking to its readers ("That is all from us"); and it names no
        // other pair of sides ("Hillbrook drew 1-1 with Westby", "Join us for Portvale v Castamar") or other meeting, nor
        // an award ("Vens takes the player-of-the-match prize"), a happening of its own.
        // A line naming none of the match after a line of something else ("Doria's owner is under investigation") is
        // another club's news. What may come to someone ("faces the sack") is no part of the match.
        const before = article.sentences[(sentenceIndex.get(sentence.id) ?? 0) - 1];
        const afterMatchLine = before !== undefined && (placed.get(before.id)?.has(scoredMatch.event.id) ?? false);
        const ofThisMatch = () =>
          (scoredMatch.sides.some((side) => namesSide(sentence.text, side)) ||
            namesOneOf(sentence.text, (namesOfMatch ??= matchNames(article.sentences, scoredMatch.sides))) ||
            (afterMatchLine && !READER_ADDRESS.test(sentence.text) && !NAMED_OWNER.test(sentence.text) && onlyPeopleNamed(mentions.get(sentence.id) ?? []))) &&
          !namesOtherPair(sentence.text, scoredMatch.sides) &&
          !otherMeeting &&
          !PROSPECT.test(sentence.text) &&
          !tellsAward(sentence.text);
        if (sentence === headline || sameSides) own.set(scoredMatch.event.id, { how: 'refers', why: 'gives the score of the match the headline scores' });
        // A summary line under the headline ("Oyarzabal wins it with four minutes left") tells it too: its happening word
        // may be the match's own kind, not another's.
        // A credit ("Live reporting by …") or a picture's label is a line of names, not a summary (isSummaryLine).
        else if (
          (sentence.kind === 'body' || (sentence.kind === 'caption' && isSummaryLine(sentence.text))) &&
          triggers.every((trigger) => trigger.kind === 'statement' || familiesOf(scoredMatch.event).includes(familyOf(trigger.kind))) &&
          ofThisMatch()
        ) {
          own.set(scoredMatch.event.id, { how: 'continues', why: 'a line of the match the headline scores, with nothing of its own (weak: an editorial split undoes it)' });
        }
      }
      // A headline ("Neighbours pledge closer ties") announces the article's main story, unless its words fit several;
      // so does the standfirst right under it, the summary line before the story's first body line (a live blog's
      // entry titles further down are entries of their own). A page with no publication day has no place in the story's
      // period to test its happening against: what it dates is its main story. A few words ("Foreign Minister Takeshi Iwaya", "Reported
      // by …") or a line of names ("Lucy Fenwick (now) and Arjun Mehta (earlier)") label a picture or credit someone.
      const standfirst = sentence.kind === 'caption' && previous === null && previousKind === 'headline' && isSummaryLine(sentence.text);
      if (own.size === 0 && (sentence.kind === 'headline' || standfirst) && !fitsSeveral && ambiguities.length === 0 && headlineStory && (headlineStory.main || published === null)) {
        own.set(headlineStory.id, { how: 'refers', why: `a ${standfirst ? 'standfirst' : 'headline'} naming no happening: the article’s main story` });
      }
      if (own.size > 0) placed.set(sentence.id, own);
      else {
        const entry: ContextSentence = { sentenceId: sentence.id, reason: contextReason(sentence, ambiguities, names, entityName) };
        if (candidates.size > 0) entry.candidates = [...candidates];
        contextSentences.push(entry);
      }
      if (sentence.kind === 'body') previous = sentence;
      previousKind = sentence.kind;
      if (sentence.kind === 'body' && own.size > 0) lastPlaced = sentence;
      if (sentence.kind === 'body' && own.size > 0 && ledeThread === undefined) {
        ledeThread = threadOrder(own, rank)[0];
        ledeRun = true;
        ledeText = sentence.text;
      } else if (sentence.kind === 'body' && ledeThread !== undefined && !own.has(ledeThread)) {
        // A line that placed nothing (an aside: "The crew stayed aboard, officials said.") pauses the lede's run rather
        // than ending it; one placed elsewhere, a subhead, or more than MAX_SKIP such lines in a row end it.
        // A line with a date or a happening of its own, or whose subject is someone outside the account, has moved on.
        const ledeEvent = eventById.get(ledeThread);
        const aside =
          own.size === 0 &&
          !isSubhead(sentence.text) &&
          (datesBySentence.get(sentence.id) ?? []).length === 0 &&
          // "a section of the collapsed span": a happening word qualifying a noun is no happening of its own.
          triggers.every((trigger) => trigger.kind === 'statement' || dependentWord(sentence.text, trigger, triggers)) &&
          ledeEvent !== undefined &&
          !anotherActor(sentence.text, mentions.get(sentence.id) ?? [], ledeEvent, personIds);
        ledeGap = aside ? ledeGap + 1 : MAX_SKIP + 1;
        if (ledeGap > MAX_SKIP) ledeRun = false;
      }
      if (sentence.kind === 'body' && ledeThread !== undefined && own.has(ledeThread)) ledeGap = 0;
      earlier.push(sentence.id);
    }

    // A subhead ("Hou concedes", "1. Lai won, but with a minority") heads the lines under it: it takes the account of
    // the first of them. Read after the article, since that line comes after it.
    const unplaced: ContextSentence[] = [];
    const contextOf = new Map(contextSentences.map((item) => [item.sentenceId, item]));
    article.sentences.forEach((sentence, index) => {
      const entry = contextOf.get(sentence.id);
      if (!entry) return;
      const next = article.sentences[index + 1];
      const under = next && next.kind === 'body' && next.paragraph !== sentence.paragraph ? placed.get(next.id) : undefined;
      const thread = under ? [...under.keys()].sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9))[0] : undefined;
      if (sentence.kind === 'body' && isSubhead(sentence.text) && thread && next) {
        placed.set(sentence.id, new Map([[thread, { how: 'continues', why: `a subhead over ${next.id}: heads its account` }]]));
      } else unplaced.push(entry);
    });
    contextSentences.splice(0, contextSentences.length, ...unplaced);

    for (const [sentenceId, byEvent] of placed) {
      for (const [eventId, placement] of byEvent) {
        const event = eventById.get(eventId);
        if (!event || event.evidence.some((item) => item.sentenceId === sentenceId)) continue;
        const evidence: Evidence = { articleId: article.id, sentenceId, dateId: null, how: placement.how, why: placement.why };
        event.evidence.push(evidence);
      }
    }
    contextByArticle.set(article.id, contextSentences);
  }

  const readingOrder = new Map(input.articles.flatMap((article, articleIndex) => article.sentences.map((sentence, index) => [sentence.id, articleIndex * 1e6 + index] as const)));
  const outletOf = new Map(input.articles.map((article) => [article.id, article.outletId ?? article.id]));
  const outletOrder = context.outlets.map((outlet) => outlet.id);
  for (const event of events) {
    event.evidence.sort((a, b) => (readingOrder.get(a.sentenceId) ?? 0) - (readingOrder.get(b.sentenceId) ?? 0));
    const present = new Set(event.evidence.map((item) => outletOf.get(item.articleId) ?? item.articleId));
    event.outlets = [...outletOrder.filter((id) => present.has(id)), ...[...present].filter((id) => !outletOrder.includes(id))];
  }
  return { events, context: contextByArticle };
};

/**
 * The match a headline gives the score of: exactly one pair of sides, and exactly one win the story dates on the
 * article's day or the day before whose lines name both sides. Nothing for a round-up of several scores.
 */
function matchScored(
  text: string,
  published: string,
  events: readonly TimelineEvent[],
  sentenceText: ReadonlyMap<string, string>,
): { event: TimelineEvent; sides: readonly [string, string]; score: readonly [number, number] } | undefined {
  const pairs = scoresGiven(text);
  if (pairs.length !== 1) return undefined;
  const [home, away] = pairs[0]!.sides;
  const found = events.filter(
    (event) =>
      event.main &&
      (event.kinds ?? []).includes('victory') &&
      event.start <= published &&
      event.start >= shiftDay(published, -1) &&
      event.evidence.some((item) => {
        const line = sentenceText.get(item.sentenceId) ?? '';
        return namesSide(line, home) && namesSide(line, away);
      }),
  );
  return found.length === 1 ? { event: found[0]!, ...pairs[0]! } : undefined;
}

/**
 * "last season", "when the sides first met", "the reverse fixture", "next week": a line with a time of another
 * meeting of the sides tells that one, not the match the headline scores.
 */
const OTHER_MEETING =
  /\b(?:(?:last|previous|next|coming)\s+(?:season|year|campaign|month|week|weekend|time|meeting|round|match|game|fixture)|(?:first|last|previously|once)\s+met|met\s+(?:before|previously)|reverse\s+fixture|earlier\s+(?:this|in\s+the)\s+(?:season|campaign|year)|the\s+other\s+(?:game|match|tie|fixture|semi-?final|quarter-?final))\b/iu;

/** A line opening on someone's possessive ("Doria’s owner"), not a pronoun's contraction ("It’s", "That’s") or a day's. */
const NAMED_OWNER = /^(?!(?:It|That|There|Here|What|Who|Let|He|She|Today|Tonight|Yesterday|Tomorrow)['’])\p{Lu}\p{L}+['’]s?\s/u;

/** What may come to someone, not what happened in the match: "Scotland boss Tom Reid faces the sack", "facing a ban". */
const PROSPECT = /\b(?:faces?|facing)\s+(?:(?:the|a|an|possible|further|more|fresh|new)\s+)?(?:sack|axe|ban|fine|charges?|investigation|inquiry|questions?|calls?|pressure|suspension|trial|disciplinary|action|exit)\b/iu;

/** The page speaking to its readers: "That is all from us", "Join us again", "you can follow it here", "thanks for reading". */
const READER_ADDRESS = /\b(?:us|our|you|your|reading)\b/iu;

/**
 * A line naming no body or place the entity stage found, only people or names it did not type ("Ole Brandt on for
 * Dario Vens", "The keeper could only parry it into the path of Lind").
 */
function onlyPeopleNamed(sentenceMentions: readonly { type: string }[]): boolean {
  return sentenceMentions.every((mention) => mention.type === 'person');
}

/**
 * A score of the headline's sides that this match's score cannot have passed on the way to the headline's: "Castamar
 * 0-4 Eastmoor" under "Castamar 2-1 Eastmoor" is another meeting ("Half-time: Castamar 1-1" is this one's).
 */
const beyondScore = (score: readonly [number, number], final: readonly [number, number]) => score[0] > final[0] || score[1] > final[1];

/**
 * The capitalised names of a score headline's match: words its article's lines name beside a side of the match
 * ("GOAL! Castamar 2-1 Eastmoor (Dario Vens 81)", "Castamar captain Ivo Sand"), from lines naming no other pair or
 * meeting. A line naming one of them, or a side, speaks of the match.
 */
function matchNames(sentences: readonly Sentence[], sides: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const sentence of sentences) {
    if (!sides.some((side) => namesSide(sentence.text, side)) || namesOtherPair(sentence.text, sides) || OTHER_MEETING.test(sentence.text)) continue;
    const words = sentence.text.split(/\s+/u).slice(1);
    for (const word of words) {
      const bareWord = word.replace(/^[("“'‘]+|[)"”'’.,:;!?]+$|['’]s$/gu, '');
      if (/^\p{Lu}\p{Ll}[\p{L}'’-]+$/u.test(bareWord)) found.add(bareWord);
    }
  }
  return found;
}

/** Whether a line names one of the names (its capitalised words, wherever they stand). */
function namesOneOf(text: string, names: ReadonlySet<string>): boolean {
  return text.split(/\s+/u).some((word) => names.has(word.replace(/^[("“'‘]+|[)"”'’.,:;!?]+$|['’]s$/gu, '')));
}

/**
 * The events a sentence is placed on, the one it carries on first: what its own date places it on ("asked an appeals
 * court on Friday to throw out his conviction" reports the appeal; the conviction is named), then by the article's rank.
 */
function threadOrder(byEvent: Map<string, Placement> | undefined, rank: Map<string, number>): string[] {
  const dated = (id: string) => (byEvent?.get(id)?.how === 'dated' ? 0 : 1);
  return [...(byEvent?.keys() ?? [])].sort((a, b) => dated(a) - dated(b) || (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9));
}

/**
 * A line whose subject is someone outside an account reports what they did: "Berg congratulated Quill", "The Council
 * has given its view too". A body only attributing ("The ministry said the recorders …") is a source, not an actor;
 * after an election (no talking kind) a candidate's own words are a happening of their own too.
 */
function anotherActor(text: string, sentenceMentions: readonly { entityId: string; start: number; end: number; type: string }[], event: TimelineEvent, personIds: ReadonlySet<string>): boolean {
  const subject = sentenceMentions.filter((mention) => mention.start <= SUBJECT_REACH && mention.type !== 'place').sort((a, b) => a.start - b.start)[0];
  const speaks = subject !== undefined && /^(?:\s+\([^)]*\))?\s+(?:(?:has|have|had)\s+)?(?:said|says|told|tells|added|adds|stated|states|announced|announces|reported|reports)\b/u.test(text.slice(subject.end));
  if (subject && !(event.participants ?? []).includes(subject.entityId) && (personIds.has(subject.entityId) || !speaks)) return true;
  return !talkingKind(event) && subject !== undefined && personIds.has(subject.entityId) && SPEECH_OR_STANCE.test(text);
}

/**
 * "An hour later Pavel Orlov also conceded", "The party's chair, Ines Varga, also apologised" after an account of
 * Lenz's concession: a person the account does not name, doing something "also", does it at a happening of their own.
 * Not when the line names one of the account's people too ("Orlov also congratulated Lenz" after Lenz's win).
 */
function otherPersonAlso(
  text: string,
  sentenceMentions: readonly { entityId: string; start: number; type: string }[],
  event: TimelineEvent,
  personIds: ReadonlySet<string>,
  mentions: MentionIndex,
): boolean {
  const also = /\balso\s+\p{Ll}/u.exec(text);
  if (also === null || text.slice(0, also.index).split(/\s+/).length > ALSO_REACH) return false;
  const persons = sentenceMentions.filter((mention) => personIds.has(mention.entityId));
  if (!persons.some((mention) => mention.start < also.index)) return false;
  // The account's people: its participants, and whoever its dated lines name ("Marta Lenz, the candidate, conceded").
  const ours = new Set([...(event.participants ?? []), ...event.evidence.flatMap((item) => (mentions.get(item.sentenceId) ?? []).map((mention) => mention.entityId))]);
  if (persons.some((mention) => ours.has(mention.entityId))) return false;
  // "Finance Minister Tom Reyes also spoke" after the news conference, "Senator Ana Diaz also voted against it" after the
  // vote: taking part in a happening many take part in is a part of it, unless the line names a place of its own.
  const takesPart = TAKING_PART.some(([kind, verb]) => (event.kinds ?? []).includes(kind) && verb.test(text.slice(also.index)));
  const elsewhere = sentenceMentions.some((mention) => mention.type === 'place' && !ours.has(mention.entityId));
  return !takesPart || elsewhere;
}
/** What a person does to take part in a gathering or a vote, right after "also": one of many at one happening. */
const TAKING_PART: readonly (readonly [string, RegExp])[] = [
  ['speech', /^also\s+(?:spoke|speaks|addressed|attended|took part|appeared)\b/u],
  ['meeting', /^also\s+(?:spoke|speaks|attended|took part|joined the (?:talks|meeting))\b/u],
  ['dialogue', /^also\s+(?:spoke|attended|took part|joined the talks)\b/u],
  ['vote', /^also\s+(?:voted|votes|abstained)\b/u],
];
/** Words before "also" for it to speak of the line's subject ("Shortly after midnight Pavel Orlov also …"). */
const ALSO_REACH = 10;

const CAPTION_UNTOPICAL =
  /^(?:photo|picture|image|caption|video|credit|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|today|yesterday|tonight)$/u;
/** How many content words a caption must share with an account's lines to be placed by them, and by how many more than the next. */
const CAPTION_WORDS = 2;

/** The event whose texts share the most content words with `text`: at least CAPTION_WORDS, and more than any other. */
function closestAccount(text: string, events: readonly TimelineEvent[], textsOf: (event: TimelineEvent) => string[]): TimelineEvent | undefined {
  // The day and the picture's own labels say when and what kind of line it is, not what it shows.
  const mine = new Set([...topicWords(text)].filter((word) => !CAPTION_UNTOPICAL.test(word)));
  const scored = events
    .map((event) => {
      const theirs = new Set(textsOf(event).flatMap((line) => [...topicWords(line)]));
      return { event, shared: [...mine].filter((word) => theirs.has(word)).length };
    })
    .sort((a, b) => b.shared - a.shared);
  const [best, next] = scored;
  return best && best.shared >= CAPTION_WORDS && (next === undefined || best.shared > next.shared) ? best.event : undefined;
}

/** Words that say nothing of a topic when two lines share them: reporting verbs and the commonest of news copy. */
const UNTOPICAL = /^(?:said|says|told|tells|added|according|reported|reports|officials?|people|there|their|years?|months?|weeks?|days?)$/u;

/**
 * "Turnout was 38%.", "Some 5,200 doctors joined.": a short line that states a figure and nothing else (the caller
 * has checked it names no date, happening or other actor) is a figure of the account just told.
 */
function statesAFigure(text: string): boolean {
  return /\d/u.test(text) && text.trim().split(/\s+/u).length <= MAX_FIGURE_LINE_WORDS;
}

/** How many words a figure line may have: one noun phrase and its figure. */
const MAX_FIGURE_LINE_WORDS = 8;

/** Two lines share a content word of four or more letters (a plural as its singular): "the recorders" takes up "both flight recorders". */
function sharesWording(text: string, other: string): boolean {
  const mine = topicWords(text);
  return [...topicWords(other)].some((word) => mine.has(word));
}

/** A line's content words of four or more letters, plurals as singulars, less reporting verbs and news-copy commonplaces. */
function topicWords(value: string): Set<string> {
  return new Set(
    value
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 4 && !FUNCTION_WORDS.has(word) && !UNTOPICAL.test(word))
      .map((word) => word.replace(/(?<=[^s])s$/u, '')),
  );
}

/** Verbs that report what someone said: the words after them are the speaker's. */
const REPORTING_VERB = /\b(?:said|says|added|adds|told|tells|insisted|insists|stated|states|argued|argues|claimed|claims|warned|warns|wrote|congratulat(?:ed|es|ing))\b/giu;

/**
 * Who reports the words at `position`: the people and bodies named before the last reporting verb ahead of it
 * ("Chen added that the vote …" → Chen). None when no verb stands before it or no one is named before the verb.
 */
function speakersBefore(text: string, position: number, mentions: readonly { entityId: string; start: number; end: number; type: string }[]): string[] {
  let verbStart = -1;
  for (const match of text.slice(0, position).matchAll(REPORTING_VERB)) verbStart = match.index;
  if (verbStart < 0) return [];
  return mentions.filter((mention) => mention.end <= verbStart && mention.type !== 'place').map((mention) => mention.entityId);
}

/** The text outside quotation marks: the narrator's own words. */
function withoutQuotes(text: string): string {
  return text.replace(/["“][^"“”]*["”]/gu, ' ');
}

/** A line opening with a speaker's label: "Mao Ning: …", "Q: …". */
const SPEAKER_LABEL = /^[\p{Lu}][\p{L}.,'’ -]{0,40}:\s/u;

/** "We" opening a quote, or opening the next line of an answer given under a speaker's label. */
function speakerWeGoesOn(text: string, before: string): boolean {
  return /^["“]\s*We\b/u.test(text) || (/^We\b/u.test(text) && SPEAKER_LABEL.test(before));
}

/** Verbs that open a speaker's next words: "Chen added that …", "Tien said …". */
const SPEAKS_ON = /^(?:\s+\([^)]*\))?,?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:said|says|added|adds|told|tells|stated|states|noted|notes|insisted|insists|explained|explains|warned|warns|wrote|writes|argued|argues)\b/u;

/** The person or body that opens a sentence as the subject of a reporting verb: "Chen added that …" → Chen. */
function openingSpeaker(text: string, sentenceMentions: readonly { entityId: string; start: number; end: number; type: string }[]): string | undefined {
  const subject = sentenceMentions.filter((mention) => mention.start <= SUBJECT_REACH && mention.type !== 'place').sort((a, b) => a.start - b.start)[0];
  return subject && SPEAKS_ON.test(text.slice(subject.end)) ? subject.entityId : undefined;
}

/** A date of the sentence's own outside the event's span, a bare year included ("said in 2027"). */
function datesOutside(dates: readonly DateMention[], event: TimelineEvent): boolean {
  const end = event.end ?? event.start;
  return dates.some((date) => date.start !== null && date.end !== null && (date.end < event.start || date.start > end));
}

/** A date of the sentence's own that falls outside the event's span (a day or a month; a bare year is too coarse to tell). */
/**
 * "Okafor grew up in Enugu" names the one who completed a transfer, but does not speak of it: a line placed on an act
 * only through its subject must say something (a verb of saying, a statement) or name the act's own words (its
 * object: "the transfer", "Valdoria").
 */
function speaksOfAct(text: string, act: TimelineEvent, participantNames: readonly string[]): boolean {
  if (SPEECH_OR_STANCE.test(text) || STATEMENT_WORD.test(text)) return true;
  const stem = (word: string) => word.slice(0, 5);
  const stems = new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 4 && !FUNCTION_WORDS.has(word))
      .map(stem),
  );
  // The title's words after the last name of those taking part (which the subject already matched, as it may a role
  // before it: "Goalkeeper"): what they did, and to what.
  const names = new Set(participantNames.flatMap((name) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  const words = act.title.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const lastName = words.findLastIndex((word) => names.has(word));
  return words
    .slice(lastName + 1)
    .filter((word) => word.length >= 4 && !FUNCTION_WORDS.has(word))
    .some((word) => stems.has(stem(word)));
}

function datesElsewhere(dates: readonly DateMention[], event: TimelineEvent): boolean {
  const end = event.end ?? event.start;
  return dates.some((date) => date.precision !== 'year' && date.start !== null && date.end !== null && (date.end < event.start || date.start > end));
}

const personCount = (event: TimelineEvent, personIds: ReadonlySet<string>) => (event.participants ?? []).filter((id) => personIds.has(id)).length;

/** The event of the nearest earlier sentence that is an account of two or more people taking part (a meeting, a call). */
function lastGroupEvent(
  earlier: string[],
  placed: Map<string, Map<string, Placement>>,
  eventById: Map<string, TimelineEvent>,
  personIds: ReadonlySet<string>,
): TimelineEvent | undefined {
  for (let index = earlier.length - 1; index >= 0; index--) {
    for (const id of placed.get(earlier[index]!)?.keys() ?? []) {
      const event = eventById.get(id);
      if (event && talkingKind(event) && personCount(event, personIds) >= 2) return event;
    }
  }
  return undefined;
}

/** The events of one family naming any of `names` as a participant, each once, in corpus order. */
function namedEvents(byName: Map<string, TimelineEvent[]> | undefined, names: Set<string>, eventOrder: Map<TimelineEvent, number>): TimelineEvent[] {
  if (!byName) return [];
  const found = new Set<TimelineEvent>();
  for (const id of names) for (const event of byName.get(id) ?? []) found.add(event);
  return [...found].sort((a, b) => eventOrder.get(a)! - eventOrder.get(b)!);
}

/** "will attend Trump's inauguration": a plan or expectation whose verb leads straight to the later happening's word. */
function plansHappening(text: string, event: TimelineEvent): boolean {
  const families = familiesOf(event);
  const triggers = findTriggers(text).filter((trigger) => families.includes(familyOf(trigger.kind)));
  for (const cue of text.matchAll(new RegExp(FUTURE_CUE.source, 'gi'))) {
    const cueEnd = cue.index + cue[0].length;
    if (triggers.some((trigger) => trigger.start >= cueEnd && trigger.start - cueEnd <= 40)) return true;
  }
  return false;
}

/** Past-tense and participle forms of happening words ("visited", "crashed", "met"): verbs, not nouns a reference can use. */
/** A headline's happening word right after "to" and not a plural noun ("to meet", not "return to talks"). */
function headlineInfinitive(text: string): boolean {
  return findTriggers(text).some((trigger) => /\bto\s+$/i.test(text.slice(Math.max(0, trigger.start - 4), trigger.start)) && !/s$/i.test(text.slice(trigger.start, trigger.end)));
}

function isVerbForm(word: string): boolean {
  return /(?:ed|met|struck|spoke|held)$/i.test(word) && !/^(?:need|speed)$/i.test(word);
}

/**
 * An election or a vote has candidates and voters, not people talking together as at a meeting: what a candidate
 * says afterwards (a victory speech, a concession) is a happening of its own, not the vote's.
 */
const MASS_KINDS = new Set(['election', 'vote', 'victory', 'result']);
function talkingKind(event: TimelineEvent): boolean {
  return !(event.kinds ?? []).some((kind) => MASS_KINDS.has(kind));
}

function placeOn(placed: Map<string, Map<string, Placement>>, sentenceId: string, eventId: string, placement: Placement) {
  let byEvent = placed.get(sentenceId);
  if (!byEvent) placed.set(sentenceId, (byEvent = new Map()));
  if (!byEvent.has(eventId)) byEvent.set(eventId, placement);
}

function familiesOf(event: TimelineEvent | undefined): string[] {
  return (event?.kinds ?? []).filter(isEventKind).map(familyOf);
}

/**
 * The events this article dates, its main story first: the story-window event
 * whose participants the article names most, then by how many of its
 * sentences each event has.
 */
function rankArticleEvents(article: Article, eventById: Map<string, TimelineEvent>, placed: Map<string, Map<string, Placement>>, mentions: MentionIndex): TimelineEvent[] {
  const namedCount = new Map<string, number>();
  for (const sentence of article.sentences) {
    for (const mention of mentions.get(sentence.id) ?? []) namedCount.set(mention.entityId, (namedCount.get(mention.entityId) ?? 0) + 1);
  }
  const sentencesOf = new Map<string, number>();
  for (const byEvent of placed.values()) for (const id of byEvent.keys()) sentencesOf.set(id, (sentencesOf.get(id) ?? 0) + 1);
  const weight = (event: TimelineEvent) => (event.participants ?? []).reduce((sum, id) => sum + (namedCount.get(id) ?? 0), 0);
  // "Judge Kaplan set sentencing for March 28" in a report of the verdict: a happening still to come when the article
  // came out is not what it reports, however often its people are named.
  // A preview ("Iwaya will visit Seoul on Monday"), whose lede dates the happening to come, reports that plan.
  const published = article.publishedAt?.slice(0, 10) ?? null;
  const ledeLine = article.sentences.find((sentence) => sentence.kind === 'body' && placed.has(sentence.id));
  const ledeAhead = [...(placed.get(ledeLine?.id ?? '')?.keys() ?? [])].some((id) => published !== null && (eventById.get(id)?.start ?? '') > published);
  const ahead = (event: TimelineEvent) => !ledeAhead && published !== null && event.start > published;
  return [...sentencesOf.keys()]
    .map((id) => eventById.get(id))
    .filter((event) => event !== undefined)
    .sort(
      (a, b) =>
        Number(b.main) - Number(a.main) ||
        Number(ahead(a)) - Number(ahead(b)) ||
        weight(b) - weight(a) ||
        (sentencesOf.get(b.id) ?? 0) - (sentencesOf.get(a.id) ?? 0) ||
        b.outlets.length - a.outlets.length ||
        a.id.localeCompare(b.id),
    );
}

function participantNames(event: TimelineEvent, names: Set<string>, entityName: Map<string, string>): string {
  return (event.participants ?? [])
    .filter((id) => names.has(id))
    .map((id) => entityName.get(id) ?? id)
    .join(' and ');
}

/** The happening word with the words that own it: "the Korea-Japan foreign ministers' meeting". */
function phraseAt(text: string, trigger: Trigger): string {
  const before = DEFINITE_BEFORE.exec(text.slice(Math.max(0, trigger.start - 60), trigger.start))?.[0] ?? '';
  const after = /^(?:\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?/u.exec(text.slice(trigger.end))?.[0] ?? '';
  return `${before}${text.slice(trigger.start, trigger.end)}${after}`.trim();
}

/** "the recent declaration of martial law" and the event "Yoon declares martial law" share "martial". */
function sharesTitleWord(phrase: Set<string>, title: string, titleWords: Map<string, Set<string>>): boolean {
  // Read once per title: a family's main events are tested against every such phrase.
  let words = titleWords.get(title);
  if (!words) titleWords.set(title, (words = contentWordSet(title)));
  return [...phrase].some((word) => words.has(word));
}

/** The words owning a happening word, less the word itself ("recent", "martial", "law"). */
function phraseWords(text: string, trigger: Trigger): Set<string> {
  return contentWordSet(phraseAt(text, trigger).replace(text.slice(trigger.start, trigger.end), ''));
}

/** How long a verb's stem must be for its "-ing" noun to be matched to its other forms ("land" in "landing"). */
const MIN_VERB_STEM = 4;

/**
 * The inflected verb forms an "-ing" noun is made from: "landing" → lands, landed; "closing" → closes, closed;
 * "shipping" → ships, shipped. Not the bare stem, which is often a noun of its own ("land", "ship"). Empty for other
 * nouns and short stems.
 */
function gerundVerbForms(noun: string): Set<string> {
  if (!noun.endsWith('ing')) return new Set();
  const stem = noun.slice(0, -3);
  const bases = [stem, `${stem}e`];
  // A doubled final consonant ("shipp-ing") is the short verb's ("ship").
  if (/([^aeiou])\1$/u.test(stem)) bases.push(stem.slice(0, -1));
  return new Set(bases.filter((base) => base.length >= MIN_VERB_STEM).flatMap((base) => (base.endsWith('e') ? [`${base}s`, `${base}d`] : [`${base}s`, `${base}ed`, `${base}es`])));
}

/** The stems an inflected verb form may have: "landed" → land, lande; "lands" → land. None for other words. */
function inflectedStems(word: string): string[] {
  const stems = word.endsWith('ed') ? [word.slice(0, -2), word.slice(0, -1)] : word.endsWith('s') && !word.endsWith('ss') ? [word.slice(0, -1)] : [];
  return stems.filter((stem) => stem.length >= MIN_VERB_STEM);
}

/** The lower-cased words of a text, as written. */
function wordsOf(value: string): string[] {
  return value.toLowerCase().split(/[^\p{L}]+/u);
}

/** The words of a text as singular nouns: "the filings" → "filing". */
function nounsOf(value: string): Set<string> {
  return new Set(value.toLowerCase().split(/[^\p{L}]+/u).map(singularNoun));
}

function contentWordSet(value: string): Set<string> {
  return new Set(value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2 && !FUNCTION_WORDS.has(word)));
}

function contextReason(sentence: Sentence, ambiguities: string[], names: Set<string>, entityName: Map<string, string>): string {
  if (ambiguities.length > 0) return `unsure: ${ambiguities.join('; ')}; an editorial merge or split settles it`;
  if (sentence.kind === 'headline') return 'headline: names no event of its own';
  if (sentence.kind === 'caption') return 'caption: names no event of its own';
  if (names.size > 0) return `background: names ${[...names].map((id) => entityName.get(id) ?? id).slice(0, 3).join(', ')}, but no happening of an event`;
  return 'background: names no happening, participant or date of an event';
}

/** A sentence dated on an event of the same kind of happening as `event` on another day, or with an actor in common a day off. */
function datedElsewhereAlike(own: Map<string, Placement>, event: TimelineEvent, eventById: Map<string, TimelineEvent>): boolean {
  const specific = (of: TimelineEvent) => familiesOf(of).filter((family) => family !== 'action' && family !== 'statement');
  const theirs = new Set(specific(event));
  return [...own].some(([id, placement]) => {
    const dated = eventById.get(id);
    if (placement.how !== 'dated' || dated === undefined || dated.start === event.start) return false;
    if (specific(dated).some((family) => theirs.has(family))) return true;
    // A day off with an actor in common: the same happening another outlet dates differently, or its neighbour.
    const dayOff = shiftDay(dated.start, 1) === event.start || shiftDay(event.start, 1) === dated.start;
    return dayOff && (dated.participants ?? []).some((id) => (event.participants ?? []).includes(id));
  });
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Whether the text names the event's year or month. */
function namesWhen(text: string, event: TimelineEvent): boolean {
  const month = MONTH_NAMES[Number(event.start.slice(5, 7)) - 1]!;
  return text.includes(event.start.slice(0, 4)) || new RegExp(`\\b${month.slice(0, 3)}`, 'i').test(text);
}
