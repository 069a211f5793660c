// Node test of the Lit development run's detector: run on a fixture in which one test makes Lit warn,
// Web Test Runner must fail exactly that test, say why, and pass the tests around it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('a Lit warning fails the test that caused it, and only that test', () => {
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/@web/test-runner/dist/bin.js',
      '--config',
      'web-test-runner.lit-dev.config.mjs',
      'test/scripts/fixtures/lit-warnings.fixture.ts',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' } },
  );
  const output = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.status, 1, output);
  assert.match(output, /1\/1 test files \| 2 passed, 1 failed/, output);
  assert.match(
    output,
    /❌ Lit warnings in the development run > an update scheduled after an update fails\n\s+Error: Lit warned in development mode:/,
    output,
  );
  assert.match(output, /Element fixture-updates-again scheduled an update .*lit\.dev\/msg\/change-in-update/, output);
  assert.doesNotMatch(output, /Lit is in dev mode/, output);
});
