// Node tests of `npx plan-widgets` (bin/plan-widgets.mjs, src/cli/), after `npm run build`: every
// kind of problem of `validate` in each language, with its place and exit status, and the HTML of
// `fallback`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEED } from '../../dist/lib/feed/schema.js';
import { parseFeed } from '../../dist/lib/feed/parse.js';
import { renderInLocale } from '../../dist/lib/i18n/localize.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'plan-widgets-cli-'));
test.after(() => rmSync(folder, { recursive: true, force: true }));

let files = 0;
/** Writes `text` to a file of its own and runs the command line on it. */
function run(args, text, env = {}) {
  const file = join(folder, `feed-${files++}.json`);
  if (text !== undefined) writeFileSync(file, text);
  const { status, stdout, stderr } = spawnSync(
    process.execPath,
    ['bin/plan-widgets.mjs', ...args.map((arg) => (arg === '<file>' ? file : arg))],
    { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, ...env } },
  );
  return { status, stdout, stderr, file };
}

const valid = { version: 1, plan: { title: 'Plan' }, priorities: [{ id: 'a', title: 'A', progress: 40 }] };
const json = (value) => JSON.stringify(value, null, 2);

/** Whether `message` (a `msg()` of the widget) is said in each Chinese locale, differently. */
const translated = (message) => {
  const [en, hans, hant] = ['en', 'zh-Hans', 'zh-Hant'].map((locale) => renderInLocale(locale, message));
  return en !== hans && en !== hant && hans !== hant;
};

test('every message of the schema is the widget’s own, translated', () => {
  const messages = new Set();
  const visit = (field) => {
    if (field.kind === 'leaf') messages.add(field.message);
    if (field.kind === 'list') {
      if (field.emptyMessage !== undefined) messages.add(field.emptyMessage);
      visit(field.item);
    }
    if (field.kind === 'object') Object.values(field.fields).forEach(visit);
  };
  visit(FEED);
  assert.ok(messages.size >= 12);
  const untranslated = [...messages].filter((message) => !translated(message)).map((message) => message());
  assert.deepEqual(untranslated, []);
});

test('every message the validator builds itself (src/feed/parse.ts) is translated', () => {
  const broken = [
    [],
    { version: 1, plan: 'x', priorities: {} },
    { version: 1, plan: { title: 'P' }, priorities: [] },
    {
      version: 1,
      plan: { title: 'P' },
      priorities: [{ id: 'a', title: 'A', tags: Array(501).fill('t') }, { id: 'a', title: 'B' }, 7],
    },
    { version: 1, plan: { title: 'P' }, priorities: Array.from({ length: 300 }, (_, index) => ({ id: `p${index}`, title: 1 })) },
  ];
  const messages = broken.flatMap((feed) => {
    try {
      return parseFeed(feed).warnings;
    } catch (error) {
      return error.details.problems;
    }
  });
  assert.ok(messages.length > 200);
  assert.deepEqual(
    messages.filter(({ message }) => !translated(message)).map(({ path, message }) => `${path}: ${message()}`),
    [],
  );
});

test('validate: a valid feed exits 0 and says so', () => {
  const { status, stderr } = run(['validate', '<file>', '--lang', 'en'], json(valid));
  assert.equal(status, 0);
  assert.match(stderr, /the widget can show this feed \(0 errors, 0 warnings\)/);
});

test('validate: broken fields are warnings with line, column and path, in each language; exit 0', () => {
  const feed = json({ ...valid, priorities: [{ id: 'a', title: 'A', progress: '45%', due: '2024-02-30' }] });
  const expected = {
    en: ['warning priorities[0].progress: expected a number from 0 to 100', 'expected an ISO date'],
    'zh-Hans': ['警告 priorities[0].progress: 应为 0–100 的数字', '应为实际存在的 ISO 日期'],
    'zh-Hant': ['警告 priorities[0].progress: 應為 0–100 的數字', '應為實際存在的 ISO 日期'],
  };
  for (const [lang, [progress, due]] of Object.entries(expected)) {
    const { status, stderr, file } = run(['validate', '<file>', '--lang', lang], feed);
    assert.equal(status, 0, stderr);
    const line = feed.split('\n').findIndex((text) => text.includes('"45%"')) + 1;
    const column = feed.split('\n')[line - 1].indexOf('"45%"') + 1;
    assert.ok(stderr.includes(`${file}:${line}:${column} ${progress}`), stderr);
    assert.ok(stderr.includes(due), stderr);
  }
});

test('validate: a feed the widget cannot show exits 1, its errors in the order of the file', () => {
  const feed = '{"version": 2, "plan": {}, "priorities": []}';
  const column = (text) => feed.indexOf(text) + 1;
  const { status, stderr } = run(['validate', '<file>', '--lang', 'zh-Hans'], feed);
  assert.equal(status, 1);
  const lines = stderr.trim().split('\n');
  assert.ok(lines[0].endsWith(`:1:${column('2')} 错误 version: 应为 1（本组件读取第 1 版数据源）`), lines[0]);
  assert.ok(lines[1].endsWith(`:1:${column('{}')} 错误 plan.title: 必填，但缺少此项`), lines[1]);
  assert.ok(lines[2].endsWith(`:1:${column('[]')} 错误 priorities: 至少应有一项重点工作`), lines[2]);
  assert.match(lines[3], /组件无法显示此数据源（3 个错误，0 个警告）$/);
});

test('validate: a JSON syntax error names its line and column, once', () => {
  const { status, stderr } = run(['validate', '<file>', '--lang', 'zh-Hant'], '{\n  "version": 1,\n  "plan": {"title": "x",}\n}');
  assert.equal(status, 1);
  assert.match(stderr, /:3:25 錯誤 \(feed\): 此處應為帶雙引號的屬性名\n/);
  assert.equal(stderr.match(/:\d+:\d+ 錯誤/g).length, 1);
  assert.equal(run(['validate', '<file>', '--lang', 'en'], "{'version': 1}").stderr.match(/unexpected character/)?.length, 1);
  assert.match(run(['validate', '<file>', '--lang', 'en'], '').stderr, /:1:1 error \(feed\): expected a value/);
});

test('validate: a repeated id and a list over its limit are reported; a byte order mark is not a problem', () => {
  const feed = { ...valid, priorities: [valid.priorities[0], { id: 'a', title: 'again' }] };
  const { status, stderr } = run(['validate', '<file>', '--lang', 'en'], `\uFEFF${json(feed)}`);
  assert.equal(status, 0);
  assert.match(stderr, /priorities\[1\]\.id: "a" repeats an earlier id/);
  const tags = { ...valid, priorities: [{ id: 'a', title: 'A', tags: Array.from({ length: 501 }, () => 't') }] };
  assert.match(run(['validate', '<file>', '--lang', 'zh-Hans'], json(tags)).stderr, /共 501 项，超过读取上限 500 项/);
});

test('validate --json: the problems as data, for CI', () => {
  const { status, stdout } = run(['validate', '<file>', '--json', '--lang', 'en'], json({ ...valid, plan: { title: 7 } }));
  assert.equal(status, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.valid, false);
  assert.deepEqual(report.errors, [
    { path: 'plan.title', line: 4, column: 14, message: 'expected a string or {"<language>": string}' },
  ]);
  assert.deepEqual(report.warnings, []);
});

test("the language is the system's when --lang is absent", () => {
  assert.match(run(['validate', '<file>'], '[]', { LANG: 'zh_TW.UTF-8' }).stderr, /元件無法顯示此資料來源/);
  assert.match(run(['validate', '<file>'], '[]', { LANG: 'zh_CN.UTF-8' }).stderr, /组件无法显示此数据源/);
  assert.match(
    run(['validate', '<file>'], '[]', { LC_ALL: 'C', LANG: 'C' }).stderr,
    /the widget cannot show this feed|组件|元件/,
  );
});

test('validate: past the 200 problems listed, the rest are counted, and said last', () => {
  const priorities = Array.from({ length: 250 }, (_, index) => ({ id: `p${index}`, title: 'T', progress: 'x' }));
  const { status, stderr } = run(['validate', '<file>', '--lang', 'zh_CN'], json({ ...valid, priorities }));
  assert.equal(status, 0);
  const lines = stderr.trim().split('\n');
  assert.equal(lines.filter((line) => line.includes(' 警告 ')).length, 200);
  assert.match(lines.at(-2), /……另有 50 个问题$/);
  assert.match(lines.at(-1), /（0 个错误，250 个警告）$/);
  const report = JSON.parse(run(['validate', '<file>', '--json'], json({ ...valid, priorities })).stdout);
  assert.equal(report.warnings.length, 200);
  assert.equal(report.omitted, 50);
});

test('usage errors and unreadable files exit 2', () => {
  assert.equal(run(['fallback', '<file>', '--heading-level', '9'], json(valid)).status, 2);
  assert.equal(run(['fallback', '<file>', '--heading-level', 'abc'], json(valid)).status, 2);
  assert.equal(run(['validate', '<file>', '--csv'], json(valid)).status, 2);
  assert.equal(run(['validate', '<file>', '--priorities', '1'], json(valid)).status, 2);
  assert.equal(run(['check', '<file>'], '{}').status, 2);
  assert.equal(run(['validate'], undefined).status, 2);
  assert.equal(run(['validate', '<file>', '--bogus'], '{}').status, 2);
  const missing = run(['validate', join(folder, 'missing.json'), '--lang', 'en'], undefined);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read .*missing\.json/);
  const help = run(['--help', '--lang', 'zh-Hans'], undefined);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /用法/);
});

test('fallback: plain HTML of the plan in its language, escaped, with the chosen priorities', () => {
  const feed = {
    version: 1,
    plan: { title: { en: 'Plan <b>', 'zh-Hans': '计划' }, defaultLocale: 'zh-Hans', url: 'javascript:alert(1)' },
    priorities: [
      { id: 'a', title: { en: 'A & co', 'zh-Hans': '甲' }, progress: 100, actions: [{ title: 'x', done: true }] },
      { id: 'b', title: 'B', status: 'at-risk' },
    ],
  };
  const chinese = run(['fallback', '<file>'], json(feed));
  assert.equal(chinese.status, 0, chinese.stderr);
  assert.match(chinese.stdout, /^<div class="plan-fallback" lang="zh-Hans">/);
  assert.match(chinese.stdout, /<h2>计划<\/h2>/);
  assert.match(chinese.stdout, /<h3>1\. 甲<\/h3>\n<p>状态：已完成 · 100%<\/p>/);
  assert.match(chinese.stdout, /<li>已完成：x<\/li>/);
  assert.doesNotMatch(chinese.stdout, /javascript:/);

  const english = run(['fallback', '<file>', '--lang', 'en', '--priorities', 'b 1', '--heading-level', '3'], json(feed));
  assert.match(english.stdout, /<h3>Plan &lt;b&gt;<\/h3>/);
  assert.match(english.stdout, /<h4>2\. B<\/h4>\n<p>Status: At risk<\/p>[^]*<h4>1\. A &amp; co<\/h4>/);
});

test('fallback: the plan’s notice, escaped, in its own text’s language', () => {
  const notice = { 'zh-Hans': '数字为示例 <i>', en: 'The figures are illustrative & made up.' };
  const feed = { ...valid, plan: { title: { 'zh-Hans': '计划' }, defaultLocale: 'zh-Hans', summary: 'S', notice } };
  const chinese = run(['fallback', '<file>'], json(feed));
  assert.equal(chinese.status, 0, chinese.stderr);
  assert.match(chinese.stdout, /<p>S<\/p>\n<p lang="zh-Hans">数字为示例 &lt;i&gt;<\/p>\n/);
  const english = run(['fallback', '<file>', '--lang', 'en-GB'], json(feed));
  assert.match(
    english.stdout,
    /^<div class="plan-fallback" lang="en-GB">[^]*<p lang="en">The figures are illustrative &amp; made up\.<\/p>/,
  );
  // No English title: the Simplified one is shown in the English fallback; the notice says it is Chinese too.
  const plain = run(['fallback', '<file>', '--lang', 'en'], json({ ...feed, plan: { ...feed.plan, notice: '示例' } }));
  assert.match(plain.stdout, /<p lang="zh-Hans">示例<\/p>/);
  assert.doesNotMatch(run(['fallback', '<file>'], json(valid)).stdout, /<p lang=/);
});

test('fallback: each priority’s lead unit, official in charge and supporting units, and its overdue actions, in the plan’s language', () => {
  const priority = {
    id: 'a',
    title: 'A',
    owner: { 'zh-Hans': '安全股', en: 'Safety Section' },
    leader: { 'zh-Hans': '张副局长', en: 'Deputy Director Zhang <i>' },
    partners: [{ 'zh-Hans': '各学校', en: 'Every school' }, '区公安分局'],
    actions: [
      { title: 'late', due: '2000-01-31' },
      { title: 'done', done: true, due: '2000-01-31' },
      { title: 'coming', due: '2999-01-31' },
    ],
  };
  const feed = { version: 1, plan: { title: '计划', defaultLocale: 'zh-Hans' }, priorities: [priority, { id: 'b', title: 'B' }] };
  const chinese = run(['fallback', '<file>'], json(feed));
  assert.equal(chinese.status, 0, chinese.stderr);
  assert.match(
    chinese.stdout,
    /<dl>\n<dt>牵头单位<\/dt><dd>安全股<\/dd>\n<dt>分管领导<\/dt><dd>张副局长<\/dd>\n<dt>责任单位<\/dt><dd>各学校、区公安分局<\/dd>\n<\/dl>/,
  );
  assert.match(
    chinese.stdout,
    /<li>待完成：late （2000年1月31日前完成）已逾期<\/li>\n<li>已完成：done （2000年1月31日前完成）<\/li>\n<li>待完成：coming （2999年1月31日前完成）<\/li>/,
  );
  const traditional = run(['fallback', '<file>', '--lang', 'zh-Hant'], json(feed));
  assert.match(traditional.stdout, /<dt>分管領導<\/dt><dd>张副局长<\/dd>/);
  assert.match(traditional.stdout, /）逾期<\/li>/);
  const english = run(['fallback', '<file>', '--lang', 'en'], json(feed));
  assert.match(
    english.stdout,
    /<dt>Official in charge<\/dt><dd>Deputy Director Zhang &lt;i&gt;<\/dd>\n<dt>Supporting units<\/dt><dd>Every school, 区公安分局<\/dd>/,
  );
  assert.match(english.stdout, /<li>To do: late \(due January 31, 2000\) Overdue<\/li>/);
  // A priority with none of them has no list of them.
  assert.equal(english.stdout.match(/<dl>/g).length, 1);
});

test('fallback -o writes the HTML to a file', () => {
  const output = join(folder, 'fallback.html');
  const { status, stdout } = run(['fallback', '<file>', '--lang', 'en', '-o', output], json(valid));
  assert.equal(status, 0);
  assert.equal(stdout, '');
  assert.match(readFileSync(output, 'utf8'), /^<div class="plan-fallback" lang="en">[^]*<h2>Plan<\/h2>/);
});

test('fallback: a feed the widget cannot show writes no HTML and exits 1', () => {
  const { status, stdout, stderr } = run(['fallback', '<file>', '--lang', 'en'], '{"version": 1}');
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /error plan: required, but missing/);
});
