import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import type { PlanFeedInput } from '../../src/feed/schema.js';
import { renderSummary } from '../fixtures/render.js';

/** Everything a visitor reads or hears: text, accessible names and value texts, through every shadow root. */
function spoken(node: Node): string[] {
  const found: string[] = [];
  const visit = (current: Node) => {
    if (current instanceof Text) {
      if (current.data.trim()) found.push(current.data.trim());
      return;
    }
    if (current instanceof Element) {
      for (const name of ['aria-label', 'aria-valuetext', 'title']) {
        const value = current.getAttribute(name);
        if (value) found.push(value);
      }
      if (current.shadowRoot) visit(current.shadowRoot);
    }
    current.childNodes.forEach(visit);
  };
  visit(node);
  return found;
}

/** A feed whose own texts are all in `lang`, with every part the widget can show. */
function feedIn(lang: 'zh-Hans' | 'zh-Hant' | 'en'): PlanFeedInput {
  const words = {
    'zh-Hans': ['计划', '重点', '举措', '指标', '单位', '所', '进展', '链接'],
    'zh-Hant': ['計畫', '重點', '措施', '指標', '單位', '所', '進展', '連結'],
    en: ['Plan', 'Priority', 'Action', 'Measure', 'Office', 'schools', 'Progress note', 'Link'],
  }[lang];
  const [plan, priority, action, measure, office, unit, update, link] = words as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    version: 1,
    plan: {
      title: { [lang]: plan },
      organization: { [lang]: office },
      summary: { [lang]: plan },
      period: { start: '2023-09-01', end: '2024-07-31' },
      updated: '2024-01-15',
      url: 'https://example.org/plan.pdf',
    },
    priorities: [
      {
        id: 'one',
        title: { [lang]: priority },
        summary: { [lang]: priority },
        progress: 40,
        actions: [
          { title: { [lang]: action }, done: true, due: '2023-10-31' },
          { title: { [lang]: action }, done: false },
        ],
        measures: [{ label: { [lang]: measure }, current: 3, target: 12, baseline: 1, unit: { [lang]: unit } }],
        updates: [{ date: '2023-12-20', text: { [lang]: update } }],
        owner: { [lang]: office },
        partners: [{ [lang]: office }, { [lang]: office }],
        due: '2024-07-31',
        updated: '2024-01-10',
        links: [{ label: { [lang]: link }, url: 'https://example.org/a.pdf' }],
      },
      ...(['not-started', 'in-progress', 'on-track', 'at-risk', 'off-track', 'done'] as const).map((status) => ({
        id: status,
        title: { [lang]: priority },
        status,
      })),
      { id: 'unknown', title: { [lang]: priority } },
    ],
  };
}

async function renderAll(lang: 'zh-Hans' | 'zh-Hant' | 'en'): Promise<string[]> {
  const { summary } = await renderSummary(
    html`<plan-summary lang=${lang} stale-after="1" expanded="all" .feed=${feedIn(lang)}></plan-summary>`,
  );
  const text = spoken(summary);

  // The error state and the loading placeholder speak too.
  const broken = await renderSummary(
    html`<plan-summary lang=${lang} src="/test/fixtures/missing.json"></plan-summary>`,
    'plan-error',
  );
  const errorText = spoken(broken.summary).map((line) => line.replace(/\S*\/test\/fixtures\/missing\.json/g, 'URL'));

  const loading = await fixture<PlanSummary>(
    html`<plan-summary lang=${lang} src="/demo/feeds/riverton-2026-27.json"></plan-summary>`,
  );
  return [...text, ...errorText, ...spoken(loading)];
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
// Simplified-only and Traditional-only forms of characters the interface uses.
const SIMPLIFIED_ONLY = /[进状态开载划计启动风险滞后总体应达时间资联择语链关举规则负责协办单阅读这无显]/;
const TRADITIONAL_ONLY = /[進狀態開載劃計啟動風險滯後總體應達時間資聯擇語鏈關舉規則負責協辦單閱讀這無顯]/;

describe('every interface string in the widget’s language', () => {
  it('en: no Chinese anywhere', async () => {
    const lines = await renderAll('en');
    expect(lines.filter((line) => CJK.test(line))).to.deep.equal([]);
    expect(lines).to.include.members([
      'Collapse all',
      'Actions',
      'Measures',
      'Updates',
      'Links',
      'Lead unit',
      'Supporting units',
    ]);
    expect(lines.join(' ')).to.contain('September 1, 2023 – July 31, 2024');
  });

  for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
    it(`${lang}: no English word, and no character of the other script`, async () => {
      const lines = await renderAll(lang);
      // Left as they are on purpose: the attribute an editor sets, the format's name, acronyms.
      const allowed = /\b(src|priorities|plan-widgets|JSON|CORS|URL)\b/g;
      const english = lines.filter((line) => /[A-Za-z]{2,}/.test(line.replace(allowed, '')));
      expect(english).to.deep.equal([]);
      const otherScript = lang === 'zh-Hans' ? TRADITIONAL_ONLY : SIMPLIFIED_ONLY;
      expect(lines.filter((line) => otherScript.test(line))).to.deep.equal([]);
      expect(lines.join(' ')).to.contain('2023年9月1日至2024年7月31日');
      expect(lines).to.include('40%');
    });
  }
});
