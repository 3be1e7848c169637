/**
 * Sums every suite of `npm test` into one line, "N passed, N failed", and exits non-zero
 * when anything failed. A suite whose report is missing (it crashed) counts as one failure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = process.argv[2] ?? 'test-results';
let passed = 0;
let failed = 0;

function add(name: string, ok: number, bad: number): void {
  passed += ok;
  failed += bad;
  console.log(`${name.padEnd(12)} ${ok} passed, ${bad} failed`);
}

for (const name of readdirSync(resolve(dir, 'checks')).sort()) {
  const ok = readFileSync(resolve(dir, 'checks', name), 'utf8').trim() === 'pass';
  add(name, ok ? 1 : 0, ok ? 0 : 1);
}

for (const suite of ['unit', 'integration']) {
  const file = resolve(dir, `${suite}.json`);
  if (!existsSync(file)) {
    add(suite, 0, 1);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; success: boolean };
  // A suite can fail outside any test (setup error): count that as one failure too.
  add(suite, report.numPassedTests, report.numFailedTests + (report.success || report.numFailedTests > 0 ? 0 : 1));
}

const e2eFile = resolve(dir, 'e2e-results.json');
if (existsSync(e2eFile)) {
  const { stats, errors } = JSON.parse(readFileSync(e2eFile, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number };
    errors?: unknown[];
  };
  add('e2e', stats.expected, stats.unexpected + stats.flaky + (errors?.length ? 1 : 0));
} else {
  add('e2e', 0, 1);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
