// The bench's yardstick: the DOM that <plan-summary> renders, built by hand with no framework, so
// that the bench can say what the widget's code costs over the least any code must do to show the
// same thing. It builds the same custom elements (under other names) with the same shadow roots,
// attributes, text and SVG, adopts the same stylesheets, and opens a card as the widget does;
// run.mjs checks with markup.js that the two trees match before it times anything.
//
// It knows only what the bench and the demo feeds use: the feed object (no `src`, no inline script),
// the default attributes, and English interface strings. It does not validate the feed: checking it
// with valibot is part of what the widget costs.

// This module runs in the bench page (eslint.config.js declares browser globals for page.js only).
/* global document, customElements, HTMLElement, CSSStyleSheet, CustomEvent, URL */

/** The baseline's tags, each a widget tag under another name (the widget's names are taken). */
export const BASELINE_TAGS = {
  'plan-summary': 'bench-summary',
  'plan-priority-card': 'bench-card',
  'plan-progress-ring': 'bench-ring',
};

// ---------------------------------------------------------------------------------------------
// Stylesheets: the widget's own CSS text, so that style and layout cost the same on both sides.

/** Renames the widget's tags where its CSS uses them as type selectors (not inside `[part=…]`). */
function renameTagsInCss(cssText) {
  let renamed = cssText;
  for (const [widgetTag, baselineTag] of Object.entries(BASELINE_TAGS)) {
    renamed = renamed.replace(new RegExp(`(?<![\\w\\-="'])${widgetTag}(?![\\w-])`, 'g'), baselineTag);
  }
  return renamed;
}

function cssTextOf(style) {
  return style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;
}

const cssTextsByTag = new Map();

/**
 * Copies each widget element's CSS text, off the clock. It reads `cssText` and never the
 * CSSResults' `styleSheet`, which would build the widget's sheets before its timed first render.
 */
export function prepareBaselineStyles() {
  for (const [widgetTag, baselineTag] of Object.entries(BASELINE_TAGS)) {
    const widgetClass = customElements.get(widgetTag);
    if (widgetClass === undefined) throw new Error(`<${widgetTag}> is not defined: load the widget before the baseline`);
    cssTextsByTag.set(
      baselineTag,
      widgetClass.elementStyles.map((style) => renameTagsInCss(cssTextOf(style))),
    );
  }
}

const sheetsByCssText = new Map();
const sheetsByTag = new Map();

/**
 * The sheets a baseline element adopts. Like Lit, it builds them when the first element needs them
 * (so within a timed first render on both sides) and shares one sheet among the elements whose CSS
 * is the same text (the tokens every element includes).
 */
function sheetsFor(tag) {
  let sheets = sheetsByTag.get(tag);
  if (sheets === undefined) {
    sheets = cssTextsByTag.get(tag).map((cssText) => {
      let sheet = sheetsByCssText.get(cssText);
      if (sheet === undefined) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(cssText);
        sheetsByCssText.set(cssText, sheet);
      }
      return sheet;
    });
    sheetsByTag.set(tag, sheets);
  }
  return sheets;
}

// ---------------------------------------------------------------------------------------------
// Text: feed texts in the page's language, and dates and numbers from cached Intl formatters.

const UI = {
  overall: 'Overall progress',
  statusFilter: 'Filter by status',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  planLink: 'Read the full plan',
  status: 'Status:',
  done: 'Done:',
  toDo: 'To do:',
  actions: 'Actions',
  measures: 'Measures',
  updates: 'Updates',
  links: 'Links',
  owner: 'Lead unit',
  leader: 'Official in charge',
  partners: 'Supporting units',
  due: 'Due',
  updated: 'Last updated',
  overdue: 'Overdue',
  overdueCount: (count) => `${count} overdue`,
  daysLeft: (days) => (days === 0 ? 'Due today' : days === 1 ? '1 day left' : `${days} days left`),
  unknown: 'Progress unknown',
  expectedLegend: (percent) => `Expected by now: ${percent}`,
  statuses: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    'on-track': 'On track',
    'at-risk': 'At risk',
    'off-track': 'Behind schedule',
    done: 'Done',
  },
};

const STATUS_ICONS = {
  'not-started': '○',
  'in-progress': '◔',
  'on-track': '✓',
  'at-risk': '!',
  'off-track': '✕',
  done: '★',
};

const formatters = new Map();

function cachedFormatter(key, create) {
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

const formatPercent = (value, locale, fractionDigits = 0) =>
  cachedFormatter(
    `percent${fractionDigits}|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }),
  ).format(value / 100);

const formatNumber = (value, locale) =>
  cachedFormatter(`number|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);

// An ISO date is a calendar day: formatted in UTC so that it is the same day wherever the visitor is.
const formatDate = (iso, locale) =>
  cachedFormatter(
    `date|${locale}`,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  ).format(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`));

/** `zh-TW` → `zh-hant-tw`, `zh-hant`, `zh`: a tag and its parents, lower case, Chinese with its implied script. */
function localeChain(locale) {
  let subtags = locale.toLowerCase().split('-');
  if (subtags[0] === 'zh' && (subtags[1] === undefined || subtags[1].length !== 4)) {
    subtags = ['zh', ['tw', 'hk', 'mo'].includes(subtags[1]) ? 'hant' : 'hans', ...subtags.slice(1)];
  }
  return subtags.map((_, index) => subtags.slice(0, subtags.length - index).join('-'));
}

/** A function from a feed text (a string, or language tags to strings) to the string to show. */
function textResolver(locale, defaultLocale) {
  const preferred = [...localeChain(locale), ...localeChain(defaultLocale)];
  return (text) => {
    if (text === undefined) return '';
    if (typeof text === 'string') return text;
    const keys = Object.keys(text);
    for (const tag of preferred) {
      for (const key of keys) if (key.toLowerCase() === tag) return text[key] ?? '';
    }
    return keys.length === 0 ? '' : (text[keys[0]] ?? '');
  };
}

/** The language of the text `textResolver` shows: the tag of its entry, or `defaultLocale` for a string. */
function textLanguage(text, locale, defaultLocale) {
  if (typeof text === 'string') return defaultLocale;
  const keys = Object.keys(text);
  for (const tag of [...localeChain(locale), ...localeChain(defaultLocale)]) {
    for (const key of keys) if (key.toLowerCase() === tag) return key;
  }
  return keys[0] ?? defaultLocale;
}

// ---------------------------------------------------------------------------------------------
// Progress and status, as the contract defines them.

const DAY_MS = 86_400_000;

/** The start of the visitor's day, on the scale of UTC midnights, as the widget counts due dates. */
function visitorToday() {
  const now = Date.now();
  const local = now - new Date(now).getTimezoneOffset() * 60_000;
  return local - (local % DAY_MS);
}

/** Days from `today` to an unfinished action's due date; NaN for a done or undated one. */
function daysLeft(action, today) {
  return action.done === true || action.due === undefined ? NaN : (Date.parse(`${action.due}T00:00:00Z`) - today) / DAY_MS;
}

function priorityProgress(priority) {
  if (priority.progress !== undefined) return priority.progress;
  const actions = priority.actions ?? [];
  if (actions.length === 0) return undefined;
  return (actions.filter((action) => action.done === true).length / actions.length) * 100;
}

function overallProgress(priorities) {
  let weighted = 0;
  let totalWeight = 0;
  for (const priority of priorities) {
    const progress = priorityProgress(priority);
    if (progress === undefined) continue;
    weighted += progress * (priority.weight ?? 1);
    totalWeight += priority.weight ?? 1;
  }
  return totalWeight > 0 ? weighted / totalWeight : undefined;
}

function expectedProgress(period, now) {
  if (period === undefined) return undefined;
  const start = Date.parse(`${period.start}T00:00:00Z`);
  const end = Date.parse(`${period.end}T00:00:00Z`) + DAY_MS; // the last day counts whole
  if (!(end > start)) return now >= start ? 100 : 0;
  return Math.min(100, Math.max(0, ((now - start) / (end - start)) * 100));
}

const scheduleStatus = (progress, expected) =>
  progress >= expected * 0.95 ? 'on-track' : progress >= expected * 0.85 ? 'at-risk' : 'off-track';

function effectiveStatus(priority, expected) {
  const progress = priorityProgress(priority);
  let status = priority.status;
  if (status === undefined) {
    if (progress === undefined || progress === 0) return 'not-started';
    if (progress >= 100) return 'done';
    if (expected === undefined) return 'in-progress';
    status = scheduleStatus(progress, expected);
  }
  // Once the period is over, an unfinished priority is never on track.
  if (status !== 'on-track' || !(expected >= 100) || progress >= 100) return status;
  const late = progress === undefined ? 'on-track' : scheduleStatus(progress, 100);
  return late === 'on-track' ? 'at-risk' : late;
}

/** The order of the summary's headline of counts (src/feed/counts.ts). */
const HEADLINE_ORDER = ['done', 'on-track', 'in-progress', 'at-risk', 'off-track', 'not-started'];

const clampPercent = (value) => (value === undefined || !Number.isFinite(value) ? undefined : Math.min(100, Math.max(0, value)));

function isSafeLink(url) {
  try {
    return ['http:', 'https:'].includes(new URL(url, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// DOM helpers. The parts every card repeats are cloned from templates, the fastest way to build
// DOM by hand (a card clones about three times faster than it builds with createElement in this
// Chromium) and the way Lit builds it too; the few one-off parts are made with createElement.

/**
 * Markup parsed once and cloned for each use. Elements marked `ref="name"` are returned by name
 * with each clone, found by their position (the marks are removed from the parsed markup).
 * Parsed on first use, as Lit prepares its templates in the first render.
 */
class Template {
  constructor(html) {
    this.html = html;
  }

  clone() {
    if (this.content === undefined) this.parse();
    const fragment = document.importNode(this.content, true); // imported, so that custom elements upgrade
    const refs = { fragment };
    for (const [name, path] of this.paths) {
      let node = fragment;
      for (const index of path) node = node.childNodes[index];
      refs[name] = node;
    }
    return refs;
  }

  parse() {
    const template = document.createElement('template');
    template.innerHTML = this.html;
    this.content = template.content;
    this.paths = [...this.content.querySelectorAll('[ref]')].map((node) => {
      const name = node.getAttribute('ref');
      node.removeAttribute('ref');
      const path = [];
      for (let child = node; child !== this.content; child = child.parentNode) {
        path.unshift(Array.prototype.indexOf.call(child.parentNode.childNodes, child));
      }
      return [name, path];
    });
  }
}

/** One template per heading level, for the templates that hold a heading. */
function templatesByLevel(html) {
  const templates = new Map();
  return (level) => {
    let template = templates.get(level);
    if (template === undefined) {
      template = new Template(html(`h${level}`));
      templates.set(level, template);
    }
    return template;
  };
}

/** Children are nodes or strings (text nodes); `undefined` is skipped. */
function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const name in attributes) node.setAttribute(name, attributes[name]);
  for (const child of children) if (child !== undefined) node.append(child);
  return node;
}

/** Appends the optional pieces of a container with the single spaces the widget's templates leave between them. */
function appendJoinedBySpaces(parent, pieces) {
  pieces.forEach((piece, index) => {
    if (index > 0) parent.append(' ');
    if (piece !== undefined) parent.append(piece);
  });
}

// ---------------------------------------------------------------------------------------------
// The elements. Each is a custom element, like the widget's, so that both pay for construction.

const RADIUS = 42;
const CIRCUMFERENCE = 263.894;
const RING_PARTS = 'svg,track,indicator,marker,value';
const CARD_PARTS =
  'card,card-header,card-heading,toggle,card-number,card-title,status,overdue,ring,card-summary,card-body,section-title,trend,svg,track,indicator,marker,value';

const ringTemplate = new Template(
  '<svg part="svg" viewBox="0 0 100 100" aria-hidden="true">' +
    `<circle part="track" cx="50" cy="50" r="${RADIUS}"></circle>` +
    `<circle part="indicator" cx="50" cy="50" r="${RADIUS}" transform="rotate(-90 50 50)" stroke-dasharray="${CIRCUMFERENCE}" ref="indicator"></circle>` +
    '<path part="marker" d="M45-7h10l-5 8z" ref="marker"></path>' +
    '</svg> <span part="value" aria-hidden="true" ref="value"></span>',
);

/** What a ring says to assistive technology (the widget's ringValueText). */
function ringValueText(value, expected, locale) {
  if (value === undefined) return UI.unknown;
  const percent = formatPercent(value, locale);
  return expected === undefined ? percent : `${percent}, ${formatPercent(expected, locale)} expected by now`;
}

/** Appends a ring's drawing and percentage (the widget's ringDrawing) to `parent`. */
function appendRingDrawing(parent, value, expected, locale) {
  const { fragment, indicator, marker, value: valueText } = ringTemplate.clone();
  indicator.setAttribute('stroke-dashoffset', CIRCUMFERENCE * (1 - (value ?? 0) / 100));
  indicator.setAttribute('display', value === undefined ? 'none' : 'inline');
  marker.setAttribute('transform', `rotate(${(expected ?? 0) * 3.6} 50 50)`);
  marker.setAttribute('display', expected > 0 && expected < 100 ? 'inline' : 'none');
  valueText.textContent = value === undefined ? '–' : formatPercent(value, locale);
  parent.append(fragment);
}

class BenchRing extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = sheetsFor('bench-ring');
  }

  /** Draws `value` (percent, or undefined for unknown) with a mark at `expected`. */
  show({ value: rawValue, expected: rawExpected, label, locale }) {
    const value = clampPercent(rawValue);
    const expected = clampPercent(rawExpected);
    this.setAttribute('lang', locale);
    this.setAttribute('role', 'progressbar');
    this.setAttribute('aria-valuemin', '0');
    this.setAttribute('aria-valuemax', '100');
    if (value !== undefined) this.setAttribute('aria-valuenow', String(Math.round(value)));
    if (label) this.setAttribute('aria-label', label);
    this.setAttribute('aria-valuetext', ringValueText(value, expected, locale));
    appendRingDrawing(this.shadowRoot, value, expected, locale);
  }
}

const cardTemplate = templatesByLevel(
  (h) =>
    '<article part="card" ref="article">' +
    `<${h} part="card-heading"><button part="toggle" aria-expanded="false" aria-controls="details" aria-describedby="status ring" ref="toggle">` +
    '<span part="card-header" ref="header"><span part="card-number" ref="number"></span> <span part="card-title" ref="title"></span> ' +
    '<span part="status"><span class="status-icon" aria-hidden="true" ref="statusIcon"></span> ' +
    `<span id="status" aria-hidden="true" ref="statusText"><span class="visually-hidden">${UI.status} </span></span></span>` +
    ' <span part="ring" id="ring" role="progressbar" aria-hidden="true" ref="ring"></span></span>' +
    `</button></${h}>` +
    '<p part="card-summary" ref="summary"></p>' +
    '<div part="card-body" id="details" hidden="until-found" ref="body"></div></article>',
);

// The sections of a card's details: each a heading and a list (marked as `list`) that the card fills.
const sectionTemplate = (list) =>
  templatesByLevel(
    (h) =>
      `<section class="section"><${h} part="section-title" ref="title"></${h}> ${list.replace('>', ' ref="list">')}</section>`,
  );
const actionsTemplate = sectionTemplate('<ul class="actions"></ul>');
const measuresTemplate = sectionTemplate('<dl class="measures"></dl>');
const updatesTemplate = sectionTemplate('<ol class="updates"></ol>');
const linksTemplate = sectionTemplate('<ul></ul>');

const doneActionTemplate = new Template(
  `<li class="done"><span class="mark" aria-hidden="true">✓</span> <span ref="text"><span class="visually-hidden">${UI.done} </span></span></li>`,
);
const toDoActionTemplate = new Template(
  `<li class=""><span class="mark" aria-hidden="true">○</span> <span ref="text"><span class="visually-hidden">${UI.toDo} </span></span></li>`,
);
const overdueActionTemplate = new Template(
  `<li class="overdue"><span class="mark" aria-hidden="true">!</span> <span ref="text"><span class="visually-hidden">${UI.toDo} </span></span></li>`,
);
const termTemplate = new Template('<dt ref="term"></dt><dd ref="description"></dd>');
const trendTemplate = new Template(
  '<span part="trend" role="img" ref="trend"><svg viewBox="0 0 100 25" aria-hidden="true">' +
    '<polyline ref="line"></polyline><circle r="3" ref="end"></circle></svg> </span>',
);

/**
 * A measure's history as the widget draws it: each value placed by its date across 100 units, from
 * the lowest at the bottom to the highest at the top of 25 (the middle when all are equal), named by
 * its first and last values and the change since the value before the last.
 */
function trendOf(history, locale, figure) {
  if (history === undefined || history.length < 2) return undefined;
  const times = history.map((entry) => Date.parse(`${entry.date}T00:00:00Z`));
  const values = history.map((entry) => entry.value);
  const span = times[times.length - 1] - times[0];
  const low = Math.min(...values);
  const range = Math.max(...values) - low;
  const points = history.map((entry, index) => [
    (span > 0 ? (times[index] - times[0]) / span : index / (history.length - 1)) * 100,
    range > 0 ? 25 - ((entry.value - low) / range) * 25 : 12.5,
  ]);
  const [first, previous, last] = [history[0], history[history.length - 2], history[history.length - 1]];
  const change = last.value - previous.value;
  const sign = change > 0 ? '+' : change === 0 ? '±' : '';
  const changeText = `${sign}${formatNumber(change, locale)} since ${formatDate(previous.date, locale)}`;
  const refs = trendTemplate.clone();
  refs.trend.setAttribute(
    'aria-label',
    `From ${figure(first.value)} on ${formatDate(first.date, locale)} to ` +
      `${figure(last.value)} on ${formatDate(last.date, locale)}; ${changeText}`,
  );
  refs.line.setAttribute('points', points.map((point) => point.join(',')).join(' '));
  const [x, y] = points[points.length - 1];
  refs.end.setAttribute('cx', x);
  refs.end.setAttribute('cy', y);
  refs.trend.append(changeText);
  return refs.fragment;
}
const updateTemplate = new Template('<li><time ref="time"></time></li>');
const linkTemplate = new Template('<li><a ref="link"></a></li>');

class BenchCard extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = sheetsFor('bench-card');
    this.expanded = false;
  }

  /** Renders `priority`; `context` holds what the summary shares with every card. */
  show(priority, { locale, defaultLocale, text, expected, headingLevel, expanded }) {
    this.priority = priority;
    this.expanded = expanded;
    const status = effectiveStatus(priority, expected);
    this.setAttribute('lang', locale);
    this.setAttribute('status', status);
    if (expanded) this.setAttribute('expanded', '');

    const refs = cardTemplate(headingLevel).clone();
    refs.article.setAttribute('lang', locale);
    this.toggleButton = refs.toggle;
    this.toggleButton.addEventListener('click', () => this.setExpanded(!this.expanded));
    if (priority.number === undefined) refs.number.remove();
    else refs.number.textContent = String(priority.number);
    const title = text(priority.title);
    refs.title.textContent = title;
    refs.statusIcon.textContent = STATUS_ICONS[status];
    refs.statusText.append(UI.statuses[status]);
    const progress = clampPercent(priorityProgress(priority));
    refs.ring.setAttribute('aria-valuetext', ringValueText(progress, clampPercent(expected), locale));
    appendRingDrawing(refs.ring, progress, clampPercent(expected), locale);
    const today = visitorToday();
    const overdue = (priority.actions ?? []).filter((action) => daysLeft(action, today) < 0).length;
    if (overdue > 0) {
      refs.toggle.setAttribute('aria-describedby', 'status overdue ring');
      // Right after the status, before the ring.
      refs.statusText.parentElement.after(
        element(
          'span',
          { part: 'overdue' },
          element('span', { 'aria-hidden': 'true' }, '! '),
          element('span', { id: 'overdue', 'aria-hidden': 'true' }, UI.overdueCount(overdue)),
        ),
      );
    }
    const summary = text(priority.summary);
    if (summary) refs.summary.textContent = summary;
    else refs.summary.remove();

    this.body = refs.body;
    if (expanded) {
      this.toggleButton.setAttribute('aria-expanded', 'true');
      this.body.removeAttribute('hidden');
    }
    // Closed details stay findable by find-in-page, and a match opens them, as in the widget.
    this.body.addEventListener('beforematch', () => this.setExpanded(true));
    this.appendDetails(priority, { locale, defaultLocale, text, level: Math.min(6, headingLevel + 1), today });
    this.shadowRoot.append(refs.fragment);
  }

  /** Opens or closes the details, as the widget's card does, and tells the summary. */
  setExpanded(expanded) {
    if (expanded === this.expanded) return;
    this.expanded = expanded;
    this.toggleButton.setAttribute('aria-expanded', String(expanded));
    this.toggleAttribute('expanded', expanded);
    if (expanded) this.body.removeAttribute('hidden');
    else this.body.setAttribute('hidden', 'until-found');
    this.dispatchEvent(
      new CustomEvent('plan-toggle', { detail: { id: this.priority.id, expanded }, bubbles: true, composed: true }),
    );
  }

  appendDetails(priority, { locale, defaultLocale, text, level, today }) {
    // A feed text in a language other than the widget's is marked with it, as the widget marks it.
    const inline = (value) => {
      const lang = textLanguage(value, locale, defaultLocale);
      return localeChain(locale).includes(lang.toLowerCase()) ? text(value) : element('span', { lang }, text(value));
    };
    const date = (iso) => element('time', { datetime: iso }, formatDate(iso, locale));
    /** A section of `items`, undefined when there are none; `fill` makes each item's entry. */
    const section = (template, title, items, fill) => {
      if (items.length === 0) return undefined;
      const refs = template(level).clone();
      refs.title.textContent = title;
      for (const item of items) refs.list.append(fill(item));
      return refs.fragment;
    };

    const updates = [...(priority.updates ?? [])].sort((a, b) => b.date.localeCompare(a.date));
    const partners = (priority.partners ?? []).map(text);
    const facts = [];
    if (priority.owner !== undefined) facts.push([UI.owner, text(priority.owner)]);
    if (priority.leader !== undefined) facts.push([UI.leader, text(priority.leader)]);
    if (partners.length > 0) facts.push([UI.partners, partners.join(', ')]);
    if (priority.due !== undefined) facts.push([UI.due, date(priority.due)]);
    if (priority.updated !== undefined) facts.push([UI.updated, date(priority.updated)]);
    const term = ([termText, ...description]) => {
      const refs = termTemplate.clone();
      refs.term.textContent = termText;
      refs.description.append(...description.filter((node) => node !== undefined));
      return refs.fragment;
    };

    appendJoinedBySpaces(this.body, [
      section(actionsTemplate, UI.actions, priority.actions ?? [], (action) => {
        const days = daysLeft(action, today);
        const template = action.done === true ? doneActionTemplate : days < 0 ? overdueActionTemplate : toDoActionTemplate;
        const refs = template.clone();
        refs.text.append(`${text(action.title)} `);
        if (action.due !== undefined)
          refs.text.append(element('span', { class: 'meta' }, `(due ${formatDate(action.due, locale)})`));
        refs.text.append(' ');
        if (days < 0) refs.text.append(element('strong', {}, UI.overdue));
        else if (days <= 14) refs.text.append(element('span', { class: 'meta' }, UI.daysLeft(days)));
        return refs.fragment;
      }),
      section(measuresTemplate, UI.measures, priority.measures ?? [], (measure) => {
        // `98% (target 100%)`, `30 schools (target 40, from 10)`, as the widget's formatMeasure.
        const percent = /^\s*[%％]\s*$/.test(text(measure.unit) ?? '');
        const figure = (value) => (percent ? formatPercent(value, locale, 2) : formatNumber(value, locale));
        const notes = [
          measure.target === undefined ? undefined : `target ${figure(measure.target)}`,
          measure.baseline === undefined ? undefined : `from ${figure(measure.baseline)}`,
        ].filter(Boolean);
        return term([
          text(measure.label),
          measure.current === undefined ? '–' : figure(measure.current),
          ...(measure.unit && !percent ? [' ', inline(measure.unit)] : []),
          notes.length === 0 ? undefined : ` (${notes.join(', ')})`,
          trendOf(measure.history, locale, figure),
        ]);
      }),
      section(updatesTemplate, UI.updates, updates, (update) => {
        const refs = updateTemplate.clone();
        refs.time.setAttribute('datetime', update.date);
        refs.time.textContent = formatDate(update.date, locale);
        refs.time.after(` ${text(update.text)}`);
        return refs.fragment;
      }),
      facts.length === 0 ? undefined : element('dl', { class: 'section' }, ...facts.map(term)),
      section(
        linksTemplate,
        UI.links,
        (priority.links ?? []).filter((link) => isSafeLink(link.url)),
        (link) => {
          const refs = linkTemplate.clone();
          refs.link.setAttribute('href', link.url);
          refs.link.textContent = text(link.label);
          return refs.fragment;
        },
      ),
    ]);
  }
}

const summaryTemplate = new Template(
  '<section part="base" tabindex="-1" ref="base"><header part="header"><div class="intro" ref="intro"></div>' +
    `<div class="overall"><bench-ring part="ring" exportparts="${RING_PARTS}" ref="ring"></bench-ring>` +
    `<p class="overall-label" aria-hidden="true" ref="overallLabel">${UI.overall}</p></div>` +
    // The space after the button stands for the language switcher, which the bench never asks for.
    '<div class="tools" ref="tools"><button part="expand-all" ref="expandAll"></button> </div>' +
    `<div part="headline"><span role="group" aria-label="${UI.statusFilter}" ref="counts"></span><span ref="rate"></span></div></header> ` +
    '<ol part="list" role="list" ref="list"></ol></section><p class="visually-hidden" role="status" ref="announcer"> </p>',
);
const listItemTemplate = new Template(`<li><bench-card exportparts="${CARD_PARTS}" ref="card"></bench-card></li>`);

class BenchSummary extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = sheetsFor('bench-summary');
    this.cards = [];
    this.openCount = 0;
    // The cards say when a visitor opens or closes one; the expand-all button follows.
    this.addEventListener('plan-toggle', (event) => {
      this.openCount += event.detail.expanded ? 1 : -1;
      // An open card takes its row to itself.
      event.composedPath()[0].parentElement.classList.toggle('open', event.detail.expanded);
      this.showExpandAllState();
    });
  }

  /** Renders `feed` (a version 1 feed object) in the language of the page. Call it once, connected. */
  show(feed) {
    // The widget reflects its defaults, and the stylesheets select on them.
    this.setAttribute('layout', 'grid');
    this.setAttribute('theme', 'light');

    const plan = feed.plan;
    const defaultLocale = plan.defaultLocale ?? 'en';
    // The nearest `lang` that names a language.
    const locale = canonicalLocale(this.closest('[lang]:not([lang=""])')?.getAttribute('lang') ?? defaultLocale);
    const text = textResolver(locale, defaultLocale);
    const priorities = feed.priorities.map((priority, index) => ({ ...priority, number: index + 1 }));
    const expected = expectedProgress(plan.period, Date.now());
    const headingLevel = 2;
    const refs = summaryTemplate.clone();
    refs.base.setAttribute('lang', locale);
    refs.base.setAttribute('aria-label', text(plan.title));
    refs.announcer.setAttribute('lang', locale);

    const cardContext = { locale, defaultLocale, text, expected, headingLevel: headingLevel + 1, expanded: false };
    for (const priority of priorities) {
      const { fragment, card } = listItemTemplate.clone();
      card.setAttribute('id', `priority-${priority.id}`);
      card.show(priority, cardContext);
      this.cards.push(card);
      refs.list.append(fragment);
    }

    const dates = [];
    if (plan.period !== undefined)
      dates.push(`${formatDate(plan.period.start, locale)} – ${formatDate(plan.period.end, locale)}`);
    if (plan.updated !== undefined) dates.push(`Figures as of ${formatDate(plan.updated, locale)}`);
    const organization = text(plan.organization);
    const planSummary = text(plan.summary);
    appendJoinedBySpaces(refs.intro, [
      organization ? element('p', { part: 'organization' }, organization) : undefined,
      element(`h${headingLevel}`, { part: 'title' }, text(plan.title)),
      dates.length === 0
        ? undefined
        : element(
            'p',
            { class: 'meta' },
            ...dates.flatMap((part, index) => [index ? ' · ' : undefined, element('span', {}, part)]),
          ),
      planSummary ? element('p', { part: 'plan-summary' }, planSummary) : undefined,
    ]);
    refs.ring.show({ value: overallProgress(priorities), expected, label: UI.overall, locale });
    // What the rings' notch marks, while they mark it.
    if (expected > 0 && expected < 100) {
      refs.overallLabel.append(
        element(
          'span',
          { part: 'legend', 'aria-hidden': 'true' },
          element('span', { class: 'notch' }, '▼'),
          ` ${UI.expectedLegend(formatPercent(expected, locale))}`,
        ),
      );
    }
    // The headline: each status present, counted, a button; then the share done.
    const statuses = priorities.map((priority) => effectiveStatus(priority, expected));
    for (const status of HEADLINE_ORDER) {
      const count = statuses.filter((each) => each === status).length;
      if (count > 0) refs.counts.append(element('button', { 'aria-pressed': 'false' }, `${UI.statuses[status]} (${count})`));
    }
    refs.counts.append(' ');
    const done = statuses.filter((status) => status === 'done').length;
    refs.rate.textContent = `${formatPercent((done / statuses.length) * 100, locale)} done`;
    // The notice sits outside the header, before the list, as the widget's does.
    if (plan.notice !== undefined) {
      // Its own language only when it differs from the widget's (the bench writes English feeds).
      const lang = textLanguage(plan.notice, locale, defaultLocale);
      const attributes = lang === locale ? { part: 'notice', role: 'note' } : { part: 'notice', role: 'note', lang };
      refs.list.before(element('p', attributes, text(plan.notice)), ' ');
    }
    // Once the period is over, a note says so, before the list.
    if (plan.period !== undefined && expected >= 100) {
      refs.list.before(
        element('p', { part: 'ended', role: 'note' }, `This plan’s period ended on ${formatDate(plan.period.end, locale)}.`),
        ' ',
      );
    }
    if (plan.url !== undefined && isSafeLink(plan.url))
      refs.tools.append(' ', element('a', { part: 'plan-link', href: plan.url }, UI.planLink));

    this.expandAllButton = refs.expandAll;
    this.expandAllButton.addEventListener('click', () => {
      const open = this.openCount < this.cards.length;
      for (const card of this.cards) card.setExpanded(open);
    });
    this.showExpandAllState();
    // Where the widget shows page toolbars the hovered text (src/elements/page-tools.ts).
    this.shadowRoot.append(element('slot', { name: 'hovered-text' }), refs.fragment);
  }

  showExpandAllState() {
    const allExpanded = this.openCount === this.cards.length;
    this.expandAllButton.setAttribute('aria-expanded', String(allExpanded));
    this.expandAllButton.textContent = allExpanded ? UI.collapseAll : UI.expandAll;
  }
}

function canonicalLocale(tag) {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

customElements.define('bench-ring', BenchRing);
customElements.define('bench-card', BenchCard);
customElements.define('bench-summary', BenchSummary);
