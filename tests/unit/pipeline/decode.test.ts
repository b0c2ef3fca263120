import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/pipeline/errors';
import { decodeSeed, firstInvalidUtf8Offset } from '../../../src/pipeline/stages/decode';
import type { ArticleContext } from '../../../src/pipeline/types';

const context: ArticleContext = { file: 'sample.txt', articleId: 'sample', manifest: undefined };
const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(input: Uint8Array): IngestError {
  try {
    decodeSeed(context, input);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected decodeSeed to refuse the input');
}

describe('decodeSeed', () => {
  it('decodes plain UTF-8 untouched', () => {
    expect(decodeSeed(context, utf8('Café — “quoted”\n'))).toEqual({ text: 'Café — “quoted”\n', warning: null });
  });

  it('drops a leading UTF-8 byte-order mark', () => {
    const decoded = decodeSeed(context, bytes(0xef, 0xbb, 0xbf, ...utf8('Headline')));
    expect(decoded.text).toBe('Headline');
    expect(decoded.warning).toBeNull();
  });

  it('refuses UTF-16 LE with a byte-order mark, naming the file', () => {
    const error = refusal(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00));
    expect(error.file).toBe('sample.txt');
    expect(error.message).toMatch(/^sample\.txt: .*UTF-16/);
  });

  it('refuses UTF-16 BE with a byte-order mark, naming the file', () => {
    const error = refusal(bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69));
    expect(error.message).toMatch(/^sample\.txt: .*UTF-16/);
  });

  it('refuses NUL bytes (UTF-16 without a BOM, or binary)', () => {
    const error = refusal(bytes(0x48, 0x00, 0x69, 0x00));
    expect(error.message).toContain('sample.txt');
    expect(error.message).toMatch(/NUL/);
  });

  it('refuses a Latin-1 byte 0xE9 and reports its offset', () => {
    // "Caf\xe9 au lait": é as a single Latin-1 byte at offset 3.
    const error = refusal(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75));
    expect(error.message).toContain('sample.txt');
    expect(error.message).toMatch(/not valid UTF-8/);
    expect(error.message).toMatch(/offset 3\b/);
  });

  it('reports the offset of a bad byte after valid multi-byte characters', () => {
    const prefix = utf8('“ok” ');
    const error = refusal(bytes(...prefix, 0xe9));
    expect(error.message).toMatch(new RegExp(`offset ${prefix.length}\\b`));
  });

  it('points at the lead byte of overlong, surrogate and truncated sequences', () => {
    expect(firstInvalidUtf8Offset(bytes(0x41, 0xc0, 0x80))).toBe(1); // overlong "NUL"
    expect(firstInvalidUtf8Offset(bytes(0x41, 0x42, 0xed, 0xa0, 0x80))).toBe(2); // UTF-16 surrogate
    expect(firstInvalidUtf8Offset(bytes(0x41, 0xe2, 0x80))).toBe(1); // cut off at the end
    expect(firstInvalidUtf8Offset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8Offset(utf8('ok “fine” 한국 🙂'))).toBe(utf8('ok “fine” 한국 🙂').length);
  });

  it('returns an empty file with a warning instead of an article', () => {
    const decoded = decodeSeed(context, bytes());
    expect(decoded.warning).toMatch(/empty/);
  });

  it('returns a whitespace-only file with a warning', () => {
    const decoded = decodeSeed(context, utf8(' \n\t\r\n\u00a0\n'));
    expect(decoded.warning).toMatch(/whitespace/);
  });

  it('refuses control-character binary data', () => {
    const noise = Array.from({ length: 200 }, (_, index) => [0x01, 0x02, 0x7f, 0x1b, 0x41][index % 5]!);
    const error = refusal(bytes(...noise));
    expect(error.message).toContain('sample.txt');
    expect(error.message).toMatch(/binary/);
  });

  it('tolerates a stray control character in a long text', () => {
    const text = `${'A line of ordinary news prose. '.repeat(20)}\u0007\n`;
    expect(decodeSeed(context, utf8(text)).warning).toBeNull();
  });
});
