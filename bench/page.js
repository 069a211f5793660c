// The measurements, run inside the bench page: each from the change to the end of the layout it causes.

function feedOf(size) {
  return {
    version: 1,
    plan: { title: 'Bench', period: { start: '2026-01-01', end: '2026-12-31' } },
    priorities: Array.from({ length: size }, (_, index) => ({
      id: `p${index}`,
      title: { en: `Priority ${index}`, 'zh-Hans': `重点 ${index}` },
      summary: 'A sentence of summary for the card.',
      actions: [
        { title: 'First action', done: index % 2 === 0 },
        { title: 'Second action', done: false, due: '2026-06-30' },
      ],
      measures: [{ label: 'Schools', current: index % 40, target: 40, unit: 'schools' }],
    })),
  };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function firstRender(size) {
  const summary = document.createElement('plan-summary');
  const loaded = new Promise((resolve) => summary.addEventListener('plan-load', resolve, { once: true }));
  const start = performance.now();
  summary.feed = feedOf(size);
  document.body.append(summary);
  await loaded;
  await Promise.all([...summary.shadowRoot.querySelectorAll('plan-priority-card')].map((card) => card.updateComplete));
  await nextFrame();
  void document.body.offsetHeight;
  return performance.now() - start;
}

async function toggleAmong(size) {
  await firstRender(size);
  const summary = document.querySelector('plan-summary');
  const card = summary.shadowRoot.querySelectorAll('plan-priority-card')[Math.floor(size / 2)];
  const start = performance.now();
  card.shadowRoot.querySelector('button').click();
  await card.updateComplete;
  await summary.updateComplete;
  void document.body.offsetHeight;
  return performance.now() - start;
}

window.bench = { firstRender, toggleAmong };
