import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/pipeline/errors';
import { isValidIsoDateTime, parseManifest } from '../../../src/pipeline/manifest';

const FILE = 'seeds/manifest.json';

function refusal(text: string): IngestError {
  try {
    parseManifest(FILE, text);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected parseManifest to refuse the manifest');
}

const manifestOf = (articles: Record<string, unknown>, outlets: Record<string, unknown> = {}) => JSON.stringify({ outlets, articles });

describe('parseManifest', () => {
  it('names the file, line and column of malformed JSON', () => {
    const text = '{\n  "articles": {\n    "a.txt": { "outlet": "kyodo", }\n  }\n}';
    const error = refusal(text);
    expect(error.file).toBe(FILE);
    expect(error.message).toMatch(/^seeds\/manifest\.json: is not valid JSON \(line 3, column \d+/);
    const column = Number(/column (\d+)/.exec(error.message)?.[1]);
    // The parser stops at the "}" after the stray comma.
    expect(text.split('\n')[2]![column - 1]).toBe('}');
  });

  it('names the path of a field that does not match the format', () => {
    const error = refusal(manifestOf({ 'a.txt': { headline: 42 } }));
    expect(error.message).toMatch(/^seeds\/manifest\.json: does not match the manifest format at articles\.a\.txt\.headline/);
  });

  it('names an unknown field', () => {
    const error = refusal(manifestOf({ 'a.txt': { publisher: 'kyodo' } }));
    expect(error.message).toMatch(/at articles\.a\.txt/);
    expect(error.message).toMatch(/publisher/);
  });

  it('refuses an impossible date "2025-13-45"', () => {
    const error = refusal(manifestOf({ 'a.txt': { publishedAt: '2025-13-45' } }));
    expect(error.message).toMatch(/articles\.a\.txt\.publishedAt/);
    expect(error.message).toMatch(/real date/);
  });

  it.each(['2025-02-29', '2024-02-30', '2025-01-13T24:00:00+09:00', '2025-01-13T20:60+09:00', '2025-01-13T20:22', 'Jan 13, 2025'])(
    'refuses the invalid or offset-less date %s',
    (value) => {
      expect(isValidIsoDateTime(value)).toBe(false);
      expect(() => parseManifest(FILE, manifestOf({ 'a.txt': { publishedAt: value } }))).toThrow(IngestError);
    },
  );

  it.each(['2024-02-29', '2025-01-13', '2025-01-13T20:22+09:00', '2025-01-13T20:22:00Z', '2025-01-13T20:22:59-05:00'])('accepts %s', (value) => {
    expect(isValidIsoDateTime(value)).toBe(true);
  });

  it('resolves a known outlet id to its definition', () => {
    const manifest = parseManifest(FILE, manifestOf({ 'a.txt': { outlet: 'kyodo' } }, { kyodo: { name: 'Kyodo News', country: 'JP' } }));
    expect(manifest.entries.get('a.txt')?.outlet).toEqual({ id: 'kyodo', name: 'Kyodo News', country: 'JP', source: 'manifest', note: undefined });
  });

  it('turns an outlet id that is not in "outlets" into a named outlet', () => {
    const manifest = parseManifest(FILE, manifestOf({ 'a.txt': { outlet: { value: 'The Korea Herald', source: 'editorial', note: 'footer' } } }));
    expect(manifest.entries.get('a.txt')?.outlet).toEqual({
      id: 'the-korea-herald',
      name: 'The Korea Herald',
      country: null,
      source: 'editorial',
      note: 'footer',
    });
  });

  it('keeps day precision for a day-only date and minute precision for a date-time', () => {
    const manifest = parseManifest(
      FILE,
      manifestOf({ 'a.txt': { publishedAt: '2025-01-14' }, 'b.txt': { publishedAt: { value: '2025-01-13T20:22:00+09:00', source: 'editorial' } } }),
    );
    expect(manifest.entries.get('a.txt')?.publishedAt).toEqual({ value: '2025-01-14', precision: 'day', source: 'manifest', note: undefined });
    expect(manifest.entries.get('b.txt')?.publishedAt).toMatchObject({ value: '2025-01-13T20:22:00+09:00', precision: 'minute', source: 'editorial' });
  });

  it('refuses a source a field does not allow', () => {
    const error = refusal(manifestOf({ 'a.txt': { outlet: { value: 'kyodo', source: 'inferred' } } }));
    expect(error.message).toMatch(/articles\.a\.txt\.outlet/);
  });

  it('refuses an outlet id that is not lowercase-kebab', () => {
    const error = refusal(manifestOf({}, { 'Kyodo News': { name: 'Kyodo News' } }));
    expect(error.message).toMatch(/outlets/);
  });

  it('accepts an empty manifest', () => {
    expect(parseManifest(FILE, '{}').entries.size).toBe(0);
  });
});
