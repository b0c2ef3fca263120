/**
 * Does an event's title name its happening? Two mechanical tests the eval scores titles with (tests/eval/README.md,
 * "What is scored"), written apart from the pipeline's own title rules so the figure does not grade the rules by
 * themselves. Pure: strings in, verdicts out.
 *
 * - namesHappening(title, goldTitle): the title shares the gold title's happening word AND at least one of its other
 *   content words (a name or an object).
 *   · The gold title's happening words are the words the pipeline's happening vocabulary finds in it
 *     (src/pipeline/knowledge/event-triggers.ts: "crash", "sworn in", "impeaches"), except one a landmark preposition
 *     introduces ("a call since martial law"); when that vocabulary finds none, every common (lowercase) content word
 *     of the gold title may be the happening word ("Kaplan revokes … bail": revokes, bail).
 *   · A title word names a happening word when both have the same stem ("crash", "crashes", "crashed", "crashing"),
 *     or when both are happening words of one family of that vocabulary ("sworn in" / "inauguration" / "takes
 *     office"; "convicted" / "verdict"; "meet" / "talks"). That family table is the only synonym table: anything
 *     else must share the stem.
 *   · The name or object is any other content word of the gold title, a word of the happening's own phrase included
 *     ("released its preliminary report": report); content words leave out function words and role words ("president", "minister", "acting") that name no one.
 * - titleShapeProblem(title): why a title is broken by its shape alone, or null: it opens on an auxiliary or a modal,
 *   a pronoun or a connective; it ends on a function word; it is a speech clause ("X said …"), a conditional
 *   ("Whoever wins"), a background clause ("Beijing had timed …"), a placeholder ("Reported development") or a kind
 *   label in place of what happened ("Statement by Joe Biden", "Result: Lai").
 */
import { familyOf, findTriggers, type EventKind } from '../../src/pipeline/knowledge/event-triggers';

const FUNCTION_WORDS = new Set(
  ('a an the of to in on at by for with from into onto over under about after before since during amid against among ' +
    'between through throughout until upon via per as than and or but nor so yet if that which who whom whose what ' +
    'when where while whether this these those it its he him his she her they them their we us our i me my you your ' +
    'is are was were be been being has have had do does did will would shall should can could may might must ' +
    'not no all any both each every some most more less other another such own same also just only very then there ' +
    'here out up down off again further once about around nearly almost').split(' '),
);
/** Words that say who someone is, not who: a title naming only "President" has named no one. */
const ROLE_WORDS = new Set(
  'president minister prime acting foreign vice chief gov governor mr mrs ms dr judge official officials chairman chairwoman leader former new first'.split(' '),
);
/** Irregular forms, to their stem's base. */
const IRREGULAR: Record<string, string> = {
  met: 'meet', held: 'hold', won: 'win', lost: 'lose', took: 'take', taken: 'take', gave: 'give', given: 'give',
  sworn: 'swear', swore: 'swear', fell: 'fall', fallen: 'fall', left: 'leave', struck: 'strike', brought: 'bring',
  began: 'begin', begun: 'begin', sent: 'send', spoke: 'speak', spoken: 'speak', came: 'come', went: 'go', gone: 'go',
  told: 'tell', said: 'say', found: 'find', made: 'make', led: 'lead', ran: 'run', rose: 'rise', risen: 'rise',
  sank: 'sink', sunk: 'sink', broke: 'break', broken: 'break', chose: 'choose', chosen: 'choose', flew: 'fly',
  flown: 'fly', fought: 'fight', shot: 'shoot', sought: 'seek', stood: 'stand', wrote: 'write', written: 'write',
  laid: 'lay', paid: 'pay', died: 'die', dies: 'die', dying: 'die', dead: 'die', death: 'die', deaths: 'die', killed: 'kill', overran: 'overrun',
};

/** The words of a text, lower-cased, a possessive dropped ("Seoul's" → "seoul"); hyphenated names stay whole. */
export function words(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu) ?? []).map((word) => word.toLowerCase().replace(/['’]s$/, ''));
}

/** A light stem: "crash", "crashes", "crashed", "crashing" → "crash"; "declares", "declaration" → "declar". */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  // British and American spellings meet: "normalisation" / "normalization", "apologises" / "apologizes".
  let base = (IRREGULAR[lower] ?? lower).replace(/is(?=(?:e|es|ed|ing|ation|ations)$)/, 'iz').replace(/(?<=\p{L}{3})our$/u, 'or');
  for (const [suffix, replacement] of [
    ['ations', ''], ['ation', ''], ['ments', ''], ['ment', ''], ['ings', ''], ['ing', ''], ['ies', 'y'], ['ied', 'y'],
    ['es', ''], ['ed', ''], ['s', ''],
  ] as const) {
    if (base.endsWith(suffix) && base.length - suffix.length >= 3 && !/(?:ss|us|is)$/.test(base)) {
      base = base.slice(0, base.length - suffix.length) + replacement;
      break;
    }
  }
  // "stopped" → "stop", "planning" → "plan", "call" → "cal" as "calls"; a final "e" goes, so "collapse" meets "collapsed".
  if (/([bdgklmnprst])\1$/.test(base)) base = base.slice(0, -1);
  return base.length > 3 && base.endsWith('e') ? base.slice(0, -1) : base;
}

/** Happening words of a text, by word index: the pipeline's vocabulary, each with its family. */
function happeningWords(text: string, skipLandmarks: boolean): Map<number, string> {
  const found = new Map<number, string>();
  const spans = [...text.matchAll(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  for (const trigger of findTriggers(text)) {
    const kind: EventKind = trigger.kind;
    if (kind === 'statement' || kind === 'action') continue;
    // "the first call since martial law": the landmark is not what the title is about.
    if (skipLandmarks && /\b(?:since|after|before|amid|following|over|ahead of|despite)\s+(?:the\s+|a\s+|an\s+|\p{Lu}\S*\s+)?$/iu.test(text.slice(Math.max(0, trigger.start - 40), trigger.start))) continue;
    spans.forEach((span, index) => {
      if (span.start < trigger.end && span.end > trigger.start) found.set(index, familyOf(kind));
    });
  }
  return found;
}

/** The happening family of one word alone, or '' when it names none. */
function familyOfWord(word: string): string {
  return happeningWords(word, false).get(0) ?? '';
}

const isContent = (word: string) => !FUNCTION_WORDS.has(word) && !ROLE_WORDS.has(word) && word.length > 1;

/**
 * A headline verb in the present tense: a lowercase word on -s straight before a preposition, a determiner, a
 * possessive or a name ("convicts Bankman-Fried", "files for bankruptcy", "revokes Kaplan's bail").
 */
const HEADLINE_VERB = /^\p{Ll}[\p{Ll}-]*[^su]s$/u;
const AFTER_VERB = /^(?:\p{Lu}|(?:the|a|an|its|his|her|their|to|for|on|in|at|into|against|with|from|over|after|up|down|out|off)$)/u;

/** The title names the gold title's happening: its happening word and one of its names or objects (see above). */
export function namesHappening(title: string, goldTitle: string): boolean {
  const goldMatches = [...goldTitle.matchAll(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)];
  const goldRaw = goldMatches.map((match) => match[0]);
  // Only a word straight after it, past spaces, is a verb's object: "hosts (Channel File 291)" is a noun and its aside.
  const nextWord = (index: number) =>
    goldMatches[index + 1] && /^\s+$/.test(goldTitle.slice(goldMatches[index]!.index + goldMatches[index]![0].length, goldMatches[index + 1]!.index)) ? goldRaw[index + 1]! : '';
  const goldWords = goldRaw.map((word) => words(word)[0] ?? '');
  const goldHappening = happeningWords(goldTitle, true);
  // The headline's first verb, and one joined to it by "and" ("visits Seoul and lays a wreath"): a plural noun before a
  // preposition further on ("balloons over the strait") is no verb.
  let verbs = 0;
  goldRaw.forEach((word, index) => {
    if (HEADLINE_VERB.test(word) && !FUNCTION_WORDS.has(word) && AFTER_VERB.test(nextWord(index)) && (verbs++ === 0 || /^and$/i.test(goldRaw[index - 1] ?? ''))) {
      // Its family, read from its past form ("convicts" → "convicted": a verdict; "impeaches" → "impeached").
      goldHappening.set(index, goldHappening.get(index) ?? [word.replace(/(?<=[sxz]|[cs]h)es$|s$/, 'ed'), word.replace(/s$/, 'd')].map(familyOfWord).find(Boolean) ?? '');
    }
  });
  // No happening word found: any common word of the gold title may be it ("Bitcoin steady …": steady).
  const happeningIndexes = goldHappening.size === 0
    ? goldWords.flatMap((word, index) => (isContent(word) && /^\p{Ll}/u.test(goldRaw[index] ?? '') ? [index] : []))
    : [...goldHappening.keys()];
  const titleStems = new Set(words(title).map(stem));
  // "Biden: federal government will pay …" is the headline form of "Biden says …": the colon after a speaker is the saying.
  if (/^(?=[^:]*\p{Lu})[^:,;]{2,60}:\s/u.test(title) && !LABEL.test(title)) titleStems.add(stem('says'));
  const titleFamilies = new Set(happeningWords(title, false).values());
  const matched = happeningIndexes.filter((index) => {
    const family = goldHappening.get(index);
    return titleStems.has(stem(goldWords[index]!)) || (family !== undefined && family !== '' && titleFamilies.has(family));
  });
  if (matched.length === 0) return false;
  // The name or object: another content word of the gold title ("released its preliminary report": report).
  return goldWords.some((word) => isContent(word) && titleStems.has(stem(word)) && matched.some((other) => stem(goldWords[other]!) !== stem(word)));
}

const LABELS =
  'meeting|visit|announcement|declaration|statement|phone talks|dialogue|disaster|action|ruling|report|speech|appeal|result|victory|election|vote|verdict|sentencing|impeachment|inauguration|agreement|attack|concession|mourning|recovery|inspection|testimony|takes office|development|reported development|event';
const LABEL = new RegExp(`^(?:${LABELS})(?:$|:\\s|\\s+(?:by|with|in)\\s+\\p{Lu})`, 'iu');
const AUXILIARY_START = /^(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been|being|has|have|had|do|does|did)\b/i;
const DANGLING_START = /^(?:it|he|she|they|we|i|you|this|that|these|those|which|who|whom|whose|its|his|her|their|our|then|there|here|and|but|or|so|after|before|since|following|as|of|for|with|by)\b/i;
const CONDITIONAL = /^(?:whoever|whatever|whichever|wherever|whenever|if|unless|whether|once|should|in case)\b/i;
/** A title may not end on a function word; a particle after its verb is no function word ("sworn in", "stepped down"). */
const DANGLING_END = /(?<!\b(?:sworn|\p{Ll}+ed|\p{Ll}+en|took|came|set|held|put|met|went))\s(?:in|on|off|out|up|down|over)$|\s(?:the|a|an|of|to|at|by|for|with|from|into|and|or|but|that|which|who|when|is|are|was|were|be|had|has|have|will|would|not|its|their|his|her|just|also|then|soon|shortly)$/iu;
/** "X said …", "Officials told reporters …": the speech verb straight after its subject (at most six words). */
const SPEECH_CLAUSE = /^(?:\S+\s+){0,6}?(?:said|says|told|tells|added|adds|noted|notes|stated|states|insisted|insists|according)\b/i;
/** "Beijing had timed the switch": a pluperfect tells what stood before the news, not the news. */
const BACKGROUND = /^(?:\S+\s+){0,6}?had\s+(?:been\s+|already\s+|long\s+)?\p{Ll}+(?:ed|en|t|wn|ne|un|ung|ought|aught)\b/iu;

/** Why a title is broken by its shape, or null. */
export function titleShapeProblem(title: string): string | null {
  const text = title.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return 'empty';
  if (LABEL.test(text)) return 'a placeholder or a kind label, not a happening';
  if (CONDITIONAL.test(text)) return 'a conditional or a hypothetical';
  if (AUXILIARY_START.test(text)) return 'starts with an auxiliary or a modal';
  if (DANGLING_START.test(text)) return 'starts with a pronoun or a connective';
  if (DANGLING_END.test(text)) return 'ends on a function word';
  if (SPEECH_CLAUSE.test(text)) return 'a speech clause';
  if (BACKGROUND.test(text)) return 'a background clause';
  if (words(text).length < 2) return 'one word';
  return null;
}
