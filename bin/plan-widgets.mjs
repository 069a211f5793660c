#!/usr/bin/env node
// `npx plan-widgets`: checks a feed as the widget reads it, or writes the HTML fallback that goes
// inside <plan-summary>. The work is done by dist/lib/cli/ (src/cli/), with the widget's own parser.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { validateFeedText } from '../dist/lib/cli/validate.js';
import { fallbackHtml } from '../dist/lib/cli/fallback.js';
import { CLI_TEXT } from '../dist/lib/cli/messages.js';
import { parseFeedText } from '../dist/lib/feed/parse.js';
import { uiLocaleFor } from '../dist/lib/i18n/localize.js';

/** `zh_CN.UTF-8` → `zh-CN`; `C` and `POSIX` name no language. */
function systemLocale() {
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  const tag = env.split('.')[0].replace(/_/g, '-');
  return tag && tag !== 'C' && tag !== 'POSIX' ? tag : Intl.DateTimeFormat().resolvedOptions().locale;
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      json: { type: 'boolean' },
      priorities: { type: 'string' },
      'heading-level': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`${error.message}\n\n${CLI_TEXT[uiLocaleFor(systemLocale())].usage}`);
  process.exit(2);
}
const { values, positionals } = args;
const text = CLI_TEXT[uiLocaleFor(values.lang ?? systemLocale())];
const [command, file] = positionals;
if (values.help) {
  console.log(text.usage);
  process.exit(0);
}
if (!['validate', 'fallback'].includes(command) || file === undefined || positionals.length > 2) {
  console.error(text.usage);
  process.exit(2);
}

let source;
try {
  source = await readFile(file, 'utf8');
} catch (error) {
  console.error(text.unreadable(file, error.message));
  process.exit(2);
}
// A file saved by Windows Notepad starts with a byte order mark, which JSON does not allow.
source = source.replace(/^\uFEFF/, '');

const locale = uiLocaleFor(values.lang ?? systemLocale());
const { errors, warnings } = validateFeedText(source, locale);
if (command === 'validate' && values.json) {
  console.log(JSON.stringify({ file, valid: errors.length === 0, errors, warnings }, null, 2));
} else if (command === 'validate' || errors.length > 0) {
  const print = (label) => (problem) =>
    console.error(`${file}:${problem.line}:${problem.column} ${label} ${problem.path}: ${problem.message}`);
  errors.forEach(print(text.error));
  if (command === 'validate') warnings.forEach(print(text.warning));
  console.error(`${file}: ${errors.length > 0 ? text.invalid : text.valid}${text.counts(errors.length, warnings.length)}`);
}
if (command === 'fallback' && errors.length === 0) {
  const headingLevel = values['heading-level'] === undefined ? undefined : Number(values['heading-level']);
  const { feed } = parseFeedText(source, file);
  process.stdout.write(fallbackHtml(feed, { lang: values.lang, priorities: values.priorities, headingLevel }));
}
process.exit(errors.length > 0 ? 1 : 0);
