// Saving a screenshot for scripts/screenshots.mjs and scripts/screenshots-configurator.mjs.
/* global document -- the function passed to page.evaluate runs in the page */

/**
 * Saves `.screenshots/<name>.png` (the whole page, or the screen), and for a phone-wide page also its
 * first `slices` screen-high slices (`<name>-1.png`…): a long phone page shrinks to nothing in an
 * image viewer.
 */
export async function saveScreenshot(page, name, width, { fullPage = true, slices }) {
  await page.screenshot({ path: `.screenshots/${name}.png`, fullPage });
  console.log(`.screenshots/${name}.png`);
  if (width >= 600) return;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let top = 0, slice = 1; top < height && slice <= slices; top += 900, slice++) {
    const clip = { x: 0, y: top, width, height: Math.min(900, height - top) };
    await page.screenshot({ path: `.screenshots/${name}-${slice}.png`, clip, captureBeyondViewport: true });
  }
}
