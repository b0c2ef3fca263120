/**
 * Stage 8: an event's title, in the texts' own words: who took part for a
 * meeting or a call, what happened for a crash or a verdict.
 */
import type { Entity } from '../../../lib/corpus/schema';
import { familyOf, findActionVerbs, findTriggers, IRREGULAR_PAST, KIND_LABEL, type EventKind } from '../../knowledge/event-triggers';
import type { MentionIndex } from '../../mention-index';
import { clauseBoundaries, clauseOf, FUTURE_CUE } from '../../text/clauses';
import { escapeRegExp } from '../../text/tokens';
import { countBy, GENERIC_KINDS, unique, type Occurrence } from './model';

/** Kinds a reader knows by who took part ("Meeting: Iwaya and Cho in Seoul"); others are titled by what happened. */
const NAMED_BY_PARTICIPANTS = new Set<EventKind>(['call', 'meeting', 'visit', 'dialogue', 'announcement', 'declaration', 'statement']);

/**
 * "Meeting: Iwaya and Cho in Seoul". People are named by the short form the
 * texts use for them (a surname alone, when the texts use one).
 */
export function buildTitle(kind: EventKind, members: Occurrence[], entityById: Map<string, Entity>, mentions: MentionIndex): string {
  const clausePersons = members.flatMap((member) => [...member.persons]);
  const sentencePersons = members.flatMap((member) =>
    unique((mentions.get(member.date.sentenceId) ?? []).filter((mention) => mention.type === 'person').map((mention) => mention.entityId)),
  );
  // The date's own clause names the actors; the whole sentence only when the clause names nobody.
  const personCounts = countBy(clausePersons.length > 0 ? clausePersons : sentencePersons);
  const topTwo = [...personCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2);
  const people = topTwo.map(([id]) => shortName(entityById.get(id)));
  // "Ruiz spokesman Tom Hale said the talks had failed": one speaks for the other; the two are not a meeting's sides.
  const speaksFor =
    topTwo.length === 2 &&
    members.some((member) => speaksForOther(member.article.sentences.find((sentence) => sentence.id === member.date.sentenceId)?.text ?? '', entityById.get(topTwo[0]![0]), entityById.get(topTwo[1]![0])));
  // Where the titled happening was: from the reports of its own kind ("met in Seoul"), not of a trip on from there
  // the same day ("left for Manila"), when there are any.
  const ofKind = members.filter((member) => member.primaryKind === kind);
  const placeCounts = countBy((ofKind.length > 0 ? ofKind : members).flatMap((member) => [...member.places].filter((place) => namedAfterIn(place, member, mentions))));
  // A place already inside the actor's name adds nothing ("Seoul's Ministry … in Seoul").
  const place = [...placeCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const where = place ? ` in ${entityById.get(place)?.name ?? ''}` : '';
  const organization = [...countBy(members.flatMap((member) => [...member.organizations])).entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const actors = people.length > 0 ? people : organization ? [entityById.get(organization)?.name ?? ''] : [];
  const object = kind === 'declaration' ? declaredObject(members) : null;
  if (object && people.length > 0) return `${people[0]} declares ${object}`;
  // A picture's caption says what the picture shows ("Waves crash over the sea wall"); the story's own sentences name
  // the happening, so their wordings title it when there are any.
  const reported = afterTheFact(members);
  const told = reported.filter((member) => member.article.sentences.find((sentence) => sentence.id === member.date.sentenceId)?.kind !== 'caption');
  const reports = told.length > 0 ? told : reported;
  // The wordings of the event's own kind first ("the bridge collapsed", not "the Coast Guard said" of the same day).
  const sameKind = reports.filter((member) => familyOf(member.primaryKind) === familyOf(kind));
  // A speech or an address is itself what someone said: its speech verb is the happening, not a second-hand report.
  const spoken = kind === 'speech' || kind === 'statement';
  const whole = (member: Occurrence) => fullClause(member, mentions);
  const clauses = unique(ranked(reports.map(whole), sameKind.map(whole), spoken).map(repaired)).filter((clause) => !reports.some((member) => madeApartFromDate(member, clause)));
  const phrases = unique(ranked(reports.map((member) => member.phrase), sameKind.map((member) => member.phrase), spoken).map(repaired));
  // "Iwaya and Cho meet in Seoul": who met says it; one lone name does not ("Meeting: Biden"), the text's words do.
  const together = actors.length > 1 && !speaksFor ? participantsTitle(kind, actors, where) : null;
  if (together) return together;
  // "Ministers will sign the accord": a plan reads as a plan, so the clause that says so goes before a noun phrase.
  const candidates =
    actors.length > 0
      ? clauses
      : clauses.some((clause) => FUTURE_CUE.test(clause))
        ? [...clauses, ...phrases]
      : // Nobody named: a noun phrase says it alone ("Eruption of the Kaldur volcano"); a verb ("crashed on landing")
        // only with who or what did it, so the fuller clause goes first when the phrase starts on a verb.
        STARTS_ON_PAST_VERB.test(phrases[0] ?? '') && (clauses[0] ?? '').split(' ').length > (phrases[0] ?? '').split(' ').length
        ? [...clauses, ...phrases]
        : // "Talks between the union" is said whole by the clause that goes on from it ("… and the airport resumed").
          [...phrases.map((phrase) => clauses.find((clause) => clause.length > phrase.length && clause.toLowerCase().startsWith(`${phrase.toLowerCase()} `)) ?? phrase), ...clauses];
  // "Hou conceded": a name and its verb say it in two words; otherwise a title needs three, or two for a noun phrase.
  const title = candidates.find((candidate) => titleProblem(candidate, actors.length > 0) === null);
  // "A march planned for Sunday was called off": what the sentence tells is the calling off, never the plan.
  const calledOff = reports.map((member) => calledOffTitle(member, kind)).find((wording) => wording !== null);
  if (calledOff && !(title && CALLED_OFF_VERB.test(title))) return calledOff;
  if (title) return title.charAt(0).toUpperCase() + title.slice(1);
  // A wording that only ends on a function word ("waiting on the phone over") is whole without it.
  const trimmed = candidates.map((candidate) => candidate.replace(TRAILING_FUNCTION_WORDS, '')).find((candidate) => candidate.split(' ').length > 2 && titleProblem(candidate, actors.length > 0) === null);
  if (trimmed) return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  // "Coast Guard said" with what was said elsewhere in its sentence: who said what, in their words.
  const attributed = reports.map(claimOfSpeech).find((wording) => wording !== null);
  if (attributed) return attributed;
  // Every wording cut wrong: the clause the date itself stands in, whole, says what happened that day.
  const own = reports.map((member) => dateOwnClause(member, actors.length > 0)).find((wording) => wording !== null);
  if (own) return own;
  // "Coast Guard said" with what was said cut off: who spoke is still true.
  const speaker = candidates.map((candidate) => SPEAKER.exec(candidate.trim())?.[1]).find((words) => words && titleProblem(`${words} spoke`, true) === null);
  if (speaker) return `Statement by ${speaker.replace(/^(?:the|a|an)\s+/i, '')}`;
  // Every wording stood inside a quotation: whoever is named spoke of the happening, not necessarily in it.
  if (candidates.length === 0 && !NAMED_BY_PARTICIPANTS.has(kind)) return `${KIND_LABEL[kind]}${where}`;
  return plainTitle(kind, actors, place ? (entityById.get(place)?.name ?? '') : '');
}

/**
 * The clause a date stands in, without the date and a subordinator that opens it ("after lawmakers passed a motion
 * against Yoon on Dec. 14 over …" → "Lawmakers passed a motion against Yoon over …"), when it reads as a title whole:
 * three to eighteen words, nothing quoted.
 */
function dateOwnClause(member: Occurrence, named: boolean): string | null {
  const text = member.article.sentences.find((sentence) => sentence.id === member.date.sentenceId)?.text ?? '';
  if (member.date.charEnd > text.length || text.slice(member.date.charStart, member.date.charEnd) !== member.date.text) return null;
  const [from, to] = clauseOf(clauseBoundaries(text), text.length, member.date.charStart, member.date.charEnd);
  const boundaries = clauseBoundaries(text);
  // "…, organizers said": what the sentence attributes stays theirs.
  const attribution = /^,\s+(?:(?:the|a|an|its|their)\s+)?((?:[\p{L}.'’&-]+\s+){0,3}[\p{L}.'’&-]+)\s+(?:said|says|reported|announced|confirmed|told)\b/u.exec(text.slice(to));
  // Only the clause of the happening itself: "Lai won on Saturday, but his party lost its majority" titles the loss by
  // the loss, never by the win its date stands beside. The happening's word may stand in the attribution of the clause
  // ("…, organizers said") or in what its doers said while doing it ("filed a lawsuit on Tuesday, saying …").
  const phraseAt = member.phrase ? text.indexOf(member.phrase) : -1;
  const [phraseFrom] = phraseAt >= 0 ? clauseOf(boundaries, text.length, phraseAt, phraseAt + member.phrase.length) : [-1];
  const inClause = phraseAt >= from && phraseAt + member.phrase.length <= to;
  const inAttribution = attribution !== null && phraseAt >= to && phraseAt + member.phrase.length <= to + attribution[0].length;
  const inSaying = phraseAt >= to && /^,\s*$/u.test(text.slice(to, phraseFrom)) && /^(?:saying|claiming|alleging|arguing|accusing|citing)\b/u.test(text.slice(phraseFrom).trim());
  if (!inClause && !inAttribution && !inSaying) return null;
  const head = text.slice(from, member.date.charStart).replace(/\s+(?:on|at|in|by|from|during|since)\s*$/iu, '');
  const wording = `${head} ${text.slice(member.date.charEnd, to)}`
    .replace(DATELINE, '')
    .replace(/^\s*(?:after|before|since|until|when|while|as|amid|following|despite|ahead\s+of)\s+/iu, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?]+$/u, '')
    .trim();
  const words = wording.split(' ');
  if (words.length < 3 || words.length > 18 || /["“”]/u.test(wording)) return null;
  const title = repaired(wording);
  if (titleProblem(title, named) !== null) return null;
  const speaker = attribution?.[1];
  const say = speaker ? `${speaker.charAt(0).toUpperCase()}${speaker.slice(1)}: ${title.replace(/^(?:the|a|an)\s+/i, '')}` : title;
  return say.charAt(0).toUpperCase() + say.slice(1);
}

/** Verbs that say a happening will not take place as planned. */
const CALLED_OFF_VERB = /\b(?:cancell?ed|called\s+off|postponed|scrapped|abandoned|put\s+off|axed)\b/u;
/**
 * A happening said to be called off, its noun (with what it is of or on) opening the sentence and a plan or a relative
 * between it and the verb: "A rally that organisers planned to hold on Saturday was cancelled", "The march planned for
 * Sunday has been called off", "A vote on the housing bill that was due on Tuesday was postponed". A name opens no
 * such noun ("Ana Ruiz was …").
 */
/** A word of the happening's noun phrase: not the plan's or the relative's word that follows it. */
const NOUN_WORD = String.raw`(?!(?:planned|scheduled|set|due|that|which|was|were|has|have|had)\b)\p{Ll}[\p{Ll}'’-]*`;
const CALLED_OFF = new RegExp(String.raw`^(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Nn]ext|[Ll]ast)\s+)?((?:(?:Hundreds|Thousands|Dozens|Scores)\s+of\s+|(?:All|Some|Most|Many)\s+|\d[\d,]*\s+)?(?:${NOUN_WORD}\s+){0,2}${NOUN_WORD}(?:\s+(?:on|of|for|over|at|in)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+?)?)(?:\s+(?:that|which)\s[^,;:]*?|\s+(?:planned|scheduled|set|due)\s[^,;:]*?|\s+on\s+\p{Lu}\p{Ll}+day)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(cancell?ed|called\s+off|postponed|scrapped|abandoned|put\s+off|axed)\b`, 'u');

/**
 * "Rally cancelled", "March called off": a happening called off, titled as its calling off; null when none is. Only
 * the event's own happening: a storm's flights cancelled ("Hundreds of flights were cancelled") do not title the storm.
 */
function calledOffTitle(member: Occurrence, kind: EventKind): string | null {
  const text = member.article.sentences.find((sentence) => sentence.id === member.date.sentenceId)?.text ?? '';
  const match = CALLED_OFF.exec(text.replace(DATELINE, '').trim());
  if (!match) return null;
  const noun = match[1]!;
  if (!GENERIC_KINDS.has(kind) && !findTriggers(noun).some((trigger) => familyOf(trigger.kind) === familyOf(kind))) return null;
  return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${match[2]!.replace(/\s+/gu, ' ')}`;
}

/**
 * Function words a cut wording may trail ("… on the phone over"), with the article or preposition before them, and a
 * region's adjective cut from its name ("… made landfall in northern").
 */
const TRAILING_FUNCTION_WORDS = /(?:\s+(?:the|a|an|of|to|in|on|at|by|for|with|from|over|near|towards|toward|against|onto|upon|via|between|beside|among|amid|despite|northern|southern|eastern|western|central|and|or|but|that|which|who|its|their|his|her))+$/i;

/** Words that cannot open a title: an auxiliary or a modal ("Will return …", "Is due to rule …"). */
const AUXILIARY_START = /^(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been|being|has|have|had|do|does|did|to|due|set)\b/i;
/** "Whoever wins", "If the talks fail": what may happen to someone, not what happened. */
const CONDITIONAL_START = /^(?:whoever|whatever|whichever|wherever|whenever|if|unless|whether)\b/i;
/** Words that leave a title pointing elsewhere: a pronoun, a relative, a connective ("Then came", "It lost …"). */
const DANGLING_START = /^(?:it|he|she|they|we|i|you|this|that|these|those|which|who|whom|whose|its|his|her|their|our|then|there|here|what|where|when|whether|following|after|before|since|as|and|but|or|so|nor|of|for|with|without|from|by|into|against|upon|via|toward|towards|within|among|amongst|(?:about|over)(?!\s+[\d$€£])|ahead|amid|despite|during|while|until|because)\b/i;
/** A name followed straight by a preposition, with no verb after it: "President Yoon over his declaration". */
const NAME_THEN_PREPOSITION = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:over|of|for|with|against|on|at|about|after|amid)\s/u;
/** Who spoke, in a wording that is a speech verb alone. */
const SPEAKER = /^((?:\S+\s+){0,5}\S+)\s+(?:said|says|told|added|noted|stated|insisted)(?:\s+(?:reporters|journalists|the press))?$/i;
/** A speech verb with nothing said: "Coast Guard said", "Ministry told reporters". */
const SPEECH_ALONE = /^(?:\S+\s+){0,6}(?<!\b(?:was|were|is|are|be|been|being)\s)(?:said|says|told|added|noted|stated|announced|insisted|confirmed|reported)(?:\s+(?:reporters|journalists|the press|a news conference))?$/i;
/**
 * Past-tense verbs that are not -ed forms, as the first word of a cut-off clause ("sent much of their pay"), and
 * adverbs ("quickly"); not a noun that ends like an adverb before its verb or its owner's name ("rally was
 * cancelled", "family of Tom Hale").
 */
const BARE_VERB_START = /^(?:\p{Ll}+ed(?=\s+(?:the|a|an|his|her|its|their|our|much|many|some|all|both|\d\S*|in|on|at|to|for|from|with|into|by|up|down|out|off|back|over|him|them|it|us|that)\b)|(?!(?:rally|ally|family|assembly|supply|reply|monopoly|anomaly|tally|bully|fly|lily)\s+(?:(?:was|were|is|are|has|have|had|will|would|said|says|\p{Ll}+ed)\b|of\s+\p{Lu}))\p{Ll}+ly|said|sent|came|went|took|made|fell|told|paid|began|met|held|won|lost|left|heard|found|gave|got|saw|ran|rose|struck|spoke|brought|kept|put|set|arrive|return|open|close|sign|rule|meet|visit|hold|take|make|choose)\b/u;
/** A lowercase word straight before a determiner is a verb with its object ("pay its customers", "overran the runway"). */
const VERB_BEFORE_OBJECT = /^(?!(?:the|a|an|some|all|both|most|many|much|none|each|one|two|three|four|five|six|seven|eight|nine|ten|tens|hundreds|thousands|dozens)\s)\p{Ll}+\s+(?:its|their|his|her|our|the|a|an|him|them|us)\s/u;
/** A title may not end on a function word or on a cut adverb ("happened just"). */
const DANGLING_END = /(?<!\bsworn|\bstepped|\bmoved|\bsigned|\bchecked|\bphased|\bvoted|\btook|\btakes|\btaken|\bhanded|\bhands|\bpassed|\bwon|\bblew|\bboiled)\s(?:just|shortly|soon|then|also|the|a|an|of|to|in|on|at|by|for|with|from|into|over|near|towards|toward|against|onto|upon|via|between|beside|among|amid|despite|northern|southern|eastern|western|central|and|or|but|that|which|who|when|is|was|were|had|has|have|will|would|not|its|their|his|her)$/i;

/**
 * Why a wording cannot be a title, or null when it can: a title names who or what and what happened. `named`: the
 * event has a named actor, so a two-word "<Name> <verb>" says it ("Hou conceded").
 */
export function titleProblem(wording: string, named: boolean): string | null {
  const text = wording.trim();
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !/^[\p{L}\p{N}“"]/u.test(text)) return 'empty or not a word';
  if (AUXILIARY_START.test(text)) return 'starts with an auxiliary or a modal';
  if (CONDITIONAL_START.test(text)) return 'a conditional or a hypothetical';
  if (DANGLING_START.test(text)) return 'starts with a pronoun or a connective';
  if (SPEECH_ALONE.test(text) || (NOTHING_SAID.test(text) && /\s(?:in|at|on|during|after|through|via)\s/i.test(text))) return 'a speech verb alone';
  if (BARE_VERB_START.test(text) || VERB_BEFORE_OBJECT.test(text)) return 'its subject is cut off';
  if (DANGLING_END.test(text)) return 'ends on a dangling word';
  if (NAME_THEN_PREPOSITION.test(text) && findActionVerbs(text).length === 0) return 'a name with no verb';
  if (words.length < 2) return 'one word';
  if (words.length === 2 && named && !/^\p{Lu}/u.test(text)) return 'too short';
  return null;
}

/** The kind in plain words, with who and where: "Ruiz visits Varna", "Declaration by Vell", never a fragment. */
function plainTitle(kind: EventKind, actors: string[], place: string): string {
  const who = actors.join(' and ');
  const where = place ? ` in ${place}` : '';
  // Nothing named and no wording fit: a plain word for a deed ("Action" alone reads as a label).
  if (!who) {
    // "Whoever wins": a win with no winner named is the contest's outcome, not a victory of anyone.
    if (kind === 'victory') return `Election result${where}`;
    return kind === 'action' ? `Reported development${where}` : `${KIND_LABEL[kind]}${where}`;
  }
  if (actors.length > 1) {
    const together = participantsTitle(kind, actors, where);
    if (together) return together;
    if (NAMED_BY_PARTICIPANTS.has(kind)) return `${KIND_LABEL[kind]}: ${who}${where}`;
  }
  switch (kind) {
    case 'office':
      return actors.length === 1 ? `${who} takes office` : `${KIND_LABEL[kind]}: ${who}`;
    case 'visit':
      return place ? `${who} visits ${place}` : `Visit by ${who}`;
    case 'meeting':
    case 'dialogue':
    case 'call':
      return `${KIND_LABEL[kind]} with ${who}${where}`;
    case 'announcement':
    case 'declaration':
    case 'statement':
    case 'speech':
    case 'appeal':
    case 'report':
      return `${KIND_LABEL[kind]} by ${who}${where}`;
    case 'action':
      return `Action by ${who}${where}`;
    default:
      // Whose part it was (ruled or ruled on, impeached or impeaching) is not known here: the label stays neutral.
      return `${KIND_LABEL[kind]}: ${who}${where}`;
  }
}

/** A member's clause, made whole where a rule can tell what was cut from it (see withSubject, whatWasSaid). */
const fullClause = (member: Occurrence, mentions: MentionIndex): string =>
  whatWasSaid(member, withSubject(member, notTheAgent(member, pronounNamed(member, asideNamed(member, wholeOpening(member)), mentions))));

/**
 * Verbs and adverbs that end a sentence's opening subject ("United and Delta also had …", "The file was sent …", "The
 * rocket rose …").
 */
const SUBJECT_END = new RegExp(String.raw`^(?:also|still|then|already|had|has|have|was|were|is|are|will|would|could|can|may|might|said|says|\p{Ll}+ed|${IRREGULAR_PAST})$`, 'u');

/**
 * A clause that opens inside a token or on the rest of its own date ("09 BST) appears to …" of "pushed out at 04:09 UTC
 * (05:09 BST) appears to …"), or on a connective ("and warned passengers …"), lost its opening: the remnant goes, and
 * the sentence's opening subject comes back when it is short and has no verb of its own ("A content update pushed out
 * at …" → "content update appears to …"; "The file was sent … and replaced …" → "The file was replaced …").
 */
function wholeOpening(member: Occurrence): string {
  const clause = member.clause.replace(/\s+/g, ' ').trim();
  const text = member.article.sentences.find((sentence) => sentence.id === member.date.sentenceId)?.text ?? '';
  const at = text.indexOf(clause);
  let rest = clause;
  let cut = false;
  // Inside the date's own words, or inside a token ("04:|09"): the clause starts after the date.
  const dateEnd = member.date.charEnd;
  const insideToken = at > 0 && /[\p{L}\p{N}]/u.test(text[at] ?? '') && /[\p{L}\p{N}:.,'’-]/u.test(text[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[at - 2] ?? text[at - 1] ?? '');
  if (at >= 0 && ((at > member.date.charStart && at < dateEnd) || insideToken)) {
    const skip = at < dateEnd && dateEnd <= at + clause.length ? dateEnd - at : (/^\S+\s*/.exec(clause)?.[0].length ?? 0);
    rest = clause.slice(skip).trim();
    cut = true;
  }
  // A parenthesis closed that the clause never opened: "05:09 BST) appears …".
  const remnant = /^[^()]*\)\s*/.exec(rest);
  if (remnant) {
    rest = rest.slice(remnant[0].length);
    cut = true;
  }
  // A time or day word left over from the date ("on Friday and replaced …").
  // A time or day word left over from a date ("UTC on Friday and replaced …"); a time zone never opens a clause.
  const zone = /^(?:UTC|GMT|BST|EST|EDT|CET|CEST|PST|PDT|a\.m\.|p\.m\.)(?=\s|$)/u.exec(rest);
  if (zone) {
    rest = rest.slice(zone[0].length).trim();
    cut = true;
  }
  const leftover = /^(?:(?:on|at|in|by)\s+)?(?:\p{Lu}\p{Ll}+day|local time)\b\s*,?\s*/u.exec(rest);
  if (cut && leftover) rest = rest.slice(leftover[0].length);
  const connective = /^(?:and|but|then|and then)\s+(?=\p{Ll})/u.exec(rest);
  if (connective) {
    rest = rest.slice(connective[0].length);
    cut = true;
  }
  if (!cut) return clause;
  if (!/^\p{Ll}/u.test(rest) || text.indexOf(rest) < 0) return rest;
  const before = text.slice(0, text.indexOf(rest)).replace(/\([^)]*\)/g, ' ');
  // The name straight before, past a time word: "CrowdStrike (Nasdaq: CRWD) today published …".
  const named = /(?:^|[\s,;:–—-])((?:\p{Lu}[\p{L}\p{N}.'’&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.'’&-]*)\s+(?:(?:today|yesterday|also|then|later|earlier)\s+)?$/u.exec(before);
  // Else the sentence's opening subject: its words up to the first verb, at most six, none a verb or a clause word.
  const opening = before.split(/\s+/).filter(Boolean);
  const verbAt = opening.findIndex((word) => SUBJECT_END.test(word));
  if (verbAt < 1 || verbAt > 6 || opening.slice(0, verbAt).some((word) => /[,;:]$/.test(word) || /^(?:that|which|who|when|if|as|after|before)$/i.test(word))) {
    return named && !/^(?:[A-Z]{2,}|\p{Lu}\p{Ll}+day)$/u.test(named[1]!) ? `${named[1]!} ${rest}` : rest;
  }
  const subject = opening.slice(0, verbAt).join(' ').replace(/^(?:the|a|an)\s+/i, '');
  // A coordinated passive keeps its auxiliary: "The file was sent … and replaced with …" → "The file was replaced with …".
  const auxiliary = /^(?:was|were|is|are)$/.test(opening[verbAt] ?? '') && /^\p{Ll}+(?:ed|en|wn)\b/u.test(rest) ? `${opening[verbAt]} ` : '';
  return `${subject} ${auxiliary}${rest}`;
}

/**
 * What was said, to the end of its clause: the words after a speech verb were cut at a fixed count ("the choice of
 * diplomatic partner was a matter" of "… a matter for Nauru alone."), so they run on in the sentence to the next stop,
 * comma or date, at most six words more and eighteen in all (before a speech frame is taken off).
 */
function whatWasSaid(member: Occurrence, clause: string): string {
  const speech = /\b(?:said|says|told|stated|insisted|announced)\b/i.test(clause);
  const text = member.article.sentences.find((sentence) => sentence.id === member.date.sentenceId)?.text ?? '';
  // The clause's last words as the sentence has them; two when a date stood between ("said [on Monday] the bridge").
  let tail = clause.split(' ').slice(-3).join(' ');
  if (text.lastIndexOf(tail) < 0 && clause.split(' ').length > 3) tail = clause.split(' ').slice(-2).join(' ');
  const at = text.lastIndexOf(tail);
  if (tail === '' || at < 0) return clause;
  let rest = text.slice(at + tail.length);
  // "said the bridge, which was shut on Friday, was safe": what was said runs on past an aside on its subject.
  if (speech) rest = rest.replace(/^,\s+(?:which|who)\s[^,;:]*,(?=\s+(?:was|were|is|are|had|has|have|would|will|could)\s)/iu, '');
  // "Election officials ordered | a recount on Thursday": a past verb cut from its object runs on to the object's end.
  const cutObject = !speech && /\s(?:\p{Ll}{2,}ed|ordered)$/u.test(clause) && /^\s(?:a|an|the|its|their|his|her|new|fresh)\s/iu.test(rest);
  if (cutObject) {
    const object = /^(?:\s+[\p{L}\p{N}'’%$-]+){2,6}/u.exec(rest)?.[0].trim().split(/\s+/u) ?? [];
    const end = object.findIndex((word, index) => index > 0 && (PHRASE_END.test(word) || member.date.text.startsWith(word)));
    const taken = end > 0 ? object.slice(0, end) : [];
    if (taken.length >= 2) return `${clause} ${taken.join(' ')}`;
  }
  // Any other clause runs on only where it was cut inside a noun phrase ("from a global | tech outage"): the next word
  // is a common word that no preposition, connective or relative opens.
  if (!speech && !/^\s\p{Ll}[\p{Ll}-]*\b/u.test(rest)) return clause;
  if (!speech && /^\s(?:the|a|an|of|to|in|on|at|by|for|with|from|into|over|after|before|since|as|than|and|but|or|that|which|who|when|while|because|until|amid|during|about|across|around|through|per|via|up|down|out|off|again|also|too|just|only|shortly|soon|nearly|almost|here|there|is|are|was|were|will|would|has|have|had)\b/i.test(rest)) return clause;
  const run = /^(?:\s+[\p{L}\p{N}'’%$-]+)+/u.exec(rest)?.[0] ?? '';
  const stopAt = run.indexOf(member.date.text);
  const words = (stopAt >= 0 ? run.slice(0, stopAt) : run).trim().split(/\s+/).filter(Boolean);
  // "would not be released | until a ceasefire": a condition on a denial or a plan is part of what was said; without
  // it the title states the opposite ("hostages will not be released"). It runs on whole to its stop, or not at all.
  if (speech && /^(?:until|unless|if|without|except|before|till)$/i.test(words[0] ?? '') && /\b(?:not|no|never|nothing|would|will|could|can|cannot|can't|won't|only)\b/i.test(clause)) {
    const connective = words.findIndex((word, index) => index > 0 && /^(?:and|but|or|which|who|when|while|because|although|though)$/i.test(word));
    const condition = connective > 0 ? words.slice(0, connective) : words;
    // In the day's tense, as the claim before it is (repaired): "until every family could …" → "can".
    const dayTense = condition.join(' ').replace(/\bcould\b/, 'can').replace(/\bwould\b/, 'will');
    if (condition.length >= 2 && condition.length <= 10) return `${clause} ${dayTense}`;
  }
  const until = words.findIndex((word) => /^(?:when|while|whereas|because|although|though|until|unless|if|and|but|or|which|who)$/i.test(word) || (!speech && /^that$/i.test(word)));
  const more = words.slice(0, Math.min(until < 0 ? words.length : until, 6, Math.max(0, 18 - clause.split(' ').length)));
  // Never end on a function word: drop back to the last word that can close a phrase (a verb's particle can: "dragged on").
  while (more.length > 0 && /^(?:the|a|an|of|to|in|on|at|by|for|with|from|its|their|his|her|our|this|that|these|those|no|not)$/i.test(more[more.length - 1]!) && !(/^(?:on|in)$/i.test(more[more.length - 1]!) && /^\p{Ll}+ed$/u.test(more[more.length - 2] ?? ''))) more.pop();
  // Only a run that reaches a stop is the clause's end; one cut short again is left as it was.
  // A run that stops on a number or a lone letter was cut at an abbreviation's dot ("after 5 p.m."), not at its end.
  const reached = (words.length === more.length || until === more.length) && !/^(?:\p{L}|\d+)$/u.test(more[more.length - 1] ?? '');
  if (reached && more.length > 0) return `${clause} ${more.join(' ')}`;
  // "seized the Liberian-flagged oil | tanker Marisol Star in the Gulf of Oman": a noun phrase cut in its middle runs on
  // to its end, the first function word, when that comes within six words (never into the date).
  const stop = speech ? -1 : words.findIndex((word) => PHRASE_END.test(word));
  return stop > 0 && stop <= 6 ? `${clause} ${words.slice(0, stop).join(' ')}` : clause;
}

/** A word that a noun phrase ends before: a preposition, a connective, a relative or an auxiliary. */
const PHRASE_END = /^(?:of|to|in|on|at|by|for|with|from|into|over|after|before|since|as|than|and|but|or|that|which|who|when|while|because|until|amid|during|near|off|outside|inside|is|are|was|were|will|would|has|have|had)$/i;

/**
 * "Under the deal the unions signed, pay rises 4 per cent from Monday": the clause that made the noun, turned round
 * ("unions signed deal"), is not the act of a date that stands outside it; Monday is when pay rises.
 */
function madeApartFromDate(member: Occurrence, wording: string): boolean {
  const text = member.article.sentences.find((sentence) => sentence.id === member.date.sentenceId)?.text ?? '';
  const made = /^(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3})\s+(announced|approved|adopted|passed|unveiled|proposed|introduced|issued|published|released|signed|set|imposed|ordered|drafted)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)$/u.exec(wording.trim());
  if (!made) return false;
  const [, subject, verb, noun] = made as unknown as [string, string, string, string];
  // The original wording: the noun, then the clause's subject and verb ("deal the unions signed").
  const original = new RegExp(String.raw`\b${escaped(noun)}\s+(?:the|its|their)\s+${escaped(subject.replace(/^(?:the|its|their)\s+/iu, ''))}\s+${verb}\b`, 'iu').exec(text);
  if (!original) return false;
  const end = original.index + original[0].length;
  const comma = text.indexOf(',', end);
  const clauseEnd = comma >= 0 ? comma : text.length;
  return member.date.charStart < original.index || member.date.charStart >= clauseEnd;
}

const escaped = (words: string): string => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * A noun and a clause about it with no "that", the clause's verb ending the wording: "Under rules the department
 * announced" (→ "department announced rules"), "the fees the regulator set". Only verbs that make or issue a thing.
 */
const CONTACT_RELATIVE = /^(?:(?:[Uu]nder|[Ww]ith|[Bb]y|[Ii]n|[Oo]f|[Ff]rom)\s+)?(?:(?:[Tt]he|[Aa]n?|[Nn]ew)\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+(?:the|its|their)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(announced|approved|adopted|passed|unveiled|proposed|introduced|issued|published|released|signed|set|imposed|ordered|drafted)$/u;
/** A wording that opens on a short noun phrase and "that"/"which" before a past verb: "Wildfire that broke out". */
const RELATIVE_ACT = new RegExp(String.raw`^((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s+(?:that|which)\s+(?=(?:\p{Ll}+ed|${IRREGULAR_PAST})\b)`, 'u');

/** A past verb that ends a sentence's opening noun phrase: "-ed" forms and the common irregular ones. */
const PAST_VERB = String.raw`(?:\p{Ll}+ed|beat|taken|run|fled|${IRREGULAR_PAST})`;
/** A wording that opens on its verb ("crashed on landing", "beat France 2-1"): it needs who did it before it. */
const STARTS_ON_PAST_VERB = new RegExp(String.raw`^${PAST_VERB}\b`, 'u');
const OPENING_NOUN_PHRASE = new RegExp(String.raw`^((?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,5}?)${PAST_VERB}\b`, 'iu');

/**
 * A clause that opens inside a prepositional phrase has the wrong subject. After "by" it is the agent ("… held for 14
 * months by | an armed group in western Niger was released": the group held, the aid worker was released); after
 * "in" or "at" a place ("… broke into the museum in | Ghent in the early hours and escaped with three brooches"). The
 * sentence's own opening noun phrase, up to its verb, takes the place's or agent's role: "A Danish aid worker was
 * released", "Thieves escaped with three brooches". When it cannot be found, the clause is left as it was.
 */
function notTheAgent(member: Occurrence, clause: string): string {
  const text = member.article.sentences.find((sentence) => sentence.id === member.date.sentenceId)?.text ?? '';
  // The clause may skip its own date ("Ghent in the early hours [of Monday] and escaped …"): found by its opening words.
  const at = text.indexOf(clause.split(/\s+/).slice(0, 3).join(' '));
  if (at <= 0) return clause;
  const before = text.slice(0, at);
  if (!/\b(?:by|in|at|on|of|for|from|with|into|near|to|since)\s+(?:(?:the|a|an)\s+)?$/i.test(before)) return clause;
  // Past a dateline ("NIAMEY (AW) — A Danish aid worker held …").
  const subject = OPENING_NOUN_PHRASE.exec(text.replace(DATELINE, ''))?.[1]?.trim().replace(/^(?:the|a|an)\s+/i, '');
  if (!subject || subject.split(/\s+/).length > 5) return clause;
  // "held by rebels since | March were released": after an agent or a state's start, the passive is the subject's.
  const passive = /\b(?:by|since)\s+(?:(?:the|a|an)\s+)?$/i.test(before) ? /\s((?:was|were|has been|have been|had been)\s+\p{Ll}+(?:ed|en|wn)\b.*)$/u.exec(clause) : null;
  if (passive) return `${subject} ${passive[1]}`;
  const joined = new RegExp(String.raw`\s(?:and|then)\s+(${PAST_VERB}\b.*)$`, 'u').exec(clause);
  return joined ? `${subject} ${joined[1]}` : clause;
}

/** Words that no antecedent holds: a pronoun, a clause word, a time word ("Last Thursday they …", "When it …"). */
const NOT_ANTECEDENT = /^(?:it|its|he|him|his|she|her|they|them|their|we|our|us|i|you|this|that|these|those|there|here|what|which|who|whose|when|if|as|after|before|while|because|once|last|next|on|in|at|by|for|to|with|from|the|a|an|yesterday|today|tonight|earlier|later|\p{Lu}\p{Ll}+day)$/iu;
/** A sentence's opening noun phrase and its verb: "The spacecraft took …", "ISRO is …", "Thousands of fans had …". */
const OPENING_SUBJECT = new RegExp(String.raw`^((?:[Tt]he|[Aa]n?)\s+)?((?:[\p{L}\p{N}'’.&-]+\s+){0,4}?[\p{L}\p{N}'’.&-]+)\s+(?:(?:also|still|then|already|now)\s+)?(?:${PAST_VERB}|is|are|was|were|has|have|had|will|would)\b`, 'u');

/**
 * The noun phrase a sentence opens on, as its subject before its verb ("The spacecraft took …" → "spacecraft"), with
 * where it stands; null when that is a pronoun, a time phrase or longer than five words, or a lowercase word no article
 * opens.
 */
function openingSubject(text: string): { subject: string; end: number } | null {
  const body = text.replace(DATELINE, '').replace(/^\s*(?:\d{1,2}[.)]|[-•*–])\s+/u, '');
  const match = OPENING_SUBJECT.exec(body);
  const subject = match?.[2];
  if (!match || !subject) return null;
  const words = subject.split(/\s+/);
  if (words.some((word) => NOT_ANTECEDENT.test(word)) || (!match[1] && !/^[\p{Lu}\p{N}]/u.test(subject))) return null;
  const start = text.length - body.length + (match[1]?.length ?? 0);
  return { subject, end: start + subject.length };
}

/** A plural subject: "Thousands of fans", "United and Delta", "rival officials"; not a name on -s ("Roscosmos"). */
const pluralSubject = (subject: string) =>
  /\sand\s/u.test(subject) || /^(?:Thousands|Hundreds|Dozens|Scores|Millions)\b/u.test(subject) || /(?:^|\s)\p{Ll}[\p{L}-]*[^sui'’]s$/u.test(subject);

/** "Mao Ning: The statement …": a transcript's speaker, the name before a colon that opens the sentence. */
const TRANSCRIPT_SPEAKER = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*):\s/u;

/**
 * A clause whose subject is a pronoun or a relative names who it is where the sentence says it, so a title never opens
 * on "it" or "whose":
 * - "its lander separated" of "Chandrayaan-9 was launched …, and its lander separated …" → "Chandrayaan-9's lander
 *   separated"; "The fans had filled the squares, and they were still singing" → "fans were still singing": past "and"
 *   or a colon, "it" or "they" is the sentence's opening subject, when that agrees in number and "it" is no person;
 * - "Ana Vell won …, but her party lost …" → "Ana Vell's party lost …", where she is the one person the sentence names;
 * - a sentence that opens on "It" takes the opening subject of the sentence straight before it ("Luna-9 was
 *   launched on … . It entered orbit …" → "Luna-9 entered orbit …");
 * - "Vostok-2, whose lander crashed" → "Vostok-2's lander crashed"; "Ana Ruiz, who had turned 40" → "Ana Ruiz had turned 40";
 * - "He" or "she" opening a sentence is the one person the sentence before names as its subject, or the one a
 *   question asks about ("What has Vell won? He won the cup …");
 * - "Ana Ruiz: … we lodged a protest" (a transcript's answer) → "Ana Ruiz: we lodged a protest", the speaker's words.
 * A dummy "it" ("it was unclear whether", "it is expected to") names nothing and stays.
 */
function pronounNamed(member: Occurrence, clause: string, mentions: MentionIndex): string {
  const sentences = member.article.sentences;
  const index = sentences.findIndex((sentence) => sentence.id === member.date.sentenceId);
  const sentence = sentences[index];
  if (!sentence) return clause;
  const text = sentence.text;
  const speaker = /^(?:we|i)\s+\p{Ll}/u.test(clause) ? TRANSCRIPT_SPEAKER.exec(text)?.[1] : undefined;
  if (speaker) return `${speaker}: ${clause}`;
  const at = text.indexOf(clause.split(/\s+/).slice(0, 3).join(' '));
  if (at < 0) return clause;
  const whose = /^whose\s+(?=\p{Ll})/u.exec(clause);
  // "Lamine Yamal, who had turned 17 …": the clause, with or without its "who", is the name's.
  const who = /^(?:who|which)\s+(?=\p{Ll})/u.exec(clause) ?? (/,\s+(?:who|which)\s+$/u.test(text.slice(0, at)) ? /^/u.exec(clause) : null);
  if (whose || who) {
    const before = whose || who?.[0] ? text.slice(0, at) : text.slice(0, at).replace(/\s*(?:who|which)\s+$/u, ' ');
    const owner = /(?:^|\s)((?:\p{Lu}[\p{L}\p{N}.'’&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.'’&-]*),\s*$/u.exec(before)?.[1];
    if (!owner || NOT_ANTECEDENT.test(owner)) return clause;
    // "Police arrested Sam Dunne, who had organised the march, on Saturday": a relative clause closed before the date
    // is background; the dated act is the main clause's ("Police arrested Sam Dunne"; "Sam Dunne, who …, was arrested
    // on Saturday" → "Sam Dunne was arrested").
    const closed = text.indexOf(',', at);
    if (closed >= 0 && closed < member.date.charStart) {
      const main = `${before.replace(/,\s*$/u, '')} ${text.slice(closed + 1, member.date.charStart)}`;
      return main.replace(/\s+(?:on|at|in|by|from|during|since)\s*$/iu, '').replace(/\s+/g, ' ').trim();
    }
    return whose ? `${owner}'s ${clause.slice(whose[0].length)}` : `${owner} ${clause.slice(who![0].length)}`;
  }
  const pronoun = /^(it|its|they|his|her|he|she)\s+(?=\S)/iu.exec(clause);
  if (!pronoun || /^it\s+(?:\S+\s+){0,3}?(?:that|to|whether|if)\b/iu.test(clause)) return clause;
  const word = pronoun[1]!.toLowerCase();
  // The same sentence's opening subject, standing before the pronoun; else, for a pronoun that opens its sentence, the
  // sentence straight before it (a paragraph may be one line).
  // Only past "and" or a colon: after "before", "after" or "because" the pronoun may as well be the object ("fined the
  // bank after it failed an audit").
  const own = /(?:,?\s+(?:and|but)|[:;])\s+$/u.test(text.slice(0, at)) ? openingSubject(text) : null;
  const before = sentences[index - 1];
  const opensSentence = text.slice(0, at).replace(DATELINE, '').trim() === '';
  const [antecedent, from] =
    own && own.end <= at
      ? [own, sentence]
      : opensSentence && before && before.kind === sentence.kind
        ? [openingSubject(before.text) ?? questionSubject(before.text), before]
        : [null, sentence];
  if (!antecedent) return clause;
  const plural = pluralSubject(antecedent.subject);
  const people = (mentions.get(from.id) ?? []).filter((mention) => mention.type === 'person');
  const person = people.some((mention) => mention.start < antecedent.end && mention.end > antecedent.end - antecedent.subject.length);
  // "his" or "her" is the subject's only where the subject is the one person the sentence names.
  const personal = word === 'his' || word === 'her' || word === 'he' || word === 'she';
  if (personal ? !person || new Set(people.map((mention) => mention.entityId)).size > 1 : word === 'they' ? !plural : plural || person) return clause;
  const rest = clause.slice(pronoun[0].length);
  return word === 'its' || word === 'his' || word === 'her' ? `${antecedent.subject}'s ${rest}` : `${antecedent.subject} ${rest}`;
}

/** "What has Tuchel won?": a question-and-answer page's question names whom its answer's "He" is about. */
function questionSubject(text: string): { subject: string; end: number } | null {
  const match = /^(?:What|Why|How|When|Where|Whom?)\s+(?:has|have|did|does|do|is|was|will|would|can)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s+\p{Ll}[^?]*\?$/u.exec(text.trim());
  const subject = match?.[1];
  if (!subject || NOT_ANTECEDENT.test(subject)) return null;
  const start = text.indexOf(subject, match[0].indexOf(subject));
  return { subject, end: start + subject.length };
}

/**
 * "CrowdStrike's review, published on July 24, blamed …": a clause that is a past participle alone, in an aside after
 * a short noun phrase, is that phrase's passive ("CrowdStrike's review was published"), not a verb with no subject.
 */
function asideNamed(member: Occurrence, clause: string): string {
  if (!/^\p{Ll}+(?:ed|en|wn)$/u.test(clause)) return clause;
  const text = member.article.sentences.find((sentence) => sentence.id === member.date.sentenceId)?.text ?? '';
  const at = text.indexOf(`, ${clause} `);
  if (at < 0) return clause;
  const body = text.slice(0, at).replace(DATELINE, '');
  const phrase = /(?:^|[,;:]\s+)((?:[Tt]he|[Aa]n?)\s+)?((?:[\p{L}\p{N}'’.&-]+\s+){0,4}[\p{L}\p{N}'’.&-]+)$/u.exec(body);
  const subject = phrase?.[2];
  if (!phrase || !subject || subject.split(/\s+/).some((word) => NOT_ANTECEDENT.test(word) || SUBJECT_END.test(word)) || (!phrase[1] && !/^[\p{Lu}\p{N}]/u.test(subject))) return clause;
  return `${subject} ${pluralSubject(subject) ? 'were' : 'was'} ${clause}`;
}

/** A dateline before a story's first words: "SEATTLE, July 20 (Agency) - ", "NIAMEY (AW) — ". */
const DATELINE = /^.{0,80}?\s(?:-|–|—|--)\s/u;

/**
 * A clause that opens on a passive verb or a plan lost its subject to an aside ("The cargo ship Dali, which struck the bridge
 * on March 26, was refloated …"): the subject is the noun phrase that opens the sentence's part before it, past the
 * aside, when it is short and has no verb of its own.
 */
function withSubject(member: Occurrence, clause: string): string {
  const opening = /^(?:(?:was|were|is|are|has been|have been|had been)\s+\p{Ll}+(?:ed|en|wn)|(?:is|are|was|were)\s+(?:set|due|expected|scheduled|about)\s+to\s+\p{Ll}+|(?:will|would)\s+\p{Ll}+)\b/u.exec(clause);
  if (!opening) return clause;
  const text = member.article.sentences.find((sentence) => sentence.id === member.date.sentenceId)?.text ?? '';
  const at = text.indexOf(opening[0]);
  if (at <= 0) return clause;
  const before = text
    .slice(0, at)
    .replace(/,\s*(?:which|who|whose)\b[^,]*,\s*$/i, '')
    .replace(/\s*,\s*$/, '')
    // A list's number or bullet ("3. The cargo ship …") is no part of the subject.
    .replace(/^\s*(?:\d{1,2}[.)]|[-•*–])\s+/u, '')
    .trim();
  const subject = /(?:^|[,;:]\s*)((?:the|a|an)\s+)?([^,;:]+)$/i.exec(before);
  const words = subject?.[2]?.trim().split(/\s+/) ?? [];
  if (words.length === 0 || words.length > 6 || words.some((word) => /^\p{Ll}+(?:ed|ing)$/u.test(word) || /^(?:on|in|at|by|for|to|of|and|or|but|that|which|who)$/i.test(word))) return clause;
  return `${words.join(' ')} ${clause}`;
}

/**
 * A speech verb whose clause holds nothing said, with the claim elsewhere in the sentence: before it ("Ten ferries were
 * cancelled, the operator said on Monday") or after its date ("The board said in a note on Monday that the fee would
 * rise"). The title keeps it as theirs: "Operator: ten ferries were cancelled", at most fourteen words of the claim, cut
 * at a phrase boundary; null when there is no such claim.
 */
function claimOfSpeech(member: Occurrence): string | null {
  const clause = member.clause.replace(/\s+/g, ' ').trim();
  // The speaker: a name, or a plural of those who speak for a body ("officials said", "police said").
  // "…, the club announced on Thursday", "…, her party announced": a body that announced or confirmed what the sentence
  // says before it is its speaker too; the people in that claim announced nothing.
  const verb = /^(?:(?:the|a|an|his|her|its|their)\s+)?((?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}\p{Lu}[\p{L}.'’&-]*|(?:\p{Ll}+\s+)?(?:officials|police|authorities|investigators|prosecutors|regulators|officers|spokespeople)|(?:club|company|firm|government|ministry|council|board|team|league|union|party|court|department|agency|army|military|hospital|school|university|airline|bank|group|federation|association|commission|committee|regulator|operator|airport|railway|broadcaster|publisher|studio|band|festival))?\s*(?:said|says|stated|reported|announced|confirmed)\b/u.exec(clause);
  if (!verb || !(NOTHING_SAID.test(clause) || NOTHING_ANNOUNCED.test(clause))) return null;
  const text = member.article.sentences.find((sentence) => sentence.id === member.date.sentenceId)?.text ?? '';
  // The sentence past a dateline ("SEATTLE, July 20 (Agency) - ").
  const body = text.replace(DATELINE, '');
  const offset = text.length - body.length;
  let speaker = verb[1];
  let claim: string | undefined;
  // "…, the Consumer Product Safety Commission said Tuesday": the clause may have lost the speaker's article.
  const at = body.search(new RegExp(String.raw`,\s+(?:(?:the|a|an)\s+)?${escapeRegExp(clause)}`, 'iu'));
  if (speaker && at > 0) claim = body.slice(0, at);
  else {
    const after = /^\s*,?\s*that\s+([^,;]+)/.exec(text.slice(member.date.charEnd));
    speaker ??= /^((?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}\p{Lu}[\p{L}.'’&-]*)\b/u.exec(body)?.[1];
    if (after && member.date.charEnd > offset) claim = after[1];
  }
  // The claim without its own date ("came off the tracks outside Linz late on Tuesday"); a comma inside a number
  // ("310,000 strollers") is no clause break.
  claim = claim?.replace(new RegExp(String.raw`\s+(?:(?:late|early)\s+)?${escapeRegExp(member.date.text)}\s*$`, 'u'), '');
  if (!speaker || !claim || /(?<!\d),|,(?!\d)|[;:"“”]/.test(claim)) return null;
  let words = claim.replace(/^(?:the|a|an)\s+/i, '').replace(/[.!?]+$/, '').trim().split(/\s+/);
  // Too long: cut before a trailing phrase of its own ("… update from cybersecurity company X").
  while (words.length > 14) {
    const cutAt = words.findLastIndex((word, index) => index >= 4 && index < words.length - 1 && /^(?:from|by|in|at|for|with|after|over)$/i.test(word));
    if (cutAt < 0) return null;
    words = words.slice(0, cutAt);
  }
  const wording = words.join(' ');
  if (words.length < 3 || titleProblem(wording, true) !== null) return null;
  speaker = speaker.charAt(0).toUpperCase() + speaker.slice(1);
  // A sentence's opening word of quantity is no name: "about 8.5 million …".
  return `${speaker}: ${wording.replace(/^(?:About|Some|Nearly|More|Most|All|Many|Several|Almost|Over)\b/, (word) => word.toLowerCase())}`;
}

/** Words for one who speaks or acts for another person: their spokesman, aide, lawyer, adviser. */
const AGENT_ROLE = String.raw`(?:spokes(?:wo)?man|spokesperson|press\s+secretary|aide|adviser|advisor|lawyer|attorney|solicitor|barrister|counsel|agent|representative|envoy|assistant|deputy|chief\s+of\s+staff|campaign\s+(?:manager|chief)|secretary)`;

/**
 * "Ruiz spokesman Tom Hale", "Ruiz's lawyer, Tom Hale", "Tom Hale, a spokesman for Ruiz": a role word ties one
 * of the two to the other as the one who speaks or acts for them, in the sentence that reports it.
 */
function speaksForOther(text: string, first: Entity | undefined, second: Entity | undefined): boolean {
  if (!first || !second || !text) return false;
  const forms = (entity: Entity) => [entity.name, ...entity.aliases].filter((form) => form.length > 1).map(escapeRegExp).join('|');
  const tied = (principal: string, agent: string) =>
    new RegExp(String.raw`\b(?:${principal})(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+)?${AGENT_ROLE},?\s+(?:${agent})\b`, 'u').test(text) ||
    new RegExp(String.raw`\b(?:${agent}),\s+(?:a|an|the|his|her|their)\s+(?:[\p{Ll}-]+\s+)?${AGENT_ROLE}\s+(?:for|to|of)\s+(?:${principal})\b`, 'u').test(text);
  const a = forms(first);
  const b = forms(second);
  return tied(a, b) || tied(b, a);
}

/** Two or more who met or spoke, as a headline with its verb: "Iwaya and Cho meet in Seoul". */
function participantsTitle(kind: EventKind, actors: string[], where: string): string | null {
  const who = actors.join(' and ');
  switch (kind) {
    // Not a visit: "arrived in Brasilia for talks" is not yet a meeting; the text's own words say what happened.
    case 'meeting':
      return `${who} meet${where}`;
    case 'call':
      return `${who} hold phone talks`;
    case 'dialogue':
      return `${who} hold talks${where}`;
    default:
      return null;
  }
}

/**
 * Distinct wordings, the best first (see byWording): one sort, so thousands of reports stay cheap. `preferred`
 * (the wordings of the event's own kind) go before the rest; a wording that says the news second-hand (a speech
 * clause) or as what stood before it (a pluperfect) goes after every other.
 */
function ranked(candidates: string[], preferred: string[] = [], spoken = false): string[] {
  const first = new Set(preferred);
  const rank = (text: string) =>
    Number(!first.has(text)) + 2 * Number(spoken ? PLUPERFECT.test(text) : SECOND_HAND.test(text)) + 4 * Number(NOTHING_SAID.test(text));
  return [...new Set(candidates.filter(Boolean))].sort((a, b) => rank(a) - rank(b) || byWording(a, b));
}

/** A wording that says what someone said, or what had happened before: a title takes it only when nothing else fits. */
const SECOND_HAND = /^(?:(?!(?:that|which|who|and|but)\s)(?!\p{Ll}+ed\s)\S+\s+){0,7}?(?:said|says|told|insisted|added|stated|had)\s/iu;
/** "X said in a statement carried by state media": a speech verb, then only where it was said, nothing of what. */
const NOTHING_SAID = /\b(?:said|says|told|stated|reported)(?:\s+(?:in|at|on|during|after|through|via)\s+[^,;:]*)?$/i;
/** "the club announced (on Thursday)": announced or confirmed, with nothing announced in the clause itself. */
const NOTHING_ANNOUNCED = /\b(?:announced|confirmed)(?:\s+(?:in|at|on|during|after|through|via)\s+[^,;:]*)?$/i;
const PLUPERFECT = /^(?:(?!(?:that|which|who|and|but)\s)(?!\p{Ll}+ed\s)\S+\s+){0,7}?had\s/iu;

/**
 * A wording made into a title's clause, where a general rule of English allows:
 * - someone reporting their own act says the act: "Coast Guard said it was suspending the search" → "Coast Guard
 *   is suspending the search", "the government said it would no longer recognise Norland" → "… will no longer …"
 *   (the tenses of reported speech moved back to the day's);
 * - a pluperfect of the date's own happening loses its "had": "Valdor had timed the announcement" → "Valdor timed
 *   the announcement", "the pier had been closed" → "the pier was closed";
 * - "declared martial law late": a time word the date was cut from goes;
 * - "Then came the flood at Varna" → "the flood at Varna";
 * - "told a rally of supporters" → "addressed a rally of supporters": telling an audience is addressing it.
 */
export function repaired(wording: string): string {
  let text = wording.replace(/\s+/g, ' ').trim();
  text = text.replace(/^(?:then|and|but|so)\s+came\s+/i, '');
  // "wildfire that broke out": a wording that is a noun and the relative clause its date stood in says the clause's act.
  text = text.replace(RELATIVE_ACT, '$1 ');
  // "Under rules the department announced": a noun and the clause that made it, with no "that", says the clause's act.
  text = text.replace(CONTACT_RELATIVE, (_whole, noun: string, subject: string, verb: string) => `${subject} ${verb} ${noun}`);
  const self = ownReport(SELF_REPORT.exec(text));
  if (self) {
    const [, speaker, pronoun, rest] = self as unknown as [string, string, string, string];
    const plural = /s$/i.test(speaker.split(/\s+/).pop() ?? '') && !/['’]s$/.test(speaker);
    const moved = backshiftUndone(rest, plural || /^they$/i.test(pronoun));
    // "Dan Kerr said he was innocent": what someone says they are is their claim, not a fact; the saying stays
    // ("Dan Kerr says he is innocent"). An act they report of themselves is the news ("… is suspending the search").
    if (moved !== null && CLAIMED_STATE.test(rest)) text = `${speaker} ${plural ? 'say' : 'says'} ${pronoun.toLowerCase()} ${moved.replace(/\band would\b/g, 'and will')}`;
    else if (moved !== null) text = `${speaker} ${moved}`;
  } else if (SPEECH_OF_CLAIM.test(text)) {
    // "Secretary Ana Ruiz said the ministry would review the contract" → "Secretary Ana Ruiz: ministry will review the
    // contract": what someone said stays theirs, in the day's tense, never stated as fact.
    const [, speaker, claim] = SPEECH_OF_CLAIM.exec(text) as unknown as [string, string, string];
    const claimWords = claim.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
    const verbAt = claimWords.findIndex((word, index) => index < 7 && /^(?:was|were|would|had|could|did)$/i.test(word));
    if (verbAt > 0) {
      const subject = claimWords.slice(0, verbAt).join(' ');
      const moved = backshiftUndone(claimWords.slice(verbAt).join(' '), /s$/i.test(subject) && !/['’]s$/.test(subject));
      if (moved !== null && (moved.split(/\s+/).length > 1 || !AUXILIARY_START.test(moved))) text = `${speaker.replace(/^(?:the|a|an)\s+/i, '')}: ${subject} ${moved}`;
    }
  } else {
    const pluperfect = /^((?:(?!(?:that|which|who|said|says|told)\s)[^\s,;:]+\s+){1,6}?)had\s+(.+)$/i.exec(text);
    if (pluperfect) {
      const plural = /s\s*$/i.test(pluperfect[1]!) && !/['’]s\s*$/.test(pluperfect[1]!);
      const moved = backshiftUndone(`had ${pluperfect[2]!}`, plural);
      if (moved !== null) text = `${pluperfect[1]!}${moved}`;
    }
  }
  // "the 64-year-old told a rally of supporters": telling an audience is addressing it, and the address is the news.
  text = text.replace(/\btold\s+(?=(?:a|an|the|his|her|their)\s+(?:\S+\s+)?(?:rally|crowd|meeting|gathering|conference|audience|assembly|congress|parliament|nation)\b)/i, 'addressed ');
  return text.replace(TRAILING_TIME_WORD, '').trim();
}

/**
 * A speech whose "he" or "she" may be the speaker: not where the speaker is a group or is named by whose they are
 * ("Friends of Leo Brandt said he would be missed", "The family of Tom Hale said he was …": he is Brandt, Hale).
 */
function ownReport(match: RegExpExecArray | null): RegExpExecArray | null {
  if (!match || !/^(?:he|she)$/i.test(match[2] ?? '')) return match;
  const speaker = match[1] ?? '';
  const head = speaker.split(/\s+of\s+/u)[0]?.split(/\s+/u).pop() ?? '';
  const group = /\p{Ll}s$/u.test(head) || /^(?:family|club|party|team|union|government|ministry|company|firm|board|council|police)$/iu.test(head);
  return /\sof\s+\p{Lu}/u.test(speaker) || group ? null : match;
}

/** "Coast Guard said (on Tuesday) (that) it was suspending …": the speaker, and what it said it did. */
const SELF_REPORT = /^((?:[^\s,;:]+\s+){0,6}?[^\s,;:]+)\s+(?:said|says|announced|confirmed|stated)\s+(?:that\s+)?(it|they|he|she)\s+(.+)$/i;
/**
 * What a speaker says of their own state, not an act: a copula before no verb ("was innocent", "were not to blame",
 * "was the victim of a smear"), or a denial of what they did ("had done nothing wrong", "had never met him").
 */
const CLAIMED_STATE = /^(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:not\s+|never\s+)?(?!\p{Ll}+ing\b|\p{Ll}+ed\b|going\b|about\s+to\b|due\s+to\b|set\s+to\b|to\b)|had\s+(?:(?:not|never)\s+|\p{Ll}+\s+nothing\b))/iu;
/** "X said (that) <claim>", the claim opening on a noun, not a pronoun (see SELF_REPORT for those). */
const SPEECH_OF_CLAIM = /^((?:[^\s,;:]+\s+){0,6}?[^\s,;:]+)\s+(?:said|says|stated|insisted|added|told\s+(?:reporters|journalists|\p{Lu}\S*))\s+(?:that\s+)?(?!(?:it|they|he|she|we|i|you|this|that)\s)(\S.+)$/iu;
/** A time word the date was cut from at the end of a wording ("declared martial law late"). */
const TRAILING_TIME_WORD = /\s+(?:late|early|earlier|later|overnight)$/i;
/** Participles that are also the simple past, so "had found" can become "found" (irregular ones that are not stay). */
const PAST_PARTICIPLE = /^(?:\p{Ll}+ed|found|held|met|made|sent|said|left|lost|won|told|paid|built|kept|led|brought|bought|caught|fought|sought|taught|thought|spent|struck|hit|put|set|cut|shut|quit)$/u;

/** Reported speech's tense moved back to the day's ("was suspending" → "is suspending"), or null where it cannot be. */
function backshiftUndone(rest: string, plural: boolean): string | null {
  const words = rest.split(/\s+/);
  const [first, second, third] = [words[0]?.toLowerCase(), words[1]?.toLowerCase(), words[2]?.toLowerCase()];
  // "had been closed" → "was closed"; "had (once again) tracked" → "(once again) tracked".
  if (first === 'had' && second === 'been' && third && /^\p{Ll}+(?:ed|en|wn|t)$/u.test(third)) return [plural ? 'were' : 'was', ...words.slice(2)].join(' ');
  if (first === 'had') {
    const verbAt = words.findIndex((word, index) => index > 0 && index < 4 && PAST_PARTICIPLE.test(word));
    if (verbAt < 0 || !words.slice(1, verbAt).every((word) => /^(?:\p{Ll}+ly|once|again|already|also|just|not|never)$/u.test(word))) return null;
    return words.slice(1).join(' ');
  }
  if (first === 'was' || first === 'were') return [plural ? 'are' : 'is', ...words.slice(1)].join(' ');
  if (first === 'would') return ['will', ...words.slice(1)].join(' ');
  if (first === 'did' && second === 'not') return [plural ? 'do' : 'does', ...words.slice(1)].join(' ');
  if (first === 'could') return second === 'not' ? ['cannot', ...words.slice(2)].join(' ') : ['can', ...words.slice(1)].join(' ');
  if (first && /^(?:will|is|are|has|have|\p{Ll}+ed)$/u.test(first)) return rest;
  return null;
}

/**
 * The wording a title reads best in: one that names its subject ("Lai is due to be inaugurated") before one that
 * starts on a verb or a pronoun whose subject stood outside the clause ("Would send a representative …", "It lost …");
 * then the fullest.
 */
function byWording(a: string, b: string): number {
  return subjectless(a) - subjectless(b) || b.split(' ').length - a.split(' ').length || a.localeCompare(b);
}

const subjectless = (text: string) => Number(!/^\p{Lu}/u.test(text) || /^(?:It|He|She|They|We|This|That|These|Those|Its|His|Her|Their)\b/.test(text));

/**
 * "Judge Kaplan scheduled sentencing for March 28" is a preview; "Bankman-Fried was sentenced today" the report:
 * a title takes the words of reports published on or after the day they date, when there are any.
 */
function afterTheFact(members: Occurrence[]): Occurrence[] {
  const reports = members.filter((member) => (member.article.publishedAt?.slice(0, 10) ?? '') >= member.date.start);
  return reports.length > 0 ? reports : [...members];
}

function namedAfterIn(placeId: string, member: Occurrence, mentions: MentionIndex): boolean {
  const sentence = member.article.sentences.find((candidate) => candidate.id === member.date.sentenceId);
  if (!sentence) return false;
  return (mentions.get(sentence.id) ?? []).some(
    (mention) => mention.entityId === placeId && /\bin\s+$/.test(sentence.text.slice(Math.max(0, mention.start - 4), mention.start)),
  );
}

/** "declared martial law", "declaration of martial law" → "martial law"; never a time word ("declared late on Tuesday"). */
function declaredObject(members: Occurrence[]): string | null {
  for (const member of members) {
    const text = member.article.sentences.find((sentence) => sentence.id === member.date.sentenceId)?.text ?? '';
    const match = /\b(?:declared|declares|declaration of|imposition of|imposed)\s+((?:[a-z]+\s){0,2}?[a-z]+)(?=\s+(?:in|on|last|over|and|after|,|\.)|[,.]|$)/.exec(text);
    const object = match?.[1]?.replace(TRAILING_TIME_WORD, '');
    if (object && !TIME_WORDS.test(object)) return object;
  }
  return null;
}

const TIME_WORDS = /^(late|early|earlier|later|last|this|that|on|at|in|yesterday|today|tonight|overnight|suddenly|briefly|then|again)\b/;

function shortName(entity: Entity | undefined): string {
  if (!entity) return '';
  const surname = entity.aliases.find((alias) => !alias.includes(' ') && entity.name.split(/[\s]/).includes(alias));
  return surname ?? entity.name;
}
