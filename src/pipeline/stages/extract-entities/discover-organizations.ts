/**
 * Stage 4: candidate bodies (and places named by a head-noun) — runs ending in a
 * head-noun ("Constitutional Court", "Ministry of Foreign Affairs", "Muan
 * International Airport") and the general "Long Name (ACRONYM)" pattern; firms
 * with their legal form's short names; acronyms by the words around them ("FBI
 * agents", "the NTSB said"); and places by their shape or the words around them
 * ("in Elmridge", "Ana Ruiz, 26, of Elmridge", "Elmridge Mayor", "Fort Ridley",
 * "Interstate 95", "State of Ostmark"), the last kind weak (a person's name overrules it).
 */
import { CAPITALISED, type Unit } from '../../text/tokens';
import { adjacent, classOf, FIRM_AFTER, FIRM_BEFORE, isCodeAt, scoreAt, unitsText, type OrgCandidate, type PreparedKnowledge, type SentenceAnalysis, type UnitClass } from './model';

/** Capitalised words kept before an organisation head-noun ("Seoul Central District Court"). */
const MAX_ORG_MODIFIERS = 6;
/** Words kept after an organisation's "of"/"for" ("Ministry of Foreign Affairs"). */
const MAX_ORG_TAIL = 6;
/** Words allowed between two head-nouns of one organisation ("Senate Foreign Relations Committee"). */
const MAX_HEAD_GAP = 3;
/** No organisation name is longer than this many words. */
const MAX_ORG_UNITS = 12;

export function discoverOrganizations(prepared: PreparedKnowledge, analyses: readonly SentenceAnalysis[]): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  for (const analysis of analyses) {
    // Repeats add nothing new (see discoverPeople); a Title Case line's capitals say nothing.
    if (analysis.repeat || analysis.titleCase) continue;
    discoverHeadedOrganizations(prepared, analysis, found);
    discoverAcronymOrganizations(prepared, analysis, found);
    discoverMakers(analysis, found);
    discoverAcronymsByContext(analysis, found);
    discoverCamelCaseBodies(analysis, found);
    discoverNamedLandmarks(analysis, found);
    discoverLowercaseHeads(prepared, analysis, found);
    discoverPortfolioMinistries(analysis, found);
    discoverPlacesByShape(analysis, found);
    discoverPlacesByContext(analysis, found);
    discoverPlacesBeforeTitles(prepared, analysis, found);
    discoverBodiesByKindNoun(analysis, found);
    discoverExchanges(analysis, found);
    discoverFirmsByCue(analysis, found);
  }
  return found;
}

/** Lowercase nouns of a kind of body or thing that never names a person: "the band …", "the journal …". */
const KIND_NOUNS: ReadonlySet<string> = new Set([
  'band', 'club', 'team', 'startup', 'start-up', 'carmaker', 'automaker', 'brand', 'label', 'charity', 'journal', 'magazine',
  'newspaper', 'tabloid', 'broadcaster', 'insurer', 'lender', 'retailer', 'airline', 'publisher', 'studio', 'chipmaker', 'drugmaker',
]);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'The', 'a', 'A', 'its', 'Its', 'their', 'Their']);

/**
 * "The band Crimson Harbor", "the startup Nexora Vale", "the journal Cellula": a kind noun right
 * after a determiner (or a competition's name) tells what the one to four capitalised words after it name — a body, not a person.
 */
function discoverBodiesByKindNoun(analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { units, classes } = analysis;
  units.forEach((unit, index) => {
    if (classes[index] !== 'lower' || !KIND_NOUNS.has(unit.text) || unit.possessive) return;
    const before = units[index - 1];
    // Or a competition's name before it: "Formula One team Velox", "Premier League club Castamar".
    const competition = before !== undefined && before.capitalised && !before.initial && classes[index - 1] !== 'title';
    if (!before || !(DETERMINERS.has(before.text) || before.possessive || competition) || !adjacent(analysis, index - 1, index)) return;
    if (classes[index + 1] !== 'name' || !adjacent(analysis, index, index + 1)) return;
    let end = index + 1;
    while (end - index < 4 && classes[end + 1] === 'name' && adjacent(analysis, end, end + 1) && !units[end]?.possessive) end += 1;
    if (end - index > 3 && classes[end + 1] === 'name') return;
    out.push({ surface: unitsText(analysis, index + 1, end), type: 'organization' });
  });
}

/**
 * "Vantor's chief executive", "Vantor shares fell", "Vantor, a software company,", "cybersecurity company
 * Vantor", "the chief executive of Vantor": one name word with what is said only of a firm around it is a body,
 * even opening a sentence, where its capital letter says nothing.
 */
function discoverFirmsByCue(analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { units, classes } = analysis;
  const text = analysis.sentence.text;
  units.forEach((unit, index) => {
    if (classes[index] !== 'name' || (units[index - 1]?.capitalised && adjacent(analysis, index - 1, index))) return;
    if (!unit.possessive && units[index + 1]?.capitalised && adjacent(analysis, index, index + 1)) return;
    const after = text.slice(unit.start + unit.text.length, unit.start + unit.text.length + 80);
    if (FIRM_AFTER.test(after) || FIRM_BEFORE.test(text.slice(Math.max(0, unit.start - 40), unit.start))) out.push({ surface: unit.text, type: 'organization' });
  });
}

/**
 * "(Tallex: KLT)", "(NYSE: ABC)": a firm's listing in brackets names the exchange, a body, before its
 * ticker in capitals (which names nothing of its own).
 */
function discoverExchanges(analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { tokens, units, unitOfToken } = analysis;
  for (let i = 0; i + 4 < tokens.length; i += 1) {
    if (tokens[i]?.key !== '(' || tokens[i + 2]?.key !== ':' || tokens[i + 4]?.key !== ')' || !/^\p{Lu}{1,5}$/u.test(tokens[i + 3]?.text ?? '')) continue;
    const unit = units[unitOfToken[i + 1] ?? -1];
    if (unit && unit.firstToken === i + 1 && unit.lastToken === i + 1 && unit.capitalised) out.push({ surface: unit.text, type: 'organization' });
  }
}

/** Korean and Japanese district suffixes: "Hannam-dong", "Jongno-gu", "Shinjuku-ku". */
const DISTRICT_SUFFIX = /^\p{Lu}\p{Ll}+-(?:dong|gu|gun|myeon|eup|ku)$/u;
/** Words before "City, Region" that place it: "of Palo Alto, California", "in Hualien, Taiwan". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'from', 'near', 'at', 'outside']);

/**
 * Places told by their shape: a district suffix ("Hannam-dong"), or one to three
 * name words after a place preposition and before ", <known place>" that closes the
 * clause ("of Palo Alto, California,"); "Hou, New Taipei mayor" or "Lai, Taiwan's
 * leader" go on past the place, so they are not read as places.
 */
function discoverPlacesByShape(analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { units, classes, tokens } = analysis;
  units.forEach((unit, index) => {
    if (classes[index] === 'name' && DISTRICT_SUFFIX.test(unit.text)) out.push({ surface: unit.text, type: 'place' });
    if (classes[index] !== 'name' || classes[index - 1] === 'name' || !PLACE_PREPOSITIONS.has(units[index - 1]?.text ?? '') || !adjacent(analysis, index - 1, index)) return;
    let end = index;
    while (end - index < 2 && classes[end + 1] === 'name' && adjacent(analysis, end, end + 1)) end += 1;
    const comma = tokens[(units[end]?.lastToken ?? -2) + 1];
    const place = units[end + 1];
    if (comma?.key !== ',' || !place || classes[end + 1] !== 'place' || place.possessive || place.firstToken !== (units[end]?.lastToken ?? 0) + 2) return;
    // The known place runs to the end of its clause: a comma, a stop or the sentence's end.
    let placeEnd = end + 1;
    while (classes[placeEnd + 1] === 'place' && adjacent(analysis, placeEnd, placeEnd + 1)) placeEnd += 1;
    const closing = tokens[(units[placeEnd]?.lastToken ?? -2) + 1];
    if (closing && !/^[,.;:)]$/u.test(closing.key)) return;
    out.push({ surface: unitsText(analysis, index, end), type: 'place' });
  });
}

/** Lowercase nouns before "of" that make the name after it a place: "the town of Elmridge". */
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['town', 'city', 'village', 'hamlet', 'borough', 'suburb', 'county', 'island', 'port', 'province', 'district', 'community']);
/** Words that open a place's name, never a person's: "Fort Ridley", "Mount Aldern", "Lake Orra", "Port Harcourt". */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['Fort', 'Mount', 'Mt.', 'Lake', 'Cape', 'St', 'Saint', 'Port', 'Bandar', 'Kuala', 'Kota']);
/** Words that a road's number follows: "Interstate 695", "Route 40". */
const ROAD_WORDS: ReadonlySet<string> = new Set(['Interstate', 'Route', 'Highway', 'Motorway', 'Expressway']);
/** Capitalised words that, before "of" and a name, make the whole a place: "State of Ostmark". */
const CAPITALISED_SETTLEMENTS: ReadonlySet<string> = new Set(['State', 'City', 'Town', 'Village', 'Borough', 'Commonwealth']);
/** Words before "in" that make the name after it a publication: "published in Nature", "a study in Cellula". */
const PUBLISHING_WORDS: ReadonlySet<string> = new Set([
  'published', 'publishing', 'publish', 'publishes', 'appeared', 'appearing', 'appears', 'wrote', 'writing', 'writes', 'reported',
  'paper', 'papers', 'study', 'studies', 'article', 'articles', 'essay', 'editorial', 'letter', 'commentary', 'review', 'op-ed', 'column', 'interview',
]);
/** Words of travel after which "to" and one name word name a place: "flew to Elmridge", "flights to Elmridge". */
const TRAVEL_WORDS: ReadonlySet<string> = new Set([
  'fly', 'flew', 'flown', 'flying', 'flight', 'flights', 'travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling',
  'get', 'gets', 'got', 'getting', 'drive', 'drove', 'driven', 'driving', 'head', 'headed', 'heading', 'return', 'returned',
  'returning', 'move', 'moved', 'moving', 'trip', 'journey', 'route', 'routes', 'rerouted', 'diverted', 'evacuated',
]);
/** Words of a launch or a departure after which "from" and one name word name a place: "launched from Elmridge". */
const LAUNCH_WORDS: ReadonlySet<string> = new Set([
  'launch', 'launches', 'launched', 'launching', 'off', 'departed', 'departs', 'departing', 'departure', 'departures', 'sailed',
  'flew', 'fled', 'fleeing', 'evacuated', 'arrived', 'arriving',
]);
/** Lowercase nouns after a name that make it a place: "Elmridge residents". */
const RESIDENT_NOUNS: ReadonlySet<string> = new Set(['residents', 'natives', 'townspeople', 'villagers']);

/**
 * Places told by the words around a name: one name word after "in" ("a church in Elmridge"),
 * after an age ("Ana Ruiz, 26, of Elmridge"), before "residents" ("Elmridge residents"), or
 * one to three after "the town of". Such a place is weak: a word that is a person's name
 * elsewhere ("faith in Lai") is dropped when clustering.
 */
function discoverPlacesByContext(analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { units, classes, tokens } = analysis;
  // One word, not owned, not a longer name's, and not numbered ("in Chapter 11", "in Section 3").
  const lone = (index: number): boolean =>
    !units[index]?.possessive && classes[index - 1] !== 'name' && !(adjacent(analysis, index, index + 1) && (units[index + 1]?.capitalised || isCodeAt(analysis, index + 1)));
  units.forEach((unit, index) => {
    // "Fort Ridley", "Mount Aldern", "Cape Sorrel": a place's opening word, then its name.
    if (PLACE_OPENERS.has(unit.text) && (classes[index] === 'name' || classes[index] === 'orgHead') && classes[index - 1] !== 'name' && classes[index + 1] === 'name' && adjacent(analysis, index, index + 1)) {
      let end = index + 1;
      while (end - index < 2 && classes[end + 1] === 'name' && adjacent(analysis, end, end + 1)) end += 1;
      const next = classes[end + 1];
      const larger = (next === 'orgHead' || next === 'event' || next === 'title') && adjacent(analysis, end, end + 1);
      if (!larger && !units[end]?.possessive) out.push({ surface: unitsText(analysis, index, end), type: 'place' });
    }
    if (classes[index] !== 'name') return;
    const before = units[index - 1];
    const after = units[index + 1];
    if (before && classes[index - 1] === 'lower' && adjacent(analysis, index - 1, index)) {
      const of = before.firstToken;
      const aged = before.text === 'of' && tokens[of - 1]?.key === ',' && /^\d{1,3}$/u.test(tokens[of - 2]?.text ?? '') && tokens[of - 3]?.key === ',';
      // "flew to Elmridge", "trying to get to Elmridge": after a verb or noun of travel, "to" opens a place.
      const travelTo = before.text === 'to' && TRAVEL_WORDS.has(units[index - 2]?.text ?? '') && adjacent(analysis, index - 2, index - 1);
      if (travelTo && lone(index)) out.push({ surface: unit.text, type: 'place', byContext: true });
      // "launched from Elmridge", "lifted off from Elmridge", "flew from Elmridge": a launch's or a journey's "from".
      const travelFrom = before.text === 'from' && (TRAVEL_WORDS.has(units[index - 2]?.text ?? '') || LAUNCH_WORDS.has(units[index - 2]?.text ?? '')) && adjacent(analysis, index - 2, index - 1);
      if (travelFrom && lone(index)) out.push({ surface: unit.text, type: 'place', byContext: true });
      if ((before.text === 'in' || aged) && lone(index)) {
        // "published in Nature", "a paper in Cellula": after a word of publishing, "in" opens a publication.
        const published = before.text === 'in' && PUBLISHING_WORDS.has(units[index - 2]?.text ?? '') && adjacent(analysis, index - 2, index - 1);
        out.push(published ? { surface: unit.text, type: 'organization' } : { surface: unit.text, type: 'place', byContext: true });
      }
      if (before.text === 'of' && SETTLEMENT_NOUNS.has(units[index - 2]?.text ?? '') && adjacent(analysis, index - 2, index - 1) && !unit.possessive) {
        let end = index;
        while (end - index < 2 && classes[end + 1] === 'name' && adjacent(analysis, end, end + 1) && !units[end]?.possessive) end += 1;
        out.push({ surface: unitsText(analysis, index, end), type: 'place', byContext: true });
      }
    }
    // "Interstate 695", "Route 40": a road's number makes it a place.
    if (ROAD_WORDS.has(unit.text) && after && /^\d{1,4}$/u.test(after.text) && adjacent(analysis, index, index + 1)) out.push({ surface: unitsText(analysis, index, index + 1), type: 'place' });
    // "the State of Ostmark", "the City of Elmridge": the whole is a place.
    if (CAPITALISED_SETTLEMENTS.has(unit.text) && after?.text === 'of' && adjacent(analysis, index, index + 1) && (units[index + 2]?.capitalised ?? false) && adjacent(analysis, index + 1, index + 2)) {
      const first = index + 2;
      let end = first;
      while (end - first < 2 && (classes[end + 1] === 'name' || classes[end + 1] === 'place') && adjacent(analysis, end, end + 1)) end += 1;
      if ((classes[first] === 'name' || classes[first] === 'place') && !units[end]?.possessive) out.push({ surface: unitsText(analysis, index, end), type: 'place' });
    }
    if (after && classes[index + 1] === 'lower' && RESIDENT_NOUNS.has(after.text) && adjacent(analysis, index, index + 1) && !unit.possessive && classes[index - 1] !== 'name') {
      out.push({ surface: unit.text, type: 'place', byContext: true });
    }
  });
}

/**
 * "Boeing 737-800", "Airbus A321": a single name word right before a model number is its maker. A score is no model
 * number: the word before "2-1" is a side, a team unless the text names a player by it ("Kerr 2-0 Sova" where Nadia
 * Kerr plays), so it is found by the score only (`byContext`), and a person's full name overrules it.
 */
function discoverMakers(analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  analysis.units.forEach((unit, index) => {
    if (analysis.classes[index] !== 'name' || analysis.classes[index - 1] === 'name' || ROAD_WORDS.has(unit.text)) return;
    if (!isCodeAt(analysis, index + 1) || !adjacent(analysis, index, index + 1)) return;
    out.push(scoreAt(analysis, index + 1) ? { surface: unit.text, type: 'organization', byContext: true } : { surface: unit.text, type: 'organization' });
  });
}

/** Lowercase nouns that only a body has: "FTX founder", "FTX customers", "NTSB investigators". */
const BODY_NOUNS: ReadonlySet<string> = new Set([
  'founder', 'founders', 'co-founder', 'customers', 'users', 'employees', 'shareholders', 'investors', 'executives',
  'headquarters', 'deposits', 'shares', 'investigators', 'spokesperson', 'spokesman', 'spokeswoman',
  // Who works for a body: "FBI agents", "NTSB officials".
  'agents', 'officials', 'officers', 'staff', 'staffers',
]);

/**
 * An acronym nothing defines is a body when a body's noun or a title follows it
 * ("FTX founder", "FTX customers", "Former FTX Chief Executive"), or when, after "the",
 * it speaks or acts ("the NTSB said", "The FBI opened an inquiry"): a person is not
 * "the" anyone. Alone, "SBF said" says nothing.
 */
function discoverAcronymsByContext(analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  analysis.units.forEach((unit, index) => {
    if (analysis.classes[index] !== 'acronym' || !/^\p{Lu}{2,7}$/u.test(unit.text)) return;
    const the = analysis.units[index - 1];
    const lone = !(the?.capitalised && adjacent(analysis, index - 1, index)) && !(analysis.units[index + 1]?.capitalised && adjacent(analysis, index, index + 1));
    // "at KOSTRAC, Bengaluru", "data from ORBITA": after "at" or "from", a lone word of three or more capitals is a
    // body (a person is met "with" someone, not "at" them; "SBF" is said, not gone to).
    // Such context is weak: a capitals surname ("IWAYA Takeshi") elsewhere makes the word a person's (see `byContext`).
    if (lone && !unit.possessive && unit.text.length >= 3 && the !== undefined && AT_OR_FROM.has(the.text) && adjacent(analysis, index - 1, index)) {
      out.push({ surface: unit.text, type: 'organization', byContext: true });
      return;
    }
    if (!adjacent(analysis, index, index + 1)) return;
    const next = analysis.units[index + 1];
    const lowerNext = analysis.classes[index + 1] === 'lower' && next !== undefined;
    // "the BRICS summit", "an OPEC meeting": a gathering is held by a body (three or more capitals: "the AI summit" is a theme).
    const gathering = lowerNext && unit.text.length >= 3 && !unit.possessive && GATHERING_NOUNS.has(next.text);
    const named = (lowerNext && BODY_NOUNS.has(next.text)) || analysis.classes[index + 1] === 'title' || gathering;
    const determined = the !== undefined && /^the$/iu.test(the.text) && adjacent(analysis, index - 1, index);
    const acts = !unit.possessive && ACRONYM_ACTS.test(next?.text ?? '') && determined;
    if (named || acts) out.push({ surface: unit.text, type: 'organization' });
    else if (!unit.possessive && ACRONYM_ACTS.test(next?.text ?? '') && spokenAcronym(analysis, index, lone)) out.push({ surface: unit.text, type: 'organization', byContext: true });
  });
}

/**
 * "ORBITA said on Monday", "JAXA confirmed": an acronym of four or more capitals, alone, acting as the subject of a
 * sentence or a clause, is a body: people's initials ("SBF said", "AOC said") are two or three letters. Not in a line
 * set in capitals, where every word is.
 */
function spokenAcronym(analysis: SentenceAnalysis, index: number, lone: boolean): boolean {
  const unit = analysis.units[index];
  if (!unit || !lone || unit.text.length < 4) return false;
  const previous = analysis.tokens[unit.firstToken - 1];
  return unit.initial || previous?.key === ',' || previous?.text === 'and' || previous?.text === 'but';
}

const AT_OR_FROM: ReadonlySet<string> = new Set(['at', 'from']);

/**
 * A brand written in camel case ("SpaceX", "OpenAI", "JetBlue"): a capital inside a word after lowercase letters. A
 * person's name may have one only after its prefix ("McAllister", "MacLeod", "DeSantis", "LeBlanc", "DiNapoli").
 */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
const NAME_PREFIX_CAMEL = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Van|Von|Ter|Ten|Al|El)\p{Lu}/u;

/**
 * "SpaceX's rocket", "SpaceX said", "a contract from JetBlue": a lone camel-case word that owns something, acts as a
 * subject or follows "at" or "from" is a body.
 */
function discoverCamelCaseBodies(analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { units, classes } = analysis;
  units.forEach((unit, index) => {
    if (classes[index] !== 'name' || !CAMEL_CASE.test(unit.text) || NAME_PREFIX_CAMEL.test(unit.text)) return;
    const before = units[index - 1];
    const after = units[index + 1];
    if ((before?.capitalised && adjacent(analysis, index - 1, index)) || (after?.capitalised && !unit.possessive && adjacent(analysis, index, index + 1))) return;
    const fromOrAt = before !== undefined && AT_OR_FROM.has(before.text) && adjacent(analysis, index - 1, index);
    const acts = !unit.possessive && after !== undefined && ACRONYM_ACTS.test(after.text) && adjacent(analysis, index, index + 1);
    if (unit.possessive || fromOrAt || acts) out.push({ surface: unit.text, type: 'organization' });
  });
}
/** Lowercase nouns of a gathering a body holds: "the BRICS summit". */
const GATHERING_NOUNS: ReadonlySet<string> = new Set(['summit', 'summits', 'meeting', 'meetings', 'bloc', 'member', 'members', 'membership', 'secretariat', 'charter']);

/** What a body does in news copy, right after its acronym: "the NTSB said", "the FBI opened". */
const ACRONYM_ACTS = /^(?:said|says|announced|told|confirmed|opened|launched|issued|released|published|found|ruled|approved|rejected|ordered|warned|urged|denied|charged|arrested|seized|filed|sued|investigated|declined|has|had|will|would)$/u;

/** Heads a page may write in lowercase after a name: "Gimpo airport", "the Democratic Progressive party". */
const LOWERCASE_PLACE_HEADS: ReadonlySet<string> = new Set(['airport', 'station', 'province', 'county', 'island', 'harbour', 'harbor', 'peninsula']);
const LOWERCASE_ORG_HEADS: ReadonlySet<string> = new Set(['party']);
/** Capitalised words that make a lowercase "police" a particular force: "State police", "Federal police". */
const FORCE_QUALIFIERS: ReadonlySet<string> = new Set(['State', 'Federal', 'National', 'Provincial', 'County', 'Military']);

/**
 * "Gimpo airport" names a place (and "Gimpo" the town); "the Democratic Progressive party"
 * a body, when at least two capitalised words come before it, so "the Labour party" or
 * "a party" name nothing new.
 */
function discoverLowercaseHeads(prepared: PreparedKnowledge, analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { units, classes } = analysis;
  units.forEach((unit, index) => {
    // "whose Taiwan People's party": a plural's possessive stays inside the name, as before a capitalised head.
    if (index === 0 || classes[index] !== 'lower' || !orgAdjacent(analysis, index - 1, index)) return;
    // "State police divers returned": the state's force, a body, written as news copy writes it.
    if (unit.text === 'police' && adjacent(analysis, index - 1, index) && FORCE_QUALIFIERS.has(units[index - 1]?.text ?? '') && classes[index - 2] !== 'name' && classes[index - 2] !== 'place') {
      out.push({ surface: unitsText(analysis, index - 1, index), type: 'organization' });
      return;
    }
    const isPlaceHead = LOWERCASE_PLACE_HEADS.has(unit.text);
    if (!isPlaceHead && !LOWERCASE_ORG_HEADS.has(unit.text)) return;
    let start = index - 1;
    while (start > 0 && inOrgName(analysis, start - 1) && orgAdjacent(analysis, start - 1, start) && index - start < MAX_ORG_MODIFIERS) start -= 1;
    if (!inOrgName(analysis, start) || !units.slice(start, index).some((_, offset) => classes[start + offset] === 'name')) return;
    if (isPlaceHead) {
      if (start !== index - 1 || classes[start] !== 'name') return;
      // "the Noto peninsula", but not "Hase peninsula trip was cancelled" (Governor Hase's trip): without its article
      // a name before "peninsula" may be a person's, as it can be before "airport".
      if (unit.text === 'peninsula' && !(units[start - 1]?.text.toLowerCase() === 'the' && adjacent(analysis, start - 1, start))) return;
      out.push({ surface: unitsText(analysis, start, index), type: 'place' }, { surface: units[start]?.text ?? '', type: 'place' });
    } else if (index - start >= 2 && !prepared.placeHeads.has(units[index - 1]?.text ?? '')) {
      out.push({ surface: unitsText(analysis, start, index), type: 'organization' });
    }
  });
}

/** Verbs that give a place its name. */
const NAMING_VERBS: ReadonlySet<string> = new Set(['named', 'renamed', 'dubbed', 'christened', 'call', 'called', 'calls', 'name', 'names']);
/** Lowercase landmark nouns a naming may end on: "named the site Tara point", "called it Vale crater". */
const AFTER_LANDMARK: ReadonlySet<string> = new Set(['on', 'in', 'at', 'after', 'for', 'by', 'and', 'last', 'this', 'earlier', 'when', 'to', 'as', 'with', 'which', 'yesterday', 'today']);
const LANDMARK_NOUNS: ReadonlySet<string> = new Set(['point', 'crater', 'site', 'base', 'ridge', 'peak', 'plain', 'plateau', 'basin', 'valley', 'station', 'camp', 'square', 'park']);

/**
 * "which the minister named Tara Vale point", "a spot dubbed Ember crater": after a verb of naming, one to three name
 * words and a lowercase landmark noun are a place's new name, noun and all; the name words alone are no person.
 */
function discoverNamedLandmarks(analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { units, classes } = analysis;
  units.forEach((unit, index) => {
    if (classes[index] !== 'lower' || !NAMING_VERBS.has(unit.text)) return;
    let first = index + 1;
    if (classes[first] === 'lower' && /^(?:it|the|a|this)$/u.test(units[first]?.text ?? '') && classes[first + 1] === 'lower') first += 2;
    if (classes[first] !== 'name' || !adjacent(analysis, first - 1, first)) return;
    let end = first;
    while (end - first < 2 && classes[end + 1] === 'name' && adjacent(analysis, end, end + 1) && !units[end]?.possessive) end += 1;
    const noun = units[end + 1];
    if (!noun || units[end]?.possessive || classes[end + 1] !== 'lower' || !LANDMARK_NOUNS.has(noun.text) || !adjacent(analysis, end, end + 1)) return;
    // The noun ends the name ("Tara point on Saturday"); "named Leo Marsh point guard" goes on to a role.
    const after = analysis.tokens[noun.lastToken + 1];
    if (after?.isWord && !AFTER_LANDMARK.has(after.text.toLowerCase())) return;
    out.push({ surface: unitsText(analysis, first, end + 1), type: 'place' });
  });
}

const SPEAKS_OR_ACTS = /^(said|says|announced|told|pledged|added|ordered|confirmed|stated|warned|urged|denied|has|had|will|would|plans|planned)$/;

/** Words that may stand before "ministry" without naming a portfolio ("the new ministry", "the former ministry"). */
const NOT_PORTFOLIO: ReadonlySet<string> = new Set(['new', 'former', 'same', 'whole', 'entire', 'said', 'which', 'that', 'this', 'other', 'own', 'relevant', 'responsible', 'competent', 'each', 'every']);

/**
 * "the transport ministry said", "Japan's foreign ministry announced": a ministry named in lower case by its portfolio,
 * as news copy names one, when it speaks or acts. Only after "the", a possessive or a place, so "a ministry" or
 * "every ministry" names none; a ministry one walks into is a building.
 */
function discoverPortfolioMinistries(analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { units, classes } = analysis;
  units.forEach((unit, index) => {
    if (index < 2 || unit.text !== 'ministry' || classes[index] !== 'lower') return;
    const portfolio = units[index - 1]!;
    if (classes[index - 1] !== 'lower' || !/^[a-z]{4,}$/.test(portfolio.text) || NOT_PORTFOLIO.has(portfolio.text) || !adjacent(analysis, index - 1, index)) return;
    const before = units[index - 2]!;
    const determined = before.text.toLowerCase() === 'the' || before.possessive || classes[index - 2] === 'place' || classes[index - 2] === 'demonym';
    // Acting as a body ("the transport ministry said"), not a building ("at the foreign ministry in Seoul").
    const acts = SPEAKS_OR_ACTS.test(units[index + 1]?.text ?? '');
    if (determined && acts && adjacent(analysis, index - 2, index - 1)) out.push({ surface: `${portfolio.text} ministry`, type: 'organization' });
  });
}

/** Heads of a body's name that may name a state: "Soviet Union", "Russian Federation". */
const STATE_HEADS: ReadonlySet<string> = new Set(['Union', 'Federation', 'Confederation']);
/** Place heads of a facility that an agency runs and speaks for: "National Tornado Center". */
const SPEAKING_FACILITY_HEADS: ReadonlySet<string> = new Set(['Center', 'Centre']);
/** Words that may stand between a list's comma and a listed state: "the former Soviet Union". */
const LIST_FILLERS: ReadonlySet<string> = new Set(['the', 'former', 'then', 'old']);

/**
 * The run start..end is an item of a list between two known places: "<place>, the <run> and <place>" (one place beside
 * it is not enough: "the Farmers Union and Brazil" are a body and a state).
 */
function listedWithPlaces(analysis: SentenceAnalysis, start: number, end: number): boolean {
  const { units, classes, tokens } = analysis;
  let first = start;
  while (first > 0 && classes[first - 1] === 'lower' && LIST_FILLERS.has(units[first - 1]?.text ?? '') && adjacent(analysis, first - 1, first)) first -= 1;
  const beforeToken = tokens[(units[first]?.firstToken ?? 0) - 1];
  const previousUnit = units[analysis.unitOfToken[(units[first]?.firstToken ?? 0) - 2] ?? -1];
  if (!((beforeToken?.key === ',' || beforeToken?.text === 'and') && previousUnit !== undefined && classes[units.indexOf(previousUnit)] === 'place')) return false;
  const afterToken = tokens[(units[end]?.lastToken ?? -2) + 1];
  if (afterToken?.key !== ',' && afterToken?.text !== 'and') return false;
  let next = analysis.unitOfToken[(units[end]?.lastToken ?? -2) + 2] ?? -1;
  if (next < 0) return false;
  if (units[next]?.text === 'the') next += 1;
  return classes[next] === 'place';
}

/** Classes that may sit inside an organisation name. */
const ORG_PART: ReadonlySet<UnitClass> = new Set<UnitClass>(['name', 'place', 'title', 'demonym', 'orgHead', 'knownOrg', 'acronym', 'event']);
const ORG_TAIL_PART: ReadonlySet<UnitClass> = new Set<UnitClass>(['name', 'place', 'demonym', 'orgHead', 'title']);

/**
 * "Constitutional Court", "National Assembly", "Ministry of Foreign Affairs",
 * "Senate Foreign Relations Committee". Within a capitalised segment, head-nouns
 * at most MAX_HEAD_GAP words apart belong to one name, which ends at the last of them.
 */
function discoverHeadedOrganizations(prepared: PreparedKnowledge, analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { units, classes } = analysis;
  const emit = (first: number, lastHead: number, segmentEnd: number): number => {
    let start = first;
    // A place right after the head is part of the name: "U.S. Forces Korea".
    let end = lastHead;
    while (end < segmentEnd && end - lastHead < 2 && classes[end + 1] === 'place') end += 1;
    const head = units[lastHead]?.text ?? '';
    let type: 'place' | 'organization' = prepared.placeHeads.has(head) ? 'place' : 'organization';
    // "the US, the Soviet Union and China": a union or federation listed among countries is a state, a place.
    if (type === 'organization' && STATE_HEADS.has(head) && end === lastHead && listedWithPlaces(analysis, start, end)) type = 'place';
    // "the National Tornado Center said": a centre that speaks is the body that runs it, not the building.
    if (type === 'place' && SPEAKING_FACILITY_HEADS.has(head) && end === lastHead && SPEAKS_OR_ACTS.test(units[end + 1]?.text ?? '') && adjacent(analysis, end, end + 1)) type = 'organization';
    // "Jordan Lake, 31, said": a place has no age; the run is a person's name (found by the people rules).
    const comma = analysis.tokens[(units[lastHead]?.lastToken ?? -2) + 1];
    if (type === 'place' && comma?.key === ',' && /^\d{1,3}$/u.test(analysis.tokens[(units[lastHead]?.lastToken ?? 0) + 2]?.text ?? '') && analysis.tokens[(units[lastHead]?.lastToken ?? 0) + 3]?.key === ',') return lastHead;
    if (end === segmentEnd) end = extendOrgTail(analysis, end, type === 'organization');
    // "Port" heads a place only with its "of": "Port of Rotterdam", never "the Port" or "Port officials".
    if (TAIL_ONLY_HEADS.has(head) && end === lastHead) return end;
    // A place's name holds no "and": "Dundalk and Sparrows Point" is a town and a headland.
    if (type === 'place') start = afterLastAnd(analysis, start, lastHead);
    // "the first Japanese Cabinet minister": a head used as an adjective before a role names no body here.
    const after = units[end + 1];
    // Nor does a place head before a title: "U.S. District Judge Lewis Kaplan" (but "Jeju Air CEO" names the airline).
    const adjective =
      after !== undefined &&
      adjacent(analysis, end, end + 1) &&
      ((classes[end + 1] === 'lower' && (prepared.roleNouns.has(after.text) || ROLE_PLURALS.has(after.text))) || (classes[end + 1] === 'title' && type === 'place'));
    if ((start !== end || prepared.standaloneOrgs.has(head)) && !adjective) {
      // "Alameda Research": one plain word before a firm's head may name it alone ("Alameda's books").
      const surface = unitsText(analysis, start, end);
      if (type === 'organization' && end === lastHead && LEGAL_FORMS.has(head)) out.push(firmCandidate(analysis, start, end, surface));
      else {
        // "Alameda Research" may be "Alameda"; "the Harlan River" may be "the Harlan".
        const named = type === 'organization' || SHORTENED_PLACE_HEADS.has(head);
        const shortName = named && start + 1 === lastHead && end === lastHead && classes[start] === 'name' ? units[start]?.text : undefined;
        out.push(shortName ? { surface, type, shortName } : { surface, type });
      }
      // "Muan International Airport": the town the place is named after is a place too.
      const town = type === 'place' && LOCALITY_HEADS.has(head) && classes[start] === 'name' && units.slice(start + 1, lastHead).every((unit) => GENERIC_WORDS.has(unit.text));
      if (town) out.push({ surface: units[start]?.text ?? '', type: 'place' });
    }
    return end;
  };
  let i = 0;
  while (i < units.length) {
    if (!inOrgName(analysis, i)) {
      i += 1;
      continue;
    }
    let segmentEnd = i;
    for (;;) {
      if (inOrgName(analysis, segmentEnd + 1) && orgAdjacent(analysis, segmentEnd, segmentEnd + 1)) segmentEnd += 1;
      else if (joinsByAnd(analysis, segmentEnd)) segmentEnd += 2;
      else break;
    }
    let next = segmentEnd + 1;
    let orgStart = -1;
    let lastHead = -1;
    for (let u = i; u <= segmentEnd; u += 1) {
      if (classes[u] !== 'orgHead') continue;
      // Connectors ("and") between two heads are not words of the name: "Securities and Commodities Fraud Task Force".
      const gap = lastHead >= 0 ? classes.slice(lastHead + 1, u).filter((unitClass) => unitClass !== 'lower').length : 0;
      const joinsCurrent = lastHead >= 0 && gap <= MAX_HEAD_GAP && u - orgStart < MAX_ORG_UNITS;
      if (!joinsCurrent) {
        if (lastHead >= 0) emit(orgStart, lastHead, segmentEnd);
        orgStart = Math.max(lastHead + 1, i, u - MAX_ORG_MODIFIERS);
      }
      lastHead = u;
    }
    // "Preliminary Post Incident Review": name words after the last head that end on a document's or an event's
    // head make the whole run that thing, named after no body.
    let tail = lastHead + 1;
    while (tail <= segmentEnd && classes[tail] === 'name') tail += 1;
    const thing = lastHead >= 0 && tail > lastHead + 1 && tail <= segmentEnd && classes[tail] === 'event';
    if (lastHead >= 0 && !thing) next = Math.max(next, emit(orgStart, lastHead, segmentEnd) + 1);
    i = next;
  }
}

/** A firm's legal form or a group's last word: "Ltd", "Inc.", "Group", "Holdings". */
const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'Ltd', 'Ltd.', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'LLC', 'PLC', 'Limited', 'Pte', 'Private', 'Group', 'Holdings', 'Corporation', 'Company',
]);

/**
 * "Harrow Bay Shipping Private Ltd", "Tessel Marine Group": a firm, which stories go on to
 * name without its legal form ("Harrow Bay Shipping") and by its first word ("Tessel said").
 */
function firmCandidate(analysis: SentenceAnalysis, start: number, end: number, surface: string): OrgCandidate {
  let stemEnd = end;
  while (stemEnd > start && LEGAL_FORMS.has(analysis.units[stemEnd]?.text ?? '')) stemEnd -= 1;
  const candidate: OrgCandidate = { surface, type: 'organization' };
  if (stemEnd > start) candidate.aliases = [unitsText(analysis, start, stemEnd)];
  if (analysis.classes[start] === 'name' && !analysis.units[start]?.possessive) candidate.shortName = analysis.units[start]?.text;
  return candidate;
}

/** Place heads a story drops once the place is known: "the Harlan River", then "the Harlan". */
const SHORTENED_PLACE_HEADS: ReadonlySet<string> = new Set(['River']);

/** Place heads that name a place only with an "of" after them. */
const TAIL_ONLY_HEADS: ReadonlySet<string> = new Set(['Port']);

/** The first unit after the last "and" in start..head, or start. */
function afterLastAnd(analysis: SentenceAnalysis, start: number, head: number): number {
  let from = start;
  for (let u = start; u < head; u += 1) if (analysis.units[u]?.text === 'and' || analysis.units[u]?.text === '&') from = u + 1;
  return from;
}

/**
 * "Lakeview County Executive Tom Hale", "Kerr County Sheriff …": a title that opens with a
 * place head ("County Executive") is the office of the place whose name stands before it,
 * and the town such a place is named after is a place too.
 */
function discoverPlacesBeforeTitles(prepared: PreparedKnowledge, analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { units, classes } = analysis;
  units.forEach((unit, index) => {
    if (classes[index] !== 'title' || classes[index - 1] !== 'name' || !adjacent(analysis, index - 1, index)) return;
    // "Elmridge Mayor Ana Ruiz", "Harlan Sheriff Tom Hale": one name word before a town's office is the town.
    const before = units[index - 1];
    if (TOWN_OFFICES.has(unit.text) && classes[index - 2] !== 'name' && before && !before.possessive && !before.initial && !NOT_A_TOWN.has(before.text)) {
      out.push({ surface: before.text, type: 'place', byContext: true });
      return;
    }
    if (!prepared.placeHeads.has(unit.text)) return;
    let start = index - 1;
    while (start > 0 && classes[start - 1] === 'name' && adjacent(analysis, start - 1, start) && index - start < 3) start -= 1;
    out.push({ surface: unitsText(analysis, start, index), type: 'place' });
    if (LOCALITY_HEADS.has(unit.text) && start === index - 1) out.push({ surface: units[start]?.text ?? '', type: 'place' });
  });
}

/** Offices of a town or a state, after whose name they are written: "Elmridge Mayor …". */
// A two-word office is read by its first word, which is a title only inside it ("Police Chief").
const TOWN_OFFICES: ReadonlySet<string> = new Set(['Mayor', 'Governor', 'Gov.', 'Sheriff', 'Police', 'Fire']);
/** Words before such an office that rank it rather than place it: "Deputy Mayor". */
const NOT_A_TOWN: ReadonlySet<string> = new Set(['Deputy', 'Vice', 'Acting', 'Interim', 'Assistant', 'Lieutenant', 'Lt.', 'Outgoing', 'Incoming']);

/** Heads of places named after the town they serve: "Muan International Airport", "Ansan Station". */
const LOCALITY_HEADS: ReadonlySet<string> = new Set(['Airport', 'Airbase', 'Airfield', 'Station', 'Province', 'Prefecture', 'County', 'District']);
/** Generic words that may stand between the town and such a head. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(['International', 'Regional', 'National', 'Municipal', 'Metropolitan', 'Central', 'Domestic', 'Military']);

/** Role nouns in the plural, after which a head-noun is an adjective: "Party members", "Cabinet officials". */
const ROLE_PLURALS: ReadonlySet<string> = new Set(['member', 'members', 'officials', 'ministers', 'lawmakers', 'leaders', 'staff']);

/** Compass words, which open a name without being one: "South Jeolla Province", "South China Sea". */
const COMPASS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);

const ORDINAL = /^\d+(?:st|nd|rd|th)$/u;

/** May sit inside an organisation or place name: capitalised parts, a compass word, an ordinal ("2nd U.S. Circuit Court"). */
function inOrgName(analysis: SentenceAnalysis, index: number): boolean {
  const unitClass = analysis.classes[index];
  if (unitClass === undefined) return false;
  if (ORG_PART.has(unitClass)) return true;
  const text = analysis.units[index]?.text ?? '';
  return (unitClass === 'stop' && (COMPASS.has(text) || ORDINAL_WORDS.has(text))) || ((unitClass === 'code' || unitClass === 'lower') && ORDINAL.test(text));
}

/** Ordinals written as words open a body's name: "the Third District Court of Appeal". */
const ORDINAL_WORDS: ReadonlySet<string> = new Set(['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth']);

/**
 * "Securities and Commodities Fraud Task Force": "and" between two plain name words stays
 * inside the name; a head-noun may stand before "and" only as the name's first word, so
 * "the Constitutional Court and National Assembly" stays two bodies.
 */
function joinsByAnd(analysis: SentenceAnalysis, index: number): boolean {
  const and = analysis.units[index + 1];
  return (
    and !== undefined &&
    (and.text === 'and' || and.text === '&') &&
    (analysis.classes[index] === 'name' || (analysis.classes[index] === 'orgHead' && !(inOrgName(analysis, index - 1) && adjacent(analysis, index - 1, index)))) &&
    analysis.classes[index + 2] === 'name' &&
    adjacent(analysis, index, index + 1) &&
    adjacent(analysis, index + 1, index + 2)
  );
}

/**
 * After a head-noun: "of"/"for" [the] + capitalised words ("Bank of Korea", "Institute for
 * Peace"), and a closed list of plain words ("Ministry of Land, Infrastructure and Transport").
 */
function extendOrgTail(analysis: SentenceAnalysis, head: number, mayHoldList: boolean): number {
  const connector = analysis.units[head + 1];
  if (!connector || !adjacent(analysis, head, head + 1) || (connector.text !== 'of' && connector.text !== 'for')) return head;
  let next = head + 2;
  if (analysis.units[next]?.text === 'the' && adjacent(analysis, next - 1, next)) next += 1;
  if (!ORG_TAIL_PART.has(classOf(analysis, next) ?? 'lower') || !adjacent(analysis, next - 1, next)) return head;
  let end = next;
  for (;;) {
    if (end - next + 1 < MAX_ORG_TAIL && ORG_TAIL_PART.has(classOf(analysis, end + 1) ?? 'lower') && adjacent(analysis, end, end + 1)) end += 1;
    // "Court for the District of Delaware": a head inside the tail takes its own "of".
    else if (
      end - next + 3 <= MAX_ORG_TAIL &&
      classOf(analysis, end) === 'orgHead' &&
      analysis.units[end + 1]?.text === 'of' &&
      adjacent(analysis, end, end + 1) &&
      ORG_TAIL_PART.has(classOf(analysis, end + 2) ?? 'lower') &&
      adjacent(analysis, end + 1, end + 2)
    )
      end += 2;
    else break;
  }
  // A body's portfolio may run on in a list; a place's name does not ("Port of Valmora and Marsh Point").
  return mayHoldList ? closedListAfter(analysis, end) : end;
}

/**
 * ", Infrastructure and Transport" after a name's last word: single plain words set
 * apart by commas, closed by "and" and one last word that ends the name. A list not
 * closed by "and" ("Ministry of Defense, Lee said") is not part of the name.
 */
function closedListAfter(analysis: SentenceAnalysis, end: number): number {
  const { units, tokens, classes } = analysis;
  let at = end;
  for (let items = 0; items < MAX_ORG_TAIL; items += 1) {
    const comma = tokens[(units[at]?.lastToken ?? -2) + 1];
    const word = units[at + 1];
    if (comma?.key === ',' && word && classes[at + 1] === 'name' && word.firstToken === (units[at]?.lastToken ?? 0) + 2) {
      at += 1;
      continue;
    }
    if (word?.text === 'and' && (classes[at] === 'name' || at === end) && adjacent(analysis, at, at + 1) && classes[at + 2] === 'name' && adjacent(analysis, at + 1, at + 2)) {
      const last = at + 2;
      return classes[last + 1] === 'name' && adjacent(analysis, last, last + 1) ? end : last;
    }
    return end;
  }
  return end;
}

/**
 * "Asia-Pacific Economic Cooperation (APEC)": the capitalised words before a
 * parenthesised acronym whose initials spell it name an organisation, and the
 * acronym is its alias. Hyphen parts may each give an initial.
 */
function discoverAcronymOrganizations(prepared: PreparedKnowledge, analysis: SentenceAnalysis, out: OrgCandidate[]): void {
  const { tokens, units } = analysis;
  for (let i = 1; i < tokens.length - 2; i += 1) {
    if (tokens[i]?.key !== '(' || tokens[i + 2]?.key !== ')') continue;
    const acronymUnit = units[analysis.unitOfToken[i + 1] ?? -1];
    if (!acronymUnit?.allCaps || acronymUnit.firstToken !== i + 1 || acronymUnit.lastToken !== i + 1) continue;
    const letters = acronymUnit.text.replace(/[^\p{Lu}]/gu, '');
    if (letters.length < 2 || letters.length > 10) continue;
    const lastUnit = analysis.unitOfToken[i - 1] ?? -1;
    if (lastUnit < 0 || units[lastUnit]?.lastToken !== i - 1) continue;
    const startUnit = unitsSpellingAcronym(prepared, analysis, lastUnit, letters);
    if (startUnit === undefined) continue;
    // "Post Incident Review (PIR)": a document's name, spelled out, names no body.
    if (prepared.knowledge.productHeads.includes(units[lastUnit]?.text ?? '')) continue;
    let allPlaces = true;
    for (let u = startUnit; u <= lastUnit; u += 1) if (analysis.classes[u] !== 'place' && analysis.classes[u] !== 'lower') allPlaces = false;
    if (allPlaces) continue;
    out.push({ surface: unitsText(analysis, startUnit, lastUnit), type: 'organization', acronym: acronymUnit.text });
  }
}

/** Plural nouns whose possessive may sit inside a name without an "s'": "People's Party". */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['People', 'Women', 'Children', 'Men']);
/** Trades in "-men", plural as they stand: "Longshoremen's Association", "Fishermen's Union" (not "Yemen's", "Carmen's"). */
const MEN_PLURAL = /(?:s|re|er|ce|ee|wo)men$/u;

/**
 * Adjacent inside an organisation name: as `adjacent`, or across the possessive of
 * a plural ("Taiwan People's Party", "Workers' Party"), which names who the body is
 * for, or of a title before a head ("Attorney's Office"); a singular possessive
 * ("Trump's Party") is an owner, not part of the name.
 */
function orgAdjacent(analysis: SentenceAnalysis, a: number, b: number): boolean {
  if (adjacent(analysis, a, b)) return true;
  const left = analysis.units[a];
  const right = analysis.units[b];
  if (!left?.possessive || !right || b !== a + 1 || !(analysis.tokens[right.firstToken]?.spaceBefore ?? false)) return false;
  // "U.S. Attorney's Office", "the Prime Minister's Office": a title's office is a body.
  if (analysis.classes[a] === 'title' && analysis.classes[b] === 'orgHead') return true;
  // "St Mary's Hospital", "Saint Anne's School": a saint's name before the body's head.
  const saint = analysis.units[a - 1];
  if (saint && (saint.text === 'St' || saint.text === 'Saint') && analysis.classes[a] === 'name' && adjacent(analysis, a - 1, a) && analysis.classes[b] === 'orgHead') return true;
  const pluralApostrophe = analysis.tokens[left.lastToken + 2] === undefined || analysis.tokens[left.lastToken + 2]?.spaceBefore;
  return IRREGULAR_PLURALS.has(left.text) || (analysis.classes[a] === 'name' && MEN_PLURAL.test(left.text)) || (pluralApostrophe === true && left.text.endsWith('s'));
}

/**
 * "Kuomintang (KMT)": one capitalised word before a bracketed acronym whose letters
 * it holds in order, from its first, names a body spelled as one word.
 */
function wordHoldsAcronym(word: string, letters: string): boolean {
  const lower = word.toLowerCase();
  const wanted = letters.toLowerCase();
  if (lower.length <= wanted.length + 2 || lower[0] !== wanted[0]) return false;
  let at = 0;
  for (const letter of wanted) {
    at = lower.indexOf(letter, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

function unitsSpellingAcronym(prepared: PreparedKnowledge, analysis: SentenceAnalysis, lastUnit: number, letters: string): number | undefined {
  const single = analysis.units[lastUnit];
  if (single && analysis.classes[lastUnit] === 'name' && !single.text.includes('-') && wordHoldsAcronym(single.text, letters)) return lastUnit;
  let remaining = letters.length;
  for (let u = lastUnit; u >= 0 && lastUnit - u < 12; u -= 1) {
    if (u < lastUnit && !orgAdjacent(analysis, u, u + 1)) return undefined;
    const unit = analysis.units[u];
    if (!unit) return undefined;
    if (!unit.capitalised) {
      if (u === lastUnit || !prepared.connectors.has(unit.text)) return undefined;
      continue;
    }
    const initials = partInitials(analysis, unit);
    const tail = letters.slice(0, remaining);
    if (initials.length > 0 && tail.endsWith(initials)) remaining -= initials.length;
    else if (initials[0] !== undefined && tail.endsWith(initials[0])) remaining -= 1;
    else return undefined;
    if (remaining === 0) return u;
  }
  return undefined;
}

function partInitials(analysis: SentenceAnalysis, unit: Unit): string {
  let initials = '';
  for (let t = unit.firstToken; t <= unit.lastToken; t += 1) {
    const token = analysis.tokens[t];
    if (token?.isWord && CAPITALISED.test(token.text)) initials += token.text[0] ?? '';
  }
  return initials;
}
