import { expect } from '@open-wc/testing';
import { parseFeed as parse, parseFeedText as parseText, syntaxErrorPlace } from '../../src/feed/parse.js';
import type { ParsedFeed } from '../../src/feed/parse.js';
import { FeedError, problemText } from '../../src/feed/errors.js';
import { renderInLocale } from '../../src/i18n/localize.js';
import { overdueCount } from '../../src/feed/progress.js';
import { sampleFeed } from '../fixtures/feeds.js';

// The problems as `plan-load`, the console and `error.message` say them: `"<JSON path>: <message>"` in English.
const english = (parsed: ParsedFeed) => ({ ...parsed, warnings: parsed.warnings.map(problemText) });
const parseFeed = (input: unknown) => english(parse(input));
const parseFeedText = (text: string, source: string) => english(parseText(text, source));

function feedError(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    const { reason, message, details } = error as FeedError;
    return { reason, message, details: { ...details, problems: details.problems?.map(problemText) } };
  }
  throw new Error('expected a FeedError');
}

describe('parseFeed', () => {
  it('accepts a valid feed, applies defaults and numbers the priorities', () => {
    const { feed, warnings } = parseFeed(sampleFeed());
    expect(warnings).to.deep.equal([]);
    expect(feed.plan.defaultLocale).to.equal('en');
    expect(feed.priorities.map((p) => [p.id, p.number, p.weight])).to.deep.equal([
      ['safety', 1, 1],
      ['reform', 2, 1],
      ['sports', 3, 1],
    ]);
  });

  it('ignores unknown fields', () => {
    const input = { ...sampleFeed(), extra: true, plan: { ...sampleFeed().plan, colour: 'red' } };
    const { feed } = parseFeed(input);
    expect(feed).not.to.have.property('extra');
    expect(feed.plan).not.to.have.property('colour');
  });

  it('rejects what is not a feed object', () => {
    for (const input of [null, 'text', 42]) {
      const error = feedError(() => parseFeed(input));
      expect(error.reason).to.equal('invalid');
      expect(error.details.problems).to.deep.equal(['(feed): expected an object with "version", "plan", "priorities"']);
    }
  });

  it('rejects another version, naming it', () => {
    const error = feedError(() => parseFeed({ ...sampleFeed(), version: 2 }));
    expect(error.details.problems).to.deep.equal(['version: expected 1 (this widget reads feed version 1)']);
    expect(error.message).to.contain('version: expected 1');
  });

  it('rejects a feed without plan or priorities, or with a broken plan title', () => {
    const { plan: _plan, ...noPlan } = sampleFeed();
    expect(feedError(() => parseFeed(noPlan)).details.problems).to.deep.equal(['plan: required, but missing']);
    const { priorities: _priorities, ...noPriorities } = sampleFeed();
    expect(feedError(() => parseFeed(noPriorities)).details.problems).to.deep.equal(['priorities: required, but missing']);
    expect(feedError(() => parseFeed({ ...sampleFeed(), priorities: {} })).details.problems).to.deep.equal([
      'priorities: expected a list',
    ]);
    expect(feedError(() => parseFeed({ ...sampleFeed(), priorities: [] })).details.problems).to.deep.equal([
      'priorities: expected at least one priority',
    ]);
    expect(feedError(() => parseFeed({ ...sampleFeed(), plan: 'Plan' })).details.problems).to.deep.equal([
      'plan: expected an object with "title"',
    ]);
    // Every problem is named, the plan's dropped fields too.
    const brokenPlan = { ...sampleFeed(), plan: { title: 7, period: { start: '2023-09-01', end: 'July' } } };
    expect(feedError(() => parseFeed(brokenPlan)).details.problems).to.deep.equal([
      'plan.title: expected a string or {"<language>": string}',
      'plan.period.end: expected an ISO date (YYYY-MM-DD)',
    ]);
  });

  it('keeps a priority with a broken progress: unknown progress, a warning, the card still shown', () => {
    const input = sampleFeed();
    (input.priorities[1] as Record<string, unknown>).progress = '45%';
    const { feed, warnings } = parseFeed(input);
    expect(warnings).to.deep.equal(['priorities[1].progress: expected a number from 0 to 100']);
    expect(feed.priorities.map((p) => p.number)).to.deep.equal([1, 2, 3]);
    expect(feed.priorities[1]).not.to.have.property('progress');
    expect(feed.priorities[1]!.title).to.deep.equal(sampleFeed().priorities[1]!.title);
  });

  it('drops any other broken field of a priority as if absent, with a warning naming its path', () => {
    const input = sampleFeed();
    Object.assign(input.priorities[0]!, {
      progress: 150,
      weight: 0,
      status: 'late',
      summary: null,
      due: '2024-02-30',
      updated: '2024-13-01',
      owner: { en: 7 },
      partners: ['Police', 3],
      tags: 'safety',
      measures: [{ label: 'Schools', current: '30' }],
    });
    const { feed, warnings } = parseFeed(input);
    expect(warnings).to.deep.equal([
      'priorities[0].summary: expected a string or {"<language>": string}',
      'priorities[0].status: expected one of "not-started", "in-progress", "on-track", "at-risk", "off-track", "done"',
      'priorities[0].progress: expected a number from 0 to 100',
      'priorities[0].weight: expected a number greater than 0',
      'priorities[0].measures[0].current: expected a number',
      'priorities[0].owner: expected a string or {"<language>": string}',
      'priorities[0].partners[1]: expected a string or {"<language>": string}',
      'priorities[0].due: expected an ISO date (YYYY-MM-DD)',
      'priorities[0].updated: expected an ISO date (YYYY-MM-DD)',
      'priorities[0].tags: expected a list',
    ]);
    const [priority] = feed.priorities;
    expect(priority).to.include({ id: 'safety', number: 1, weight: 1 });
    for (const field of ['summary', 'status', 'progress', 'owner', 'due', 'updated', 'tags']) {
      expect(priority, field).not.to.have.property(field);
    }
    expect(priority!.partners).to.deep.equal(['Police']);
    expect(priority!.measures).to.deep.equal([{ label: 'Schools' }]);
  });

  it('reads numbers JSON cannot hold (1e999 is Infinity) as broken fields', () => {
    const { feed, warnings } = parseFeedText(
      '{"version":1,"plan":{"title":"x"},"priorities":[{"id":"a","title":"a","weight":1e999,"measures":[{"label":"m","current":-1e999}]}]}',
      'test',
    );
    expect(warnings).to.deep.equal([
      'priorities[0].weight: expected a number greater than 0',
      'priorities[0].measures[0].current: expected a number',
    ]);
    expect(feed.priorities[0]!.weight).to.equal(1);
    expect(feed.priorities[0]!.measures![0]).to.deep.equal({ label: 'm' });
  });

  it('drops an action, measure, update or link whose own required field is broken', () => {
    const input = sampleFeed();
    Object.assign(input.priorities[0]!, {
      actions: [{ title: 'Inspect' }, { title: 7, done: true }, 'Train', { done: 'yes' }],
      measures: [{ label: { en: 'Schools' } }, { current: 3 }],
      updates: [
        { date: '2021-01-10', text: 'Newest' },
        { date: '2021-02-29', text: 'No such day' },
      ],
      links: [{ label: 'Plan', url: 'https://example.org/' }, { label: 'Plan' }],
    });
    const { feed, warnings } = parseFeed(input);
    expect(warnings).to.deep.equal([
      'priorities[0].actions[1].title: expected a string or {"<language>": string}',
      'priorities[0].actions[2]: expected an object with "title"',
      'priorities[0].actions[3].title: required, but missing',
      'priorities[0].actions[3].done: expected true or false',
      'priorities[0].measures[1].label: required, but missing',
      'priorities[0].updates[1].date: expected an ISO date (YYYY-MM-DD)',
      'priorities[0].links[1].url: required, but missing',
    ]);
    const [priority] = feed.priorities;
    expect(priority!.actions).to.deep.equal([{ title: 'Inspect' }]);
    expect(priority!.measures).to.deep.equal([{ label: { en: 'Schools' } }]);
    expect(priority!.updates).to.deep.equal([{ date: '2021-01-10', text: 'Newest' }]);
    expect(priority!.links).to.deep.equal([{ label: 'Plan', url: 'https://example.org/' }]);
  });

  it('leaves out a priority whose id or title is missing or broken; the others keep their numbers', () => {
    const input = sampleFeed();
    (input.priorities[0] as Record<string, unknown>).id = 'Safety!';
    delete (input.priorities[1] as Record<string, unknown>).title;
    const { feed, warnings } = parseFeed(input);
    expect(warnings).to.deep.equal([
      'priorities[0].id: expected an id made of a-z, 0-9 and "-"',
      'priorities[1].title: required, but missing',
    ]);
    expect(feed.priorities.map((p) => [p.id, p.number])).to.deep.equal([['sports', 3]]);
    const notObject = parseFeed({ ...sampleFeed(), priorities: ['safety', ...sampleFeed().priorities] });
    expect(notObject.warnings).to.deep.equal(['priorities[0]: expected an object with "id", "title"']);
    expect(notObject.feed.priorities.map((p) => p.number)).to.deep.equal([2, 3, 4]);
  });

  it('drops a broken optional field of the plan with a warning, and applies its defaults', () => {
    const plan = { ...sampleFeed().plan, summary: 42, period: { start: '2020-09-01' }, defaultLocale: 3, url: null };
    const { feed, warnings } = parseFeed({ ...sampleFeed(), plan });
    expect(warnings).to.deep.equal([
      'plan.summary: expected a string or {"<language>": string}',
      'plan.period.end: required, but missing',
      'plan.defaultLocale: expected a language tag such as "zh-Hans"',
      'plan.url: expected a URL',
    ]);
    expect(feed.plan).to.deep.equal({
      title: sampleFeed().plan.title,
      organization: sampleFeed().plan.organization,
      updated: sampleFeed().plan.updated,
      defaultLocale: 'en',
    });
  });

  it('reads the plan’s notice, a priority’s leader and a measure’s history, in the order given', () => {
    const input = sampleFeed();
    const notice = { 'zh-Hans': '数字为示例。', en: 'The figures are illustrative.' };
    input.plan.notice = notice;
    Object.assign(input.priorities[0]!, {
      leader: 'Deputy Director Zhang',
      measures: [
        {
          label: 'Schools inspected',
          current: 30,
          // Kept as given: the format asks for oldest first, and the widget does not reorder.
          history: [
            { date: '2020-09-30', value: 10 },
            { date: '2020-11-30', value: 22.5 },
            { date: '2020-10-31', value: -3 },
          ],
        },
      ],
    });
    const { feed, warnings } = parseFeed(input);
    expect(warnings).to.deep.equal([]);
    expect(feed.plan.notice).to.deep.equal(notice);
    expect(feed.priorities[0]!.leader).to.equal('Deputy Director Zhang');
    expect(feed.priorities[0]!.measures![0]!.history).to.deep.equal([
      { date: '2020-09-30', value: 10 },
      { date: '2020-11-30', value: 22.5 },
      { date: '2020-10-31', value: -3 },
    ]);
  });

  it('drops a broken notice, leader or history as if absent, and a history entry without a real date or a number', () => {
    const input = sampleFeed();
    Object.assign(input.plan, { notice: { en: 1 } });
    Object.assign(input.priorities[0]!, {
      leader: ['Zhang'],
      measures: [
        {
          label: 'Schools inspected',
          history: [
            { date: '2020-09-30', value: 10 },
            { date: '2020-02-30', value: 12 },
            { date: '2020-10-31', value: '14' },
            { date: '2020-11-30' },
            { date: '2020-12-31', value: 20, note: 'kept, without the note' },
          ],
        },
        { label: 'Staff trained', history: { date: '2020-09-30', value: 1 } },
      ],
    });
    const { feed, warnings } = parseFeed(input);
    expect(warnings).to.deep.equal([
      'plan.notice: expected a string or {"<language>": string}',
      'priorities[0].measures[0].history[1].date: expected an ISO date (YYYY-MM-DD)',
      'priorities[0].measures[0].history[2].value: expected a number',
      'priorities[0].measures[0].history[3].value: required, but missing',
      'priorities[0].measures[1].history: expected a list',
      'priorities[0].leader: expected a string or {"<language>": string}',
    ]);
    expect(feed.plan).not.to.have.property('notice');
    expect(feed.priorities[0]).not.to.have.property('leader');
    expect(feed.priorities[0]!.measures).to.deep.equal([
      {
        label: 'Schools inspected',
        history: [
          { date: '2020-09-30', value: 10 },
          { date: '2020-12-31', value: 20 },
        ],
      },
      { label: 'Staff trained' },
    ]);
  });

  it('reads a ratio or points status rule, and drops any other as if absent', () => {
    const withRule = (statusRule: unknown) => {
      const input = sampleFeed();
      Object.assign(input.plan, { statusRule });
      return parseFeed(input);
    };
    for (const rule of [
      { basis: 'ratio', onTrack: 90, atRisk: 70 },
      { basis: 'points', atRisk: 10, offTrack: 30 },
      { basis: 'points', atRisk: 0, offTrack: 0 },
    ]) {
      const { feed, warnings } = withRule(rule);
      expect(warnings).to.deep.equal([]);
      expect(feed.plan.statusRule).to.deep.equal(rule);
    }
    for (const rule of [
      { basis: 'ratio', onTrack: 70, atRisk: 90 },
      { basis: 'points', atRisk: 30, offTrack: 10 },
      { basis: 'points', atRisk: 10 },
      { basis: 'ratio', atRisk: 10, offTrack: 30 },
      { basis: 'ratio', onTrack: 95, atRisk: -1 },
      { basis: 'points', atRisk: 10, offTrack: 101 },
      { basis: 'traffic-lights', atRisk: 10, offTrack: 30 },
      'points',
      null,
    ]) {
      const { feed, warnings } = withRule(rule);
      expect(warnings, JSON.stringify(rule)).to.deep.equal([
        'plan.statusRule: expected "basis" "ratio" with "onTrack" ≥ "atRisk", or "points" with "offTrack" ≥ "atRisk", each 0–100',
      ]);
      expect(feed.plan).not.to.have.property('statusRule');
    }
  });

  it('leaves out a priority that repeats an earlier id', () => {
    const input = sampleFeed();
    input.priorities[2]!.id = 'safety';
    const { feed, warnings } = parseFeed(input);
    expect(warnings).to.deep.equal(['priorities[2].id: "safety" repeats an earlier id']);
    expect(feed.priorities).to.have.length(2);
  });

  it('rejects a feed with no valid priority left', () => {
    const error = feedError(() => parseFeed({ ...sampleFeed(), priorities: [{ id: 'x' }] }));
    expect(error.details.problems).to.deep.equal(['priorities[0].title: required, but missing']);
    expect(error.message).to.equal('The feed is not in the plan-widgets format: priorities[0].title: required, but missing');
  });

  it('accepts ISO date-times for plan.updated and drops other text with a warning', () => {
    expect(
      parseFeed({ ...sampleFeed(), plan: { ...sampleFeed().plan, updated: '2023-08-23T09:30:00+08:00' } }).feed.plan.updated,
    ).to.equal('2023-08-23T09:30:00+08:00');
    for (const updated of ['yesterday', '2023-02-29T10:00', '2023-08-23T24:00']) {
      const { feed, warnings } = parseFeed({ ...sampleFeed(), plan: { ...sampleFeed().plan, updated } });
      expect(warnings).to.deep.equal(['plan.updated: expected an ISO date or date-time']);
      expect(feed.plan).not.to.have.property('updated');
    }
  });
});

describe('parseFeedText', () => {
  it('names the source, the line and column, and the parser’s words when the text is not JSON', () => {
    const error = feedError(() => parseFeedText('{\n  "version": 1,\n}', 'https://example.org/plan.json'));
    expect(error.reason).to.equal('not-json');
    expect(error.details).to.include({ source: 'https://example.org/plan.json', line: 3, column: 1 });
    expect(error.message).to.match(
      /^https:\/\/example\.org\/plan\.json does not hold valid JSON: it breaks at line 3, column 1\. \S/,
    );
  });

  it('says the place where this browser’s parser stops, for each kind of mistake', () => {
    const cases: [string, number, number][] = [
      ['{\n  "a": 1,\n}', 3, 1],
      ['{\r\n"a": 1,\r\n  "b" 2}', 3, 7],
      ['{"a": "中文", x}', 1, 13],
      ['[1, 2', 1, 6],
      ['{"a":\n"b\nc"}', 2, 3],
      ['{"a": 1} x', 1, 10],
    ];
    for (const [text, line, column] of cases) {
      const { details } = feedError(() => parseFeedText(text, 'plan.json'));
      expect([details.line, details.column], JSON.stringify(text)).to.deep.equal([line, column]);
    }
  });

  it('parses feed text', () => {
    expect(parseFeedText(JSON.stringify(sampleFeed()), 'inline').feed.priorities).to.have.length(3);
  });
});

describe('syntaxErrorPlace', () => {
  const text = '{\n  "a": 1,\n  "b" 2\n}';
  it('reads "line L column C" (Firefox, and Chromium since 115)', () => {
    expect(
      syntaxErrorPlace(text, "JSON.parse: expected ':' after property name in object at line 3 column 7 of the JSON data"),
    ).to.deep.equal({
      line: 3,
      column: 7,
    });
    expect(syntaxErrorPlace(text, "Expected ':' after property name in JSON at position 18 (line 3 column 7)")).to.deep.equal({
      line: 3,
      column: 7,
    });
  });

  it('places "at position N" (Chromium before 115) in the text', () => {
    expect(syntaxErrorPlace(text, 'Unexpected number in JSON at position 18')).to.deep.equal({ line: 3, column: 7 });
    expect(syntaxErrorPlace(text, 'Unexpected token } in JSON at position 0')).to.deep.equal({ line: 1, column: 1 });
  });

  it('gives nothing when the parser says no place (Safari, or an empty text in Chromium)', () => {
    expect(syntaxErrorPlace(text, "JSON Parse error: Expected ':' before value in object property definition")).to.equal(
      undefined,
    );
    expect(syntaxErrorPlace('', 'Unexpected end of JSON input')).to.equal(undefined);
  });
});

describe('the messages in the editor’s language', () => {
  it('says each problem in zh-Hans and zh-Hant with no English but the path and the values', () => {
    const broken = {
      ...sampleFeed(),
      plan: { title: 'P', updated: 'soon' },
      priorities: [
        { id: 'A', title: 'x' },
        {
          id: 'b',
          title: 'B',
          progress: '45%',
          status: 'on_track',
          weight: 0,
          tags: 'x',
          actions: [{}],
          links: [{ label: 'x', url: 7 }],
        },
      ],
    };
    const { warnings } = parse(broken);
    expect(warnings.map(problemText)).to.deep.equal([
      'plan.updated: expected an ISO date or date-time',
      'priorities[0].id: expected an id made of a-z, 0-9 and "-"',
      'priorities[1].status: expected one of "not-started", "in-progress", "on-track", "at-risk", "off-track", "done"',
      'priorities[1].progress: expected a number from 0 to 100',
      'priorities[1].weight: expected a number greater than 0',
      'priorities[1].actions[0].title: required, but missing',
      'priorities[1].tags: expected a list',
      'priorities[1].links[0].url: expected a URL',
    ]);
    const said = (locale: 'zh-Hans' | 'zh-Hant') => warnings.map(({ message }) => renderInLocale(locale, message));
    expect(said('zh-Hans')).to.deep.equal([
      '应为实际存在的 ISO 日期或日期时间（如 2024-01-15 或 2024-01-15T08:30）',
      '应为由 a-z、0-9 和 "-" 组成的 id',
      '应为以下之一："not-started", "in-progress", "on-track", "at-risk", "off-track", "done"',
      '应为 0–100 的数字',
      '应为大于 0 的数字',
      '必填，但缺少此项',
      '应为列表（JSON 数组）',
      '应为网址（URL）',
    ]);
    expect(said('zh-Hant')).to.deep.equal([
      '應為實際存在的 ISO 日期或日期時間（如 2024-01-15 或 2024-01-15T08:30）',
      '應為由 a-z、0-9 和 "-" 組成的 id',
      '應為以下之一："not-started", "in-progress", "on-track", "at-risk", "off-track", "done"',
      '應為 0–100 的數字',
      '應為大於 0 的數字',
      '必填，但缺少此項',
      '應為清單（JSON 陣列）',
      '應為網址（URL）',
    ]);
  });
});

describe('the demo feeds', () => {
  for (const name of ['hanbin-2023-autumn', 'riverton-2026-27']) {
    it(`${name} is valid, with no warning`, async () => {
      const text = await (await fetch(`/demo/feeds/${name}.json`)).text();
      const { feed, warnings } = parseFeedText(text, name);
      expect(warnings).to.deep.equal([]);
      expect(feed.priorities.length).to.be.greaterThan(4);
    });
  }

  it('hanbin-2023-autumn has the ten priorities in three languages, and a notice of which figures are illustrative', async () => {
    const { feed } = parseFeedText(await (await fetch('/demo/feeds/hanbin-2023-autumn.json')).text(), 'hanbin');
    expect(feed.priorities).to.have.length(10);
    expect(feed.plan.defaultLocale).to.equal('zh-Hans');
    for (const priority of feed.priorities) {
      expect(Object.keys(priority.title)).to.have.members(['zh-Hans', 'zh-Hant', 'en']);
      for (const action of priority.actions ?? [])
        expect(Object.keys(action.title)).to.have.members(['zh-Hans', 'zh-Hant', 'en']);
    }
    // The notice, which shows also with hide-header, names every kind of figure that is made up.
    const notice = feed.plan.notice as Record<string, string>;
    expect(Object.keys(notice)).to.have.members(['zh-Hans', 'zh-Hant', 'en']);
    const named: Record<string, string[]> = {
      'zh-Hans': [
        '分管领导',
        '进度',
        '状态',
        '举措完成情况和完成时限',
        '量化指标及其历次数值',
        '进展动态及其日期',
        '计划起止日期',
        '更新日期',
        '示例',
      ],
      'zh-Hant': [
        '分管領導',
        '進度',
        '狀態',
        '措施完成情況和完成期限',
        '量化指標及其歷次數值',
        '進展動態及其日期',
        '計畫起訖日期',
        '更新日期',
        '範例',
      ],
      en: [
        'officials in charge',
        'progress',
        'statuses',
        'done marks and due dates',
        'measures and their earlier values',
        'dated updates',
        'period',
        'update dates',
      ],
    };
    for (const [locale, words] of Object.entries(named)) for (const word of words) expect(notice[locale]).to.contain(word);
    expect(notice['en']).to.contain('illustrative');
    const histories = feed.priorities.flatMap((priority) => (priority.measures ?? []).filter((measure) => measure.history));
    expect(histories.length).to.be.greaterThan(2);
    for (const { history, current } of histories) expect(history!.at(-1)!.value).to.equal(current);
  });

  it('hanbin-2023-autumn names each priority’s official in charge, and has overdue actions, all due before its figures’ date', async () => {
    const { feed } = parseFeedText(await (await fetch('/demo/feeds/hanbin-2023-autumn.json')).text(), 'hanbin');
    for (const priority of feed.priorities)
      expect(Object.keys(priority.leader as object)).to.have.members(['zh-Hans', 'zh-Hant', 'en']);
    const unfinished = feed.priorities.flatMap((priority) =>
      (priority.actions ?? []).filter((action) => action.due && !action.done),
    );
    // Overdue on the day of the figures as on any day after: the marks read the same whenever the demo is shown.
    expect(unfinished.length).to.be.greaterThan(2);
    for (const action of unfinished) expect(action.due! < feed.plan.updated!).to.equal(true);
    const figures = Date.parse(`${feed.plan.updated!}T00:00:00Z`);
    expect(feed.priorities.map((priority) => overdueCount(priority.actions, figures)).filter(Boolean)).to.deep.equal([1, 2, 1]);
  });

  it('hanbin-2023-autumn writes each script in its own forms, and mends the source’s slip', async () => {
    const { feed } = parseFeedText(await (await fetch('/demo/feeds/hanbin-2023-autumn.json')).text(), 'hanbin');
    const texts = (locale: string) =>
      feed.priorities
        .flatMap((priority) => [priority.title, ...(priority.actions ?? []).map((action) => action.title)])
        .map((text) => (text as Record<string, string>)[locale]!)
        .join('\n');
    // 著力 is the Traditional form, 计划 the Simplified one; the interface writes 計畫.
    expect(texts('zh-Hans')).not.to.contain('著力').and.not.to.contain('實');
    expect(texts('zh-Hant')).not.to.contain('計劃').and.not.to.contain('计');
    // The report's 取得实实在成效 drops a 在.
    expect(texts('zh-Hans')).to.contain('取得实实在在成效').and.not.to.contain('实实在成效');
    expect(texts('zh-Hant')).to.contain('取得實實在在成效');
  });
});

describe('limits', () => {
  const priorities = (count: number, make = (index: number): unknown => ({ id: `p${index}`, title: `P ${index}` })) =>
    Array.from({ length: count }, (_, index) => make(index));

  it('reads the first 2,000 priorities and names the limit for the rest', () => {
    const { feed, warnings } = parseFeed({ ...sampleFeed(), priorities: priorities(2003) });
    expect(feed.priorities).to.have.length(2000);
    expect(feed.priorities.at(-1)!.id).to.equal('p1999');
    expect(warnings).to.deep.equal(['priorities: 2003 entries, more than the 2000 read; the rest are left out']);
  });

  it('reads the first 500 entries of a priority’s lists', () => {
    const input = sampleFeed();
    input.priorities[0]!.actions = Array.from({ length: 501 }, (_, index) => ({ title: `Action ${index}` }));
    const { feed, warnings } = parseFeed(input);
    expect(feed.priorities[0]!.actions).to.have.length(500);
    expect(warnings).to.deep.equal(['priorities[0].actions: 501 entries, more than the 500 read; the rest are left out']);
  });

  it('keeps 200 problems and counts the others, in warnings and in errors', () => {
    const broken = priorities(300, (index) => ({ id: `p${index}`, title: `P ${index}`, progress: 'lots' }));
    const { warnings } = parseFeed({ ...sampleFeed(), priorities: broken });
    expect(warnings).to.have.length(201);
    expect(warnings[200]).to.equal('… and 100 more problems');
    const error = feedError(() => parseFeed({ ...sampleFeed(), priorities: priorities(250, () => ({ title: 'No id' })) }));
    expect(error.details.problems).to.have.length(201);
    expect(error.details.problems!.at(-1)).to.match(/^… and \d+ more problems$/);
  });

  it('refuses feed text over 5 MB, counted in bytes of UTF-8', () => {
    const padding = (characters: string, bytes: number) => characters.repeat(Math.ceil(bytes / new Blob([characters]).size));
    const feed = (summary: string) => JSON.stringify({ ...sampleFeed(), plan: { ...sampleFeed().plan, summary } });
    expect(parseFeedText(feed(padding('进', 4_900_000)), 'big.json').feed.priorities).to.have.length(3);
    const error = feedError(() => parseFeedText(feed(padding('进', 5_100_000)), 'big.json'));
    expect(error.details.problems).to.deep.equal(['(feed): 5.1 MB, more than the 5 MB a feed may hold']);
  });
});

describe('found by the property tests', () => {
  it('drops a plan.updated whose zone does not exist', () => {
    const input = sampleFeed();
    input.plan.updated = '2024-01-15T09:30+24:00';
    const { feed, warnings } = parseFeed(input);
    expect(feed.plan.updated).to.equal(undefined);
    expect(warnings).to.deep.equal(['plan.updated: expected an ISO date or date-time']);
  });

  it('counts an empty slot in priorities as a broken priority, so that the next keeps its number', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    const input = { ...sampleFeed(), priorities: [, undefined, { id: 'a', title: 'A' }] };
    const { feed, warnings } = parseFeed(input);
    expect(feed.priorities.map((priority) => priority.number)).to.deep.equal([3]);
    expect(warnings).to.deep.equal([
      'priorities[0]: expected an object with "id", "title"',
      'priorities[1]: expected an object with "id", "title"',
    ]);
  });
});
