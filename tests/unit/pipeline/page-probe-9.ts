/** Prints which probe-9 pages fail and why: `npx tsx tests/unit/pipeline/page-probe-9.ts`. */
import { ingestPage } from '../ingest-page';
import { check } from './page-header-cases';
import { PROBE_9_CASES } from './page-probe-9-cases';

let passed = 0;
for (const probe of PROBE_9_CASES) {
  const wrong = check(probe, ingestPage(probe.lines));
  if (wrong.length === 0) passed++;
  else console.log(`✗ ${probe.name}\n    ${wrong.join('\n    ')}`);
}
console.log(`${passed}/${PROBE_9_CASES.length} pages pass`);
