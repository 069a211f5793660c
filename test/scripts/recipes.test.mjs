// The React and Vue recipes of docs/recipes.md are the files the framework apps of test/frameworks/
// build and run (npm run test:frameworks), word for word: a recipe that drifts from them fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');

/** The code block that follows `<!-- recipe: name -->` in docs/recipes.md. */
function recipe(name) {
  const match = new RegExp(`<!-- recipe: ${name} -->\\s*\`\`\`\\w*\\n([^]*?)\`\`\``).exec(read('docs/recipes.md'));
  assert.ok(match, `docs/recipes.md has no recipe "${name}"`);
  return match[1];
}

for (const [name, file] of [
  ['react', 'test/frameworks/react/src/Plan.tsx'],
  ['vue', 'test/frameworks/vue/src/Plan.vue'],
  ['vue-config', 'test/frameworks/vue/vite.config.ts'],
]) {
  test(`the ${name} recipe is ${file}`, () => {
    assert.equal(recipe(name), read(file));
  });
}
