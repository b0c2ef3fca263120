import { useCallback, useSyncExternalStore } from 'react';

/**
 * All view state lives in the URL so a pasted link restores the view and
 * back/forward work. Absent keys mean defaults (no selection, all outlets).
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
}

const LIST_KEYS = { hiddenOutlets: 'hide', entities: 'entities' } as const;
const SCALAR_KEYS = { event: 'event', article: 'article', sentence: 'sentence', from: 'from', to: 'to' } as const;
const NAVIGATE = 'parallax:navigate';

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  return {
    event: params.get(SCALAR_KEYS.event),
    hiddenOutlets: list(LIST_KEYS.hiddenOutlets),
    entities: list(LIST_KEYS.entities),
    article: params.get(SCALAR_KEYS.article),
    sentence: params.get(SCALAR_KEYS.sentence),
    from: params.get(SCALAR_KEYS.from),
    to: params.get(SCALAR_KEYS.to),
  };
}

export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const [field, key] of Object.entries(SCALAR_KEYS) as [keyof typeof SCALAR_KEYS, string][]) {
    const value = state[field];
    if (value) params.set(key, value);
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

const getSearch = () => window.location.search;

/** Build a shareable link to a view (used by "Cite" and "Copy link"). */
export function linkToView(state: ViewState): string {
  return `${window.location.origin}${window.location.pathname}${serializeViewState(state)}`;
}

export type UpdateViewState = (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;

/**
 * Change the view from outside a component (e.g. a button rendered by a shared
 * mark helper): the same history entry and notification as useViewState's update.
 */
export const navigateView: UpdateViewState = (patch, options) => {
  const next = { ...parseViewState(window.location.search), ...patch };
  const url = `${window.location.pathname}${serializeViewState(next)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (options?.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE));
};

export function useViewState(): [ViewState, UpdateViewState] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const state = parseViewState(search);
  const update = useCallback<UpdateViewState>((patch, options) => navigateView(patch, options), []);
  return [state, update];
}
