// `npm test`: every check in CI's order (format, typecheck, lint, unit tests, build,
// end-to-end), each run even when an earlier one failed so one run shows every
// problem. Ends with `N passed, N failed` over the unit and end-to-end tests, plus
// one count per failed gate (format, typecheck, lint, build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const tmp = '.tmp';
mkdirSync(tmp, { recursive: true });
const only = process.argv.slice(2); // e.g. `npm test -- unit e2e`

let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args, env = {}) {
  if (only.length && !only.includes(name)) return null;
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: false,
  });
  const ok = r.status === 0;
  if (!ok) failures.push(name);
  return ok;
}

function gate(name, script) {
  const ok = run(name, 'npm', ['run', '--silent', script]);
  if (ok === false) failed += 1;
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  passed += j.numPassedTests ?? 0;
  failed +=
    (j.numFailedTests ?? 0) +
    (j.numFailedTestSuites && !j.numFailedTests ? j.numFailedTestSuites : 0);
  return true;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  const s = j.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  return true;
}

gate('format', 'format:check');
gate('typecheck', 'typecheck');
gate('lint', 'lint');

rmSync(`${tmp}/vitest.json`, { force: true });
const unitOk = run('unit', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${tmp}/vitest.json`,
]);
if (unitOk !== null && !countVitest(`${tmp}/vitest.json`) && !unitOk) failed += 1;

gate('build', 'build');

rmSync(`${tmp}/playwright.json`, { force: true });
const e2eOk = run('e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${tmp}/playwright.json`,
});
if (e2eOk !== null && !countPlaywright(`${tmp}/playwright.json`) && !e2eOk) failed += 1;

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
