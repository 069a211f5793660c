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

/**
 * The origin of a feed this page may not show, or undefined: it shows feeds from its own site, and
 * from the sites named in <meta name="plan-widgets-feed-origins" content="https://data.example …">.
 * Any other would put someone else's plan under this site's address. An address that is no URL goes
 * to the widget, which says so.
 */
function refusedOrigin(src) {
  let origin;
  try {
    origin = new URL(src, location.href).origin;
  } catch {
    return undefined;
  }
  const meta = document.querySelector('meta[name="plan-widgets-feed-origins"]');
  const named = meta === null ? [] : meta.content.split(/\s+/);
  return origin === location.origin || named.indexOf(origin) !== -1 ? undefined : origin;
}

const REFUSED = {
  en: (origin) =>
    `This page shows only plans from its own site, not from ${origin}. The site can allow that address in its embed.html (plan-widgets-feed-origins).`,
  'zh-Hans': (origin) =>
    `本页只显示本站的工作计划，不显示来自 ${origin} 的。网站可在其 embed.html 中允许该地址（plan-widgets-feed-origins）。`,
  'zh-Hant': (origin) =>
    `本頁只顯示本站的工作計畫，不顯示來自 ${origin} 的。網站可在其 embed.html 中允許該位址（plan-widgets-feed-origins）。`,
};

/** A visible note in place of the widget, in the language asked for (else the browser's). */
function refusal(origin) {
  const lang = query.get('lang') || navigator.language || 'en';
  const locale = !/^zh/i.test(lang) ? 'en' : /hant|-(tw|hk|mo)\b/i.test(lang) ? 'zh-Hant' : 'zh-Hans';
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.lang = locale;
  note.textContent = REFUSED[locale](origin);
  return note;
}

const refused = query.get('src') === null ? undefined : refusedOrigin(query.get('src'));
const shown = refused === undefined ? summary : refusal(refused);
document.body.append(shown);

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
new ResizeObserver(() => postHeight(false)).observe(shown);
if (shown !== summary) settle();
// The parent script, when it starts after the frame, asks again for a height it may have missed.
window.addEventListener('message', (event) => {
  if (event.source === window.parent && event.data && event.data.type === 'plan-widgets:measure') postHeight(true);
});
