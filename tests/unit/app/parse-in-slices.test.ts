import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { safeParseInSlices } from '../../../src/lib/corpus/parse-in-slices';
import { corpusIndexSchema } from '../../../src/lib/corpus/schema';

const rowSchema = z.object({ id: z.string(), size: z.int().check(z.nonnegative()) });
const fileSchema = z.object({ version: z.literal(1), name: z.string(), rows: z.array(rowSchema), tags: z.optional(z.array(z.string())) });

const rows = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `row-${index}`, size: index, extra: 'dropped' }));

describe('safeParseInSlices', () => {
  it('answers what the schema itself answers for a valid file, unknown keys stripped, field order kept', async () => {
    const file = { name: 'made-up', version: 1, rows: rows(50), tags: ['a', 'b'], other: true };
    const sliced = await safeParseInSlices(fileSchema)(file);
    const whole = fileSchema.safeParse(file);
    expect(sliced).toEqual(whole);
    expect(sliced.success && Object.keys(sliced.data)).toEqual(['version', 'name', 'rows', 'tags']);
  });

  it('hands the thread back between slices when the elements take longer than a slice', async () => {
    const file = { version: 1, name: 'made-up', rows: rows(200) };
    let timersRan = 0;
    const ticking = setInterval(() => (timersRan += 1), 0);
    // A zero budget: every element is a slice of its own, so other tasks run in between.
    const result = await safeParseInSlices(fileSchema, 0)(file);
    clearInterval(ticking);
    expect(result.success).toBe(true);
    expect(timersRan).toBeGreaterThan(0);
  });

  it('rejects a bad element with its whole path, as the schema does', async () => {
    const bad = rows(30);
    bad[17] = { id: 'row-17', size: -3, extra: '' };
    const sliced = await safeParseInSlices(fileSchema)({ version: 1, name: 'x', rows: bad });
    expect(sliced.success).toBe(false);
    if (!sliced.success) expect(sliced.error.issues[0]?.path).toEqual(['rows', 17, 'size']);
  });

  it('rejects what is wrong outside the arrays, a missing array and a non-array where an array belongs', async () => {
    const parse = safeParseInSlices(fileSchema);
    expect((await parse({ version: 2, name: 'x', rows: [] })).success).toBe(false);
    expect((await parse({ version: 1, name: 'x' })).success).toBe(false);
    expect((await parse({ version: 1, name: 'x', rows: 'nope' })).success).toBe(false);
    expect((await parse({ version: 1, name: 'x', rows: [], tags: [3] })).success).toBe(false);
    expect((await parse(null)).success).toBe(false);
    expect((await parse([1, 2])).success).toBe(false);
  });

  it('parses in one go what it cannot split: checks on the whole object', async () => {
    const checked = fileSchema.check(z.refine((file) => file.rows.length > 0, 'no rows'));
    expect((await safeParseInSlices(checked)({ version: 1, name: 'x', rows: [] })).success).toBe(false);
    expect((await safeParseInSlices(checked)({ version: 1, name: 'x', rows: rows(2) })).success).toBe(true);
  });

  it('splits the index schema (its arrays are direct fields)', async () => {
    const index = { version: 1, build: 'b', outlets: [], articles: [], events: [], entities: [], warnings: [{}] };
    const sliced = await safeParseInSlices(corpusIndexSchema)(index);
    expect(sliced.success).toBe(false);
    if (!sliced.success) expect(sliced.error.issues[0]?.path.slice(0, 2)).toEqual(['warnings', 0]);
  });
});
