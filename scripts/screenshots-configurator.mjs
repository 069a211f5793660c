// Screenshots of the configurator (demo/configurator.html, loading the Hanbin feed) at phone and desktop
// width, in English and Chinese, into .screenshots/configurator-*.png; also at 320 px, and with a broken
// feed. It needs dist/ (npm run build): `npm run screenshots:configurator` builds, then takes them.
/* global document -- the functions passed to page.evaluate run in the page */
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { startServer } from './serve.mjs';
import { launchChromium } from './chromium.mjs';
import { saveScreenshot } from './screenshot.mjs';

for (const file of ['dist/plan-widgets.js', 'dist/configurator/configurator.js']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: build first (npm run build).`);
    process.exit(1);
  }
}

const shots = [
  { name: 'configurator-phone-en', width: 390, lang: 'en' },
  { name: 'configurator-phone-zh', width: 390, lang: 'zh-Hans' },
  { name: 'configurator-desktop-en', width: 1280, lang: 'en' },
  { name: 'configurator-desktop-zh', width: 1280, lang: 'zh-Hans' },
  // The screen as an editor sees it: the snippet and the preview stay in view beside the controls.
  { name: 'configurator-desktop-en-screen', width: 1280, lang: 'en', screen: true },
  { name: 'configurator-desktop-zh-hant-phone-preview', width: 1280, lang: 'zh-Hant', phonePreview: true },
  { name: 'configurator-320-zh', width: 320, lang: 'zh-Hans' },
  { name: 'configurator-broken-en', width: 1280, lang: 'en', broken: true },
  // The built page, as a site hosts it next to plan-widgets.js: the snippet names the folder above it.
  {
    name: 'configurator-dist-zh-hant',
    width: 1280,
    lang: 'zh-Hant',
    page: '/dist/configurator/index.html',
    src: '/demo/feeds/riverton-2026-27.json',
  },
];

const BROKEN =
  '{\n  "version": 1,\n  "plan": { "organization": "District" },\n  "priorities": [\n    { "id": "safety", "title": "Safety", "progress": "45%" }\n  ]\n}';

const server = await startServer(0);
const origin = `http://localhost:${server.address().port}`;
const browser = await launchChromium();
await mkdir('.screenshots', { recursive: true });
let failed = false;
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => {
      failed = true;
      console.error(`${shot.name}: ${error.message}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`${shot.name}: console: ${message.text()}`);
    });
    await page.setViewport({ width: shot.width, height: 900, deviceScaleFactor: 1 });
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) {
        failed = true;
        console.error(`${shot.name}: a request to another origin: ${request.url()}`);
      }
    });
    const src = shot.broken ? '' : `&src=${shot.src ?? 'feeds/hanbin-2023-autumn.json'}`;
    await page.goto(`${origin}${shot.page ?? '/demo/configurator.html'}?lang=${shot.lang}${src}`, { waitUntil: 'networkidle0' });
    await page.evaluate(
      async ({ broken, brokenText, phonePreview }) => {
        const configurator = document.querySelector('plan-configurator');
        await configurator.updateComplete;
        const root = configurator.shadowRoot;
        if (broken) {
          root.querySelector('#json').value = brokenText;
          await configurator.loadText(brokenText);
        }
        if (phonePreview) root.querySelector('input[name="preview-width"][value="phone"]').click();
        await configurator.updateComplete;
        const preview = root.querySelector('plan-summary');
        if (preview) await preview.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 700));
      },
      { ...shot, brokenText: BROKEN },
    );
    if (shot.page) {
      const snippet = await page.evaluate(() => document.querySelector('plan-configurator').snippet);
      if (!snippet.includes('src="/dist/plan-widgets.js"')) {
        failed = true;
        console.error(`${shot.name}: the snippet does not name the folder above the page:\n${snippet}`);
      }
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) {
      failed = true;
      console.error(`${shot.name}: the page scrolls sideways by ${overflow} px at ${shot.width} px.`);
    }
    await saveScreenshot(page, shot.name, shot.width, { fullPage: !shot.screen, slices: 6 });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
