/** What zod's safeParse answers (mini and classic alike), as far as the app reads it. */
export type ParseResult<T> = { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };

type Parser<T = unknown> = { safeParse: (value: unknown) => ParseResult<T> };
/** The part of a zod (v4) schema's definition read here: an object's fields, an array's element, any checks. */
type Definition = { type?: string; shape?: Record<string, { def?: Definition } | undefined>; element?: Parser; checks?: unknown[] };

/** Thread time per slice: 6 ms is 24 ms under Lighthouse's 4× CPU slowdown, well under a long task's 50 ms. */
const SLICE_MS = 6;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A validator that checks an object's arrays element by element, handing the main thread back every few
 * milliseconds. The index is untrusted and validated in full before use, but in one go it was a long task
 * at load (thousands of elements); the answer is the same as the schema's own safeParse: the object without
 * its arrays is parsed by the schema itself (every other field, the arrays' presence), then each element by
 * the array's element schema, and an issue's path is the whole path from the top. A schema this cannot split
 * (not an object, checks on the whole object) is parsed in one go.
 */
export function safeParseInSlices<T>(schema: Parser<T> & { def?: unknown }, sliceMs = SLICE_MS): (json: unknown) => Promise<ParseResult<T>> {
  return async (json) => {
    const def = schema.def as Definition | undefined;
    if (def?.type !== 'object' || !def.shape || (def.checks?.length ?? 0) > 0 || !isRecord(json)) return schema.safeParse(json);
    const arrays: Array<{ key: string; element: Parser; values: unknown[] }> = [];
    const shell: Record<string, unknown> = { ...json };
    for (const [key, field] of Object.entries(def.shape)) {
      const element = field?.def?.type === 'array' && !(field.def.checks?.length ?? 0) ? field.def.element : undefined;
      const values = json[key];
      if (!element || !Array.isArray(values)) continue;
      arrays.push({ key, element, values });
      shell[key] = [];
    }
    const head = schema.safeParse(shell);
    if (!head.success || arrays.length === 0) return head;
    const data = head.data as Record<string, unknown>;
    let sliceStart = performance.now();
    for (const { key, element, values } of arrays) {
      const parsed: unknown[] = [];
      for (const [index, value] of values.entries()) {
        if (performance.now() - sliceStart > sliceMs) {
          await yieldToBrowser();
          sliceStart = performance.now();
        }
        const result = element.safeParse(value);
        if (!result.success) return { success: false, error: { issues: result.error.issues.map((issue) => ({ ...issue, path: [key, index, ...issue.path] })) } };
        parsed.push(result.data);
      }
      data[key] = parsed;
    }
    return { success: true, data: data as T };
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
