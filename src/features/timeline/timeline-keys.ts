import { addDays, dayOf, dayToMs, type DayWindow } from './timeline-window';

/**
 * Keyboard movement on the chart, as plain data (vis-timeline has no keyboard
 * support of its own): which item an arrow key moves to, and the window + and −
 * zoom to. Left/Right move along a lane in time, Up/Down to the nearest item in
 * time in the lane above or below, Home/End to a lane's ends.
 */
export interface NavItem {
  id: string;
  /** The lane's place, top first. */
  lane: number;
  startMs: number;
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isNavKey(key: string): key is NavKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown' || key === 'Home' || key === 'End';
}

const byTime = (a: NavItem, b: NavItem) => a.startMs - b.startMs || a.id.localeCompare(b.id);

/** The item a key moves to from `current` (unknown or null: the first item of the top lane); null when there are none. */
export function moveFocus(items: readonly NavItem[], current: string | null, key: NavKey): string | null {
  if (items.length === 0) return null;
  const lanes = [...new Set(items.map((item) => item.lane))].sort((a, b) => a - b);
  const laneItems = (lane: number) => items.filter((item) => item.lane === lane).sort(byTime);
  const from = items.find((item) => item.id === current);
  if (!from) return laneItems(lanes[0]!)[0]!.id;
  const lane = laneItems(from.lane);
  const at = lane.findIndex((item) => item.id === from.id);
  switch (key) {
    case 'ArrowLeft':
      return lane[Math.max(at - 1, 0)]!.id;
    case 'ArrowRight':
      return lane[Math.min(at + 1, lane.length - 1)]!.id;
    case 'Home':
      return lane[0]!.id;
    case 'End':
      return lane.at(-1)!.id;
    case 'ArrowUp':
    case 'ArrowDown': {
      const next = lanes[lanes.indexOf(from.lane) + (key === 'ArrowUp' ? -1 : 1)];
      if (next === undefined) return from.id;
      return laneItems(next).reduce((best, item) => (Math.abs(item.startMs - from.startMs) < Math.abs(best.startMs - from.startMs) ? item : best)).id;
    }
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;
const lengthOf = (window: DayWindow) => Math.round((dayToMs(window.to) - dayToMs(window.from)) / DAY_MS) + 1;

/**
 * The window + (factor < 1) or − (factor > 1) zooms to: about `centreDay` (the
 * focused item; the window's middle without one), at least `minDays` long, kept
 * within the limits when given.
 */
export function zoomWindow(window: DayWindow, factor: number, options: { centreDay?: string; minDays?: number; limits?: { min: string; max: string } } = {}): DayWindow {
  const { minDays = 2, limits } = options;
  const maxDays = limits ? lengthOf({ from: limits.min, to: limits.max }) : Infinity;
  const days = Math.min(maxDays, Math.max(minDays, Math.round(lengthOf(window) * factor)));
  const centreMs = options.centreDay ? dayToMs(options.centreDay) : (dayToMs(window.from) + dayToMs(window.to)) / 2;
  const from = dayOf(centreMs - Math.floor((days - 1) / 2) * DAY_MS);
  return clampWindow({ from, to: addDays(from, days - 1) }, limits);
}

/** The window moved as little as needed (same length) to show `day`; the window itself when it does. */
export function windowShowing(window: DayWindow, day: string, limits?: { min: string; max: string }): DayWindow {
  if (day >= window.from && day <= window.to) return window;
  const days = lengthOf(window);
  const from = day < window.from ? addDays(day, -1) : addDays(day, -(days - 2));
  return clampWindow({ from, to: addDays(from, days - 1) }, limits);
}

function clampWindow(window: DayWindow, limits?: { min: string; max: string }): DayWindow {
  if (!limits) return window;
  const days = lengthOf(window);
  if (window.from < limits.min) return { from: limits.min, to: addDays(limits.min, days - 1) };
  if (window.to > limits.max) return { from: addDays(limits.max, -(days - 1)), to: limits.max };
  return window;
}
