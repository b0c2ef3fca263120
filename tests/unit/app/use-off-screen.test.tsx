// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOnScreen, useUnlessOffScreen } from '../../../src/lib/use-off-screen';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Section({ value }: { value: string }) {
  const ref = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(ref);
  const shown = useUnlessOffScreen(value, onScreen);
  return (
    <section ref={ref} aria-label="section" data-on-screen={String(onScreen)}>
      {shown}
    </section>
  );
}

/** An IntersectionObserver whose reports the test makes. */
function stubObserver() {
  const observers: Array<{ report: (isIntersecting: boolean) => void; disconnected: boolean }> = [];
  class FakeObserver {
    private readonly record: { report: (isIntersecting: boolean) => void; disconnected: boolean };
    constructor(callback: IntersectionObserverCallback) {
      this.record = {
        report: (isIntersecting) => callback([{ isIntersecting } as IntersectionObserverEntry], this as unknown as IntersectionObserver),
        disconnected: false,
      };
      observers.push(this.record);
    }
    observe() {}
    disconnect() {
      this.record.disconnected = true;
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return observers;
}

describe('useOnScreen and useUnlessOffScreen', () => {
  it('counts a section as on screen where IntersectionObserver is missing, and shows a new value at once', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { rerender } = render(<Section value="first" />);
    expect(screen.getByRole('region')).toHaveAttribute('data-on-screen', 'true');
    rerender(<Section value="second" />);
    expect(screen.getByRole('region')).toHaveTextContent('second');
  });

  it('follows the observer, still ends on the new value off screen, and stops observing on unmount', async () => {
    const observers = stubObserver();
    const { rerender, unmount } = render(<Section value="first" />);
    expect(observers).toHaveLength(1);
    act(() => observers[0]!.report(false));
    expect(screen.getByRole('region')).toHaveAttribute('data-on-screen', 'false');
    // Off screen the value comes in a background render: never lost, only later.
    await act(async () => rerender(<Section value="second" />));
    expect(screen.getByRole('region')).toHaveTextContent('second');
    act(() => observers[0]!.report(true));
    expect(screen.getByRole('region')).toHaveAttribute('data-on-screen', 'true');
    unmount();
    expect(observers[0]!.disconnected).toBe(true);
  });
});
