import { defineConfig } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinify } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import type { Template, TemplatePart } from '@lit-labs/rollup-plugin-minify-html-literals/lib/models.js';
import type { Plugin } from 'vite';
import { licencesAndMaps } from './scripts/third-party-notices';
import * as v from 'valibot';
import { toJsonSchema } from '@valibot/to-json-schema';
import type { JsonSchema } from '@valibot/to-json-schema';
import type { Field, ObjectField } from './src/feed/schema';
import {
  FEED,
  ID_PATTERN,
  STATUSES,
  isBoolean,
  isCalendarDate,
  isCalendarDateTime,
  isFeedVersion,
  isId,
  isNumber,
  isPercent,
  isPositive,
  isStatus,
  isStatusRule,
  isString,
  isText,
  TIME_SUFFIX,
} from './src/feed/schema';

/** The valibot schema of a field of src/feed/schema.ts, for `@valibot/to-json-schema`. */
function valibotSchema(field: Field): v.GenericSchema {
  switch (field.kind) {
    case 'list': {
      const array = v.pipe(v.array(valibotSchema(field.item)), v.maxLength(field.max));
      return field.emptyMessage === undefined ? array : v.pipe(array, v.minLength(1));
    }
    case 'object': {
      const { fields, required, defaults } = field as ObjectField;
      const entries = Object.fromEntries(
        Object.entries(fields).map(([key, value]) => {
          const schema = valibotSchema(value);
          return [key, required.includes(key) ? schema : v.optional(schema, defaults[key])];
        }),
      );
      return v.object(entries);
    }
    default:
      return v.custom(field.test, field.message);
  }
}

/** `YYYY-MM-DD` on a day that exists, as a regular expression: month lengths, and 29 February in leap years. */
const CALENDAR_DATE =
  '(\\d{4}-((0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])|(0[469]|11)-(0[1-9]|[12]\\d|30)|02-(0[1-9]|1\\d|2[0-8]))' +
  '|(\\d{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)';

/**
 * What each test of a single value (a leaf of schema.ts, a `v.custom` once built) means in
 * JSON Schema. A test missing here fails the build: `toJsonSchema` cannot convert a bare custom.
 */
const leaves = new Map<unknown, JsonSchema>([
  [
    isText,
    {
      anyOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: 'string' }, minProperties: 1 }],
      description: 'A string, or an object from BCP 47 language tags to strings.',
    },
  ],
  [isCalendarDate, { type: 'string', format: 'date' }],
  // JSON Schema's own date-time format wants seconds and a zone, which the feed does not: the day is
  // checked by a pattern that knows month lengths and leap years, and the time by the runtime's.
  [isCalendarDateTime, { type: 'string', pattern: `^${CALENDAR_DATE}${TIME_SUFFIX.source.slice(1)}` }],
  [isId, { type: 'string', pattern: ID_PATTERN }],
  [isStatus, { enum: [...STATUSES], type: 'string' }],
  [isPercent, { type: 'number', minimum: 0, maximum: 100 }],
  [isPositive, { type: 'number', exclusiveMinimum: 0 }],
  [isNumber, { type: 'number' }],
  [isBoolean, { type: 'boolean' }],
  [isString, { type: 'string' }],
  [isFeedVersion, { const: 1 }],
  [
    isStatusRule,
    {
      oneOf: [
        { basis: 'ratio', thresholds: ['onTrack', 'atRisk'] },
        { basis: 'points', thresholds: ['atRisk', 'offTrack'] },
      ].map(({ basis, thresholds }) => ({
        type: 'object',
        properties: {
          basis: { const: basis },
          ...Object.fromEntries(thresholds.map((name) => [name, { type: 'number', minimum: 0, maximum: 100 }])),
        },
        required: ['basis', ...thresholds],
      })),
      description: 'How statuses are derived; "atRisk" is no greater than the other threshold.',
    },
  ],
]);

/** Writes dist/plan-feed.schema.json from the table of fields the widget validates with. */
function feedSchema(): Plugin {
  return {
    name: 'plan-feed-schema',
    apply: 'build',
    generateBundle(options) {
      if (options.format !== 'es') return;
      const { $schema, ...definition } = toJsonSchema(valibotSchema(FEED), {
        target: 'draft-2020-12',
        errorMode: 'throw',
        overrideSchema: ({ valibotSchema: schema }) => ('check' in schema ? leaves.get(schema.check) : undefined),
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

/** Templates tagged `staticHtml`: lit/static-html.js's `html`, imported under that name. */
const isStaticHtml = (template: Template) => template.tag === 'staticHtml';

function lettersOnlyPlaceholder(parts: TemplatePart[]): string {
  let placeholder = 'litstatic';
  while (parts.some((part) => part.text.includes(placeholder))) placeholder += 'x';
  return placeholder;
}

export default defineConfig({
  plugins: [
    minifyHtmlLiterals({
      failOnError: true,
      options: {
        shouldMinify: (template: Template) => !isStaticHtml(template) && defaultShouldMinify(template),
        minifyOptions: { minifyCSS: { targets: { chrome: 71 << 16, firefox: 115 << 16 } } },
      },
    }),
    // A template of lit/static-html.js has an expression where a tag name goes (a card's heading),
    // where the default placeholder, made to pass as CSS too, is no valid HTML: letters stand in. (Its
    // options type takes no CSS targets with a strategy of one's own: such a template holds no CSS.)
    minifyHtmlLiterals({
      failOnError: true,
      options: {
        shouldMinify: isStaticHtml,
        shouldMinifyCSS: () => false,
        strategy: { ...defaultStrategy, getPlaceholder: lettersOnlyPlaceholder },
      },
    }),
    feedSchema(),
    licencesAndMaps('plan-widgets.js and plan-widgets.iife.js'),
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
      // The bundle takes only `str` from @lit/localize (src/i18n/localize.ts says why); its other
      // modules run set-up code at load that nothing here uses.
      treeshake: { moduleSideEffects: (id) => !id.includes('/@lit/localize/') },
      output: {
        minify: true,
        codeSplitting: false,
        comments: false,
      },
    },
  },
});
