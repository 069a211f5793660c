// Writes the embed page for sites whose editors can only place an iframe (docs/embed.md), after
// `vite build` has written dist/plan-widgets.js, which the page loads from beside it:
// dist/embed.html, dist/embed.css, dist/embed.js and dist/embed-parent.js, copied from src/embed/.
// The scripts are plain ES2019 as written, so they are shipped as they are (the parent script is
// quoted in docs/embed.md, line for line); this checks that Chromium 71 can parse them, and that the
// parent script stays within 15 lines. `node scripts/build-embed.mjs`
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parse } from 'acorn';

const source = new URL('../src/embed/', import.meta.url);
const dist = new URL('../dist/', import.meta.url);

if (!existsSync(new URL('plan-widgets.js', dist))) {
  console.error('build-embed: dist/plan-widgets.js is missing; the embed page loads it. Run `vite build` first.');
  process.exit(1);
}

const files = [
  { name: 'embed.html' },
  { name: 'embed.css' },
  { name: 'embed.js', sourceType: 'module' },
  { name: 'embed-parent.js', sourceType: 'script', maxLines: 15 },
];

let failed = false;
for (const { name, sourceType, maxLines } of files) {
  const text = await readFile(new URL(name, source), 'utf8');
  if (sourceType) {
    try {
      parse(text, { ecmaVersion: 2019, sourceType });
    } catch (error) {
      failed = true;
      console.error(`src/embed/${name}: not ES2019 (${error.message}): Chromium 71 could not run it.`);
    }
  }
  const lines = text.trimEnd().split('\n').length;
  if (maxLines !== undefined && lines > maxLines) {
    failed = true;
    console.error(`src/embed/${name}: ${lines} lines; sites paste it, and docs/embed.md promises at most ${maxLines}.`);
  }
  await writeFile(new URL(name, dist), text);
  console.log(`dist/${name}: ${Buffer.byteLength(text)} bytes`);
}
process.exit(failed ? 1 : 0);
