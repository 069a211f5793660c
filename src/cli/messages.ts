import type { UiLocale } from '../i18n/localize.js';

/*
 * The command line's own words, in the three interface locales. The feed's problems are the
 * widget's own (src/feed/schema.ts, parse.ts), said in the editor's language by `renderInLocale`
 * from the widget's catalogues; only what the widget never says is here: jsonc-parser's syntax
 * errors, which are more precise than a browser's, and the command line's sentences.
 */

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
