// @vitest-environment jsdom
import { cleanup, render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimTable } from '../../../src/features/compare/claim-rows';
import { ClaimCards, FIRST_CARDS } from '../../../src/features/compare/components/claim-cards';
import { CompareSources } from '../../../src/features/compare/components/compare-sources';
import { shownOutlets, sourcesByOutlet } from '../../../src/features/compare/event-sources';
import { parseViewState } from '../../../src/lib/view-state';
import { publishFixture, type PublishedFixture } from '../published-fixture';
import { claimsCorpus, claimsFixture } from './compare-claims-fixture';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The compared sources of the visit as the compare region passes them down, on a URL. */
function renderCompare(search = '', fixture: PublishedFixture = claimsFixture) {
  window.history.replaceState(null, '', `/${search}`);
  const view = parseViewState(search);
  const sources = fixture.sourcesOf('ev-visit');
  const byOutlet = sourcesByOutlet(fixture.index, sources, shownOutlets(fixture.index, view.hiddenOutlets));
  return render(
    <CompareSources
      index={fixture.index}
      eventId="ev-visit"
      sources={sources}
      byOutlet={byOutlet}
      hiddenOutlets={view.hiddenOutlets}
      highlighted={view.entities}
    />,
  );
}

/** A phone: the wide media query does not match. */
function asPhone() {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => {}, removeEventListener: () => {} }));
}

/** The text a sighted reader sees: screen-reader-only and aria-hidden parts left out. */
function visibleText(element: Element | null | undefined): string {
  const copy = element?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.sr-only, [aria-hidden="true"]').forEach((node) => node.remove());
  return copy?.textContent ?? '';
}

/** Each body row as [row header's first line, then each outlet cell's visible text]. */
function tableRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').firstElementChild?.textContent ?? '',
      ...within(row)
        .getAllByRole('cell')
        .map((cell) => visibleText(cell.querySelector('p') ?? cell)),
    ]);
}

describe('the claim table', () => {
  it('lines claims up in rows, one column per reporting outlet, with a quiet cell where an outlet does not state one', () => {
    renderCompare();
    const table = screen.getByRole('table', { name: /Claims lined up across outlets/ });
    expect(within(table).getAllByRole('columnheader').map((th) => th.firstChild?.textContent)).toEqual([
      'Claim',
      'Harbour Gazette',
      'Valley Post',
      'River Times',
    ]);
    expect(within(table).getByRole('columnheader', { name: /Valley Post/ })).toHaveTextContent('3 claims · 2 only here');
    expect(tableRows(table)).toEqual([
      ['reaffirmed joint patrols', '… Ana Lindqvist reaffirmed the importance of joint patrols …', 'not in this outlet', 'Lindqvist reaffirmed joint patrols …'],
      ['the harbours stay open', '"Our harbours stay open," Lindqvist said.', 'Lindqvist said the harbours "stay open to all."', 'not in this outlet'],
      ['reaffirmed the importance of rail links', 'not in this outlet', '… reaffirmed the importance of rail links', 'not in this outlet'],
      // A short wording comes with a few words either side (dimmed); untrusted text stays text.
      ['opened a ferry terminal', 'not in this outlet', 'not in this outlet', 'She also opened a ferry terminal.'],
      ['will land in Portvale', 'not in this outlet', '… in Portvale <img src=x onerror=alert(1)> on Tuesday.', 'not in this outlet'],
    ]);
    expect(table.querySelector('img')).toBeNull();
    // Eight cells are claims missing from an outlet from an outlet, each said so in words.
    expect(within(table).getAllByRole('cell', { name: 'not in this outlet' })).toHaveLength(8);
    // What only one outlet states is tagged on its row; what every outlet states is not.
    expect(within(table).getByRole('rowheader', { name: /opened a ferry terminal/ })).toHaveTextContent('Only in River Times');
    expect(within(table).getByRole('rowheader', { name: /joint patrols/ })).toHaveTextContent('2 of 3 outlets');
  });

  it('shows the whole sentence on request, the rest dimmed, and opens the sentence in its article', async () => {
    const user = userEvent.setup();
    renderCompare();
    const whole = screen.getByRole('button', { name: 'Whole sentence: Harbour Gazette, sentence 1' });
    expect(whole).toHaveAttribute('aria-expanded', 'false');
    await user.click(whole);
    const less = screen.getByRole('button', { name: 'Claim only: Harbour Gazette, sentence 1' });
    expect(less).toHaveAttribute('aria-expanded', 'true');
    const text = document.getElementById(less.getAttribute('aria-controls')!)!;
    expect(text).toHaveTextContent('Premier [claim:] Ana Lindqvist reaffirmed the importance of joint patrols [end of claim] on Tuesday.');
    expect(text.querySelector('[data-claim="wording"]')).toHaveTextContent(/^\[claim:\] Ana Lindqvist/);
    // A wording that is its whole sentence has nothing more to show.
    expect(screen.queryByRole('button', { name: /^Whole sentence: Harbour Gazette, sentence 3/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open in article: River Times, sentence 2' }));
    await waitFor(() => expect(window.location.search).toBe('?article=310&sentence=310-s2'));
  });

  it('keeps highlighted names marked and pressable inside the wording', async () => {
    const user = userEvent.setup();
    renderCompare('?event=ev-visit&entities=person-ana');
    const row = screen.getByRole('row', { name: /reaffirmed joint patrols/ });
    const name = within(row).getAllByRole('button', { name: 'Ana Lindqvist, highlight all mentions' })[0]!;
    expect(name).toHaveAttribute('aria-pressed', 'true');
    await user.click(name);
    await waitFor(() => expect(window.location.search).toBe('?event=ev-visit'));
  });

  it('makes every name a toggle, with one tab stop per name in the table', () => {
    renderCompare('?event=ev-visit');
    const table = screen.getByRole('table', { name: /Claims lined up/ });
    const names = within(table).getAllByRole('button', { name: /, highlight all mentions$/ });
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toHaveAttribute('aria-pressed', 'false');
    const stops = names.filter((name) => name.tabIndex === 0).map((name) => name.getAttribute('aria-label'));
    // Each name once in the tab order; its other mentions are buttons a Tab skips.
    expect(stops).toEqual([...new Set(names.map((name) => name.getAttribute('aria-label')))]);
    expect(table.querySelector('mark')).toBeNull();
  });

  it('puts a difference on the row that holds its sentences, and still lists it below', () => {
    renderCompare();
    const row = screen.getByRole('rowheader', { name: /the harbours stay open/ });
    // Named by what differs, not by a kind code.
    expect(row).toHaveTextContent('What Ana Lindqvist said');
    expect(row).toHaveTextContent('Ana Lindqvist is quoted differently');
    expect(within(screen.getByRole('region', { name: 'Differences between outlets' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('keeps each outlet’s full text in article order one press away', async () => {
    const user = userEvent.setup();
    renderCompare();
    expect(screen.queryByRole('region', { name: 'Valley Post' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Full text, article order' }));
    expect(screen.getByRole('button', { name: 'Full text, article order' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('table')).toBeNull();
    const valley = screen.getByRole('region', { name: 'Valley Post' });
    expect(within(valley).getAllByRole('listitem').map((item) => visibleText(item.querySelector('p.article-text')))).toEqual([
      'Lindqvist will land in Portvale <img src=x onerror=alert(1)> on Tuesday.',
      'On Tuesday Premier Ana Lindqvist reaffirmed the importance of rail links.',
      'Lindqvist said the harbours "stay open to all."',
    ]);
    await user.click(screen.getByRole('button', { name: 'Claims side by side' }));
    expect(screen.getByRole('table')).toBeInTheDocument();
  });
});

describe('the "Only in" summary', () => {
  it('names, per outlet, the claims no other shown outlet states', () => {
    renderCompare();
    const summary = screen.getByRole('region', { name: 'Only in one outlet' });
    expect(within(summary).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Only in Valley Post: reaffirmed the importance of rail links; will land in Portvale',
      'Only in River Times: opened a ferry terminal',
    ]);
  });

  it('follows the outlet filter: a hidden outlet neither counts nor gets a column', () => {
    renderCompare('?hide=river');
    const summary = screen.getByRole('region', { name: 'Only in one outlet' });
    // With the River Times hidden, the joint patrols are the Harbour Gazette's alone.
    expect(within(summary).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Only in Harbour Gazette: reaffirmed joint patrols',
      'Only in Valley Post: reaffirmed the importance of rail links; will land in Portvale',
    ]);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    expect(within(table).queryByRole('rowheader', { name: /ferry terminal/ })).toBeNull();
    expect(within(table).getByRole('rowheader', { name: /joint patrols/ })).toHaveTextContent('Only in Harbour Gazette');
    expect(screen.getByText(/Reported by 2 shown outlets of 2\. 1 outlet is hidden by the outlet filter\./)).toBeInTheDocument();
  });

  it('is left out when only one shown outlet reports the event', () => {
    renderCompare('?hide=harbour,river');
    expect(screen.queryByRole('region', { name: 'Only in one outlet' })).toBeNull();
    expect(screen.getByText('Reported by 1 shown outlet of 1.', { exact: false })).toBeInTheDocument();
  });
});

describe('outlets that do not report the event', () => {
  it('are "Not found in" the outlet, and get no column', () => {
    renderCompare('', publishFixture(claimsCorpus({ withRiver: false })));
    expect(screen.getByText('Not found in River Times: none of its sentences is on this event.')).toBeInTheDocument();
    expect(screen.getByText('Reported by 2 shown outlets of 3.')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('columnheader').map((th) => th.firstChild?.textContent)).toEqual([
      'Claim',
      'Harbour Gazette',
      'Valley Post',
    ]);
  });

  it('are all there is when no claims were lined up: the full text, with no switch', () => {
    const bare = claimsCorpus();
    delete bare.events.find((event) => event.id === 'ev-visit')!.claims;
    renderCompare('', publishFixture(bare));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Claims side by side' })).toBeNull();
    expect(screen.getByText(/No claims were lined up for this event/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'River Times' })).toBeInTheDocument();
  });
});

describe('on a phone', () => {
  it('shows one outlet at a time, chosen with a labelled switcher, its claims as cards', async () => {
    asPhone();
    const user = userEvent.setup();
    renderCompare();
    expect(screen.queryByRole('table')).toBeNull();
    const switcher = screen.getByRole('combobox', { name: 'Outlet shown' });
    expect(within(switcher).getAllByRole('option').map((option) => option.textContent)).toEqual(['Harbour Gazette', 'Valley Post', 'River Times']);
    const cards = () => within(screen.getByRole('list', { name: /^Claims, as / })).getAllByRole('listitem');
    // The outlet's own claims first; those only other outlets state folded behind their count.
    expect(screen.getByRole('list', { name: 'Claims, as Harbour Gazette words them' })).toBeInTheDocument();
    expect(cards().map((card) => card.getAttribute('data-claim-row'))).toEqual(['ev-visit-c1', 'ev-visit-c2']);
    expect(cards()[0]).toHaveTextContent('Ana Lindqvist reaffirmed the importance of joint patrols');
    expect(cards()[0]).toHaveTextContent('Also in River Times');
    // Who else states it is said once, not also as "2 of 3 outlets".
    expect(cards()[0]).not.toHaveTextContent('of 3 outlets');
    const notHere = screen.getByRole('button', { name: 'Not in Harbour Gazette: 3 claims other outlets state' });
    expect(notHere).toHaveAttribute('aria-expanded', 'false');
    await user.click(notHere);
    expect(notHere).toHaveAttribute('aria-expanded', 'true');
    const folded = within(screen.getByRole('list', { name: 'Claims not in Harbour Gazette' })).getAllByRole('listitem');
    expect(folded.map((card) => card.getAttribute('data-claim-row'))).toEqual(['ev-visit-c3', 'ev-visit-c4', 'ev-visit-c5']);
    expect(folded[0]).toHaveTextContent(/^reaffirmed the importance of rail links.*not in this outlet$/);

    await user.selectOptions(switcher, 'River Times');
    expect(screen.getByRole('list', { name: 'Claims, as River Times words them' })).toBeInTheDocument();
    expect(cards().map((card) => card.getAttribute('data-claim-row'))).toEqual(['ev-visit-c1', 'ev-visit-c4']);
    expect(cards()[1]).toHaveTextContent('opened a ferry terminal');
    expect(cards()[1]).toHaveTextContent('Only in River Times');
    expect(screen.getByRole('button', { name: 'Not in River Times: 3 claims other outlets state' })).toBeInTheDocument();

    // Quotes and differences fold behind headings that give their counts; the regions keep their names.
    const quotes = screen.getByRole('button', { name: /^Quotes \d+ quotations?/ });
    expect(quotes).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('region', { name: 'Quotes' })).not.toHaveTextContent('Open in article');
    const differences = screen.getByRole('button', { name: 'Differences between outlets 1 difference' });
    expect(differences).toHaveAttribute('aria-expanded', 'false');
    await user.click(differences);
    expect(differences).toHaveAttribute('aria-expanded', 'true');
    expect(within(screen.getByRole('region', { name: 'Differences between outlets' })).getAllByRole('listitem')).toHaveLength(1);

    // The "Only in" lists fold behind their counts, so the cards are near the top.
    const summary = screen.getByRole('region', { name: 'Only in one outlet' });
    expect(within(summary).getByText('Only in Valley Post:').closest('summary')).toHaveTextContent('Only in Valley Post: 2 claims');

    // The full text follows the switcher too: the chosen outlet's panel alone.
    await user.click(screen.getByRole('button', { name: 'Full text, article order' }));
    expect(screen.getByRole('region', { name: 'River Times' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Valley Post' })).toBeNull();
  });
});

describe('the phone cards', () => {
  it('show the first few of an outlet’s claims, the rest one press away with their count', async () => {
    const user = userEvent.setup();
    const sources = claimsFixture.sourcesOf('ev-visit');
    const table = claimTable(sources, sourcesByOutlet(claimsFixture.index, sources, shownOutlets(claimsFixture.index, [])), []);
    const patrols = table.rows[0]!;
    // Seven claims the Harbour Gazette states: more than a screen of cards.
    const rows = Array.from({ length: FIRST_CARDS + 3 }, (_, i) => ({ ...patrols, row: { ...patrols.row, id: `row-${i}`, label: `claim number ${i}` } }));
    const outlet = claimsFixture.index.outletById.get('harbour')!;
    render(<ClaimCards index={claimsFixture.index} rows={rows} outlet={outlet} total={3} highlighted={[]} />);
    const list = screen.getByRole('list', { name: 'Claims, as Harbour Gazette words them' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(FIRST_CARDS);
    const more = screen.getByRole('button', { name: '3 more claims from Harbour Gazette' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(more).toHaveAccessibleName(`Showing all ${FIRST_CARDS + 3} claims from Harbour Gazette`);
    expect(within(list).getAllByRole('listitem').map((card) => card.getAttribute('data-claim-row'))).toEqual(rows.map((row) => row.row.id));
    // Every claim stated here: nothing to fold as "not in".
    expect(screen.queryByRole('button', { name: /^Not in / })).toBeNull();
  });

  it('fold nothing when one card more would be all of them', () => {
    const sources = claimsFixture.sourcesOf('ev-visit');
    const table = claimTable(sources, sourcesByOutlet(claimsFixture.index, sources, shownOutlets(claimsFixture.index, [])), []);
    const patrols = table.rows[0]!;
    const rows = Array.from({ length: FIRST_CARDS + 1 }, (_, i) => ({ ...patrols, row: { ...patrols.row, id: `row-${i}`, label: `claim number ${i}` } }));
    const outlet = claimsFixture.index.outletById.get('harbour')!;
    render(<ClaimCards index={claimsFixture.index} rows={rows} outlet={outlet} total={3} highlighted={[]} />);
    expect(within(screen.getByRole('list', { name: /^Claims, as / })).getAllByRole('listitem')).toHaveLength(FIRST_CARDS + 1);
    expect(screen.queryByRole('button', { name: /more claim/ })).toBeNull();
  });
});

describe('claimTable', () => {
  it('re-orders rows by the shown outlets stating them, and drops those no shown outlet states', () => {
    const sources = claimsFixture.sourcesOf('ev-visit');
    const hidden = ['harbour'];
    const table = claimTable(sources, sourcesByOutlet(claimsFixture.index, sources, shownOutlets(claimsFixture.index, hidden)), hidden);
    expect(table.rows.map((row) => [row.row.id, row.outletIds])).toEqual([
      ['ev-visit-c1', ['river']],
      ['ev-visit-c2', ['valley']],
      ['ev-visit-c3', ['valley']],
      ['ev-visit-c4', ['river']],
      ['ev-visit-c5', ['valley']],
    ]);
    // The quote difference needs two shown outlets: with the Harbour Gazette hidden it is on no row.
    expect(table.rows.flatMap((row) => row.differences)).toEqual([]);
  });
});
