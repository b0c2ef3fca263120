/**
 * Dates resolve against the outlet's own calendar day, never the machine's
 * zone: the whole ingest, run under three different TZ settings, writes
 * byte-identical corpora. The made-up article is published 00:30 on New Year's
 * Day in Tokyo (still Dec 31 in UTC and in Los Angeles), where a parser that
 * used the local zone would move "on Monday", "last month" and "Dec. 30" by a day or a year.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/schema';

const folder = mkdtempSync(join(tmpdir(), 'parallax-tz-'));
cpSync('seeds', folder, { recursive: true });
writeFileSync(
  join(folder, '900_midnight.txt'),
  [
    'Ministers meet in Tokyo on the last Monday of the year',
    '',
    'The foreign ministers of Chile and Peru met in Tokyo on Monday and agreed to hold talks again next month.',
    'Their last meeting was in Lima last month, and a joint statement was issued on Dec. 30.',
  ].join('\n'),
);
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { articles: Record<string, unknown> };
manifest.articles['900_midnight.txt'] = { outlet: 'kyodo', publishedAt: '2025-01-01T00:30:00+09:00' };
writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function ingestUnder(zone: string): string {
  const out = join(folder, `corpus-${zone.replace(/\W/g, '_')}.json`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', '--seeds', folder, '--out', out], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('ingest under different machine time zones', () => {
  const zones = ['Asia/Tokyo', 'America/Los_Angeles', 'UTC'];
  const outputs = zones.map(ingestUnder);

  it('writes byte-identical corpora in Tokyo, Los Angeles and UTC', () => {
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it('resolves the midnight article against its Tokyo day, Wednesday Jan 1, 2025', () => {
    const corpus = JSON.parse(outputs[1]!) as Corpus;
    const values = Object.fromEntries(corpus.dates.filter((date) => date.articleId === '900').map((date) => [date.text, date.value]));
    expect(values).toMatchObject({
      'on Monday': '2024-12-30',
      'next month': '2025-02',
      'last month': '2024-12',
      'on Dec. 30': '2024-12-30',
    });
  });
});
