// Screenshots of the demo at phone and desktop width, in Chinese and English, into .screenshots/.
/* global document -- the functions passed to page.evaluate run in the page */
import { mkdir } from 'node:fs/promises';
import { startServer } from './serve.mjs';
import { launchChromium } from './chromium.mjs';
import { saveScreenshot } from './screenshot.mjs';

const shots = [
  { name: 'phone-zh', page: 'index.html', width: 390, lang: 'zh-Hans' },
  { name: 'phone-en', page: 'index.html', width: 390, lang: 'en-GB' },
  { name: 'desktop-zh', page: 'index.html', width: 1280, lang: 'zh-Hans' },
  { name: 'desktop-en', page: 'index.html', width: 1280, lang: 'en-GB' },
  { name: 'desktop-zh-open', page: 'index.html', width: 1280, lang: 'zh-Hans', open: true },
  { name: 'phone-en-open', page: 'index.html', width: 390, lang: 'en-GB', open: true },
  { name: 'variants', page: 'variants.html', width: 1280 },
  { name: 'variants-phone', page: 'variants.html', width: 390 },
];

const server = await startServer(0);
const base = `http://localhost:${server.address().port}/demo/`;
const browser = await launchChromium();
await mkdir('.screenshots', { recursive: true });
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: 900, deviceScaleFactor: 1 });
    await page.goto(base + shot.page, { waitUntil: 'networkidle0' });
    await page.evaluate(async ({ lang, open }) => {
      const summaries = [...document.querySelectorAll('plan-summary')];
      for (const summary of summaries) {
        if (lang) summary.setAttribute('lang', lang);
        if (open) summary.setAttribute('expanded', 'all');
        await summary.updateComplete;
      }
      await new Promise((resolve) => setTimeout(resolve, 700));
    }, shot);
    await saveScreenshot(page, shot.name, shot.width, { slices: 4 });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
