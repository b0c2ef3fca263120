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
  /** Diplomatic outcome verbs (reaffirmed, agreed): they happen at a meeting or call, so they join one by its participants. */
  | 'statement';

export const EVENT_TRIGGERS: Record<EventKind, RegExp> = {
  // "a courtesy call on the president" is a visit in person, not a phone call.
  call: /\b(phone[- ]?(call|talks?)?|telephone|(?<!courtesy )call(ed)?|spoke (with|to)|video conference)\b/gi,
  meeting: /\b(meet(s|ing|ings)?|met|talks|summit|press conference|sidelines|hosts?|hosted|host(ing)?|gathering|courtesy call)\b/gi,
  visit: /\b(visit(s|ed|ing)?|trip|arrive[sd]?|arriving|tour(ed)?)\b/gi,
  announcement: /\b(announce[sd]?|announcement|unveil(ed)?)\b/gi,
  declaration: /\b(declare[sd]?|declaration|imposition|imposed|martial law)\b/gi,
  impeachment: /\b(impeach(ed|ment)?)\b/gi,
  vote: /\b(vote[sd]?|voting|passed|ballot)\b/gi,
  inauguration: /\b(inaugurat(ion|ed)|sworn in|swearing-in)\b/gi,
  office: /\b((take|took|taking|assum(e|ed|ing)) office|launched|appointed|became (president|prime minister|minister))\b/gi,
  dialogue: /\b(dialogue|forum|symposium|trilateral meeting)\b/gi,
  election: /\b(elect(ed|ion)|re-elected)\b/gi,
  agreement: /\b(sign(ed|ing)?|treaty|accord)\b/gi,
  attack: /\b(attack(ed)?|strike|struck|launch(ed|es)?( of)? (an? )?([a-z-]+ )?(missiles?|rockets?)|fired)\b/gi,
  disaster: /\b(earthquake|quake|eruption|erupted|flood(s|ing|ed)?|typhoon|hurricane|cyclone|storm|wildfires?|tsunami|landslide|crash(ed)?|explosion|exploded|collapse[sd]?)\b/gi,
  statement: /\b(reaffirm(ed|s)?|agree[sd]?|confirm(ed|s)?|discuss(ed|es)?|pledged?|emphasi[sz]ed|stressed|exchanged views)\b/gi,
};

/** Kinds that can describe one happening from different angles (a visit is reported as a meeting). */
export const COMPATIBLE_KINDS: EventKind[][] = [
  ['meeting', 'visit', 'dialogue'],
  ['impeachment', 'vote'],
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
  statement: 'Statement',
};
