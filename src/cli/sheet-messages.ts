import type { UiLocale } from '../i18n/localize.js';

/*
 * What `plan-widgets import` says about a spreadsheet, in the three interface locales, each after
 * the cell it is about (`priorities!C7: …`). The problems the widget's own validator finds are said
 * in the widget's own messages, after the column's header as the sheet writes it. These stay out of
 * the widget's XLIFF catalogues, which go into plan-widgets.js.
 */

export interface SheetMessages {
  /** The file is not an .xlsx workbook (nor a CSV file). */
  notWorkbook(): string;
  /** An Excel 97–2003 workbook, which nothing here reads. */
  xls(): string;
  csvSyntax(line: number, reason: string): string;
  unknownSheet(name: string, expected: string): string;
  duplicateSheet(name: string, first: string): string;
  missingSheet(name: string): string;
  noHeader(expected: string): string;
  unknownColumn(header: string, expected: string): string;
  duplicateColumn(header: string, first: string): string;
  missingColumn(name: string): string;
  headerlessValue(): string;
  noLanguage(header: string): string;
  badLanguage(tag: string): string;
  unknownKey(key: string, expected: string): string;
  duplicateKey(key: string, first: string): string;
  status(word: string, words: string): string;
  boolean(word: string): string;
  unknownPriority(id: string): string;
  noPriority(): string;
  unknownMeasure(measure: string, priority: string): string;
  ambiguousMeasure(measure: string): string;
  sameLanguage(first: string, second: string, language: string): string;
  listLengths(first: string, firstCount: number, second: string, secondCount: number): string;
  /** Said by `export` of a field the layout has no place for. */
  dropped(path: string): string;
}

export type SheetMessageCode = keyof SheetMessages;

const en: SheetMessages = {
  notWorkbook: () => 'not an .xlsx workbook; save the spreadsheet as Excel Workbook (.xlsx) or as CSV',
  xls: () => 'an Excel 97–2003 (.xls) workbook; save it as Excel Workbook (.xlsx) first',
  csvSyntax: (line, reason) => `not valid CSV at line ${line}: ${reason}`,
  unknownSheet: (name, expected) =>
    `a sheet named "${name}" is not part of the layout (the sheets are ${expected}); start its name with # to keep it unread`,
  duplicateSheet: (name, first) => `"${name}" is the same sheet as "${first}"; keep one of them`,
  missingSheet: (name) => `no "${name}" sheet`,
  noHeader: (expected) => `no header row: the first row that names columns must name ${expected}`,
  unknownColumn: (header, expected) =>
    `unknown column "${header}"; this sheet's columns are ${expected} (a column whose header starts with # is not read)`,
  duplicateColumn: (header, first) => `"${header}" repeats the column of ${first}`,
  missingColumn: (name) => `no "${name}" column`,
  headerlessValue: () => 'a value in a column without a header',
  noLanguage: (header) => `"${header}": only text columns take a language after @`,
  badLanguage: (tag) => `"${tag}" is not a language tag such as zh-Hans, zh-Hant or en`,
  unknownKey: (key, expected) => `unknown key "${key}"; the keys are ${expected}`,
  duplicateKey: (key, first) => `"${key}" repeats the key of ${first}`,
  status: (word, words) => `"${word}" is not a status; write one of ${words}`,
  boolean: (word) => `"${word}" says neither yes nor no; write TRUE or FALSE (是 or 否)`,
  unknownPriority: (id) => `no priority on the priorities sheet has the id "${id}"`,
  noPriority: () => 'required, but missing: the id of the priority this row belongs to',
  unknownMeasure: (measure, priority) => `priority "${priority}" has no measure "${measure}" on the measures sheet`,
  ambiguousMeasure: (measure) => `"${measure}" names more than one measure of this priority; write the measure's number instead`,
  sameLanguage: (first, second, language) => `"${first}" and "${second}" both give the ${language} text; keep one`,
  listLengths: (first, firstCount, second, secondCount) =>
    `"${first}" has ${firstCount} entries but "${second}" has ${secondCount}: write each entry on its own line, in the same order, in every language`,
  dropped: (path) => `${path} has no place in the spreadsheet and is left out`,
};

const zhHans: SheetMessages = {
  notWorkbook: () => '不是 .xlsx 工作簿；请将表格另存为“Excel 工作簿（.xlsx）”或 CSV',
  xls: () => '这是 Excel 97–2003（.xls）工作簿；请先另存为“Excel 工作簿（.xlsx）”',
  csvSyntax: (line, reason) => `第 ${line} 行不是有效的 CSV：${reason}`,
  unknownSheet: (name, expected) => `工作表“${name}”不在表格格式之内（工作表应为${expected}）；如需保留而不读取，请在名称前加 #`,
  duplicateSheet: (name, first) => `“${name}”与“${first}”是同一种工作表；请只保留一个`,
  missingSheet: (name) => `缺少“${name}”工作表`,
  noHeader: (expected) => `没有标题行：第一行列名须包含${expected}`,
  unknownColumn: (header, expected) => `未知的列“${header}”；此工作表的列为${expected}（列名以 # 开头的列不读取）`,
  duplicateColumn: (header, first) => `“${header}”与 ${first} 列重复`,
  missingColumn: (name) => `缺少“${name}”列`,
  headerlessValue: () => '此列没有列名，却填有内容',
  noLanguage: (header) => `“${header}”：只有文字列可以在 @ 后注明语言`,
  badLanguage: (tag) => `“${tag}”不是语言标记，应为 zh-Hans、zh-Hant 或 en 等`,
  unknownKey: (key, expected) => `未知的项目“${key}”；项目应为${expected}`,
  duplicateKey: (key, first) => `“${key}”与 ${first} 的项目重复`,
  status: (word, words) => `“${word}”不是状态；请填写${words}之一`,
  boolean: (word) => `“${word}”既不表示是，也不表示否；请填写“是”或“否”（或 TRUE、FALSE）`,
  unknownPriority: (id) => `“重点工作”工作表中没有编号为“${id}”的重点工作`,
  noPriority: () => '必填，但缺少此项：本行所属重点工作的编号',
  unknownMeasure: (measure, priority) => `重点工作“${priority}”在“量化指标”工作表中没有指标“${measure}”`,
  ambiguousMeasure: (measure) => `“${measure}”对应本项重点工作的多个指标；请改填指标的序号`,
  sameLanguage: (first, second, language) => `“${first}”和“${second}”都给出了 ${language} 文字；请只保留一个`,
  listLengths: (first, firstCount, second, secondCount) =>
    `“${first}”有 ${firstCount} 项，“${second}”却有 ${secondCount} 项：每种语言都应每行一项、顺序相同`,
  dropped: (path) => `${path} 在表格中没有对应位置，未导出`,
};

const zhHant: SheetMessages = {
  notWorkbook: () => '不是 .xlsx 活頁簿；請將表格另存為「Excel 活頁簿（.xlsx）」或 CSV',
  xls: () => '這是 Excel 97–2003（.xls）活頁簿；請先另存為「Excel 活頁簿（.xlsx）」',
  csvSyntax: (line, reason) => `第 ${line} 行不是有效的 CSV：${reason}`,
  unknownSheet: (name, expected) =>
    `工作表「${name}」不在表格格式之內（工作表應為${expected}）；如需保留而不讀取，請在名稱前加 #`,
  duplicateSheet: (name, first) => `「${name}」與「${first}」是同一種工作表；請只保留一個`,
  missingSheet: (name) => `缺少「${name}」工作表`,
  noHeader: (expected) => `沒有標題列：第一列欄名須包含${expected}`,
  unknownColumn: (header, expected) => `未知的欄「${header}」；此工作表的欄為${expected}（欄名以 # 開頭的欄不讀取）`,
  duplicateColumn: (header, first) => `「${header}」與 ${first} 欄重複`,
  missingColumn: (name) => `缺少「${name}」欄`,
  headerlessValue: () => '此欄沒有欄名，卻填有內容',
  noLanguage: (header) => `「${header}」：只有文字欄可以在 @ 後註明語言`,
  badLanguage: (tag) => `「${tag}」不是語言標記，應為 zh-Hans、zh-Hant 或 en 等`,
  unknownKey: (key, expected) => `未知的項目「${key}」；項目應為${expected}`,
  duplicateKey: (key, first) => `「${key}」與 ${first} 的項目重複`,
  status: (word, words) => `「${word}」不是狀態；請填寫${words}之一`,
  boolean: (word) => `「${word}」既不表示是，也不表示否；請填寫「是」或「否」（或 TRUE、FALSE）`,
  unknownPriority: (id) => `「重點工作」工作表中沒有編號為「${id}」的重點工作`,
  noPriority: () => '必填，但缺少此項：本列所屬重點工作的編號',
  unknownMeasure: (measure, priority) => `重點工作「${priority}」在「量化指標」工作表中沒有指標「${measure}」`,
  ambiguousMeasure: (measure) => `「${measure}」對應本項重點工作的多個指標；請改填指標的序號`,
  sameLanguage: (first, second, language) => `「${first}」和「${second}」都給出了 ${language} 文字；請只保留一個`,
  listLengths: (first, firstCount, second, secondCount) =>
    `「${first}」有 ${firstCount} 項，「${second}」卻有 ${secondCount} 項：每種語言都應每行一項、順序相同`,
  dropped: (path) => `${path} 在表格中沒有對應位置，未匯出`,
};

export const SHEET_MESSAGES: Record<UiLocale, SheetMessages> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

/** A list of names for a message: `"a", "b" and "c"`; `“甲”、“乙”` in Chinese. */
export function listOf(names: readonly string[], locale: UiLocale): string {
  if (locale === 'zh-Hans') return names.map((name) => `“${name}”`).join('、');
  if (locale === 'zh-Hant') return names.map((name) => `「${name}」`).join('、');
  return names.map((name) => `"${name}"`).join(', ');
}
