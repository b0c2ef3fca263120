// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/components/error-boundary';
import { lazyComponent } from '../../../src/lib/lazy-component';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyComponent', () => {
  it('shows the fallback until its chunk is here, then the component, loading it once', async () => {
    let resolve: (component: typeof Greeting) => void = () => {};
    const load = vi.fn(() => new Promise<typeof Greeting>((done) => (resolve = done)));
    const lazy = lazyComponent(load);
    render(<lazy.Component name="Mira" fallback={<p>Loading…</p>} />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => resolve(Greeting));
    expect(screen.getByText('Hello Mira')).toBeInTheDocument();
    // Mounted again: drawn at once, from the chunk already here.
    cleanup();
    render(<lazy.Component name="Pavel" fallback={<p>Loading…</p>} />);
    expect(screen.getByText('Hello Pavel')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('draws a preloaded component on its first render, without a fallback frame', async () => {
    const lazy = lazyComponent(async () => Greeting);
    await lazy.preload();
    render(<lazy.Component name="Ana" fallback={<p>Loading…</p>} />);
    expect(screen.getByText('Hello Ana')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('hands a chunk that fails to load to the error boundary, and loads again on the next try', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi.fn<() => Promise<typeof Greeting>>().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue(Greeting);
    const lazy = lazyComponent(load);
    render(
      <ErrorBoundary label="The greeting">
        <lazy.Component name="Ana" fallback={<p>Loading…</p>} />
      </ErrorBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('chunk missing');
    await act(async () => screen.getByRole('button', { name: 'Try again' }).click());
    expect(await screen.findByText('Hello Ana')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
