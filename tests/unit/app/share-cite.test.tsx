// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CiteButton } from '../../../src/components/cite-button';
import { CopyButton } from '../../../src/components/copy-button';
import { ShareControls } from '../../../src/features/share/components/share-controls';
import { parseViewState } from '../../../src/lib/view-state';
import { index } from './entities-share-fixture';

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
    render(<CiteButton index={index} sentenceId="100-s2" label="Cite sentence 2" />);
    stubClipboard(writeText);
    await user.click(screen.getByRole('button', { name: 'Cite sentence 2' }));
    expect(writeText).toHaveBeenCalledWith(
      '“Solberg said the "harbour, rail" deal was =SUM(1) close.” — The Harbour Gazette (Evening Edition), “Solberg meets Dran”, 7 May 2031. ' +
        `${window.location.origin}/?article=100&sentence=100-s2`,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Citation copied');
  });
});

describe('ShareControls', () => {
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
    render(<ShareControls index={index} view={parseViewState(window.location.search)} />);
    await user.click(screen.getByRole('button', { name: buttonName }));
    expect(click).toHaveBeenCalledTimes(1);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob ?? new Blob([]));
    });
    return { name, type: blob?.type ?? '', text };
  }

  it('says what the export holds', () => {
    render(<ShareControls index={index} view={parseViewState(window.location.search)} />);
    expect(screen.getByRole('button', { name: 'Events CSV' })).toHaveAccessibleDescription(
      'Exports 2 events: events reported by 2 of 3 outlets; evidence from the shown outlets only.',
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
    expect(JSON.parse(file.text)).toEqual(index.corpus);
  });
});
