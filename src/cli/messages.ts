import type { UiLocale } from '../i18n/localize.js';

/*
 * The command line's words, in the three interface locales. The feed's problems come from the
 * widget's own validator (src/feed/parse.ts and the messages of src/feed/schema.ts) as English
 * `"<JSON path>: <message>"` lines; `problemMessage` gives each message in the editor's language.
 * They live here, not in the widget's XLIFF catalogues, because every message there goes into
 * plan-widgets.js, which a visitor downloads. test/scripts/cli.test.mjs fails when a message of the
 * schema has no translation here.
 */

type Translations = Record<Exclude<UiLocale, 'en'>, string>;

/** The schema's fixed messages (src/feed/schema.ts and parse.ts), by their English text. */
const FIXED: Record<string, Translations> = {
  'expected a string or {"<language>": string}': {
    'zh-Hans': '应为字符串，或 {"<语言>": 字符串}',
    'zh-Hant': '應為字串，或 {"<語言>": 字串}',
  },
  'expected an ISO date (YYYY-MM-DD)': {
    'zh-Hans': '应为实际存在的 ISO 日期（YYYY-MM-DD）',
    'zh-Hant': '應為實際存在的 ISO 日期（YYYY-MM-DD）',
  },
  'expected an ISO date or date-time': {
    'zh-Hans': '应为实际存在的 ISO 日期或日期时间（如 2024-01-15 或 2024-01-15T08:30）',
    'zh-Hant': '應為實際存在的 ISO 日期或日期時間（如 2024-01-15 或 2024-01-15T08:30）',
  },
  'expected an id made of a-z, 0-9 and "-"': {
    'zh-Hans': '应为由 a-z、0-9 和 "-" 组成的 id',
    'zh-Hant': '應為由 a-z、0-9 和 "-" 組成的 id',
  },
  'expected a number from 0 to 100': { 'zh-Hans': '应为 0–100 的数字', 'zh-Hant': '應為 0–100 的數字' },
  'expected a number greater than 0': { 'zh-Hans': '应为大于 0 的数字', 'zh-Hant': '應為大於 0 的數字' },
  'expected a number': { 'zh-Hans': '应为数字', 'zh-Hant': '應為數字' },
  'expected true or false': { 'zh-Hans': '应为 true 或 false', 'zh-Hant': '應為 true 或 false' },
  'expected a string': { 'zh-Hans': '应为字符串', 'zh-Hant': '應為字串' },
  'expected a URL': { 'zh-Hans': '应为网址（URL）', 'zh-Hant': '應為網址（URL）' },
  'expected a language tag such as "zh-Hans"': {
    'zh-Hans': '应为语言标记，如 "zh-Hans"',
    'zh-Hant': '應為語言標記，如 "zh-Hant"',
  },
  'expected 1 (this widget reads feed version 1)': {
    'zh-Hans': '应为 1（本组件读取第 1 版数据源）',
    'zh-Hant': '應為 1（本元件讀取第 1 版資料來源）',
  },
  'required, but missing': { 'zh-Hans': '必填，但缺少此项', 'zh-Hant': '必填，但缺少此項' },
  'expected a list': { 'zh-Hans': '应为列表（JSON 数组）', 'zh-Hant': '應為清單（JSON 陣列）' },
  'expected at least one priority': { 'zh-Hans': '至少应有一项重点工作', 'zh-Hant': '至少應有一項重點工作' },
};

/** The schema's messages that carry values, each a pattern over the English and its translations. */
const PATTERNS: [RegExp, Translations][] = [
  [/^expected one of (.+)$/, { 'zh-Hans': '应为以下之一：$1', 'zh-Hant': '應為以下之一：$1' }],
  [/^expected an object with (.+)$/, { 'zh-Hans': '应为包含 $1 的对象', 'zh-Hant': '應為包含 $1 的物件' }],
  [
    /^(\d+) entries, more than the (\d+) read; the rest are left out$/,
    { 'zh-Hans': '共 $1 项，超过读取上限 $2 项；其余未读取', 'zh-Hant': '共 $1 項，超過讀取上限 $2 項；其餘未讀取' },
  ],
  [/^"(.*)" repeats an earlier id$/, { 'zh-Hans': '"$1" 与前面的 id 重复', 'zh-Hant': '"$1" 與前面的 id 重複' }],
  [
    /^([\d.]+) MB, more than the 5 MB a feed may hold$/,
    { 'zh-Hans': '$1 MB，超过数据源 5 MB 的上限', 'zh-Hant': '$1 MB，超過資料來源 5 MB 的上限' },
  ],
  [/^… and (\d+) more problems$/, { 'zh-Hans': '……另有 $1 个问题', 'zh-Hant': '……另有 $1 個問題' }],
];

/** A message of the widget's validator in `locale`; one it does not know stays as written. */
export function problemMessage(message: string, locale: UiLocale): string {
  if (locale === 'en') return message;
  const fixed = FIXED[message];
  if (fixed !== undefined) return fixed[locale];
  for (const [pattern, translations] of PATTERNS) {
    if (pattern.test(message)) return message.replace(pattern, translations[locale]);
  }
  return message;
}

/** Whether `problemMessage` translates `message` (for the test that every schema message is covered). */
export function isTranslated(message: string): boolean {
  return FIXED[message] !== undefined || PATTERNS.some(([pattern]) => pattern.test(message));
}

/** JSON syntax errors, by jsonc-parser's error code name. */
const SYNTAX: Record<string, Record<UiLocale, string>> = {
  InvalidSymbol: { en: 'unexpected character', 'zh-Hans': '意外的字符', 'zh-Hant': '意外的字元' },
  InvalidNumberFormat: { en: 'not a valid number', 'zh-Hans': '数字格式不正确', 'zh-Hant': '數字格式不正確' },
  PropertyNameExpected: {
    en: 'expected a property name in double quotes',
    'zh-Hans': '此处应为带双引号的属性名',
    'zh-Hant': '此處應為帶雙引號的屬性名',
  },
  ValueExpected: { en: 'expected a value', 'zh-Hans': '此处应为一个值', 'zh-Hant': '此處應為一個值' },
  ColonExpected: { en: 'expected ":"', 'zh-Hans': '此处应为冒号 ":"', 'zh-Hant': '此處應為冒號 ":"' },
  CommaExpected: {
    en: 'expected "," (or a comma too many before it)',
    'zh-Hans': '此处应为逗号 ","（或前面多了一个逗号）',
    'zh-Hant': '此處應為逗號 ","（或前面多了一個逗號）',
  },
  CloseBraceExpected: { en: 'expected "}"', 'zh-Hans': '此处应为 "}"', 'zh-Hant': '此處應為 "}"' },
  CloseBracketExpected: { en: 'expected "]"', 'zh-Hans': '此处应为 "]"', 'zh-Hant': '此處應為 "]"' },
  EndOfFileExpected: {
    en: 'expected the end of the file',
    'zh-Hans': '此处应为文件结尾',
    'zh-Hant': '此處應為檔案結尾',
  },
  InvalidCommentToken: { en: 'JSON allows no comments', 'zh-Hans': 'JSON 不允许注释', 'zh-Hant': 'JSON 不允許註解' },
  UnexpectedEndOfComment: { en: 'a comment is not closed', 'zh-Hans': '注释未结束', 'zh-Hant': '註解未結束' },
  UnexpectedEndOfString: {
    en: 'a string is not closed with "',
    'zh-Hans': '字符串缺少结尾的 "',
    'zh-Hant': '字串缺少結尾的 "',
  },
  UnexpectedEndOfNumber: { en: 'a number is cut off', 'zh-Hans': '数字不完整', 'zh-Hant': '數字不完整' },
  InvalidUnicode: { en: 'not a valid \\u escape', 'zh-Hans': '\\u 转义不正确', 'zh-Hant': '\\u 跳脫不正確' },
  InvalidEscapeCharacter: { en: 'not a valid escape', 'zh-Hans': '转义字符不正确', 'zh-Hant': '跳脫字元不正確' },
  InvalidCharacter: {
    en: 'a control character (such as a tab or line break) inside a string',
    'zh-Hans': '字符串中有控制字符（如制表符或换行）',
    'zh-Hant': '字串中有控制字元（如定位字元或換行）',
  },
};

export function syntaxMessage(code: string, locale: UiLocale): string {
  return SYNTAX[code]?.[locale] ?? code;
}

/** The command line's own sentences. */
export const CLI_TEXT: Record<
  UiLocale,
  {
    readonly usage: string;
    readonly error: string;
    readonly warning: string;
    readonly invalid: string;
    readonly valid: string;
    readonly counts: (errors: number, warnings: number) => string;
    readonly unreadable: (file: string, reason: string) => string;
    readonly unwritable: (file: string, reason: string) => string;
    /** `import` found problems and wrote no feed. */
    readonly notImported: (count: number) => string;
    /** `export` would write a binary file to the terminal. */
    readonly binaryToTerminal: string;
    /** `export --csv` without `-o`. */
    readonly csvNeedsFolder: string;
  }
> = {
  en: {
    usage: `Usage:
  plan-widgets validate <feed.json> [--lang <tag>] [--json]
      Checks a feed as the widget reads it; each problem with its line, column and JSON path.
      Exit status: 0 when the widget can show it (warnings allowed), 1 when it cannot, 2 on a usage error.
  plan-widgets fallback <feed.json> [--lang <tag>] [--priorities <list>] [--heading-level <1-6>]
      Writes the HTML to put inside <plan-summary> for visitors without the script.
  plan-widgets import <plan.xlsx | sheet.csv… | folder> [-o <feed.json>] [--lang <tag>] [--encoding <label>]
      Reads a spreadsheet laid out as docs/spreadsheet.md says into a feed, and checks it as the widget
      does; each problem with its sheet, row and column. Exit status: 0 when the feed was written,
      1 when the spreadsheet has problems (no feed is written), 2 on a usage error.
  plan-widgets export <feed.json> [-o <plan.xlsx>] [--csv -o <folder>] [--lang <tag>]
      Writes a feed as a spreadsheet in that layout (sheet names, headers and statuses in --lang).
--lang defaults to the system's language (LC_ALL, LC_MESSAGES, LANG); en, zh-Hans and zh-Hant are spoken.`,
    error: 'error',
    warning: 'warning',
    invalid: 'the widget cannot show this feed',
    valid: 'the widget can show this feed',
    counts: (errors, warnings) =>
      ` (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})`,
    unreadable: (file, reason) => `cannot read ${file}: ${reason}`,
    unwritable: (file, reason) => `cannot write ${file}: ${reason}`,
    notImported: (count) => `${count} ${count === 1 ? 'problem' : 'problems'}: no feed written`,
    binaryToTerminal: 'an .xlsx workbook is not text: give -o plan.xlsx, or send the output to a file (> plan.xlsx)',
    csvNeedsFolder: '--csv writes one file a sheet: give the folder with -o',
  },
  'zh-Hans': {
    usage: `用法：
  plan-widgets validate <feed.json> [--lang <语言>] [--json]
      按组件的读取方式检查数据源，每个问题给出行号、列号和 JSON 路径。
      退出码：组件可以显示时为 0（可有警告），无法显示时为 1，用法错误时为 2。
  plan-widgets fallback <feed.json> [--lang <语言>] [--priorities <列表>] [--heading-level <1-6>]
      输出放在 <plan-summary> 内的 HTML，供无法运行脚本的访问者阅读。
  plan-widgets import <plan.xlsx | 工作表.csv… | 文件夹> [-o <feed.json>] [--lang <语言>] [--encoding <编码>]
      按 docs/spreadsheet.md 的表格格式读取表格，生成数据源，并按组件的规则检查；每个问题给出工作表、行和列。
      退出码：已写出数据源时为 0，表格有问题时为 1（不写出数据源），用法错误时为 2。
  plan-widgets export <feed.json> [-o <plan.xlsx>] [--csv -o <文件夹>] [--lang <语言>]
      将数据源按该格式写成表格（工作表名、列名和状态用 --lang 的语言）。
--lang 默认取系统语言（LC_ALL、LC_MESSAGES、LANG）；支持 en、zh-Hans 和 zh-Hant。`,
    error: '错误',
    warning: '警告',
    invalid: '组件无法显示此数据源',
    valid: '组件可以显示此数据源',
    counts: (errors, warnings) => `（${errors} 个错误，${warnings} 个警告）`,
    unreadable: (file, reason) => `无法读取 ${file}：${reason}`,
    unwritable: (file, reason) => `无法写入 ${file}：${reason}`,
    notImported: (count) => `共 ${count} 个问题：未写出数据源`,
    binaryToTerminal: '.xlsx 工作簿不是文本：请用 -o plan.xlsx 指定文件，或将输出重定向到文件（> plan.xlsx）',
    csvNeedsFolder: '--csv 每个工作表写一个文件：请用 -o 指定文件夹',
  },
  'zh-Hant': {
    usage: `用法：
  plan-widgets validate <feed.json> [--lang <語言>] [--json]
      依元件的讀取方式檢查資料來源，每個問題列出行號、欄號和 JSON 路徑。
      結束代碼：元件可以顯示時為 0（可有警告），無法顯示時為 1，用法錯誤時為 2。
  plan-widgets fallback <feed.json> [--lang <語言>] [--priorities <清單>] [--heading-level <1-6>]
      輸出放在 <plan-summary> 內的 HTML，供無法執行指令碼的訪客閱讀。
  plan-widgets import <plan.xlsx | 工作表.csv… | 資料夾> [-o <feed.json>] [--lang <語言>] [--encoding <編碼>]
      依 docs/spreadsheet.md 的表格格式讀取表格，產生資料來源，並依元件的規則檢查；每個問題列出工作表、列和欄。
      結束代碼：已寫出資料來源時為 0，表格有問題時為 1（不寫出資料來源），用法錯誤時為 2。
  plan-widgets export <feed.json> [-o <plan.xlsx>] [--csv -o <資料夾>] [--lang <語言>]
      將資料來源依該格式寫成表格（工作表名、欄名和狀態用 --lang 的語言）。
--lang 預設取系統語言（LC_ALL、LC_MESSAGES、LANG）；支援 en、zh-Hans 和 zh-Hant。`,
    error: '錯誤',
    warning: '警告',
    invalid: '元件無法顯示此資料來源',
    valid: '元件可以顯示此資料來源',
    counts: (errors, warnings) => `（${errors} 個錯誤，${warnings} 個警告）`,
    unreadable: (file, reason) => `無法讀取 ${file}：${reason}`,
    unwritable: (file, reason) => `無法寫入 ${file}：${reason}`,
    notImported: (count) => `共 ${count} 個問題：未寫出資料來源`,
    binaryToTerminal: '.xlsx 活頁簿不是文字：請用 -o plan.xlsx 指定檔案，或將輸出重新導向到檔案（> plan.xlsx）',
    csvNeedsFolder: '--csv 每個工作表寫一個檔案：請用 -o 指定資料夾',
  },
};
