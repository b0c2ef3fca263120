// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState, type ComponentType } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/components/error-boundary';
import { lazyPart } from '../../../src/app/lazy-part';

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  cleanup();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label} {count}
    </button>
  );
}

/** A chunk that arrives when the test says so. */
function held() {
  let arrive: () => void = () => {};
  const load = vi.fn(() => new Promise<typeof Counter>((resolve) => (arrive = () => resolve(Counter))));
  return { load, arrive: () => arrive() };
}

const page = (Part: ComponentType<{ label: string }>) => (
  <Suspense fallback={<p>Loading…</p>}>
    <Part label="Pressed" />
  </Suspense>
);

describe('lazyPart', () => {
  it('renders whole on the server once preloaded: no fallback in the HTML', async () => {
    const part = lazyPart(async () => Counter);
    await part.preload();
    const html = renderToString(page(part.Part));
    // A boundary rendered whole (one rendered as its fallback would be marked <!--$!-->).
    expect(html.startsWith('<!--$-->')).toBe(true);
    expect(html.replace(/<!--.*?-->/g, '')).toBe('<button type="button">Pressed 0</button>');
  });

  it('keeps the server HTML while its chunk is on its way, then takes it over as it is', async () => {
    const server = lazyPart(async () => Counter);
    await server.preload();
    const container = document.createElement('div');
    // The test's own markup, as the build puts the prerender into index.html.
    container.append(document.createRange().createContextualFragment(renderToString(page(server.Part))));
    document.body.append(container);
    const button = screen.getByRole('button', { name: 'Pressed 0' });
    const errors = vi.spyOn(console, 'error');

    const { load, arrive } = held();
    const client = lazyPart(load);
    void client.preload();
    await act(async () => {
      root = hydrateRoot(container, page(client.Part), { onRecoverableError: (error) => console.error(error) });
    });
    // Not taken over yet: the same element, no fallback drawn in its place.
    expect(screen.getByRole('button', { name: 'Pressed 0' })).toBe(button);
    expect(screen.queryByText('Loading…')).toBeNull();
    await act(async () => arrive());
    expect(screen.getByRole('button', { name: 'Pressed 0' })).toBe(button);
    await userEvent.click(button);
    expect(button).toHaveTextContent('Pressed 1');
    expect(load).toHaveBeenCalledTimes(1);
    expect(errors).not.toHaveBeenCalled();
  });

  it('shows the fallback where nothing was prerendered, then the part', async () => {
    const { load, arrive } = held();
    const part = lazyPart(load);
    // An awaited act: a render that suspends on use() inside a synchronous act is never retried in a test.
    await act(async () => {
      render(page(part.Part));
    });
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => arrive());
    expect(await screen.findByRole('button', { name: 'Pressed 0' })).toBeInTheDocument();
  });

  it('hands a chunk that fails to load to the error boundary, and loads again on the next try', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi.fn<() => Promise<typeof Counter>>().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue(Counter);
    const part = lazyPart(load);
    await act(async () => {
      render(<ErrorBoundary label="The part">{page(part.Part)}</ErrorBoundary>);
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('chunk missing');
    // Not retried on its own (React renders once more after an error; that render must not load again).
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => screen.getByRole('button', { name: 'Try again' }).click());
    expect(await screen.findByRole('button', { name: 'Pressed 0' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
