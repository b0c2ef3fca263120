/**
 * Probe 8 of page shapes (issue 13): each made-up page of page-probe-8-cases.ts read through the per-article ingest —
 * outlet, publication day, headline, byline, furniture and look-alike story lines checked. `GAP` names a page the
 * rules do not get right yet (it.fails: it turns red once fixed, and the name comes off).
 * `npx tsx tests/unit/pipeline/page-probe-8.ts` prints what each failing page got wrong.
 */
import { describe, expect, it } from 'vitest';
import { ingestPage } from '../ingest-page';
import { check } from './page-header-cases';
import { PROBE_8_CASES } from './page-probe-8-cases';

const GAP = new Set<string>([
  // Written before any rule for them: the pages as first read (12 of 32 passed).
  "Indian e-paper clip: edition and page line, \"Clip\", zoom controls, city dateline",
  "Pakistani e-paper: \"E-Paper\" label, edition and \"Previous | Next\" page bar",
  "New Zealand site: \"Skip to content\", kia-ora greeting bar, \"Share this article\", reo label",
  "Australian metro site: breadcrumb with arrows, \"Updated\", \"Save\", \"Log in\", \"Normal text size\"",
  "Canadian broadcaster: \"Social Sharing\", \"Listen to this article\", \"Estimated 2 minutes\"",
  "finance terminal story: ticker tags, \"Gift this article\", \"Have a confidential tip?\" foot",
  "financial paper paywall teaser: \"Subscribe to unlock this article\", \"Try unlimited access\", terms",
  "wire advisory: \"ADVISORY\" slug over a note to editors, then the story with its dateline",
  "wire correction: \"CORRECTED-\" headline prefix and the correction note in brackets",
  "wire urgent: \"URGENT\" slug and \"More to come\" over a two-line story",
  "photo agency caption page: image number, \"Editorial use only\", licence buttons, keywords",
  "podcast transcript page: episode number, duration, \"Listen on\", \"Transcript\" label, speaker turns stay",
  "video page: \"Watch:\" title, duration, \"Up next\" and autoplay toggle",
  "current-events wiki page: \"From the free encyclopedia\", edit links, \"[edit]\" heads, citation needed",
  "forum thread: \"Posted by u/NAME\", points, \"comments\", \"Reply\", \"Share\", \"Report\"",
  "Japanese prefectural English site: \"Japanese | English\" switcher, \"Font size: S M L\", JST stamp",
  "syndicated story: \"This article is republished from \u2026 under a Creative Commons licence\"",
  "archive page: \"From the archive\", original print day, \"This article is more than 5 years old\"",
  "breadcrumb trail with \"You are here:\" and a print/e-mail bar",
  "Indian wire on a portal: \"(This story has not been edited by \u2026 staff and is auto-generated from a syndicated feed.)\"",
]);

describe('probe 8: pages in house styles the earlier probes did not write', () => {
  for (const probe of PROBE_8_CASES) {
    (GAP.has(probe.name) ? it.fails : it)(probe.name, () => {
      expect(check(probe, ingestPage(probe.lines))).toEqual([]);
    });
  }

  it('names each page once, and has at least 30', () => {
    expect(new Set(PROBE_8_CASES.map((probe) => probe.name)).size).toBe(PROBE_8_CASES.length);
    expect(PROBE_8_CASES.length).toBeGreaterThanOrEqual(30);
  });
});
