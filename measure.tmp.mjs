/* global document */
import { startServer } from './scripts/serve.mjs';
import { launchChromium } from './scripts/chromium.mjs';
const server = await startServer(0);
const browser = await launchChromium();
const page = await browser.newPage();
await page.setViewport({ width: 390, height: 844 });
await page.goto(`http://localhost:${server.address().port}/demo/index.html`, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 1500));
console.log(await page.evaluate(() => {
  const s = document.querySelector('plan-summary');
  const out = [];
  const box = (e) => e.getBoundingClientRect();
  for (const e of [document.querySelector('.site-header'), document.querySelector('.article h1'), document.querySelector('.article > p'), s]) out.push(`${e.className || e.localName} ${Math.round(box(e).top)}-${Math.round(box(e).bottom)}`);
  for (const e of s.shadowRoot.querySelectorAll('[part=header] > *, [part=header] .intro > *, [part=notice], [part=stale], [part=ended], li')) out.push(`${e.getAttribute('part') || e.className || e.localName} ${Math.round(box(e).top)}-${Math.round(box(e).bottom)}`);
  return out.slice(0, 22).join('\n');
}));
await browser.close(); server.close();
