/**
 * Words that report a happening, grouped into kinds of news event. This is
 * general newsroom vocabulary (meetings, calls, visits, votes…), not a list of
 * this corpus's events: it decides whether a dated sentence reports something
 * that happened, and which dated reports are about the same kind of thing.
 */
export type EventKind =
  | 'call'
  | 'meeting'
  | 'visit'
  | 'announcement'
  | 'declaration'
  | 'impeachment'
  | 'vote'
  | 'inauguration'
  | 'office'
  | 'dialogue'
  | 'election'
  | 'agreement'
  | 'attack'
  | 'disaster'
  | 'ruling'
  /** A jury's or judge's finding of guilt or innocence. */
  | 'verdict'
  /** A punishment handed down: a different happening from the verdict, usually months later. */
  | 'sentencing'
  /** A published report or its findings ("the preliminary report", "the board's findings"). */
  | 'report'
  /** A candidate or side admitting defeat: the runner-up's act, not the winner's. */
  | 'concession'
  /** Someone addressing people: a speech, a rally, a press conference. */
  | 'speech'
  /** Public grief: a mourning period, a vigil, a memorial. */
  | 'mourning'
  /** Something lost found or brought back: recorders recovered, bodies retrieved. */
  | 'recovery'
  /** A count's outcome for a body: seats won, a majority lost or held, control of a chamber. */
  | 'result'
  /** An order to check something, or the checks themselves ("ordered an emergency safety inspection"). */
  | 'inspection'
  /** A losing side asking a higher court to undo a judgment: months after the verdict, a happening of its own. */
  | 'appeal'
  /** A witness or defendant giving evidence in court. */
  | 'testimony'
  /** A contest won: the winner's happening, told apart from the voting itself ("won the election", "was elected"). */
  | 'victory'
  /** Any other thing done on a stated day ("ordered an inspection", "released its report"): no closed list of verbs covers every story. */
  | 'action'
  /** Diplomatic outcome verbs (reaffirmed, agreed): they happen at a meeting or call, so they join one by its participants. */
  | 'statement';

/** Vehicles and craft: a collision is a crash only with one of them in its clause. */
const VEHICLE = String.raw`(?:planes?|jets?|airliners?|aircraft|helicopters?|flights?|trains?|buses|bus|cars?|trucks?|lorry|lorries|vans?|ships?|ferry|ferries|vessels?|boats?|trams?|tankers?|freighters?|yachts?|barges?|trawlers?|submarines?|motorcycles?|satellites?|spacecraft)`;
const COLLISION = String.raw`(?:collid(?:e|es|ed|ing)|collisions?(?! course))`;

export const EVENT_TRIGGERS: Record<EventKind, RegExp> = {
  // "a courtesy call on the president" is a visit in person, not a phone call; "called on Japan to…",
  // "called for" and "called off" are requests and cancellations.
  // A "distress call" is a crew's radio signal, not a phone call between people.
  // A bare "phone" is a product ("unveils Vega 5 phone", "the phone goes on sale"), a call only "by phone".
  call: /\b(phone[- ]?(call|calls|talks?|conversation)|phoned|(?<=\b(?:by|over the|on the) )phone|telephone|(?<!courtesy |distress )call(ed)?(?! (?:on|for|off|it|him|her|them)\b)|spoke (with|to)|video conference)\b/gi,
  // "called on acting President Choi": a courtesy call in person.
  // A joint press conference is the meeting's; a press conference of one side is a speech.
  meeting: /\b(meet(s|ing|ings)?|met|talks|summit|joint press conference|sidelines|host|hosts(?!\s+(?:on|in|at|of|for|to|and|or|with|that|which|were|was|are|is)\b|\s*[.,;:)])|hosted|host(ing)?|gathering|courtesy call|call(ed|s)? on (?=(the )?(acting |president|prime minister|premier|king|queen|emperor|chancellor|governor)))\b/gi,
  visit: /\b(visit(s|ed|ing)?|trip|arrive[sd]?|arriving|tour(ed)?)\b/gi,
  announcement: /\b(announce[sd]?|announcing|announcement|unveil(?:s|ed|ing)?)\b/gi,
  // "declared a mayday", or an emergency declared by a crew: a distress call, not a declaration by an authority.
  declaration: /\b((?<!\b(?:pilots?|crew|captain|aircraft|plane|jet|airliner|flight)\b[^.;]{0,40})declare[sd]?(?= (?:an? )?emergency\b)|declare[sd]?(?! (?:an? )?(?:emergency|mayday)\b)|declaration|imposition|imposed|martial law|decree)\b/gi,
  impeachment: /\b(impeach(ed|ment)?)\b/gi,
  // Going to the polls, polls opening or closing: the voting itself ("polls showed Lai ahead" is a survey).
  vote: /\b(vote[sd]?|voting|passed|ballot|(?:go|goes|went|going|head(?:s|ed|ing)?) to the polls|polls (?:open(?:ed)?|close[sd]?)|polling stations?)\b/gi,
  inauguration: /\b(inaugurat(ion|ed)|sworn in|swearing-in)\b/gi,
  office: /\b((takes?|took|taking|assum(es?|ed|ing)) office|launched|appointed|became (president|prime minister|minister))\b/gi,
  dialogue: /\b(dialogue|forum|symposium|trilateral meeting)\b/gi,
  // "elected", "re-elected" name the winner: a victory, not the election day's voting.
  election: /\b(election)\b/gi,
  agreement: /\b(sign(ed|ing)?|treaty|accord)\b/gi,
  // A bird strike, a hunger strike or a dock strike is no attack.
  attack: /\b(attack(ed)?|(?<!\b(?:bird|hunger|general|labou?r|rail|dock|port|union|workers['’]?|teachers['’]?|doctors['’]?) )strike|struck|launch(ed|es)?( of)? (an? )?([a-z-]+ )?(missiles?|rockets?)|fired)\b/gi,
  // A collision is a crash only between craft, a vehicle word in its clause ("a ferry collided with a freighter"): not a
  // keeper colliding with a defender, a plan colliding with rules, or colliding protons.
  disaster: new RegExp(String.raw`\b(earthquake|quake|eruption|erupted|flood(s|ing|ed)?|typhoon|hurricane|cyclone|storm|wildfires?|tsunami|(?<!\b(?:in|to|by|won|wins|win) a )landslide(?! (?:victory|win|election|re-election|majority)\b)|crash(ed)?|(?<=\b${VEHICLE}\b[^.;]{0,60})${COLLISION}|${COLLISION}(?=[^.;]{0,60}\b${VEHICLE}\b)|explosion|exploded|collapse[sd]?|survivors?|death toll)\b(?!\s+(?:warnings?|alerts?|advisor(?:y|ies)|watch(?:es)?|sirens?|drills?)\b)`, 'gi'),
  // "threw out Lind's conviction", "tossed out the case": a court undoing a judgment.
  // "the ruling party", "Taiwan's ruling Democratic Progressive Party": an adjective, not a court's ruling.
  ruling: /\b(ruled|rules|(?:threw|throws|thrown|tossed) out(?= (?:the |an? |[\p{Lu}][\p{L}’'-]+ )?(?:[\p{L}’'-]+ )?(?:conviction|verdict|case|charges?|sentence|ruling|lawsuit|suit|appeal)\b)|quashed|ruling(?! (?:party|parties|coalition|bloc|camp|class|elite|alliance|junta|family|government|democratic|conservative|liberal|labou?r|people['’]s|national|socialist|communist|republican|progressive)\b)|upheld|overturn(?:s|ed|ing)?|struck down)\b/giu,
  verdict: /\b(verdicts?|convicted|conviction|acquitted|acquittal|(?:found|finds?|finding)\s(?:[\p{L}\p{N}.,'’-]+\s){0,8}?(?:not\s)?guilty|(?:pleaded|pled)\s(?:not\s)?guilty)\b/giu,
  sentencing: /\b(sentenced|sentencing|prison sentence|(?<=the |his |her |its )sentence)\b/gi,
  report: /\b((?:preliminary|interim|final|annual|investigation|inquiry|official|accident|short|full) report|report(?=,? (?:says|said|found|finds|showed|shows|released|published|confirmed|concluded|identifies|identified|names|named|does not|did not|was (?:released|published|made public)))|findings)\b/gi,
  // "conceded defeat", "Hou concedes", "admitted defeat": not "conceded that the plan had flaws".
  concession: /\b(conced(?:e|es|ed|ing)(?! that\b)|concession(?: speech)?|admitted defeat)\b/gi,
  // A rally is a gathering only as a noun ("a rally", "final rallies"): "markets rally" is a price.
  speech: /\b(speech(?:es)?|(?<=\b(?:a|the|his|her|their|its|final|last|closing|campaign|election|mass|victory|big|huge|large) )rall(?:y|ies)|rallies (?=in|at|across|of|on)|(?<!joint )(?:press|news) conference|addressed (?:a |the )?(?:crowd|supporters|nation|rally|parliament|congress)|claim(?:s|ed)? victory)\b/gi,
  mourning: /\b(mourning|vigils?|memorial(?: service| altar)?|funerals?|paid (?:their |his |her )?respects)\b/gi,
  // What searchers recover: bodies, recorders, wreckage ("the economy recovered" is no such happening).
  recovery: /\b((?:recover(?:ed|s)|retrieved)(?= (?:[\w'’-]+ ){0,3}(?:bod(?:y|ies)|remains|recorders?|black box(?:es)?|wreckage|debris|victims?|flight data))|(?<=\b(?:bod(?:y|ies)|remains|recorders?|black box(?:es)?|wreckage|debris|victims?) (?:[\w'’-]+ ){0,3})(?:recovered|retrieved))\b/gi,
  // Not inside a hyphenated name ("Park Ji-won").
  // "background checks", "checks and balances" are no inspection; "safety checks of all jets" are.
  inspection: /\b(inspect(?:s|ed|ing)?|inspections?|(?:safety|special|emergency|spot) checks|checks (?:of|on) (?:all|every|the))\b/gi,
  // "an appeal to voters" is a plea, not a court appeal.
  appeal: /\b(appeal(?:s|ed|ing)?(?! (?:to|for)\b)|appellate|(?:seeks?|sought|seeking|asked for|asks for|requested) (?:a )?new trial)\b/gi,
  testimony: /\b(testif(?:y|ied|ies|ying)|testimony|took the stand|takes the stand|taking the stand|(?:told|tells) (?:the )?(?:jury|jurors))\b/gi,
  victory: /(?<![\w-])((?:won|wins|winning)(?! (?:over|back|support|praise|approval|the right|(?:a|an|the) (?:\$|€|£|[\d.,]+|contract|deal|bid|tender|award|prize|medal|title|cup|match|game|case|lawsuit|suit|grant|concession|reprieve)|\$|€|£)\b| (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a handful of) (?:of the \d+ )?seats\b)|victory|victorious|president-elect|(?<!president-)(?:re-)?elected(?! (?:officials?|representatives?|leaders?|members?|lawmakers?|bod(?:y|ies)|councils?|governments?)\b))\b/gi,
  // A count of seats is a result only where it is won, held or lost, or seats in a chamber: "the ferry has 300 seats"
  // and "a jet with 189 seats" are no result.
  result: /\b((?<=\b(?:won|wins|win|winning|took|takes|take|taking|secured?|securing|holds?|held|holding|gained?|gaining|lost|loses|losing|on|retained|kept|captured?|claimed)\s+(?:only |just |a total of |about |around |nearly |almost |at least |a further |another )?)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a handful of) (?:of the \d+ )?seats|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a handful of) (?:of the \d+ )?seats (?:in|of) (?:the )?(?:legislature|parliament|assembly|house|senate|chamber|council)|(?:lost|loses|lose|losing|won|wins|win|winning|secured?|securing|holds?|held|holding|lacks?|lacking|short of|without|retain(?:s|ed)?|keeps?|kept) (?:its |their |his |her |a |an |the |outright |overall |legislative |parliamentary )*majority|legislative majority|hung parliament|(?:lost|loses|lose|losing|won|wins|win|gained?|gaining|retain(?:s|ed)?|takes?|took) control of (?:the )?(?:legislature|parliament|chamber|house|senate|assembly)|controls? (?:the )?(?:\d+-(?:seat|member) )?(?:legislature|parliament|chamber|assembly))\b/gi,
  // Never searched for with the others (see findActionVerbs): a fallback, not a kind a reference can name.
  action: /(?!)/g,
  statement: /\b(reaffirm(ed|s)?|agree[sd]?|confirm(ed|s)?|discuss(ed|es)?|pledged?|emphasi[sz]ed|stressed|exchanged views)\b/gi,
};

/** Kinds that can describe one happening from different angles (a visit is reported as a meeting). */
export const COMPATIBLE_KINDS: EventKind[][] = [
  ['meeting', 'visit', 'dialogue'],
  // An election is reported as a vote ("Saturday's vote"), as is an impeachment.
  ['impeachment', 'vote', 'election'],
  ['inauguration', 'office'],
];

/** Reader-facing label of each kind, used to build titles. */
export const KIND_LABEL: Record<EventKind, string> = {
  call: 'Phone talks',
  meeting: 'Meeting',
  visit: 'Visit',
  announcement: 'Announcement',
  declaration: 'Declaration',
  impeachment: 'Impeachment',
  vote: 'Vote',
  inauguration: 'Inauguration',
  office: 'Takes office',
  dialogue: 'Dialogue',
  election: 'Election',
  agreement: 'Agreement',
  attack: 'Attack',
  disaster: 'Disaster',
  ruling: 'Ruling',
  verdict: 'Verdict',
  sentencing: 'Sentencing',
  report: 'Report',
  concession: 'Concession',
  speech: 'Speech',
  mourning: 'Mourning',
  recovery: 'Recovery',
  result: 'Result',
  victory: 'Victory',
  appeal: 'Appeal',
  inspection: 'Inspection',
  testimony: 'Testimony',
  action: 'Action',
  statement: 'Statement',
};

/** One happening word found in a sentence. */
export interface Trigger {
  kind: EventKind;
  start: number;
  end: number;
}

/** Every happening word of a sentence, by kind. */
/**
 * Triggers by sentence text: extraction, assignment and its plan test read the same sentences, and wire copy
 * repeats them across articles. Bounded, so a long-lived dev server does not keep every sentence it ever read.
 */
const triggerCache = new Map<string, readonly Trigger[]>();
/** Weapons and armed forces: what makes "struck" an attack. */
const ARMED = /\b(?:missiles?|rockets?|drones?|bombs?|bombers?|shells?|artillery|air ?strikes?|warplanes?|fighter jets?|troops|forces|militants?|military|army|navy|gunm[ae]n|shooters?|assailants?|attackers?|insurgents?)\b/i;
const TRIGGER_CACHE_LIMIT = 50_000;
/** A win over a named opponent: the verb, then a capitalised name (optionally after "the"). */
const BEAT_OPPONENT = /\b(beat|beats|defeated|defeats|edged|thrashed|routed|overcame)(?= (?:the )?\p{Lu}\p{Ll})/gu;

export function findTriggers(text: string): Trigger[] {
  let found = triggerCache.get(text);
  if (found === undefined) {
    if (triggerCache.size >= TRIGGER_CACHE_LIMIT) triggerCache.clear();
    found = scanTriggers(text);
    triggerCache.set(text, found);
  }
  // A fresh array and fresh objects, so no caller can change what another one reads.
  return found.map((trigger) => ({ ...trigger }));
}

function scanTriggers(text: string): Trigger[] {
  const triggers: Trigger[] = [];
  for (const [kind, pattern] of Object.entries(EVENT_TRIGGERS) as [EventKind, RegExp][]) {
    if (kind === 'action') continue;
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      // "Taiwan's ruling Democratic Progressive Party": before a name, "ruling" is an adjective.
      if (kind === 'ruling' && /^ruling$/i.test(match[0]) && /^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
      triggers.push({ kind, start: match.index, end });
    }
  }
  // "Riverton beat Castlegate 2-1", "Lee defeated Park": a side or a player beaten by name is a contest won. Case
  // matters here (the beaten side is a name), so this is not one of the case-blind patterns above; "kept the beat",
  // "beat the deadline" and "defeated the motion" name no opponent.
  for (const match of text.matchAll(BEAT_OPPONENT)) triggers.push({ kind: 'victory', start: match.index, end: match.index + match[1]!.length });
  // "An earthquake struck", "the jet struck an embankment": "struck" is an attack only where a weapon or an armed
  // force is its subject ("Missiles struck the port, causing an explosion", "a gunman struck at a school").
  return triggers.filter(
    (trigger) => !(trigger.kind === 'attack' && /^struck$/i.test(text.slice(trigger.start, trigger.end)) && !ARMED.test(text.slice(Math.max(0, trigger.start - 60), trigger.start))),
  );
}

const families = new Map<EventKind, string>();

/** The family a kind belongs to ("visit" → "meeting+visit+dialogue"); memoised, asked for very often. */
export function familyOf(kind: EventKind): string {
  let family = families.get(kind);
  if (family === undefined) {
    family = COMPATIBLE_KINDS.find((candidate) => candidate.includes(kind))?.join('+') ?? kind;
    families.set(kind, family);
  }
  return family;
}

export function isEventKind(word: string): word is EventKind {
  return Object.hasOwn(EVENT_TRIGGERS, word);
}

/** Past-tense verbs that are not -ed forms, the common ones of news copy. */
/** Irregular past-tense verbs common in news copy, as a regular-expression alternation (regular ones end in -ed). */
export const IRREGULAR_PAST =
  'said|met|held|made|took|gave|went|began|found|led|left|won|lost|ran|rose|fell|struck|sent|told|spoke|saw|came|became|brought|built|chose|drew|drove|flew|fought|froze|hit|kept|knew|laid|paid|put|quit|rode|sold|set|shut|sat|slid|split|spent|stood|stole|swore|swept|taught|threw|woke|wore|wrote|shot|sank|broke|bought|caught|felt|forgot|got|grew|heard|hid|hung|let|lit|meant|overran|overtook|sought|shook|sprang|stuck|swam|tore|withdrew|won';
const ACTION_VERB = new RegExp(`\\b(?:(?:will|would|is to|are to|is set to|are set to|is due to|are due to|plans to|plan to)\\s+\\p{Ll}{3,}|\\p{Ll}{2,}ed|${IRREGULAR_PAST})\\b`, 'gu');
/** Words ending in -ed that are seldom a verb reporting what someone did. */
const NOT_ACTIONS = /^(?:need|speed|seed|feed|bleed|breed|creed|deed|greed|indeed|red|bed|wed|shed|hundred|sacred|naked|wicked|related|expected|so-called|alleged|limited|united|detailed|advanced|experienced|interested|concerned|based|called|named|used)$/;

/**
 * The verbs of a sentence that can report something done: past tense, or a
 * plan ("will release"). Used only when no happening word of a known kind is
 * near a date, so any story's events are found, not only meetings and votes.
 */
export function findActionVerbs(text: string): Trigger[] {
  // Asked once per date of a sentence: a sentence of 20,000 dates read its text 20,000 times (a minute of a test).
  if (text === lastActions.text) return lastActions.verbs.map((verb) => ({ ...verb }));
  const verbs: Trigger[] = [];
  for (const match of text.matchAll(ACTION_VERB)) {
    if (NOT_ACTIONS.test(match[0])) continue;
    verbs.push({ kind: 'action', start: match.index, end: match.index + match[0].length });
  }
  lastActions = { text, verbs };
  return verbs.map((verb) => ({ ...verb }));
}
let lastActions: { text: string; verbs: Trigger[] } = { text: '', verbs: [] };
