import { z } from 'zod';
import type { Article, IngestWarning, TimelineEvent } from '../../lib/corpus/schema';
import { IngestError } from '../errors';
import type { Stage } from '../types';

const editOfEvent = z
  .object({
    /** The automatically found event this edit applies to. */
    id: z.string(),
    title: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
    hide: z.boolean().optional(),
    /** Force the event into (true) or out of (false) the story's main window. */
    main: z.boolean().optional(),
    /** Other events whose evidence joins this one; they disappear. */
    merge: z.array(z.string()).optional(),
    /** Evidence sentences moved out into a new event (needs splitTitle and splitId). */
    split: z.object({ id: z.string().regex(/^[a-z0-9-]+$/), title: z.string().min(1), sentences: z.array(z.string()).min(1) }).strict().optional(),
  })
  .strict();

/** seeds/editorial.json: optional edits applied after automatic extraction. */
export const editorialSchema = z.object({ $comment: z.string().optional(), events: z.array(editOfEvent) }).strict();
export type Editorial = z.infer<typeof editorialSchema>;

export function parseEditorial(file: string, json: unknown): Editorial {
  const parsed = editorialSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IngestError(file, `does not match the editorial format at ${issue?.path.join('.') || '(top level)'}: ${issue?.message}`);
  }
  return parsed.data;
}

export interface EditorialContext {
  editorial: Editorial | null;
  file: string;
  articles: Article[];
}

/**
 * Apply editorial edits in the order written. Every event an edit touches
 * records what was done to it; an edit naming an unknown event is a warning,
 * never a silent no-op, and the app works the same without the file.
 */
export const applyEditorial: Stage<EditorialContext, TimelineEvent[], { events: TimelineEvent[]; warnings: IngestWarning[] }> = (
  context,
  input,
) => {
  if (!context.editorial) return { events: input, warnings: [] };
  const outletOf = new Map(context.articles.map((article) => [article.id, article.outletId ?? article.id]));
  const outletOrder = unique(context.articles.map((article) => article.outletId ?? article.id));
  const events = new Map(input.map((event) => [event.id, structuredClone(event)]));
  const warnings: IngestWarning[] = [];
  const touched = (event: TimelineEvent, what: string) => (event.editorial = [...(event.editorial ?? []), what]);
  const refreshOutlets = (event: TimelineEvent) => {
    const present = new Set(event.evidence.map((item) => outletOf.get(item.articleId) ?? item.articleId));
    event.outlets = outletOrder.filter((outlet) => present.has(outlet));
  };

  for (const edit of context.editorial.events) {
    const event = events.get(edit.id);
    if (!event) {
      warnings.push({ file: context.file, message: `names event ${edit.id}, which extraction did not find; edit ignored` });
      continue;
    }
    for (const otherId of edit.merge ?? []) {
      const other = events.get(otherId);
      if (!other || other === event) {
        warnings.push({ file: context.file, message: `cannot merge ${otherId} into ${edit.id}: no such event; ignored` });
        continue;
      }
      const seen = new Set(event.evidence.map((item) => item.sentenceId));
      event.evidence.push(...other.evidence.filter((item) => !seen.has(item.sentenceId)));
      events.delete(otherId);
      refreshOutlets(event);
      touched(event, `merged ${otherId}`);
    }
    if (edit.split) {
      const moving = new Set(edit.split.sentences);
      const moved = event.evidence.filter((item) => moving.has(item.sentenceId));
      const kept = event.evidence.filter((item) => !moving.has(item.sentenceId));
      if (moved.length === 0 || kept.length === 0 || events.has(edit.split.id)) {
        warnings.push({ file: context.file, message: `cannot split ${edit.id}: the sentences must be some, not all, of its evidence, and ${edit.split.id} must be new` });
      } else {
        event.evidence = kept;
        refreshOutlets(event);
        touched(event, `split off ${edit.split.id}`);
        const created: TimelineEvent = { ...structuredClone(event), id: edit.split.id, title: edit.split.title, evidence: moved, editorial: [`split from ${edit.id}`] };
        refreshOutlets(created);
        events.set(created.id, created);
      }
    }
    if (edit.title !== undefined && edit.title !== event.title) {
      touched(event, `renamed from “${event.title}”`);
      event.title = edit.title;
    }
    if (edit.note !== undefined) {
      event.note = edit.note;
      touched(event, 'note added');
    }
    if (edit.main !== undefined && edit.main !== event.main) {
      event.main = edit.main;
      touched(event, edit.main ? 'moved into the main window' : 'moved to background');
    }
    if (edit.hide) events.delete(edit.id);
  }
  return { events: [...events.values()].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)), warnings };
};

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
