#!/usr/bin/env node
// The whole suite, as README and CI run it: typecheck, unit/store/handler tests (vitest), renderer
// production build, browser end-to-end tests (Playwright + Debian Chromium). Prints one closing line
// `N passed, N failed, N skipped` and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const stepFailures = [];

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const outcome = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (outcome.status !== 0) stepFailures.push(`${label} (code ${outcome.status ?? outcome.signal})`);
  return outcome.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

mkdirSync('test-results', { recursive: true });
for (const f of ['test-results/unit.json', 'test-results/e2e.json']) rmSync(f, { force: true });

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);

run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  results.passed += unit.numPassedTests ?? 0;
  results.failed += unit.numFailedTests ?? 0;
  results.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else stepFailures.push('unit (no report)');

const built = run('renderer build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
if (built && existsSync('e2e/playwright.config.ts')) {
  run('e2e', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts']);
  const e2e = readJson('test-results/e2e.json');
  if (e2e?.stats) {
    results.passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    results.failed += e2e.stats.unexpected ?? 0;
    results.skipped += e2e.stats.skipped ?? 0;
  } else stepFailures.push('e2e (no report)');
}

if (stepFailures.length > 0) {
  console.log(`\nFailed steps: ${stepFailures.join(', ')}`);
  if (results.failed === 0) results.failed = stepFailures.length;
}
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(stepFailures.length > 0 || results.failed > 0 ? 1 : 0);
