import { describe, expect, it } from 'vitest';
import { citationParts, formatCitation } from '../../../src/lib/citation';
import { parseViewState, serializeViewState, type ViewState } from '../../../src/lib/view-state';
import { csvField, toCsv } from '../../../src/features/share/csv';
import { eventsCsv, exportEvents, EVENTS_CSV_HEADER } from '../../../src/features/share/view-export';
import { emphasisedEventIds, visibleEvents } from '../../../src/features/timeline/visible-events';
import { index } from './entities-share-fixture';
import { parseCsv } from '../../parse-csv';

const linkFor = (patch: Partial<ViewState>) => `https://example.test/${serializeViewState({ ...parseViewState(''), ...patch })}`;


describe('citation', () => {
  it('names outlet, headline, the outlet’s local day, the sentence and the link', () => {
    const parts = citationParts(index, '100-s1', 'https://example.test/?article=100&sentence=100-s1');
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

  it('says so when the headline, outlet or date is missing, and returns null for an unknown sentence', () => {
    expect(citationParts(index, '200-s2', 'u')?.headline).toBe('untitled article beginning “Dran and Solberg spoke by phone in Portvale.”');
    const orphan = citationParts(index, '400-s1', 'u');
    expect(orphan?.outlet).toBe('Unknown outlet');
    expect(orphan?.date).toBe('date unknown');
    expect(citationParts(index, 'nope-s1', 'u')).toBeNull();
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
      const data = exportEvents(index, { ...parseViewState(''), hiddenOutlets: hide }, linkFor);
      const timeline = visibleEvents(index, hide);
      expect(data.events.map((event) => event.id)).toEqual(timeline.map((event) => event.id));
      expect(data.events.map((event) => event.evidence.map((item) => item.sentenceId))).toEqual(
        timeline.map((event) => event.evidence.map((item) => item.sentenceId)),
      );
      expect(data.events.map((event) => event.outlets)).toEqual(timeline.map((event) => event.outlets));
    }
  });

  it('keeps only the emphasised events when names are highlighted, ignoring unknown ids', () => {
    const view = parseViewState('?entities=person-pavel-dran,ghost&hide=gazette&event=ev-meet');
    const data = exportEvents(index, view, linkFor);
    const emphasised = emphasisedEventIds(index, visibleEvents(index, view.hiddenOutlets), view.entities);
    expect(data.events.map((event) => event.id)).toEqual([...emphasised!]);
    expect(data.events.map((event) => event.id)).toEqual(['ev-meet']);
    expect(data.highlightedEntities).toEqual([{ id: 'person-pavel-dran', name: 'Pavel Dran' }]);
    expect(data.hiddenOutlets).toEqual(['gazette']);
    expect(data.events[0]!.selected).toBe(true);
    expect(data.events[0]!.evidence).toEqual([
      expect.objectContaining({ outlet: 'Valley Post', sentenceId: '200-s1', highlighted: ['Pavel Dran'], link: 'https://example.test/?article=200&sentence=200-s1' }),
    ]);
    expect(data.rule).toBe('Events reported by 2 of 3 outlets, only events whose evidence mentions Pavel Dran; evidence from the shown outlets only.');
  });

  it('writes one CSV record per evidence sentence that parses back to the export', () => {
    const data = exportEvents(index, parseViewState(''), linkFor);
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
