// @vitest-environment jsdom
// In its own file: the Export code must not have been loaded by an earlier test (module state is per file).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { publishFixture, serveCorpus } from '../published-fixture';
import { cleanUpPrerenderedPage, loadPrerenderedPage, startPrerenderedPage } from '../prerendered-page';
import { corpus } from './entities-share-fixture';

const { published } = publishFixture(corpus);

afterEach(cleanUpPrerenderedPage);

it('a press on Export before its code has arrived is not lost: the menu opens on its first item when the code is here', async () => {
  serveCorpus(corpus);
  const container = loadPrerenderedPage(published.index);
  const started = startPrerenderedPage(container);
  // Pressed while the page is still the prerendered HTML: the click is held, then replayed on the stand-in button.
  fireEvent.click(screen.getByRole('button', { name: /^Export/ }));
  const { mode, problems } = await started;
  expect(mode).toBe('hydrated');
  const menu = await screen.findByRole('group', { name: 'Export' }, { timeout: 3000 });
  await waitFor(() => expect(within(menu).getByRole('button', { name: 'Copy link to this view' })).toHaveFocus());
  expect(screen.getByRole('button', { name: /^Export/ })).toHaveAttribute('aria-expanded', 'true');
  expect(problems()).toEqual([]);
});
