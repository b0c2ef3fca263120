// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useScreenDistance, useUnlessOffScreen } from '../../../src/lib/use-off-screen';

// Counts the transitions the hooks start, to tell a plain update from a background one.
const transitions = vi.hoisted(() => ({ started: 0 }));
vi.mock('react', async (importOriginal) => {
  const react = await importOriginal<typeof import('react')>();
  return {
    ...react,
    startTransition: (scope: () => void) => {
      transitions.started += 1;
      react.startTransition(scope);
    },
  };
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Section({ value, plain = false }: { value: string; plain?: boolean }) {
  const ref = useRef<HTMLElement>(null);
  const distance = useScreenDistance(ref);
  const shown = useUnlessOffScreen(value, distance, plain);
  return (
    <section ref={ref} aria-label="section" data-distance={distance}>
      {shown}
    </section>
  );
}

type FakeObserver = { margin: string | undefined; report: (isIntersecting: boolean) => void; disconnected: boolean };

/** IntersectionObservers whose reports the test makes: the viewport's (no margin) and the "near" one. */
function stubObservers(): { viewport: () => FakeObserver; near: () => FakeObserver; all: FakeObserver[] } {
  const all: FakeObserver[] = [];
  class Observer {
    private readonly record: FakeObserver;
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      this.record = {
        margin: options?.rootMargin,
        report: (isIntersecting) => callback([{ isIntersecting } as IntersectionObserverEntry], this as unknown as IntersectionObserver),
        disconnected: false,
      };
      all.push(this.record);
    }
    observe() {}
    disconnect() {
      this.record.disconnected = true;
    }
  }
  vi.stubGlobal('IntersectionObserver', Observer);
  return { viewport: () => all.find((o) => !o.margin)!, near: () => all.find((o) => o.margin)!, all };
}

const region = () => screen.getByRole('region', { name: 'section' });
const afterFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

describe('useScreenDistance and useUnlessOffScreen', () => {
  it('counts a section as on screen where IntersectionObserver is missing, and shows a new value at once', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { rerender } = render(<Section value="first" />);
    expect(region()).toHaveAttribute('data-distance', 'on');
    rerender(<Section value="second" />);
    expect(region()).toHaveTextContent('second');
  });

  it('near the screen takes a new value (in a render after the next paint); far keeps the old one until it comes near', async () => {
    const observers = stubObservers();
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const { rerender, unmount } = render(<Section value="first" />);
    expect(observers.all).toHaveLength(2);

    act(() => observers.viewport().report(false));
    expect(region()).toHaveAttribute('data-distance', 'near');
    await act(async () => rerender(<Section value="second" />));
    // Near: not in the click's frame, but in a render right after it is painted.
    expect(region()).toHaveTextContent('first');
    await afterFrame();
    expect(region()).toHaveTextContent('second');

    await act(async () => observers.near().report(false));
    expect(region()).toHaveAttribute('data-distance', 'far');
    await act(async () => rerender(<Section value="third" />));
    // Far: nothing redrawn for the change...
    expect(region()).toHaveTextContent('second');
    // ...until the page is idle,
    await act(async () => idle.splice(0).forEach((task) => task()));
    expect(region()).toHaveTextContent('third');
    // or it comes near again.
    await act(async () => rerender(<Section value="fourth" />));
    expect(region()).toHaveTextContent('third');
    await act(async () => observers.near().report(true));
    expect(region()).toHaveAttribute('data-distance', 'near');
    await afterFrame();
    expect(region()).toHaveTextContent('fourth');

    act(() => observers.viewport().report(true));
    expect(region()).toHaveAttribute('data-distance', 'on');
    rerender(<Section value="fifth" />);
    expect(region()).toHaveTextContent('fifth');

    unmount();
    expect(observers.all.every((observer) => observer.disconnected)).toBe(true);
  });

  it('near, a plain section takes the new value after the paint as a plain update, not a transition', async () => {
    const observers = stubObservers();
    for (const plain of [false, true]) {
      const { rerender, unmount } = render(<Section value="first" plain={plain} />);
      act(() => observers.all.at(-2)!.report(false));
      expect(region()).toHaveAttribute('data-distance', 'near');
      transitions.started = 0;
      await act(async () => rerender(<Section value="second" plain={plain} />));
      // Not in the click's frame either way...
      expect(region()).toHaveTextContent('first');
      await afterFrame();
      expect(region()).toHaveTextContent('second');
      // ...but a plain one is not a background render that the chart's frames (a paint later) can cut into.
      expect(transitions.started).toBe(plain ? 0 : 1);
      unmount();
    }
  });
});
