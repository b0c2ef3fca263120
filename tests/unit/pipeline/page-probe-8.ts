/** Prints which probe-8 pages fail and why: `npx tsx tests/unit/pipeline/page-probe-8.ts`. */
import { ingestPage } from '../ingest-page';
import { check } from './page-header-cases';
import { PROBE_8_CASES } from './page-probe-8-cases';

let passed = 0;
for (const probe of PROBE_8_CASES) {
  const wrong = check(probe, ingestPage(probe.lines));
  if (wrong.length === 0) passed++;
  else console.log(`✗ ${probe.name}\n    ${wrong.join('\n    ')}`);
}
console.log(`${passed}/${PROBE_8_CASES.length} pages pass`);
