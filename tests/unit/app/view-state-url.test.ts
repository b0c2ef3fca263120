// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentView, navigateView } from '../../../src/lib/view-state';

/** Frames on demand: requestAnimationFrame callbacks run when the test says a frame was drawn. */
let frames: FrameRequestCallback[] = [];
const drawFrame = () => {
  const due = frames;
  frames = [];
  for (const callback of due) callback(0);
  // afterNextPaint runs its task in a timeout after the frame's callbacks.
  vi.runOnlyPendingTimers();
};

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  window.history.replaceState(null, '', '/');
  // Let the view catch up with the URL the test set.
  currentView();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the view in the URL, written after the frame', () => {
  it('tells readers at once and writes the URL once the frame showing the change is drawn', () => {
    const told = vi.fn();
    window.addEventListener('parallax:navigate', told);
    const entries = window.history.length;
    navigateView({ event: 'ev-1' });
    expect(told).toHaveBeenCalledTimes(1);
    expect(currentView().event).toBe('ev-1');
    expect(window.location.search).toBe('');
    drawFrame();
    expect(window.location.search).toBe('?event=ev-1');
    expect(window.history.length).toBe(entries + 1);
    window.removeEventListener('parallax:navigate', told);
  });

  it('keeps every change made before the frame, in order, each its own entry unless it replaces', () => {
    const entries = window.history.length;
    navigateView({ entities: ['p-1'] });
    navigateView({ entities: [...currentView().entities, 'p-2'] });
    navigateView({ from: '2025-01-01', to: '2025-01-31' }, { replace: true });
    expect(currentView().entities).toEqual(['p-1', 'p-2']);
    drawFrame();
    expect(window.location.search).toBe('?from=2025-01-01&to=2025-01-31&entities=p-1,p-2');
    expect(window.history.length).toBe(entries + 2);
  });

  it('drops the unwritten change when the URL moves first (back, forward, another writer): the URL wins', () => {
    navigateView({ event: 'ev-1' });
    window.history.replaceState(null, '', '/?event=ev-2');
    expect(currentView().event).toBe('ev-2');
    drawFrame();
    expect(window.location.search).toBe('?event=ev-2');
  });

  it('does nothing when the view would not change', () => {
    navigateView({ event: 'ev-1' });
    drawFrame();
    const entries = window.history.length;
    const told = vi.fn();
    window.addEventListener('parallax:navigate', told);
    navigateView({ event: 'ev-1' });
    drawFrame();
    expect(told).not.toHaveBeenCalled();
    expect(window.history.length).toBe(entries);
    window.removeEventListener('parallax:navigate', told);
  });
});

describe('reading the URL', () => {
  it('reads it once per task, and again after a navigation, back or forward, or in the next task', async () => {
    window.history.replaceState(null, '', '/?event=ev-a');
    window.dispatchEvent(new Event('parallax:navigate'));
    expect(currentView().event).toBe('ev-a');
    // Written behind the page's back in the same task: not seen yet.
    window.history.replaceState(null, '', '/?event=ev-b');
    expect(currentView().event).toBe('ev-a');
    await Promise.resolve();
    expect(currentView().event).toBe('ev-b');
    // Back, forward, or the app's navigation event: seen at once.
    window.history.replaceState(null, '', '/?event=ev-c');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(currentView().event).toBe('ev-c');
    window.history.replaceState(null, '', '/?event=ev-d');
    window.dispatchEvent(new Event('parallax:navigate'));
    expect(currentView().event).toBe('ev-d');
  });
});
