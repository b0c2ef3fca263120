// @vitest-environment jsdom
import { cleanup, render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareRegion } from '../../../src/features/compare/components/compare-region';
import { SourcePanels } from '../../../src/features/compare/components/source-panels';
import { firstSentences, PANEL_SENTENCES, shownOutlets, sourcesByOutlet } from '../../../src/features/compare/event-sources';
import { parseViewState } from '../../../src/lib/view-state';
import { renderWithClient } from '../render-with-client';
import { publishFixture, serveCorpus } from '../published-fixture';
import { article, corpus, fixture, index } from './compare-fixture';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The panels of one event as the compare region builds them for a URL. */
function renderPanels(eventId: string, search: string) {
  const view = parseViewState(search);
  const sources = fixture.sourcesOf(eventId);
  window.history.replaceState(null, '', `/${search}`);
  return render(
    <SourcePanels
      index={index}
      eventId={eventId}
      sources={sourcesByOutlet(index, sources, shownOutlets(index, view.hiddenOutlets))}
      hasWording={!!sources.detail.wording}
      highlighted={view.entities}
    />,
  );
}

/** The text a sighted reader sees: screen-reader-only and aria-hidden parts left out. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.sr-only, [aria-hidden="true"]').forEach((node) => node.remove());
  return copy.textContent ?? '';
}

describe('SourcePanels', () => {
  it('gives every shown outlet a panel named after it, reporting or not', () => {
    renderPanels('ev-visit', '?event=ev-visit');
    expect(screen.getAllByRole('region')).toHaveLength(3);
    expect(screen.getByRole('region', { name: 'Harbour Gazette' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Valley Post' })).toBeInTheDocument();
    const river = screen.getByRole('region', { name: 'River Times' });
    expect(river).toHaveTextContent('Not found in River Times: none of its sentences is on this event.');
    expect(within(river).queryByRole('button')).toBeNull();
  });

  it('lists sentences in article order with headline and date, untrusted text as text', () => {
    renderPanels('ev-visit', '');
    const valley = screen.getByRole('region', { name: 'Valley Post' });
    const items = within(valley).getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(items[0]).toMatch(/^Lindqvist will land in Portvale <img src=x onerror=alert\(1\)> on Tuesday\./);
    expect(items[1]).toMatch(/^On Tuesday Premier/);
    expect(items[2]).toMatch(/Lindqvist said the harbours/);
    expect(valley.querySelector('img')).toBeNull();
    // No headline: the opening words stand in, and say so.
    expect(valley).toHaveTextContent('(no headline; its opening words)');
    expect(valley).toHaveTextContent('6 May 2031');
    const harbour = screen.getByRole('region', { name: 'Harbour Gazette' });
    expect(harbour).toHaveTextContent('Premier visits Portvale · 7 May 2031');
    expect(harbour).toHaveTextContent('Quoting Ana Lindqvist');
  });

  it('marks shared and unique wording on content words, with words for screen readers, and keeps entity marks inside', () => {
    renderPanels('ev-visit', '?entities=person-ana');
    const harbour = screen.getByRole('region', { name: 'Harbour Gazette' });
    // "the" and "of" are shared too, but say nothing: they stay plain.
    const shared = [...harbour.querySelectorAll('[data-wording="shared"]')];
    expect(shared.map(visibleText)).toEqual(['Premier Ana Lindqvist reaffirmed', 'importance']);
    // Said once per span, after its last word.
    expect(shared[0]).not.toHaveTextContent('shared by');
    expect(shared[1]).toHaveTextContent('importance2 (shared by 2 outlets: also Valley Post)');
    expect(shared[0]!.querySelector('[data-entity="person-ana"]')).toHaveTextContent('Ana Lindqvist');
    const unique = harbour.querySelector('[data-wording="unique"]')!;
    expect(unique).toHaveTextContent('joint patrols (only this outlet)');
    // The sentence still reads whole.
    expect(visibleText(harbour.querySelector('li p.article-text')!)).toBe(
      'Premier Ana Lindqvist reaffirmed the importance of joint patrols on Tuesday.',
    );
    expect(screen.getByText(/= other shown outlets use the same words/)).toBeInTheDocument();
  });

  it('opens the article at the sentence', async () => {
    const user = userEvent.setup();
    renderPanels('ev-visit', '');
    await user.click(screen.getByRole('button', { name: /Open in article: Valley Post, sentence 2/ }));
    await waitFor(() => expect(window.location.search).toBe('?article=200&sentence=200-s2'));
    // Every panel sentence can be cited too.
    expect(screen.getAllByRole('button', { name: /^Cite: / })).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Cite: Valley Post, sentence 2' })).toBeInTheDocument();
  });

  it('follows the outlet filter: no panel for a hidden outlet, and its words are not counted as shared', () => {
    renderPanels('ev-visit', '?hide=valley');
    expect(screen.queryByRole('region', { name: 'Valley Post' })).toBeNull();
    const harbour = screen.getByRole('region', { name: 'Harbour Gazette' });
    expect(harbour.querySelector('[data-wording="shared"]')).toBeNull();
    expect(harbour.querySelector('sup')).toBeNull();
    expect(harbour).toHaveTextContent('importance (no other shown outlet)');
  });

  it('says there is nothing to compare for a single-outlet event', () => {
    renderPanels('ev-stall', '');
    expect(screen.getByText(/Only one outlet reports this event/)).toBeInTheDocument();
    expect(document.querySelector('[data-wording]')).toBeNull();
  });
});

describe('SourcePanels with many outlets', () => {
  it('gives panels to the outlets that report the event and names the silent ones together', () => {
    const many = structuredClone(corpus);
    for (let n = 1; n <= 6; n += 1) many.outlets.push({ id: `quiet-${n}`, name: `Quiet Outlet ${n}`, country: null });
    const published = publishFixture(many);
    const sources = published.sourcesOf('ev-visit');
    render(
      <SourcePanels
        index={published.index}
        eventId="ev-visit"
        sources={sourcesByOutlet(published.index, sources, shownOutlets(published.index, []))}
        hasWording
        highlighted={[]}
      />,
    );
    expect(screen.getByRole('region', { name: 'Harbour Gazette' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Valley Post' })).toBeInTheDocument();
    // River Times and the six quiet outlets: one box, not seven.
    expect(screen.queryByRole('region', { name: 'River Times' })).toBeNull();
    const silent = screen.getByRole('region', { name: 'No sentence on this event from 7 shown outlets' });
    expect(silent).toHaveTextContent('No sentence on this event from 7 shown outlets');
    expect(silent).toHaveTextContent('River Times, Quiet Outlet 1, Quiet Outlet 2');
  });
});

describe('SourcePanels with a long outlet', () => {
  /** The Valley Post gets a second article of four more sentences on the visit, the last naming Lindqvist. */
  function longCorpus() {
    const long = structuredClone(corpus);
    long.articles.push(
      article('210', 'valley', '2031-05-09', 'Portvale, day two', [
        'Crowds gathered at the quay.',
        'Ferries ran late.',
        'The port authority counted the visitors.',
        'Ana Lindqvist left on Thursday.',
      ]),
    );
    const visit = long.events.find((event) => event.id === 'ev-visit')!;
    for (const n of [1, 2, 3, 4]) visit.evidence.push({ articleId: '210', sentenceId: `210-s${n}`, dateId: null });
    long.entities[0]!.mentions.push({ articleId: '210', sentenceId: '210-s4', start: 0, end: 13, text: 'Ana Lindqvist' });
    return publishFixture(long);
  }

  function renderLong(highlighted: string[]) {
    const published = longCorpus();
    const sources = published.sourcesOf('ev-visit');
    render(
      <SourcePanels
        index={published.index}
        eventId="ev-visit"
        sources={sourcesByOutlet(published.index, sources, shownOutlets(published.index, []))}
        hasWording
        highlighted={highlighted}
      />,
    );
    return screen.getByRole('region', { name: 'Valley Post' });
  }

  it('shows the first sentences in article order and unfolds the rest on request', async () => {
    const user = userEvent.setup();
    const valley = renderLong([]);
    const items = () => within(valley).getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(items()).toHaveLength(PANEL_SENTENCES);
    expect(items()[3]).toMatch(/^Crowds gathered at the quay\./);
    expect(valley).toHaveTextContent('7 sentences in 2 articles');
    const unfold = within(valley).getByRole('button', { name: 'Show all 7 sentences (3 more)' });
    expect(unfold).toHaveAttribute('aria-expanded', 'false');
    await user.click(unfold);
    expect(items()).toHaveLength(7);
    expect(items()[6]).toMatch(/^Ana Lindqvist left on Thursday\./);
    await user.click(within(valley).getByRole('button', { name: `Show the first ${PANEL_SENTENCES} only` }));
    expect(items()).toHaveLength(PANEL_SENTENCES);
    // A panel with no more than the limit has no such button.
    expect(within(screen.getByRole('region', { name: 'Harbour Gazette' })).queryByRole('button', { name: /^Show all/ })).toBeNull();
  });

  it('says how many folded sentences name a highlighted entity', () => {
    const valley = renderLong(['person-ana']);
    expect(within(valley).getByRole('button', { name: 'Show all 7 sentences (3 more, 1 with a highlighted name)' })).toBeInTheDocument();
  });
});

describe('firstSentences', () => {
  const sentence = (id: string) => ({ id }) as never;
  const articles = [
    { article: { id: 'a' } as never, sentences: [sentence('a1'), sentence('a2')] },
    { article: { id: 'b' } as never, sentences: [sentence('b1'), sentence('b2'), sentence('b3')] },
    { article: { id: 'c' } as never, sentences: [sentence('c1')] },
  ];
  it('keeps article groups in order up to the limit and drops articles left empty', () => {
    expect(firstSentences(articles, 3)).toEqual([articles[0], { article: articles[1]!.article, sentences: [sentence('b1')] }]);
    expect(firstSentences(articles, 2)).toEqual([articles[0]]);
  });
  it('returns everything under a high limit and nothing under zero', () => {
    expect(firstSentences(articles, 10)).toEqual(articles);
    expect(firstSentences(articles, 0)).toEqual([]);
  });
});

describe('CompareRegion', () => {
  it('asks for a selection when there is none, and names an unknown event', () => {
    renderWithClient(<CompareRegion index={index} />);
    expect(screen.getByRole('region', { name: 'Compare outlets' })).toHaveTextContent('Select an event');
    cleanup();
    renderWithClient(<CompareRegion index={index} />, { search: '?event=nope' });
    expect(screen.getByText('The selected event is not in this corpus.')).toBeInTheDocument();
  });

  it('shows panels, quotes and differences for the selected event once its sources arrive', async () => {
    serveCorpus(corpus);
    renderWithClient(<CompareRegion index={index} />, { search: '?event=ev-visit' });
    const region = screen.getByRole('region', { name: 'Compare outlets' });
    expect(region).toHaveTextContent('Lindqvist visits Portvale');
    expect(within(region).getByRole('status')).toHaveTextContent('Loading each outlet’s wording…');
    // The compared sources are their own chunk: on a busy machine it takes a moment.
    expect(await screen.findByRole('region', { name: 'Quotes' }, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Differences between outlets' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Harbour Gazette' })).toBeInTheDocument();
    expect(region).not.toHaveAttribute('aria-busy');
  });
});

describe('an outlet with no sentence on the event', () => {
  /** River Times gets a second sentence, on no event, that names the premier; the ingest offers it as a lead. */
  function withLead() {
    const changed = structuredClone(corpus);
    const riverArticle = changed.articles.find((entry) => entry.id === '300')!;
    riverArticle.sentences.push({ id: '300-s2', text: 'Lindqvist has promised <b>new</b> ferries.', paragraph: 2, kind: 'body', line: 3 });
    riverArticle.lineCount += 1;
    changed.entities[0]!.mentions.push({ articleId: '300', sentenceId: '300-s2', start: 0, end: 9, text: 'Lindqvist' });
    const visit = changed.events.find((event) => event.id === 'ev-visit')!;
    visit.checkedNames = ['person-ana'];
    visit.leads = [{ outletId: 'river', articleId: '300', sentenceId: '300-s2', why: 'names Ana Lindqvist' }];
    return publishFixture(changed);
  }

  it('says what was checked and not found, never that the outlet did not report it', () => {
    const changed = structuredClone(corpus);
    changed.events.find((event) => event.id === 'ev-visit')!.checkedNames = ['person-ana'];
    const published = publishFixture(changed);
    render(<SourcePanels index={published.index} eventId="ev-visit" sources={sourcesByOutlet(published.index, published.sourcesOf('ev-visit'), shownOutlets(published.index, []))} hasWording highlighted={[]} />);
    const river = screen.getByRole('region', { name: 'River Times' });
    expect(river).toHaveTextContent('Not found in River Times: none of its sentences names Ana Lindqvist.');
    expect(river).not.toHaveTextContent('Not reported');
  });

  it('never says an outlet names none of the event’s people when the ingest found it naming one elsewhere', () => {
    const changed = structuredClone(corpus);
    const visit = changed.events.find((event) => event.id === 'ev-visit')!;
    visit.checkedNames = ['person-ana'];
    visit.namingOutlets = ['river'];
    const published = publishFixture(changed);
    render(<SourcePanels index={published.index} eventId="ev-visit" sources={sourcesByOutlet(published.index, published.sourcesOf('ev-visit'), shownOutlets(published.index, []))} hasWording highlighted={[]} />);
    const river = screen.getByRole('region', { name: 'River Times' });
    expect(river).toHaveTextContent('River Times: no sentence on this event, though its articles name Ana Lindqvist in others.');
    expect(river).not.toHaveTextContent('none of its sentences');
  });

  it('shows its sentences that may speak of the event as text, with why and a way to read them in the article', async () => {
    const published = withLead();
    render(<SourcePanels index={published.index} eventId="ev-visit" sources={sourcesByOutlet(published.index, published.sourcesOf('ev-visit'), shownOutlets(published.index, []))} hasWording highlighted={['person-ana']} />);
    const river = screen.getByRole('region', { name: 'River Times' });
    expect(river).toHaveTextContent('River Times: no sentence on this event, but 1 sentence may speak of it. Parallax did not place it.');
    // Folded to one line until the reader asks.
    expect(river).not.toHaveTextContent('ferries');
    const user = userEvent.setup();
    await user.click(within(river).getByRole('button', { name: 'Check it' }));
    expect(within(river).getByRole('button', { name: 'Hide it' })).toHaveAttribute('aria-expanded', 'true');
    expect(river).toHaveTextContent('has promised <b>new</b> ferries.');
    expect(river.querySelector('b')).toBeNull();
    expect(river).toHaveTextContent('names Ana Lindqvist');
    // The name is a pressed toggle like everywhere else: it is highlighted.
    expect(within(river).getByRole('button', { name: /^Ana Lindqvist, highlight all mentions/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(river).getByRole('button', { name: 'Open in article: River Times, sentence 2 of “Rail talks stall”' }));
    await waitFor(() => expect(window.location.search).toContain('article=300&sentence=300-s2'));
  });

  it('a reporting outlet shows no leads, even if the ingest listed one for it', () => {
    const published = withLead();
    const sources = sourcesByOutlet(published.index, published.sourcesOf('ev-visit'), shownOutlets(published.index, []));
    expect(sources.find((source) => source.outlet.id === 'river')?.leads).toHaveLength(1);
    expect(sources.filter((source) => source.outlet.id !== 'river').every((source) => source.leads.length === 0)).toBe(true);
  });
});
