import { defineConfig } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import type { Plugin } from 'vite';
import { toJsonSchema } from '@valibot/to-json-schema';
import type { JsonSchema } from '@valibot/to-json-schema';
import { FeedSchema, isCalendarDate, isCalendarDateTime, isNonEmpty, isPercent, isPositive, isText } from './src/feed/schema';

/** What the schema's own checks (plain functions, small in the bundle) mean in JSON Schema. */
const checks = new Map<unknown, JsonSchema>([
  [isCalendarDate, { format: 'date' }],
  [isCalendarDateTime, { pattern: '^\\d{4}-\\d{2}-\\d{2}(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?$' }],
  [isPercent, { minimum: 0, maximum: 100 }],
  [isPositive, { exclusiveMinimum: 0 }],
  [isNonEmpty, { minItems: 1 }],
]);

/** Writes dist/plan-feed.schema.json from the valibot schema the widget validates with. */
function feedSchema(): Plugin {
  return {
    name: 'plan-feed-schema',
    apply: 'build',
    generateBundle(options) {
      if (options.format !== 'es') return;
      const { $schema, ...definition } = toJsonSchema(FeedSchema, {
        target: 'draft-2020-12',
        errorMode: 'throw',
        overrideSchema: ({ valibotSchema }) =>
          'check' in valibotSchema && valibotSchema.check === isText
            ? {
                anyOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: 'string' }, minProperties: 1 }],
                description: 'A string, or an object from BCP 47 language tags to strings.',
              }
            : undefined,
        overrideAction: ({ valibotAction, jsonSchema }) => {
          const check = 'requirement' in valibotAction ? checks.get(valibotAction.requirement) : undefined;
          return check === undefined ? undefined : { ...jsonSchema, ...check };
        },
      });
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
