// @vitest-environment jsdom
/** A render error in one panel stays in that panel, named by its region label, with a way to try again. */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/components/error-boundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('entity index is malformed');
  return <p>Panel content</p>;
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    cleanup();
    broken = true;
    vi.restoreAllMocks();
  });

  it('shows the fallback with the region label while a sibling panel keeps working, and recovers on Try again', async () => {
    // React and the boundary both log the caught error; keep the test output readable.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <main>
        <ErrorBoundary label="The name index">
          <Fragile />
        </ErrorBoundary>
        <ErrorBoundary label="The article list">
          <button type="button">Open article</button>
        </ErrorBoundary>
      </main>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The name index could not be shown.');
    expect(alert).toHaveTextContent('entity index is malformed');
    expect(screen.getByRole('button', { name: 'Open article' })).toBeVisible();
    expect(logged.mock.calls.some((call) => String(call[0]).includes('The name index failed to render'))).toBe(true);

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Panel content')).toBeVisible();
  });

  it('renders its children untouched when nothing throws', () => {
    broken = false;
    render(
      <ErrorBoundary label="The timeline">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Panel content')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
