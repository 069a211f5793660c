// The configurator's own build, after the widget's (`vite build -c vite.configurator.config.ts`): one
// self-contained script, dist/configurator/configurator.js (its Lit elements, the widget it previews,
// the validator of src/cli), and dist/configurator/index.html, written from demo/configurator.html.
// A site hosts the folder next to plan-widgets.js; plan-widgets.js itself holds none of it.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { licencesAndMaps } from './scripts/third-party-notices';

const DEMO_PAGE = 'demo/configurator.html';
const DEMO_SCRIPT = '../dist/configurator/configurator.js';

/**
 * Writes index.html (the demo page, loading the script from beside it and naming the folder above as
 * the widget's); fails the build when the page or the script would load anything from another origin.
 */
function configuratorPage(): Plugin {
  return {
    name: 'configurator-page',
    apply: 'build',
    generateBundle(_options, bundle) {
      const demo = readFileSync(DEMO_PAGE, 'utf8');
      if (!demo.includes(`src="${DEMO_SCRIPT}"`) || !demo.includes('name="plan-widgets-folder" content="../dist/"')) {
        this.error(`${DEMO_PAGE} no longer loads ${DEMO_SCRIPT} or names ../dist/ as the widget's folder: update this build.`);
      }
      const page = demo
        .replace(`src="${DEMO_SCRIPT}"`, 'src="configurator.js"')
        .replace('name="plan-widgets-folder" content="../dist/"', 'name="plan-widgets-folder" content="../"');
      const external = /\b(?:src|href)="(?:https?:)?\/\//.exec(page);
      if (external) this.error(`${DEMO_PAGE} loads from another origin (${external[0]}).`);
      this.emitFile({ type: 'asset', fileName: 'index.html', source: page });

      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const imports = /\b(?:import\s*\(|from\s*|import\s*)["'`](?:https?:)?\/\//.exec(output.code);
        if (imports) this.error(`${output.fileName} imports from another origin (${imports[0]}).`);
      }
    },
  };
}

export default defineConfig({
  plugins: [configuratorPage(), licencesAndMaps('configurator.js')],
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
      output: {
        minify: true,
        codeSplitting: false,
        comments: false,
        postBanner: '/*! See THIRD-PARTY-NOTICES.txt */',
      },
    },
  },
});
