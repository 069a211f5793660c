#!/usr/bin/env node
// `npx plan-widgets`: checks a feed as the widget reads it, writes the HTML fallback that goes inside
// <plan-summary>, and reads a feed from a spreadsheet or writes one as a spreadsheet
// (docs/spreadsheet.md). The work is done by dist/lib/cli/ (src/cli/), with the widget's own parser;
// this file only reads and writes the files.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

// The package ships dist/; a clone of the repository has it once `npm run build` has run.
if (!existsSync(new URL('../dist/lib/cli/', import.meta.url))) {
  console.error('plan-widgets: dist/lib/ is missing; in a clone of the repository, run `npm run build` first.');
  process.exit(2);
}
const [
  { validateFeedText },
  { fallbackHtml },
  { CLI_TEXT },
  { feedText, importWorkbook },
  { exportFeed },
  { fileErrorMessage, readSheets, writeCsv, writeXlsx },
  { parseFeedText },
  { uiLocaleFor },
] = await Promise.all([
  import('../dist/lib/cli/validate.js'),
  import('../dist/lib/cli/fallback.js'),
  import('../dist/lib/cli/messages.js'),
  import('../dist/lib/cli/sheet-import.js'),
  import('../dist/lib/cli/sheet-export.js'),
  import('../dist/lib/cli/sheet-files.js'),
  import('../dist/lib/feed/parse.js'),
  import('../dist/lib/i18n/localize.js'),
]);

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
      output: { type: 'string', short: 'o' },
      csv: { type: 'boolean' },
      encoding: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`${error.message}\n\n${CLI_TEXT[uiLocaleFor(systemLocale())].usage}`);
  process.exit(2);
}
const { values, positionals } = args;
// `--lang zh_TW` as the system's variables write it, or `zh-TW`.
const locale = uiLocaleFor((values.lang ?? systemLocale()).replace(/_/g, '-'));
const text = CLI_TEXT[locale];
const [command, file, ...more] = positionals;
if (values.help) {
  console.log(text.usage);
  process.exit(0);
}
/** The options each command takes, besides --lang and --help: any other is a usage error. */
const OPTIONS = {
  validate: ['json'],
  fallback: ['priorities', 'heading-level', 'output'],
  import: ['output', 'encoding'],
  export: ['output', 'csv'],
};
const takesOneFile = ['validate', 'fallback', 'export'].includes(command);
const foreign = Object.keys(values).filter((name) => name !== 'lang' && !(OPTIONS[command] ?? []).includes(name));
const headingLevel = values['heading-level'] === undefined ? undefined : Number(values['heading-level']);
if (
  !(command in OPTIONS) ||
  file === undefined ||
  (takesOneFile && more.length > 0) ||
  foreign.length > 0 ||
  (headingLevel !== undefined && !(Number.isInteger(headingLevel) && headingLevel >= 1 && headingLevel <= 6))
) {
  console.error(text.usage);
  process.exit(2);
}
try {
  // A label TextDecoder does not know (`--encoding gbk` is known; `--encoding chinese` is not).
  if (values.encoding !== undefined) new TextDecoder(values.encoding);
} catch (error) {
  console.error(`${error.message}\n\n${text.usage}`);
  process.exit(2);
}

/** The bytes of `path`, or exit 2 saying why it cannot be read. */
async function read(path) {
  try {
    return await readFile(path);
  } catch (error) {
    console.error(text.unreadable(path, error.message));
    process.exit(2);
  }
}

/** Writes `content` to `path`, or exits 2 saying why it cannot. */
async function write(path, content) {
  try {
    await writeFile(path, content);
  } catch (error) {
    console.error(text.unwritable(path, error.message));
    process.exit(2);
  }
}

/** `plan-widgets import`: spreadsheet files (a workbook, CSV files, or a folder of them) to a feed. */
async function importCommand(paths) {
  const files = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      // A folder's sheets: its .csv and .xlsx files (not a README beside them, nor Excel's ~$ lock file).
      const names = (await readdir(path)).filter((name) => /\.(csv|xlsx)$/i.test(name) && !name.startsWith('~$')).sort();
      files.push(...names.map((name) => join(path, name)));
    } else files.push(path);
  }
  const given = [];
  for (const name of files) given.push({ name, bytes: await read(name) });
  const { workbook, fileOf, unreadable } = await readSheets(given, values.encoding);
  if (unreadable.length > 0) {
    for (const { name, error } of unreadable) console.error(`${name}: ${fileErrorMessage(error, locale)}`);
    process.exitCode = 1;
    return;
  }
  const { sheets } = workbook;
  const { feed, problems } = importWorkbook(workbook, { locale });
  if (problems.length > 0) {
    const fileOfProblem = (problem) => fileOf.get(sheets.find((sheet) => sheet.name === problem.sheet)) ?? paths[0];
    for (const problem of problems) console.error(`${fileOfProblem(problem)}: ${problem.text}`);
    console.error(`${paths.join(' ')}: ${text.notImported(problems.length)}`);
    process.exitCode = 1;
    return;
  }
  const json = feedText(feed);
  if (values.output === undefined) process.stdout.write(json);
  else await write(values.output, json);
}

/** `plan-widgets export`: a feed to an .xlsx workbook, or to CSV files in a folder. */
async function exportCommand(path, source) {
  const workbook = exportFeed(JSON.parse(source), { locale });
  for (const warning of workbook.warnings) console.error(`${path}: ${warning}`);
  if (values.csv) {
    if (values.output === undefined) {
      console.error(text.csvNeedsFolder);
      process.exitCode = 2;
      return;
    }
    await mkdir(values.output, { recursive: true }).catch((error) => {
      console.error(text.unwritable(values.output, error.message));
      process.exit(2);
    });
    for (const sheet of workbook.sheets) await write(join(values.output, `${sheet.name}.csv`), writeCsv(sheet));
    return;
  }
  if (values.output === undefined && process.stdout.isTTY) {
    console.error(text.binaryToTerminal);
    process.exitCode = 2;
    return;
  }
  const bytes = await writeXlsx(workbook.sheets);
  if (values.output === undefined) process.stdout.write(bytes);
  else await write(values.output, bytes);
}

if (command === 'import') {
  await importCommand([file, ...more]);
} else {
  // A file saved by Windows Notepad starts with a byte order mark, which JSON does not allow.
  const source = (await read(file)).toString('utf8').replace(/^\uFEFF/, '');
  const { errors, warnings, omitted, omittedMessage } = validateFeedText(source, locale);
  if (command === 'validate' && values.json) {
    console.log(JSON.stringify({ file, valid: errors.length === 0, errors, warnings, omitted }, null, 2));
  } else if (command === 'validate' || errors.length > 0 || warnings.length > 0) {
    const print = (label) => (problem) =>
      console.error(`${file}:${problem.line}:${problem.column} ${label} ${problem.path}: ${problem.message}`);
    errors.forEach(print(text.error));
    if (command !== 'fallback') warnings.forEach(print(text.warning));
    // The validator lists 200 problems; the rest are of the same kind, counted with the listed ones.
    if (omitted > 0 && (errors.length > 0 || command !== 'fallback')) {
      console.error(`${file}: ${omittedMessage}`);
    }
    if (command === 'validate' || errors.length > 0) {
      const [errorCount, warningCount] = errors.length > 0 ? [errors.length + omitted, 0] : [0, warnings.length + omitted];
      console.error(`${file}: ${errors.length > 0 ? text.invalid : text.valid}${text.counts(errorCount, warningCount)}`);
    }
  }
  if (errors.length > 0) process.exitCode = 1;
  else if (command === 'fallback') {
    const { feed } = parseFeedText(source, file);
    const html = fallbackHtml(feed, { lang: values.lang, priorities: values.priorities, headingLevel });
    if (values.output === undefined) process.stdout.write(html);
    else await write(values.output, html);
  } else if (command === 'export') await exportCommand(file, source);
}
