import { describe, expect, it } from 'vitest';
import { citationParts, formatCitation } from '../../../src/lib/citation';
import { parseViewState, serializeViewState, type ViewState } from '../../../src/lib/view-state';
import { csvField, toCsv } from '../../../src/features/share/csv';
import { eventsCsv, exportEvents, EVENTS_CSV_HEADER } from '../../../src/features/share/view-export';
import { exportSummary } from '../../../src/features/share/export-summary';
import { emphasisedEventIds, visibleEvents } from '../../../src/lib/corpus/visible-events';
import { corpus, index } from './entities-share-fixture';
import { parseCsv } from '../../parse-csv';

const linkFor = (patch: Partial<ViewState>) => `https://example.test/${serializeViewState({ ...parseViewState(''), ...patch })}`;


describe('citation', () => {
  it('names outlet, headline, the outlet’s local day, the sentence and the link', () => {
    const parts = citationParts(index, { articleId: '100', text: corpus.articles[0]!.sentences[0]!.text }, 'https://example.test/?article=100&sentence=100-s1');
    expect(parts).toEqual({
      outlet: 'The Harbour Gazette (Evening Edition)',
      headline: '“Solberg meets Dran”',
      date: '7 May 2031',
      sentence: 'Minister Mira Solberg met Pavel Dran in Portvale on Monday.',
      url: 'https://example.test/?article=100&sentence=100-s1',
    });
    expect(formatCitation(parts!)).toBe(
      '“Minister Mira Solberg met Pavel Dran in Portvale on Monday.” — The Harbour Gazette (Evening Edition), “Solberg meets Dran”, 7 May 2031. https://example.test/?article=100&sentence=100-s1',
    );
  });

  it('says so when the headline, outlet or date is missing, and returns null for an unknown article', () => {
    expect(citationParts(index, { articleId: '200', text: 'x' }, 'u')?.headline).toBe('untitled article beginning “Dran and Solberg spoke by phone in Portvale.”');
    const orphan = citationParts(index, { articleId: '400', text: 'x' }, 'u');
    expect(orphan?.outlet).toBe('Unknown outlet');
    expect(orphan?.date).toBe('date unknown');
    expect(citationParts(index, { articleId: 'nope', text: 'x' }, 'u')).toBeNull();
  });

  it('cites the sentence on one line, whatever line breaks it carries', () => {
    expect(citationParts(index, { articleId: '100', text: ' Two\n  lines. ' }, 'u')?.sentence).toBe('Two lines.');
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes only fields with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
    expect(csvField(true)).toBe('true');
  });

  it('defuses spreadsheet formulas in text, not in numbers', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-x, y')).toBe('"\'-x, y"');
    expect(csvField(-1)).toBe('-1');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('ends every record with CRLF and parses back to the same fields', () => {
    const rows = [['a', 'b, c', 'd "e"\nf'], ['', 'x', 'y']];
    const text = toCsv(['h1', 'h2', 'h3'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['h1', 'h2', 'h3'], ...rows]);
  });
});

describe('exportEvents', () => {
  it('takes the events the timeline lists under the outlet filter, evidence cut to shown outlets', () => {
    for (const hide of [[], ['post'], ['gazette', 'times'], ['gazette', 'post', 'times']]) {
      const data = exportEvents(corpus, { ...parseViewState(''), hiddenOutlets: hide }, linkFor);
      const timeline = visibleEvents(index, hide);
      expect(data.events.map((event) => event.id)).toEqual(timeline.map((event) => event.id));
      // The evidence per outlet is what the timeline's coverage counts.
      expect(
        data.events.map((event) => {
          const counts: Record<string, number> = {};
          for (const item of event.evidence) counts[item.outletId ?? ''] = (counts[item.outletId ?? ''] ?? 0) + 1;
          return counts;
        }),
      ).toEqual(timeline.map((event) => event.coverage));
      expect(data.events.map((event) => event.outlets)).toEqual(timeline.map((event) => event.outlets));
      // What the share controls say before any fetch agrees with the export itself.
      expect(exportSummary(index, hide, []).count).toBe(data.events.length);
    }
  });

  it('keeps only the emphasised events when names are highlighted, ignoring unknown ids', () => {
    const view = parseViewState('?entities=person-pavel-dran,ghost&hide=gazette&event=ev-meet');
    const data = exportEvents(corpus, view, linkFor);
    const emphasised = emphasisedEventIds(index, visibleEvents(index, view.hiddenOutlets), view.entities, view.hiddenOutlets);
    expect(data.events.map((event) => event.id)).toEqual([...emphasised!]);
    expect(data.events.map((event) => event.id)).toEqual(['ev-meet']);
    expect(data.highlightedEntities).toEqual([{ id: 'person-pavel-dran', name: 'Pavel Dran' }]);
    expect(data.hiddenOutlets).toEqual(['gazette']);
    expect(data.events[0]!.selected).toBe(true);
    expect(data.events[0]!.evidence).toEqual([
      expect.objectContaining({ outlet: 'Valley Post', sentenceId: '200-s1', highlighted: ['Pavel Dran'], link: 'https://example.test/?article=200&sentence=200-s1' }),
    ]);
    expect(data.rule).toBe('Events reported by any of the 2 outlets shown (1 of 3 hidden), only events whose evidence mentions Pavel Dran; evidence from the shown outlets only.');
    expect(exportSummary(index, view.hiddenOutlets, view.entities)).toEqual({ count: 1, rule: data.rule });
  });

  it('writes one CSV record per evidence sentence that parses back to the export', () => {
    const data = exportEvents(corpus, parseViewState(''), linkFor);
    const records = parseCsv(eventsCsv(data));
    expect(records[0]).toEqual([...EVENTS_CSV_HEADER]);
    expect(records).toHaveLength(1 + data.events.reduce((sum, event) => sum + event.evidence.length, 0));
    const meet = records.filter((record) => record[0] === 'ev-meet');
    expect(meet.map((record) => record[13])).toEqual([
      'Minister Mira Solberg met Pavel Dran in Portvale on Monday.',
      'Dran and Solberg spoke by phone in Portvale.',
    ]);
    expect(meet[0]![14]).toBe('on Monday');
    expect(meet[0]![15]).toBe('2031-05-05');
    // Chronological: the background arrival (4 May) first.
    expect(records.slice(1).map((record) => record[0])).toEqual(['ev-arrive', 'ev-meet', 'ev-meet', 'ev-council']);
  });
});
