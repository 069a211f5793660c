// The JS heap a page holds, read as `npm run bench` and test/scripts/heap.test.mjs read it, in a
// Chromium launched with --js-flags=--expose-gc.
/* global window -- the page.evaluate functions run in the page */

/**
 * The used JS heap of `page` after two full collections (objects a first one finalises are freed by
 * the second), each in a task of its own with no JavaScript on the stack: a synchronous gc(), called
 * with page.evaluate on the stack (which the collector scans conservatively), gave readings that
 * swung by about 330 KB (some three rendered summaries) from one to the next, in 4 of 7 runs of
 * test/scripts/heap.test.mjs.
 */
export async function collectedHeap(page) {
  await page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await window.gc({ type: 'major', execution: 'async' });
  });
  return (await page.metrics()).JSHeapUsedSize;
}

/**
 * Bytes of JS heap that `size` priorities rendered by `side` (`widget` or `baseline`) hold, on a
 * page of bench/index.html: the feed is made first, so that the heap read before holds it already.
 */
export async function heapHeldBy(page, side, size) {
  await page.evaluate((size) => window.bench.makeHeapFeed(size), size);
  const before = await collectedHeap(page);
  await page.evaluate((side) => window.bench.renderHeapFeed(side), side);
  return (await collectedHeap(page)) - before;
}
