// A Vite plugin for both builds (vite.config.ts, vite.configurator.config.ts): the licences of what a
// bundle holds, and source maps without the bundled packages' sources.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The npm packages inside a chunk, from its module ids: `@scope/name` or `name`, with the folder the
 * module came from (the last node_modules/ of its path, as pnpm nests them).
 */
function bundledPackages(moduleIds: readonly string[]): [name: string, folder: string][] {
  return moduleIds.flatMap((id) => {
    const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(id);
    return match ? [[match[2]!, match[1]!]] : [];
  });
}

/**
 * Writes THIRD-PARTY-NOTICES.txt beside the bundles: this project's licence, then the LICENSE text of
 * every package the bundles (`bundles`, named in its introduction) hold, which their licences ask to
 * travel with the code; each bundle's first line names the file. Keeps the source maps to the
 * project's own sources (shipped in src/): the packages' sources are left out of them, as they weigh
 * four times the rest and are in node_modules for who needs them.
 */
export function licencesAndMaps(bundles: string): Plugin {
  return {
    name: 'licences-and-maps',
    apply: 'build',
    // The first line of every bundle names the file (after minification, which drops comments).
    outputOptions: (options) => ({ ...options, postBanner: '/*! See THIRD-PARTY-NOTICES.txt */' }),
    generateBundle(_options, bundle) {
      const packages = new Map<string, string>();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') bundledPackages(output.moduleIds).forEach(([name, folder]) => packages.set(name, folder));
      }
      const notices = [...packages.keys()].sort().map((name) => {
        const folder = packages.get(name)!;
        const file = readdirSync(folder).find((entry) => /^licen[cs]e(\.(md|txt))?$/i.test(entry));
        if (file === undefined) this.error(`${folder} has no LICENSE file to copy into THIRD-PARTY-NOTICES.txt.`);
        const licence = readFileSync(`${folder}/${file}`, 'utf8').trim();
        return `${name}\n${'-'.repeat(name.length)}\n\n${licence}\n`;
      });
      const own = readFileSync('LICENSE', 'utf8').trim();
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-NOTICES.txt',
        source: `plan-widgets\n------------\n\n${own}\n\n${bundles} also hold these packages, under their own licences:\n\n${notices.join('\n')}`,
      });
    },
    writeBundle(options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !output.fileName.endsWith('.js.map')) continue;
        const file = `${options.dir}/${output.fileName}`;
        const map = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
        map.sourcesContent = map.sources.map((source, index) =>
          source.includes('node_modules/') ? null : (map.sourcesContent?.[index] ?? null),
        );
        writeFileSync(file, JSON.stringify(map));
      }
    },
  };
}
