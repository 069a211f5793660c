import { PLAN, PRIORITY, STATUSES } from '../feed/schema.js';
import type { Status } from '../feed/schema.js';
import type { UiLocale } from '../i18n/localize.js';
import { renderInLocale } from '../i18n/localize.js';
import { statusLabel } from '../i18n/status.js';

/*
 * The spreadsheet layout of a feed (docs/spreadsheet.md): which sheets, which columns, and the words
 * each is known by. `plan-widgets import` reads it and `export` writes it, so both take their names
 * from these tables. A name is matched after `normalizeName`: full-width forms, case, spaces and a
 * trailing `*` (a "required" mark in many templates) make no difference.
 */

export type SheetKind = 'plan' | 'priorities' | 'actions' | 'measures' | 'updates' | 'history' | 'links';

/**
 * How a cell is read: `text` is a Text of the feed, and takes language columns (`title@en`); `list`
 * is a list of Text, one entry a line; `tags` a list of strings, one a line (or separated by commas);
 * `datetime` a date, or a date and time; `ref` the priority a row belongs to; `measure` the measure
 * of that priority a history row belongs to.
 */
export type ColumnType =
  'text' | 'string' | 'number' | 'date' | 'datetime' | 'status' | 'boolean' | 'list' | 'tags' | 'ref' | 'measure';

/** A name in each interface language, and other names it is also known by. */
export interface Names {
  readonly en: string;
  readonly 'zh-Hans': string;
  readonly 'zh-Hant': string;
  readonly aliases?: readonly string[];
}

export interface ColumnSpec {
  /** The feed's field (on the plan sheet, the key of its row). */
  readonly field: string;
  readonly type: ColumnType;
  readonly names: Names;
  /** A sheet is not read without this column. */
  readonly required?: boolean;
  /** Width when written, in characters. */
  readonly width: number;
}

export interface SheetSpec {
  readonly kind: SheetKind;
  readonly names: Names;
  /** The sheet's columns, in the order they are written; on the plan sheet, its keys (rows). */
  readonly columns: readonly ColumnSpec[];
  /** The feed's list each row adds to: `actions` of a priority… (none for plan and priorities). */
  readonly list?: string;
}

const column = (field: string, type: ColumnType, names: Names, width: number, required = false): ColumnSpec => ({
  field,
  type,
  names,
  width,
  required,
});

/** The column naming the priority a row of actions, measures, updates, history or links belongs to. */
const PRIORITY_REF = column('priority', 'ref', { en: 'priority', 'zh-Hans': '重点工作', 'zh-Hant': '重點工作' }, 16, true);

const TITLE: Names = { en: 'title', 'zh-Hans': '标题', 'zh-Hant': '標題', aliases: ['名称', '名稱', 'name'] };
const SUMMARY: Names = { en: 'summary', 'zh-Hans': '简介', 'zh-Hant': '簡介', aliases: ['摘要', '概述'] };
const DUE: Names = {
  en: 'due',
  'zh-Hans': '完成时限',
  'zh-Hant': '完成期限',
  aliases: ['截止日期', '完成时间', '完成時間', 'deadline'],
};
const UPDATED: Names = {
  en: 'updated',
  'zh-Hans': '更新日期',
  'zh-Hant': '更新日期',
  aliases: ['最近更新', '更新时间', '更新時間'],
};
const DATE: Names = { en: 'date', 'zh-Hans': '日期', 'zh-Hant': '日期' };

/** A priority's fields in the format's order (src/feed/schema.ts), the order `import` writes them in. */
export const PRIORITY_FIELDS: readonly string[] = Object.keys(PRIORITY.fields);

/** The plan's fields in the format's order. */
export const PLAN_FIELDS: readonly string[] = Object.keys(PLAN.fields);

/** The plan sheet: a `key` and a `value` column (and the value's language columns); one row a key. */
export const PLAN_COLUMNS = {
  key: column('key', 'string', { en: 'key', 'zh-Hans': '项目', 'zh-Hant': '項目', aliases: ['字段', '欄位', 'field'] }, 18, true),
  value: column('value', 'text', { en: 'value', 'zh-Hans': '内容', 'zh-Hant': '內容', aliases: ['值'] }, 60, true),
} as const;

export const SHEETS: readonly SheetSpec[] = [
  {
    kind: 'plan',
    names: { en: 'plan', 'zh-Hans': '计划', 'zh-Hant': '計畫', aliases: ['計劃'] },
    columns: [
      column('$schema', 'string', { en: '$schema', 'zh-Hans': '$schema', 'zh-Hant': '$schema' }, 0),
      column('title', 'text', TITLE, 0, true),
      column(
        'organization',
        'text',
        {
          en: 'organization',
          'zh-Hans': '发布单位',
          'zh-Hant': '發布單位',
          aliases: ['organisation', '单位', '單位', '机构', '機構'],
        },
        0,
      ),
      column('summary', 'text', SUMMARY, 0),
      column(
        'start',
        'date',
        { en: 'start', 'zh-Hans': '开始日期', 'zh-Hant': '開始日期', aliases: ['period.start', '起始日期'] },
        0,
      ),
      column('end', 'date', { en: 'end', 'zh-Hans': '结束日期', 'zh-Hant': '結束日期', aliases: ['period.end'] }, 0),
      column('updated', 'datetime', UPDATED, 0),
      column(
        'defaultLocale',
        'string',
        { en: 'defaultLocale', 'zh-Hans': '默认语言', 'zh-Hant': '預設語言', aliases: ['default locale', '默認語言'] },
        0,
      ),
      column('url', 'string', { en: 'url', 'zh-Hans': '全文链接', 'zh-Hant': '全文連結', aliases: ['网址', '網址', 'link'] }, 0),
      column(
        'notice',
        'text',
        { en: 'notice', 'zh-Hans': '提示', 'zh-Hant': '提示', aliases: ['说明', '說明', '声明', '聲明'] },
        0,
      ),
    ],
  },
  {
    kind: 'priorities',
    names: { en: 'priorities', 'zh-Hans': '重点工作', 'zh-Hant': '重點工作' },
    columns: [
      column('id', 'string', { en: 'id', 'zh-Hans': '编号', 'zh-Hant': '編號', aliases: ['代号', '代號'] }, 16, true),
      column('title', 'text', TITLE, 36, true),
      column('summary', 'text', SUMMARY, 36),
      column('status', 'status', { en: 'status', 'zh-Hans': '状态', 'zh-Hant': '狀態' }, 12),
      column(
        'progress',
        'number',
        { en: 'progress', 'zh-Hans': '进度', 'zh-Hant': '進度', aliases: ['完成进度', '完成進度'] },
        10,
      ),
      column('weight', 'number', { en: 'weight', 'zh-Hans': '权重', 'zh-Hant': '權重' }, 8),
      column(
        'owner',
        'text',
        { en: 'owner', 'zh-Hans': '牵头单位', 'zh-Hant': '主辦單位', aliases: ['牽頭單位', '主办单位'] },
        20,
      ),
      column(
        'leader',
        'text',
        { en: 'leader', 'zh-Hans': '分管领导', 'zh-Hant': '分管領導', aliases: ['責任領導', '责任领导'] },
        16,
      ),
      column(
        'partners',
        'list',
        {
          en: 'partners',
          'zh-Hans': '责任单位',
          'zh-Hant': '協辦單位',
          aliases: ['責任單位', '协办单位', '配合单位', '配合單位'],
        },
        24,
      ),
      column('due', 'date', DUE, 12),
      column('updated', 'date', UPDATED, 12),
      column('tags', 'tags', { en: 'tags', 'zh-Hans': '标签', 'zh-Hant': '標籤' }, 16),
    ],
  },
  {
    kind: 'actions',
    list: 'actions',
    names: { en: 'actions', 'zh-Hans': '主要举措', 'zh-Hant': '主要措施', aliases: ['举措', '舉措', '措施', '主要舉措'] },
    columns: [
      PRIORITY_REF,
      column('title', 'text', { ...TITLE, aliases: [...TITLE.aliases!, '内容', '內容', '举措', '舉措', '措施'] }, 60, true),
      column('done', 'boolean', { en: 'done', 'zh-Hans': '已完成', 'zh-Hant': '已完成', aliases: ['完成', '是否完成'] }, 8),
      column('due', 'date', DUE, 12),
    ],
  },
  {
    kind: 'measures',
    list: 'measures',
    names: { en: 'measures', 'zh-Hans': '量化指标', 'zh-Hant': '量化指標', aliases: ['指标', '指標'] },
    columns: [
      PRIORITY_REF,
      column('label', 'text', { en: 'label', 'zh-Hans': '指标', 'zh-Hant': '指標', aliases: ['名称', '名稱'] }, 36, true),
      column('current', 'number', { en: 'current', 'zh-Hans': '当前值', 'zh-Hant': '目前值', aliases: ['现值', '現值'] }, 10),
      column('target', 'number', { en: 'target', 'zh-Hans': '目标值', 'zh-Hant': '目標值' }, 10),
      column('baseline', 'number', { en: 'baseline', 'zh-Hans': '基线值', 'zh-Hant': '基準值', aliases: ['基线', '基準'] }, 10),
      column('unit', 'text', { en: 'unit', 'zh-Hans': '单位', 'zh-Hant': '單位' }, 10),
    ],
  },
  {
    kind: 'updates',
    list: 'updates',
    names: { en: 'updates', 'zh-Hans': '进展动态', 'zh-Hant': '最新進度', aliases: ['进展', '進展', '动态', '動態', '進展動態'] },
    columns: [
      PRIORITY_REF,
      column('date', 'date', DATE, 12, true),
      column('text', 'text', { en: 'text', 'zh-Hans': '内容', 'zh-Hant': '內容', aliases: ['进展', '進展'] }, 60, true),
    ],
  },
  {
    kind: 'history',
    names: { en: 'history', 'zh-Hans': '指标历史', 'zh-Hant': '指標歷史', aliases: ['历史', '歷史'] },
    columns: [
      PRIORITY_REF,
      column('measure', 'measure', { en: 'measure', 'zh-Hans': '指标', 'zh-Hant': '指標' }, 36, true),
      column('date', 'date', DATE, 12, true),
      column('value', 'number', { en: 'value', 'zh-Hans': '数值', 'zh-Hant': '數值', aliases: ['值'] }, 10, true),
    ],
  },
  {
    kind: 'links',
    list: 'links',
    names: { en: 'links', 'zh-Hans': '相关链接', 'zh-Hant': '相關連結', aliases: ['链接', '連結'] },
    columns: [
      PRIORITY_REF,
      column('label', 'text', { en: 'label', 'zh-Hans': '名称', 'zh-Hant': '名稱', aliases: ['标题', '標題'] }, 36, true),
      column('url', 'string', { en: 'url', 'zh-Hans': '网址', 'zh-Hant': '網址', aliases: ['链接', '連結', 'link'] }, 48, true),
    ],
  },
];

export const sheetSpec = (kind: SheetKind): SheetSpec => SHEETS.find((sheet) => sheet.kind === kind)!;

/**
 * A name as it is compared: full-width letters, digits and `@` as ASCII (NFKC), no case, no spaces,
 * no trailing required-mark `*`.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/\*+$/, '');
}

const allNames = (names: Names) => [names.en, names['zh-Hans'], names['zh-Hant'], ...(names.aliases ?? [])];

/** Whether `name` is one of `names`. */
export function nameMatches(name: string, names: Names): boolean {
  const normalized = normalizeName(name);
  return allNames(names).some((known) => normalizeName(known) === normalized);
}

/** The sheet a sheet or CSV file name stands for: `priorities`, `重点工作`, `plan-2024-priorities`. */
export function sheetKindOf(name: string): SheetKind | undefined {
  const exact = SHEETS.find((sheet) => nameMatches(name, sheet.names));
  if (exact !== undefined) return exact.kind;
  // A CSV file is often named after its workbook too: `hanbin-priorities.csv`, `hanbin.actions.csv`.
  const last = name.split(/[-_.\s]/).pop() ?? '';
  return last === name ? undefined : SHEETS.find((sheet) => nameMatches(last, sheet.names))?.kind;
}

/** Columns whose header starts with `#`, and notes columns, are left for people: never read. */
export function isIgnoredColumn(header: string): boolean {
  const normalized = normalizeName(header);
  return normalized.startsWith('#') || ['备注', '備註', 'notes', 'note', 'remarks', 'comment', 'comments'].includes(normalized);
}

/** The words a status is known by: its id, the widget's own words in each language, and common others. */
const STATUS_WORDS: Record<Status, readonly string[]> = {
  'not-started': ['未开始', '未開始', '尚未开始', '尚未開始', '未启动', '未啟動', '尚未启动', 'not yet started'],
  'in-progress': ['推进中', '推進中', '正在进行', '正在進行', 'ongoing', 'started'],
  // 进度正常 / 進度正常: the widget's words in 0.1.0, in sheets exported by it.
  'on-track': [
    '进度正常',
    '進度正常',
    '正常',
    '正常推进',
    '正常推進',
    '按預定進度推進',
    '序时推进',
    '绿灯',
    '綠燈',
    '绿',
    '綠',
    'green',
  ],
  'at-risk': ['有风险', '有風險', '风险', '風險', '黄灯', '黃燈', '黄', '黃', 'amber', 'yellow'],
  'off-track': ['滞后', '滯後', '落后', '落後', '进度落后', '進度滯後', '红灯', '紅燈', '红', '紅', 'red', 'behind', 'off track'],
  done: ['完成', 'complete', 'completed', 'finished'],
};

/** The widget's own word for `status` in `locale`, the word `export` writes. */
export const statusWord = (status: Status, locale: UiLocale): string =>
  locale === 'en' ? status : renderInLocale(locale, () => statusLabel(status));

const statusKey = (word: string) => normalizeName(word).replace(/[-_]/g, '');

let statusIndex: Map<string, Status> | undefined;

/** The status a word names, in any of the three languages; undefined for any other word. */
export function statusOf(word: string): Status | undefined {
  if (statusIndex === undefined) {
    statusIndex = new Map();
    for (const status of STATUSES) {
      const words = [
        status,
        ...STATUS_WORDS[status],
        ...(['en', 'zh-Hans', 'zh-Hant'] as const).map((locale) => renderInLocale(locale, () => statusLabel(status))),
      ];
      for (const known of words) statusIndex.set(statusKey(known), status);
    }
  }
  return statusIndex.get(statusKey(word));
}

/** The statuses' words an editor may write, for a message: the widget's own words in `locale`. */
export const statusWords = (locale: UiLocale): string[] => STATUSES.map((status) => statusWord(status, locale));

const TRUE_WORDS = ['true', 'yes', 'y', '1', '是', '对', '對', '√', '✓', '✔', '完成', '已完成', 'done'];
const FALSE_WORDS = ['false', 'no', 'n', '0', '否', '不', '×', '✗', '✘', '未完成', '待完成', 'todo', 'to do'];

/** `true`, `false`, or undefined for a word that says neither. */
export function booleanOf(word: string): boolean | undefined {
  const key = normalizeName(word);
  if (TRUE_WORDS.some((known) => normalizeName(known) === key)) return true;
  if (FALSE_WORDS.some((known) => normalizeName(known) === key)) return false;
  return undefined;
}

/** How `done` is written: a Boolean cell in English, 是 / 否 in Chinese. */
export const booleanWord = (value: boolean, locale: UiLocale): string | boolean =>
  locale === 'en' ? value : value ? '是' : '否';

/** The name of a sheet or column in an interface language. */
export const nameIn = (names: Names, locale: UiLocale): string => names[locale];
