import { afterEach, describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState, setDefaultEvent, type ViewState } from '../../../src/lib/view-state';

const EMPTY: ViewState = { event: null, hiddenOutlets: [], entities: [], article: null, sentence: null, from: null, to: null, compare: null, outlet: null };

describe('view state in the URL', () => {
  it('parses an empty query to the defaults and serializes the defaults to nothing', () => {
    expect(parseViewState('')).toEqual(EMPTY);
    expect(parseViewState('?')).toEqual(EMPTY);
    expect(serializeViewState(EMPTY)).toBe('');
  });

  it('reads every key', () => {
    expect(parseViewState('?event=e3&article=001&sentence=001-s4&from=2024-12-01&to=2025-01-31&hide=kyodo,asahi&entities=p-iwaya,p-cho&compare=text&outlet=kyodo')).toEqual({
      event: 'e3',
      hiddenOutlets: ['kyodo', 'asahi'],
      entities: ['p-iwaya', 'p-cho'],
      article: '001',
      sentence: '001-s4',
      from: '2024-12-01',
      to: '2025-01-31',
      compare: 'text',
      outlet: 'kyodo',
    });
  });

  it('writes lists with literal commas and leaves out empty fields', () => {
    expect(serializeViewState({ ...EMPTY, article: '002', hiddenOutlets: ['kyodo', 'asahi'] })).toBe('?article=002&hide=kyodo,asahi');
  });

  it.each<[string, ViewState]>([
    ['an open article', { ...EMPTY, article: '000' }],
    ['a sentence in an article', { ...EMPTY, article: '001', sentence: '001-s12' }],
    ['hidden outlets and entities', { ...EMPTY, hiddenOutlets: ['japan-news', 'kyodo'], entities: ['org-mofa'] }],
    ['an event and a window', { ...EMPTY, event: 'ev-7', from: '2024-12-01', to: '2025-01-20' }],
    ['the full-text comparison on a phone showing one outlet', { ...EMPTY, event: 'ev-7', compare: 'text', outlet: 'kyodo' }],
    [
      'everything, with characters that need escaping',
      { event: 'e 1&2', hiddenOutlets: ['a/b', 'c?d'], entities: ['x=y'], article: 'a#1', sentence: 'a#1-s1', from: '2025-01-01', to: '2025-01-02', compare: 'text', outlet: 'o&1' },
    ],
  ])('round-trips %s', (_label, state) => {
    const query = serializeViewState(state);
    expect(parseViewState(query)).toEqual(state);
    expect(serializeViewState(parseViewState(query))).toBe(query);
  });

  it('drops empty list items and ignores unknown keys', () => {
    expect(parseViewState('?hide=,kyodo,,&utm_source=x')).toEqual({ ...EMPTY, hiddenOutlets: ['kyodo'] });
  });

  it('serializes keys in a stable order, whatever order they were set in', () => {
    const a = serializeViewState({ ...EMPTY, to: '2025-01-02', article: '001', event: 'e1' });
    const b = serializeViewState({ ...EMPTY, event: 'e1', article: '001', to: '2025-01-02' });
    expect(a).toBe(b);
    expect(a).toBe('?event=e1&article=001&to=2025-01-02');
  });

  describe('with a default event (the story’s central event)', () => {
    afterEach(() => setDefaultEvent(null));

    it('selects it when the URL names no event; a link made from the view names it, so it opens the same event later', () => {
      setDefaultEvent('ev-central');
      expect(parseViewState('').event).toBe('ev-central');
      expect(parseViewState('?hide=kyodo').event).toBe('ev-central');
      expect(serializeViewState({ ...EMPTY, event: 'ev-central' })).toBe('?event=ev-central');
      // A citation's link opens its article on whatever event the page opens on.
      expect(serializeViewState({ ...EMPTY, event: 'ev-central', article: '001' }, { omitDefaultEvent: true })).toBe('?article=001');
    });

    it('keeps another event the URL names, and says a cleared selection with an empty value', () => {
      setDefaultEvent('ev-central');
      expect(parseViewState('?event=ev-7').event).toBe('ev-7');
      expect(serializeViewState({ ...EMPTY, event: null })).toBe('?event=');
      expect(parseViewState('?event=').event).toBeNull();
      expect(parseViewState(serializeViewState({ ...EMPTY, event: null, article: '001' }))).toEqual({ ...EMPTY, event: null, article: '001' });
    });

    it('changes nothing for an empty corpus (no default)', () => {
      setDefaultEvent(null);
      expect(serializeViewState({ ...EMPTY, event: null })).toBe('');
    });
  });
});
