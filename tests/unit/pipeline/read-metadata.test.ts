import { describe, expect, it } from 'vitest';
import type { RemovedLine } from '../../../src/lib/corpus/schema';
import { isDateline } from '../../../src/pipeline/line-shape';
import { readMetadata } from '../../../src/pipeline/stages/read-metadata';
import { parseDateline } from '../../../src/pipeline/text/timestamps';
import type { ArticleContext, Block, ManifestEntry } from '../../../src/pipeline/types';

const BODY: Block = { line: 5, text: 'Ministers met in Seoul on Monday and agreed to deepen cooperation, officials said.', kind: 'body' };

function read(blocks: Block[], manifest?: ManifestEntry, removed: RemovedLine[] = []) {
  const context: ArticleContext = { file: 'made-up.txt', articleId: 'made-up', manifest };
  return readMetadata(context, { blocks, removed });
}

const block = (kind: Block['kind'], text: string, line = 1): Block => ({ line, text, kind });

describe('parseDateline', () => {
  it('reads "12:40 JST, December 12, 2024" as a minute in Tokyo time', () => {
    expect(parseDateline('12:40 JST, December 12, 2024')).toEqual({ value: '2024-12-12T12:40:00+09:00', precision: 'minute' });
  });

  it('reads "January 5, 2025" with day precision and no invented time', () => {
    expect(parseDateline('January 5, 2025')).toEqual({ value: '2025-01-05', precision: 'day' });
  });

  it('reads "3:15 p.m. KST, March 1, 2025" on a 24-hour clock in Seoul time', () => {
    expect(parseDateline('3:15 p.m. KST, March 1, 2025')).toEqual({ value: '2025-03-01T15:15:00+09:00', precision: 'minute' });
  });

  it('reads 12 a.m. as midnight and 12 p.m. as noon', () => {
    expect(parseDateline('12:05 a.m. JST, Dec. 1, 2024')?.value).toBe('2024-12-01T00:05:00+09:00');
    expect(parseDateline('12:05 p.m. JST, Dec. 1, 2024')?.value).toBe('2024-12-01T12:05:00+09:00');
  });

  it('reads day-first and ISO dates', () => {
    expect(parseDateline('13 January 2025')).toEqual({ value: '2025-01-13', precision: 'day' });
    expect(parseDateline('2025-01-13 20:22 KST')).toEqual({ value: '2025-01-13T20:22:00+09:00', precision: 'minute' });
  });

  it('keeps day precision when the zone is unknown or ambiguous, rather than guessing an offset', () => {
    expect(parseDateline('10:00 CST, March 1, 2025')).toEqual({ value: '2025-03-01', precision: 'day' });
    expect(parseDateline('10:00, March 1, 2025')).toEqual({ value: '2025-03-01', precision: 'day' });
  });

  it('reads labelled and dotted timestamps from other sites, keeping day precision without a zone', () => {
    expect(parseDateline('Published : Jan. 13, 2025 - 18:01')).toEqual({ value: '2025-01-13', precision: 'day' });
    expect(parseDateline('Updated: 2025.01.13 18:01 KST')).toEqual({ value: '2025-01-13T18:01:00+09:00', precision: 'minute' });
    expect(parseDateline('January 13, 2025 (Mainichi Japan)')).toEqual({ value: '2025-01-13', precision: 'day' });
    expect(parseDateline('Posted 2025/1/9')).toEqual({ value: '2025-01-09', precision: 'day' });
    expect(parseDateline('December 4, 2024 6:02 AM GMT+9')).toEqual({ value: '2024-12-04T06:02:00+09:00', precision: 'minute' });
    expect(parseDateline('Jan 13, 2025 11:30 UTC-05:00')).toEqual({ value: '2025-01-13T11:30:00-05:00', precision: 'minute' });
  });

  it('returns null when there is no date', () => {
    expect(parseDateline('Seoul')).toBeNull();
  });
});

describe('readMetadata from the text', () => {
  it('takes headline, dateline, publication time, byline and outlet from the blocks', () => {
    const metadata = read([
      block('headline', 'Ministers meet in Seoul', 1),
      block('dateline', '12:40 JST, December 12, 2024', 2),
      block('byline', 'BY SEO JI-EUN [[email protected]]', 3),
      BODY,
      block('byline', 'Asia News Network/The Japan News', 6),
    ]);
    expect(metadata).toMatchObject({
      headline: 'Ministers meet in Seoul',
      dateline: '12:40 JST, December 12, 2024',
      publishedAt: '2024-12-12T12:40:00+09:00',
      publishedPrecision: 'minute',
      byline: 'Seo Ji-eun',
      outlet: { id: 'the-japan-news', name: 'The Japan News', country: null },
      warnings: [],
    });
    expect(metadata.metadata.outlet).toMatchObject({ value: 'The Japan News', source: 'text' });
    expect(metadata.metadata.publishedAt).toMatchObject({ value: '2024-12-12T12:40:00+09:00', source: 'text' });
  });

  it('names the agency of a wire dateline as the outlet when no credit line says otherwise', () => {
    const metadata = read([
      block('headline', 'Yoon lifts martial law after parliament rejects it'),
      block('dateline', 'December 4, 2024 6:02 AM GMT+9', 2),
      block('body', 'SEOUL, Dec 4 (Reuters) - South Korean President Yoon Suk Yeol said early on Wednesday he would lift martial law.', 3),
    ]);
    expect(metadata).toMatchObject({ publishedAt: '2024-12-04T06:02:00+09:00', outlet: { id: 'reuters', name: 'Reuters' } });
    // A place and a dash with no agency in brackets names no outlet.
    expect(read([block('body', 'SEOUL — Top diplomats reaffirmed ties on Monday.', 1)]).outlet).toBeNull();
  });

  it('title-cases an all-caps byline but leaves a mixed-case one alone', () => {
    expect(read([BODY, block('byline', 'BY JANE DOE', 6)]).byline).toBe('Jane Doe');
    expect(read([BODY, block('byline', 'By Jane McDonald-Kim', 6)]).byline).toBe('Jane McDonald-Kim');
  });

  it('reads the names from a "(This article was written by …)" note', () => {
    expect(read([BODY, block('byline', '(This article was written by Narumi Ota and Shino Matsuyama.)', 6)]).byline).toBe(
      'Narumi Ota and Shino Matsuyama',
    );
  });

  it('reads a day-precision dateline as a day', () => {
    const metadata = read([block('headline', 'Ministers meet in Seoul'), block('dateline', 'January 5, 2025', 2), BODY]);
    expect(metadata.publishedAt).toBe('2025-01-05');
    expect(metadata.publishedPrecision).toBe('day');
  });

  it('takes a place dateline from the opening of the body', () => {
    const metadata = read([block('body', 'SEOUL—Top diplomats reaffirmed the importance of cooperation on Monday.', 3)]);
    expect(metadata.dateline).toBe('Seoul');
  });
});

describe('readMetadata with a manifest', () => {
  const manifest: ManifestEntry = {
    outlet: { id: 'japan-news', name: 'The Japan News (Yomiuri Shimbun)', country: 'JP', source: 'editorial', note: 'credit line' },
    headline: { value: 'Editorial headline', source: 'editorial' },
    publishedAt: { value: '2024-12-13', precision: 'day', source: 'manifest' },
  };

  it('lets the manifest win but keeps the value the text supports beside it', () => {
    const metadata = read(
      [block('headline', 'Text headline of the story'), block('dateline', '12:40 JST, December 12, 2024', 2), BODY, block('byline', 'Asia News Network/The Japan News', 6)],
      manifest,
    );
    expect(metadata.headline).toBe('Editorial headline');
    expect(metadata.metadata.headline).toEqual({ value: 'Editorial headline', source: 'editorial', textValue: 'Text headline of the story' });
    expect(metadata.publishedAt).toBe('2024-12-13');
    expect(metadata.publishedPrecision).toBe('day');
    expect(metadata.metadata.publishedAt).toEqual({ value: '2024-12-13', source: 'manifest', textValue: '2024-12-12T12:40:00+09:00' });
    expect(metadata.outlet).toEqual({ id: 'japan-news', name: 'The Japan News (Yomiuri Shimbun)', country: 'JP' });
    expect(metadata.metadata.outlet).toEqual({
      value: 'The Japan News (Yomiuri Shimbun)',
      source: 'editorial',
      note: 'credit line',
      textValue: 'The Japan News',
    });
  });

  it('does not repeat a text value equal to the manifest value', () => {
    const metadata = read([block('headline', 'Editorial headline'), BODY], manifest);
    expect(metadata.metadata.headline).toEqual({ value: 'Editorial headline', source: 'editorial' });
  });

  it('keeps day precision for a manifest day and minute precision for a manifest time', () => {
    const timed: ManifestEntry = { publishedAt: { value: '2025-01-13T20:22:00+09:00', precision: 'minute', source: 'editorial' } };
    expect(read([BODY], timed).publishedPrecision).toBe('minute');
  });

  it('keeps a host-page timestamp without a year beside the manifest date', () => {
    const timed: ManifestEntry = { publishedAt: { value: '2025-01-13T20:22:00+09:00', precision: 'minute', source: 'editorial', note: 'per provenance' } };
    const removed: RemovedLine[] = [{ kind: 'furniture', text: '- 13/1 20:22', line: 9, reason: 'bare timestamp of the host page' }];
    const metadata = read([BODY], timed, removed);
    expect(metadata.metadata.publishedAt.textValue).toBe('13/1 20:22');
    expect(metadata.metadata.publishedAt.note).toBe('per provenance; the page shows "13/1 20:22" (no year)');
  });
});

describe('readMetadata when nothing says', () => {
  it('leaves headline, outlet and publication date empty with a warning for each', () => {
    const metadata = read([BODY]);
    expect(metadata).toMatchObject({ headline: null, outlet: null, publishedAt: null, publishedPrecision: null, byline: null });
    expect(metadata.metadata.headline).toEqual({ value: null, source: 'missing' });
    expect(metadata.warnings).toEqual([
      'no headline in the text or the manifest; left empty',
      'no outlet in the text or the manifest; left empty',
      'no publication date in the text or the manifest; left empty',
    ]);
  });

  it('does not warn about a missing byline (many agency stories have none)', () => {
    const metadata = read([block('headline', 'Ministers meet in Seoul'), block('dateline', 'January 5, 2025'), BODY, block('byline', '— Reuters')]);
    expect(metadata.byline).toBeNull();
    expect(metadata.outlet?.name).toBe('Reuters');
    expect(metadata.warnings).toEqual([]);
  });
});

describe('isDateline', () => {
  it.each(['Published : Jan. 13, 2025 - 18:01', 'Updated: 2025.01.13 18:01 KST', 'January 13, 2025 (Mainichi Japan)', 'Posted 2025/1/9', '13 January 2025 at 9:30 GMT'])(
    'takes "%s" as a timestamp line',
    (line) => expect(isDateline(line)).toBe(true),
  );

  it.each([
    ['2025-01-14 17:12:05', '2025-01-14'],
    ['14/01/2025', '2025-01-14'],
    ['01/14/2025', '2025-01-14'],
    ['14 Jan, 2025', '2025-01-14'],
    ['Date: 14.01.2025', '2025-01-14'],
    ['2025年1月14日', '2025-01-14'],
    ['January 14, 2025 / 8:00 AM / Updated 2 hours ago', '2025-01-14'],
    ['Tue, 14 Jan 2025 09:30:00 +0900', '2025-01-14T09:30:00+09:00'],
    ['2025-01-14T09:30:00Z', '2025-01-14T09:30:00+00:00'],
    ['Issued on: 14/01/2025 - 09:30', '2025-01-14'],
    ['Published January 14th, 2025', '2025-01-14'],
    ['Published 2024.12.27. 16:05', '2024-12-27'],
  ])('takes "%s" as a timestamp line and reads it as %s', (line, value) => {
    expect(isDateline(line)).toBe(true);
    expect(parseDateline(line)?.value).toBe(value);
  });

  it.each(['03/04/2025', 'Sent: a letter to the minister on January 14, 2025', 'Issued a warning on 14 Jan 2025', '1.5.2025 was a holiday in many countries'])(
    'does not take "%s" for a timestamp line (a slashed date that reads both ways, or prose)',
    (line) => expect(isDateline(line)).toBe(false),
  );

  it.each([
    'The ministers met on January 13, 2025 in Seoul.',
    'Updated guidance was issued on Jan. 13, 2025',
    'Published reports said the talks were held on Jan. 13, 2025',
    'January 13, 2025 (Mainichi Japan) reported that the ministers met',
  ])('does not take prose with a date, "%s", as a timestamp line', (line) => expect(isDateline(line)).toBe(false));
});
