// @vitest-environment jsdom
import { cleanup, within, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CiteButton } from '../../../src/components/cite-button';
import { CopyButton } from '../../../src/components/copy-button';
import { ShareControls } from '../../../src/features/share/components/share-controls';
import { serveCorpus } from '../published-fixture';
import { renderWithClient } from '../render-with-client';
import { corpus, index } from './entities-share-fixture';

beforeEach(() => window.history.replaceState(null, '', '/?event=ev-meet&hide=times'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('CopyButton', () => {
  it('copies the text and announces it politely', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    render(<CopyButton getText={() => 'hello'} doneMessage="Link copied" fallbackTitle="Link">Copy link</CopyButton>);
    stubClipboard(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('hello');
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the text selected in a labelled field when the clipboard refuses, and closes back to the button', async () => {
    const user = userEvent.setup();
    render(<CopyButton getText={() => 'some text'} fallbackTitle="Link to this view">Copy link</CopyButton>);
    stubClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('dialog', { name: 'Link to this view' })).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Link to this view' });
    expect(field).toHaveValue('some text');
    expect(field).toHaveFocus();
    expect((field as HTMLTextAreaElement).selectionEnd).toBe('some text'.length);
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
  });

  it('falls back when there is no clipboard API at all', async () => {
    const user = userEvent.setup();
    render(<CopyButton getText={() => 'x'} fallbackTitle="Citation">Cite</CopyButton>);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    expect(screen.getByRole('textbox', { name: 'Citation' })).toHaveValue('x');
  });
});

describe('CiteButton', () => {
  it('copies outlet, headline, date, the sentence and a link that opens the article at it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    render(<CiteButton index={index} articleId="100" sentenceId="100-s2" text={corpus.articles[0]!.sentences[1]!.text} label="Cite sentence 2" />);
    stubClipboard(writeText);
    await user.click(screen.getByRole('button', { name: 'Cite sentence 2' }));
    expect(writeText).toHaveBeenCalledWith(
      '“Solberg said the "harbour, rail" deal was =SUM(1) close.” — The Harbour Gazette (Evening Edition), “Solberg meets Dran”, 7 May 2031. ' +
        `${window.location.origin}/?article=100&sentence=100-s2`,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Citation copied');
  });

  it('has a visible name, not a bare quotation mark, unless it follows every sentence of running text', () => {
    const { unmount } = render(<CiteButton index={index} articleId="100" sentenceId="100-s2" text="x" label="Cite: The Harbour Gazette, sentence 2" />);
    expect(screen.getByRole('button', { name: 'Cite: The Harbour Gazette, sentence 2' })).toHaveTextContent('❝Cite');
    unmount();
    render(<CiteButton index={index} articleId="100" sentenceId="100-s2" text="x" label="Cite sentence 2" iconOnly />);
    expect(screen.getByRole('button', { name: 'Cite sentence 2' })).toHaveTextContent(/^❝$/);
  });
});

describe('ShareControls', () => {
  it('says so when the whole corpus cannot be fetched for an export', async () => {
    const user = userEvent.setup();
    serveCorpus(corpus, (path) => (path === 'corpus.json' ? { ok: false, status: 404, statusText: 'Not Found', json: async () => ({}) } : undefined));
    renderWithClient(<ShareControls index={index} />, { search: window.location.search });
    await user.click(screen.getByRole('button', { name: /^Export/ }));
    await user.click(screen.getByRole('button', { name: 'Events JSON' }));
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('The export failed: The whole corpus could not be loaded (404 Not Found).');
    expect(screen.getByRole('button', { name: 'Events JSON' })).toBeEnabled();
  });

  async function downloaded(buttonName: string): Promise<{ name: string; type: string; text: string }> {
    const user = userEvent.setup();
    let blob: Blob | undefined;
    const createObjectURL = vi.fn((value: Blob) => {
      blob = value;
      return 'blob:test';
    });
    // jsdom has no object URLs; the download only needs the Blob handed over.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    let name = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      name = this.download;
    });
    // The export is built from the whole corpus, fetched on the first press.
    const fetchMock = serveCorpus(corpus);
    renderWithClient(<ShareControls index={index} />, { search: window.location.search });
    await user.click(screen.getByRole('button', { name: /^Export/ }));
    await user.click(screen.getByRole('button', { name: buttonName }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(fetchMock).toHaveBeenCalledWith('/corpus.json', expect.anything());
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob ?? new Blob([]));
    });
    return { name, type: blob?.type ?? '', text };
  }

  it('keeps the exports behind one Export button, operable by keyboard: open, move, Escape back to the button', async () => {
    const user = userEvent.setup();
    serveCorpus(corpus);
    renderWithClient(<ShareControls index={index} />, { search: window.location.search });
    const button = screen.getByRole('button', { name: /^Export/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Events CSV' })).toBeNull();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('group', { name: 'Export' });
    expect(button).toHaveAttribute('aria-controls', menu.id);
    expect(within(menu).getByRole('button', { name: 'Copy link to this view' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('button', { name: 'Events CSV' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(within(menu).getByRole('button', { name: 'Whole corpus JSON' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Export' })).toBeNull();
    expect(button).toHaveFocus();
    // Down on the closed button opens it too; a click outside closes it.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('group', { name: 'Export' })).toBeInTheDocument();
    await user.click(document.body);
    expect(screen.queryByRole('group', { name: 'Export' })).toBeNull();
  });

  it('says what the export holds', async () => {
    const user = userEvent.setup();
    const fetchMock = serveCorpus(corpus);
    renderWithClient(<ShareControls index={index} />, { search: window.location.search });
    await user.click(screen.getByRole('button', { name: /^Export/ }));
    // Nothing is fetched to say so: the index has what it takes.
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Events CSV' })).toHaveAccessibleDescription(
      'Exports 2 events: events reported by any of the 2 outlets shown (1 of 3 hidden); evidence from the shown outlets only.',
    );
  });

  it('downloads the view’s events as CSV', async () => {
    const file = await downloaded('Events CSV');
    expect(file.name).toBe('parallax-events.csv');
    expect(file.type).toBe('text/csv;charset=utf-8');
    const lines = file.text.split('\r\n');
    expect(lines[0]).toMatch(/^event_id,event_title,/);
    // River Times is hidden: its background event is not exported.
    expect(lines.filter((line) => line.startsWith('ev-'))).toHaveLength(3);
    expect(file.text).not.toContain('ev-arrive');
  });

  it('downloads the view’s events as JSON with the link that restores the view', async () => {
    const file = await downloaded('Events JSON');
    expect(file.name).toBe('parallax-events.json');
    const data = JSON.parse(file.text);
    expect(data.view).toBe(`${window.location.origin}/?event=ev-meet&hide=times`);
    expect(data.events.map((event: { id: string }) => event.id)).toEqual(['ev-meet', 'ev-council']);
    expect(data.events[0].selected).toBe(true);
  });

  it('downloads the whole corpus as JSON, whatever the filter', async () => {
    const file = await downloaded('Whole corpus JSON');
    expect(file.name).toBe('parallax-corpus.json');
    expect(JSON.parse(file.text)).toEqual(corpus);
  });
});
