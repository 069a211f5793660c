import type { UiLocale } from '../i18n/localize.js';
import type { Layout, Theme } from './settings.js';
import type { Variant } from './snippet.js';

/*
 * The configurator's own words, in its three interface languages. They stay here, not in the widget's
 * XLIFF catalogues: every message there goes into plan-widgets.js, which each visitor downloads. The
 * feed's problems come in these languages from src/cli/validate.ts.
 */
export interface Strings {
  readonly pageTitle: string;
  readonly intro: string;
  readonly uiLanguage: string;

  readonly feedHeading: string;
  readonly srcLabel: string;
  readonly srcHint: string;
  readonly load: string;
  readonly pasteLabel: string;
  readonly pasteHint: string;
  readonly useJson: string;
  readonly fileLabel: string;
  readonly dropHint: string;
  readonly dropHere: string;
  readonly loading: (source: string) => string;
  readonly pastedSource: string;
  readonly fileSource: (name: string) => string;
  readonly spreadsheetSource: (names: readonly string[]) => string;
  readonly usable: (source: string, priorities: number, warnings: number) => string;
  readonly unusable: (source: string, errors: number) => string;
  readonly errorsHeading: string;
  readonly warningsHeading: string;
  readonly problem: (line: number, column: number) => string;
  readonly colon: string;
  readonly unreachable: (address: string) => string;
  readonly httpStatus: (status: number, address: string) => string;
  readonly unreadableFile: (name: string) => string;
  readonly noAddress: string;
  readonly notImported: (source: string, problems: number) => string;
  readonly spreadsheetCode: string;
  readonly saveFeed: string;
  readonly saveFeedHint: string;
  readonly templatesHeading: string;
  readonly templatesHint: string;
  readonly workbookTemplates: string;
  readonly csvTemplates: string;

  readonly filesHeading: string;
  readonly scriptBaseLabel: string;
  readonly scriptBaseHint: string;

  readonly prioritiesHeading: string;
  readonly prioritiesHint: string;
  readonly prioritiesNoFeed: string;
  readonly prioritiesText: string;
  readonly expandedText: string;
  readonly entriesHint: string;
  readonly openAtFirst: string;
  readonly openAll: string;
  readonly showAll: string;
  readonly moveUp: (title: string) => string;
  readonly moveDown: (title: string) => string;
  readonly dragHandle: (title: string) => string;
  readonly moved: (title: string, position: number, total: number) => string;
  readonly alreadyFirst: (title: string) => string;
  readonly alreadyLast: (title: string) => string;

  readonly languageHeading: string;
  readonly langLabel: string;
  readonly langAbsent: string;
  readonly languagesLabel: string;
  readonly languagesHint: string;

  readonly appearanceHeading: string;
  readonly layoutLabel: string;
  readonly layouts: Record<Layout, string>;
  readonly themeLabel: string;
  readonly themes: Record<Theme, string>;
  readonly headingLevelLabel: string;
  readonly headingLevelOption: (level: number) => string;
  readonly hideRing: string;
  readonly hideHeader: string;
  readonly accentLabel: string;
  readonly accentPicker: string;
  readonly radiusLabel: string;
  readonly fontLabel: string;
  readonly customHint: (value: string) => string;
  readonly cssInvalid: string;

  readonly updatesHeading: string;
  readonly refreshLabel: string;
  readonly refreshHint: string;
  readonly staleLabel: string;
  readonly staleHint: string;

  readonly previewHeading: string;
  readonly widthLabel: string;
  readonly phone: string;
  readonly desktop: string;
  readonly pageLangLabel: string;
  readonly previewEmpty: string;

  readonly snippetHeading: string;
  readonly variantLabel: string;
  readonly variants: Record<Variant, string>;
  readonly variantHints: Record<Variant, string>;
  readonly fallbackNeedsFeed: string;
  readonly inlineNote: string;
  readonly iframeNeedsSrc: string;
  readonly snippetLabel: string;
  readonly copy: string;
  readonly copied: string;
  readonly copySelected: string;
  readonly frameTitle: string;

  readonly loadSnippetHeading: string;
  readonly loadSnippetLabel: string;
  readonly loadSnippet: string;
  readonly snippetLoaded: string;
  readonly snippetNothing: string;
  readonly snippetSeveral: string;
  readonly snippetNotKept: (name: string) => string;
  readonly snippetValue: (name: string, value: string) => string;
}

const en: Strings = {
  pageTitle: 'plan-widgets configurator',
  intro: 'Choose what the plan shows and see it live, then copy the HTML for your site. Nothing you enter leaves this page.',
  uiLanguage: 'Language of this page',

  feedHeading: 'The feed',
  srcLabel: 'Feed address (src)',
  srcHint: 'Where your site serves the feed, such as /static/plan.json. “Load” reads it from there and checks it.',
  load: 'Load',
  pasteLabel: 'Or paste the feed’s JSON',
  pasteHint: 'Checked as the widget reads it; the snippet then uses the address above, or holds the feed itself.',
  useJson: 'Check and use this JSON',
  fileLabel: 'Or choose a file: the feed (.json), or a spreadsheet (.xlsx, or CSV files)',
  dropHint: 'You can also drop it onto this section. CSV files, one a sheet: choose or drop them all at once.',
  dropHere: 'Drop the file to check it',
  loading: (source) => `Loading ${source}…`,
  pastedSource: 'The pasted JSON',
  fileSource: (name) => `The file ${name}`,
  spreadsheetSource: (names) => `The spreadsheet ${names.join(', ')}`,
  usable: (source, priorities, warnings) =>
    `${source}: the widget can show it, ${priorities} ${priorities === 1 ? 'priority' : 'priorities'}` +
    (warnings === 0 ? '.' : `; ${warnings} ${warnings === 1 ? 'thing is' : 'things are'} left out (listed below).`),
  unusable: (source, errors) =>
    `${source}: the widget cannot show it; ${errors === 1 ? 'one problem' : `${errors} problems`} to fix (listed below).`,
  errorsHeading: 'To fix',
  warningsHeading: 'Left out, the rest shows',
  problem: (line, column) => `Line ${line}, column ${column}`,
  colon: ': ',
  unreachable: (address) =>
    `Could not reach ${address}. Check the address; a feed on another site must allow this page to read it (CORS).`,
  httpStatus: (status, address) => `The server answered ${status} for ${address}. Check the address.`,
  unreadableFile: (name) => `Could not read the file ${name}.`,
  noAddress: 'Enter the feed’s address first.',
  notImported: (source, problems) =>
    `${source}: no feed was read from it; ${problems === 1 ? 'one problem' : `${problems} problems`} to fix, by sheet and cell (listed below).`,
  spreadsheetCode:
    'Could not load the part of this page that reads spreadsheets (the spreadsheet-….js file beside configurator.js). Reload the page; if it happens again, the site hosting it must copy the whole configurator folder.',
  saveFeed: 'Save the feed as a .json file',
  saveFeedHint:
    'The feed read from the spreadsheet. Put the file on your site and enter its address above; without an address, the snippet holds the feed itself.',
  templatesHeading: 'Spreadsheet templates',
  templatesHint: 'Download one, replace the example rows with your plan (keep the header rows), and choose or drop it here.',
  workbookTemplates: 'Excel workbook (.xlsx), with sheets and headers in:',
  csvTemplates: 'CSV, one file a sheet:',

  filesHeading: 'Where the files are',
  scriptBaseLabel: 'Folder of the widget’s files on your site',
  scriptBaseHint: 'Where you copied plan-widgets.js, plan-widgets.iife.js and embed.html from dist/.',

  prioritiesHeading: 'Priorities',
  prioritiesHint:
    'Checked priorities show, in this order. Move one with its arrow buttons, or drag its handle. “Open” opens its card at first.',
  prioritiesNoFeed: 'Load the feed to choose priorities by their titles. Meanwhile, enter ids or numbers:',
  prioritiesText: 'Priorities to show (priorities)',
  expandedText: 'Cards open at first (expanded)',
  entriesHint: 'Ids or numbers, in order, separated by spaces; empty: all. For open cards, “all” opens every card.',
  openAtFirst: 'Open',
  openAll: 'Open every card at first',
  showAll: 'Show all, in the feed’s order',
  moveUp: (title) => `Move “${title}” up`,
  moveDown: (title) => `Move “${title}” down`,
  dragHandle: (title) => `Drag to move “${title}”`,
  moved: (title, position, total) => `“${title}” moved to position ${position} of ${total}.`,
  alreadyFirst: (title) => `“${title}” is already first.`,
  alreadyLast: (title) => `“${title}” is already last.`,

  languageHeading: 'Language',
  langLabel: 'Language of the plan (lang)',
  langAbsent: 'The page’s language, else the plan’s own',
  languagesLabel: 'Language switcher (languages)',
  languagesHint: 'Visitors can switch between the checked languages, in the order you check them. None: no switcher.',

  appearanceHeading: 'Appearance',
  layoutLabel: 'Layout (layout)',
  layouts: { grid: 'Grid of cards', list: 'One card per row' },
  themeLabel: 'Colours (theme)',
  themes: { light: 'Light', dark: 'Dark', auto: 'Follow the visitor’s setting' },
  headingLevelLabel: 'Heading level of the plan’s title (heading-level)',
  headingLevelOption: (level) => `h${level}${level === 2 ? ' (default)' : ''}`,
  hideRing: 'Hide the overall progress ring (hide-ring)',
  hideHeader: 'Hide the header: title, ring and switcher (hide-header)',
  accentLabel: 'Accent colour (--plan-accent)',
  accentPicker: 'Pick the accent colour',
  radiusLabel: 'Corner radius (--plan-radius)',
  fontLabel: 'Font (--plan-font-family)',
  customHint: (value) => `Empty: ${value}.`,
  cssInvalid: 'The browser does not read this value; it is left out of the snippet.',

  updatesHeading: 'Updates',
  refreshLabel: 'Reload the feed every … seconds (refresh)',
  refreshHint: '0: never. At least 10 seconds; only for a feed read from its address.',
  staleLabel: 'Warn that the figures may be out of date after … days (stale-after)',
  staleHint: 'Counted from the plan’s “updated” date. Empty: no warning.',

  previewHeading: 'Preview',
  widthLabel: 'Width',
  phone: 'Phone (390 px)',
  desktop: 'Desktop',
  pageLangLabel: 'Language of the page around it (preview only)',
  previewEmpty: 'Load a feed to see the preview.',

  snippetHeading: 'The snippet',
  variantLabel: 'How your site adds it',
  variants: { module: 'Module script', classic: 'Classic script', iframe: 'Iframe', fallback: 'With fallback content' },
  variantHints: {
    module: 'For pages that allow <script type="module">: the script, then the element.',
    classic: 'For a CMS that only allows classic scripts (plan-widgets.iife.js).',
    iframe:
      'For editors that allow only an iframe: the embed page, and the script that sizes the frame. Colours, corners and font do not reach the embed page.',
    fallback: 'The element holds the plan as plain HTML, for visitors whose browser does not run the script.',
  },
  fallbackNeedsFeed: 'Load a feed the widget can show to write the fallback content.',
  inlineNote: 'No feed address: the feed is placed inside the element.',
  iframeNeedsSrc: 'The embed page needs the feed’s address (src).',
  snippetLabel: 'HTML to paste into your page',
  copy: 'Copy',
  copied: 'Copied.',
  copySelected: 'This browser did not let the page copy: the snippet is selected, press Ctrl+C (⌘C on a Mac).',
  frameTitle: 'Plan',

  loadSnippetHeading: 'Load settings from a snippet',
  loadSnippetLabel: 'Paste a snippet you already use',
  loadSnippet: 'Load its settings',
  snippetLoaded: 'Settings loaded from the snippet.',
  snippetNothing: 'No <plan-summary> and no embed.html iframe was found in it; nothing changed.',
  snippetSeveral: 'It holds more than one plan; the first was read.',
  snippetNotKept: (name) => `“${name}” is not set here and was not kept.`,
  snippetValue: (name, value) => `“${value}” is not a value ${name} takes; its default is kept.`,
};

const zhHans: Strings = {
  pageTitle: 'plan-widgets 配置工具',
  intro: '选择要显示的内容并实时预览，然后复制网站所需的 HTML。您输入的内容不会离开本页。',
  uiLanguage: '界面语言',

  feedHeading: '数据源',
  srcLabel: '数据源地址（src）',
  srcHint: '网站提供数据源文件的地址，如 /static/plan.json。点“读取”即从该地址读取并检查。',
  load: '读取',
  pasteLabel: '或粘贴数据源的 JSON',
  pasteHint: '按组件的读取方式检查；代码片段随后使用上面的地址，或直接包含数据源。',
  useJson: '检查并使用此 JSON',
  fileLabel: '或选择文件：数据源（.json），或表格（.xlsx，或 CSV 文件）',
  dropHint: '也可以把文件拖放到本栏。CSV 文件每个工作表一个：请一次全部选择或拖放。',
  dropHere: '松开即可检查此文件',
  loading: (source) => `正在读取 ${source}……`,
  pastedSource: '粘贴的 JSON',
  fileSource: (name) => `文件 ${name}`,
  spreadsheetSource: (names) => `表格 ${names.join('、')}`,
  usable: (source, priorities, warnings) =>
    `${source}：组件可以显示，共 ${priorities} 项重点工作` +
    (warnings === 0 ? '。' : `；有 ${warnings} 处未采用（见下方列表）。`),
  unusable: (source, errors) => `${source}：组件无法显示，需要修改 ${errors} 处（见下方列表）。`,
  errorsHeading: '需要修改',
  warningsHeading: '未采用，其余照常显示',
  problem: (line, column) => `第 ${line} 行第 ${column} 列`,
  colon: '：',
  unreachable: (address) => `无法访问 ${address}。请检查地址；其他网站上的数据源须允许本页读取（CORS）。`,
  httpStatus: (status, address) => `服务器对 ${address} 返回 ${status}。请检查地址。`,
  unreadableFile: (name) => `无法读取文件 ${name}。`,
  noAddress: '请先填写数据源地址。',
  notImported: (source, problems) => `${source}：未能读出数据源，需要修改 ${problems} 处，按工作表和单元格列出（见下方列表）。`,
  spreadsheetCode:
    '无法加载本页读取表格的部分（configurator.js 旁的 spreadsheet-….js 文件）。请重新加载本页；如果仍然如此，托管本页的网站须复制整个配置工具文件夹。',
  saveFeed: '将数据源保存为 .json 文件',
  saveFeedHint: '这是从表格读出的数据源。把文件放到网站上，并在上方填写其地址；不填地址，代码片段就直接包含数据源。',
  templatesHeading: '表格模板',
  templatesHint: '下载一个模板，把示例行换成您的计划（保留标题行），再在这里选择或拖放。',
  workbookTemplates: 'Excel 工作簿（.xlsx），工作表名和列名为：',
  csvTemplates: 'CSV，每个工作表一个文件：',

  filesHeading: '文件位置',
  scriptBaseLabel: '组件文件在网站上的文件夹',
  scriptBaseHint: '即从 dist/ 复制 plan-widgets.js、plan-widgets.iife.js 和 embed.html 的位置。',

  prioritiesHeading: '重点工作',
  prioritiesHint: '勾选的重点工作按此顺序显示。用箭头按钮或拖动手柄调整顺序；勾选“展开”则该卡片一开始即展开。',
  prioritiesNoFeed: '读取数据源后即可按标题选择重点工作。现在可以先填写 id 或序号：',
  prioritiesText: '显示的重点工作（priorities）',
  expandedText: '一开始展开的卡片（expanded）',
  entriesHint: '按顺序填写 id 或序号，以空格分隔；留空即全部。展开的卡片填 all 即全部展开。',
  openAtFirst: '展开',
  openAll: '一开始展开所有卡片',
  showAll: '全部显示，按数据源顺序',
  moveUp: (title) => `上移“${title}”`,
  moveDown: (title) => `下移“${title}”`,
  dragHandle: (title) => `拖动以移动“${title}”`,
  moved: (title, position, total) => `“${title}”已移到第 ${position} 位，共 ${total} 项。`,
  alreadyFirst: (title) => `“${title}”已在最前。`,
  alreadyLast: (title) => `“${title}”已在最后。`,

  languageHeading: '语言',
  langLabel: '计划的显示语言（lang）',
  langAbsent: '随页面语言，否则用计划自身的语言',
  languagesLabel: '语言切换（languages）',
  languagesHint: '访问者可在勾选的语言间切换，顺序即勾选的顺序。都不勾选则不显示切换。',

  appearanceHeading: '外观',
  layoutLabel: '布局（layout）',
  layouts: { grid: '卡片网格', list: '每行一张卡片' },
  themeLabel: '配色（theme）',
  themes: { light: '浅色', dark: '深色', auto: '随访问者的设置' },
  headingLevelLabel: '计划标题的标题级别（heading-level）',
  headingLevelOption: (level) => `h${level}${level === 2 ? '（默认）' : ''}`,
  hideRing: '隐藏总体进度环（hide-ring）',
  hideHeader: '隐藏页头：标题、进度环和语言切换（hide-header）',
  accentLabel: '强调色（--plan-accent）',
  accentPicker: '选择强调色',
  radiusLabel: '圆角半径（--plan-radius）',
  fontLabel: '字体（--plan-font-family）',
  customHint: (value) => `留空即 ${value}。`,
  cssInvalid: '浏览器无法识别此值，代码片段中不包含它。',

  updatesHeading: '更新',
  refreshLabel: '每隔多少秒重新读取数据源（refresh）',
  refreshHint: '0 即不重新读取。最少 10 秒；仅适用于从地址读取的数据源。',
  staleLabel: '超过多少天提示数据可能过时（stale-after）',
  staleHint: '从计划的“updated”日期算起。留空即不提示。',

  previewHeading: '预览',
  widthLabel: '宽度',
  phone: '手机（390 像素）',
  desktop: '电脑',
  pageLangLabel: '所在页面的语言（仅用于预览）',
  previewEmpty: '读取数据源后即可预览。',

  snippetHeading: '代码片段',
  variantLabel: '网站的添加方式',
  variants: { module: '模块脚本', classic: '普通脚本', iframe: 'iframe', fallback: '含备用内容' },
  variantHints: {
    module: '适用于允许 <script type="module"> 的页面：先脚本，后元素。',
    classic: '适用于只允许普通脚本的内容管理系统（plan-widgets.iife.js）。',
    iframe: '适用于只能插入 iframe 的编辑器：嵌入页面，以及调整框架高度的脚本。颜色、圆角和字体不会传到嵌入页面。',
    fallback: '元素内含纯 HTML 版的计划，供浏览器无法运行脚本的访问者阅读。',
  },
  fallbackNeedsFeed: '读取组件可以显示的数据源后，才能生成备用内容。',
  inlineNote: '没有数据源地址：数据源直接放在元素内。',
  iframeNeedsSrc: '嵌入页面需要数据源地址（src）。',
  snippetLabel: '粘贴到网页中的 HTML',
  copy: '复制',
  copied: '已复制。',
  copySelected: '此浏览器不允许网页复制：代码片段已选中，请按 Ctrl+C（Mac 上为 ⌘C）。',
  frameTitle: '工作计划',

  loadSnippetHeading: '从代码片段读取设置',
  loadSnippetLabel: '粘贴正在使用的代码片段',
  loadSnippet: '读取其设置',
  snippetLoaded: '已从代码片段读取设置。',
  snippetNothing: '其中没有 <plan-summary>，也没有 embed.html 的 iframe；设置未改变。',
  snippetSeveral: '其中有不止一个计划，已读取第一个。',
  snippetNotKept: (name) => `本工具不设置“${name}”，未保留。`,
  snippetValue: (name, value) => `“${value}”不是 ${name} 可用的值，保留默认值。`,
};

const zhHant: Strings = {
  pageTitle: 'plan-widgets 設定工具',
  intro: '選擇要顯示的內容並即時預覽，然後複製網站所需的 HTML。您輸入的內容不會離開本頁。',
  uiLanguage: '介面語言',

  feedHeading: '資料來源',
  srcLabel: '資料來源網址（src）',
  srcHint: '網站提供資料來源檔案的網址，如 /static/plan.json。按「讀取」即從該網址讀取並檢查。',
  load: '讀取',
  pasteLabel: '或貼上資料來源的 JSON',
  pasteHint: '依元件的讀取方式檢查；程式碼片段隨後使用上面的網址，或直接包含資料來源。',
  useJson: '檢查並使用此 JSON',
  fileLabel: '或選擇檔案：資料來源（.json），或表格（.xlsx，或 CSV 檔案）',
  dropHint: '也可以把檔案拖放到本欄。CSV 檔案每個工作表一個：請一次全部選擇或拖放。',
  dropHere: '放開即可檢查此檔案',
  loading: (source) => `正在讀取 ${source}……`,
  pastedSource: '貼上的 JSON',
  fileSource: (name) => `檔案 ${name}`,
  spreadsheetSource: (names) => `表格 ${names.join('、')}`,
  usable: (source, priorities, warnings) =>
    `${source}：元件可以顯示，共 ${priorities} 項重點工作` +
    (warnings === 0 ? '。' : `；有 ${warnings} 處未採用（見下方清單）。`),
  unusable: (source, errors) => `${source}：元件無法顯示，需要修改 ${errors} 處（見下方清單）。`,
  errorsHeading: '需要修改',
  warningsHeading: '未採用，其餘照常顯示',
  problem: (line, column) => `第 ${line} 行第 ${column} 欄`,
  colon: '：',
  unreachable: (address) => `無法連線 ${address}。請檢查網址；其他網站上的資料來源須允許本頁讀取（CORS）。`,
  httpStatus: (status, address) => `伺服器對 ${address} 回應 ${status}。請檢查網址。`,
  unreadableFile: (name) => `無法讀取檔案 ${name}。`,
  noAddress: '請先填寫資料來源網址。',
  notImported: (source, problems) => `${source}：未能讀出資料來源，需要修改 ${problems} 處，依工作表和儲存格列出（見下方清單）。`,
  spreadsheetCode:
    '無法載入本頁讀取表格的部分（configurator.js 旁的 spreadsheet-….js 檔案）。請重新載入本頁；如果仍然如此，代管本頁的網站須複製整個設定工具資料夾。',
  saveFeed: '將資料來源儲存為 .json 檔案',
  saveFeedHint: '這是從表格讀出的資料來源。把檔案放到網站上，並在上方填寫其網址；不填網址，程式碼片段就直接包含資料來源。',
  templatesHeading: '表格範本',
  templatesHint: '下載一個範本，把範例列換成您的計畫（保留標題列），再在這裡選擇或拖放。',
  workbookTemplates: 'Excel 活頁簿（.xlsx），工作表名稱和欄名為：',
  csvTemplates: 'CSV，每個工作表一個檔案：',

  filesHeading: '檔案位置',
  scriptBaseLabel: '元件檔案在網站上的資料夾',
  scriptBaseHint: '即從 dist/ 複製 plan-widgets.js、plan-widgets.iife.js 和 embed.html 的位置。',

  prioritiesHeading: '重點工作',
  prioritiesHint: '勾選的重點工作依此順序顯示。用箭頭按鈕或拖動把手調整順序；勾選「展開」則該卡片一開始即展開。',
  prioritiesNoFeed: '讀取資料來源後即可依標題選擇重點工作。現在可以先填寫 id 或序號：',
  prioritiesText: '顯示的重點工作（priorities）',
  expandedText: '一開始展開的卡片（expanded）',
  entriesHint: '依順序填寫 id 或序號，以空格分隔；留空即全部。展開的卡片填 all 即全部展開。',
  openAtFirst: '展開',
  openAll: '一開始展開所有卡片',
  showAll: '全部顯示，依資料來源順序',
  moveUp: (title) => `上移「${title}」`,
  moveDown: (title) => `下移「${title}」`,
  dragHandle: (title) => `拖動以移動「${title}」`,
  moved: (title, position, total) => `「${title}」已移到第 ${position} 位，共 ${total} 項。`,
  alreadyFirst: (title) => `「${title}」已在最前。`,
  alreadyLast: (title) => `「${title}」已在最後。`,

  languageHeading: '語言',
  langLabel: '計畫的顯示語言（lang）',
  langAbsent: '隨頁面語言，否則用計畫本身的語言',
  languagesLabel: '語言切換（languages）',
  languagesHint: '訪客可在勾選的語言間切換，順序即勾選的順序。都不勾選則不顯示切換。',

  appearanceHeading: '外觀',
  layoutLabel: '版面（layout）',
  layouts: { grid: '卡片格狀', list: '每列一張卡片' },
  themeLabel: '配色（theme）',
  themes: { light: '淺色', dark: '深色', auto: '隨訪客的設定' },
  headingLevelLabel: '計畫標題的標題層級（heading-level）',
  headingLevelOption: (level) => `h${level}${level === 2 ? '（預設）' : ''}`,
  hideRing: '隱藏整體進度環（hide-ring）',
  hideHeader: '隱藏頁首：標題、進度環和語言切換（hide-header）',
  accentLabel: '強調色（--plan-accent）',
  accentPicker: '選擇強調色',
  radiusLabel: '圓角半徑（--plan-radius）',
  fontLabel: '字型（--plan-font-family）',
  customHint: (value) => `留空即 ${value}。`,
  cssInvalid: '瀏覽器無法辨識此值，程式碼片段中不包含它。',

  updatesHeading: '更新',
  refreshLabel: '每隔多少秒重新讀取資料來源（refresh）',
  refreshHint: '0 即不重新讀取。最少 10 秒；僅適用於從網址讀取的資料來源。',
  staleLabel: '超過多少天提示資料可能過時（stale-after）',
  staleHint: '從計畫的「updated」日期算起。留空即不提示。',

  previewHeading: '預覽',
  widthLabel: '寬度',
  phone: '手機（390 像素）',
  desktop: '電腦',
  pageLangLabel: '所在頁面的語言（僅用於預覽）',
  previewEmpty: '讀取資料來源後即可預覽。',

  snippetHeading: '程式碼片段',
  variantLabel: '網站的加入方式',
  variants: { module: '模組指令碼', classic: '一般指令碼', iframe: 'iframe', fallback: '含備用內容' },
  variantHints: {
    module: '適用於允許 <script type="module"> 的頁面：先指令碼，後元素。',
    classic: '適用於只允許一般指令碼的內容管理系統（plan-widgets.iife.js）。',
    iframe: '適用於只能插入 iframe 的編輯器：嵌入頁面，以及調整框架高度的指令碼。顏色、圓角和字型不會傳到嵌入頁面。',
    fallback: '元素內含純 HTML 版的計畫，供瀏覽器無法執行指令碼的訪客閱讀。',
  },
  fallbackNeedsFeed: '讀取元件可以顯示的資料來源後，才能產生備用內容。',
  inlineNote: '沒有資料來源網址：資料來源直接放在元素內。',
  iframeNeedsSrc: '嵌入頁面需要資料來源網址（src）。',
  snippetLabel: '貼到網頁中的 HTML',
  copy: '複製',
  copied: '已複製。',
  copySelected: '此瀏覽器不允許網頁複製：程式碼片段已選取，請按 Ctrl+C（Mac 上為 ⌘C）。',
  frameTitle: '工作計畫',

  loadSnippetHeading: '從程式碼片段讀取設定',
  loadSnippetLabel: '貼上正在使用的程式碼片段',
  loadSnippet: '讀取其設定',
  snippetLoaded: '已從程式碼片段讀取設定。',
  snippetNothing: '其中沒有 <plan-summary>，也沒有 embed.html 的 iframe；設定未改變。',
  snippetSeveral: '其中有不止一個計畫，已讀取第一個。',
  snippetNotKept: (name) => `本工具不設定「${name}」，未保留。`,
  snippetValue: (name, value) => `「${value}」不是 ${name} 可用的值，保留預設值。`,
};

export const STRINGS: Record<UiLocale, Strings> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
