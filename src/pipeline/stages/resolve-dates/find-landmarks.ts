/**
 * "since the collapse", "ever since the crash": a happening used as a landmark, dated by the day the article gives
 * that happening (resolved as "election night" is: the latest earlier day-level date whose sentence names it), and
 * left unresolved when the article dates it nowhere before. Only nouns of happenings are taken, so "since the
 * company" or "since the start" are not landmarks; and a stretch measured from the happening ("the hours that had
 * passed since the collapse", "in the weeks since the crash") is a duration, not a date.
 */
import type { Candidate } from './model';

const HAPPENINGS =
  'collapse|crash|collision|attack|bombing|blast|explosion|fire|earthquake|quake|storm|flood|flooding|hurricane|typhoon|eruption|shooting|stabbing|raid|strike|outage|accident|disaster|derailment|sinking|spill|leak|hack|breach|coup|invasion|uprising|ceasefire|election|vote|referendum|verdict|ruling|sentencing|conviction|arrest|indictment|merger|takeover|bankruptcy|closure|shutdown|recall|launch|summit|inauguration|resignation|impeachment|massacre|killing|murder|kidnapping|landfall|impact|incident|announcement';
const LANDMARK = new RegExp(`\\b(?:ever\\s+)?since\\s+(?:the|this|that|last\\s+(?:week|month|year)['’]s)\\s+((?:[\\p{Ll}-]+\\s+)?(?:${HAPPENINGS}))(?![\\p{L}\\p{N}-])(?!\\s+of\\b)`, 'giu');
/** A unit of time before "since" in the same clause: the phrase measures a stretch ("the hours … since the crash"). */
const MEASURED = /\b(?:seconds|minutes|hours|days|weeks|months|years|decades|time)\b[^,;:.()—–]{0,40}$/iu;

export function findLandmarks(text: string): Candidate[] {
  if (!/\bsince\b/iu.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(LANDMARK)) {
    if (MEASURED.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    const noun = (match[1] ?? '').split(/\s+/).at(-1)?.toLowerCase() ?? '';
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      expression: { kind: 'happeningDay', word: noun, phrase: match[0].toLowerCase() },
      modifier: null,
      through: false,
    });
  }
  return found;
}
