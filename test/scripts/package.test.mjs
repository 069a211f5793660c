// Node tests of the package as npm would publish it (after `npm run build`): every entry imports in
// Node without a DOM, as an SSR framework's server pass does, and the Custom Elements Manifest names
// files that exist and types that the package exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const manifest = JSON.parse(readFileSync(`${root}dist/custom-elements.json`, 'utf8'));

/** The export subpaths that lead to JavaScript (not JSON), as `plan-widgets/…` specifiers. */
const entries = Object.entries(packageJson.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([subpath]) => (subpath === '.' ? 'plan-widgets' : `plan-widgets/${subpath.slice(2)}`))
  .map((specifier) => specifier.replace('*', 'plan-summary'));

for (const specifier of entries) {
  test(`${specifier} imports in Node, where there is no DOM`, () => {
    // A process of its own for each, so that one entry's globals cannot help another.
    // The classic script exports nothing and sets the global PlanWidgets; every other entry exports the classes.
    const classes = specifier.endsWith('.iife.js') ? 'globalThis.PlanWidgets' : 'module';
    const script = `const module = await import('${specifier}'); if (!${classes}?.PlanSummary) throw new Error('no PlanSummary');`;
    const { status, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(status, 0, stderr.match(/\w*Error: .*/)?.[0] ?? stderr);
  });
}

test('Node resolves the bundles to the modular entry; browsers and bundlers get the bundles', () => {
  for (const bundle of ['./plan-widgets.js', './plan-widgets.iife.js']) {
    const conditions = Object.keys(packageJson.exports[bundle]);
    assert.ok(conditions.indexOf('node') < conditions.indexOf('default'), `${bundle}: "node" must come before "default"`);
    assert.match(packageJson.exports[bundle].node, /^\.\/dist\/(lib\/index|plan-widgets\.iife\.node)\.js$/);
    assert.equal(packageJson.exports[bundle].default, `./dist${bundle.slice(1)}`);
  }
});

test('the manifest names published modules that exist', () => {
  const modules = [];
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') modules.push(value);
        else visit(value);
      }
    }
  };
  visit(manifest.modules);
  assert.ok(modules.length >= 8);
  for (const path of new Set(modules)) {
    assert.match(path, /^dist\/lib\/.*\.js$/);
    assert.ok(existsSync(`${root}${path}`), `${path} is not in the package`);
  }
});

test('every event in the manifest has a type the package exports', () => {
  const declarations = readFileSync(`${root}dist/lib/index.d.ts`, 'utf8');
  const events = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => d.events ?? []);
  assert.deepEqual([...new Set(events.map((event) => event.name))].sort(), [
    'plan-error',
    'plan-filter',
    'plan-language',
    'plan-load',
    'plan-toggle',
    'plan-toggle-request',
  ]);
  for (const event of events) {
    assert.ok(event.type?.text, `${event.name} has no type`);
    assert.match(declarations, new RegExp(`\\b${event.type.text}\\b`), `${event.type.text} is not exported`);
  }
});

test("the editors' data (VS Code custom data, JetBrains web-types) has each element's attributes from the manifest", () => {
  const vscode = JSON.parse(readFileSync(`${root}dist/vscode.html-custom-data.json`, 'utf8'));
  const webTypes = JSON.parse(readFileSync(`${root}dist/web-types.json`, 'utf8'));
  assert.equal(packageJson['web-types'], './dist/web-types.json');
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  assert.equal(elements.length, 3);
  for (const element of elements) {
    const attributes = element.attributes.map((attribute) => attribute.name).sort();
    const tag = vscode.tags.find((t) => t.name === element.tagName);
    const webType = webTypes.contributions.html.elements.find((e) => e.name === element.tagName);
    assert.deepEqual(tag.attributes.map((attribute) => attribute.name).sort(), attributes);
    assert.deepEqual(webType.attributes.map((attribute) => attribute.name).sort(), attributes);
    assert.deepEqual(
      webType.events.map((event) => event.name),
      (element.events ?? []).map((event) => event.name),
    );
  }
  const layout = vscode.tags.find((t) => t.name === 'plan-summary').attributes.find((a) => a.name === 'layout');
  assert.deepEqual(layout.values, [{ name: 'grid' }, { name: 'list' }]);
});
