/** Prints which probe-7 pages fail and why: `npx tsx tests/unit/pipeline/page-probe-7.ts`. */
import { ingestPage } from '../ingest-page';
import { check } from './page-header-cases';
import { PROBE_7_CASES } from './page-probe-7-cases';

let passed = 0;
for (const probe of PROBE_7_CASES) {
  const wrong = check(probe, ingestPage(probe.lines));
  if (wrong.length === 0) passed++;
  else console.log(`✗ ${probe.name}\n    ${wrong.join('\n    ')}`);
}
console.log(`${passed}/${PROBE_7_CASES.length} pages pass`);
