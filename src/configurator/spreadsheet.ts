/**
 * The configurator's spreadsheet import: `plan-widgets import` in the browser, with the same code
 * (src/cli/sheet-files.ts reads the files, src/cli/sheet-import.ts the cells, in the layout of
 * docs/spreadsheet.md). The configurator loads this module with `import()` only when it is given a
 * spreadsheet: it is its own file in dist/configurator/ (spreadsheet.js), with read-excel-file,
 * papaparse and fflate, which neither configurator.js nor plan-widgets.js holds.
 */
import { feedText, importWorkbook } from '../cli/sheet-import.js';
import type { RawSheet, SheetProblem, Workbook } from '../cli/sheet-import.js';
import { SheetFileError, decodeCsv, readCsv, readXlsx } from '../cli/sheet-files.js';
import { SHEET_MESSAGES } from '../cli/sheet-messages.js';
import type { UiLocale } from '../i18n/localize.js';

/** A file given to the import: its name and its bytes. */
export interface SpreadsheetFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One problem: where it is (`priorities!D7`, a sheet, a file's name; '' for the workbook) and what is wrong. */
export interface SpreadsheetProblem {
  readonly where: string;
  readonly message: string;
}

/** What an import gives: the feed's JSON text, or its problems in any of the interface languages. */
export type SpreadsheetImport =
  { readonly feedText: string } | { readonly problems: (locale: UiLocale) => readonly SpreadsheetProblem[] };

/** An .xlsx workbook by its name, or by its first bytes (a zip file) whatever its name; an .xls too, to say so. */
export const isWorkbookFile = ({ name, bytes }: SpreadsheetFile): boolean =>
  /\.xls[xm]?$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b);

/** `priorities!D7` of a problem, as sheet-import.ts writes it before its message. */
function whereOf(problem: SheetProblem): string {
  if (problem.sheet === undefined) return '';
  const sheet = /^[\p{L}\p{N}_]+$/u.test(problem.sheet) ? problem.sheet : `'${problem.sheet.replace(/'/g, "''")}'`;
  if (problem.cell !== undefined) return `${sheet}!${problem.cell}`;
  if (problem.row !== undefined) return `${sheet}!${problem.row}:${problem.row}`;
  return sheet;
}

function said(problem: SheetProblem): SpreadsheetProblem {
  const where = whereOf(problem);
  // The message as the command line says it after the place: the column's name before a validator's message.
  return where !== '' && problem.text.startsWith(`${where}: `)
    ? { where, message: problem.text.slice(where.length + 2) }
    : { where: '', message: problem.text };
}

/** Problems said once in each language asked for. */
function inEveryLanguage(
  say: (locale: UiLocale) => readonly SpreadsheetProblem[],
): (locale: UiLocale) => readonly SpreadsheetProblem[] {
  const cache = new Map<UiLocale, readonly SpreadsheetProblem[]>();
  return (locale) => {
    let problems = cache.get(locale);
    if (problems === undefined) {
      problems = say(locale);
      cache.set(locale, problems);
    }
    return problems;
  };
}

/**
 * Reads the files as the sheets of one workbook, as `plan-widgets import` does: an .xlsx workbook,
 * or CSV files (one a sheet, named after the file), or both. A file that cannot be read is a problem
 * of its own; otherwise the problems are the import's, at their sheet and cell.
 */
export async function importSpreadsheet(files: readonly SpreadsheetFile[], locale: UiLocale): Promise<SpreadsheetImport> {
  const sheets: RawSheet[] = [];
  const unreadable: { name: string; error: SheetFileError }[] = [];
  let date1904 = false;
  for (const file of files) {
    try {
      if (isWorkbookFile(file)) {
        const workbook = await readXlsx(file.bytes);
        date1904 ||= workbook.date1904 === true;
        sheets.push(...workbook.sheets);
      } else {
        sheets.push(readCsv(decodeCsv(file.bytes), file.name));
      }
    } catch (error) {
      if (!(error instanceof SheetFileError)) throw error;
      unreadable.push({ name: file.name, error });
    }
  }
  if (unreadable.length > 0) {
    return {
      problems: inEveryLanguage((language) =>
        unreadable.map(({ name, error }) => {
          const messages = SHEET_MESSAGES[language];
          const message =
            error.code === 'csvSyntax' ? messages.csvSyntax(error.line ?? 0, error.reason ?? '') : messages[error.code]();
          return { where: name, message };
        }),
      ),
    };
  }
  const workbook: Workbook = { sheets, date1904 };
  const { feed, problems } = importWorkbook(workbook, { locale });
  if (problems.length === 0 && feed !== undefined) return { feedText: feedText(feed) };
  const first = problems.map(said);
  return {
    problems: inEveryLanguage((language) =>
      language === locale ? first : importWorkbook(workbook, { locale: language }).problems.map(said),
    ),
  };
}
