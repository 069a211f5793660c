// The page script of heap.html, for test/scripts/heap.test.mjs: `window.heap.churn(count, { leak })`
// mounts and removes `count` refreshing summaries in turn, in the four ways of test/host/churn.test.ts;
// with `leak`, the deliberately leaking variant, the page keeps every summary it removed.
const SRC = '/demo/feeds/hanbin-2023-autumn.json';

/** How each mount ends, in turn: before its first render, with its feed in flight, once loaded, and once loaded and moved. */
const ways = ['removed at once', 'removed while loading', 'removed once loaded', 'moved, then removed'];
const [first, second] = [document.createElement('div'), document.createElement('div')];
document.body.append(first, second);
const leaked = [];
let loads = 0;

async function mountAndRemove(way, leak) {
  const summary = document.createElement('plan-summary');
  summary.setAttribute('src', SRC);
  summary.setAttribute('refresh', '10');
  const loaded = new Promise((resolve) => summary.addEventListener('plan-load', resolve, { once: true }));
  first.append(summary);
  if (way === 'removed while loading') await summary.updateComplete;
  if (way === 'removed once loaded' || way === 'moved, then removed') {
    await loaded;
    loads++;
    await summary.updateComplete;
  }
  if (way === 'moved, then removed') second.append(summary);
  summary.remove();
  if (leak) leaked.push(summary);
}

window.heap = {
  async churn(count, { leak = false } = {}) {
    for (let i = 0; i < count; i++) await mountAndRemove(ways[i % ways.length], leak);
  },
  /** The plan-load events seen, and whether the widget is defined: the churn did mount widgets. */
  done: () => ({ loads, defined: customElements.get('plan-summary') !== undefined }),
};
