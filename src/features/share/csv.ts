/**
 * CSV as RFC 4180 describes it: CRLF between records, a field quoted when it
 * holds a comma, a double quote, CR or LF, and quotes inside doubled.
 *
 * Article text is untrusted and CSV files are opened in spreadsheets, where a
 * cell starting with = + - @ (or a tab/CR) can run as a formula. Such a field is
 * prefixed with an apostrophe, as OWASP advises; everything else is verbatim.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
