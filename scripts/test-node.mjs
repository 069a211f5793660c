// `npm run test:node`: Node's test runner on the tests of test/scripts/, but for the reliability tests
// among them (scripts/reliability-tests.mjs), which `npm run test:reliability` runs.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAmong, nodeReliabilityTests } from './reliability-tests.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = readdirSync(`${root}test/scripts`, { recursive: true })
  .map((name) => `test/scripts/${name.split('\\').join('/')}`)
  .filter((file) => file.endsWith('.test.mjs') && !isAmong(file, nodeReliabilityTests))
  .sort();
const { status } = spawnSync(process.execPath, ['--test', ...files], { cwd: root, stdio: 'inherit' });
process.exit(status ?? 1);
