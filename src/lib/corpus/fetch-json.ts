import type { ParseResult } from './parse-in-slices';

/** A published corpus file that could not be loaded; its message is written for the reader. */
export class CorpusLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusLoadError';
  }
}

/** zod's safeParse, or a validator that answers later (safeParseInSlices). */
type SafeParse<T> = (json: unknown) => ParseResult<T> | Promise<ParseResult<T>>;

/**
 * Fetch one published file and validate it. `what` names it in errors ("The
 * corpus", "This event's sources"), so a bad file is an error the reader can
 * act on, never a blank page. The validator arrives as a promise: zod loads as
 * its own chunk, beside the first fetch, off the first-paint path.
 */
export async function fetchValidated<T>(url: string, what: string, validator: Promise<SafeParse<T>>, signal?: AbortSignal): Promise<T> {
  const [response, safeParse] = await Promise.all([fetch(url, signal ? { signal } : undefined), validator]);
  if (!response.ok) throw new CorpusLoadError(`${what} could not be loaded (${response.status} ${response.statusText || 'error'}).`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new CorpusLoadError(`${what} is not valid JSON (truncated or corrupt).`);
  }
  const parsed = await safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorpusLoadError(`${what} does not match the expected format (${issue?.path.join('.') || 'top level'}: ${issue?.message}).`);
  }
  return parsed.data;
}

/** A URL under the app's base, so a sub-path deploy works. */
export const appUrl = (path: string) => `${import.meta.env.BASE_URL}${path}`;
