import { useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { eventItemId, parseItemId, type TimelineGroupData, type TimelineItemData } from '../timeline-items';
import { isNavKey, moveFocus, windowShowing, zoomWindow, type NavItem } from '../timeline-keys';
import { dayOf, type DayWindow } from '../timeline-window';

export type ChartKeyboardOptions = {
  containerRef: RefObject<HTMLDivElement | null>;
  items: readonly TimelineItemData[];
  groups: readonly TimelineGroupData[];
  window: DayWindow;
  limits: { min: string; max: string } | null;
  selectedEventId: string | null;
  /** What a click on the item does: select an event, open an article, zoom into a cluster. */
  activate: (itemId: string) => void;
  onWindowChange: (from: string, to: string) => void;
};

const HINTS = { event: 'Enter selects it.', publication: 'Enter opens the article.', cluster: 'Enter zooms in.' } as const;

/**
 * The chart as one tab stop: arrow keys move a focus ring between its items
 * (Left/Right along a lane, Up/Down between lanes, Home/End), Enter does what a
 * click does, + and − zoom. The focused item is announced in a polite live region
 * (vis's items are redrawn at will, so they cannot hold focus themselves).
 */
export function useChartKeyboard({ containerRef, items, groups, window, limits, selectedEventId, activate, onWindowChange }: ChartKeyboardOptions) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const drawn = items.some((item) => item.id === focusedId) ? focusedId : null;

  const navItems = (): NavItem[] => {
    const laneOf = new Map(groups.map((group) => [group.id, group.order]));
    return items
      .filter((item) => item.selectable && item.group !== undefined)
      .map((item) => ({ id: item.id, lane: laneOf.get(item.group!) ?? 0, startMs: item.start.getTime() }));
  };

  const focus = (id: string | null) => {
    setFocusedId(id);
    const item = items.find((candidate) => candidate.id === id);
    if (!item) {
      setAnnouncement('The chart has no items in this window.');
      return;
    }
    const nav = navItems();
    const lane = nav.filter((other) => other.lane === nav.find((entry) => entry.id === id)?.lane).sort((a, b) => a.startMs - b.startMs);
    const laneName = groups.find((group) => group.id === item.group)?.label ?? '';
    const kind = parseItemId(id)?.kind ?? 'event';
    setAnnouncement(`${item.tooltip}. ${lane.findIndex((entry) => entry.id === id) + 1} of ${lane.length} in ${laneName}. ${HINTS[kind]}`);
    // Out of the window: move it the least that shows the item (the URL follows, as after a drag).
    const shown = windowShowing(window, dayOf(item.start), limits ?? undefined);
    if (shown !== window) onWindowChange(shown.from, shown.to);
    else scrollIntoLane(containerRef.current, item.id, item.group);
  };

  /** Where focus starts: the focused item still drawn, else the selected event, else the first item of the top lane in view. */
  const startingItem = (): string | null => {
    if (drawn) return drawn;
    const selected = selectedEventId ? eventItemId(selectedEventId) : null;
    if (selected && items.some((item) => item.id === selected)) return selected;
    const inView = navItems().filter((item) => dayOf(item.startMs) >= window.from && dayOf(item.startMs) <= window.to);
    return moveFocus(inView.length > 0 ? inView : navItems(), null, 'Home');
  };

  const onFocus = (focusEvent: FocusEvent<HTMLDivElement>) => {
    if (focusEvent.target === focusEvent.currentTarget) focus(startingItem());
  };

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLDivElement>) => {
    if (keyEvent.altKey || keyEvent.ctrlKey || keyEvent.metaKey) return;
    const key = keyEvent.key;
    if (isNavKey(key)) {
      keyEvent.preventDefault();
      const current = drawn ?? startingItem();
      focus(current === drawn ? moveFocus(navItems(), current, key) : current);
      return;
    }
    if (key === 'Enter' || key === ' ') {
      keyEvent.preventDefault();
      const current = drawn ?? startingItem();
      if (current) activate(current);
      return;
    }
    const zoom = key === '+' || key === '=' ? 0.5 : key === '-' || key === '_' || key === '−' ? 2 : null;
    if (zoom !== null) {
      keyEvent.preventDefault();
      const item = items.find((candidate) => candidate.id === drawn);
      const centreDay = item && dayOf(item.start) >= window.from && dayOf(item.start) <= window.to ? dayOf(item.start) : undefined;
      const next = zoomWindow(window, zoom, { centreDay, limits: limits ?? undefined });
      if (next.from !== window.from || next.to !== window.to) {
        onWindowChange(next.from, next.to);
        setAnnouncement(`Zoomed ${zoom < 1 ? 'in' : 'out'}: ${next.from} to ${next.to}.`);
      }
    }
  };

  return { focusedId: drawn, announcement, onFocus, onKeyDown };
}

/**
 * vis scrolls its lanes through the left column's scrollTop (it follows that column's
 * scroll events): bring the focused item's row into view that way.
 */
function scrollIntoLane(container: HTMLElement | null, itemId: string, laneId: string | undefined) {
  const label = container?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(itemId)}"]`);
  // vis does not draw the items of a lane scrolled out of view: then bring in the lane's name.
  const lane = laneId ? container?.querySelector<HTMLElement>(`[data-lane-id="${CSS.escape(laneId)}"]`)?.closest<HTMLElement>('.vis-label') : null;
  const box = label?.closest<HTMLElement>('.vis-item') ?? lane;
  const centre = container?.querySelector<HTMLElement>('.vis-panel.vis-center');
  const side = container?.querySelector<HTMLElement>('.vis-panel.vis-left');
  if (!box || !centre || !side) return;
  const boxRect = box.getBoundingClientRect();
  const view = centre.getBoundingClientRect();
  if (boxRect.top < view.top) side.scrollTop -= view.top - boxRect.top + 8;
  else if (boxRect.bottom > view.bottom) side.scrollTop += boxRect.bottom - view.bottom + 8;
}
