import { missing } from '../feed/parse.js';
import { renderInLocale } from '../i18n/localize.js';
import type { UiLocale } from '../i18n/localize.js';
import {
  PLAN_COLUMNS,
  PLAN_FIELDS,
  PRIORITY_FIELDS,
  SHEETS,
  booleanOf,
  isIgnoredColumn,
  nameIn,
  nameMatches,
  sheetKindOf,
  sheetSpec,
  statusOf,
  statusWords,
} from './sheet-layout.js';
import type { ColumnSpec, SheetKind, SheetSpec } from './sheet-layout.js';
import { SHEET_MESSAGES, listOf } from './sheet-messages.js';
import type { SheetMessageCode, SheetMessages } from './sheet-messages.js';
import { validateFeedText } from './validate.js';

/*
 * `plan-widgets import`: a workbook, as the cells a reader found in it (sheet-files.ts reads .xlsx and
 * .csv files into this shape), to a feed (docs/spreadsheet.md). Pure: no file, no library. First the
 * sheets and their header rows are checked, and a problem there stops the import (every row would
 * be wrong after it); then every cell is read, and the feed built from them is checked by the
 * widget's own validator, whose problems are said at the cell each value came from. So an editor
 * gets every problem of the spreadsheet at once, each with its sheet, row and column.
 */

/** A cell as a reader gives it: a Date for a date cell; null or undefined when empty. */
export type CellValue = string | number | boolean | Date | null | undefined;

export interface RawSheet {
  /** The sheet's name; a CSV file's name without `.csv`. */
  readonly name: string;
  /** Rows from row 1, cells from column A: the positions are the sheet's. */
  readonly rows: readonly (readonly CellValue[])[];
}

export interface Workbook {
  readonly sheets: readonly RawSheet[];
  /** The workbook counts days from 1904 (old Mac Excel), for a date written as a serial number. */
  readonly date1904?: boolean;
}

export interface SheetProblem {
  /** The kind of problem: a message of sheet-messages.ts, or `feed` for the widget's own validator. */
  readonly code: SheetMessageCode | 'feed';
  readonly sheet?: string;
  /** 1-based, as the spreadsheet numbers them. */
  readonly row?: number;
  readonly column?: number;
  /** `D7`, when the problem is in one cell. */
  readonly cell?: string;
  /** The column's header (or the plan key) as the sheet writes it. */
  readonly field?: string;
  readonly message: string;
  /** Where, as a spreadsheet writes a reference: `priorities!D7`, `'my plan'!3:3`, a sheet; '' for the workbook. */
  readonly where: string;
  /** What is wrong, as said after `where`: the column's name before a validator's message. */
  readonly said: string;
  /** The whole line: `priorities!D7: 进度应为 0–100 的数字`. */
  readonly text: string;
}

export interface ImportResult {
  /** The feed read, when the sheets and their headers could be read (check `problems` before using it). */
  readonly feed?: Record<string, unknown>;
  readonly problems: readonly SheetProblem[];
}

/** Where a value came from. Row and column are 0-based. */
interface Place {
  readonly sheet: ParsedSheet | RawSheet;
  readonly row?: number;
  readonly column?: number;
  readonly field?: string;
}

interface Column {
  readonly spec: ColumnSpec;
  /** The language of a language column (`title@en`); undefined for the plain column. */
  readonly language?: string;
  readonly index: number;
  readonly header: string;
}

interface ParsedSheet {
  readonly raw: RawSheet;
  readonly spec: SheetSpec;
  readonly headerRow: number;
  readonly columns: readonly Column[];
}

type Text = string | Record<string, string>;
type Json = Record<string, unknown>;

/** `0` → `A`, `27` → `AB`. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

const isBlank = (value: CellValue) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

const DAY = 86_400_000;

/** The ISO date (and, when it has one, time) of a date cell; readers give its wall-clock time as UTC. */
function isoOfDate(date: Date, withTime: boolean): string {
  const iso = date.toISOString();
  const time = iso.slice(11, 19).replace(/:00$/, '');
  return withTime && time !== '00:00' ? `${iso.slice(0, 10)}T${time}` : iso.slice(0, 10);
}

/**
 * The day an Excel serial number stands for: 1 is 1900-01-01 (or, in a 1904 workbook, 0 is
 * 1904-01-01). Excel counts a 1900-02-29 that never was, as 60: no date.
 */
export function dateOfSerial(serial: number, date1904 = false, withTime = false): string | undefined {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1) || serial >= 2_958_466) return undefined;
  const days = Math.floor(serial);
  if (!date1904 && days === 60) return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const time = withTime ? Math.round(((serial - days) * DAY) / 1000) * 1000 : 0;
  return isoOfDate(new Date(epoch + days * DAY + time), withTime);
}

/** A cell as text: a number as written, a date cell as its ISO date. */
function textOf(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoOfDate(value, true);
  return String(value).trim();
}

const pad = (digits: string) => digits.padStart(2, '0');

/**
 * A date in any of the ways a spreadsheet holds one: a date cell, an Excel serial number (also as
 * text, as a CSV file may hold it), `2024-07-31`, `2024/7/31`, `2024.7.31`, `2024年7月31日`,
 * `20240731`; with `withTime`, also `2024-01-15 09:30`. Anything else is kept as written, for the
 * widget's validator to say what is wrong with it.
 */
function dateOf(value: CellValue, date1904: boolean, withTime: boolean): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : isoOfDate(value, withTime);
  if (typeof value === 'number') {
    const digits = String(value);
    if (/^\d{8}$/.test(digits)) return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
    return dateOfSerial(value, date1904, withTime) ?? value;
  }
  if (typeof value !== 'string') return value;
  const text = value.normalize('NFKC').trim();
  const written = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2}):(\d{2})(.*))?$/.exec(text);
  if (written !== null) {
    const [, year, month, day, hour, minute, rest] = written;
    const date = `${year}-${pad(month!)}-${pad(day!)}`;
    return withTime && hour !== undefined ? `${date}T${pad(hour)}:${minute}${rest}` : hour === undefined ? date : text;
  }
  if (/^\d{8}$/.test(text)) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
  if (/^\d{1,7}(\.\d+)?$/.test(text)) return dateOfSerial(Number(text), date1904, withTime) ?? text;
  return text;
}

/**
 * A number, also as text: `45`, `45%` (a percent as written, not a cell formatted as one, which holds
 * 0.45), `1,200`, full-width digits. Anything else is kept as written, for the validator.
 */
function numberOf(value: CellValue): unknown {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return isoOfDate(value, true);
  if (typeof value !== 'string') return value;
  const text = value.normalize('NFKC').trim().replace(/\s*%$/, '');
  const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain) ? Number(plain) : value.trim();
}

/** `title@en` → `title` and `en` (also with a full-width ＠); `title` → `title`. */
function splitHeader(header: string): { base: string; tag?: string } {
  const normalized = header.normalize('NFKC');
  const at = normalized.lastIndexOf('@');
  return at > 0 ? { base: normalized.slice(0, at), tag: normalized.slice(at + 1).trim() } : { base: header };
}

function ordered(fields: Map<string, unknown>, order: readonly string[]): Json {
  const output: Json = {};
  for (const key of order) if (fields.get(key) !== undefined) output[key] = fields.get(key);
  return output;
}

class Importer {
  readonly problems: SheetProblem[] = [];
  private readonly seenSheets = new Map<SheetKind, RawSheet>();
  readonly places = new Map<string, Place>();
  readonly messages: SheetMessages;
  defaultLocale = 'en';

  constructor(
    readonly workbook: Workbook,
    readonly locale: UiLocale,
  ) {
    this.messages = SHEET_MESSAGES[locale];
  }

  problem(code: SheetProblem['code'], place: Place | undefined, message: string): void {
    const raw = place === undefined ? undefined : 'raw' in place.sheet ? place.sheet.raw : place.sheet;
    const cell =
      place?.row !== undefined && place.column !== undefined ? `${columnName(place.column)}${place.row + 1}` : undefined;
    let where = '';
    if (raw !== undefined) {
      // Excel quotes a sheet name with spaces or punctuation in a reference: 'my plan'!A1.
      where = /^[\p{L}\p{N}_]+$/u.test(raw.name) ? raw.name : `'${raw.name.replace(/'/g, "''")}'`;
      if (cell !== undefined) where += `!${cell}`;
      else if (place?.row !== undefined) where += `!${place.row + 1}:${place.row + 1}`;
    }
    const field = place?.field;
    // A message of the widget's validator is said after the column's name: "progress: expected…",
    // and in Chinese run into it ("进度应为…", "progress 应为…", "编号：“a”…").
    let said = message;
    if (code === 'feed' && field !== undefined) {
      const han = /^\p{Script=Han}/u.test(message);
      if (this.locale === 'en') said = `${field}: ${message}`;
      else if (!han) said = `${field}：${message}`;
      else said = /\p{Script=Han}$/u.test(field) ? `${field}${message}` : `${field} ${message}`;
    }
    this.problems.push({
      code,
      sheet: raw?.name,
      row: place?.row === undefined ? undefined : place.row + 1,
      column: place?.column === undefined ? undefined : place.column + 1,
      cell,
      field,
      message,
      where,
      said,
      text: where === '' ? said : `${where}: ${said}`,
    });
  }

  // ——— Sheets and headers ———

  /** The sheets of the layout, each with its header row and columns; undefined after a problem. */
  sheets(): Map<SheetKind, ParsedSheet> | undefined {
    const found = new Map<SheetKind, ParsedSheet>();
    const names = (kind: SheetKind) => nameIn(sheetSpec(kind).names, this.locale);
    const expectedSheets = listOf(
      SHEETS.map((sheet) => nameIn(sheet.names, this.locale)),
      this.locale,
    );
    for (const raw of this.workbook.sheets) {
      const empty = raw.rows.every((row) => row.every(isBlank));
      const kind = sheetKindOf(raw.name);
      if (kind === undefined) {
        if (!empty && !raw.name.trim().startsWith('#')) {
          this.problem('unknownSheet', { sheet: raw }, this.messages.unknownSheet(raw.name, expectedSheets));
        }
        continue;
      }
      if (empty) continue;
      const first = this.seenSheets.get(kind);
      if (first !== undefined) {
        this.problem('duplicateSheet', { sheet: raw }, this.messages.duplicateSheet(raw.name, first.name));
        continue;
      }
      this.seenSheets.set(kind, raw);
      const parsed = this.header(raw, sheetSpec(kind));
      if (parsed !== undefined) found.set(kind, parsed);
    }
    for (const kind of ['plan', 'priorities'] as const) {
      if (!this.seenSheets.has(kind)) this.problem('missingSheet', undefined, this.messages.missingSheet(names(kind)));
    }
    return this.problems.length > 0 ? undefined : found;
  }

  /** The columns of a sheet, from its header row: the first row that names one of its columns. */
  private header(raw: RawSheet, spec: SheetSpec): ParsedSheet | undefined {
    const specs: readonly ColumnSpec[] = spec.kind === 'plan' ? Object.values(PLAN_COLUMNS) : spec.columns;
    const headerRow = raw.rows.findIndex((row) =>
      row.some((cell) => !isBlank(cell) && specs.some((column) => nameMatches(splitHeader(textOf(cell)).base, column.names))),
    );
    const required = specs.filter((column) => column.required).map((column) => nameIn(column.names, this.locale));
    if (headerRow === -1) {
      this.problem('noHeader', { sheet: raw }, this.messages.noHeader(listOf(required, this.locale)));
      return undefined;
    }
    const columns: Column[] = [];
    const before = this.problems.length;
    const expected = listOf(
      specs.map((column) => nameIn(column.names, this.locale)),
      this.locale,
    );
    for (const [index, cell] of raw.rows[headerRow]!.entries()) {
      const header = textOf(cell);
      if (header === '' || isIgnoredColumn(header)) continue;
      const place = { sheet: raw, row: headerRow, column: index };
      const { base, tag } = splitHeader(header);
      const columnSpec = specs.find((column) => nameMatches(base, column.names));
      if (columnSpec === undefined) {
        this.problem('unknownColumn', place, this.messages.unknownColumn(header, expected));
        continue;
      }
      let language: string | undefined;
      if (tag !== undefined) {
        if (columnSpec.type !== 'text' && columnSpec.type !== 'list') {
          this.problem('noLanguage', place, this.messages.noLanguage(header));
          continue;
        }
        try {
          language = Intl.getCanonicalLocales(tag)[0];
        } catch {
          language = undefined;
        }
        if (language === undefined) {
          this.problem('badLanguage', place, this.messages.badLanguage(tag));
          continue;
        }
      }
      const twin = columns.find(
        (other) => other.spec === columnSpec && other.language?.toLowerCase() === language?.toLowerCase(),
      );
      if (twin !== undefined) {
        this.problem(
          'duplicateColumn',
          place,
          this.messages.duplicateColumn(header, `${columnName(twin.index)}${headerRow + 1}`),
        );
        continue;
      }
      columns.push({ spec: columnSpec, language, index, header });
    }
    for (const columnSpec of specs) {
      if (columnSpec.required && !columns.some((column) => column.spec === columnSpec)) {
        this.problem(
          'missingColumn',
          { sheet: raw, row: headerRow },
          this.messages.missingColumn(nameIn(columnSpec.names, this.locale)),
        );
      }
    }
    return this.problems.length > before ? undefined : { raw, spec, headerRow, columns };
  }

  /** The rows under the header that hold anything, with their 0-based indexes. A value in a column without a header is a problem. */
  *rows(sheet: ParsedSheet): Generator<[number, readonly CellValue[]]> {
    const read = new Set(sheet.columns.map((column) => column.index));
    const header = sheet.raw.rows[sheet.headerRow]!;
    for (let index = sheet.headerRow + 1; index < sheet.raw.rows.length; index++) {
      const row = sheet.raw.rows[index]!;
      for (const [column, value] of row.entries()) {
        if (!read.has(column) && !isBlank(value) && isBlank(header[column])) {
          this.problem('headerlessValue', { sheet, row: index, column }, this.messages.headerlessValue());
        }
      }
      if (sheet.columns.some((column) => !isBlank(row[column.index]))) yield [index, row];
    }
  }

  // ——— Cells ———

  /** Records where the value at `path` came from: the first of `columns` in `row`. */
  place(path: string, sheet: ParsedSheet, row: number, columns: readonly Column[], field?: string): Place {
    const column = columns[0];
    const place = { sheet, row, column: column?.index, field: field ?? column?.header };
    this.places.set(path, place);
    return place;
  }

  /** A Text from a column and its language columns: a string, or an object in the columns' order. */
  text(sheet: ParsedSheet, row: readonly CellValue[], rowIndex: number, columns: readonly Column[]): Text | undefined {
    return this.textOf(
      sheet,
      rowIndex,
      columns.map((column) => ({ column, value: textOf(row[column.index]) })),
    );
  }

  private textOf(sheet: ParsedSheet, rowIndex: number, cells: readonly { column: Column; value: string }[]): Text | undefined {
    const given = cells.filter(({ value }) => value !== '');
    if (given.length === 0) return undefined;
    if (given.length === 1 && given[0]!.column.language === undefined) return given[0]!.value;
    const text: Record<string, string> = {};
    const from = new Map<string, Column>();
    for (const { column, value } of given) {
      const language = column.language ?? this.defaultLocale;
      const first = from.get(language.toLowerCase());
      if (first !== undefined) {
        const message = this.messages.sameLanguage(first.header, column.header, language);
        this.problem('sameLanguage', { sheet, row: rowIndex, column: column.index }, message);
        continue;
      }
      from.set(language.toLowerCase(), column);
      text[language] = value;
    }
    return text;
  }

  /** A list of Text, one entry a line (or separated by semicolons), the languages' lines matched by position. */
  list(sheet: ParsedSheet, row: readonly CellValue[], rowIndex: number, columns: readonly Column[]): Text[] | undefined {
    const given = columns
      .filter((column) => textOf(row[column.index]) !== '')
      .map((column) => {
        const value = row[column.index];
        // Not trimmed as a whole: an empty first or last line is an entry without this language.
        const raw = typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : textOf(value);
        return { column, lines: (raw.includes('\n') ? raw.split('\n') : raw.split(/[;；]/)).map((line) => line.trim()) };
      });
    const [first] = given;
    if (first === undefined) return undefined;
    const other = given.find(({ lines }) => lines.length !== first.lines.length);
    if (other !== undefined) {
      const message = this.messages.listLengths(first.column.header, first.lines.length, other.column.header, other.lines.length);
      this.problem('listLengths', { sheet, row: rowIndex, column: other.column.index }, message);
      return undefined;
    }
    return first.lines.flatMap((_, index) => {
      const entry = this.textOf(
        sheet,
        rowIndex,
        given.map(({ column, lines }) => ({ column, value: lines[index]! })),
      );
      return entry === undefined ? [] : [entry];
    });
  }

  status(value: CellValue, place: Place): unknown {
    const word = textOf(value);
    const status = statusOf(word);
    if (status === undefined)
      this.problem('status', place, this.messages.status(word, listOf(statusWords(this.locale), this.locale)));
    return status;
  }

  boolean(value: CellValue, place: Place): boolean | undefined {
    if (typeof value === 'boolean') return value;
    const known = value === 1 ? true : value === 0 ? false : booleanOf(textOf(value));
    if (known === undefined) this.problem('boolean', place, this.messages.boolean(textOf(value)));
    return known;
  }

  /** The value of `column` in `row`, read as its type says; undefined when the cell is empty. */
  value(
    sheet: ParsedSheet,
    row: readonly CellValue[],
    rowIndex: number,
    columns: readonly Column[],
    path: string,
    field?: string,
  ): unknown {
    const spec = columns[0]?.spec;
    const place = this.place(path, sheet, rowIndex, columns, field);
    if (spec === undefined) return undefined;
    if (spec.type === 'text') return this.text(sheet, row, rowIndex, columns);
    if (spec.type === 'list') return this.list(sheet, row, rowIndex, columns);
    const cell = row[columns[0]!.index];
    if (isBlank(cell)) return undefined;
    const date1904 = this.workbook.date1904 ?? false;
    switch (spec.type) {
      case 'number':
        return numberOf(cell);
      case 'date':
        return dateOf(cell, date1904, false);
      case 'datetime':
        return dateOf(cell, date1904, true);
      case 'status':
        return this.status(cell, place);
      case 'boolean':
        return this.boolean(cell, place);
      case 'tags':
        return textOf(cell)
          .split(/[\n,，;；]/)
          .map((tag) => tag.trim())
          .filter((tag) => tag !== '');
      default:
        return textOf(cell);
    }
  }

  // ——— The feed ———

  plan(sheet: ParsedSheet | undefined): { plan: Map<string, unknown>; schema?: string } {
    const plan = new Map<string, unknown>();
    if (sheet === undefined) return { plan };
    const keyColumn = sheet.columns.find((column) => column.spec === PLAN_COLUMNS.key)!;
    const valueColumns = sheet.columns.filter((column) => column.spec === PLAN_COLUMNS.value);
    const plainValue = valueColumns.filter((column) => column.language === undefined);
    const rows = [...this.rows(sheet)];
    const specOf = (key: string) => sheet.spec.columns.find((column) => nameMatches(key, column.names));
    // The plain value column's language is the plan's default locale: read it first.
    for (const [, row] of rows) {
      const locale = textOf(plainValue[0] === undefined ? undefined : row[plainValue[0].index]);
      if (specOf(textOf(row[keyColumn.index]))?.field === 'defaultLocale' && locale !== '') this.defaultLocale = locale;
    }
    const seen = new Map<string, number>();
    let schema: string | undefined;
    const expected = listOf(
      sheet.spec.columns.map((column) => nameIn(column.names, this.locale)),
      this.locale,
    );
    for (const [index, row] of rows) {
      const key = textOf(row[keyColumn.index]);
      const keyPlace = { sheet, row: index, column: keyColumn.index };
      const spec = specOf(key);
      if (spec === undefined) {
        this.problem('unknownKey', keyPlace, this.messages.unknownKey(key, expected));
        continue;
      }
      const first = seen.get(spec.field);
      if (first !== undefined) {
        this.problem('duplicateKey', keyPlace, this.messages.duplicateKey(key, `${columnName(keyColumn.index)}${first + 1}`));
        continue;
      }
      seen.set(spec.field, index);
      const columns = spec.type === 'text' ? valueColumns : plainValue;
      if (spec.type !== 'text') {
        for (const column of valueColumns) {
          if (column.language !== undefined && !isBlank(row[column.index])) {
            this.problem(
              'noLanguage',
              { sheet, row: index, column: column.index, field: key },
              this.messages.noLanguage(column.header),
            );
          }
        }
      }
      const typed = columns.map((column) => ({ ...column, spec }));
      const path =
        spec.field === 'start' || spec.field === 'end'
          ? `plan.period.${spec.field}`
          : spec.field === '$schema'
            ? '$schema'
            : `plan.${spec.field}`;
      const value = this.value(sheet, row, index, typed, path, key);
      if (value === undefined) continue;
      if (spec.field === '$schema') schema = String(value);
      else plan.set(spec.field, value);
    }
    if (plan.has('start') || plan.has('end')) {
      plan.set(
        'period',
        ordered(
          new Map([
            ['start', plan.get('start')],
            ['end', plan.get('end')],
          ]),
          ['start', 'end'],
        ),
      );
    }
    return { plan, schema };
  }

  /** The priorities, and each id's position among them (the first priority with it). */
  priorities(sheet: ParsedSheet): { priorities: Map<string, unknown>[]; ids: Map<string, number> } {
    const priorities: Map<string, unknown>[] = [];
    const ids = new Map<string, number>();
    for (const [index, row] of this.rows(sheet)) {
      const position = priorities.length;
      const priority = new Map<string, unknown>();
      this.places.set(`priorities[${position}]`, { sheet, row: index });
      for (const spec of sheet.spec.columns) {
        const columns = sheet.columns.filter((column) => column.spec === spec);
        if (columns.length === 0) continue;
        priority.set(spec.field, this.value(sheet, row, index, columns, `priorities[${position}].${spec.field}`));
      }
      const id = priority.get('id');
      if (typeof id === 'string' && !ids.has(id)) ids.set(id, position);
      priorities.push(priority);
    }
    return { priorities, ids };
  }

  /** The rows of a sheet of actions, measures, updates or links, each added to its priority's list. */
  children(sheet: ParsedSheet, priorities: Map<string, unknown>[], ids: Map<string, number>): void {
    const list = sheet.spec.list!;
    const refColumn = sheet.columns.find((column) => column.spec.type === 'ref')!;
    for (const [index, row] of this.rows(sheet)) {
      const position = this.priorityOf(sheet, row, index, refColumn, ids);
      if (position === undefined) continue;
      const priority = priorities[position]!;
      const entries = (priority.get(list) as Json[] | undefined) ?? [];
      const path = `priorities[${position}].${list}[${entries.length}]`;
      this.places.set(path, { sheet, row: index });
      const entry = new Map<string, unknown>();
      const fields = sheet.spec.columns.filter((spec) => spec.type !== 'ref');
      for (const spec of fields) {
        const columns = sheet.columns.filter((column) => column.spec === spec);
        if (columns.length > 0) entry.set(spec.field, this.value(sheet, row, index, columns, `${path}.${spec.field}`));
      }
      entries.push(
        ordered(
          entry,
          fields.map((spec) => spec.field),
        ),
      );
      priority.set(list, entries);
    }
  }

  private priorityOf(
    sheet: ParsedSheet,
    row: readonly CellValue[],
    index: number,
    column: Column,
    ids: Map<string, number>,
  ): number | undefined {
    const id = textOf(row[column.index]);
    const place = { sheet, row: index, column: column.index, field: column.header };
    if (id === '') this.problem('noPriority', place, this.messages.noPriority());
    else if (!ids.has(id)) this.problem('unknownPriority', place, this.messages.unknownPriority(id));
    return ids.get(id);
  }

  /** The history sheet: each row a dated value of a measure, added to the measure's `history` in the order of the rows. */
  history(sheet: ParsedSheet, priorities: Map<string, unknown>[], ids: Map<string, number>): void {
    const column = (field: string) => sheet.columns.find((candidate) => candidate.spec.field === field)!;
    const [refColumn, measureColumn, dateColumn, valueColumn] = ['priority', 'measure', 'date', 'value'].map(column) as [
      Column,
      Column,
      Column,
      Column,
    ];
    for (const [index, row] of this.rows(sheet)) {
      const position = this.priorityOf(sheet, row, index, refColumn, ids);
      if (position === undefined) continue;
      const measures = (priorities[position]!.get('measures') as Json[] | undefined) ?? [];
      const measurePlace = { sheet, row: index, column: measureColumn.index, field: measureColumn.header };
      const ref = textOf(row[measureColumn.index]);
      const labels = (measure: Json) => {
        const label = measure['label'] as Text | undefined;
        return typeof label === 'string' ? [label] : Object.values(label ?? {});
      };
      const matches = measures.flatMap((measure, at) =>
        labels(measure).some((label) => label.normalize('NFKC') === ref.normalize('NFKC')) ? [at] : [],
      );
      let at: number | undefined = matches[0];
      if (ref === '') {
        this.problem('feed', measurePlace, renderInLocale(this.locale, missing));
        continue;
      } else if (matches.length > 1) {
        this.problem('ambiguousMeasure', measurePlace, this.messages.ambiguousMeasure(ref));
        continue;
      } else if (at === undefined && /^\d+$/.test(ref) && Number(ref) >= 1 && Number(ref) <= measures.length) {
        at = Number(ref) - 1;
      }
      if (at === undefined) {
        this.problem('unknownMeasure', measurePlace, this.messages.unknownMeasure(ref, textOf(row[refColumn.index])));
        continue;
      }
      const measure = measures[at]!;
      const history = (measure['history'] as Json[] | undefined) ?? [];
      const path = `priorities[${position}].measures[${at}].history[${history.length}]`;
      this.places.set(path, { sheet, row: index });
      const entry = new Map<string, unknown>();
      for (const column of [dateColumn, valueColumn]) {
        entry.set(column.spec.field, this.value(sheet, row, index, [column], `${path}.${column.spec.field}`));
      }
      history.push(ordered(entry, ['date', 'value']));
      measure['history'] = history;
    }
  }

  /** The widget's own validator on the feed read, each of its problems said at the cell it is about. */
  validate(feed: Json): void {
    // The widget stops at a broken plan, before its priorities: the plan and the priorities are checked
    // each beside a valid other half, so that the problems of both are said.
    const check = (part: Json, keep: (path: string) => boolean) => {
      const { errors, warnings } = validateFeedText(JSON.stringify(part), this.locale);
      return [...errors, ...warnings].filter((problem) => keep(problem.path));
    };
    const problems = [
      ...check({ ...feed, priorities: [{ id: 'x', title: 'x' }] }, (path) => !path.startsWith('priorities')),
      ...check({ ...feed, plan: { title: 'x' } }, (path) => path.startsWith('priorities')),
    ];
    for (const problem of problems) {
      let place = this.places.get(problem.path);
      if (place === undefined && problem.path !== '(feed)') {
        // A missing field: said on its row (or its sheet), by its name in the message's language.
        let path = problem.path;
        while (place === undefined && path !== '') {
          path = /^(.*?)(\.[^.[\]]+|\[\d+\])$/.exec(path)?.[1] ?? '';
          place = this.places.get(path);
        }
        const sheet = place?.sheet ?? this.parsed.get(problem.path.startsWith('plan') ? 'plan' : 'priorities');
        place = sheet === undefined ? undefined : { sheet, row: place?.row, field: this.fieldName(problem.path) };
      }
      this.problem('feed', place, problem.message);
    }
  }

  private readonly parsed = new Map<SheetKind, ParsedSheet>();

  /** The name, in the message's language, of the field at `path` (`priorities[2].title` → 标题). */
  private fieldName(path: string): string | undefined {
    const field = /\.([^.[\]]+)$/.exec(path)?.[1];
    if (field === undefined) return undefined;
    const list = /\.(actions|measures|updates|history|links)\[\d+\]\.[^.[\]]+$/.exec(path)?.[1] as SheetKind | undefined;
    const kind: SheetKind = list ?? (path.startsWith('priorities') ? 'priorities' : 'plan');
    const spec = sheetSpec(kind).columns.find((column) => column.field === field);
    return spec === undefined ? undefined : nameIn(spec.names, this.locale);
  }

  run(): ImportResult {
    const sheets = this.sheets();
    if (sheets === undefined) return { problems: this.problems };
    for (const [kind, sheet] of sheets) this.parsed.set(kind, sheet);
    const { plan, schema } = this.plan(sheets.get('plan'));
    const { priorities, ids } = this.priorities(sheets.get('priorities')!);
    for (const kind of ['actions', 'measures', 'updates', 'links'] as const) {
      const sheet = sheets.get(kind);
      if (sheet !== undefined) this.children(sheet, priorities, ids);
    }
    const history = sheets.get('history');
    if (history !== undefined) this.history(history, priorities, ids);
    const feed: Json = {};
    if (schema !== undefined) feed['$schema'] = schema;
    feed['version'] = 1;
    feed['plan'] = ordered(plan, PLAN_FIELDS);
    feed['priorities'] = priorities.map((priority) => ordered(priority, PRIORITY_FIELDS));
    this.validate(feed);
    // In the layout's order of sheets (a folder lists its CSV files by name), then by row and column.
    const order = (problem: SheetProblem) => {
      const kind = problem.sheet === undefined ? undefined : sheetKindOf(problem.sheet);
      const position = this.workbook.sheets.findIndex((raw) => raw.name === problem.sheet);
      const sheet =
        problem.sheet === undefined
          ? -1
          : kind === undefined
            ? SHEETS.length + position
            : SHEETS.findIndex((spec) => spec.kind === kind);
      return [sheet, problem.row ?? 0, problem.column ?? 0];
    };
    this.problems.sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    });
    return { feed, problems: this.problems };
  }
}

/**
 * Reads a workbook's sheets into a feed (docs/spreadsheet.md), with every problem said at its sheet,
 * row and column in `locale`'s words. The feed is usable when `problems` is empty.
 */
export function importWorkbook(workbook: Workbook, { locale = 'en' }: { locale?: UiLocale } = {}): ImportResult {
  return new Importer(workbook, locale).run();
}

/** The feed as `import` writes it: JSON, two spaces, a final line break. */
export const feedText = (feed: unknown): string => `${JSON.stringify(feed, null, 2)}\n`;
