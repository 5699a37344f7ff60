// Prints vitest's JSON totals as one plain closing line ("N passed, N failed, N skipped"), and fails
// when nothing ran, so CI can never pass on an empty run.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0 || failed > 0) process.exit(1);
if (process.env.CI && skipped > 0) {
  console.error('CI must not skip tests: a service (Redis, Chromium) is missing or a test was left skipped.');
  process.exit(1);
}
