// The app's own @lit/localize set-up (runtime mode) and the checks both pages make; before.ts and
// after.ts differ only in when they import the widget.
import { configureLocalization, msg } from '@lit/localize';
import type { PlanFeedInput, PlanLoadEvent } from 'plan-widgets';

export function setUpLocalization() {
  return configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['de'],
    loadLocale: () => import('./locales/de.js'),
  });
}

const feed: PlanFeedInput = {
  version: 1,
  plan: { title: { en: 'Three priorities', 'zh-Hans': '三项重点' } },
  priorities: [
    { id: 'reading', title: { en: 'Reading', 'zh-Hans': '阅读' }, progress: 40 },
    { id: 'maths', title: { en: 'Maths', 'zh-Hans': '数学' }, progress: 25 },
    { id: 'buildings', title: { en: 'Buildings', 'zh-Hans': '校舍' }, progress: 90 },
  ],
};

/**
 * Switches the app to German with its own setLocale, renders a Chinese `<plan-summary>` and writes
 * what each says into #report, as JSON, for scripts/test-frameworks.mjs.
 */
export async function run(order: 'before' | 'after', setLocale: (locale: string) => Promise<void>, getLocale: () => string) {
  await setLocale('de');
  const summary = document.createElement('plan-summary');
  summary.lang = 'zh-Hans';
  summary.feed = feed;
  const loaded = new Promise<PlanLoadEvent>((resolve) => summary.addEventListener('plan-load', resolve, { once: true }));
  document.getElementById('app')!.append(summary);
  const event = await loaded;
  const title = event.detail.feed.plan.title;
  const root = summary.shadowRoot!;
  const report = {
    order,
    appLocale: getLocale(),
    appExpandAll: msg('Expand all', { id: 'expand-all' }),
    appGreeting: msg('Welcome', { id: 'greeting' }),
    widgetTitle: typeof title === 'string' ? title : title['zh-Hans'],
    widgetExpandAll: root.querySelector('[part="expand-all"]')?.textContent?.trim(),
    widgetCards: root.querySelectorAll('plan-priority-card').length,
  };
  document.getElementById('report')!.textContent = JSON.stringify(report);
}
