import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fallbackHtml } from '../cli/fallback.js';
import type { FeedProblem } from '../cli/validate.js';
import type { NumberedPriority } from '../feed/schema.js';
import { splitList, unmatched } from '../feed/select.js';
import { resolveText } from '../feed/text.js';
import { canonicalLocale, renderInLocale, uiLocaleFor } from '../i18n/localize.js';
import type { UiLocale } from '../i18n/localize.js';
import { languageName } from '../i18n/language-names.js';
import {
  fetchFeedText,
  fileText,
  importSpreadsheet,
  isLoadFailure,
  isSpreadsheetFile,
  isSpreadsheetName,
  readFeed,
  readFileBytes,
  validation,
} from './feed-source.js';
import type { FeedSource, LoadFailure, LoadedFeed } from './feed-source.js';
import { settingsFromSnippet } from './parse-snippet.js';
import type { SnippetProblem } from './parse-snippet.js';
import { checklistOrder, expandedEntries, idsFor, prioritiesEntries, unknownEntries } from './priority-list.js';
import type { ChecklistEntry, ChecklistState } from './plan-configurator-priorities.js';
import {
  CUSTOM_PROPERTIES,
  CUSTOM_PROPERTY_DEFAULTS,
  DEFAULT_SETTINGS,
  LAYOUTS,
  THEMES,
  attributesOf,
  customPropertiesOf,
  isSafeCssValue,
} from './settings.js';
import type { CustomPropertyKey, Settings } from './settings.js';
import { VARIANTS, snippet } from './snippet.js';
import type { SnippetContext, Variant } from './snippet.js';
import type { SpreadsheetProblem } from './spreadsheet.js';
import { STRINGS } from './strings.js';
import type { Strings } from './strings.js';
import { controlStyles } from './styles.js';
import { CSV_TEMPLATES, WORKBOOK_TEMPLATES } from './templates.js';

/** The interface languages, each named in itself. */
const UI_LOCALES: readonly UiLocale[] = ['zh-Hans', 'zh-Hant', 'en'];

/** What the file input offers: a feed, an .xlsx workbook (or an .xls one, to be told to save it as .xlsx), CSV files. */
const FILE_TYPES = [
  '.json',
  'application/json',
  '.xlsx',
  '.xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv',
  'text/csv',
  '.tsv',
].join(',');

/** Links separated by middle dots. */
const join = (links: readonly TemplateResult[]) => links.map((link, index) => (index === 0 ? link : html` · ${link}`));

/** The languages offered for `lang` and `languages` besides those a feed or a snippet names. */
const PLAN_LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'];

/** The property CSS.supports checks each custom property's value against. */
const CSS_CHECKS: Record<CustomPropertyKey, string> = { accent: 'color', radius: 'border-radius', fontFamily: 'font-family' };

type FeedState =
  | { readonly state: 'none' }
  | { readonly state: 'loading'; readonly source: FeedSource }
  | { readonly state: 'failed'; readonly source: FeedSource; readonly failure: LoadFailure }
  | { readonly state: 'rejected'; readonly source: FeedSource; readonly problems: SheetProblems }
  | ({ readonly state: 'loaded' } & LoadedFeed);

/** A spreadsheet's problems, said in any interface language (src/configurator/spreadsheet.ts). */
type SheetProblems = (locale: UiLocale) => readonly SpreadsheetProblem[];

/** What reading a source gives: the feed's text, or a spreadsheet's problems; and the source, once its files are read. */
type Outcome =
  { readonly text: string; readonly source?: FeedSource } | { readonly problems: SheetProblems; readonly source: FeedSource };

/** The event the configurator fires when its interface language changes (the page follows it: main.ts). */
export type LanguageChangeEvent = CustomEvent<{ language: UiLocale }>;

/**
 * The configurator: a feed by address, pasted JSON or a file, checked as the widget reads it; a control
 * for every attribute of `<plan-summary>` and its main custom properties; a live preview at phone or
 * desktop width; and the snippet for the site in four variants, which can also be pasted back to load
 * its settings. Its interface speaks en, zh-Hans and zh-Hant (`language`).
 */
export class PlanConfigurator extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        background: var(--surface);
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 2rem;
        align-items: flex-end;
        justify-content: space-between;
        padding: 1rem clamp(0.75rem, 3vw, 2rem);
        border-bottom: 1px solid var(--line);
        background: var(--panel);
      }
      h1 {
        margin: 0;
        font-size: 1.5rem;
        line-height: 1.25;
      }
      .top p {
        margin: 0.25rem 0 0;
        color: var(--muted);
        max-width: 46rem;
      }
      .ui-language {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      .ui-language select {
        width: auto;
      }
      .layout {
        display: grid;
        gap: 1.5rem;
        padding: 1rem clamp(0.75rem, 3vw, 2rem) 3rem;
      }
      @media (min-width: 60rem) {
        .layout {
          grid-template-columns: minmax(22rem, 30rem) minmax(0, 1fr);
          align-items: start;
        }
        /* The snippet and the preview stay in view while the controls scroll past. */
        .output {
          position: sticky;
          top: 0;
          max-height: 100vh;
          overflow-y: auto;
          padding: 0.25rem 0.25rem 1rem;
        }
      }
      .controls,
      .output {
        display: grid;
        gap: 1.5rem;
        min-width: 0;
      }
      section {
        min-width: 0;
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.2rem;
        line-height: 1.3;
      }
      h3 {
        margin: 1rem 0 0.5rem;
        font-size: 1rem;
      }
      fieldset {
        margin: 0.75rem 0;
        padding: 0.5rem 0.75rem 0.75rem;
        border: 1px solid var(--line);
        border-radius: 0.375rem;
        min-width: 0;
      }
      legend {
        padding: 0 0.25rem;
        font-weight: 600;
      }
      .field {
        margin: 0.75rem 0;
      }
      .field > label:first-child,
      .label {
        display: block;
        font-weight: 600;
        margin-bottom: 0.25rem;
      }
      .hint {
        margin: 0.25rem 0 0;
        color: var(--muted);
        font-size: 0.875rem;
      }
      .row {
        display: flex;
        gap: 0.5rem;
        align-items: stretch;
      }
      .row > input,
      .row > select {
        flex: 1 1 auto;
        min-width: 0;
      }
      .row > button {
        flex: none;
      }
      .options {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 1.25rem;
      }
      .checks {
        display: grid;
        gap: 0.4rem;
        margin: 0.75rem 0;
      }
      .feed {
        border-radius: 0.5rem;
        outline-offset: 0.25rem;
      }
      .feed.drop-target {
        outline: 3px dashed var(--accent);
        background: var(--highlight);
      }
      .templates {
        margin-top: 0.75rem;
      }
      .templates p {
        margin: 0.25rem 0;
      }
      .template-links {
        font-size: 0.875rem;
      }
      .template {
        white-space: nowrap;
      }
      .template-links > span {
        color: var(--muted);
      }
      .save-feed {
        margin: 0.75rem 0 0;
      }
      .drop-note {
        margin: 0.5rem 0 0;
        font-weight: 600;
        color: var(--accent);
      }
      input[type='file'] {
        display: block;
        max-width: 100%;
      }
      .status {
        margin: 0.75rem 0 0;
        padding: 0.5rem 0.75rem;
        border-left: 4px solid var(--line);
        background: var(--panel);
      }
      .status.ok {
        border-color: #1a7f37;
      }
      .status.bad {
        border-color: var(--error);
      }
      .problems {
        margin: 0.25rem 0 0;
        padding-left: 1.25rem;
      }
      .problems li {
        margin: 0.25rem 0;
        overflow-wrap: anywhere;
      }
      .problems.errors li::marker {
        color: var(--error);
      }
      .problems.warnings li::marker {
        color: var(--warning);
      }
      .where {
        color: var(--muted);
      }
      code {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
        font-size: 0.875em;
      }
      .colour {
        display: flex;
        gap: 0.5rem;
      }
      .colour input[type='color'] {
        flex: none;
        width: 3rem;
        min-height: 2.5rem;
        padding: 0.15rem;
        border: 1px solid #8c959f;
        border-radius: 0.375rem;
        background: var(--surface);
      }
      .invalid {
        margin: 0.25rem 0 0;
        color: var(--error);
        font-size: 0.875rem;
      }
      .preview-tools {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
        align-items: end;
      }
      .preview-tools fieldset {
        margin: 0;
      }
      .preview-tools .field {
        margin: 0;
        max-width: 100%;
      }
      .preview-tools select {
        width: auto;
        max-width: 100%;
      }
      .stage {
        margin-top: 0.75rem;
        padding: 1rem;
        border: 1px solid var(--line);
        border-radius: 0.5rem;
        background: repeating-linear-gradient(45deg, #f6f8fa 0 10px, #eef1f4 10px 20px);
        overflow-x: auto;
      }
      .page {
        margin: 0 auto;
        padding: 1rem;
        background: #ffffff;
        box-shadow: 0 1px 3px rgba(0, 0, 0, 0.15);
      }
      .stage.phone .page {
        width: 390px;
        max-width: 100%;
      }
      @media (max-width: 30rem) {
        .stage,
        .page {
          padding: 0.5rem;
        }
      }
      .empty {
        color: var(--muted);
        margin: 0;
      }
      textarea.snippet {
        white-space: pre;
        overflow-wrap: normal;
        overflow-x: auto;
      }
      /* On a phone, the lines wrap rather than scroll sideways (copying takes the text as written). */
      @media (max-width: 30rem) {
        textarea.snippet {
          white-space: pre-wrap;
          overflow-wrap: anywhere;
        }
      }
      .copy-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin-top: 0.5rem;
      }
      .note {
        margin: 0.5rem 0;
        padding: 0.4rem 0.75rem;
        border-left: 4px solid var(--warning);
        background: #fff8e5;
      }
    `,
  ];

  static override properties = {
    language: { reflect: true },
    src: {},
    scriptBase: { attribute: 'script-base' },
    templates: {},
    settings: { state: true },
    feedState: { state: true },
    order: { state: true },
    previewWidth: { state: true },
    pageLang: { state: true },
    variant: { state: true },
    copyStatus: { state: true },
    snippetReport: { state: true },
    dropping: { state: true },
  };

  /** The interface language. */
  language: UiLocale = 'en';
  /** A feed address to load at first (the page's `?src=`). */
  declare src?: string;
  /** The folder of the widget's files the snippet names at first, ending in `/`. */
  declare scriptBase?: string;
  /** The folder of the spreadsheet templates (templates/ in the package), ending in `/`; none: no links to them. */
  declare templates?: string;

  settings: Settings = DEFAULT_SETTINGS;
  private feedState: FeedState = { state: 'none' };
  /** Every priority's id, in the checklist's order. */
  private order: readonly string[] = [];
  private previewWidth: 'phone' | 'desktop' = 'desktop';
  /** The language of the page around the preview; undefined: the interface's. */
  private pageLang?: string;
  private variant: Variant = 'module';
  private copyStatus: '' | 'copied' | 'selected' = '';
  private snippetReport?: { readonly loaded: boolean; readonly problems: readonly SnippetProblem[] };
  private dropping = false;
  /** The attributes the preview was given (it reflects some of its own, which stay). */
  private previewAttributes: ReadonlySet<string> = new Set();
  /** The last load asked for: an earlier one that answers later is dropped. */
  private loads = 0;

  private get strings(): Strings {
    return STRINGS[this.language];
  }

  /** The feed, validated, when the widget can show it. */
  private get priorities(): readonly NumberedPriority[] {
    return this.feedState.state === 'loaded' ? (this.feedState.feed?.priorities ?? []) : [];
  }

  /** The locale the preview renders the plan in: `lang`, else the page's. */
  private get planLocale(): string {
    return canonicalLocale(this.settings.lang || this.pageLang || this.language);
  }

  /** Changes some settings; the preview and the snippet follow. */
  apply(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    this.copyStatus = '';
  }

  // ---- The feed ----

  /** Settles once the last feed load asked for has been read and rendered. */
  get feedSettled(): Promise<void> {
    return this.lastLoad.then(() => this.updateComplete).then(() => undefined);
  }

  private lastLoad: Promise<void> = Promise.resolve();

  private load(source: FeedSource, read: () => Promise<Outcome>): Promise<void> {
    this.lastLoad = this.read(source, read);
    return this.lastLoad;
  }

  private async read(source: FeedSource, read: () => Promise<Outcome>): Promise<void> {
    const load = ++this.loads;
    this.feedState = { state: 'loading', source };
    try {
      const outcome = await read();
      if (load !== this.loads) return;
      this.feedState =
        'problems' in outcome
          ? { state: 'rejected', source: outcome.source, problems: outcome.problems }
          : { state: 'loaded', ...readFeed(outcome.source ?? source, outcome.text) };
    } catch (error) {
      if (load !== this.loads) return;
      if (!isLoadFailure(error)) throw error;
      this.feedState = { state: 'failed', source, failure: error };
    }
  }

  /** Loads the feed from the `src` setting's address. */
  loadAddress(): Promise<void> {
    const address = this.settings.src.trim();
    return this.load({ kind: 'url', address }, async () => ({ text: await fetchFeedText(address, document.baseURI) }));
  }

  /** Uses pasted JSON text as the feed. */
  loadText(text: string): Promise<void> {
    return this.load({ kind: 'paste' }, () => Promise.resolve({ text }));
  }

  /** Uses a file as the feed: a .json file, or a spreadsheet (loadFiles). */
  loadFile(file: File): Promise<void> {
    return this.loadFiles([file]);
  }

  /**
   * Uses files chosen or dropped: a feed's .json file, or a spreadsheet, as `plan-widgets import`
   * reads one (docs/spreadsheet.md): an .xlsx workbook, or CSV files, the sheets of one workbook.
   * A spreadsheet is read by code loaded only now (feed-source.ts: importSpreadsheet); when it has no
   * problem, its feed is used as pasted JSON would be, else its problems are listed by sheet and cell.
   */
  loadFiles(files: readonly File[]): Promise<void> {
    const names = files.map((file) => file.name);
    if (names.length === 0) return this.lastLoad;
    const spreadsheet: FeedSource = { kind: 'spreadsheet', names };
    return this.load(names.some(isSpreadsheetName) ? spreadsheet : { kind: 'file', name: names[0]! }, async () => {
      const read = await Promise.all(files.map(readFileBytes));
      if (!read.some(isSpreadsheetFile)) return { text: fileText(read[0]!), source: { kind: 'file', name: names[0]! } };
      try {
        const result = await importSpreadsheet(read, this.language);
        return 'feedText' in result
          ? { text: result.feedText, source: spreadsheet }
          : { problems: result.problems, source: spreadsheet };
      } catch (error) {
        if (isLoadFailure(error)) throw error;
        // A file the readers choke on (they say what they know as problems): not left "loading…".
        console.error(error);
        throw { reason: 'file', name: names.join(', ') } satisfies LoadFailure;
      }
    });
  }

  private sourceName(source: FeedSource): string {
    switch (source.kind) {
      case 'url':
        return source.address;
      case 'paste':
        return this.strings.pastedSource;
      case 'file':
        return this.strings.fileSource(source.name);
      case 'spreadsheet':
        return this.strings.spreadsheetSource(source.names);
    }
  }

  private failureMessage(failure: LoadFailure): string {
    const t = this.strings;
    switch (failure.reason) {
      case 'network':
        return t.unreachable(failure.address);
      case 'http':
        return t.httpStatus(failure.status, failure.address);
      case 'file':
        return t.unreadableFile(failure.name);
      case 'no-address':
        return t.noAddress;
      case 'spreadsheet-code':
        return t.spreadsheetCode;
    }
  }

  private onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dropping = true;
  }

  private onDrop(event: DragEvent): void {
    const files = [...(event.dataTransfer?.files ?? [])];
    this.dropping = false;
    if (files.length === 0) return;
    event.preventDefault();
    void this.loadFiles(files);
  }

  /** Saves the feed read from a spreadsheet as a .json file, named after the spreadsheet. */
  private saveFeed(): void {
    const state = this.feedState;
    if (state.state !== 'loaded' || state.source.kind !== 'spreadsheet') return;
    const first = state.source.names[0] ?? 'plan';
    const name = state.source.names.length === 1 ? first.replace(/\.[^.]*$/, '') : 'plan';
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([state.text], { type: 'application/json' }));
    link.download = `${name}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  // ---- The priorities ----

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('scriptBase') && this.scriptBase) this.settings = { ...this.settings, scriptBase: this.scriptBase };
    if (changed.has('src') && this.src) {
      this.settings = { ...this.settings, src: this.src };
      void this.loadAddress();
    }
    if (changed.has('language')) {
      this.dispatchEvent(
        new CustomEvent('configurator-language', { detail: { language: this.language }, bubbles: true, composed: true }),
      );
    }
    if (changed.has('feedState') || changed.has('settings')) {
      this.order = checklistOrder(this.order, this.priorities, this.settings.priorities);
    }
  }

  private checklistEntries(): ChecklistEntry[] {
    const byId = new Map(this.priorities.map((priority) => [priority.id, priority]));
    const locale = this.planLocale;
    const defaultLocale = this.feedState.state === 'loaded' ? (this.feedState.feed?.plan.defaultLocale ?? 'en') : 'en';
    return this.order
      .map((id) => byId.get(id))
      .filter((priority): priority is NumberedPriority => priority !== undefined)
      .map((priority) => ({
        id: priority.id,
        number: priority.number,
        title: resolveText(priority.title, locale, defaultLocale),
      }));
  }

  private onChecklist(event: CustomEvent<ChecklistState>): void {
    const { order, shown, open, allOpen } = event.detail;
    const priorities = this.priorities;
    this.order = order;
    this.apply({
      priorities: prioritiesEntries(order, new Set(shown), priorities),
      expanded: allOpen ? 'all' : expandedEntries(order, new Set(open), priorities),
    });
  }

  // ---- The snippet ----

  /** A custom property's value the browser reads as that property ('' is the default). */
  private cssValid(key: CustomPropertyKey): boolean {
    const value = this.settings[key].trim();
    return value === '' || (isSafeCssValue(value) && CSS.supports(CSS_CHECKS[key], value));
  }

  /** The settings as the snippet writes them: custom property values the browser does not read are left out. */
  private get written(): Settings {
    const dropped = (Object.keys(CUSTOM_PROPERTIES) as CustomPropertyKey[]).filter((key) => !this.cssValid(key));
    return { ...this.settings, ...Object.fromEntries(dropped.map((key) => [key, ''])) };
  }

  private snippetContext(): SnippetContext {
    const state = this.feedState;
    const feed = state.state === 'loaded' ? state.feed : undefined;
    const settings = this.settings;
    const context: { frameTitle: string; fallback?: string; inlineFeed?: string } = { frameTitle: this.strings.frameTitle };
    if (feed !== undefined) {
      const lang = settings.lang.trim() || undefined;
      const locale = canonicalLocale(lang ?? feed.plan.defaultLocale);
      context.frameTitle = resolveText(feed.plan.title, locale, feed.plan.defaultLocale);
      context.fallback = fallbackHtml(feed, {
        lang,
        priorities: settings.priorities === null ? undefined : settings.priorities.join(' '),
        headingLevel: settings.headingLevel,
      });
    }
    if (state.state === 'loaded' && state.json !== undefined) context.inlineFeed = JSON.stringify(state.json);
    return context;
  }

  /** The snippet for the current settings and variant. */
  get snippet(): string {
    return snippet(this.written, this.variant, this.snippetContext());
  }

  private async copy(): Promise<void> {
    const text = this.snippet;
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = 'copied';
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet')!;
      area.focus();
      area.select();
      this.copyStatus = 'selected';
    }
  }

  /** Loads the settings of a pasted snippet, and the feed it names or holds. */
  loadSnippet(text: string): void {
    const parsed = settingsFromSnippet(text, this.settings.scriptBase);
    const loaded = !parsed.problems.some((problem) => problem.kind === 'nothing');
    this.snippetReport = { loaded, problems: parsed.problems };
    if (!loaded) return;
    this.settings = parsed.settings;
    this.variant = parsed.variant;
    this.order = [];
    if (parsed.inlineFeed !== undefined) {
      void this.loadText(parsed.inlineFeed);
    } else if (
      parsed.settings.src &&
      !(
        this.feedState.state === 'loaded' &&
        this.feedState.source.kind === 'url' &&
        this.feedState.source.address === parsed.settings.src
      )
    ) {
      void this.loadAddress();
    }
  }

  private problemText(problem: SnippetProblem): string {
    const t = this.strings;
    switch (problem.kind) {
      case 'nothing':
        return t.snippetNothing;
      case 'several':
        return t.snippetSeveral;
      case 'not-kept':
        return t.snippetNotKept(problem.name);
      case 'value':
        return t.snippetValue(problem.name, problem.value);
    }
  }

  // ---- The preview ----

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const preview = this.renderRoot.querySelector('plan-summary');
    if (preview === null) return;
    // The preview has exactly the snippet's attributes (but src: it is given the feed itself) and custom properties.
    const attributes = new Map<string, string>(attributesOf(this.written).filter(([name]) => name !== 'src'));
    for (const name of this.previewAttributes) {
      if (!attributes.has(name)) preview.removeAttribute(name);
    }
    for (const [name, value] of attributes) {
      if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
    }
    this.previewAttributes = new Set(attributes.keys());
    const properties = new Map(customPropertiesOf(this.written));
    for (const name of Object.values(CUSTOM_PROPERTIES)) {
      const value = properties.get(name);
      if (value === undefined) preview.style.removeProperty(name);
      else preview.style.setProperty(name, value);
    }
  }

  // ---- Rendering ----

  override render(): TemplateResult {
    const t = this.strings;
    return html`
      <div lang=${this.language}>
        <header class="top">
          <div>
            <h1>${t.pageTitle}</h1>
            <p>${t.intro}</p>
          </div>
          <div class="ui-language">
            <label for="ui-language">${t.uiLanguage}</label>
            <select
              id="ui-language"
              @change=${(event: Event) => (this.language = (event.target as HTMLSelectElement).value as UiLocale)}
            >
              ${UI_LOCALES.map(
                (locale) =>
                  html`<option value=${locale} lang=${locale} ?selected=${locale === this.language}>${languageName(locale)}</option>`,
              )}
            </select>
          </div>
        </header>
        <div class="layout">
          <div class="controls">
            ${this.renderFeed()} ${this.renderLoadSnippet()} ${this.renderFiles()} ${this.renderPriorities()} ${this.renderLanguage()} ${this.renderAppearance()}
            ${this.renderUpdates()}
          </div>
          <div class="output">${this.renderSnippet()} ${this.renderPreview()}</div>
        </div>
      </div>
    `;
  }

  private renderFeed(): TemplateResult {
    const t = this.strings;
    return html`
      <section
        class="feed ${this.dropping ? 'drop-target' : ''}"
        aria-labelledby="feed-heading"
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dropping = false)}
        @drop=${this.onDrop}
      >
        <h2 id="feed-heading">${t.feedHeading}</h2>
        <form
          class="field"
          @submit=${(event: Event) => {
            event.preventDefault();
            void this.loadAddress();
          }}
        >
          <label for="src">${t.srcLabel}</label>
          <div class="row">
            <input
              id="src"
              type="text"
              inputmode="url"
              autocomplete="off"
              spellcheck="false"
              placeholder="/static/plan.json"
              aria-describedby="src-hint"
              .value=${live(this.settings.src)}
              @input=${(event: Event) => this.apply({ src: (event.target as HTMLInputElement).value })}
            />
            <button type="submit" class="primary">${t.load}</button>
          </div>
          <p class="hint" id="src-hint">${t.srcHint}</p>
        </form>
        <div class="field">
          <label for="json">${t.pasteLabel}</label>
          <textarea id="json" rows="4" spellcheck="false" aria-describedby="json-hint"></textarea>
          <p class="hint" id="json-hint">${t.pasteHint}</p>
          <button type="button" @click=${() => void this.loadText(this.renderRoot.querySelector<HTMLTextAreaElement>('#json')!.value)}>
            ${t.useJson}
          </button>
        </div>
        <div class="field">
          <label for="file">${t.fileLabel}</label>
          <input
            id="file"
            type="file"
            multiple
            accept=${FILE_TYPES}
            aria-describedby="file-hint"
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              void this.loadFiles([...(input.files ?? [])]);
              // Choosing the same file again, once fixed, is a change too.
              input.value = '';
            }}
          />
          <p class="hint" id="file-hint">${t.dropHint}</p>
          ${this.dropping ? html`<p class="drop-note">${t.dropHere}</p>` : nothing} ${this.renderTemplates()}
        </div>
        ${this.renderFeedStatus()}
      </section>
    `;
  }

  /** Links to the spreadsheet templates, to download and fill in. */
  private renderTemplates(): TemplateResult | typeof nothing {
    const t = this.strings;
    const folder = this.templates;
    if (!folder) return nothing;
    const href = (path: string) => `${folder}${path}`;
    const workbooks = UI_LOCALES.map(
      (locale) =>
        html`<a class="template" href=${href(WORKBOOK_TEMPLATES[locale])} download lang=${locale}>${languageName(locale)}</a>`,
    );
    const csv = CSV_TEMPLATES.map(
      (path) => html`<a class="template" href=${href(path)} download>${path.replace(/^.*\//, '')}</a>`,
    );
    return html`<div class="templates" role="group" aria-labelledby="templates-heading">
      <p class="label" id="templates-heading">${t.templatesHeading}</p>
      <p class="hint">${t.templatesHint}</p>
      <p class="template-links"><span>${t.workbookTemplates}</span> ${join(workbooks)}</p>
      <p class="template-links"><span>${t.csvTemplates}</span> ${join(csv)}</p>
    </div>`;
  }

  private renderProblem(problem: FeedProblem): TemplateResult {
    const t = this.strings;
    return html`<li>
      <span class="where">${t.problem(problem.line, problem.column)}</span> · <code>${problem.path}</code>${t.colon}${problem.message}
    </li>`;
  }

  private renderFeedStatus(): TemplateResult {
    const t = this.strings;
    const state = this.feedState;
    let status: TemplateResult | typeof nothing = nothing;
    let details: TemplateResult | typeof nothing = nothing;
    if (state.state === 'loading') {
      status = html`<p class="status">${t.loading(this.sourceName(state.source))}</p>`;
    } else if (state.state === 'failed') {
      status = html`<p class="status bad">${this.failureMessage(state.failure)}</p>`;
    } else if (state.state === 'rejected') {
      const problems = state.problems(this.language);
      status = html`<p class="status bad">${t.notImported(this.sourceName(state.source), problems.length)}</p>`;
      details = html`<h3 id="errors-heading">${t.errorsHeading}</h3>
        <ul class="problems errors" aria-labelledby="errors-heading">
          ${problems.map(
            (problem) =>
              html`<li>${problem.where === '' ? nothing : html`<span class="where">${problem.where}</span> · `}${problem.message}</li>`,
          )}
        </ul>`;
    } else if (state.state === 'loaded') {
      const { errors, warnings } = validation(state.text, this.language);
      const name = this.sourceName(state.source);
      const unknown = [
        ...unknownEntries(this.settings.priorities ?? [], this.priorities),
        ...(this.settings.expanded === 'all' ? [] : unknownEntries(this.settings.expanded, this.priorities)),
      ];
      status =
        errors.length > 0
          ? html`<p class="status bad">${t.unusable(name, errors.length)}</p>`
          : html`<p class="status ok">${t.usable(name, this.priorities.length, warnings.length)}</p>`;
      details = html`
        ${
          state.source.kind === 'spreadsheet' && errors.length === 0
            ? html`<div class="save-feed">
                <button type="button" id="save-feed" aria-describedby="save-feed-hint" @click=${this.saveFeed}>${t.saveFeed}</button>
                <p class="hint" id="save-feed-hint">${t.saveFeedHint}</p>
              </div>`
            : nothing
        }
        ${
          errors.length > 0
            ? html`<h3 id="errors-heading">${t.errorsHeading}</h3>
              <ul class="problems errors" aria-labelledby="errors-heading">
                ${errors.map((problem) => this.renderProblem(problem))}
              </ul>`
            : nothing
        }
        ${
          warnings.length > 0
            ? html`<h3 id="warnings-heading">${t.warningsHeading}</h3>
              <ul class="problems warnings" aria-labelledby="warnings-heading">
                ${warnings.map((problem) => this.renderProblem(problem))}
              </ul>`
            : nothing
        }
        ${
          unknown.length > 0 && errors.length === 0
            ? html`<ul class="problems warnings">
              ${unknown.map((entry) => html`<li>${renderInLocale(this.language, unmatched(entry))}</li>`)}
            </ul>`
            : nothing
        }
      `;
    }
    return html`<div role="status" class="feed-status">${status}</div>
      ${details}`;
  }

  private renderFiles(): TemplateResult {
    const t = this.strings;
    return html`
      <section aria-labelledby="files-heading">
        <h2 id="files-heading">${t.filesHeading}</h2>
        <div class="field">
          <label for="script-base">${t.scriptBaseLabel}</label>
          <input
            id="script-base"
            type="text"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="script-base-hint"
            .value=${live(this.settings.scriptBase)}
            @input=${(event: Event) => this.apply({ scriptBase: (event.target as HTMLInputElement).value })}
          />
          <p class="hint" id="script-base-hint">${t.scriptBaseHint}</p>
        </div>
      </section>
    `;
  }

  private renderPriorities(): TemplateResult {
    const t = this.strings;
    const priorities = this.priorities;
    const settings = this.settings;
    if (priorities.length === 0) {
      return html`
        <section aria-labelledby="priorities-heading">
          <h2 id="priorities-heading">${t.prioritiesHeading}</h2>
          <p class="hint">${t.prioritiesNoFeed}</p>
          <div class="field">
            <label for="priorities-text">${t.prioritiesText}</label>
            <input
              id="priorities-text"
              type="text"
              autocomplete="off"
              spellcheck="false"
              aria-describedby="entries-hint"
              .value=${live(settings.priorities?.join(' ') ?? '')}
              @input=${(event: Event) => {
                const entries = splitList((event.target as HTMLInputElement).value);
                this.apply({ priorities: entries.length === 0 ? null : entries });
              }}
            />
          </div>
          <div class="field">
            <label for="expanded-text">${t.expandedText}</label>
            <input
              id="expanded-text"
              type="text"
              autocomplete="off"
              spellcheck="false"
              aria-describedby="entries-hint"
              .value=${live(settings.expanded === 'all' ? 'all' : settings.expanded.join(' '))}
              @input=${(event: Event) => {
                const entries = splitList((event.target as HTMLInputElement).value);
                this.apply({ expanded: entries.join().toLowerCase() === 'all' ? 'all' : entries });
              }}
            />
          </div>
          <p class="hint" id="entries-hint">${t.entriesHint}</p>
        </section>
      `;
    }
    const shown =
      settings.priorities === null ? priorities.map((priority) => priority.id) : idsFor(settings.priorities, priorities);
    const open = settings.expanded === 'all' ? [] : idsFor(settings.expanded, priorities);
    return html`
      <section aria-labelledby="priorities-heading">
        <h2 id="priorities-heading">${t.prioritiesHeading}</h2>
        <fieldset>
          <legend>${t.prioritiesText}</legend>
          <p class="hint">${t.prioritiesHint}</p>
          <plan-configurator-priorities
            .language=${this.language}
            .entries=${this.checklistEntries()}
            .shown=${new Set(shown)}
            .open=${new Set(open)}
            .allOpen=${settings.expanded === 'all'}
            @checklist-change=${this.onChecklist}
          ></plan-configurator-priorities>
        </fieldset>
      </section>
    `;
  }

  /** Language tags to offer: the widget's three, then those the feed and the settings name. */
  private planLanguages(): string[] {
    const feed = this.feedState.state === 'loaded' ? this.feedState.feed : undefined;
    const title = feed?.plan.title;
    const fromFeed = [feed?.plan.defaultLocale, ...(typeof title === 'object' ? Object.keys(title) : [])];
    const tags = [...PLAN_LANGUAGES, ...fromFeed, this.settings.lang.trim(), ...this.settings.languages];
    return [...new Set(tags.filter((tag): tag is string => typeof tag === 'string' && tag !== ''))];
  }

  private renderLanguage(): TemplateResult {
    const t = this.strings;
    const settings = this.settings;
    const tags = this.planLanguages();
    const label = (tag: string) => (languageName(tag) === tag ? tag : `${languageName(tag)} (${tag})`);
    return html`
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">${t.languageHeading}</h2>
        <div class="field">
          <label for="lang">${t.langLabel}</label>
          <select id="lang" @change=${(event: Event) => this.apply({ lang: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${settings.lang === ''}>${t.langAbsent}</option>
            ${tags.map((tag) => html`<option value=${tag} ?selected=${settings.lang.trim() === tag}>${label(tag)}</option>`)}
          </select>
        </div>
        <fieldset aria-describedby="languages-hint">
          <legend>${t.languagesLabel}</legend>
          <div class="options">
            ${tags.map(
              (tag) =>
                html`<label class="check"
                  ><input
                    type="checkbox"
                    .checked=${settings.languages.includes(tag)}
                    @change=${(event: Event) => {
                      const on = (event.target as HTMLInputElement).checked;
                      const rest = settings.languages.filter((language) => language !== tag);
                      this.apply({ languages: on ? [...rest, tag] : rest });
                    }}
                  />${label(tag)}</label
                >`,
            )}
          </div>
          <p class="hint" id="languages-hint">${t.languagesHint}</p>
        </fieldset>
      </section>
    `;
  }

  private renderCustomProperty(key: CustomPropertyKey, label: string): TemplateResult {
    const t = this.strings;
    const value = this.settings[key];
    const valid = this.cssValid(key);
    const input = html`<input
      id=${`css-${key}`}
      type="text"
      autocomplete="off"
      spellcheck="false"
      placeholder=${CUSTOM_PROPERTY_DEFAULTS[key]}
      aria-describedby=${`css-${key}-hint${valid ? '' : ` css-${key}-invalid`}`}
      aria-invalid=${valid ? 'false' : 'true'}
      .value=${live(value)}
      @input=${(event: Event) => this.apply({ [key]: (event.target as HTMLInputElement).value })}
    />`;
    const colour = /^#[0-9a-f]{6}$/i.test(value.trim()) ? value.trim().toLowerCase() : CUSTOM_PROPERTY_DEFAULTS.accent;
    return html`
      <div class="field">
        <label for=${`css-${key}`}>${label}</label>
        ${
          key === 'accent'
            ? html`<div class="colour">
              ${input}
              <input
                type="color"
                aria-label=${t.accentPicker}
                .value=${live(colour)}
                @input=${(event: Event) => this.apply({ accent: (event.target as HTMLInputElement).value })}
              />
            </div>`
            : input
        }
        <p class="hint" id=${`css-${key}-hint`}>${t.customHint(CUSTOM_PROPERTY_DEFAULTS[key])}</p>
        ${valid ? nothing : html`<p class="invalid" id=${`css-${key}-invalid`}>${t.cssInvalid}</p>`}
      </div>
    `;
  }

  private renderAppearance(): TemplateResult {
    const t = this.strings;
    const settings = this.settings;
    return html`
      <section aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">${t.appearanceHeading}</h2>
        <fieldset>
          <legend>${t.layoutLabel}</legend>
          <div class="options">
            ${LAYOUTS.map(
              (layout) =>
                html`<label class="check"
                  ><input
                    type="radio"
                    name="layout"
                    value=${layout}
                    .checked=${settings.layout === layout}
                    @change=${() => this.apply({ layout })}
                  />${t.layouts[layout]}</label
                >`,
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>${t.themeLabel}</legend>
          <div class="options">
            ${THEMES.map(
              (theme) =>
                html`<label class="check"
                  ><input
                    type="radio"
                    name="theme"
                    value=${theme}
                    .checked=${settings.theme === theme}
                    @change=${() => this.apply({ theme })}
                  />${t.themes[theme]}</label
                >`,
            )}
          </div>
        </fieldset>
        <div class="field">
          <label for="heading-level">${t.headingLevelLabel}</label>
          <select id="heading-level" @change=${(event: Event) => this.apply({ headingLevel: Number((event.target as HTMLSelectElement).value) })}>
            ${[1, 2, 3, 4, 5, 6].map(
              (level) =>
                html`<option value=${level} ?selected=${settings.headingLevel === level}>${t.headingLevelOption(level)}</option>`,
            )}
          </select>
        </div>
        <div class="checks">
          <label class="check"
            ><input
              id="hide-ring"
              type="checkbox"
              .checked=${settings.hideRing}
              @change=${(event: Event) => this.apply({ hideRing: (event.target as HTMLInputElement).checked })}
            />${t.hideRing}</label
          >
          <label class="check"
            ><input
              id="hide-header"
              type="checkbox"
              .checked=${settings.hideHeader}
              @change=${(event: Event) => this.apply({ hideHeader: (event.target as HTMLInputElement).checked })}
            />${t.hideHeader}</label
          >
        </div>
        ${this.renderCustomProperty('accent', t.accentLabel)} ${this.renderCustomProperty('radius', t.radiusLabel)}
        ${this.renderCustomProperty('fontFamily', t.fontLabel)}
      </section>
    `;
  }

  private renderUpdates(): TemplateResult {
    const t = this.strings;
    const settings = this.settings;
    const number = (value: string) =>
      value.trim() === '' || !Number.isFinite(Number(value)) ? undefined : Math.max(0, Number(value));
    return html`
      <section aria-labelledby="updates-heading">
        <h2 id="updates-heading">${t.updatesHeading}</h2>
        <div class="field">
          <label for="refresh">${t.refreshLabel}</label>
          <input
            id="refresh"
            type="number"
            min="0"
            step="1"
            inputmode="numeric"
            placeholder="0"
            aria-describedby="refresh-hint"
            .value=${live(settings.refresh === 0 ? '' : String(settings.refresh))}
            @input=${(event: Event) => this.apply({ refresh: number((event.target as HTMLInputElement).value) ?? 0 })}
          />
          <p class="hint" id="refresh-hint">${t.refreshHint}</p>
        </div>
        <div class="field">
          <label for="stale-after">${t.staleLabel}</label>
          <input
            id="stale-after"
            type="number"
            min="0"
            step="1"
            inputmode="numeric"
            aria-describedby="stale-after-hint"
            .value=${live(settings.staleAfter === null ? '' : String(settings.staleAfter))}
            @input=${(event: Event) => this.apply({ staleAfter: number((event.target as HTMLInputElement).value) ?? null })}
          />
          <p class="hint" id="stale-after-hint">${t.staleHint}</p>
        </div>
      </section>
    `;
  }

  private renderPreview(): TemplateResult {
    const t = this.strings;
    const state = this.feedState;
    const json = state.state === 'loaded' ? state.json : undefined;
    const pageLang = this.pageLang ?? this.language;
    return html`
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">${t.previewHeading}</h2>
        <div class="preview-tools">
          <fieldset>
            <legend>${t.widthLabel}</legend>
            <div class="options">
              ${(['phone', 'desktop'] as const).map(
                (width) =>
                  html`<label class="check"
                    ><input
                      type="radio"
                      name="preview-width"
                      value=${width}
                      .checked=${this.previewWidth === width}
                      @change=${() => (this.previewWidth = width)}
                    />${width === 'phone' ? t.phone : t.desktop}</label
                  >`,
              )}
            </div>
          </fieldset>
          <div class="field">
            <label for="page-lang">${t.pageLangLabel}</label>
            <select id="page-lang" @change=${(event: Event) => (this.pageLang = (event.target as HTMLSelectElement).value)}>
              ${PLAN_LANGUAGES.map((tag) => html`<option value=${tag} ?selected=${tag === pageLang}>${languageName(tag)} (${tag})</option>`)}
            </select>
          </div>
        </div>
        <div class="stage ${this.previewWidth}">
          <div class="page" lang=${pageLang}>
            ${
              json === undefined
                ? html`<p class="empty" lang=${this.language}>${t.previewEmpty}</p>`
                : html`<plan-summary .feed=${json as never}></plan-summary>`
            }
          </div>
        </div>
      </section>
    `;
  }

  private renderSnippet(): TemplateResult {
    const t = this.strings;
    const state = this.feedState;
    const text = this.snippet;
    const notes: string[] = [];
    const noSrc = this.settings.src.trim() === '';
    if (this.variant === 'fallback' && (state.state !== 'loaded' || state.feed === undefined)) notes.push(t.fallbackNeedsFeed);
    if (this.variant === 'iframe' && noSrc) notes.push(t.iframeNeedsSrc);
    if (this.variant !== 'iframe' && noSrc && state.state === 'loaded' && state.json !== undefined) notes.push(t.inlineNote);
    const rows = Math.min(16, Math.max(4, text.split('\n').length));
    return html`
      <section aria-labelledby="snippet-heading">
        <h2 id="snippet-heading">${t.snippetHeading}</h2>
        <fieldset aria-describedby="variant-hint">
          <legend>${t.variantLabel}</legend>
          <div class="options">
            ${VARIANTS.map(
              (variant) =>
                html`<label class="check"
                  ><input
                    type="radio"
                    name="variant"
                    value=${variant}
                    .checked=${this.variant === variant}
                    @change=${() => {
                      this.variant = variant;
                      this.copyStatus = '';
                    }}
                  />${t.variants[variant]}</label
                >`,
            )}
          </div>
          <p class="hint" id="variant-hint">${t.variantHints[this.variant]}</p>
        </fieldset>
        ${notes.map((note) => html`<p class="note">${note}</p>`)}
        <label class="label" for="snippet">${t.snippetLabel}</label>
        <textarea id="snippet" class="snippet" readonly spellcheck="false" rows=${rows} .value=${text}></textarea>
        <div class="copy-row">
          <button type="button" class="primary" @click=${this.copy}>${t.copy}</button>
          <p role="status" class="hint">${this.copyStatus === 'copied' ? t.copied : this.copyStatus === 'selected' ? t.copySelected : nothing}</p>
        </div>
      </section>
    `;
  }

  private renderLoadSnippet(): TemplateResult {
    const t = this.strings;
    const report = this.snippetReport;
    return html`
      <section aria-labelledby="load-snippet-heading">
        <h2 id="load-snippet-heading">${t.loadSnippetHeading}</h2>
        <div class="field">
          <label for="paste-snippet">${t.loadSnippetLabel}</label>
          <textarea id="paste-snippet" rows="4" spellcheck="false"></textarea>
          <button
            type="button"
            @click=${() => this.loadSnippet(this.renderRoot.querySelector<HTMLTextAreaElement>('#paste-snippet')!.value)}
          >
            ${t.loadSnippet}
          </button>
        </div>
        <div role="status">
          ${
            report === undefined
              ? nothing
              : html`${report.loaded ? html`<p class="status ok">${t.snippetLoaded}</p>` : nothing}
              ${
                report.problems.length > 0
                  ? html`<ul class="problems warnings">
                    ${report.problems.map((problem) => html`<li>${this.problemText(problem)}</li>`)}
                  </ul>`
                  : nothing
              }`
          }
        </div>
      </section>
    `;
  }
}

/** The interface language for the browser's languages: en, zh-Hans or zh-Hant. */
export function browserLanguage(languages: readonly string[] = navigator.languages, fallback = navigator.language): UiLocale {
  const tag = languages.find((language) => /^(en|zh)\b/i.test(language)) ?? fallback ?? 'en';
  return uiLocaleFor(tag);
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-configurator': PlanConfigurator;
  }
}
