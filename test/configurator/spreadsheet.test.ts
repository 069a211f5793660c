import { expect } from '@open-wc/testing';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { SHEET_MESSAGES } from '../../src/cli/sheet-messages.js';
import { STRINGS } from '../../src/configurator/strings.js';
import { CSV_TEMPLATES, WORKBOOK_TEMPLATES } from '../../src/configurator/templates.js';
import type { PlanConfigurator } from '../../src/configurator/plan-configurator.js';
import type { UiLocale } from '../../src/i18n/localize.js';
import { $, $$, cardTitles, configurator, preview, served, textOf } from './fixtures.js';
import { until } from '../fixtures/until.js';

// The spreadsheet import of docs/spreadsheet.md in the configurator: files an editor chooses or drops
// (an .xlsx workbook, CSV files), read by src/configurator/spreadsheet.ts with the code of
// `plan-widgets import`. These tests use the built page, dist/configurator/index.html (`npm test`
// builds it first; on their own, run `npm run build` before them), in an iframe: the spreadsheet code
// there is the chunk that configurator.js loads on demand, and papaparse, which is no ES module,
// loads only once bundled.

const LOCALES: readonly UiLocale[] = ['en', 'zh-Hans', 'zh-Hant'];
const BUILT = '/dist/configurator/index.html';

interface Page {
  readonly window: Window & typeof globalThis;
  readonly element: PlanConfigurator;
}

/** A page (the built configurator, unless told), in an iframe, in `lang`, once its configurator is defined. */
async function open(lang: UiLocale, page = BUILT): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${page}?lang=${lang}`;
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as Window & typeof globalThis;
  await until(() => window.customElements?.get('plan-configurator'), `${page}’s configurator`);
  const element = window.document.querySelector('plan-configurator') as PlanConfigurator;
  await element.updateComplete;
  return { window, element };
}

/** Drops files onto the page's feed section, as an editor does, and waits for them to be read. */
async function drop({ window, element }: Page, files: readonly File[]): Promise<void> {
  const transfer = new window.DataTransfer();
  for (const file of files) transfer.items.add(new window.File([file], file.name));
  $(element, 'section.feed').dispatchEvent(
    new window.DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
  );
  await element.feedSettled;
}

/** templates/plan.json: what every template imports to. */
const templateFeed = async () => (await fetch('/templates/plan.json')).json() as Promise<unknown>;

/** The feed the snippet holds inside its element; undefined when it holds none. */
function inlineFeed(snippet: string): unknown {
  const script = new DOMParser()
    .parseFromString(snippet, 'text/html')
    .querySelector('plan-summary > script[type="application/json"]');
  return script === null ? undefined : JSON.parse(script.textContent!);
}

/** The problems listed, as the editor reads them. */
const listed = (element: PlanConfigurator) => $$(element, '.problems.errors li').map(textOf);

/**
 * templates/plan.xlsx as an editor may fill it in wrongly, each cell rewritten in the workbook's XML:
 * a status in words the layout does not know (priorities!G2), a progress of 150, which the widget's own
 * validator refuses (priorities!H2), and an action of a misspelt priority id (actions!A4).
 */
async function brokenTemplate(): Promise<File> {
  const files = unzipSync(new Uint8Array(await (await fetch('/templates/plan.xlsx')).arrayBuffer()));
  const workbook = strFromU8(files['xl/workbook.xml']!);
  expect(workbook).to.include(
    '<sheet r:id="rId2" sheetId="2" name="priorities"/><sheet r:id="rId3" sheetId="3" name="actions"/>',
  );
  const set = (part: string, cell: string, value: string | number) => {
    const xml = strFromU8(files[part]!);
    const written =
      typeof value === 'number'
        ? `<c r="${cell}"><v>${value}</v></c>`
        : `<c r="${cell}" t="inlineStr"><is><t>${value}</t></is></c>`;
    const changed = xml.replace(new RegExp(`<c r="${cell}"[^>]*>.*?</c>`), written);
    expect(changed, `${part} ${cell}`).not.to.equal(xml);
    files[part] = strToU8(changed);
  };
  set('xl/worksheets/sheet2.xml', 'G2', '正常推进中');
  set('xl/worksheets/sheet2.xml', 'H2', 150);
  set('xl/worksheets/sheet3.xml', 'A4', 'readng');
  return new File([zipSync(files)], 'broken.xlsx');
}

/** What `plan-widgets import --lang …` says of brokenTemplate(), after `broken.xlsx: `. */
const BROKEN_PROBLEMS: Record<UiLocale, string[]> = {
  en: [
    'priorities!G2: "正常推进中" is not a status; write one of "not-started", "in-progress", "on-track", "at-risk", "off-track", "done"',
    'priorities!H2: progress: expected a number from 0 to 100',
    'actions!A4: no priority on the priorities sheet has the id "readng"',
  ],
  'zh-Hans': [
    'priorities!G2: “正常推进中”不是状态；请填写“未启动”、“进行中”、“按序时推进”、“存在风险”、“进度滞后”、“已完成”之一',
    'priorities!H2: progress 应为 0–100 的数字',
    'actions!A4: “重点工作”工作表中没有编号为“readng”的重点工作',
  ],
  'zh-Hant': [
    'priorities!G2: 「正常推进中」不是狀態；請填寫「尚未啟動」、「進行中」、「如期推進」、「存在風險」、「進度落後」、「已完成」之一',
    'priorities!H2: progress 應為 0–100 的數字',
    'actions!A4: 「重點工作」工作表中沒有編號為「readng」的重點工作',
  ],
};
/** The list's line for a line of the command line's: `priorities!H2 · progress: …`. */
const asListed = (line: string) => line.replace(/^([^ ]+?): /, '$1 · ');

describe('configurator: a spreadsheet instead of a feed (the built page)', () => {
  before(async () => {
    const built = await fetch('/dist/configurator/configurator.js', { method: 'HEAD' });
    if (!built.ok) throw new Error('dist/configurator/configurator.js is missing: run `npm run build` first.');
  });

  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const locale of LOCALES) {
    const name = WORKBOOK_TEMPLATES[locale];
    it(`the ${locale} template workbook, dropped, loads its feed into the preview and the snippet`, async () => {
      const page = await open(locale);
      const { element } = page;
      const t = STRINGS[locale];
      await drop(page, [await served(`/templates/${name}`)]);
      expect(textOf($(element, '.feed-status'))).to.equal(t.usable(t.spreadsheetSource([name]), 2, 0));
      expect($$(element, '.problems li')).to.have.length(0);
      expect(await cardTitles(await preview(element))).to.have.length(2);
      // As a pasted feed: the snippet holds the feed itself until the editor gives its address.
      expect(inlineFeed(element.snippet)).to.deep.equal(await templateFeed());
      // The official in charge (分管领导) comes through, with the lead unit, into the fallback content too.
      $(element, 'input[name="variant"][value="fallback"]').click();
      await element.updateComplete;
      expect(element.snippet).to.match(
        /<dd>(安全股|Safety Section)<\/dd>\n<dt>(分管领导|Official in charge)<\/dt><dd>(张副局长|Deputy Director Zhang)<\/dd>/,
      );
      $(element, 'input[name="variant"][value="module"]').click();
      await element.updateComplete;
      expect(textOf($(element, '#save-feed'))).to.equal(t.saveFeed);
      const src = $<HTMLInputElement>(element, '#src');
      src.value = '/static/plan.json';
      src.dispatchEvent(new page.window.Event('input'));
      await element.updateComplete;
      expect(element.snippet).to.include('<plan-summary src="/static/plan.json">');
      expect(inlineFeed(element.snippet)).to.equal(undefined);
    });
  }

  it('saves the feed read from a spreadsheet as a .json file named after it', async () => {
    const page = await open('en');
    await drop(page, [await served('/templates/plan.zh-Hant.xlsx')]);
    const saved: HTMLAnchorElement[] = [];
    page.window.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this);
    };
    $(page.element, '#save-feed').click();
    expect(saved.map((link) => link.download)).to.deep.equal(['plan.zh-Hant.json']);
    const text = await (await page.window.fetch(saved[0]!.href)).text();
    expect(JSON.parse(text)).to.deep.equal(await templateFeed());
  });

  it('takes CSV files chosen together as the sheets of one workbook', async () => {
    const page = await open('zh-Hans');
    const { element, window } = page;
    const t = STRINGS['zh-Hans'];
    const files = await Promise.all(CSV_TEMPLATES.map((path) => served(`/templates/${path}`)));
    const input = $<HTMLInputElement>(element, '#file');
    expect(input.multiple).to.equal(true);
    const chosen = new window.DataTransfer();
    files.forEach((file) => chosen.items.add(new window.File([file], file.name)));
    input.files = chosen.files;
    expect(input.value).not.to.equal('');
    input.dispatchEvent(new window.Event('change'));
    await element.feedSettled;
    // Emptied, so that choosing the same files again, once fixed, reads them again.
    expect(input.value).to.equal('');
    expect(textOf($(element, '.feed-status'))).to.equal(t.usable(t.spreadsheetSource(files.map((file) => file.name)), 2, 0));
    expect(inlineFeed(element.snippet)).to.deep.equal(await templateFeed());
    expect(await cardTitles(await preview(element))).to.deep.equal(['筑牢校园安全防线', '书香校园建设']);

    // One CSV file alone is a workbook without its plan sheet: a problem of no cell.
    await drop(page, [files[1]!]);
    expect(textOf($(element, '.feed-status'))).to.equal(t.notImported(t.spreadsheetSource(['priorities.csv']), 1));
    expect(listed(element)).to.deep.equal([SHEET_MESSAGES['zh-Hans'].missingSheet('计划')]);
    expect($(element, '.problems.errors .where')).to.equal(null);
    expect(textOf($(element, '.stage'))).to.equal(t.previewEmpty);
  });

  for (const locale of LOCALES) {
    it(`lists a malformed workbook’s problems by sheet and cell, in ${locale}, and shows no feed`, async () => {
      const page = await open(locale);
      const { element } = page;
      const t = STRINGS[locale];
      await drop(page, [await brokenTemplate()]);
      expect(textOf($(element, '.feed-status'))).to.equal(t.notImported(t.spreadsheetSource(['broken.xlsx']), 3));
      expect($$(element, '.problems.errors .where').map(textOf)).to.deep.equal(['priorities!G2', 'priorities!H2', 'actions!A4']);
      expect(listed(element)).to.deep.equal(BROKEN_PROBLEMS[locale].map(asListed));
      expect(textOf($(element, '.stage'))).to.equal(t.previewEmpty);
      expect(inlineFeed(element.snippet)).to.equal(undefined);
      expect($(element, '#save-feed')).to.equal(null);
    });
  }

  it('says the problems again in the interface language it changes to', async () => {
    const page = await open('en');
    const { element } = page;
    await drop(page, [await brokenTemplate()]);
    expect(listed(element)).to.deep.equal(BROKEN_PROBLEMS.en.map(asListed));
    const select = $<HTMLSelectElement>(element, '#ui-language');
    select.value = 'zh-Hant';
    select.dispatchEvent(new page.window.Event('change'));
    await element.updateComplete;
    expect(listed(element)).to.deep.equal(BROKEN_PROBLEMS['zh-Hant'].map(asListed));
    expect(textOf($(element, '.feed-status'))).to.equal(STRINGS['zh-Hant'].notImported('表格 broken.xlsx', 3));
  });

  it('stops at the header rows: an unknown column, a sheet of no kind (quoted as Excel quotes it)', async () => {
    const page = await open('zh-Hans');
    const plan = new File(['key,value\r\ntitle,Plan\r\n'], 'plan.csv');
    const priorities = new File(['id,title,progres\r\nsafety,Safety,45\r\n'], 'priorities.csv');
    const notes = new File(['anything\r\n'], 'my notes.csv');
    await drop(page, [plan, priorities, notes]);
    const messages = SHEET_MESSAGES['zh-Hans'];
    expect($$(page.element, '.problems.errors .where').map(textOf)).to.deep.equal(['priorities!C1', "'my notes'"]);
    const [column, sheet] = listed(page.element);
    expect(column).to.match(/^priorities!C1 · 未知的列“progres”；此工作表的列为“编号”、“标题”、/);
    expect(sheet).to.match(new RegExp(`^'my notes' · ${messages.unknownSheet('my notes', '').replace(/（.*$/, '')}`));
  });

  it('tells a file it cannot read as a spreadsheet: an .xls workbook, a broken CSV file, text named .xlsx', async () => {
    for (const locale of LOCALES) {
      const page = await open(locale);
      const messages = SHEET_MESSAGES[locale];
      const xls = new File(
        [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)])],
        'old.xls',
      );
      const csv = new File(['\uFEFFid,title\r\nsafety,"Safety\r\n'], 'priorities.csv');
      const fake = new File(['id,title\nsafety,Safety\n'], 'plan.xlsx');
      await drop(page, [xls, csv, fake]);
      expect(listed(page.element)).to.deep.equal([
        `old.xls · ${messages.xls()}`,
        `priorities.csv · ${messages.csvSyntax(2, 'Quoted field unterminated')}`,
        `plan.xlsx · ${messages.notWorkbook()}`,
      ]);
    }
  });

  it('still reads a .json file, and a spreadsheet after it', async () => {
    const page = await open('en');
    const t = STRINGS.en;
    await drop(page, [await served('/templates/plan.json')]);
    expect(textOf($(page.element, '.feed-status'))).to.equal(t.usable(t.fileSource('plan.json'), 2, 0));
    expect($(page.element, '#save-feed')).to.equal(null);
    await drop(page, [await served('/templates/plan.xlsx')]);
    expect(textOf($(page.element, '.feed-status'))).to.equal(t.usable(t.spreadsheetSource(['plan.xlsx']), 2, 0));
  });
});

describe('configurator: the spreadsheet code, loaded only when a spreadsheet is given', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  /** Strings only the spreadsheet code holds: read-excel-file's, papaparse's, and the import's own messages. */
  const ONLY_IN_SPREADSHEET_CODE = ['XLS_FILE_NOT_SUPPORTED', 'Quoted field unterminated', 'is not part of the layout'];

  it('is a file of its own, which configurator.js names but does not hold', async () => {
    const main = await (await fetch('/dist/configurator/configurator.js')).text();
    const chunk = /\bimport\(\s*[`'"]\.\/(spreadsheet-[\w-]+\.js)[`'"]\s*\)/.exec(main)?.[1];
    expect(chunk, 'the import() of the spreadsheet chunk in configurator.js').to.be.a('string');
    const code = await (await fetch(`/dist/configurator/${chunk}`)).text();
    for (const text of ONLY_IN_SPREADSHEET_CODE) {
      expect(main, text).not.to.include(text);
      expect(code, text).to.include(text);
    }
  });

  it('is not requested for a feed, only once a spreadsheet arrives, and once', async () => {
    const page = await open('en');
    const requested = () =>
      page.window.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /^\/dist\/configurator\/spreadsheet-[\w-]+\.js$/.test(path));
    const scripts = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(scripts).to.include('/dist/configurator/configurator.js');
    expect(requested()).to.deep.equal([]);
    await drop(page, [await served('/templates/plan.json')]);
    await page.element.loadText(await (await fetch('/templates/plan.json')).text());
    expect(textOf($(page.element, '.feed-status'))).to.match(/the widget can show it/);
    expect(requested()).to.deep.equal([]);

    await drop(page, [await served('/templates/csv/plan.csv'), await served('/templates/csv/priorities.csv')]);
    expect(textOf($(page.element, '.feed-status'))).to.match(/the widget can show it/);
    const [chunk] = requested();
    expect(requested()).to.deep.equal([chunk]);
    await drop(page, [await served('/templates/plan.xlsx')]);
    expect(requested()).to.deep.equal([chunk]);
  });
});

describe('configurator: the spreadsheet templates it links to', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  /** Every template, as the configurator links it: the workbooks in the order of the language menu, then the CSV files. */
  const PATHS = [WORKBOOK_TEMPLATES['zh-Hans'], WORKBOOK_TEMPLATES['zh-Hant'], WORKBOOK_TEMPLATES.en, ...CSV_TEMPLATES];

  it('links each template, to download, under its language', async () => {
    const element = await configurator('zh-Hant');
    const links = $$<HTMLAnchorElement>(element, 'a.template');
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(PATHS.map((path) => `/templates/${path}`));
    expect(links.slice(0, 3).map((link) => [textOf(link), link.lang])).to.deep.equal([
      ['简体中文', 'zh-Hans'],
      ['繁體中文', 'zh-Hant'],
      ['English', 'en'],
    ]);
    expect(links.every((link) => link.hasAttribute('download'))).to.equal(true);
    expect(textOf($(element, '#templates-heading'))).to.equal(STRINGS['zh-Hant'].templatesHeading);
  });

  for (const [where, page, folder] of [
    ['the built page (dist/configurator/, hosted as it is)', BUILT, '/dist/configurator/templates/'],
    ['the demo page of npm start (demo/configurator.html)', '/demo/configurator.html', '/templates/'],
  ] as const) {
    it(`from ${where}, every link answers 200 with the template itself`, async () => {
      const { element, window } = await open('en', page);
      const links = $$<HTMLAnchorElement>(element, 'a.template');
      expect(links.map((link) => new URL(link.href).pathname)).to.deep.equal(PATHS.map((path) => `${folder}${path}`));
      for (const [index, link] of links.entries()) {
        const response = await window.fetch(link.href);
        expect(response.status, link.href).to.equal(200);
        const original = new Uint8Array(await (await fetch(`/templates/${PATHS[index]}`)).arrayBuffer());
        expect(new Uint8Array(await response.arrayBuffer()), link.href).to.deep.equal(original);
      }
    });
  }
});
