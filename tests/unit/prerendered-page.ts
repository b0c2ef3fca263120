import { act } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { vi } from 'vitest';
import { renderFirstScreen } from '../../src/app/prerender';
import { startApp } from '../../src/app/start';
import type { CorpusIndexData } from '../../src/lib/corpus/schema';

let root: Root | null = null;

/** Unmount what `startPrerenderedPage` started and empty the page (for afterEach). */
export function cleanUpPrerenderedPage(): void {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
}

/** Markup as the browser parses a served page (the build's own output, not article text). */
export const parsed = (html: string) => document.createRange().createContextualFragment(html);

/** The built page: the prerendered first screen inside #root, naming its index as the build does, at a URL. */
export function loadPrerenderedPage(index: CorpusIndexData, search = ''): HTMLElement {
  window.history.replaceState(null, '', `/${search}`);
  const container = document.createElement('div');
  container.id = 'root';
  container.dataset.indexBuild = index.build;
  container.append(parsed(renderFirstScreen(index)));
  document.body.replaceChildren(container);
  return container;
}

/** What main.tsx does, with console errors and reported errors (hydration mismatches among them) caught. */
export async function startPrerenderedPage(container: HTMLElement) {
  const errors = vi.spyOn(console, 'error');
  const reported = vi.fn();
  vi.stubGlobal('reportError', reported);
  const started = await act(() => startApp(container));
  root = started.root;
  return { mode: started.mode, problems: () => [...errors.mock.calls, ...reported.mock.calls] };
}
