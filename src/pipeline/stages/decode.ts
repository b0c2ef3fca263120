import { IngestError } from '../errors';
import type { ArticleContext, Stage } from '../types';

/** Decoded text, or null with a warning when the file holds no text at all. */
export type Decoded = { text: string; warning: string | null };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Accept UTF-8 only. UTF-16 and Latin-1 files are refused with a reason a
 * person can act on, rather than decoded into mojibake that would then be
 * "evidence". Control characters other than tab/newline mark binary data.
 */
export const decodeSeed: Stage<ArticleContext, Uint8Array, Decoded> = (context, bytes) => {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new IngestError(context.file, 'is UTF-16 (byte-order mark found); save it as UTF-8');
  }
  if (bytes.includes(0)) {
    throw new IngestError(context.file, 'contains NUL bytes: binary data or UTF-16 without a byte-order mark, not UTF-8 text');
  }
  let text: string;
  try {
    // With ignoreBOM false the decoder drops a leading UTF-8 BOM itself.
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new IngestError(context.file, `is not valid UTF-8 (first bad byte at offset ${offset}; Latin-1 or another legacy encoding?)`);
  }
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0 && controls > text.length / 100) {
    throw new IngestError(context.file, `looks like binary data (${controls} control characters)`);
  }
  if (text.trim() === '') {
    return { text, warning: text === '' ? 'is empty; skipped' : 'holds only whitespace; skipped' };
  }
  return { text, warning: null };
};

/**
 * Offset of the first byte of the first ill-formed UTF-8 sequence (the lead
 * byte, so "Caf\xe9 au lait" reports 3). One linear pass over the Unicode
 * well-formed byte table; only run on the error path.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead <= 0x7f) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return bytes.length;
}
