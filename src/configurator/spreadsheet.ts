/**
 * The configurator's spreadsheet import: `plan-widgets import` in the browser, with the same code
 * (src/cli/sheet-files.ts reads the files, src/cli/sheet-import.ts the cells, in the layout of
 * docs/spreadsheet.md). The configurator loads this module with `import()` only when it is given a
 * spreadsheet: it is its own file in dist/configurator/ (spreadsheet.js), with read-excel-file,
 * papaparse and fflate, which neither configurator.js nor plan-widgets.js holds.
 */
import { feedText, importWorkbook } from '../cli/sheet-import.js';
import type { SheetProblem } from '../cli/sheet-import.js';
import { fileErrorMessage, readSheets } from '../cli/sheet-files.js';
import type { UiLocale } from '../i18n/localize.js';
import { memo } from '../memo.js';

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

/** A problem as the configurator lists it: the place, and what is wrong there. */
const said = (problem: SheetProblem): SpreadsheetProblem => ({ where: problem.where, message: problem.said });

/** Problems said once in each language asked for. */
function inEveryLanguage(
  say: (locale: UiLocale) => readonly SpreadsheetProblem[],
): (locale: UiLocale) => readonly SpreadsheetProblem[] {
  const cache = new Map<UiLocale, readonly SpreadsheetProblem[]>();
  return (locale) => memo(cache, locale, () => say(locale));
}

/**
 * Reads the files as the sheets of one workbook, as `plan-widgets import` does: an .xlsx workbook,
 * or CSV files (one a sheet, named after the file), or both. A file that cannot be read is a problem
 * of its own; otherwise the problems are the import's, at their sheet and cell.
 */
export async function importSpreadsheet(files: readonly SpreadsheetFile[], locale: UiLocale): Promise<SpreadsheetImport> {
  const { workbook, unreadable } = await readSheets(files);
  if (unreadable.length > 0) {
    return {
      problems: inEveryLanguage((language) =>
        unreadable.map(({ name, error }) => ({ where: name, message: fileErrorMessage(error, language) })),
      ),
    };
  }
  const { feed, problems } = importWorkbook(workbook, { locale });
  if (problems.length === 0 && feed !== undefined) return { feedText: feedText(feed) };
  const first = problems.map(said);
  return {
    problems: inEveryLanguage((language) =>
      language === locale ? first : importWorkbook(workbook, { locale: language }).problems.map(said),
    ),
  };
}
