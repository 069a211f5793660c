// The configurator's own build, after the widget's (`vite build -c vite.configurator.config.ts`), into
// dist/configurator/: configurator.js (its Lit elements, the widget it previews, the validator of
// src/cli); spreadsheet-[hash].js, the spreadsheet import (src/configurator/spreadsheet.ts, with
// read-excel-file, papaparse and fflate), which configurator.js loads with import() only when an
// editor gives it a spreadsheet; index.html, written from demo/configurator.html; and templates/, a
// copy of the spreadsheet templates it links to. A site hosts the folder next to plan-widgets.js;
// plan-widgets.js itself holds none of it.
import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { licencesAndMaps } from './scripts/third-party-notices';
import { CSV_TEMPLATES, TEMPLATE_FILES } from './src/configurator/templates';

const DEMO_PAGE = 'demo/configurator.html';
const DEMO_SCRIPT = '../dist/configurator/configurator.js';
const SPREADSHEET = 'src/configurator/spreadsheet.ts';
const DEMO_TEMPLATES = 'name="plan-widgets-templates" content="../templates/"';

/**
 * Writes index.html (the demo page, loading the script from beside it, naming the folder above as
 * the widget's and templates/ beside it as the templates'), and copies the templates there; fails the
 * build when the page or the script would load anything from another origin, when a template is
 * missing or templates/csv/ holds one the configurator does not link, and when the spreadsheet code
 * is not a chunk of its own, loaded by configurator.js only on demand.
 */
function configuratorPage(): Plugin {
  return {
    name: 'configurator-page',
    apply: 'build',
    generateBundle(_options, bundle) {
      const demo = readFileSync(DEMO_PAGE, 'utf8');
      if (
        !demo.includes(`src="${DEMO_SCRIPT}"`) ||
        !demo.includes('name="plan-widgets-folder" content="../dist/"') ||
        !demo.includes(DEMO_TEMPLATES)
      ) {
        this.error(
          `${DEMO_PAGE} no longer loads ${DEMO_SCRIPT}, names ../dist/ as the widget's folder or ../templates/ as the templates': update this build.`,
        );
      }
      const page = demo
        .replace(`src="${DEMO_SCRIPT}"`, 'src="configurator.js"')
        .replace('name="plan-widgets-folder" content="../dist/"', 'name="plan-widgets-folder" content="../"')
        .replace(DEMO_TEMPLATES, 'name="plan-widgets-templates" content="templates/"');
      const external = /\b(?:src|href)="(?:https?:)?\/\//.exec(page);
      if (external) this.error(`${DEMO_PAGE} loads from another origin (${external[0]}).`);
      this.emitFile({ type: 'asset', fileName: 'index.html', source: page });

      const csv = readdirSync('templates/csv').filter((name) => name.endsWith('.csv'));
      const unlinked = csv.filter((name) => !CSV_TEMPLATES.includes(`csv/${name}`));
      if (unlinked.length > 0)
        this.error(`templates/csv/ holds ${unlinked.join(', ')}, which src/configurator/templates.ts does not list.`);
      for (const path of TEMPLATE_FILES) {
        let source: Uint8Array;
        try {
          source = readFileSync(`templates/${path}`);
        } catch {
          this.error(`templates/${path}, which the configurator links to, is missing.`);
        }
        this.emitFile({ type: 'asset', fileName: `templates/${path}`, source });
      }

      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      for (const output of chunks) {
        const imports = /\b(?:import\s*\(|from\s*|import\s*)["'`](?:https?:)?\/\//.exec(output.code);
        if (imports) this.error(`${output.fileName} imports from another origin (${imports[0]}).`);
      }
      const entry = chunks.find((output) => output.fileName === 'configurator.js');
      const sheets = chunks.find((output) => output.isDynamicEntry && output.moduleIds.some((id) => id.endsWith(SPREADSHEET)));
      if (
        entry === undefined ||
        sheets === undefined ||
        entry.moduleIds.some((id) => id.includes('/node_modules/read-excel-file/') || id.includes('/src/cli/sheet-')) ||
        !entry.dynamicImports.includes(sheets.fileName) ||
        entry.imports.includes(sheets.fileName)
      ) {
        this.error(`${SPREADSHEET} must be a chunk of its own, which configurator.js loads only with import().`);
      }
    },
  };
}

export default defineConfig({
  plugins: [configuratorPage(), licencesAndMaps('configurator.js and spreadsheet-*.js')],
  build: {
    // Editors use current browsers; the widget's own ES2019 keeps it parseable anywhere it is.
    target: 'es2019',
    outDir: 'dist/configurator',
    emptyOutDir: true,
    // No map: it would hold the sources of the widget and the configurator again, 385 kB of the package.
    sourcemap: false,
    lib: {
      entry: 'src/configurator/main.ts',
      formats: ['es'],
      fileName: () => 'configurator.js',
    },
    rolldownOptions: {
      // As the widget's build: only `str` is taken from @lit/localize (src/i18n/localize.ts says why).
      treeshake: { moduleSideEffects: (id) => !id.includes('/@lit/localize/') },
      // configurator.js exports nothing of its own (lib mode keeps an entry's exports strictly), so it
      // may export what the spreadsheet chunk shares with it (the validator): no third, common chunk.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        // The spreadsheet import is a chunk of its own (spreadsheet-[hash].js, loaded on demand); the
        // hash keeps it and configurator.js from two builds apart in a cache.
        chunkFileNames: '[name]-[hash].js',
        comments: false,
      },
    },
  },
});
