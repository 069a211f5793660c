// Node tests of the localization check: it must fail on a missing translation and on stale files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLocalization, untranslated } from '../../scripts/check-i18n.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A copy of what lit-localize reads, in a temporary folder. */
async function copyProject() {
  const copy = await mkdtemp(join(tmpdir(), 'plan-widgets-copy-'));
  for (const path of ['src', 'xliff', 'lit-localize.json', 'tsconfig.json']) {
    await cp(join(root, path), join(copy, path), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

test('untranslated() names the units without a target', () => {
  const xliff = `<trans-unit id="done">\n  <source>Done</source>\n  <target>已完成</target>\n</trans-unit>
<trans-unit id="retry">\n  <source>Try again</source>\n</trans-unit>
<trans-unit id="empty">\n  <source>Empty</source>\n  <target> </target>\n</trans-unit>`;
  assert.deepEqual(untranslated(xliff), ['retry', 'empty']);
});

// The project itself passes the check: `npm test` runs `npm run i18n:check` once, before these tests.

test('a message without a translation fails the check', async () => {
  const copy = await copyProject();
  try {
    const file = join(copy, 'xliff/zh-Hant.xlf');
    const xliff = await readFile(file, 'utf8');
    await writeFile(file, xliff.replace('  <target>全部展開</target>\n', ''));
    assert.deepEqual(await checkLocalization(copy), ['zh-Hant.xlf: message "expand-all" has no translation.']);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});

test('a new msg() call, or a stale generated module, fails the check', async () => {
  const copy = await copyProject();
  try {
    const status = join(copy, 'src/i18n/status.ts');
    await writeFile(
      status,
      (await readFile(status, 'utf8')).replace("msg('Done', { id: 'done' })", "msg('Finished', { id: 'done' })"),
    );
    const problems = await checkLocalization(copy);
    assert.ok(
      problems.includes('xliff/zh-Hans.xlf is out of date with the msg() calls: run `npm run i18n:extract`, then translate.'),
      problems.join('\n'),
    );

    await cp(join(root, 'src'), join(copy, 'src'), { recursive: true });
    const generated = join(copy, 'src/generated/locales/zh-Hans.ts');
    await writeFile(generated, (await readFile(generated, 'utf8')).replace('全部展开', '全部打开'));
    assert.deepEqual(await checkLocalization(copy), [
      'src/generated/locales/zh-Hans.ts is out of date with the XLIFF: run `npm run i18n:build`.',
    ]);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});
