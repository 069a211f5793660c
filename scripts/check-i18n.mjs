// Fails when the XLIFF files lag behind the msg() calls, when a target locale lacks a translation,
// or when src/generated/ lags behind the XLIFF. It runs lit-localize on copies, so it changes nothing.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `<trans-unit>` ids without a non-empty `<target>`, per XLIFF file text. */
export function untranslated(xliff) {
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  return units.filter(([, , body]) => !/<target>\s*\S[\s\S]*?<\/target>/.test(body)).map(([, id]) => id);
}

async function filesIn(folder) {
  const names = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = new Map();
  for (const entry of names.filter((name) => name.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path), await readFile(path, 'utf8'));
  }
  return files;
}

function differences(expected, actual, label) {
  const problems = [];
  for (const name of new Set([...expected.keys(), ...actual.keys()])) {
    if (expected.get(name) !== actual.get(name)) problems.push(`${label}/${name}`);
  }
  return problems;
}

/** Everything wrong with the project's localization, as sentences; empty when all is well. */
export async function checkLocalization(projectRoot = root) {
  const scratch = await mkdtemp(join(tmpdir(), 'plan-widgets-i18n-'));
  try {
    const config = JSON.parse(await readFile(join(projectRoot, 'lit-localize.json'), 'utf8'));
    const xliffDir = join(projectRoot, config.interchange.xliffDir);
    const generatedDir = join(projectRoot, config.output.outputDir);
    await cp(xliffDir, join(scratch, 'xliff'), { recursive: true });
    const scratchConfig = join(projectRoot, `.lit-localize.check.${process.pid}.json`);
    await writeFile(
      scratchConfig,
      JSON.stringify({
        ...config,
        interchange: { ...config.interchange, xliffDir: join(scratch, 'xliff') },
        output: { ...config.output, outputDir: join(scratch, 'generated'), localeCodesModule: join(scratch, 'locale-codes.ts') },
      }),
    );
    try {
      const run = (command) =>
        execFileSync(join(projectRoot, 'node_modules/.bin/lit-localize'), [command, '--config', scratchConfig], {
          cwd: projectRoot,
          stdio: 'pipe',
        });
      run('extract');
      run('build');
    } finally {
      await rm(scratchConfig, { force: true });
    }

    const problems = [];
    const xliff = await filesIn(xliffDir);
    const extracted = await filesIn(join(scratch, 'xliff'));
    for (const name of differences(extracted, xliff, config.interchange.xliffDir.replace(/\/$/, ''))) {
      problems.push(`${name} is out of date with the msg() calls: run \`npm run i18n:extract\`, then translate.`);
    }
    for (const [name, text] of extracted) {
      for (const id of untranslated(text)) problems.push(`${name}: message "${id}" has no translation.`);
    }
    if (problems.length === 0) {
      const built = await filesIn(join(scratch, 'generated'));
      for (const name of differences(built, await filesIn(generatedDir), config.output.outputDir)) {
        problems.push(`${name} is out of date with the XLIFF: run \`npm run i18n:build\`.`);
      }
    }
    return problems;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = await checkLocalization();
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log('Localization: every message translated; XLIFF and generated modules up to date.');
}
