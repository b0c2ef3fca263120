import { useSyncExternalStore } from 'react';
import { afterNextPaint } from './when-idle';

/**
 * All view state lives in the URL so a pasted link restores the view and
 * back/forward work. Absent keys mean defaults: all outlets, and the story's
 * central event selected (see setDefaultEvent); `event=` with no value means
 * the reader cleared the selection.
 */
export interface ViewState {
  event: string | null;
  /** Outlets switched off; empty means every outlet is shown. */
  hiddenOutlets: string[];
  entities: string[];
  article: string | null;
  sentence: string | null;
  /** Visible timeline window (YYYY-MM-DD), when the reader moved it. */
  from: string | null;
  to: string | null;
  /** How the selected event's sources are compared: null for claim rows, 'text' for each outlet's full text. */
  compare: string | null;
  /** The outlet a phone shows, one at a time; null for the first that reports the event. */
  outlet: string | null;
}

const LIST_KEYS = { hiddenOutlets: 'hide', entities: 'entities' } as const;
const SCALAR_KEYS = { event: 'event', article: 'article', sentence: 'sentence', from: 'from', to: 'to', compare: 'compare', outlet: 'outlet' } as const;
const NAVIGATE = 'parallax:navigate';

/**
 * The event a view with no `event` key selects: the story's central event, set
 * once the index is known (the shell and the prerender set it before drawing,
 * so both draw the same first screen). Null until then, and for an empty corpus.
 */
let defaultEvent: string | null = null;
export function setDefaultEvent(eventId: string | null): void {
  if (eventId === defaultEvent) return;
  defaultEvent = eventId;
  defaultView = { ...BLANK_VIEW, event: eventId };
  current = { search: null, view: defaultView };
  urlRead = false;
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  return {
    event: params.has(SCALAR_KEYS.event) ? params.get(SCALAR_KEYS.event) || null : defaultEvent,
    hiddenOutlets: list(LIST_KEYS.hiddenOutlets),
    entities: list(LIST_KEYS.entities),
    article: params.get(SCALAR_KEYS.article),
    sentence: params.get(SCALAR_KEYS.sentence),
    from: params.get(SCALAR_KEYS.from),
    to: params.get(SCALAR_KEYS.to),
    compare: params.get(SCALAR_KEYS.compare),
    outlet: params.get(SCALAR_KEYS.outlet),
  };
}

/** `omitDefaultEvent`: leave the default event out (a citation's link opens an article, on whatever event the page opens on). */
export function serializeViewState(state: ViewState, options: { omitDefaultEvent?: boolean } = {}): string {
  const params = new URLSearchParams();
  for (const [field, key] of Object.entries(SCALAR_KEYS) as [keyof typeof SCALAR_KEYS, string][]) {
    const value = state[field];
    if (field === 'event' && options.omitDefaultEvent && value === defaultEvent) continue;
    // No event at all, when the page would otherwise open on the default one, is said with an empty value.
    if (value) params.set(key, value);
    else if (field === 'event' && defaultEvent !== null) params.set(key, '');
  }
  for (const [field, key] of Object.entries(LIST_KEYS) as [keyof typeof LIST_KEYS, string][]) {
    if (state[field].length > 0) params.set(key, state[field].join(','));
  }
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

const BLANK_VIEW: ViewState = Object.freeze(parseViewState('')) as ViewState;
let defaultView: ViewState = BLANK_VIEW;

/** The view the app shows with no query string: also what the prerendered page and the server render show. */
export function defaultViewState(): ViewState {
  return defaultView;
}

/**
 * The current view, parsed once per URL. Lists that did not change keep their
 * identity, so a component reading `hiddenOutlets` is not re-rendered when only
 * the selected event changed. While a navigation's URL is not written yet (see
 * navigateView) the view is the one navigated to; if the URL changes under it
 * meanwhile (back, forward), the URL wins.
 */
let current: { search: string | null; view: ViewState } = { search: '', view: BLANK_VIEW };
export function currentView(): ViewState {
  // Every subscriber asks on every render and after every navigation (twenty-odd per click): the URL is read
  // once per task, and again after a navigation or back/forward (see `urlRead`).
  if (urlRead) return current.view;
  const search = typeof window === 'undefined' ? '' : window.location.search;
  if (pending && search !== pending.base) dropPendingUrl();
  if (!pending && search !== current.search) adopt(search, parseViewState(search));
  if (typeof window !== 'undefined') {
    urlRead = true;
    queueMicrotask(forgetUrlRead);
  }
  return current.view;
}

/**
 * The URL was read in this task and has not moved since (as far as the page was told): the view stands.
 * Cleared when the task's microtasks run, on back/forward and on any navigation.
 */
let urlRead = false;
function forgetUrlRead(): void {
  urlRead = false;
}

/** Make `view` (the view of `search`) current, keeping the lists that did not change. */
function adopt(search: string, next: ViewState): void {
  const previous = current.view;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((value, position) => value === b[position]);
  if (same(next.hiddenOutlets, previous.hiddenOutlets)) next.hiddenOutlets = previous.hiddenOutlets;
  if (same(next.entities, previous.entities)) next.entities = previous.entities;
  current = { search, view: next };
}

/**
 * History entries not written yet: `base` is the query string the URL still has.
 * Chromium's pushState is a same-document navigation that costs more the larger
 * the page (5–20 ms at 4× CPU slowdown), so it runs once the click's frame is painted.
 */
let pending: { base: string; writes: { url: string; replace: boolean }[]; cancel: () => void } | null = null;

function dropPendingUrl(): void {
  pending?.cancel();
  pending = null;
}

// Back or forward before the write: the URL moved, so the entries queued for the old one are dropped. Listened to
// from the start, so this runs before any component reads the view on the same event.
if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    forgetUrlRead();
    dropPendingUrl();
  });
  window.addEventListener(NAVIGATE, forgetUrlRead);
}

/** Write the pending entries, in order; none if the URL changed meanwhile (back, forward). */
function flushViewUrl(): void {
  const writing = pending;
  if (!writing) return;
  dropPendingUrl();
  if (window.location.search !== writing.base) return;
  for (const { url, replace } of writing.writes) {
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }
}

/** Build a shareable link to a view (used by "Cite" and "Copy link"). */
export function linkToView(state: ViewState, options?: { omitDefaultEvent?: boolean }): string {
  return `${window.location.origin}${window.location.pathname}${serializeViewState(state, options)}`;
}

export type UpdateViewState = (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;

/**
 * Change the view: every component reading it is told at once, and the URL gets
 * a new history entry (or a replaced one) once the frame showing the change is
 * painted. Stable, so it can be passed down freely.
 */
export const navigateView: UpdateViewState = (patch, options) => {
  const next = { ...currentView(), ...patch };
  const search = serializeViewState(next);
  if (search === current.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (!pending) pending = { base: window.location.search, writes: [], cancel: afterNextPaint(flushViewUrl) };
  pending.writes.push({ url, replace: !!options?.replace });
  adopt(search, next);
  window.dispatchEvent(new Event(NAVIGATE));
};

/**
 * One field of the view. A component re-renders only when that field changes,
 * not on every navigation. While React hydrates the prerendered page it reads
 * the default view (what the page was rendered with), then the URL's.
 */
export function useViewValue<K extends keyof ViewState>(key: K): ViewState[K] {
  return useSyncExternalStore(
    subscribe,
    () => currentView()[key],
    () => defaultView[key],
  );
}
