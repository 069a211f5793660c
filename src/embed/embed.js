// The embed page's script (dist/embed.js): makes one <plan-summary> from the page's query string, and
// posts its height to the page that holds the frame (dist/embed-parent.js resizes the frame) whenever
// it changes. Plain ES2019, as shipped: Chromium 71 parses it (scripts/build-embed.mjs checks).
import './plan-widgets.js';

/** The attributes of <plan-summary> taken from the query string as they are. */
const VALUED = 'src priorities expanded lang languages layout theme heading-level refresh stale-after'.split(' ');
/** Its boolean attributes: on when present (`?hide-ring`, `?hide-ring=1`), off when absent, `=0` or `=false`. */
const BOOLEAN = ['hide-ring', 'hide-header'];

const query = new URLSearchParams(location.search);
const summary = document.createElement('plan-summary');
for (const name of VALUED) {
  const value = query.get(name);
  if (value !== null) summary.setAttribute(name, value);
}
for (const name of BOOLEAN) {
  const value = query.get(name);
  if (value !== null && value !== '0' && value !== 'false') summary.setAttribute(name, '');
}
// The document speaks the language asked for; without `lang`, the widget takes the plan's own.
if (query.get('lang')) document.documentElement.lang = query.get('lang');
document.body.append(summary);

// Heights are posted once the feed has loaded or failed (not the loading placeholder's, which would
// make the frame jump twice), then on every change. The height is no secret: any page may hear it.
let settled = false;
let posted = -1;
function postHeight(again) {
  if (!settled || window.parent === window) return;
  // The document's box, not scrollHeight, which never falls below the frame's height.
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === posted && !again) return;
  posted = height;
  window.parent.postMessage({ type: 'plan-widgets:height', height }, '*');
}
function settle() {
  settled = true;
  // The plan's title names the frame's document too (absent with hide-header).
  const title = summary.shadowRoot && summary.shadowRoot.querySelector('[part="title"]');
  if (title && title.textContent.trim()) document.title = title.textContent.trim();
  postHeight(false);
}
summary.addEventListener('plan-load', settle);
summary.addEventListener('plan-error', settle);
new ResizeObserver(() => postHeight(false)).observe(summary);
// The parent script, when it starts after the frame, asks again for a height it may have missed.
window.addEventListener('message', (event) => {
  if (event.source === window.parent && event.data && event.data.type === 'plan-widgets:measure') postHeight(true);
});
