// Checks what `npm run build` made: the size budget, ES2019 syntax for older Chromium engines, no
// third-party requests, the licences of what the bundles hold, source maps without package
// sources, a JSON Schema that accepts the demo feeds and refuses a broken one, and the package as
// npm would publish it: publint (every message fails, suggestions too) and Are the Types
// Wrong (types for every export subpath, resolved as Node 16+ ESM and as bundlers do; offline).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'acorn';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

// GNU gzip -9, as the budget is quoted: Node's zlib packs this bundle some 300 bytes larger.
const gzipBytes = (file) => execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 26 }).length;

// 27.5 KB: Lit (about 6.4 KB of it), both translations (1 KB) and every feature the feed format v1.1
// promises (toolbar text, the saved copy, notices, trends, the editor's messages, status rules, the
// headline of counts and its filter, time nodes, links seen by the page) must fit in it, with the
// closed details of cards rendered in later tasks (src/elements/later.ts, about 280 bytes), which
// makes the first paint sooner and no task long.
const BUDGET = 27.5 * 1024;
const bundles = [
  { file: 'dist/plan-widgets.js', sourceType: 'module', budget: BUDGET },
  { file: 'dist/plan-widgets.iife.js', sourceType: 'script' },
];

// Lit's BSD-3-Clause licence asks that its notice travel with the code: the bundles name the file.
const notices = await readFile('dist/THIRD-PARTY-NOTICES.txt', 'utf8');

let failed = false;
for (const { file, sourceType, budget } of bundles) {
  const code = await readFile(file, 'utf8');
  const gzip = gzipBytes(file);
  const over = budget !== undefined && gzip > budget;
  failed ||= over;
  console.log(
    `${file}: ${code.length} bytes minified, ${gzip} bytes gzip${budget ? ` (budget ${budget})` : ''}${over ? ' — OVER BUDGET' : ''}`,
  );
  try {
    parse(code, { ecmaVersion: 2019, sourceType });
  } catch (error) {
    failed = true;
    console.error(`${file}: not ES2019 (${error.message}): Chromium 71 could not run it.`);
  }
  if (!code.startsWith('/*! See THIRD-PARTY-NOTICES.txt */')) {
    failed = true;
    console.error(`${file}: the comment naming THIRD-PARTY-NOTICES.txt is not at its top.`);
  }
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
  const bundled = [...new Set(map.sources.map((source) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1]))];
  const unnoticed = bundled.filter((name) => name && !notices.includes(`\n${name}\n${'-'.repeat(name.length)}\n`));
  const embedded = map.sources.filter((source, index) => source.includes('node_modules/') && map.sourcesContent?.[index]);
  const ownMissing = map.sources.filter((source, index) => source.includes('/src/') && !map.sourcesContent?.[index]);
  if (unnoticed.length > 0 || embedded.length > 0 || ownMissing.length > 0) {
    failed = true;
    console.error(
      `${file}: packages without their licence in THIRD-PARTY-NOTICES.txt: ${unnoticed.join(', ') || 'none'}; ` +
        `package sources embedded in its map: ${embedded.length}; own sources missing from it: ${ownMissing.length}.`,
    );
  }
  const external = code.match(/\b(?:import\s*\(|from\s*)["'`](?:https?:)?\/\//);
  if (external) {
    failed = true;
    console.error(`${file}: loads code from another site (${external[0]}).`);
  }
}
const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));
const schema = await readJson('dist/plan-feed.schema.json');
if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema') {
  failed = true;
  console.error(`dist/plan-feed.schema.json: $schema is ${schema.$schema}, not draft 2020-12.`);
}
const validate = addFormats(new Ajv2020({ allErrors: true })).compile(schema);
for (const file of ['demo/feeds/hanbin-2023-autumn.json', 'demo/feeds/riverton-2026-27.json']) {
  if (!validate(await readJson(file))) {
    failed = true;
    console.error(`${file} breaks dist/plan-feed.schema.json:`, validate.errors);
  }
}
const broken = { version: 1, plan: { title: 'x' }, priorities: [{ id: 'Bad id', title: 'x', progress: 101 }] };
if (validate(broken) || validate.errors.length !== 2) {
  failed = true;
  console.error('dist/plan-feed.schema.json accepts a feed with a bad id and progress over 100.');
} else {
  console.log('dist/plan-feed.schema.json: accepts the demo feeds, refuses a broken one');
}

const lint = await publint({ pkgDir: '.', level: 'suggestion', strict: true, pack: 'npm' });
for (const message of lint.messages) console.error(`publint (${message.type}): ${formatMessage(message, lint.pkg)}`);
failed ||= lint.messages.length > 0;
if (lint.messages.length === 0) console.log('publint: no errors, warnings or suggestions');

// attw packs the project itself (`npm pack`, no network). The package is ESM only ("type": "module",
// no "require" condition), so the esm-only profile: Node 16+ from ESM and bundlers must resolve, with
// types; require() from CommonJS and the pre-exports node10 resolution are not offered.
const require = createRequire(import.meta.url);
const attwPackage = require.resolve('@arethetypeswrong/cli/package.json');
const attw = join(dirname(attwPackage), require(attwPackage).bin.attw);
try {
  execFileSync(process.execPath, [attw, '--pack', '.', '--profile', 'esm-only', '--format', 'ascii'], {
    stdio: 'pipe',
    encoding: 'utf8',
  });
  console.log('attw: every export subpath resolves, with types, under node16 (ESM) and bundler');
} catch (error) {
  failed = true;
  console.error(`attw found problems:\n${error.stdout}${error.stderr}`);
}
process.exit(failed ? 1 : 0);
