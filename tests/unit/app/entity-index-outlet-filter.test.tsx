// @vitest-environment jsdom
import { cleanup, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleReader } from '../../../src/features/articles/components/article-reader';
import { EntityIndex } from '../../../src/features/entities/components/entity-index';
import { OutletFilter } from '../../../src/features/outlets/components/outlet-filter';
import { renderWithClient } from '../render-with-client';
import { fixture, index } from './entities-share-fixture';

/** The components on the real URL state, as the shell places them (article bodies already fetched). */
function Harness() {
  return (
    <>
      <OutletFilter index={index} />
      <EntityIndex index={index} />
      <ArticleReader index={index} />
    </>
  );
}
const render = (ui: Parameters<typeof renderWithClient>[0]) => renderWithClient(ui, { search: window.location.search, cached: fixture });

const go = (search: string) => window.history.replaceState(null, '', `/${search}`);
const params = () => new URLSearchParams(window.location.search);

beforeEach(() => go(''));
afterEach(cleanup);

describe('EntityIndex', () => {
  it('groups people, places and organisations with mention counts per outlet', () => {
    render(<Harness />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['People (2)', 'Places (2)', 'Organisations (1)']);
    const solberg = screen.getByRole('button', { name: /^Mira Solberg/ });
    expect(solberg).toHaveAttribute('aria-pressed', 'false');
    // Short outlet names; the article with no outlet counts in the total only.
    expect(solberg).toHaveTextContent('5 mentions');
    expect(solberg).toHaveTextContent('Harbour Gazette 2 · Valley Post 1 · River Times 1');
  });

  it('finds a name by any spelling, folding case and hyphens, and says when nothing matches', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const search = screen.getByRole('searchbox', { name: 'Find a person, place or organisation' });
    await user.type(search, 'vale-HARB');
    expect(screen.getByRole('button', { name: /^Portvale/ })).toHaveTextContent('also written “Vale Harbour”');
    // "Harbour Council" contains "harb" but not "valeharb".
    expect(screen.queryByRole('button', { name: /^Harbour Council/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Mira Solberg/ })).toBeNull();
    await user.clear(search);
    await user.type(search, 'zzz');
    expect(screen.getByText('No name matches “zzz”.')).toBeInTheDocument();
  });

  it('highlights several names in the URL, with symbols, a live count, and clears them in one action', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: /^Mira Solberg/ }));
    await user.click(screen.getByRole('button', { name: /^Pavel Dran/ }));
    await waitFor(() => expect(params().get('entities')).toBe('person-mira-solberg,person-pavel-dran'));
    expect(screen.getByRole('button', { name: /^Mira Solberg/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^Mira Solberg/ })).toHaveTextContent('①');
    const names = screen.getByRole('region', { name: 'Names in the story' });
    expect(within(names).getByRole('button', { name: /^Pavel Dran/ })).toHaveTextContent('②');
    const live = screen.getByText(/^Mira Solberg: 5 mentions in 4 articles\./);
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent('Mira Solberg: 5 mentions in 4 articles. Pavel Dran: 2 mentions in 2 articles.');
    await user.click(screen.getByRole('button', { name: 'Clear highlights' }));
    await waitFor(() => expect(params().get('entities')).toBeNull());
    expect(live).toHaveTextContent(/^$/);
  });

  it('counts only the shown outlets and follows the outlet filter', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('checkbox', { name: /^The Harbour Gazette/ }));
    await waitFor(() => expect(params().get('hide')).toBe('gazette'));
    const solberg = screen.getByRole('button', { name: /^Mira Solberg/ });
    expect(solberg).toHaveTextContent('3 mentions');
    expect(solberg).not.toHaveTextContent('Harbour Gazette');
    await user.click(screen.getByRole('checkbox', { name: /^Valley Post/ }));
    // Dran is now mentioned only by switched-off outlets.
    expect(screen.queryByRole('button', { name: /^Pavel Dran/ })).toBeNull();
    expect(screen.getByText(/2 names are mentioned only by switched-off outlets/)).toBeInTheDocument();
  });

  it('says which highlighted ids are unknown, keeps the rest working, and removes them on request', async () => {
    const user = userEvent.setup();
    go('?entities=ghost,person-pavel-dran');
    render(<Harness />);
    expect(screen.getByText(/Not found: the link highlights “ghost”/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Pavel Dran/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Remove it' }));
    await waitFor(() => expect(params().get('entities')).toBe('person-pavel-dran'));
    expect(screen.queryByText(/Not found/)).toBeNull();
  });

  it('keeps as many highlights as there are distinguishable styles: a fifth name takes the place of the fourth', async () => {
    const user = userEvent.setup();
    go('?entities=person-mira-solberg,person-pavel-dran,place-portvale,place-norrhavn');
    render(<Harness />);
    expect(screen.getByText(/4 names are highlighted, the most that stay distinguishable: another name takes the place of ④/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Harbour Council/ }));
    await waitFor(() => expect(params().get('entities')).toBe('person-mira-solberg,person-pavel-dran,place-portvale,org-harbour-council'));
    // The first three keep their symbols.
    expect(screen.getByRole('button', { name: /^Mira Solberg/ })).toHaveTextContent('①');
    expect(screen.getByRole('button', { name: /^Harbour Council/ })).toHaveTextContent('④');
    expect(screen.getByRole('button', { name: /^Norrhavn/ })).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('highlighted names in the reader', () => {
  it('marks exactly the mentions, with a symbol and words, as pressed buttons that remove the highlight', async () => {
    const user = userEvent.setup();
    go('?article=100&entities=person-pavel-dran,person-mira-solberg');
    render(<Harness />);
    // The reader's own code arrives with the article (its chunk): wait for its text.
    const reader = await screen.findByRole('article');
    // The opened article takes the focus once its text is in; the keyboard starts from there, as a reader's would.
    await waitFor(() => expect(document.activeElement?.id).toBe('reader-heading'));
    const marks = [...reader.querySelectorAll('mark[data-entity]')];
    expect(marks.map((mark) => `${mark.getAttribute('data-entity')}:${mark.textContent}`)).toEqual([
      'person-mira-solberg:Mira Solberg②',
      'person-pavel-dran:Pavel Dran①',
      'person-mira-solberg:Solberg②',
    ]);
    // Named by the entity, whichever of its spellings the sentence uses.
    for (const name of within(reader).getAllByRole('button', { name: 'Mira Solberg, highlight all mentions' })) expect(name).toHaveAttribute('aria-pressed', 'true');
    const dran = within(reader).getByRole('button', { name: 'Pavel Dran, highlight all mentions' });
    expect(dran).toHaveAttribute('aria-pressed', 'true');
    dran.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(params().get('entities')).toBe('person-mira-solberg'));
    expect(reader.querySelectorAll('mark[data-entity="person-pavel-dran"]')).toHaveLength(0);
    // Not highlighted, still a toggle: the keyboard turns it back on, after the names already highlighted.
    const off = within(reader).getByRole('button', { name: 'Pavel Dran, highlight all mentions' });
    expect(off).toHaveAttribute('aria-pressed', 'false');
    expect(document.activeElement).toBe(off);
    await user.keyboard(' ');
    await waitFor(() => expect(params().get('entities')).toBe('person-mira-solberg,person-pavel-dran'));
    // The index follows: the name pressed in the text is pressed there too, with its new symbol.
    const names = screen.getByRole('region', { name: 'Names in the story' });
    expect(within(names).getByRole('button', { name: /^Pavel Dran/ })).toHaveTextContent('②');
    // The sentence still reads whole.
    expect(reader.querySelector('[data-sentence-id="100-s1"]')?.textContent?.replace(/[①②]/g, '')).toBe(
      'Minister Mira Solberg met Pavel Dran in Portvale on Monday.',
    );
  });

  it('makes every name in the text a quiet toggle, one tab stop per name in the article', async () => {
    const user = userEvent.setup();
    go('?article=100');
    render(<Harness />);
    const reader = await screen.findByRole('article');
    expect(reader.querySelector('mark')).toBeNull();
    const solberg = within(reader).getAllByRole('button', { name: 'Mira Solberg, highlight all mentions' });
    expect(solberg.length).toBeGreaterThan(1);
    expect(solberg.map((name) => name.tabIndex)).toEqual([0, ...solberg.slice(1).map(() => -1)]);
    await user.click(solberg[1]!);
    await waitFor(() => expect(params().get('entities')).toBe('person-mira-solberg'));
    for (const name of within(reader).getAllByRole('button', { name: 'Mira Solberg, highlight all mentions' })) expect(name).toHaveAttribute('aria-pressed', 'true');
    // Pressed and not: the same quiet button, the pressed one inside its coloured mark.
    expect(reader.querySelectorAll('button[aria-pressed="true"] > mark[data-entity="person-mira-solberg"]')).toHaveLength(solberg.length);
  });

  it('offers a cite button for every sentence', async () => {
    go('?article=100');
    render(<Harness />);
    expect(await screen.findByRole('button', { name: 'Cite sentence 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cite sentence 2' })).toBeInTheDocument();
  });
});

describe('OutletFilter', () => {
  it('lists each outlet with its country and article count in a labelled group', () => {
    render(<Harness />);
    const group = screen.getByRole('group', { name: /^Outlets/ });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(group).getByRole('checkbox', { name: /^The Harbour Gazette \(Evening Edition\)/ })).toBeChecked();
    expect(group).toHaveTextContent('Norway · 1 article');
    expect(group).toHaveTextContent('Sweden · 1 article');
    expect(group).toHaveTextContent('country unknown · 1 article');
    expect(group).toHaveTextContent('1 article with no known outlet is always shown.');
    expect(within(group).queryByRole('button', { name: 'Show all outlets' })).toBeNull();
  });

  it('writes hidden outlets to the URL in corpus order, and shows all again in one action', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('checkbox', { name: /^River Times/ }));
    await user.click(screen.getByRole('checkbox', { name: /^The Harbour Gazette/ }));
    await waitFor(() => expect(params().get('hide')).toBe('gazette,times'));
    expect(screen.getByRole('group', { name: /^Outlets/ })).toHaveAccessibleName('Outlets (1 of 3 shown)');
    await user.click(screen.getByRole('button', { name: 'Show all outlets' }));
    await waitFor(() => expect(params().get('hide')).toBeNull());
    expect(screen.getByRole('checkbox', { name: /^River Times/ })).toBeChecked();
  });

  it('ignores unknown outlet ids with a note, and drops them on request', async () => {
    const user = userEvent.setup();
    go('?hide=nowhere,post');
    render(<Harness />);
    expect(screen.getByRole('checkbox', { name: /^Valley Post/ })).not.toBeChecked();
    expect(screen.getByText(/does not have \(“nowhere”\); ignored/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove from the link' }));
    await waitFor(() => expect(params().get('hide')).toBe('post'));
  });
});
