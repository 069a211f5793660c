import { defineConfig } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import type { Plugin } from 'vite';
import { toJsonSchema } from '@valibot/to-json-schema';
import { FeedSchema } from './src/feed/schema';

/** Writes dist/plan-feed.schema.json from the valibot schema the widget validates with. */
function feedSchema(): Plugin {
  return {
    name: 'plan-feed-schema',
    apply: 'build',
    generateBundle(options) {
      if (options.format !== 'es') return;
      const { $schema, ...definition } = toJsonSchema(FeedSchema, { target: 'draft-2020-12', errorMode: 'throw' });
      const schema = {
        $schema,
        title: 'plan-widgets feed, version 1',
        description: 'A yearly plan and its priorities, read by <plan-summary>.',
        ...definition,
      };
      this.emitFile({
        type: 'asset',
        fileName: 'plan-feed.schema.json',
        source: `${JSON.stringify(schema, null, 2)}\n`,
      });
    },
  };
}

export default defineConfig({
  plugins: [
    minifyHtmlLiterals({
      failOnError: true,
      options: { minifyOptions: { minifyCSS: { targets: { chrome: 71 << 16, firefox: 115 << 16 } } } },
    }),
    feedSchema(),
  ],
  build: {
    // Chromium 71 (WeChat and vendor browsers) must parse the bundles: Lit's ES2021 is lowered too.
    target: 'es2019',
    outDir: 'dist',
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      name: 'PlanWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'plan-widgets.js' : 'plan-widgets.iife.js'),
    },
    rolldownOptions: {
      output: { minify: true, codeSplitting: false, comments: false },
    },
  },
});
