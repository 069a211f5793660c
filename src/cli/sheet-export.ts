import { STATUSES, isCalendarDate } from '../feed/schema.js';
import type { Status } from '../feed/schema.js';
import type { UiLocale } from '../i18n/localize.js';
import { PLAN_COLUMNS, PLAN_FIELDS, PRIORITY_FIELDS, SHEETS, booleanWord, nameIn, statusWord } from './sheet-layout.js';
import type { ColumnSpec, ColumnType, SheetSpec } from './sheet-layout.js';
import { SHEET_MESSAGES } from './sheet-messages.js';

/*
 * `plan-widgets export`: a feed to the sheets of docs/spreadsheet.md, as values and column widths
 * (sheet-files.ts writes them as .xlsx or .csv). Pure. `import` reads back exactly the feed written:
 * a Text written as a string goes in the plain column, one written as an object in one column a
 * language (`title@zh-Hans`), so that neither turns into the other.
 */

/** A cell to write: a date (`{ date: '2024-07-31' }`) is written as a date cell. */
export type OutValue = string | number | boolean | { readonly date: string } | null;

export interface OutColumn {
  readonly header: string;
  readonly width: number;
  readonly type: ColumnType;
}

export interface OutSheet {
  readonly name: string;
  readonly columns: readonly OutColumn[];
  /** The rows under the header row. */
  readonly rows: readonly (readonly OutValue[])[];
}

export interface ExportResult {
  readonly sheets: readonly OutSheet[];
  /** Fields of the feed the sheets have no place for, left out. */
  readonly warnings: readonly string[];
}

type Json = Record<string, unknown>;
type Text = string | Record<string, string>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** The fields each object of the format has. */
const KNOWN: Record<string, readonly string[]> = {
  feed: ['$schema', 'version', 'plan', 'priorities'],
  // A rule is no key and value: the plan sheet has no row for it.
  plan: PLAN_FIELDS.filter((field) => field !== 'statusRule'),
  period: ['start', 'end'],
  priority: PRIORITY_FIELDS,
  actions: ['title', 'done', 'due'],
  measures: ['label', 'current', 'target', 'baseline', 'unit', 'history'],
  history: ['date', 'value'],
  updates: ['date', 'text'],
  links: ['label', 'url'],
};

/** The paths of the fields `export` leaves out: fields the format does not define, and `plan.statusRule`. */
function unknownFields(feed: Json): string[] {
  const paths: string[] = [];
  const check = (value: unknown, kind: string, path: string) => {
    if (!isObject(value)) return;
    for (const key of Object.keys(value)) if (!KNOWN[kind]!.includes(key)) paths.push(path === '' ? key : `${path}.${key}`);
  };
  check(feed, 'feed', '');
  check(feed['plan'], 'plan', 'plan');
  if (isObject(feed['plan'])) check(feed['plan']['period'], 'period', 'plan.period');
  for (const [index, priority] of (Array.isArray(feed['priorities']) ? feed['priorities'] : []).entries()) {
    const path = `priorities[${index}]`;
    check(priority, 'priority', path);
    if (!isObject(priority)) continue;
    for (const list of ['actions', 'measures', 'updates', 'links']) {
      for (const [at, entry] of (Array.isArray(priority[list]) ? (priority[list] as unknown[]) : []).entries()) {
        check(entry, list, `${path}.${list}[${at}]`);
        if (list === 'measures' && isObject(entry) && Array.isArray(entry['history'])) {
          entry['history'].forEach((point, step) => check(point, 'history', `${path}.measures[${at}].history[${step}]`));
        }
      }
    }
  }
  return paths;
}

/** The languages of a Text field over many rows: the plain column when any is a string (or none has a value), then each key. */
function languagesOf(texts: readonly unknown[]): (string | undefined)[] {
  const languages: (string | undefined)[] = [];
  let plain = false;
  for (const text of texts) {
    if (typeof text === 'string') plain = true;
    else if (isObject(text)) for (const key of Object.keys(text)) if (!languages.includes(key)) languages.push(key);
  }
  return plain || languages.length === 0 ? [undefined, ...languages] : languages;
}

/** A value as a cell: dates as date cells, statuses and `done` in the sheet's words; anything broken as written. */
function cellOf(value: unknown, type: ColumnType, locale: UiLocale): OutValue {
  if (value === undefined || value === null) return null;
  switch (type) {
    case 'date':
    case 'datetime':
      return isCalendarDate(value) ? { date: value } : String(value);
    case 'status':
      return STATUSES.includes(value as Status) ? statusWord(value as Status, locale) : String(value);
    case 'boolean':
      return typeof value === 'boolean' ? booleanWord(value, locale) : String(value);
    case 'number':
      return typeof value === 'number' ? value : String(value);
    case 'tags':
      return Array.isArray(value) ? value.map(String).join('\n') : String(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
  }
}

class Exporter {
  readonly defaultLocale: string;

  constructor(
    readonly feed: Json,
    readonly locale: UiLocale,
  ) {
    const plan = isObject(feed['plan']) ? feed['plan'] : {};
    this.defaultLocale = typeof plan['defaultLocale'] === 'string' ? plan['defaultLocale'] : 'en';
  }

  header(spec: ColumnSpec, language?: string): string {
    const name = nameIn(spec.names, this.locale);
    return language === undefined ? name : `${name}@${language}`;
  }

  /**
   * The columns of `spec` for `values` (the field's value in each row), and each row's cells: one
   * column for most fields, one a language for a Text or a list of Text.
   */
  columns(spec: ColumnSpec, values: readonly unknown[]): { columns: OutColumn[]; cells: OutValue[][] } {
    if (spec.type === 'text' || spec.type === 'list') {
      const texts = spec.type === 'text' ? values : values.flatMap((value) => (Array.isArray(value) ? value : []));
      const languages = languagesOf(texts);
      const columns = languages.map((language) => ({ header: this.header(spec, language), width: spec.width, type: spec.type }));
      const cells = values.map((value) =>
        languages.map((language) =>
          spec.type === 'text' ? this.textCell(value, language) : this.listCell(value, language, languages),
        ),
      );
      return { columns, cells };
    }
    return {
      columns: [{ header: this.header(spec), width: spec.width, type: spec.type }],
      cells: values.map((value) => [cellOf(value, spec.type, this.locale)]),
    };
  }

  /** A Text's cell in the column of `language` (undefined: the plain column). */
  textCell(value: unknown, language: string | undefined): OutValue {
    if (typeof value === 'string') return language === undefined ? value : null;
    if (isObject(value))
      return language === undefined ? null : typeof value[language] === 'string' ? (value[language] as string) : null;
    return language === undefined && value !== undefined ? cellOf(value, 'string', this.locale) : null;
  }

  /** A list of Text in one language's column: one entry a line, an empty line where an entry lacks it. */
  listCell(value: unknown, language: string | undefined, languages: readonly (string | undefined)[]): OutValue {
    if (!Array.isArray(value)) return null;
    const lines = (value as Text[]).map((entry) => (this.textCell(entry, language) as string | null) ?? '');
    if (lines.every((line) => line === '')) return null;
    // One entry with a semicolon would be read as two: a second, empty line keeps it one.
    const anySemicolon = (value as Text[]).some((entry) =>
      languages.some((other) => /[;；]/.test(String(this.textCell(entry, other) ?? ''))),
    );
    if (lines.length === 1 && anySemicolon) lines.push('');
    return lines.join('\n');
  }

  /** A sheet of rows: each row a record, each spec its column(s). */
  sheet(spec: SheetSpec, records: readonly Json[], fields: readonly ColumnSpec[] = spec.columns): OutSheet {
    const columns: OutColumn[] = [];
    const rows: OutValue[][] = records.map(() => []);
    for (const field of fields) {
      const part = this.columns(
        field,
        records.map((record) => record[field.field]),
      );
      columns.push(...part.columns);
      part.cells.forEach((cells, index) => rows[index]!.push(...cells));
    }
    return { name: nameIn(spec.names, this.locale), columns, rows };
  }

  plan(spec: SheetSpec): OutSheet {
    const plan = isObject(this.feed['plan']) ? this.feed['plan'] : {};
    const period = isObject(plan['period']) ? plan['period'] : {};
    const valueOf = (field: string) =>
      field === '$schema' ? this.feed['$schema'] : field === 'start' || field === 'end' ? period[field] : plan[field];
    const keys = spec.columns.filter((column) => column.field !== '$schema' || this.feed['$schema'] !== undefined);
    const texts = keys.filter((column) => column.type === 'text').map((column) => valueOf(column.field));
    const languages = [undefined, ...languagesOf(texts).filter((language) => language !== undefined)];
    const value = PLAN_COLUMNS.value;
    const columns: OutColumn[] = [
      { header: this.header(PLAN_COLUMNS.key), width: PLAN_COLUMNS.key.width, type: 'string' },
      ...languages.map((language) => ({ header: this.header(value, language), width: value.width, type: 'text' as const })),
    ];
    const rows = keys.map((key) => [
      nameIn(key.names, this.locale),
      ...languages.map((language) =>
        key.type === 'text'
          ? this.textCell(valueOf(key.field), language)
          : language === undefined
            ? cellOf(valueOf(key.field), key.type, this.locale)
            : null,
      ),
    ]);
    return { name: nameIn(spec.names, this.locale), columns, rows };
  }

  run(): ExportResult {
    const priorities = listOf(this.feed['priorities']);
    const sheets: OutSheet[] = [];
    for (const spec of SHEETS) {
      if (spec.kind === 'plan') sheets.push(this.plan(spec));
      else if (spec.kind === 'priorities') sheets.push(this.sheet(spec, priorities));
      else if (spec.kind === 'history') sheets.push(this.history(spec, priorities));
      else {
        const records = priorities.flatMap((priority) =>
          listOf(priority[spec.list!]).map((entry) => ({ ...entry, priority: priority['id'] })),
        );
        sheets.push(this.sheet(spec, records));
      }
    }
    const warnings = unknownFields(this.feed).map((path) => SHEET_MESSAGES[this.locale].dropped(path));
    return { sheets, warnings };
  }

  /** Each dated value of a measure, the measure named by its label (by its number where two share one). */
  history(spec: SheetSpec, priorities: readonly Json[]): OutSheet {
    const records: Json[] = [];
    for (const priority of priorities) {
      const measures = listOf(priority['measures']);
      const labelOf = (measure: Json): string | undefined => {
        const label = measure['label'];
        if (typeof label === 'string') return label;
        if (!isObject(label)) return undefined;
        const text = label[this.defaultLocale] ?? Object.values(label)[0];
        return typeof text === 'string' ? text : undefined;
      };
      const labels = measures.map(labelOf);
      // A label is read back by any of its languages: it names a measure when no other measure has it.
      const allLabels = measures.map((measure) =>
        typeof measure['label'] === 'string'
          ? [measure['label']]
          : isObject(measure['label'])
            ? Object.values(measure['label'])
            : [],
      );
      for (const [index, measure] of measures.entries()) {
        const label = labels[index];
        const unique = label !== undefined && allLabels.filter((all) => all.includes(label)).length === 1;
        for (const point of listOf(measure['history'])) {
          records.push({
            priority: priority['id'],
            measure: unique ? label : index + 1,
            date: point['date'],
            value: point['value'],
          });
        }
      }
    }
    return this.sheet(spec, records);
  }
}

/** The sheets of docs/spreadsheet.md for `feed` (a feed as its JSON reads), with headers, statuses and sheet names in `locale`. */
export function exportFeed(feed: unknown, { locale = 'en' }: { locale?: UiLocale } = {}): ExportResult {
  return new Exporter(isObject(feed) ? feed : {}, locale).run();
}
