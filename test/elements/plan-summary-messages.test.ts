// What <plan-summary> says about a feed it cannot show, or shows with warnings: a short sentence for
// visitors, the editor's details folded below it, and the warnings under `#plan-check`, each in en,
// zh-Hans and zh-Hant; the event and the console stay in English.
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import type { FeedError } from '../../src/feed/errors.js';
import { LOAD_TIMEOUT_MS } from '../../src/feed/load.js';
import { renderSummary } from '../fixtures/render.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { until } from '../fixtures/until.js';

type Locale = 'en' | 'zh-Hans' | 'zh-Hant';
const LOCALES: Locale[] = ['en', 'zh-Hans', 'zh-Hant'];

const textOf = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const shadow = (summary: PlanSummary) => summary.shadowRoot!;

/**
 * What is left of a Chinese text once URLs, JSON paths (the `<code>` of each problem), quoted
 * values and the format's own names and codes are taken out: it must hold no Latin letter.
 */
function english(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('code').forEach((code) => code.remove());
  return (copy.textContent ?? '')
    .replace(/(?:https?:\/\/|\/)[\x21-\x7e]*/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\b(?:JSON|CORS|URL|ISO|YYYY-MM-DD|src|id|plan-widgets|true|false)\b/g, '')
    .replace(/[^A-Za-z]+/g, ' ')
    .trim();
}

const absolute = (path: string) => new URL(path, location.href).href;

/** Replaces fetch until the test ends: every call answers with `answer`. */
function stubFetch(answer: (init?: RequestInit) => Promise<Response>, restore: (() => void)[]): void {
  const original = window.fetch;
  window.fetch = (_input: RequestInfo | URL, init?: RequestInit) => answer(init);
  restore.push(() => (window.fetch = original));
}

interface Mistake {
  readonly template: (lang: Locale) => TemplateResult;
  /** Sets up the page for it (fetch, timers). */
  readonly arrange?: (restore: (() => void)[]) => void;
  readonly reason: string;
  readonly visitor: Record<Locale, string>;
  readonly editor: Record<Locale, string>;
  readonly problems?: Record<Locale, string[]>;
}

const NOT_JSON = '{\n  "version": 1,\n  "plan": {"title": "x",}\n}';

const MISTAKES: Record<string, Mistake> = {
  network: {
    template: (lang) => html`<plan-summary lang=${lang} src="http://["></plan-summary>`,
    reason: 'network',
    visitor: {
      en: 'The plan could not be loaded. Please try again.',
      'zh-Hans': '计划未能加载，请稍后重试。',
      'zh-Hant': '計畫未能載入，請稍後再試。',
    },
    editor: {
      en: 'Could not reach http://[. Check the address; a feed on another site must allow CORS.',
      'zh-Hans': '无法访问 http://[。请检查地址；跨站数据须允许跨域访问（CORS）。',
      'zh-Hant': '無法存取 http://[。請檢查網址；跨站資料須允許跨來源存取（CORS）。',
    },
  },
  timeout: {
    template: (lang) => html`<plan-summary lang=${lang} src="/slow.json"></plan-summary>`,
    arrange: (restore) => {
      // The 15 s are up at once; the request answers only by being aborted.
      const { setTimeout: original } = window;
      window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
        original(handler, ms === LOAD_TIMEOUT_MS ? 0 : ms, ...rest)) as typeof setTimeout;
      restore.push(() => (window.setTimeout = original));
      stubFetch(
        (init) =>
          new Promise((_, reject) =>
            init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
        restore,
      );
    },
    reason: 'timeout',
    visitor: {
      en: 'The plan is taking too long to load. Please try again later.',
      'zh-Hans': '计划加载时间过长，请稍后再试。',
      'zh-Hant': '計畫載入時間過長，請稍後再試。',
    },
    editor: {
      en: `${absolute('/slow.json')} did not answer within 15 seconds. Try again later, or check the address.`,
      'zh-Hans': `${absolute('/slow.json')} 在 15 秒内没有响应。请稍后再试，或检查地址。`,
      'zh-Hant': `${absolute('/slow.json')} 在 15 秒內沒有回應。請稍後再試，或檢查網址。`,
    },
  },
  'http 404': {
    template: (lang) => html`<plan-summary lang=${lang} src="/test/fixtures/missing.json"></plan-summary>`,
    reason: 'http',
    visitor: { en: 'The plan cannot be shown right now.', 'zh-Hans': '计划暂时无法显示。', 'zh-Hant': '計畫暫時無法顯示。' },
    editor: {
      en: `The server answered 404 for ${absolute('/test/fixtures/missing.json')}. Check the address.`,
      'zh-Hans': `服务器对 ${absolute('/test/fixtures/missing.json')} 返回了 404。请检查地址。`,
      'zh-Hant': `伺服器對 ${absolute('/test/fixtures/missing.json')} 回應 404。請檢查網址。`,
    },
  },
  'not JSON': {
    template: (lang) => html`<plan-summary lang=${lang} src="/broken.json"></plan-summary>`,
    arrange: (restore) => stubFetch(() => Promise.resolve(new Response(NOT_JSON)), restore),
    reason: 'not-json',
    visitor: { en: 'The plan cannot be shown right now.', 'zh-Hans': '计划暂时无法显示。', 'zh-Hant': '計畫暫時無法顯示。' },
    editor: {
      en: `${absolute('/broken.json')} does not hold valid JSON: it breaks at line 3, column 25.`,
      'zh-Hans': `${absolute('/broken.json')} 不是有效的 JSON：第 3 行第 25 列出错。`,
      'zh-Hant': `${absolute('/broken.json')} 不是有效的 JSON：第 3 行第 25 欄出錯。`,
    },
  },
  invalid: {
    template: (lang) => html`<plan-summary lang=${lang} .feed=${{ version: 2, plan: {}, priorities: [] }}></plan-summary>`,
    reason: 'invalid',
    visitor: { en: 'The plan cannot be shown right now.', 'zh-Hans': '计划暂时无法显示。', 'zh-Hant': '計畫暫時無法顯示。' },
    editor: {
      en: 'The feed is not in the plan-widgets format:',
      'zh-Hans': '数据不符合 plan-widgets 的格式：',
      'zh-Hant': '資料不符合 plan-widgets 的格式：',
    },
    problems: {
      en: [
        'version: expected 1 (this widget reads feed version 1)',
        'plan.title: required, but missing',
        'priorities: expected at least one priority',
      ],
      'zh-Hans': [
        'version：应为 1（本组件读取第 1 版数据源）',
        'plan.title：必填，但缺少此项',
        'priorities：至少应有一项重点工作',
      ],
      'zh-Hant': [
        'version：應為 1（本元件讀取第 1 版資料來源）',
        'plan.title：必填，但缺少此項',
        'priorities：至少應有一項重點工作',
      ],
    },
  },
  'no source': {
    template: (lang) => html`<plan-summary lang=${lang}></plan-summary>`,
    reason: 'no-source',
    visitor: { en: 'The plan cannot be shown right now.', 'zh-Hans': '计划暂时无法显示。', 'zh-Hant': '計畫暫時無法顯示。' },
    editor: {
      en: 'No feed was given: set the src attribute to the address of the feed.',
      'zh-Hans': '未提供数据：请将 src 属性设为数据文件的地址。',
      'zh-Hant': '未提供資料：請將 src 屬性設為資料檔的網址。',
    },
  },
};

const SUMMARY: Record<Locale, string> = {
  en: 'Details for the site’s editors',
  'zh-Hans': '供网站编辑查看的详细信息',
  'zh-Hant': '供網站編輯查看的詳細資訊',
};

describe('<plan-summary> messages', () => {
  let restore: (() => void)[] = [];
  const console_ = { warn: console.warn, error: console.error };
  let told: string[] = [];
  beforeEach(() => {
    told = [];
    console.warn = (message: string) => told.push(`warn ${message}`);
    console.error = (message: string) => told.push(`error ${message}`);
  });
  afterEach(() => {
    restore.reverse().forEach((undo) => undo());
    restore = [];
    Object.assign(console, console_);
  });

  /** Sets the page's URL hash without a hashchange, until the test ends. */
  function startAt(hash: string): void {
    const start = location.href;
    restore.push(() => history.replaceState(null, '', start));
    history.replaceState(null, '', hash);
  }

  describe('a feed that cannot be shown', () => {
    for (const [name, mistake] of Object.entries(MISTAKES)) {
      for (const lang of LOCALES) {
        it(`${name}, in ${lang}: a short sentence for visitors, the editor's details folded below it`, async () => {
          mistake.arrange?.(restore);
          const { summary, event } = await renderSummary(mistake.template(lang), 'plan-error');
          const error = event.detail.error as FeedError;
          expect(error.reason).to.equal(mistake.reason);

          const alert = shadow(summary).querySelector('[part="error"] > [role="alert"]')!;
          expect(textOf(alert.querySelector('p'))).to.equal(mistake.visitor[lang]);
          expect(alert.querySelector('[part="retry"]')).to.not.equal(null);
          // The announcement is the short sentence: the details are outside the alert.
          expect(alert.querySelector('details')).to.equal(null);

          const details = shadow(summary).querySelector<HTMLDetailsElement>('[part="error"] > details[part="error-details"]')!;
          expect(details.open).to.equal(false);
          expect(textOf(details.querySelector('summary'))).to.equal(SUMMARY[lang]);
          expect(textOf(details.querySelector('p'))).to.equal(mistake.editor[lang]);
          expect([...details.querySelectorAll('li')].map(textOf)).to.deep.equal(mistake.problems?.[lang] ?? []);
          expect(details.closest('[lang]')!.getAttribute('lang')).to.equal(lang);
          if (lang !== 'en') {
            expect(english(alert)).to.equal('');
            expect(english(details)).to.equal('');
          }

          // The event and the console say it in English whatever the widget's language, every problem named.
          expect(error.message).to.contain(mistake.editor.en);
          for (const problem of mistake.problems?.en ?? []) expect(error.message).to.contain(problem);
          expect(told).to.deep.equal([`error <plan-summary>: ${error.message}`]);
        });
      }
    }

    it('keeps the parser’s own words out of the visitor’s sentence: in the folded details, the event and the console', async () => {
      stubFetch(() => Promise.resolve(new Response(NOT_JSON)), restore);
      const { summary, event } = await renderSummary(
        html`<plan-summary lang="zh-Hans" src="/broken.json"></plan-summary>`,
        'plan-error',
      );
      const error = event.detail.error as FeedError;
      expect(error.details.said).to.be.a('string').and.not.equal('');
      expect(error.message).to.match(/line 3, column 25\. \S/);
      expect(error.message.endsWith(error.details.said!)).to.equal(true);
      expect(shadow(summary).querySelector('[role="alert"]')!.textContent).to.not.contain(error.details.said);
      expect(shadow(summary).querySelector('[part="error-details"] code')!.textContent).to.equal(error.details.said);
    });

    it('says so when the browser gives no place for a JSON mistake', async () => {
      stubFetch(() => Promise.resolve(new Response('')), restore);
      const { summary, event } = await renderSummary(
        html`<plan-summary lang="zh-Hant" src="/empty.json"></plan-summary>`,
        'plan-error',
      );
      const details = shadow(summary).querySelector('[part="error-details"] p')!;
      // Firefox says where an empty text breaks (line 1, column 1); Chromium does not.
      const place = (event.detail.error as FeedError).details.line;
      expect(textOf(details)).to.equal(
        place === undefined
          ? `${absolute('/empty.json')} 不是有效的 JSON；瀏覽器未指出出錯位置。`
          : `${absolute('/empty.json')} 不是有效的 JSON：第 1 行第 1 欄出錯。`,
      );
    });

    it('opens its details by keyboard, and says them again in the language it changes to', async () => {
      const { summary } = await renderSummary(
        html`<plan-summary lang="en" .feed=${{ version: 2, plan: {}, priorities: [] }}></plan-summary>`,
        'plan-error',
      );
      const details = shadow(summary).querySelector<HTMLDetailsElement>('details')!;
      details.querySelector('summary')!.click();
      expect(details.open).to.equal(true);
      summary.lang = 'zh-Hant';
      await summary.updateComplete;
      expect(textOf(shadow(summary).querySelector('[role="alert"] p'))).to.equal('計畫暫時無法顯示。');
      expect(textOf(details.querySelector('li'))).to.equal('version：應為 1（本元件讀取第 1 版資料來源）');
      expect(details.open).to.equal(true);
    });
  });

  describe('#plan-check', () => {
    const withWarnings = () => {
      const feed = sampleFeed();
      feed.priorities[0] = { ...feed.priorities[0]!, progress: '45%' as unknown as number };
      return feed;
    };
    const CHECKED: Record<Locale, string[]> = {
      en: [
        'Feed check: 3 warnings',
        'priorities[0].progress: expected a number from 0 to 100',
        'priorities: "safty" matches no priority in the feed',
        'expanded: "9" matches no priority in the feed',
      ],
      'zh-Hans': [
        '数据检查：3 条警告',
        'priorities[0].progress：应为 0–100 的数字',
        'priorities："safty" 与数据中的任何重点工作都不匹配',
        'expanded："9" 与数据中的任何重点工作都不匹配',
      ],
      'zh-Hant': [
        '資料檢查：3 則警告',
        'priorities[0].progress：應為 0–100 的數字',
        'priorities："safty" 與資料中的任何重點工作都不相符',
        'expanded："9" 與資料中的任何重點工作都不相符',
      ],
    };
    const checked = (summary: PlanSummary) => {
      const check = shadow(summary).querySelector('[part="check"]');
      return check && [textOf(check.querySelector('[part="check-title"]')), ...[...check.querySelectorAll('li')].map(textOf)];
    };

    for (const lang of LOCALES) {
      it(`lists the warnings above the cards in ${lang}, in the widget’s language`, async () => {
        startAt('#plan-check');
        const { summary, event } = await renderSummary(
          html`<plan-summary lang=${lang} .feed=${withWarnings()} priorities="1 safty 2" expanded="9"></plan-summary>`,
        );
        expect(checked(summary)).to.deep.equal(CHECKED[lang]);
        const check = shadow(summary).querySelector('[part="check"]')!;
        expect(check.nextElementSibling!.getAttribute('part')).to.equal('list');
        expect(check.querySelector('h3')).to.not.equal(null);
        if (lang !== 'en') expect(english(check)).to.equal('');
        // plan-load and the console keep their English strings.
        expect(event.detail.warnings).to.deep.equal(CHECKED.en.slice(1));
        expect(told).to.deep.equal(CHECKED.en.slice(1).map((warning) => `warn <plan-summary>: ${warning}`));
      });
    }

    it('shows nothing of them without the hash', async () => {
      const { summary } = await renderSummary(
        html`<plan-summary .feed=${withWarnings()} priorities="1 safty 2" expanded="9"></plan-summary>`,
      );
      expect(shadow(summary).querySelector('[part="check"]')).to.equal(null);
      expect(told).to.have.length(3);
    });

    it('follows the hash as it changes to #plan-check and away', async () => {
      startAt('#top');
      const { summary } = await renderSummary(html`<plan-summary .feed=${withWarnings()} priorities="1 safty"></plan-summary>`);
      expect(checked(summary)).to.equal(null);
      location.hash = '#plan-check';
      expect(await until(() => checked(summary), 'the check')).to.deep.equal([
        'Feed check: 2 warnings',
        'priorities[0].progress: expected a number from 0 to 100',
        'priorities: "safty" matches no priority in the feed',
      ]);
      summary.priorities = '1';
      await summary.updateComplete;
      expect(checked(summary)).to.deep.equal([
        'Feed check: 1 warning',
        'priorities[0].progress: expected a number from 0 to 100',
      ]);
      location.hash = '#top';
      await until(() => checked(summary) === null, 'the check to go');
    });

    it('says when there is nothing to warn of', async () => {
      startAt('#plan-check');
      for (const [lang, title] of [
        ['en', 'Feed check: no warnings'],
        ['zh-Hans', '数据检查：没有警告'],
        ['zh-Hant', '資料檢查：沒有警告'],
      ]) {
        const { summary } = await renderSummary(html`<plan-summary lang=${lang!} .feed=${sampleFeed()}></plan-summary>`);
        expect(checked(summary)).to.deep.equal([title]);
      }
    });
  });

  describe('the note when no priority is shown', () => {
    const NOTE: Record<Locale, string> = {
      en: 'There are no priorities to show.',
      'zh-Hans': '暂无可显示的重点工作。',
      'zh-Hant': '目前沒有可顯示的重點工作。',
    };
    for (const lang of LOCALES) {
      it(`speaks to visitors in ${lang}, naming no attribute`, async () => {
        const { summary } = await renderSummary(
          html`<plan-summary lang=${lang} .feed=${sampleFeed()} priorities="99"></plan-summary>`,
        );
        expect(textOf(shadow(summary).querySelector('[part="empty"]'))).to.equal(NOTE[lang]);
      });
    }
  });
});
