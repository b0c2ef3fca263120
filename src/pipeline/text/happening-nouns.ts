/**
 * Nouns that name a happening by its action ("the demolition", "the filing", "the closure", "the approval"): English
 * makes them from verbs with a few endings, so they can be told from nouns of things ("the bridge", "the ship")
 * without a word list of every kind of happening. Used to find a definite reference back to an account whose title
 * uses the same noun.
 */

/** Endings that turn a verb into the name of its action. */
const ACTION_ENDING = /(?:tion|sion|ment|ure|ing)s?$/u;
/** "-al" mostly makes adjectives ("federal", "presidential"); these few are nouns of action. */
const ACTION_AL = new Set(['approval', 'removal', 'refusal', 'dismissal', 'arrival', 'renewal', 'withdrawal', 'proposal', 'burial', 'denial', 'revival', 'disposal', 'referral', 'reversal', 'rebuttal', 'betrayal', 'rehearsal', 'upheaval']);
/** Words with those endings that name things, times or qualities, not actions. */
const NOT_ACTIONS = new Set([
  'building', 'buildings', 'ceiling', 'wing', 'wings', 'ring', 'string', 'thing', 'things', 'something', 'nothing', 'anything', 'everything',
  'morning', 'evening', 'during', 'king', 'spring', 'bring', 'ping', 'offspring', 'railing', 'clothing', 'housing', 'funding',
  'feeling', 'meaning', 'setting', 'timing', 'standing', 'beginning', 'opening', 'ending',
  'nation', 'station', 'position', 'question', 'population', 'information', 'section', 'region', 'opinion', 'condition', 'function',
  'mention', 'portion', 'fraction', 'nations', 'stations', 'positions', 'questions', 'regions', 'sections', 'conditions', 'million',
  'government', 'department', 'equipment', 'apartment', 'parliament', 'environment', 'moment', 'document', 'instrument', 'element',
  'governments', 'departments', 'moments', 'documents', 'elements', 'segment', 'segments',
  'structure', 'future', 'nature', 'culture', 'figure', 'picture', 'feature', 'measure', 'pressure', 'temperature', 'procedure',
  'structures', 'figures', 'pictures', 'features', 'measures', 'procedures', 'creature', 'literature', 'signature',
  'capital', 'hospital', 'official', 'officials', 'total', 'local', 'animal', 'material', 'terminal', 'terminals', 'signal', 'signals',
  'general', 'federal', 'national', 'international', 'several', 'original', 'central', 'final', 'criminal', 'normal', 'potential',
  'coastal', 'mental', 'rental', 'royal', 'legal', 'medal', 'canal', 'portal', 'journal', 'manual', 'metal', 'crystal',
]);
/** A definite determiner and the next three words: "the controlled demolition", "the court filing was". */
const DEFINITE_PHRASE = /\b(?:the|this|that)\b(?=((?:\s+[\p{L}\p{N}'’-]+){1,3}))/giu;

export interface HappeningNoun {
  /** The noun, lower-cased. */
  word: string;
  /** Where the noun starts in the text. */
  start: number;
}

/** The definite nouns of action in a text, in order: "the demolition", "the court filing". */
export function definiteHappeningNouns(text: string): HappeningNoun[] {
  const found: HappeningNoun[] = [];
  for (const match of text.matchAll(DEFINITE_PHRASE)) {
    let offset = match.index + match[0].length;
    // The noun phrase runs to its first noun of action, ending at a word that is not a modifier.
    for (const piece of match[1]!.split(/(\s+)/u)) {
      const start = offset;
      offset += piece.length;
      if (piece.trim() === '') continue;
      const word = piece.toLowerCase();
      if (/^(?:is|was|are|were|has|had|have|will|would|of|in|on|at|for|and|or|to|by|with)$/u.test(word)) break;
      if (word.length >= 6 && (ACTION_ENDING.test(word) || ACTION_AL.has(word.replace(/s$/u, ''))) && !NOT_ACTIONS.has(word) && /^\p{L}+$/u.test(word)) {
        // The head of its phrase, not a modifier of the next noun ("the landing gear", "the shipping lines").
        const after = text.slice(start + word.length);
        if (/^\s+[\p{L}\p{N}]/u.test(after) && !/^\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|of|in|on|at|for|and|or|to|by|with|from|that|which|who|as|after|before|itself|came|began|went|took|happened|ended|drew|left|showed)\b/iu.test(after)) break;
        found.push({ word, start });
        break;
      }
    }
  }
  return found;
}

/** The noun as its singular, for comparing "the filings" with "filing". */
export const singularNoun = (word: string) => word.toLowerCase().replace(/(?<=[^s])s$/u, '');
