import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, SheetData } from 'write-excel-file/universal';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import type { CellValue, RawSheet, Workbook } from './sheet-import.js';
import type { OutColumn, OutSheet, OutValue } from './sheet-export.js';
import { SHEET_MESSAGES } from './sheet-messages.js';
import type { UiLocale } from '../i18n/localize.js';

/*
 * Spreadsheet files to cells and back: .xlsx through read-excel-file and write-excel-file, .csv
 * through papaparse. These libraries run in browsers too, so this module takes and gives bytes and
 * text, never files: bin/plan-widgets.mjs reads and writes them.
 */

/** A file that cannot be read as a spreadsheet; `code` is a message of sheet-messages.ts. */
export class SheetFileError extends Error {
  constructor(
    readonly code: 'notWorkbook' | 'xls' | 'csvSyntax',
    readonly line?: number,
    readonly reason?: string,
  ) {
    super(reason ?? code);
  }
}

/** Why a file cannot be read, in `locale`'s words. */
export function fileErrorMessage(error: SheetFileError, locale: UiLocale): string {
  const messages = SHEET_MESSAGES[locale];
  return error.code === 'csvSyntax' ? messages.csvSyntax(error.line ?? 0, error.reason ?? '') : messages[error.code]();
}

/** An .xlsx workbook by its name, or by its first bytes (a zip file) whatever its name; an .xls too, to say so. */
export const isWorkbook = (name: string, bytes: Uint8Array): boolean =>
  /\.xls[xm]?$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b);

/**
 * Files read as the sheets of one workbook, as `plan-widgets import` takes them (the command line and
 * the configurator): an .xlsx workbook, CSV files (one a sheet, named after the file), or both; with
 * the file each sheet came from, and the files that cannot be read.
 */
export async function readSheets(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  encoding?: string,
): Promise<{ workbook: Workbook; fileOf: Map<RawSheet, string>; unreadable: { name: string; error: SheetFileError }[] }> {
  const sheets: RawSheet[] = [];
  const fileOf = new Map<RawSheet, string>();
  const unreadable: { name: string; error: SheetFileError }[] = [];
  let date1904 = false;
  for (const { name, bytes } of files) {
    try {
      const read: Workbook = isWorkbook(name, bytes)
        ? await readXlsx(bytes)
        : { sheets: [readCsv(decodeCsv(bytes, encoding), name)] };
      date1904 ||= read.date1904 === true;
      for (const sheet of read.sheets) fileOf.set(sheet, name);
      sheets.push(...read.sheets);
    } catch (error) {
      if (!(error instanceof SheetFileError)) throw error;
      unreadable.push({ name, error });
    }
  }
  return { workbook: { sheets, date1904 }, fileOf, unreadable };
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (XML_ENTITIES[name] ?? entity),
  );

const attribute = (attributes: string, name: RegExp) => {
  const match = new RegExp(`(?:^|\\s)${name.source}="([^"]*)"`).exec(attributes);
  return match === null ? undefined : unescapeXml(match[1]!);
};

/** `AB` → 27. */
const columnIndex = (letters: string) => [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;

interface Layout {
  /** Each sheet's merged ranges, 0-based and inclusive: [top, left, bottom, right]. */
  readonly merges: Map<string, [number, number, number, number][]>;
  readonly date1904: boolean;
}

/**
 * What read-excel-file does not say: the merged ranges of each sheet (it gives a merged range's value
 * in its top-left cell only) and whether the workbook counts days from 1904. Read from the parts of
 * the .xlsx (a zip file) that hold them; a part it cannot read means no merges.
 */
function layoutOf(bytes: Uint8Array): Layout {
  const merges = new Map<string, [number, number, number, number][]>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: ({ name }) =>
        name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' || /^xl\/worksheets\/[^/]+\.xml$/.test(name),
    });
  } catch {
    return { merges, date1904: false };
  }
  const workbook = files['xl/workbook.xml'] === undefined ? '' : strFromU8(files['xl/workbook.xml']);
  const relations = files['xl/_rels/workbook.xml.rels'] === undefined ? '' : strFromU8(files['xl/_rels/workbook.xml.rels']);
  const targets = new Map<string, string>();
  for (const [, attributes] of relations.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(attributes!, /Id/);
    const target = attribute(attributes!, /Target/);
    if (id === undefined || target === undefined) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  for (const [, attributes] of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attribute(attributes!, /name/);
    const id = attribute(attributes!, /\w+:id/);
    const part = id === undefined ? undefined : files[targets.get(id) ?? ''];
    if (name === undefined || part === undefined) continue;
    const ranges: [number, number, number, number][] = [];
    for (const [, left, top, right, bottom] of strFromU8(part).matchAll(
      /<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g,
    )) {
      ranges.push([Number(top) - 1, columnIndex(left!), Number(bottom) - 1, columnIndex(right!)]);
    }
    merges.set(name, ranges);
  }
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook);
  return { merges, date1904 };
}

/** Every cell of a merged range takes the value of its top-left cell, as it shows on screen. */
function unmerge(rows: readonly (readonly CellValue[])[], ranges: readonly [number, number, number, number][]): CellValue[][] {
  const grid = rows.map((row) => [...row]);
  for (const [top, left, bottom, right] of ranges) {
    const value = grid[top]?.[left] ?? null;
    for (let row = top; row <= bottom; row++) {
      while (grid.length <= row) grid.push([]);
      for (let column = left; column <= right; column++) if (row !== top || column !== left) grid[row]![column] = value;
    }
  }
  return grid;
}

/** The sheets of an .xlsx workbook, merged ranges filled in. */
export async function readXlsx(bytes: Uint8Array): Promise<Workbook> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    // Not trimmed: a list cell's empty first or last line is an entry (sheet-import.ts trims the rest).
    sheets = (await readXlsxFile(buffer, { trim: false })) as unknown as typeof sheets;
  } catch (error) {
    const { name, code, message } = error as { name?: string; code?: string; message?: string };
    if (name === 'InvalidInputError' && code === 'XLS_FILE_NOT_SUPPORTED') throw new SheetFileError('xls');
    throw new SheetFileError('notWorkbook', undefined, message);
  }
  const { merges, date1904 } = layoutOf(bytes);
  return {
    date1904,
    sheets: sheets.map(({ sheet, data }) => ({ name: sheet, rows: unmerge(data as CellValue[][], merges.get(sheet) ?? []) })),
  };
}

/**
 * Text of a CSV file: UTF-8 (with or without a byte order mark), UTF-16 with one, else GB 18030,
 * which is what Excel and WPS write as "CSV" on a Simplified Chinese system. `encoding` (a WHATWG
 * label: `big5`, `gbk`…) overrides.
 */
export function decodeCsv(bytes: Uint8Array, encoding?: string): string {
  if (encoding !== undefined) return new TextDecoder(encoding).decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** One sheet from a CSV file's text, named after the file (`priorities.csv` → `priorities`). Tab-separated text is read too. */
export function readCsv(text: string, fileName: string): RawSheet {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r|\n/, 1)[0]!;
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const { data, errors } = Papa.parse(body, { delimiter, skipEmptyLines: false });
  const broken = errors.find((error) => error.type === 'Quotes');
  if (broken !== undefined) throw new SheetFileError('csvSyntax', (broken.row ?? 0) + 1, broken.message);
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.(csv|tsv|txt)$/i, '');
  // The quote writeCsv puts before a text that a spreadsheet would run as a formula.
  const cellOf = (cell: string) => (cell === '' ? null : cell.replace(FORMULA_GUARD, ''));
  return { name, rows: data.map((row) => row.map(cellOf)) };
}

function cellOut(value: OutValue, column: OutColumn | undefined): Cell {
  if (value === null) return null;
  const wrap = column?.type === 'text' || column?.type === 'list' || column?.type === 'tags';
  if (typeof value === 'object') return { value: new Date(`${value.date}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' };
  if (typeof value === 'number') return { value, type: Number };
  if (typeof value === 'boolean') return { value, type: Boolean };
  // `@`: text, which Excel must not read as a number or a date (an id "1", a date-time).
  return { value, type: String, format: '@', wrap, alignVertical: 'top' };
}

/** An .xlsx workbook of the sheets: the header row bold and frozen, columns as wide as the layout says. */
export async function writeXlsx(sheets: readonly OutSheet[]): Promise<Uint8Array> {
  const workbook = sheets.map((sheet) => {
    const header = sheet.columns.map((column): Cell => ({
      value: column.header,
      type: String,
      fontWeight: 'bold',
      backgroundColor: '#DDE6F0',
    }));
    const data: SheetData = [header, ...sheet.rows.map((row) => row.map((value, index) => cellOut(value, sheet.columns[index])))];
    return {
      sheet: sheet.name,
      data,
      columns: sheet.columns.map((column) => ({ width: column.width || 16 })),
      stickyRowsCount: 1,
    };
  });
  const blob = await writeXlsxFile(workbook).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * A `'` before a text starting with `=`, `+`, `-`, `@`, a tab or a CR, which Excel and WPS would run
 * as a formula when they open a CSV file (`=HYPERLINK(…)` in a title from someone else's feed).
 * writeCsv adds it; readCsv takes it away again.
 */
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;

/**
 * A sheet as CSV, as Excel opens it: UTF-8 with a byte order mark, lines ended by CR LF, and texts a
 * spreadsheet would run as formulas behind a `'` (FORMULA_GUARD).
 */
export function writeCsv(sheet: OutSheet): string {
  const text = (value: OutValue) =>
    value === null
      ? ''
      : typeof value === 'object'
        ? value.date
        : typeof value === 'boolean'
          ? value
            ? 'TRUE'
            : 'FALSE'
          : value;
  const rows = [sheet.columns.map((column) => column.header), ...sheet.rows.map((row) => row.map(text))];
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
