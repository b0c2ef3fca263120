/**
 * Stage 1: every dated sentence whose nearby words report a happening becomes
 * an occurrence (not the landmark an "after" clause recalls, nor the day a span
 * ends; a reaction to a happening is its own).
 */
import type { DateMention, Entity } from '../../../lib/corpus/schema';
import { familyOf, findActionVerbs, findTriggers, IRREGULAR_PAST, type EventKind, type Trigger } from '../../knowledge/event-triggers';
import type { MentionIndex } from '../../mention-index';
import { clauseBoundaries, clauseOf, UNREALISED_CUE } from '../../text/clauses';
import { escapeRegExp } from '../../text/tokens';
import { GENERIC_KINDS, type EventInput, type Occurrence } from './model';

/** How far (in characters) a trigger may stand from the date and still describe it. */
/** "for talks", "for a two-day summit": the happening a trip or a call is for. */
const PURPOSE_BEFORE = /\bfor\s+(?:(?:the|a|an|further|fresh|new)\s+)?(?:[\p{L}-]+\s+){0,1}$/iu;
const TRIGGER_REACH = 30;
/** How far a plain verb may stand from a day and still report what was done on it ("On Monday, acting President Choi ordered"). */
const ACTION_REACH = 60;
/** How far the happening word may stand from a month or year and still be dated by it. */
const VAGUE_TRIGGER_REACH = 60;
/** How far a verb may follow a month or year that opens the sentence ("In May 2023, Prime Minister Kishida laid"). */
const OPENING_ACTION_REACH = 40;
const SCANNED_KINDS = new Set(['headline', 'caption', 'body']);

export function findOccurrences(input: EventInput, mentions: MentionIndex): Occurrence[] {
  const articleById = new Map(input.articles.map((article) => [article.id, article]));
  const sentenceOrder = new Map<string, number>();
  for (const article of input.articles) article.sentences.forEach((sentence, order) => sentenceOrder.set(sentence.id, order));
  const sentenceById = new Map(input.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, sentence] as const)));

  const datesBySentence = new Map<string, DateMention[]>();
  for (const date of input.dates) {
    if (date.start === null || date.end === null || date.precision === null) continue;
    const list = datesBySentence.get(date.sentenceId);
    if (list) list.push(date);
    else datesBySentence.set(date.sentenceId, [date]);
  }

  const occurrences: Occurrence[] = [];
  for (const [sentenceId, dates] of datesBySentence) {
    const sentence = sentenceById.get(sentenceId);
    const article = articleById.get(dates[0]!.articleId);
    if (!sentence || !article || !SCANNED_KINDS.has(sentence.kind)) continue;
    const triggers = withoutContained([...findTriggers(sentence.text), ...winnerNamed(sentence.text)]);
    const boundaries = clauseBoundaries(sentence.text);
    const clauseAround = (start: number, end: number) => clauseOf(boundaries, sentence.text.length, start, end);
    // A broad expression next to a precise one ("Earlier this week … on Jan. 7") adds nothing.
    // Compared by distinct span, so a sentence listing thousands of dates stays linear.
    const spans = [...new Map(dates.map((date) => [`${date.start}|${date.end}`, date])).values()];
    const broad = new Set(spans.filter((span) => spans.some((other) => strictlyInside(other, span))).map((span) => `${span.start}|${span.end}`));
    const precise = dates.filter((date) => !broad.has(`${date.start}|${date.end}`));
    // "mourning until Jan. 4": the day a happening ends is not the day it happened, nor does it split the sentence.
    // "delayed from September 15", "first planned for June 7": a dropped plan's day is not the day anything happened.
    const bounded = precise.filter((date) => !isEndBound(sentence.text, date) && !isDroppedDate(sentence.text, date)).sort((a, b) => a.charStart - b.charStart);
    // "its report on the March 26 collapse", "challenged the Dec. 3 decree": a date between a determiner and a noun
    // dates that noun's happening only; the sentence's verb takes another date of its clause or none.
    const byStart = [...triggers].sort((a, b) => a.start - b.start);
    const nounDated = new Map(bounded.flatMap((date) => {
      const noun = datedNoun(sentence.text, date, byStart) ?? possessiveNoun(sentence.text, date, byStart, bounded, clauseAround);
      return noun ? [[date, noun] as const] : [];
    }));
    for (const [date, noun] of nounDated) {
      const trigger = noun.trigger;
      if (!trigger || isStartBound(sentence.text, date)) continue;
      // "replies to the March 3 ruling": a landmark too, even when its date stands inside the noun phrase.
      if (landmarkNamed(sentence.text, trigger, date)) continue;
      const inPhrase = (mentions.get(sentenceId) ?? []).filter((mention) => mention.start >= noun.from && mention.end <= noun.to);
      const ofType = (type: Entity['type']) => new Set(inPhrase.filter((mention) => mention.type === type).map((mention) => mention.entityId));
      // "The 2020 election", "Yoon's Dec. 3 decree": the date is part of the name of the happening.
      const words = sentence.text.slice(noun.from, noun.to).replace(/\s+/g, ' ').trim();
      occurrences.push({
        date: date as Occurrence['date'],
        article,
        sentenceOrder: sentenceOrder.get(sentenceId) ?? 0,
        kinds: new Set([trigger.kind]),
        primaryKind: trigger.kind,
        persons: ofType('person'),
        places: ofType('place'),
        organizations: ofType('organization'),
        phrase: words,
        clause: words,
      });
    }
    // Once per sentence, so a sentence listing thousands of dates stays linear.
    const nounTriggers = new Set([...nounDated.values()].flatMap((noun) => (noun.trigger ? [noun.trigger] : [])));
    const inDatedNoun = (trigger: Trigger) => nounTriggers.has(trigger);
    // A date inside a noun phrase ("the March 26 memorial", "its report on the March 26 collision") names which thing is
    // meant: it dates that noun's happening above, or nothing, and leaves the sentence's verb to its other dates.
    const sorted = bounded.filter((date) => !nounDated.has(date));
    sorted.forEach((date, position) => {
      // Each date owns the part of the sentence nearer to it than to any other date.
      const previous = sorted[position - 1];
      // "held by rebels since March were released on Monday": a "since" date dates nothing, so the words between it and
      // this date in one clause are this date's ("since the night of Dec. 3, when …" keeps its own clause).
      const afterSince = previous !== undefined && isStartBound(sentence.text, previous) && !/[,;:()–—]/u.test(sentence.text.slice(previous.charEnd, date.charStart));
      const from = position === 0 ? 0 : afterSince ? previous.charEnd : midpoint(previous!, date);
      const to = position === sorted.length - 1 ? sentence.text.length : midpoint(date, sorted[position + 1]!);
      const [clauseFrom, clauseTo] = clauseAround(date.charStart, date.charEnd);
      // "the majority it had held since 2016": a date after "since" is when a state began, not a happening.
      if (isStartBound(sentence.text, date)) return;
      // "relatives have camped in the hall since the crash on Dec. 29": a day that places the landmark a "since" phrase
      // names is when the state began, not what the sentence reports.
      if (sinceLandmark(sentence.text, date)) return;
      // "arrived on Tuesday to help work out why the plane crashed on Sunday": with a date of its own, the sentence
      // reports its arrival; the crash is what the question it asks is about.
      if (sorted.length > 1 && /\b(?:why|how|whether)\s[^,;:()]*$/i.test(sentence.text.slice(Math.max(0, date.charStart - 120), date.charStart))) return;
      // "… fell short of a majority, meaning … when the new legislature convenes on 1 February": the date dates its
      // own "when" clause; a happening word before that clause is not what happened that day.
      const timeClause = timeClauseStart(sentence.text, clauseFrom, date);
      // A happening word in a clause holding one date is that date's, however near another date stands: in "who built
      // FTX before it collapsed last year, was convicted … on Thursday" the conviction is Thursday's.
      const clauseDate = (trigger: Trigger) => {
        const [tFrom, tTo] = clauseAround(trigger.start, trigger.end);
        const inside = sorted.filter((other) => other.charStart >= tFrom && other.charEnd <= tTo);
        return inside.length === 1 ? inside[0] : undefined;
      };
      const own = triggers.filter(
        (trigger) =>
          !inDatedNoun(trigger) &&
          (clauseDate(trigger) === undefined ? trigger.start >= Math.max(from, timeClause) && trigger.end <= to : clauseDate(trigger) === date && trigger.start >= timeClause) &&
          !isRelationalReference(sentence.text, trigger, date) &&
          !datesAnotherClause(sentence.text, trigger, date) &&
          !inUnrealisedRelative(sentence.text, trigger) &&
          !inLandmarkClause(sentence.text, clauseAround(trigger.start, trigger.end), trigger, date) &&
          // "Luna-25, launched earlier this month, had crashed four days earlier": an aside recalling how the thing
          // came to be is not what a date outside it reports.
          !outsideAside(appositiveParticiple(sentence.text, trigger), date),
      );
      // "the victims of the Jeju Air crash ended …": a happening word that only qualifies a noun is not what the date
      // reports when the sentence has another one ("national mourning … ended").
      const heads = own.filter((trigger) => !qualifiesNoun(sentence.text, trigger));
      if (heads.length > 0 && heads.length < own.length) own.splice(0, own.length, ...heads);
      // "Divers on Wednesday pulled the bodies of workers who died in the collapse": when every happening word only
      // qualifies a noun and stands away from the date, the date reports what its own verb did, not that happening.
      if (own.length > 0 && own.every((trigger) => namesSufferers(sentence.text, trigger) && distance(trigger, date) > TRIGGER_REACH)) own.splice(0, own.length);
      const byDistance = (a: Trigger, b: Trigger) => distance(a, date) - distance(b, date);
      // "met in Santiago on Tuesday to discuss the border": the meeting is the happening, the outcome verb what was done there.
      // "Lai won Saturday's vote": the outcome is the news, the vote only names the occasion.
      // "arrived in Brasilia on Tuesday for talks": what the trip was for is not what the date reports, when the
      // clause has a happening of its own (the talks may be the next day, and dating them Tuesday invents a conflict).
      const purpose = (trigger: Trigger) => PURPOSE_BEFORE.test(sentence.text.slice(Math.max(0, trigger.start - 30), trigger.start));
      const rank = (trigger: Trigger) =>
        purpose(trigger) ? 3 : trigger.kind === 'statement' ? 2 : outcomeOverVote && (trigger.kind === 'vote' || trigger.kind === 'election') ? 1 : 0;
      const outcomeOverVote = own.some((trigger) => trigger.kind === 'victory');
      const specificFirst = (a: Trigger, b: Trigger) => rank(a) - rank(b) || byDistance(a, b);
      const inClause = own.filter((trigger) => trigger.start >= clauseFrom && trigger.end <= clauseTo).sort(specificFirst);
      // No happening word of a known kind: a verb in the date's own clause still says something was done that day.
      // Not for a date that modifies a noun ("his Dec 3 decree", "the Jan. 27 report"): the verb is not what it dates.
      const modifiesNoun = /(?:\b(?:his|her|its|their|the|a|an|this|that)|['’]s)\s+$/i.test(sentence.text.slice(Math.max(0, date.charStart - 12), date.charStart));
      const actions =
        inClause.length === 0 && own.length === 0 && date.precision === 'day' && !modifiesNoun
          ? findActionVerbs(sentence.text)
              .filter(
                (verb) =>
                  // A verb nearer an earlier date that dates only its own aside is this date's: "The barge, which
                  // hit the pier on Aug. 2, was towed to a dry dock on Aug. 9".
                  (verb.start >= from || (previous !== undefined && verb.start >= previous.charEnd && datesAnotherClause(sentence.text, verb, previous))) &&
                  verb.end <= to &&
                  // "Crews brought down the section of bridge lying on the ship's bow with explosives on Monday": the
                  // verb of the date's own clause, however long the clause, is what was done that day.
                  (distance(verb, date) <= ACTION_REACH || (verb.start >= clauseFrom && verb.end <= clauseTo)) &&
                  !datesAnotherClause(sentence.text, verb, date) &&
                  !inUnrealisedRelative(sentence.text, verb) &&
                  !plansWhatTheDateDates(sentence.text, verb, date) &&
                  !inLandmarkClause(sentence.text, clauseAround(verb.start, verb.end), verb, date),
              )
              .sort(byDistance)
          : [];
      let nearest = inClause[0] ?? [...own].sort(byDistance)[0] ?? actions[0];
      // A month or a year far from any happening word is scene-setting ("this year"), not an event date…
      if (nearest && date.precision !== 'day' && distance(nearest, date) > VAGUE_TRIGGER_REACH) nearest = undefined;
      // …unless it opens the sentence and a verb follows it: "In May 2023, Kishida laid a wreath …".
      if (!nearest && date.precision !== 'day' && opensSentence(sentence.text, date)) {
        nearest = findActionVerbs(sentence.text)
          .filter(
            (verb) =>
              verb.start >= date.charEnd &&
              verb.end <= to &&
              distance(verb, date) <= OPENING_ACTION_REACH &&
              // "In November 2029, after customers rushed …, the exchange filed": the "after" clause is a landmark.
              !inLandmarkClause(sentence.text, clauseAround(verb.start, verb.end), verb, date),
          )
          .sort(byDistance)[0];
      }
      if (!nearest) return;
      // "the reaction to Saturday's vote": the date names the happening the news answers; the news is the reaction.
      if (!GENERIC_KINDS.has(nearest.kind) && landmarkNamed(sentence.text, nearest, date)) return;
      // "feathers were found in the jet that crashed last month, according to a report": the date dates a relative
      // clause that names the jet by a past happening; the sentence reports something else (the finding, the report).
      if (inRelativeClause(sentence.text, nearest, date) && (date.precision !== 'day' || sorted.length > 1)) return;
      // "India's probe, launched in July, is expected to land on the 23rd": a participle aside after a name is a relative
      // clause cut short; with another date in the sentence, that date is the news and the aside's is background. Alone,
      // the aside's date still dates the happening it recalls (told in passing, but told).
      // A day inside the aside tells its happening outright ("The rebels, attacked on Monday by drones, signed a truce
      // on Wednesday"): only a vaguer date there ("in July") is background.
      const aside = appositiveParticiple(sentence.text, nearest);
      if (aside && !outsideAside(aside, date) && sorted.length > 1 && date.precision !== 'day') return;
      // "Kamikawa issued a statement on Saturday congratulating Lai on his election": what the date reports is the
      // reaction; the happening it speaks of is its subject matter, and the speaker alone is its actor.
      const reaction = nearest.kind !== 'action' && nearest.kind !== 'statement' ? reactionBefore(sentence.text, from, nearest) : null;
      if (reaction) {
        const speakers = (mentions.get(sentenceId) ?? []).filter((mention) => mention.start >= from && mention.end <= reaction.start);
        const ofType = (type: Entity['type']) => new Set(speakers.filter((mention) => mention.type === type).map((mention) => mention.entityId));
        const [reactionFrom, reactionTo] = clauseAround(reaction.start, reaction.end);
        occurrences.push({
          date: date as Occurrence['date'],
          article,
          sentenceOrder: sentenceOrder.get(sentenceId) ?? 0,
          kinds: new Set(['action']),
          primaryKind: 'action',
          persons: ofType('person'),
          places: ofType('place'),
          organizations: ofType('organization'),
          phrase: phraseAround(sentence.text, reaction, [Math.min(clauseFrom, reactionFrom), Math.max(clauseTo, reactionTo)], date),
          clause: clauseAbout(sentence.text, reaction, [reactionFrom, reactionTo], date),
        });
        return;
      }
      const occurrenceOf = (trigger: Trigger, kinds: Set<EventKind>, actorsFrom: number, actorsTo: number): Occurrence => {
        // The actors stand in the date's clause or the happening word's ("On the same day, Ortega visited …").
        const [triggerFrom, triggerTo] = clauseAround(trigger.start, trigger.end);
        const inActorClauses = (start: number, end: number) => (start >= actorsFrom && end <= actorsTo) || (start >= triggerFrom && end <= triggerTo);
        const inClauseMentions = (mentions.get(sentenceId) ?? []).filter((mention) => inActorClauses(mention.start, mention.end));
        const ofType = (type: Entity['type']) => new Set(inClauseMentions.filter((mention) => mention.type === type).map((mention) => mention.entityId));
        return {
          date: date as Occurrence['date'],
          article,
          sentenceOrder: sentenceOrder.get(sentenceId) ?? 0,
          kinds,
          primaryKind: trigger.kind,
          persons: ofType('person'),
          places: ofType('place'),
          organizations: ofType('organization'),
          phrase: phraseAround(sentence.text, trigger, [Math.min(actorsFrom, triggerFrom), Math.max(actorsTo, triggerTo)], date),
          clause: clauseAbout(sentence.text, trigger, [triggerFrom, triggerTo], date),
        };
      };
      // "Lai won the election on Saturday, …, but his party lost its majority": a contrasting clause with a happening
      // of another kind reports a second happening of that day, with its own actors.
      const contrasts = own.filter((trigger) => {
        if (GENERIC_KINDS.has(trigger.kind) || familyOf(trigger.kind) === familyOf(nearest!.kind)) return false;
        const [contrastFrom] = clauseAround(trigger.start, trigger.end);
        const lead = sentence.text.slice(contrastFrom, trigger.start);
        // "…, but his lawyers will appeal": a plan or a possibility is no second happening of the day.
        return contrastFrom > date.charEnd && /^\s*(?:but|while|whereas)\s/i.test(lead) && !UNREALISED_CUE.test(lead);
      });
      const kinds = new Set(
        own
          .filter((trigger) => distance(trigger, date) <= TRIGGER_REACH && !contrasts.includes(trigger) && !(rank(trigger) === 1 && nearest!.kind === 'victory'))
          .map((trigger) => trigger.kind),
      );
      kinds.add(nearest.kind);
      // "Okoro has joined Castamar from Rivera Norte, the club announced on Thursday": an announcement closing the
      // sentence as its attribution reports the clause before it; that clause's people and bodies are its actors, so
      // it meets another outlet's "Okoro on Thursday completed his transfer" as one happening.
      const actorsFrom = nearest.kind === 'announcement' && attributionTail(sentence.text, clauseFrom, clauseTo, nearest) ? 0 : clauseFrom;
      occurrences.push(occurrenceOf(nearest, kinds, actorsFrom, clauseTo));
      const reported = new Set([familyOf(nearest.kind)]);
      for (const trigger of contrasts) {
        if (reported.has(familyOf(trigger.kind))) continue;
        reported.add(familyOf(trigger.kind));
        const [contrastFrom, contrastTo] = clauseAround(trigger.start, trigger.end);
        occurrences.push(occurrenceOf(trigger, new Set([trigger.kind]), contrastFrom, contrastTo));
      }
    });
  }
  return occurrences.sort(
    (a, b) => a.date.start.localeCompare(b.date.start) || a.article.id.localeCompare(b.article.id) || a.sentenceOrder - b.sentenceOrder,
  );
}

/**
 * The happening word with its owner before it (capitalised or possessive words:
 * "Kamikawa's trip", "the Second … Dialogue") and a few words after it, stopping
 * at the clause's edge and at the date itself.
 */
function phraseAround(text: string, trigger: Trigger, [from, to]: [number, number], date: DateMention): string {
  if (insideQuotation(text, trigger)) return '';
  let start = trigger.start;
  const before = text.slice(Math.max(from, trigger.start - 80), trigger.start);
  const owner = /(?:(?:\p{Lu}[\p{L}.'’-]*|[\p{L}.-]+['’]s?)\s+){1,5}$/u.exec(before);
  // "Bus drivers in Leeds walked out": a name after a preposition of place is where, not who; the phrase does not
  // open on it (the city did not walk out).
  const placed = owner !== null && /\b(?:in|at|near|from|outside|across|around|inside)\s+$/iu.test(before.slice(0, owner.index)) && !/['’]s?\s+$/u.test(owner[0]);
  if (owner && !placed) start = trigger.start - before.length + owner.index;
  let end = trigger.end;
  const after = /^(?:\s+[^\s,;:—–()]+){0,4}/u.exec(text.slice(trigger.end, Math.min(to, trigger.end + 60)));
  if (after) end = trigger.end + after[0].length;
  if (date.charStart >= trigger.end) end = Math.min(end, date.charStart);
  if (date.charEnd <= trigger.start) start = Math.max(start, date.charEnd);
  // "workers killed in the collapse was recovered": a happening word after a preposition is no subject of the verb after it.
  if (start === trigger.start && /\b(?:in|of|on|from|at|by|with|during)\s+(?:the|a|an|its|their|his|her)\s+$/i.test(text.slice(Math.max(from, trigger.start - 16), trigger.start)) && /^\s+(?:was|were|is|are|has|had|have)\b/i.test(text.slice(trigger.end))) {
    return '';
  }
  const cut = text.slice(end, to).trim() !== '';
  // "Sunday's flood": the date's possessive goes with it.
  return trimTail(text.slice(Math.max(start, from), end), cut).trim().replace(/^['’]s\s+/u, '');
}

/** Words that open a clause without naming anyone: dropped from the front of a title. */
const LEADING_FILLER = /^(?:(?:on|in|at|by|and|but|then|also|late|early|later|earlier|meanwhile|a|an|the|that|which|who|as|after|before|when|since|following|while|whereas|although|though|because|once)\s+)+/i;
/** Words a title cannot end on: a preposition, an article, an auxiliary, or an adverb the date was cut from ("just after 5 p.m."). */
const TRAILING_FRAGMENT =
  /\s+(?:on|in|at|of|to|for|with|and|or|the|a|an|by|from|which|that|who|as|its|their|his|her|when|where|though|but|must|will|would|can|could|should|may|might|had|has|have|was|were|is|are|not|be|been|just|shortly|soon|only|even|still|also|then|right|around|about|nearly|almost|until|since|after|before|than|early|late|neither|either|each|every|any)$/iu;
/** A bare number the word limit cut from what it counts ("killed 12" of "killed 12 people"). */
const TRAILING_NUMBER = /\s+(?:\d[\d.,%]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/iu;

/**
 * Strips what a cut left at the end: stops, quotes, and dangling function words, until none is left. A closing
 * number goes only when the words were cut (`cut`): "the quake measured magnitude 7.1" keeps its checkable figure.
 */
function trimTail(text: string, cut = false): string {
  let trimmed = text.replace(/[\s.,;:!?"“”]+$/u, '');
  for (let previous = ''; previous !== trimmed; ) {
    previous = trimmed;
    trimmed = trimmed.replace(TRAILING_FRAGMENT, '').replace(/[\s.,;:!?"“”]+$/u, '');
    if (cut) trimmed = trimmed.replace(TRAILING_NUMBER, '').replace(/[\s.,;:!?"“”]+$/u, '');
  }
  return trimmed;
}

/** A word that belongs to a name: capitalised ("Lai", "Ching-te", "Korea's") or an initial. */
const NAME_WORD = /^[(“"]?\p{Lu}/u;

/**
 * Who did what, in the text's words: up to six words before the happening word
 * and five after it, inside its clause, without the date; never starting or
 * ending inside a name or a quotation.
 */
function clauseAbout(text: string, trigger: Trigger, [from, to]: [number, number], date: DateMention): string {
  if (insideQuotation(text, trigger)) return '';
  const dateless = (start: number, end: number) =>
    text
      .slice(start, end)
      // "won Saturday's vote": the date goes with its possessive, not leaving "won 's vote".
      // "spent much of November trying": the date's own preposition goes with it.
      .replace(new RegExp(`(?:\\s(?:of|during|through|since|until)\\s)?${escapeRegExp(text.slice(date.charStart, date.charEnd))}(?:['’]s)?`), ' ')
      .replace(/\s+/g, ' ')
      .trim();
  // Six words before the happening word, or back to the capitalised word that starts its subject
  // ("Jeju Air CEO Kim E-bae bowed his head", not "head at a press briefing").
  let words = dateless(from, trigger.start).split(' ').filter(Boolean);
  // '"We choose democracy," the 64-year-old told a rally': a title does not start inside a quotation.
  const closing = words.findLastIndex((word) => /["”]$/u.test(word));
  if (closing >= 0) words = words.slice(closing + 1);
  let first = Math.max(0, words.length - 6);
  for (let index = first; index > Math.max(0, words.length - 10) && !NAME_WORD.test(words[index]!); index--) {
    if (NAME_WORD.test(words[index - 1]!)) first = index - 1;
  }
  // "Ching-te of Taiwan's ruling …": back to the start of a name the cut fell inside ("Lai Ching-te").
  while (first > 0 && NAME_WORD.test(words[first]!) && NAME_WORD.test(words[first - 1]!) && words.length - first < 14) first--;
  let before = words.slice(first).join(' ').replace(LEADING_FILLER, '');
  // "The check, which began on Monday": a relative clause's subject is the noun before its comma ("check began").
  const relative = /,\s*(?:which|who)\s+((?:(?:was|were|is|are|has been|have been|had been)\s+)?)$/i.exec(text.slice(Math.max(0, trigger.start - 40), trigger.start));
  if (/^\s*(?:which|who)\s+$/i.test(text.slice(from, trigger.start))) before = antecedent(text, from);
  // "sailors aboard the Marisol Star, which was seized": the relative's subject is the noun before its comma, with
  // its auxiliary ("Marisol Star was seized"), not the words of the main clause before it.
  else if (relative && antecedent(text, trigger.start - relative[0].length + 1) !== '') before = `${antecedent(text, trigger.start - relative[0].length + 1)} ${relative[1]!.trim()}`.trim();
  // "A wind-driven wildfire that broke out Sunday afternoon near Whiskeytown had burned": past a relative clause that
  // opens the sentence, its subject is the noun phrase before "that" ("wind-driven wildfire had burned").
  else if (RELATIVE_OPENING.test(text.slice(from, trigger.start))) {
    const [, subject, auxiliary] = RELATIVE_OPENING.exec(text.slice(from, trigger.start))!;
    before = `${subject!.trim()}${auxiliary ? ` ${auxiliary.trim()}` : ''}`;
  }
  // "Norland, the largest donor to the islands, said": past an aside between commas, the name before it is the subject.
  else if (/^(?:(?:has|have|had|was|were|is|are|will|would)\s*)*(?:\p{Ll}+ly)?$/u.test(before)) {
    const aside = /(?:^|[,;:]\s*)(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}),\s+[^,;:]{1,80},\s*$/u.exec(text.slice(Math.max(0, from - 200), from));
    if (aside) before = `${aside[1]!.replace(/^(?:the|a|an)\s+/i, '')}${before ? ` ${before}` : ''}`;
  }
  // "said Tuesday evening that it was suspending the search": what was said is the news, past the date between.
  // "declared late on Sunday a state of emergency", "agreed on Monday to sell its fleet": a date between a verb and its
  // object does not end the clause.
  const objectPastDate =
    date.charStart >= trigger.end && /^\s*(?:(?:late|early|on|at|in|last)\s+)*$/i.test(text.slice(trigger.end, date.charStart)) && /^\s+(?:a|an|the|his|her|its|their|\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|to\s+\p{Ll}{2,})\s/iu.test(text.slice(date.charEnd, to));
  // "was reported sunk": a passive is no one speaking, and what follows the date is not what was said.
  const passive = /\b(?:was|were|is|are|been|being)\s+$/i.test(text.slice(Math.max(0, trigger.start - 8), trigger.start));
  const speech =
    objectPastDate || (!passive && SPEECH_VERB.test(text.slice(trigger.start, trigger.end)) && date.charStart >= trigger.end && text.slice(trigger.end, date.charStart).trim().split(/\s+/).length <= 3);
  const afterWords = (
    speech
      ? `${text.slice(trigger.end, date.charStart).replace(/\s(?:on|at|in|early|late|last)\s*$/i, ' ')} ${text.slice(date.charEnd, to).replace(/^\s*(?:,\s*)?(?:(?:morning|afternoon|evening|night)\s+)?(?:that\s+)?/i, '')}`.replace(/\s+/g, ' ').trim()
      : // "who imposed today's sentence": a date standing as the object's possessive does not end the object.
        dateless(trigger.end, Math.min(to, date.charStart > trigger.end && !possessiveObject(text, trigger, date) ? date.charStart : to))
  ).split(' ').filter(Boolean);
  // Five words after it (eight for what was said), or on to the end of a name the last falls inside ("President Yoon Suk Yeol").
  let last = Math.min(afterWords.length, speech ? 8 : 5);
  // "choose a speaker when the new legislature convenes": a subordinate clause is another happening; the title stops before it.
  const subordinate = afterWords.findIndex((word) => /^(?:when|while|whereas|because|although|though|until|unless)$/i.test(word));
  if (subordinate > 0) last = Math.min(last, subordinate);
  // "Willem van der Berg": a name's particles go on with it.
  const nameGoesOn = (index: number) => NAME_WORD.test(afterWords[index]!) || (NAME_PARTICLE.test(afterWords[index]!) && NAME_WORD.test(afterWords[index + 1] ?? '') || (NAME_PARTICLE.test(afterWords[index + 1] ?? '') && NAME_WORD.test(afterWords[index + 2] ?? '')));
  while (last < afterWords.length && last < 9 && (NAME_WORD.test(afterWords[last - 1]!) || NAME_PARTICLE.test(afterWords[last - 1]!)) && nameGoesOn(last)) last++;
  // "Talks between the union and the airport resumed": "between … and …" is one phrase, and the verb after it says
  // what the talks did; the cut does not fall inside it.
  const between = afterWords.findIndex((word, index) => index < last && /^between$/i.test(word));
  const and = between >= 0 ? afterWords.findIndex((word, index) => index > between + 1 && /^and$/i.test(word)) : -1;
  if (and > 0 && and < 6) {
    const verb = afterWords.findIndex((word, index) => index > and + 1 && index < and + 5 && FINITE_PAST.test(word));
    if (verb > 0) last = Math.max(last, verb + 1);
  }
  const after = afterWords.slice(0, last).join(' ');
  // The happening word itself is never cut ("sworn in" keeps its "in"); only the words after it are.
  const tail = trimTail(` ${after}`, last < afterWords.length).trim();
  // "by-election": a hyphen written straight before the happening word stays joined to it.
  const joined = /-$/u.test(before) && text[trigger.start - 1] === '-';
  return `${before}${joined ? '' : ' '}${text.slice(trigger.start, trigger.end)}${tail ? ` ${tail}` : ''}`.replace(/^[,;:\s]+/, '').trim();
}

/** Particles inside a name: "Willem van der Berg", "Ana de la Cruz". */
const NAME_PARTICLE = /^(?:van|von|der|den|de|del|della|la|le|du|di|da|dos|das|al|bin|ibn|ter)$/u;

/** A sentence's opening noun phrase, a relative clause on it, and the auxiliary before the happening word. */
const RELATIVE_OPENING = /^\s*(?:(?:[Tt]he|[Aa]n?)\s+)?((?:(?!(?:said|says|told|that|which|who)\b)(?!\p{Ll}+ed\b)[\p{L}'’-]+\s+){1,5}?)(?:that|which|who)\s+\p{Ll}+[^,;:]*?\s((?:had|has|have|was|were|is|are)\s+)?$/u;

/** "imposed today's sentence", "won Saturday's vote": the date right after the verb, as its object's possessive. */
function possessiveObject(text: string, trigger: Trigger, date: DateMention): boolean {
  return text.slice(trigger.end, date.charStart).trim() === '' && /^['’]s\s+\p{L}/u.test(text.slice(date.charEnd));
}

/** '"Today's ruling is a milestone," said …': words inside a quotation are someone's claim, not a title's fact. */
function insideQuotation(text: string, trigger: Trigger): boolean {
  const before = text.slice(Math.max(0, trigger.start - 400), trigger.start);
  return before.lastIndexOf('“') > before.lastIndexOf('”') || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Verbs of saying: what follows them (past a date) is what was said. */
const SPEECH_VERB = /^(?:said|says|told|announced|stated|added|reported|confirmed|insisted|warned)$/i;

/** "The check, which began …": up to four words before the comma that ends at `from`, without their article. */
function antecedent(text: string, from: number): string {
  const match = /((?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+)\s*,\s*$/u.exec(text.slice(Math.max(0, from - 60), from));
  if (!match) return '';
  const words = match[1]!.split(/\s+/);
  // "The Three Lions will meet Spain, who beat France": a name before the comma is the antecedent, not the clause it ends.
  if (/^\p{Lu}/u.test(words.at(-1) ?? '')) {
    let start = words.length - 1;
    while (start > 0 && (/^\p{Lu}/u.test(words[start - 1]!) || (/^(?:of|de|van|von|al)$/.test(words[start - 1]!) && start > 1 && /^\p{Lu}/u.test(words[start - 2]!)))) start--;
    return words.slice(start).join(' ');
  }
  const start = words.findLastIndex((word) => /^(?:the|a|an|this|that|its|their|his|her)$/i.test(word));
  return words.slice(start + 1).join(' ');
}

/**
 * "ordered checks on Monday, a day after a jet crashed at Muan": the crash
 * stands in a clause opened by "after", "since"… that the date is not in; it
 * is a landmark of the dated happening, not what the date reports.
 */
function inLandmarkClause(text: string, [from, to]: [number, number], trigger: Trigger, date: DateMention): boolean {
  if (date.charStart >= from && date.charEnd <= to) return false;
  // "after the courtesy call and will visit Palau": an "and" ends the landmark.
  const lead = text.slice(from, trigger.start);
  return /^\s*(?:after|before|following|since|ahead of|prior to|until)\s/i.test(lead) && !/\s(?:and|or|then|but)\s/i.test(lead);
}

/**
 * The date stands in a clause of its own that the happening word is not in, and dates that clause's verb:
 * - a participle aside, "the evidence, gathered on the 3rd of June 2021, had been obtained unlawfully" (not the ruling),
 *   or a "which"/"who" aside, "The fire, which broke out on Aug. 3, burned 14,000 acres" (not the running total);
 * - an "after", "before", "because" or "once" clause with a finite verb of its own, "the vote was called after
 *   the sitting MP, Derek Fane, resigned in January" (not the call). "crashed after taking off on Sunday" has no verb
 *   of its own there, so the crash keeps its day.
 */
/** "…, with more rain expected by ", "with snow forecast for ": an outlook in a "with" phrase, right before a date. */
const WITH_OUTLOOK_BEFORE = /\bwith\s+(?:[\p{L}-]+\s+){1,3}(?:expected|forecast|forecasted|predicted)\s+(?:(?:later|early|late)\s+)?(?:(?:for|on|over|by|from|at|until|through|in)\s+)?(?:the\s+)?$/iu;

function datesAnotherClause(text: string, trigger: Trigger, date: DateMention): boolean {
  // Bounded look-back and look-ahead, so a sentence listing thousands of dates stays linear.
  const leadFrom = Math.max(0, date.charStart - LOOK);
  // "The fire, which broke out on Aug. 3, burned 14,000 acres": a "which" or "who" aside dates its own verb, not the
  // main clause's running total or act after it.
  const aside = /,\s+(?:(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)|which|who)\s[^,;:()]*$/u.exec(text.slice(leadFrom, date.charStart));
  if (aside) {
    const close = /[,;:]/u.exec(text.slice(date.charEnd, date.charEnd + LOOK));
    const asideEnd = date.charEnd + (close?.index ?? LOOK);
    if (trigger.end <= leadFrom + aside.index || trigger.start >= asideEnd) return true;
  }
  if (trigger.start >= date.charEnd && datesRelativeBefore(text, trigger, date)) return true;
  if (trigger.end > date.charStart) return false;
  // "Crews worked through Monday night, with more rain expected by Tuesday": the outlook's day, not the act's.
  if (WITH_OUTLOOK_BEFORE.test(text.slice(Math.max(trigger.end, date.charStart - LOOK), date.charStart))) return true;
  // "The storm that forecasters expected on Monday never came", "a rally that organisers planned to hold on Saturday":
  // a relative clause on the happening noun itself, holding an expectation, a fear or a plan, dates that, not the
  // happening (which may never have come).
  const onNoun = /^\s+(?:that|which|who)\s+([^,;:()—–]*)$/u.exec(text.slice(trigger.end, date.charStart));
  if (onNoun && trigger.end >= date.charStart - LOOK && RELATIVE_CUE.test(onNoun[1]!)) return true;
  return SUBORDINATE_VERB_BEFORE.test(text.slice(Math.max(trigger.end, date.charStart - LOOK), date.charStart));
}

/**
 * A relative clause on a noun, opened before the date and holding it, with a verb of its own that a day can date (a
 * past verb, or a modal, a fear, a claim or a plan): "The man who police say started the fire on Monday | was released",
 * "A bridge that engineers feared would collapse on Monday | held". The verb straight after the date is the main
 * clause's; the day is the relative clause's, so it does not date that verb. ("The firm that owns the plant on Monday
 * announced …" has a present-tense relative, which no day dates: the day stays the main verb's.)
 */
function datesRelativeBefore(text: string, trigger: Trigger, date: DateMention): boolean {
  // The main verb follows the date, or an attribution after it ("… on Monday held, officials said"); a verb joined on
  // ("crashed on Monday and killed", "crashed on Monday, killing") is still the relative clause's.
  const between = text.slice(date.charEnd, trigger.start);
  if (/^\s*(?:,\s*)?(?:and|or|then|before|after|killing|leaving|\p{Ll}+ing)\b/u.test(between) || /[.;:!?]/u.test(between)) return false;
  const lead = text.slice(Math.max(0, date.charStart - LOOK), date.charStart);
  const relative = RELATIVE_ON_NOUN.exec(lead);
  if (!relative) return false;
  const inside = relative[1]!;
  return RELATIVE_CUE.test(inside) || inside.split(/\s+/u).some((word) => FINITE_PAST.test(word));
}

/**
 * "that engineers feared would …", "who police say …", "that was due to …": a relative clause on a noun whose verb is
 * a modal, a fear, a claim or a plan. What it tells did not (or not surely) happen as told, and its words are someone's
 * fear or claim.
 */
function inUnrealisedRelative(text: string, trigger: Trigger): boolean {
  const relative = RELATIVE_ON_NOUN.exec(text.slice(Math.max(0, trigger.start - LOOK), trigger.start));
  if (!relative) return false;
  // The happening word is the cue itself ("feared", "would burst") or the verb the cue governs, past at most two words
  // of its verb chain ("feared would collapse", "say started", "was due to be completed", "said had collapsed"). A
  // verb past the governed verb's object is the main clause's: in "The bill that opponents claimed would ban protests
  // passed", "passed" is what the bill did.
  // "that was reported lost", "who was said to have fled": what others reported of it, the happening word right after.
  if (HEARSAY_PASSIVE.test(relative[1]!)) return true;
  const cues = [...`${relative[1]!}${text.slice(trigger.start, trigger.end)}`.matchAll(RELATIVE_CUES)];
  const last = cues.at(-1);
  if (!last) return false;
  const between = relative[1]!.slice(last.index + last[0].length).trim().split(/\s+/u).filter(Boolean);
  return last.index >= relative[1]!.length - 1 || (between.length <= 2 && between.every((word) => VERB_CHAIN_WORD.test(word)));
}

/**
 * A relative word after a noun (not after a verb of saying, whose "that" opens what was said), then the relative
 * clause's words to the end, with no clause boundary; group 1 holds the words after the relative word.
 */
const RELATIVE_ON_NOUN =
  /(?:^|\s)(?!(?:said|says|say|told|announced|stated|added|claimed|claims|feared|fears|believed|believes|warned|insisted|confirmed|reported|so|such|now|and|but|or)\s)[\p{L}'’-]+\s+(?:that|which|who)\s+([^,;:()—–]*)$/iu;
/** A modal, a verb of fearing, claiming or believing, or a plan, among a relative clause's words. */
const RELATIVE_CUE =
  /(?:^|\s)(?:would|could|might|may|should|must|fear(?:s|ed)?|claim(?:s|ed)?|alleg(?:e|es|ed)|says?|said|believ(?:e|es|ed)|thought|suspect(?:s|ed)?|hop(?:e|es|ed)|expect(?:s|ed)?|predict(?:s|ed)?|(?:was|were|is|are)\s+(?:due|set|scheduled|supposed|meant|about|expected|planned)\s+to|plann?(?:s|ed)\s+to)(?=\s|$)/iu;
const RELATIVE_CUES = new RegExp(RELATIVE_CUE.source, 'giu');
/** A passive of reporting or believing closing the words before the happening word: "was reported", "were said to have". */
const HEARSAY_PASSIVE = /(?:^|\s)(?:was|were|is|are|has\s+been|have\s+been)\s+(?:reported|said|believed|thought|feared|alleged|rumou?red|presumed)(?:\s+to\s+(?:be|have(?:\s+been)?))?\s+$/iu;
/** Words inside a verb chain, between a modal or a verb of saying and the verb it governs. */
const VERB_CHAIN_WORD = /^(?:be|been|have|has|had|not|to|also|still|never|soon|then|finally|\p{Ll}+ly)$/u;

/** A past verb, regular or irregular, as one word. */
const FINITE_PAST = new RegExp(String.raw`^(?:\p{Ll}{2,}ed|${IRREGULAR_PAST})$`, 'u');

/**
 * "organisers planned to hold a rally on Saturday", "the sides agreed to meet on Monday": a verb of planning, hoping or
 * agreeing whose infinitive stands between it and the date. The day is the planned act's, not the planning's.
 */
function plansWhatTheDateDates(text: string, verb: Trigger, date: DateMention): boolean {
  if (verb.end > date.charStart || date.charStart - verb.end > LOOK) return false;
  return PLANNING_VERB.test(text.slice(verb.start, verb.end)) && /^\s+to\s+\p{Ll}/u.test(text.slice(verb.end, date.charStart));
}
const PLANNING_VERB = /^(?:plann(?:ed|ing)|plans?|intend(?:s|ed)?|hop(?:e|es|ed)|aim(?:s|ed)?|agree(?:s|d)?|promis(?:e|es|ed)|vow(?:s|ed)?|pledg(?:e|es|ed)|threaten(?:s|ed)?|expect(?:s|ed)?|want(?:s|ed)?|decid(?:e|es|ed)|prepar(?:e|es|ed))$/iu;

/** How far around a date its clause is looked for (characters). */
const LOOK = 160;

/**
 * "after the sitting MP, Derek Fane, resigned in ": a subordinator, its subject (at most six words, an aside allowed),
 * its own past verb, then at most three words to the date. Not "after taking off", nor "until January 4, and designated".
 */
const SUBORDINATE_VERB_BEFORE = new RegExp(
  String.raw`\b(?:after|before|because|once)\s+(?!\p{Ll}+ing\b)(?:(?!and\b|or\b|but\b)[\p{L}\p{N}'’.-]+,?\s+){1,6}?(?:\p{Ll}{2,}ed|${IRREGULAR_PAST})\s+(?:[\p{L}'’-]+\s+){0,3}$`,
  'u',
);

/** Verbs of reacting to a happening: a statement, congratulations, protest. */
const REACTION_VERB = /\b(?:insist(?:s|ed)|congratulat(?:es|ed|ing)|criticis(?:es|ed)|criticiz(?:es|ed)|condemn(?:s|ed)|welcom(?:es|ed)|denounc(?:es|ed)|protest(?:s|ed)|responded|reacted|issued a statement|lodged)\b/gi;

/** The first reaction verb between the start of the date's part of the sentence and the happening word. */
function reactionBefore(text: string, from: number, trigger: Trigger): Trigger | null {
  for (const match of text.slice(from, trigger.start).matchAll(REACTION_VERB)) {
    // "would ban protests", "the protests": "protests" after a common word is the noun, not a reaction.
    if (/^protests$/i.test(match[0]) && /(?:^|\s)(?!(?:also|still|then|now|who|that|which)\s)\p{Ll}+(?<!ly)\s+$/u.test(text.slice(Math.max(0, from + match.index - 30), from + match.index))) continue;
    return { kind: 'action', start: from + match.index, end: from + match.index + match[0].length };
  }
  return null;
}

/**
 * ", the club announced on Thursday.": the happening word opens the sentence's last clause, after a comma closing a
 * clause of its own, and only its subject (a few words) stands before it; nothing but the date follows the clause.
 */
function attributionTail(text: string, clauseFrom: number, clauseTo: number, trigger: Trigger): boolean {
  if (clauseFrom === 0 || !/,\s*$/u.test(text.slice(0, clauseFrom)) || text.slice(clauseTo).trim().replace(/^[.!]$/u, '') !== '') return false;
  const subject = text.slice(clauseFrom, trigger.start).trim();
  return subject.split(/\s+/u).filter(Boolean).length <= 4 && !/\b(?:will|would|may|might|could|to)\b/iu.test(subject);
}

/**
 * "was declared the winner of the by-election", "was named the victor": the contest won, told without "won". Without
 * it the nearest happening word is the election (or "declared" a declaration), and one outlet's "won" and another's
 * "declared the winner" become two happenings of one person on one day.
 */
const WINNER_NAMED = /\b(?:declared|named|confirmed|proclaimed|crowned)\s+(?:as\s+)?(?:the\s+)?(?:outright\s+)?(?:winner|victor)\b/giu;
function winnerNamed(text: string): Trigger[] {
  return [...text.matchAll(WINNER_NAMED)].map((match) => ({ kind: 'victory' as const, start: match.index, end: match.index + match[0].length }));
}

/** "victory" inside "claims victory", "talks" inside "phone talks": the longer happening word is the one meant. */
function withoutContained(triggers: Trigger[]): Trigger[] {
  return triggers.filter(
    (trigger) => !triggers.some((other) => other !== trigger && other.start <= trigger.start && other.end >= trigger.end && other.end - other.start > trigger.end - trigger.start),
  );
}

/** "a cause of the crash", "the victims of the Jeju Air crash", "a report on the bridge collapse": the happening word qualifies another noun. */
function qualifiesNoun(text: string, trigger: Trigger): boolean {
  if (namesSufferers(text, trigger)) return true;
  return /\b\p{L}+\s+(?:of|on|into|about|over)\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, trigger.start - 40), trigger.start));
}

/** "the workers who died in the bridge collapse", "people killed in the crash": the happening names who suffered it. */
function namesSufferers(text: string, trigger: Trigger): boolean {
  return /\b(?:died|killed|injured|hurt|wounded|perished|lost|missing)\s+(?:in|during)\s+(?:the|a|an|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, trigger.start - 60), trigger.start));
}

/**
 * ", launched in July," after a name: a past participle opening a phrase set off by commas on both sides, the span from
 * the participle to the closing comma. Null for a participle that opens the sentence's own clause or runs to its end.
 */
function appositiveParticiple(text: string, trigger: Trigger): { from: number; to: number } | null {
  if (!/\p{Ll}ed$/u.test(text.slice(trigger.start, trigger.end))) return null;
  // The participle says when or how ("launched in July", "launched last month"): a verb taking an object ("canceled
  // hundreds of flights") is the sentence's own.
  if (!PARTICIPLE_FOLLOWER.test(text.slice(trigger.end, trigger.end + APPOSITIVE_REACH))) return null;
  // Right after a name: the comma before it does not close an aside of its own ("Delta, which is based in Atlanta,
  // canceled …", "The firm, founded in 2011, said …").
  // Read back a bounded stretch only: a long sentence has many triggers.
  const from = Math.max(0, trigger.start - APPOSITIVE_REACH * 2);
  const head = text.slice(from, trigger.start);
  const before = /,([^,;:()]*),\s*$/u.exec(head) ?? (from === 0 ? /^([^,;:()]*),\s*$/u.exec(head) : null);
  if (!before || ASIDE_OPENER.test(before[1]!) || !/[\p{L}\p{N}'’)]\s*$/u.test(before[1]!)) return null;
  // "the plane, a small Cessna, crashed": what follows an appositive noun phrase is the sentence's own verb.
  if (APPOSITIVE_NOUN_PHRASE.test(before[1]!)) return null;
  const close = /^[^,;:.!?()–—]*,/u.exec(text.slice(trigger.end, trigger.end + APPOSITIVE_REACH));
  if (!close) return null;
  // The aside is closed and the main verb follows it ("…, launched in July, is due …"), or the outer clause goes on
  // ("leaving the lander, launched last month, as the only craft"); "the river, swollen by rain, flooded on Sunday,
  // and the mayor spoke" has neither after "flooded on Sunday,": "flooded" is the main verb.
  const to = trigger.end + close[0].length;
  return MAIN_VERB_NEXT.test(text.slice(to, to + 40)) || CLAUSE_GOES_ON.test(text.slice(to, to + 20)) ? { from: trigger.start, to } : null;
}

const CLAUSE_GOES_ON = /^\s*(?:as|to|into|onto|for|from|at|in|by)\s/u;
const APPOSITIVE_NOUN_PHRASE = /^\s*(?:a|an)\s/u;
const MAIN_VERB_NEXT =
  /^\s*(?:\p{Ll}+ly\s+)?(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|shall|did|does|do|remains|remained|faces|faced|says|said|went|came|fell|began|hit|took|won|lost|sank|broke|made|got|left|met|ran|spun|struck|became|\p{Ll}+ed)\b/u;

const APPOSITIVE_REACH = 100;
const PARTICIPLE_FOLLOWER = /^\s+(?:in|on|at|by|from|as|for|with|into|during|under|over|last|earlier|later|this|that|next|aboard|atop|between|since|ago|\d)\b/iu;
const ASIDE_OPENER = /^\s*(?:which|who|whom|whose|where|when|while|based|once|now|then|\p{Ll}+ed)\b/u;

/** A date that is not inside the aside (no aside: nothing is outside it). */
function outsideAside(aside: { from: number; to: number } | null, date: DateMention): boolean {
  return aside !== null && (date.charStart < aside.from || date.charEnd > aside.to);
}

/** "the plane that crashed last month": a past-tense happening verb opening a relative clause, with the date after it. */
function inRelativeClause(text: string, trigger: Trigger, date: DateMention): boolean {
  const word = text.slice(trigger.start, trigger.end);
  // "an outage that began early Friday": the verb that dates a happening's start, in a clause naming it, too.
  if (!/(?:ed|met|struck|spoke|held|fell|won|lost|began|begun|hit)$/i.test(word) || date.charStart < trigger.end) return false;
  return /\b(?:that|which)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(0, trigger.start - 20), trigger.start));
}

/** A word after a date that does not start the noun the date modifies ("the 26th at noon", "the 13th and 14th"). */
const NOT_A_NOUN = /^(?:at|in|on|of|and|or|to|for|from|by|with|as|when|while|after|before|until|that|which|who|is|was|were|are|will|would|had|has|have|be|been|the|a|an|morning|afternoon|evening|night|local|time|or|but|so|then|last|next|this)$/i;

/** Nouns of what is told or decided, after which "on" names a topic: "a report on", "the hearing on", "a ruling on". */
const TOPIC_NOUN = /\b(?:report|reports|findings|inquiry|investigation|probe|hearing|ruling|decision|statement|briefing|update|review|study|story|lawsuit|case|debate|remarks|comments|details|testimony|documentary|article|analysis|data|information|questions|vote|bill|focus)\s+$/i;

/**
 * "its report on the March 26 collapse", "the Dec. 3 decree", "Yoon's Dec. 3 decree": a date between a determiner (or
 * a possessive) and a noun phrase; the phrase (from the determiner to its noun) and the happening word heading it.
 * After a preposition of time or place ("met on the March 26 anniversary", "spoke at the Tuesday rally") a phrase with
 * no happening word still says when the sentence's verb happened: then it is no dated noun.
 */
function datedNoun(text: string, date: DateMention, triggers: Trigger[]): { from: number; to: number; trigger: Trigger | undefined } | null {
  const before = text.slice(Math.max(0, date.charStart - 40), date.charStart);
  const determiner = /(?:\b(on|at|in|during|throughout|by|amid)\s+)?(?:(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{L}+['’]s?|\b(?:his|her|its|their|our|the|this|that|a|an))\s+$/iu.exec(before);
  if (!determiner) return null;
  // "its report on the March 26 collapse": "on" after a noun of what is told says what about, not when.
  const onTopic = determiner[1]?.toLowerCase() === 'on' && TOPIC_NOUN.test(text.slice(0, date.charStart - before.length + determiner.index));
  const after = /^\s+((?:[\p{Ll}-]+\s+){0,2})([\p{Ll}-]+)/u.exec(text.slice(date.charEnd));
  if (!after || NOT_A_NOUN.test(after[1]!.split(/\s+/)[0] || after[2]!)) return null;
  const temporal = determiner[1] !== undefined && !onTopic;
  const from = date.charStart - before.length + determiner.index + (determiner[1] ? determiner[1].length + 1 : 0);
  // The happening word is the phrase's first noun-like word that is one: "the March 26 bridge collapse".
  let to = date.charEnd + after[0].length;
  // The first happening word at or after the date's end (triggers sorted by start: bisection, not a scan).
  let low = 0;
  for (let high = triggers.length; low < high; ) {
    const middle = (low + high) >> 1;
    if (triggers[middle]!.start < date.charEnd) low = middle + 1;
    else high = middle;
  }
  // The happening is the compound's last happening word before a function word: "the March 3 strike ballot at the
  // High Court" dates a ballot, not a strike; "the March 26 bridge collapse" dates the collapse.
  const compound = /^\s+((?:(?!(?:at|in|on|of|to|for|with|by|from|and|or|but|the|a|an|its|their|his|her|that|which|who|was|were|is|are|has|had|will|would)\b)[\p{Ll}-]+\s*)+)/u.exec(text.slice(date.charEnd, to));
  const compoundEnd = compound ? date.charEnd + compound[0].trimEnd().length : to;
  let trigger: Trigger | undefined;
  for (let index = low; index < triggers.length && triggers[index]!.end <= Math.min(to, compoundEnd); index++) trigger = triggers[index];
  if (trigger) to = trigger.end;
  if (!trigger && temporal) return null;
  return { from, to, trigger };
}

/**
 * "pulled out of Saturday's fight on Monday": a day written as a possessive before a noun, in a clause with another day
 * of its own, names which fight is meant; the clause's verb is the other day's act. The possessive dates only its noun's
 * happening (none when the noun is no happening word). Alone in its clause ("Lai won Saturday's vote") it still dates
 * the verb, as nothing else does.
 */
function possessiveNoun(
  text: string,
  date: DateMention,
  triggers: Trigger[],
  dates: DateMention[],
  clauseAround: (start: number, end: number) => [number, number],
): { from: number; to: number; trigger: Trigger | undefined } | null {
  const noun = /^['’]s\s+((?:[\p{Ll}-]+\s+){0,2}?)([\p{Ll}-]+)/u.exec(text.slice(date.charEnd));
  if (!noun || date.precision !== 'day') return null;
  const [clauseFrom, clauseTo] = clauseAround(date.charStart, date.charEnd);
  const other = dates.some((day) => day !== date && day.precision === 'day' && day.charStart >= clauseFrom && day.charEnd <= clauseTo && !/^['’]s\b/u.test(text.slice(day.charEnd)) && (day.start !== date.start || day.end !== date.end));
  if (!other) return null;
  const to = date.charEnd + noun[0].length;
  const trigger = triggers.find((candidate) => candidate.start >= date.charEnd && candidate.end <= to);
  return { from: date.charStart, to: trigger?.end ?? to, trigger };
}

/**
 * The date stands in a "since" phrase that names a happening by a noun ("since the crash on Dec. 29", "since the
 * declaration of martial law on December 3") after the sentence's own words. Only a day: "since the Guam crash in
 * August 1997" names an older happening that nothing else in the text may report. Not a "since" clause with a verb of
 * its own ("has been led by Choi since the assembly impeached Han on the 27th"), whose happening is the news.
 */
function sinceLandmark(text: string, date: DateMention): boolean {
  if (date.precision !== 'day') return false;
  const phrase = /\S\s+since\s+((?:the|a|an|its|his|her|their|this|that)\s[^,;:()]*)$/i.exec(text.slice(Math.max(0, date.charStart - 160), date.charStart));
  return phrase !== null && !/\b\p{Ll}{2,}ed\b/u.test(phrase[1]!);
}

/** "since 2016", "since December": when a state began (held, controlled, served), not a happening of that day. */
function isStartBound(text: string, date: DateMention): boolean {
  return /\bsince\s+$/i.test(text.slice(Math.max(0, date.charStart - 8), date.charStart)) || /^since\b/i.test(date.text);
}

/** Where a "when" or "once" clause holding the date starts, inside the date's clause; 0 when there is none. */
function timeClauseStart(text: string, clauseFrom: number, date: DateMention): number {
  let start = 0;
  for (const match of text.slice(clauseFrom, date.charStart).matchAll(/\b(?:when|whenever|once)\s/gi)) start = clauseFrom + match.index;
  return start;
}

/** A date that closes a span ("until Jan. 4", "through Friday"): when something ends, not when it happened. */
function isEndBound(text: string, date: DateMention): boolean {
  const lead = text.slice(Math.max(0, date.charStart - 10), date.charStart);
  if (date.precision !== 'day' || date.start !== date.end) return false;
  // "until 1800 GMT on Saturday", "until 6pm on Saturday": the deadline's day after its clock time closes the span too.
  const clockLead = text.slice(Math.max(0, date.charStart - 40), date.charStart);
  const deadlineDay = /\b(?:until|till)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{4}\s*(?:GMT|UTC)|\d{1,2}[:.]\d{2}|noon|midnight)(?:\s+(?:GMT|UTC|[A-Z]{2,4}|local\s+time))?\s+(?:on\s+)?$/i;
  return /\b(?:until|till|through)\s+$/i.test(lead) || /^(?:until|till|through)\b/i.test(date.text) || deadlineDay.test(clockLead);
}

/** A verb of changing a plan's day, then up to four words ("moved the referendum"), then "from". */
const CHANGED_FROM =
  /\b(?:delay(?:s|ed|ing)?|postpon(?:es?|ed|ing)|mov(?:es?|ed|ing)|push(?:es|ed|ing)?\s+back|brought\s+forward|bring(?:s|ing)?\s+forward|reschedul(?:es?|ed|ing)|put(?:s|ting)?\s+off|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|chang(?:es?|ed|ing)|cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?)\s+(?:[\p{L}\d'’-]+\s+){0,4}?from\s+$/iu;
/**
 * "was postponed to October 4", "moved the referendum to October 4": the new day is the plan's, not the day the plan
 * was changed; dating the change by it states an act on a day nothing was done.
 */
const CHANGED_TO =
  /\b(?:delay(?:s|ed|ing)?|postpon(?:es?|ed|ing)|mov(?:es?|ed|ing)|push(?:es|ed|ing)?\s+back|brought\s+forward|bring(?:s|ing)?\s+forward|reschedul(?:es?|ed|ing)|put(?:s|ting)?\s+off|shift(?:s|ed|ing)?)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:to|until|till)\s+$/iu;
/** "first planned for", "originally set to open on", "had been scheduled for": a plan that was given up. */
const FORMER_PLAN = /\b(?:(?:first|originally|initially|previously|once)\s+(?:planned|scheduled|set|slated|due|timed|expected)|had\s+(?:been\s+|originally\s+been\s+)?(?:planned|scheduled|set|slated|due))(?:\s+to\s+[a-z]+(?:\s+(?:place|off|up))?)?\s+(?:for|on|in)\s+$/i;

/**
 * "The flight had been delayed from September 15", "the vote, first planned for June 7": a day that was given up is
 * not the day of the sentence's happening, nor of any other.
 */
function isDroppedDate(text: string, date: DateMention): boolean {
  const lead = text.slice(Math.max(0, date.charStart - 60), date.charStart);
  const own = date.text.replace(/^(?:from|for|on|in|to|until|till)\s+/i, '');
  // The mention may hold its own preposition ("from September 15"): read it as part of the lead.
  const withOwn = lead + date.text.slice(0, date.text.length - own.length);
  return CHANGED_FROM.test(withOwn) || FORMER_PLAN.test(withOwn) || CHANGED_TO.test(withOwn) || forWhatItIsFor(withOwn, text, date);
}

/** A word of a timetable before "for": "scheduled for Friday", "set the vote for Friday" give the planned day. */
const SCHEDULED_FOR =
  /\b(?:set|sets|setting|scheduled?|schedules|slated|planned|plans?|due|fixed|booked|timetabled|pencil+ed(?:\s+in)?|earmarked|called|calls|expected|billed|timed|arranged|organi[sz]ed|announced|confirmed|tipped|targeted|targets|aim(?:s|ed|ing)?|adjourned|adjourns|deferred|reschedul(?:ed|es)|postponed|delayed|moved|pushed\s+back|put\s+back|brought\s+forward|remanded|bailed|summoned|listed|deadline|date)\b(?:\s+[\p{L}\d'’-]+){0,5}?\s+for\s+$/iu;

/**
 * "Forecasters have issued a warning for Friday", "the team has trained for Sunday": a day after "for" names what the
 * warning or the training is for, not the day it was done; with no word of a timetable before it ("scheduled for
 * Friday" is the day of the plan), the day dates no happening the sentence reports. A possessive ("for Friday's
 * hearing") names the hearing's day, not the act's.
 */
function forWhatItIsFor(lead: string, text: string, date: DateMention): boolean {
  // "trained hard for Saturday's fight": a possessive day right after "for" is the fight's, not the training's.
  const possessive = /['’]s$/.test(date.text) || /^['’]s\b/.test(text.slice(date.charEnd));
  if (!/\bfor\s+(?:(?:this|next|the|coming)\s+)?$/i.test(lead) || (possessive && !/\bfor\s+$/i.test(lead))) return false;
  const clause = lead.slice(Math.max(0, ...[...lead.matchAll(/[,;:()–—]/gu)].map((match) => match.index + 1)));
  return !SCHEDULED_FOR.test(clause.replace(/(?:(?:this|next|the|coming)\s+)$/i, ''));
}

/**
 * "a week ahead of Trump's inauguration": the inauguration is a landmark, not
 * what the date reports — unless the date sits inside that phrase
 * ("following last month's impeachment").
 */
function isRelationalReference(text: string, trigger: Trigger, date: DateMention): boolean {
  const before = text.slice(Math.max(0, trigger.start - 48), trigger.start);
  const match = /\b(ahead of|before|after|following|until|prior to)\s+((?:[\p{L}.'’-]+\s+){0,3})$/u.exec(before);
  if (!match) return false;
  const phraseStart = trigger.start - before.length + match.index;
  return !(date.charStart >= phraseStart && date.charEnd <= trigger.end);
}

/**
 * "timed the switch to follow Saturday's election", "the reaction to Saturday's vote": a happening named, date and all,
 * as what the sentence's news follows or answers. (A landmark named with "after" or "following" still dates itself.)
 */
function landmarkNamed(text: string, trigger: Trigger, date: DateMention): boolean {
  const before = text.slice(Math.max(0, trigger.start - 48), trigger.start);
  const match = /\b(?:follow|follows|followed|reactions?\s+to|responses?\s+to|repl(?:y|ies)\s+to)\s+((?:[\p{L}.'’-]+\s+){0,3})$/iu.exec(before);
  if (!match) return false;
  const phraseStart = trigger.start - before.length + match.index;
  return date.charStart >= phraseStart && date.charEnd <= trigger.end;
}

function distance(trigger: Trigger, date: DateMention): number {
  if (trigger.end <= date.charStart) return date.charStart - trigger.end;
  if (trigger.start >= date.charEnd) return trigger.start - date.charEnd;
  return 0;
}

/** "In May 2023, …", "Last November, …": the date stands first and a comma closes it. */
function opensSentence(text: string, date: DateMention): boolean {
  return text.slice(0, date.charStart).trim() === '' || /^\s*(?:in|on|last|early|late|by)\s*$/i.test(text.slice(0, date.charStart))
    ? /^\s*,/.test(text.slice(date.charEnd))
    : false;
}

const midpoint = (left: DateMention, right: DateMention) => Math.floor((left.charEnd + right.charStart) / 2);

function strictlyInside(inner: DateMention, outer: DateMention): boolean {
  return (
    inner.start !== null && inner.end !== null && outer.start !== null && outer.end !== null &&
    inner.start >= outer.start && inner.end <= outer.end && (inner.start !== outer.start || inner.end !== outer.end)
  );
}
