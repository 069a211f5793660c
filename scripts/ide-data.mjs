// Writes editor help from dist/custom-elements.json (after `cem analyze`): VS Code's HTML custom data
// (dist/vscode.html-custom-data.json, named in the settings' `html.customData`) and JetBrains'
// web-types (dist/web-types.json, found through package.json's "web-types"), so that an editor
// completes the three tags, their attributes and values, and describes each.
import { readFile, writeFile } from 'node:fs/promises';

const manifest = JSON.parse(await readFile('dist/custom-elements.json', 'utf8'));
const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** The values a type such as `'grid' | 'list'` allows, or none for an open type. */
const literals = (type = '') => {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  return parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
};
const isBoolean = (type = '') => type.trim() === 'boolean';
const describe = (element) => (element.summary ? `${element.description}\n\n${element.summary}` : element.description);

const vscode = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: { kind: 'markdown', value: describe(element) },
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = literals(attribute.type?.text);
      return {
        name: attribute.name,
        description: attribute.description ?? '',
        ...(isBoolean(attribute.type?.text) ? { valueSet: 'v' } : {}),
        ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
      };
    }),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: 'plan-widgets',
  version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: describe(element),
        attributes: (element.attributes ?? []).map((attribute) => {
          const values = literals(attribute.type?.text);
          return {
            name: attribute.name,
            description: attribute.description ?? '',
            value: isBoolean(attribute.type?.text)
              ? { kind: 'no-value' }
              : { kind: 'plain', type: values.length > 0 ? values.map((value) => `'${value}'`).join(' | ') : 'string' },
          };
        }),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
        js: {
          properties: (element.members ?? [])
            .filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public')
            .map((member) => ({ name: member.name, description: member.description ?? '', type: member.type?.text })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
        },
      })),
    },
  },
};

await writeFile('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
await writeFile('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
console.log('dist/vscode.html-custom-data.json, dist/web-types.json: written');
