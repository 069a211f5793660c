import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { validateFeedText } from '../../src/cli/validate.js';
import { STRINGS } from '../../src/configurator/strings.js';
import { DEFAULT_SETTINGS } from '../../src/configurator/settings.js';
import type { UiLocale } from '../../src/i18n/localize.js';
import {
  $,
  $$,
  HANBIN,
  RIVERTON,
  cardTitles,
  checklist,
  configurator,
  deepActive,
  loadAddress,
  pasteJson,
  preview,
  textOf,
} from './fixtures.js';
import { until } from '../fixtures/until.js';

const LOCALES: readonly UiLocale[] = ['en', 'zh-Hans', 'zh-Hant'];

/** The three kinds of feed mistake, each where an editor makes it. */
const MISTAKES = [
  {
    kind: 'a JSON syntax error',
    text: '{\n  "version": 1,\n  "plan": { "title": "Plan" }\n  "priorities": [{ "id": "a", "title": "A" }]\n}',
    usable: false,
    path: '(feed)',
    line: 4,
    column: 3,
  },
  {
    kind: 'a broken field',
    text: '{\n  "version": 1,\n  "plan": { "title": "Plan" },\n  "priorities": [{ "id": "a", "title": "A", "progress": "45%" }]\n}',
    usable: true,
    path: 'priorities[0].progress',
    line: 4,
    column: 57,
  },
  {
    kind: 'a missing required field',
    text: '{\n  "version": 1,\n  "plan": { "organization": "District" },\n  "priorities": [{ "id": "a", "title": "A" }]\n}',
    usable: false,
    path: 'plan.title',
    line: 3,
    column: 11,
  },
];

describe('configurator: the feed’s mistakes, in the editor’s language', () => {
  for (const mistake of MISTAKES) {
    for (const locale of LOCALES) {
      it(`${mistake.kind}, in ${locale}: where it is (line and column, JSON path) and what is wrong`, async () => {
        const element = await configurator(locale);
        await pasteJson(element, mistake.text);
        const t = STRINGS[locale];
        const [expected] = [...validateFeedText(mistake.text, locale).errors, ...validateFeedText(mistake.text, locale).warnings];
        expect(expected!.path).to.equal(mistake.path);
        const items = $$(element, mistake.usable ? '.problems.warnings li' : '.problems.errors li').map(textOf);
        expect(items).to.deep.equal([
          `${t.problem(mistake.line, mistake.column)} · ${mistake.path}${t.colon}${expected!.message}`,
        ]);
        const status = textOf($(element, '.feed-status'));
        expect(status).to.equal(mistake.usable ? t.usable(t.pastedSource, 1, 1) : t.unusable(t.pastedSource, 1));
        if (locale !== 'en') {
          // The validator's and the parser's English stays out of a Chinese list.
          expect(items[0]).not.to.match(/expected|required|missing|unexpected/i);
          expect(items[0]).to.match(/[\u4e00-\u9fff]/);
        }
      });
    }
  }

  it('says the feed in the other language when the interface language changes', async () => {
    const element = await configurator('en');
    await pasteJson(element, MISTAKES[2]!.text);
    const select = $<HTMLSelectElement>(element, '#ui-language');
    select.value = 'zh-Hant';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.language).to.equal('zh-Hant');
    expect(textOf($(element, '.problems.errors li'))).to.equal('第 3 行第 11 欄 · plan.title：必填，但缺少此項');
    expect(textOf($(element, 'h1'))).to.equal(STRINGS['zh-Hant'].pageTitle);
  });

  it('tells a feed it cannot reach, and a server’s error status, in plain words', async () => {
    const element = await configurator('zh-Hans');
    await loadAddress(element, '/demo/feeds/missing.json');
    expect(textOf($(element, '.feed-status'))).to.equal(STRINGS['zh-Hans'].httpStatus(404, '/demo/feeds/missing.json'));
    await loadAddress(element, 'http://127.0.0.1:1/plan.json');
    expect(textOf($(element, '.feed-status'))).to.equal(STRINGS['zh-Hans'].unreachable('http://127.0.0.1:1/plan.json'));
  });

  it('reads a dropped file and a chosen one', async () => {
    const element = await configurator('en');
    const text = await (await fetch(RIVERTON)).text();
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'riverton.json', { type: 'application/json' }));
    $(element, 'section.feed').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await element.feedSettled;
    expect(textOf($(element, '.feed-status'))).to.equal(STRINGS.en.usable(STRINGS.en.fileSource('riverton.json'), 5, 0));
    expect(await cardTitles(await preview(element))).to.have.length(5);

    const chosen = new DataTransfer();
    chosen.items.add(new File([MISTAKES[0]!.text], 'broken.json'));
    const input = $<HTMLInputElement>(element, '#file');
    input.files = chosen.files;
    input.dispatchEvent(new Event('change'));
    await element.feedSettled;
    expect(textOf($(element, '.problems.errors li'))).to.equal(
      'Line 4, column 3 · (feed): expected "," (or a comma too many before it)',
    );
  });
});

describe('configurator: controls, preview and snippet', () => {
  it('lists the priorities with their titles in the chosen language', async () => {
    const element = await configurator('en');
    await loadAddress(element, HANBIN);
    const titles = () => [...checklist(element).querySelectorAll('li .show')].map(textOf);
    expect(titles()[0]).to.equal('1. Let Party building lead, and strengthen the Party’s leadership across the board');
    const lang = $<HTMLSelectElement>(element, '#lang');
    lang.value = 'zh-Hant';
    lang.dispatchEvent(new Event('change'));
    await element.updateComplete;
    await (checklist(element).host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(titles()[0]).to.equal('1. 堅持黨建引領，全面加強黨的領導');
    expect(titles()).to.have.length(10);
  });

  it('follows every control in the preview and the snippet, with only what differs from the defaults', async () => {
    const element = await configurator('en');
    await loadAddress(element, RIVERTON);
    const summary = await preview(element);
    const tag = () => /<plan-summary[^>]*>/.exec(element.snippet)![0];
    expect(tag()).to.equal(`<plan-summary src="${RIVERTON}">`);
    const click = async (selector: string) => {
      $(element, selector).click();
      await element.updateComplete;
    };
    const type = async (selector: string, value: string) => {
      const input = $<HTMLInputElement>(element, selector);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await element.updateComplete;
    };
    const choose = async (selector: string, value: string) => {
      const select = $<HTMLSelectElement>(element, selector);
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
    };
    await click('input[name="layout"][value="list"]');
    await click('input[name="theme"][value="auto"]');
    await choose('#heading-level', '3');
    await click('#hide-ring');
    await click('#hide-header');
    await type('#refresh', '600');
    await type('#stale-after', '30');
    await choose('#lang', 'zh-Hant');
    await click('fieldset[aria-describedby="languages-hint"] input[type="checkbox"]');
    await type('#css-accent', '#b5121b');
    await type('#css-radius', '0');
    await type('#css-fontFamily', 'serif');
    expect(tag()).to.equal(
      `<plan-summary src="${RIVERTON}" lang="zh-Hant" languages="zh-Hans" layout="list" theme="auto" heading-level="3" hide-ring hide-header refresh="600" stale-after="30">`,
    );
    expect(element.snippet).to.include(
      '<style>\n  plan-summary {\n    --plan-accent: #b5121b;\n    --plan-radius: 0;\n    --plan-font-family: serif;\n  }\n</style>',
    );
    for (const [name, value] of [
      ['lang', 'zh-Hant'],
      ['languages', 'zh-Hans'],
      ['layout', 'list'],
      ['theme', 'auto'],
      ['heading-level', '3'],
      ['hide-ring', ''],
      ['hide-header', ''],
      ['refresh', '600'],
      ['stale-after', '30'],
    ]) {
      expect(summary.getAttribute(name!), name).to.equal(value);
    }
    expect(summary.style.getPropertyValue('--plan-accent')).to.equal('#b5121b');
    expect(summary.style.getPropertyValue('--plan-font-family')).to.equal('serif');

    // A value the browser does not read is said to be wrong, and left out.
    await type('#css-accent', 'not a colour');
    expect($(element, '#css-accent').getAttribute('aria-invalid')).to.equal('true');
    expect(textOf($(element, '#css-accent-invalid'))).to.equal(STRINGS.en.cssInvalid);
    expect(element.snippet).not.to.include('--plan-accent');
    expect(summary.style.getPropertyValue('--plan-accent')).to.equal('');

    // Back to the defaults: back to the bare element.
    await click('input[name="layout"][value="grid"]');
    await click('input[name="theme"][value="light"]');
    await choose('#heading-level', '2');
    await click('#hide-ring');
    await click('#hide-header');
    await type('#refresh', '');
    await type('#stale-after', '');
    await choose('#lang', '');
    await click('fieldset[aria-describedby="languages-hint"] input[type="checkbox"]');
    for (const key of ['accent', 'radius', 'fontFamily']) await type(`#css-${key}`, '');
    expect(tag()).to.equal(`<plan-summary src="${RIVERTON}">`);
    expect(element.snippet).not.to.include('<style>');
    expect(element.settings).to.deep.equal({ ...DEFAULT_SETTINGS, src: RIVERTON, scriptBase: '/dist/' });
    expect(summary.hasAttribute('layout') ? summary.getAttribute('layout') : 'grid').to.equal('grid');
    expect(summary.hasAttribute('hide-ring')).to.equal(false);
  });

  it('shows, hides, opens and orders the cards from the checklist', async () => {
    const element = await configurator('en');
    await loadAddress(element, RIVERTON);
    const summary = await preview(element);
    const list = checklist(element);
    const row = (id: string) => list.querySelector<HTMLElement>(`li[data-id="${id}"]`)!;
    const step = async (action: () => void) => {
      action();
      await element.updateComplete;
      await (list.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      await summary.updateComplete;
    };
    await step(() => row('attendance').querySelector<HTMLInputElement>('.show input')!.click());
    await step(() => row('budget').querySelector<HTMLElement>('button.up')!.click());
    await step(() => row('budget').querySelector<HTMLElement>('button.up')!.click());
    await step(() => row('mental-health').querySelector<HTMLInputElement>('.open input')!.click());
    expect(element.settings.priorities).to.deep.equal(['early-literacy', 'budget', 'mental-health', 'safe-routes']);
    expect(element.settings.expanded).to.deep.equal(['mental-health']);
    // The unchecked priority keeps its place in the list.
    expect([...list.querySelectorAll<HTMLElement>('li')].map((item) => item.dataset.id)).to.deep.equal([
      'early-literacy',
      'attendance',
      'budget',
      'mental-health',
      'safe-routes',
    ]);
    expect(textOf(list.querySelector('[role="status"]'))).to.equal(
      STRINGS.en.moved('Publish the budget in plain language', 3, 5),
    );
    expect(await cardTitles(summary)).to.deep.equal([
      'Every child reading by the end of grade 3',
      'Publish the budget in plain language',
      'A counsellor within reach of every student',
      'Safe routes to school',
    ]);
    const open = [...summary.shadowRoot!.querySelectorAll('plan-priority-card')].map(
      (card) => (card as unknown as { expanded: boolean }).expanded,
    );
    expect(open).to.deep.equal([false, false, true, false]);
    await step(() => list.querySelector<HTMLInputElement>('.tools input')!.click());
    expect(element.settings.expanded).to.equal('all');
    await step(() => list.querySelector<HTMLElement>('.tools button')!.click());
    expect(element.settings.priorities).to.equal(null);
    expect(await cardTitles(summary)).to.have.length(5);
  });

  it('moves a priority by dragging its handle', async () => {
    const element = await configurator('en');
    await loadAddress(element, RIVERTON);
    const list = checklist(element);
    const row = (id: string) => list.querySelector<HTMLElement>(`li[data-id="${id}"]`)!;
    row('early-literacy').scrollIntoView({ block: 'center' });
    const from = row('safe-routes').querySelector('.handle')!.getBoundingClientRect();
    const to = row('attendance').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(from.x + from.width / 2), Math.round(from.y + from.height / 2)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(from.x + from.width / 2), Math.round(to.y + 4)] });
    await sendMouse({ type: 'up' });
    await element.updateComplete;
    expect(element.settings.priorities).to.deep.equal(['early-literacy', 'safe-routes', 'attendance', 'mental-health', 'budget']);
    await (list.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(textOf(list.querySelector('[role="status"]'))).to.equal(STRINGS.en.moved('Safe routes to school', 2, 5));
  });

  it('copies the snippet, or selects it where the page may not copy', async () => {
    const element = await configurator('en');
    await loadAddress(element, RIVERTON);
    const clipboard = navigator.clipboard;
    const copied: string[] = [];
    try {
      Object.defineProperty(clipboard, 'writeText', {
        configurable: true,
        value: (text: string) => (copied.push(text), Promise.resolve()),
      });
      $(element, '.copy-row button').click();
      await until(() => textOf($(element, '.copy-row [role="status"]')), 'the copy');
      expect(copied).to.deep.equal([element.snippet]);
      expect(textOf($(element, '.copy-row [role="status"]'))).to.equal(STRINGS.en.copied);
      Object.defineProperty(clipboard, 'writeText', {
        configurable: true,
        value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
      });
      $(element, 'input[name="variant"][value="classic"]').click();
      await element.updateComplete;
      $(element, '.copy-row button').click();
      await until(() => textOf($(element, '.copy-row [role="status"]')), 'the fallback');
      const area = $<HTMLTextAreaElement>(element, '#snippet');
      expect(element.shadowRoot!.activeElement).to.equal(area);
      expect(area.value.slice(area.selectionStart, area.selectionEnd)).to.equal(element.snippet);
      expect(element.snippet).to.include('plan-widgets.iife.js');
      expect(textOf($(element, '.copy-row [role="status"]'))).to.equal(STRINGS.en.copySelected);
    } finally {
      delete (clipboard as unknown as Record<string, unknown>).writeText;
    }
  });

  it('says an entry that names no priority in the widget’s own words, in the interface language', async () => {
    const element = await configurator('zh-Hans');
    const pasted = `<plan-summary src="${RIVERTON}" priorities="budget nonsense" expanded="99"></plan-summary>`;
    $<HTMLTextAreaElement>(element, '#paste-snippet').value = pasted;
    $(element, '#paste-snippet ~ button').click();
    await element.updateComplete;
    await preview(element);
    expect(await until(() => $$(element, '.problems.warnings li').map(textOf).join('\n'), 'the warnings')).to.equal(
      ['"nonsense" 与数据中的任何重点工作都不匹配', '"99" 与数据中的任何重点工作都不匹配'].join('\n'),
    );
  });

  it('loads the settings of a pasted snippet back, with the feed it names, and says what it did not keep', async () => {
    const element = await configurator('en');
    const pasted = `<script type="module" src="/assets/plan-widgets.js"></script>
      <style>plan-summary { --plan-accent: #b5121b; }</style>
      <plan-summary src="${RIVERTON}" priorities="budget 1" layout="list" class="plan"></plan-summary>`;
    $<HTMLTextAreaElement>(element, '#paste-snippet').value = pasted;
    $(element, '#paste-snippet ~ button').click();
    await element.updateComplete;
    const summary = await preview(element);
    expect(element.settings).to.deep.equal({
      ...DEFAULT_SETTINGS,
      src: RIVERTON,
      priorities: ['budget', '1'],
      layout: 'list',
      accent: '#b5121b',
      scriptBase: '/assets/',
    });
    expect($<HTMLInputElement>(element, 'input[name="layout"][value="list"]').checked).to.equal(true);
    expect($<HTMLInputElement>(element, '#css-accent').value).to.equal('#b5121b');
    expect($<HTMLInputElement>(element, '#script-base').value).to.equal('/assets/');
    expect($$(element, '.problems li').map(textOf)).to.deep.equal([STRINGS.en.snippetNotKept('class')]);
    expect(await cardTitles(summary)).to.deep.equal([
      'Publish the budget in plain language',
      'Every child reading by the end of grade 3',
    ]);
    const list = checklist(element);
    expect([...list.querySelectorAll<HTMLInputElement>('li .show input')].map((box) => box.checked)).to.deep.equal([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(element.snippet).to.equal(
      `<script type="module" src="/assets/plan-widgets.js"></script>\n<style>\n  plan-summary {\n    --plan-accent: #b5121b;\n  }\n</style>\n` +
        `<plan-summary src="${RIVERTON}" priorities="budget 1" layout="list"></plan-summary>\n`,
    );
  });
});

describe('configurator: by keyboard alone', () => {
  /** Presses Tab until `test` holds for the focused element (the element reached by keys only). */
  async function tabTo(test: (element: Element) => boolean, what: string): Promise<HTMLElement> {
    for (let presses = 0; presses < 250; presses++) {
      const active = deepActive();
      if (active && test(active)) return active as HTMLElement;
      await sendKeys({ press: 'Tab' });
    }
    throw new Error(`Tab never reached ${what}`);
  }

  const outlined = (element: Element) => {
    const style = getComputedStyle(element);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  };

  it('loads a feed, reorders priorities, toggles an attribute and picks a layout with keys only', async () => {
    const element = await configurator('en');
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo((active) => active.id === 'src', 'the feed address');
    await sendKeys({ type: RIVERTON });
    await sendKeys({ press: 'Enter' });
    const summary = await preview(element);
    expect(await cardTitles(summary)).to.have.length(5);

    const moveDown = await tabTo(
      (active) => active.matches('button.down') && active.closest('li')?.getAttribute('data-id') === 'early-literacy',
      'the first priority’s “move down” button',
    );
    expect(moveDown.getAttribute('aria-label')).to.equal(STRINGS.en.moveDown('Every child reading by the end of grade 3'));
    expect(outlined(moveDown), 'a visible focus ring').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    const list = checklist(element);
    await (list.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(element.settings.priorities).to.deep.equal(['attendance', 'mental-health', 'early-literacy', 'safe-routes', 'budget']);
    // The focus stays on the button, which moved with its priority.
    expect(deepActive()).to.equal(list.querySelector('li[data-id="early-literacy"] button.down'));
    expect(textOf(list.querySelector('[role="status"]'))).to.equal(
      STRINGS.en.moved('Every child reading by the end of grade 3', 3, 5),
    );
    await summary.updateComplete;
    expect((await cardTitles(summary))[2]).to.equal('Every child reading by the end of grade 3');

    // Unchecking a priority: Shift+Tab back to its checkbox, then Space.
    const box = await tabTo((active) => active.matches('li[data-id="budget"] .show input'), 'the last priority’s checkbox');
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect((box as HTMLInputElement).checked).to.equal(false);
    expect(element.settings.priorities).to.deep.equal(['attendance', 'mental-health', 'early-literacy', 'safe-routes']);

    const grid = await tabTo((active) => active.matches('input[name="layout"]'), 'the layout');
    expect((grid as HTMLInputElement).value).to.equal('grid');
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(element.settings.layout).to.equal('list');

    const hideRing = await tabTo((active) => active.id === 'hide-ring', 'hide-ring');
    expect(outlined(hideRing), 'a visible focus ring').to.equal(true);
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(element.settings.hideRing).to.equal(true);
    expect(element.snippet).to.include(
      `<plan-summary src="${RIVERTON}" priorities="attendance mental-health early-literacy safe-routes" layout="list" hide-ring>`,
    );
    expect(summary.hasAttribute('hide-ring')).to.equal(true);

    const copy = await tabTo((active) => active.matches('.copy-row button'), 'the copy button');
    expect(outlined(copy), 'a visible focus ring').to.equal(true);
  });
});

describe('configurator: accessibility', () => {
  for (const locale of ['en', 'zh-Hans'] as const) {
    it(`passes axe in ${locale}, with a feed, its warnings and the preview`, async () => {
      const element = await configurator(locale);
      await loadAddress(element, HANBIN);
      await preview(element);
      await pasteJson(element, MISTAKES[1]!.text);
      await preview(element);
      await expect(element).to.be.accessible();
    });

    it(`passes axe in ${locale}, without a feed, at 320 px`, async () => {
      const element = await configurator(locale);
      element.style.width = '320px';
      await pasteJson(element, MISTAKES[0]!.text);
      await expect(element).to.be.accessible();
      expect(element.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    });
  }
});
