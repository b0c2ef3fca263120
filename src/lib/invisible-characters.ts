/**
 * Characters that change how text looks without being seen: bidi controls,
 * zero-width characters and C0 controls. Article text is untrusted, so the
 * reader shows them as small labelled markers instead of letting them reorder
 * or hide text (a right-to-left override can make "eciffo" read "office").
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const INVISIBLE_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const NAMES: Record<string, [short: string, name: string]> = {
  '\u061c': ['ALM', 'Arabic letter mark'],
  '\u200b': ['ZWSP', 'zero-width space'],
  '\u200c': ['ZWNJ', 'zero-width non-joiner'],
  '\u200d': ['ZWJ', 'zero-width joiner'],
  '\u200e': ['LRM', 'left-to-right mark'],
  '\u200f': ['RLM', 'right-to-left mark'],
  '\u202a': ['LRE', 'left-to-right embedding'],
  '\u202b': ['RLE', 'right-to-left embedding'],
  '\u202c': ['PDF', 'pop directional formatting'],
  '\u202d': ['LRO', 'left-to-right override'],
  '\u202e': ['RLO', 'right-to-left override'],
  '\u2060': ['WJ', 'word joiner'],
  '\u2066': ['LRI', 'left-to-right isolate'],
  '\u2067': ['RLI', 'right-to-left isolate'],
  '\u2068': ['FSI', 'first strong isolate'],
  '\u2069': ['PDI', 'pop directional isolate'],
  '\ufeff': ['BOM', 'zero-width no-break space'],
};

export interface InvisibleCharacter {
  /** A short label to show, e.g. "RLO". */
  short: string;
  /** What it is, for a tooltip: "U+202E right-to-left override". */
  description: string;
}

export function describeInvisible(character: string): InvisibleCharacter {
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const [short, name] = NAMES[character] ?? ['CTRL', 'control character'];
  return { short, description: `${code} ${name}` };
}

/** Text split into plain runs and invisible characters, in order. */
export function splitInvisibles(text: string): (string | InvisibleCharacter)[] {
  const parts: (string | InvisibleCharacter)[] = [];
  let cursor = 0;
  for (const match of text.matchAll(INVISIBLE_CHARACTERS)) {
    if (match.index > cursor) parts.push(text.slice(cursor, match.index));
    parts.push(describeInvisible(match[0]));
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return parts;
}
