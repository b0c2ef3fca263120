/** Prints which probe-6 pages fail and why: `npx tsx tests/unit/pipeline/page-probe-6.ts`. */
import { ingestPage } from '../ingest-page';
import { check } from './page-header-cases';
import { PROBE_6_CASES } from './page-probe-6-cases';

let passed = 0;
for (const probe of PROBE_6_CASES) {
  const wrong = check(probe, ingestPage(probe.lines));
  if (wrong.length === 0) passed++;
  else console.log(`✗ ${probe.name}\n    ${wrong.join('\n    ')}`);
}
console.log(`${passed}/${PROBE_6_CASES.length} pages pass`);
