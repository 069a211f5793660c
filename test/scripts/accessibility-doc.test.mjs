// docs/accessibility.md names, for each WCAG criterion, the tests that prove it, on lines that start
// with "Tests:": `test/…/name.test.ts` followed by the titles of its tests in “…”. A file renamed or
// a test retitled or removed fails here, so the document cannot claim a proof that is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const doc = readFileSync(`${root}docs/accessibility.md`, 'utf8');

/**
 * The titles of the `describe` and `it` blocks of a test file, each as a pattern: a title written as a
 * template literal matches whatever its `${…}` stands for.
 */
function titlesOf(source) {
  const titles = [];
  for (const [, quote, body] of source.matchAll(/\b(?:describe|it|test)\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    const text = quote === '`' ? body : body.replace(/\\(.)/g, '$1');
    const pattern = text
      .split(/\$\{[^}]*\}/)
      .map((piece) => piece.replace(/\\`/g, '`').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+');
    titles.push(new RegExp(`^${pattern}$`));
  }
  return titles;
}

/** Each "Tests:" line's citations: the file, and the titles that follow it up to the next file. */
function citations() {
  const cited = [];
  for (const line of doc.split('\n').filter((text) => text.startsWith('Tests:'))) {
    let file;
    for (const [, path, title] of line.matchAll(/`(test\/[^`]+)`|“([^”]+)”/g)) {
      if (path !== undefined) {
        file = path;
        cited.push({ file, title: undefined });
      } else {
        assert.ok(file, `a title before any file: “${title}”`);
        cited.push({ file, title });
      }
    }
  }
  return cited;
}

test('docs/accessibility.md cites tests', () => {
  assert.ok(citations().filter(({ title }) => title !== undefined).length >= 40);
});

test('every test file docs/accessibility.md cites exists, and every test title it cites is in that file', () => {
  const missing = [];
  const sources = new Map();
  for (const { file, title } of citations()) {
    if (!sources.has(file))
      sources.set(file, existsSync(`${root}${file}`) ? titlesOf(readFileSync(`${root}${file}`, 'utf8')) : undefined);
    const titles = sources.get(file);
    if (titles === undefined) {
      if (title === undefined) missing.push(`no file ${file}`);
    } else if (title !== undefined && !titles.some((pattern) => pattern.test(title)))
      missing.push(`${file} has no test “${title}”`);
  }
  assert.deepEqual(missing, []);
});

test('every criterion of docs/accessibility.md says which tests prove it, or why none applies', () => {
  const sections = doc
    .split(/^### /m)
    .slice(1)
    .filter((section) => /^\d\.\d+\.\d+ /.test(section));
  assert.ok(sections.length >= 40, `${sections.length} criteria`);
  const unproved = sections
    .filter((section) => !/^Tests:/m.test(section) && !/^(Does not apply|Met without a test)\b/m.test(section))
    .map((section) => section.split('\n')[0]);
  assert.deepEqual(unproved, []);
});
