// A Vite plugin for both builds (vite.config.ts, vite.configurator.config.ts): the licences of what a
// bundle holds, and source maps without the bundled packages' sources.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The npm packages inside a chunk, from its module ids: `@scope/name` or `name`. */
function bundledPackages(moduleIds: readonly string[]): string[] {
  const names = moduleIds.map((id) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1]);
  return names.filter((name): name is string => name !== undefined);
}

/**
 * Writes THIRD-PARTY-NOTICES.txt beside the bundles: this project's licence, then the LICENSE text of
 * every package the bundles (`bundles`, named in its introduction) hold, which their licences ask to
 * travel with the code; the bundles' first line names the file. Keeps the source maps to the
 * project's own sources (shipped in src/): the packages' sources are left out of them, as they weigh
 * four times the rest and are in node_modules for who needs them.
 */
export function licencesAndMaps(bundles: string): Plugin {
  return {
    name: 'licences-and-maps',
    apply: 'build',
    generateBundle(_options, bundle) {
      const packages = new Set<string>();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') bundledPackages(output.moduleIds).forEach((name) => packages.add(name));
      }
      const notices = [...packages].sort().map((name) => {
        const file = readdirSync(`node_modules/${name}`).find((entry) => /^licen[cs]e(\.(md|txt))?$/i.test(entry));
        if (file === undefined) this.error(`node_modules/${name} has no LICENSE file to copy into THIRD-PARTY-NOTICES.txt.`);
        const licence = readFileSync(`node_modules/${name}/${file}`, 'utf8').trim();
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
