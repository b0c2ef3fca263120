/** Prints which page-header cases fail and why: `npx tsx tests/unit/pipeline/page-header-probe.ts`. */
import { ingestPage } from '../ingest-page';
import { check, HEADER_CASES } from './page-header-cases';

let passed = 0;
for (const probe of HEADER_CASES) {
  const wrong = check(probe, ingestPage(probe.lines));
  if (wrong.length === 0) passed++;
  else console.log(`✗ ${probe.name}\n    ${wrong.join('\n    ')}`);
}
console.log(`${passed}/${HEADER_CASES.length} cases pass`);
