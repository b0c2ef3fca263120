import { createElement, Fragment, type MouseEvent, type ReactNode } from 'react';
import { VisibleText, type TextMark } from '../components/marked-text';
import type { EntitySummary, SentenceMention } from './corpus/schema';
import { currentView, navigateView } from './view-state';

/** Patterns that tell highlighted entities apart without relying on colour alone. */
export const HIGHLIGHT_STYLES = [
  { className: 'bg-amber-200 underline decoration-2 decoration-amber-700', symbol: '①' },
  { className: 'bg-sky-200 underline decoration-wavy decoration-sky-800', symbol: '②' },
  { className: 'bg-lime-200 underline decoration-dotted decoration-2 decoration-lime-800', symbol: '③' },
  { className: 'bg-fuchsia-200 underline decoration-double decoration-fuchsia-800', symbol: '④' },
] as const;

/** As many names as there are distinguishable styles can be highlighted at once. */
export const MAX_HIGHLIGHTS = HIGHLIGHT_STYLES.length;

export function highlightStyle(position: number) {
  return HIGHLIGHT_STYLES[position % HIGHLIGHT_STYLES.length]!;
}

/** Remove one highlighted entity from the URL view. */
export function removeHighlight(entityId: string): void {
  const current = currentView().entities;
  navigateView({ entities: current.filter((id) => id !== entityId) });
}

/**
 * The highlights after pressing a name: on, or off again. With every style in
 * use, a new name takes the last one's place (④), so a press always shows, and
 * the earlier names keep their colour and symbol.
 */
export function toggledHighlights(highlighted: readonly string[], entityId: string): string[] {
  if (highlighted.includes(entityId)) return highlighted.filter((id) => id !== entityId);
  if (highlighted.length >= MAX_HIGHLIGHTS) return [...highlighted.slice(0, MAX_HIGHLIGHTS - 1), entityId];
  return [...highlighted, entityId];
}

/** Press a name: highlighted on, or off again. Reads the view when pressed, so every name can share it. */
export function toggleHighlight(entityId: string): void {
  navigateView({ entities: toggledHighlights(currentView().entities, entityId) });
}

/**
 * The one click handler of every name in the text: the entity is read from the
 * element, so thousands of mentions share one function (React delegates it to
 * the root) and no mention holds a closure.
 */
function onMentionClick(event: MouseEvent<HTMLElement>) {
  const entityId = event.currentTarget.dataset.entity;
  if (entityId) toggleHighlight(entityId);
}

/** "sentenceId:start-end": names one mention, even when it is drawn in pieces. */
export const mentionKey = (mention: SentenceMention) => `${mention.sentenceId}:${mention.start}-${mention.end}`;

/**
 * The first mention of each name in a run of sentences (a panel, an article, a
 * table): the mentions that are tab stops. Pressing any mention of a name
 * toggles all of them, so one stop per name and panel reaches everything a
 * keyboard can do there without a Tab through every repetition; the others stay
 * buttons (focusable, and read as such by screen readers).
 */
export function firstMentionKeys(sentences: Iterable<readonly SentenceMention[] | undefined>): ReadonlySet<string> {
  const seen = new Set<string>();
  const keys = new Set<string>();
  for (const mentions of sentences) {
    if (!mentions) continue;
    for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
      if (seen.has(mention.entityId)) continue;
      seen.add(mention.entityId);
      keys.add(mentionKey(mention));
    }
  }
  return keys;
}

export interface EntityMarkOptions {
  /**
   * Mentions in the tab order (firstMentionKeys); the rest get tabIndex -1.
   * Default: every mention is a tab stop.
   */
  tabStops?: ReadonlySet<string>;
  /** Draw the highlighted names as plain marks and the others as plain text: no button (e.g. inside another control). */
  plain?: boolean;
}

/**
 * A name's button: one short class (`.name-mention` in index.css), its look when not pressed chosen by
 * `[aria-pressed='false']` there, so pressing a name changes one attribute, not its class list. Quiet: a thin
 * solid underline (darker on hover), a clear ring when focused. Solid, not dotted: a dotted line already marks
 * wording no other outlet uses. Every mention on the page is one of these (hundreds in a big event's panels),
 * so each costs as few attributes as its behaviour allows: no tooltip (the name says what a press does).
 */
const NAME_CLASS = 'name-mention';

/**
 * The button's name: the entity's, when the words on screen are part of it (case,
 * spaces and hyphens aside: "Cho Tae Yul", "Iwaya"); else those words first, so
 * voice control finds it by what it shows, then the entity ("Seoul (South Korea)").
 */
function mentionLabel(text: string, entity: EntitySummary): string {
  const fold = (words: string) => words.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const same = fold(entity.name).includes(fold(text));
  return `${same ? entity.name : `${text} (${entity.name})`}, highlight all mentions`;
}

/**
 * Marks for every mention of a known entity inside one sentence (`mentions`:
 * that sentence's mentions). Each is a toggle button (aria-pressed) that
 * highlights all the name's mentions on the page. A highlighted name's button
 * holds a <mark> in its colour, with its symbol (①②③④, hidden from screen
 * readers, who hear the pressed state), so colour is never the only sign.
 */
export function entityMarksFor(
  entityById: ReadonlyMap<string, EntitySummary>,
  mentions: readonly SentenceMention[] | undefined,
  highlighted: readonly string[],
  options: EntityMarkOptions = {},
): TextMark[] {
  const marks: TextMark[] = [];
  if (!mentions || mentions.length === 0) return marks;
  const { tabStops, plain = false } = options;
  for (const mention of mentions) {
    const entity = entityById.get(mention.entityId);
    if (!entity) continue;
    const position = highlighted.indexOf(entity.id);
    if (plain && position < 0) continue;
    const key = mentionKey(mention);
    const tabIndex = tabStops && !tabStops.has(key) ? -1 : undefined;
    const style = position >= 0 ? highlightStyle(position) : null;
    // `content`: the mention's text, or (when other marks cross it) those marks around its pieces.
    // The button is the outer element in both states, so pressing it keeps the focus on it.
    // The mark's ink is dark whatever the text around it: a dimmed one on the fill would fail contrast.
    const draw = (content: ReactNode, text: string, reactKey: string): ReactNode => {
      const inside = style
        ? createElement(
            'mark',
            { key: plain ? reactKey : 'mark', className: `rounded px-0.5 text-stone-950 ${style.className}`, 'data-entity': entity.id, 'data-mention': key },
            content,
            createElement('sup', { key: 'symbol', 'aria-hidden': true, className: 'ml-0.5 text-[0.6em]' }, style.symbol),
          )
        : content;
      if (plain) return inside;
      return createElement(
        'button',
        {
          key: reactKey,
          type: 'button',
          'aria-pressed': style !== null,
          'aria-label': mentionLabel(text, entity),
          tabIndex,
          'data-entity': entity.id,
          onClick: onMentionClick,
          className: NAME_CLASS,
        },
        inside,
      );
    };
    marks.push({
      start: mention.start,
      end: mention.end,
      render: (text, reactKey) => draw(createElement(VisibleText, { key: 'text', text }), text, reactKey),
      wrap: (children, reactKey, text) => draw(createElement(Fragment, { key: 'text' }, children), text, reactKey),
    });
  }
  return marks;
}

/**
 * Which highlighted entities a sentence mentions, with their highlight place:
 * what its marks depend on. A sentence whose key did not change draws the same
 * marks, so it need not be drawn again when another name is pressed.
 */
export function highlightKey(mentions: readonly SentenceMention[] | undefined, highlighted: readonly string[]): string {
  if (!mentions || mentions.length === 0 || highlighted.length === 0) return '';
  const present = new Set(mentions.map((mention) => mention.entityId));
  return highlighted
    .map((entityId, position) => (present.has(entityId) ? `${entityId}@${position}` : ''))
    .filter(Boolean)
    .join(',');
}
