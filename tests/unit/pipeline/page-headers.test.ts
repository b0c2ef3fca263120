/**
 * Page headers and feet in many house styles (issue 13): each made-up page of page-header-cases.ts read through the
 * per-article ingest, its outlet, publication stamp, headline, byline, furniture and look-alike story lines checked.
 * `GAP` names a case the rules do not get right yet (it.fails: it turns red once fixed, and the name comes off).
 * `npx tsx tests/unit/pipeline/page-header-probe.ts` prints what each failing case got wrong.
 */
import { describe, expect, it } from 'vitest';
import { ingestPage } from '../ingest-page';
import { check, HEADER_CASES } from './page-header-cases';

const GAP = new Set<string>([
  // A credit closing a caption line ("… before dawn. Photo: Lena Marsh/AFP") is split off as a sentence of its own.
  'British: photo credit with agency',
  'wire: "/AFK/" agency mark in a caption',
  'Asian daily: "NAME, Staff Reporter" and "Photo: … /Yonsan" caption',
]);

describe('page headers in any house style', () => {
  for (const probe of HEADER_CASES) {
    (GAP.has(probe.name) ? it.fails : it)(probe.name, () => {
      expect(check(probe, ingestPage(probe.lines))).toEqual([]);
    });
  }

  it('names each case once', () => {
    expect(new Set(HEADER_CASES.map((probe) => probe.name)).size).toBe(HEADER_CASES.length);
  });
});
