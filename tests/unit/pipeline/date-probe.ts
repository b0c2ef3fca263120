/**
 * The harness the date-language probes share: a made-up page of lines, a phrase in one of them, and the values the
 * resolver gives the mentions that overlap the phrase, against a pinned publication day (and clock time, when the
 * case depends on it).
 */
import { expect, it } from 'vitest';
import type { Sentence } from '../../../src/lib/corpus/schema';
import { resolveDates } from '../../../src/pipeline/stages/resolve-dates/resolve-dates';

export interface DatePage {
  published: string;
  /** The publication's clock time in its zone, "HH:MM", when the case depends on it. */
  time?: string;
  offset?: string;
  lines: string[];
  phrase: string;
  /** Index of the sentence holding the phrase, when it is not the last ("two days before the deadline" dated later). */
  line?: number;
  /** Block kinds by line index, where a line is not body text (a headline, a caption). */
  kinds?: Record<number, Sentence['kind']>;
  /** A known failure, kept visible: the case turns red once the rule is fixed. */
  gap?: true;
}

/** The values of the mentions overlapping `phrase` in its sentence. */
export function valuesAt(probe: DatePage): Array<string | null> {
  const sentences: Sentence[] = probe.lines.map((text, i) => ({ id: `p-s${i + 1}`, text, paragraph: i + 1, kind: probe.kinds?.[i] ?? 'body', line: i + 1 }));
  const last = sentences[probe.line ?? sentences.length - 1]!;
  const start = last.text.indexOf(probe.phrase);
  if (start < 0) throw new Error(`"${probe.phrase}" is not in "${last.text}"`);
  const end = start + probe.phrase.length;
  const reference = { date: probe.published, offset: probe.offset ?? '+00:00', ...(probe.time ? { time: probe.time } : {}) };
  const mentions = resolveDates({ articleId: 'p', reference, publishedLabel: `published ${probe.published}` }, sentences);
  return mentions.filter((m) => m.sentenceId === last.id && m.charStart < end && m.charEnd > start).map((m) => m.value);
}

/** A case pinned with every value its phrase must resolve to (an empty list: nothing there may resolve). */
export interface ValuedPage extends DatePage {
  values: Array<string | null>;
}

/** One test per case, named by its page, phrase and expected values. */
export function checkValues(cases: ValuedPage[]): void {
  for (const c of cases) {
    it(`${c.published}${c.time ? ` ${c.time}` : ''}${c.offset ? ` ${c.offset}` : ''}: "${c.phrase}" in "${c.lines.at(-1)}" → ${c.values.join(', ') || 'nothing'}`, () => {
      expect(valuesAt(c)).toEqual(c.values);
    });
  }
}
