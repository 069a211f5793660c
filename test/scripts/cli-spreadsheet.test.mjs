// Node tests of `npx plan-widgets import` and `export` (bin/plan-widgets.mjs), after `npm run build`:
// what they write where, their exit statuses, and the files they take (a workbook, CSV files, a
// folder of them). What the layout reads is tested by spreadsheet.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'plan-widgets-sheets-'));
test.after(() => rmSync(folder, { recursive: true, force: true }));

function run(args, env = {}) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['bin/plan-widgets.mjs', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, ...env },
    maxBuffer: 1 << 26,
  });
  return { status, stdout, stderr: stderr.toString('utf8'), text: stdout.toString('utf8') };
}

const hanbin = 'demo/feeds/hanbin-2023-autumn.json';
/** templates/plan.json as `import` writes it (the file itself is laid out by Prettier). */
const template = () => `${JSON.stringify(JSON.parse(readFileSync(`${root}templates/plan.json`, 'utf8')), null, 2)}\n`;

test('import: a workbook to the feed on standard output, or to -o', () => {
  const { status, text, stderr } = run(['import', 'demo/feeds/hanbin-2023-autumn.xlsx']);
  assert.equal(status, 0, stderr);
  assert.equal(stderr, '');
  assert.equal(text, readFileSync(`${root}${hanbin}`, 'utf8'));
  const output = join(folder, 'hanbin.json');
  assert.equal(run(['import', 'demo/feeds/hanbin-2023-autumn.xlsx', '-o', output]).status, 0);
  assert.equal(readFileSync(output, 'utf8'), text);
});

test('import: CSV files, or the folder that holds them', () => {
  const expected = template();
  assert.equal(run(['import', 'templates/csv']).text, expected);
  const files = readdirSync(`${root}templates/csv`).map((name) => `templates/csv/${name}`);
  assert.equal(run(['import', ...files]).text, expected);
  // A folder's other files (a README, Excel's lock file) are no sheets.
  const withNotes = join(folder, 'with-notes');
  mkdirSync(withNotes);
  for (const file of files) copyFileSync(`${root}${file}`, join(withNotes, file.split('/').pop()));
  writeFileSync(join(withNotes, 'README.txt'), 'How to fill in the sheets.');
  writeFileSync(join(withNotes, '~$plan.xlsx'), 'lock');
  assert.equal(run(['import', withNotes]).text, expected);
});

test('import: problems, each with its file, sheet and cell, exit 1 and write no feed; -o leaves the file alone', () => {
  const csv = join(folder, 'broken');
  mkdirSync(csv);
  copyFileSync(`${root}templates/csv/plan.csv`, join(csv, 'plan.csv'));
  writeFileSync(join(csv, '重点工作.csv'), '\uFEFF编号,标题,状态,进度\r\na,甲,很好,150\r\n');
  writeFileSync(join(csv, 'actions.csv'), 'priority,title\r\nb,x\r\n');
  const output = join(folder, 'untouched.json');
  writeFileSync(output, 'before');
  const { status, text, stderr } = run(['import', csv, '-o', output, '--lang', 'zh-Hans']);
  assert.equal(status, 1);
  assert.equal(text, '');
  assert.equal(readFileSync(output, 'utf8'), 'before');
  assert.deepEqual(stderr.trim().split('\n'), [
    `${join(csv, '重点工作.csv')}: 重点工作!C2: “很好”不是状态；请填写“未启动”、“进行中”、“按序时推进”、“存在风险”、“进度滞后”、“已完成”之一`,
    `${join(csv, '重点工作.csv')}: 重点工作!D2: 进度应为 0–100 的数字`,
    `${join(csv, 'actions.csv')}: actions!A2: “重点工作”工作表中没有编号为“b”的重点工作`,
    `${csv}: 共 3 个问题：未写出数据源`,
  ]);
});

test("import: files that are no spreadsheets exit 1, unreadable ones 2; in the system's language", () => {
  const text = join(folder, 'notes.xlsx');
  writeFileSync(text, 'PK but no zip');
  const notWorkbook = run(['import', text], { LANG: 'zh_TW.UTF-8' });
  assert.equal(notWorkbook.status, 1);
  assert.equal(notWorkbook.stderr, `${text}: 不是 .xlsx 活頁簿；請將表格另存為「Excel 活頁簿（.xlsx）」或 CSV\n`);
  const missing = run(['import', join(folder, 'missing.xlsx'), '--lang', 'en']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read .*missing\.xlsx/);
  assert.equal(run(['import']).status, 2);
});

test('export: a feed to an .xlsx workbook on standard output or -o, which import reads back', () => {
  const piped = run(['export', hanbin, '--lang', 'zh-Hans']);
  assert.equal(piped.status, 0, piped.stderr);
  assert.deepEqual([...piped.stdout.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
  const workbook = join(folder, 'hanbin.xlsx');
  writeFileSync(workbook, piped.stdout);
  assert.equal(run(['import', workbook]).text, readFileSync(`${root}${hanbin}`, 'utf8'));
  const output = join(folder, 'riverton.xlsx');
  assert.equal(run(['export', 'demo/feeds/riverton-2026-27.json', '-o', output]).status, 0);
  assert.deepEqual(
    JSON.parse(run(['import', output]).text),
    JSON.parse(readFileSync(`${root}demo/feeds/riverton-2026-27.json`, 'utf8')),
  );
});

test('export --csv: one file a sheet, named in --lang, into the folder of -o', () => {
  const output = join(folder, 'csv-zh');
  const { status, stderr } = run(['export', 'templates/plan.json', '--csv', '-o', output, '--lang', 'zh-Hant']);
  assert.equal(status, 0, stderr);
  assert.deepEqual(
    readdirSync(output).sort(),
    ['主要措施.csv', '指標歷史.csv', '最新進度.csv', '相關連結.csv', '計畫.csv', '量化指標.csv', '重點工作.csv'].sort(),
  );
  assert.equal(run(['import', output]).text, template());
  const noFolder = run(['export', 'templates/plan.json', '--csv', '--lang', 'en']);
  assert.equal(noFolder.status, 2);
  assert.match(noFolder.stderr, /--csv writes one file a sheet/);
});

test('export: a feed the widget cannot show is not exported (exit 1); fields with no place are named', () => {
  const broken = join(folder, 'broken.json');
  writeFileSync(broken, '{"version": 1, "plan": {}, "priorities": [{"id": "a", "title": "A"}]}');
  const output = join(folder, 'never.xlsx');
  const refused = run(['export', broken, '-o', output, '--lang', 'en']);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /error plan\.title: required, but missing/);
  assert.equal(existsSync(output), false);
  const extra = join(folder, 'extra.json');
  writeFileSync(
    extra,
    JSON.stringify({
      version: 1,
      plan: { title: 'P', statusRule: { basis: 'points', atRisk: 10, offTrack: 30 } },
      priorities: [{ id: 'a', title: 'A' }],
    }),
  );
  const warned = run(['export', extra, '-o', join(folder, 'extra.xlsx'), '--lang', 'en']);
  assert.equal(warned.status, 0);
  assert.equal(warned.stderr, `${extra}: plan.statusRule has no place in the spreadsheet and is left out\n`);
});

test('usage: export takes one feed; an unknown encoding and an unwritable output exit 2', () => {
  assert.equal(run(['export', hanbin, hanbin]).status, 2);
  assert.equal(run(['import', 'templates/csv', '--encoding', 'klingon']).status, 2);
  assert.equal(run(['import', 'templates/csv', '--encoding', 'utf-8']).status, 0);
  const unwritable = run(['export', hanbin, '-o', join(folder, 'no/such/folder/plan.xlsx'), '--lang', 'en']);
  assert.equal(unwritable.status, 2);
  assert.match(unwritable.stderr, /^cannot write .*plan\.xlsx: ENOENT/);
  assert.match(run(['--help', '--lang', 'en']).text, /plan-widgets import <plan\.xlsx \| sheet\.csv… \| folder>/);
});
