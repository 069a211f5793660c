import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { str } from '@lit/localize';
import { msg } from '../i18n/localize.js';
import { LocalizedElement } from './localized-element.js';
import { summaryStyles } from './plan-summary.styles.js';
import { emit } from './events.js';
import type { PlanToggleRequestEvent } from './events.js';
import { ownChildren } from './page-tools.js';
import { heading, headingLevel } from './heading.js';
import { cardItem } from './card-item.js';
import { FeedController, refreshSeconds } from '../controllers/feed-controller.js';
import type { FeedState } from '../controllers/feed-controller.js';
import { DeepLinkController } from '../controllers/deep-link-controller.js';
import { isStatus } from '../feed/schema.js';
import type { NumberedPriority, PlanFeed, PlanFeedJson, Status } from '../feed/schema.js';
import { parseFeed, parseFeedText } from '../feed/parse.js';
import { FeedError, describeFeedError, problemText, visitorMessage } from '../feed/errors.js';
import type { Problem } from '../feed/errors.js';
import { loadFeed } from '../feed/load.js';
import type { LoadedFeed } from '../feed/load.js';
import { daysSince, effectiveStatus, expectedProgress, overallProgress } from '../feed/progress.js';
import { selectExpanded, selectPriorities, splitList } from '../feed/select.js';
import { completionRate, statusCounts, withStatus } from '../feed/counts.js';
import type { StatusCount } from '../feed/counts.js';
import { matchLocale } from '../feed/text.js';
import { isSafeLink } from '../feed/links.js';
import { formatAge, formatDate, formatPercent, prepareFormatters } from '../i18n/format.js';
import { marksExpected } from './plan-progress-ring.js';
import { statusLabel } from '../i18n/status.js';
import { languageName } from '../i18n/language-names.js';
import { rememberLanguage, rememberedLanguage } from '../i18n/lang.js';

/** What the shown part of a loaded feed comes to; recomputed only when its inputs change. */
interface View {
  readonly feed: PlanFeed;
  /** The priorities the `priorities` attribute names, which the headline counts. */
  readonly shown: readonly NumberedPriority[];
  /** How many of the shown priorities have each status. */
  readonly counts: readonly StatusCount[];
  /** The status the cards are filtered by: the one chosen, when a shown priority has it. */
  readonly filter: Status | undefined;
  /** The shown priorities of that status, or all of them: the cards. */
  readonly listed: readonly NumberedPriority[];
  /** The ids of the priorities the `expanded` attribute names. */
  readonly opened: readonly string[];
  readonly expected: number | undefined;
  readonly overall: number | undefined;
  /** The attributes' own: entries of `priorities` and `expanded` that match no priority. */
  readonly warnings: readonly Problem[];
}

/** A problem as an editor reads it in the widget: its path, then what was expected, in the widget's language. */
const problemItem = ({ path, message }: Problem) =>
  html`<li>${path ? html`<code>${path}</code>${msg(': ', { id: 'path-separator' })}` : nothing}${message()}</li>`;

const tell = (warnings: readonly Problem[]) =>
  warnings.forEach((warning) => console.warn(`<plan-summary>: ${problemText(warning)}`));

/**
 * Cards rendered per frame: a feed of 2,000 priorities rendered at once would hold the page for
 * more than a second (style and layout included); 250 a frame keeps each frame under 350 ms on the
 * bench machine (npm run bench: longest task). While the page is hidden, the rest wait until it shows.
 */
const CARDS_PER_FRAME = 250;

const INLINE_SELECTOR = 'script[type="application/json"]';
const INLINE_SOURCE = '<script type="application/json">';

/**
 * A plan from a JSON feed: its title, an overall progress ring and one expandable card per
 * priority, in the visitor's language. The feed comes from the `feed` property, else `src`, else a
 * child `<script type="application/json">`.
 *
 * @summary `<plan-summary src="plan.json"></plan-summary>`
 *
 * @tagname plan-summary
 *
 * @slot - A `<script type="application/json">` holding the feed, as an alternative to `src`.
 *
 * @event {PlanLoadEvent} plan-load - `detail: { feed, warnings }` on every successful load and refresh, once every card has rendered, its closed details included (a plan of more than 250 priorities renders 250 a frame, and on a hidden page the rest, and this event, wait until it shows); `feed` is the validated feed, frozen.
 * @event {PlanErrorEvent} plan-error - `detail: { error }` when the feed cannot be shown; `error.reason` is a stable code (`no-source`, `network`, `timeout`, `http`, `not-json`, `invalid`), `error.message` says what went wrong in English, with every problem.
 * @event {PlanToggleEvent} plan-toggle - `detail: { id, expanded }` once per card that opens or closes.
 * @event {PlanLanguageEvent} plan-language - `detail: { lang }` when a visitor picks a language in the switcher.
 * @event {PlanFilterEvent} plan-filter - `detail: { statuses }` once the summary has rendered the new view, when a visitor shows only the priorities of a status (`statuses` holds it) or all of them again (empty; also for a status no priority has), by a count in the headline or a change of the page's hash to or from `#status-<status>`. A page opened with that hash fires none: it starts so.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart header - Organisation, title, overall ring, headline and tools.
 * @csspart organization - The organisation's name.
 * @csspart title - The plan's title.
 * @csspart plan-summary - The plan's summary paragraph.
 * @csspart headline - The count of priorities in each status, each a button that shows only those, and the share done.
 * @csspart ring - Every progress ring: the overall one and the cards' (with their parts).
 * @csspart legend - What the rings' notch marks, "▼ Expected by now: 60%": beside the overall ring, or above the cards without it; shown while the rings mark the expected progress.
 * @csspart expand-all - The button that opens or closes every card.
 * @csspart languages - The language switcher.
 * @csspart plan-link - The link to the full plan document.
 * @csspart notice - The plan's notice (`plan.notice`), shown also with `hide-header`.
 * @csspart stale - The note that the figures may be out of date, that a refresh failed, or that a saved copy shows.
 * @csspart ended - The note that the plan's period is over (so no unfinished priority is on track).
 * @csspart list - The list of cards.
 * @csspart card - Each card's box; every part of the cards is exported, see `<plan-priority-card>`.
 * @csspart card-header - Each card's number, title, status, ring and count of overdue actions.
 * @csspart card-body - Each card's details.
 * @csspart status - Each card's status.
 * @csspart overdue - Each card's count of overdue actions, when it has any.
 * @csspart trend - Each measure's trend line in the cards, with the change since the previous value.
 * @csspart empty - The note shown when no priority matches `priorities`.
 * @csspart check - The feed's warnings, listed above the cards only while the page's URL hash is `#plan-check`.
 * @csspart check-title - The heading of the feed's warnings, with their count.
 * @csspart loading - The placeholder shown while the feed loads.
 * @csspart error - The box shown when the feed cannot be shown: a short message for visitors with the retry button (inside a `role="alert"`), then the details.
 * @csspart retry - The button in the error message that loads the feed again.
 * @csspart error-details - The folded details below the error message, for the site's editors: what to check, the browser's own words (a parser's or network's message) and each problem's JSON path.
 *
 * @cssproperty [--plan-accent=#1a6fb5] - Buttons, card numbers, the links in cards and the overall ring.
 * @cssproperty [--plan-text=inherit] - Text colour: the page's, unless a theme sets one; on what paints `--plan-surface` (cards, buttons, notes), #1f2328 when unset.
 * @cssproperty [--plan-muted=#57606a] - Secondary text in cards (section titles, dates, terms).
 * @cssproperty [--plan-surface=#ffffff] - Background of cards and buttons.
 * @cssproperty [--plan-background=transparent] - Background behind the cards (dark theme: #0d1117).
 * @cssproperty [--plan-border=#d0d7de] - Borders and ring tracks.
 * @cssproperty [--plan-radius=0.5em] - Corner radius.
 * @cssproperty [--plan-font-family=inherit] - Font (the page's by default).
 * @cssproperty [--plan-status-not-started=#6e7781] - Colour of "not started".
 * @cssproperty [--plan-status-in-progress=#1a6fb5] - Colour of "in progress".
 * @cssproperty [--plan-status-on-track=#1a7f37] - Colour of "on track".
 * @cssproperty [--plan-status-at-risk=#9a6700] - Colour of "at risk".
 * @cssproperty [--plan-status-off-track=#cf222e] - Colour of "behind schedule".
 * @cssproperty [--plan-status-done=#8250df] - Colour of "done".
 * @cssproperty [--plan-overall-ring-size=5.5em] - Size of the overall ring (4em by default on screens up to 30em wide).
 * @cssproperty [--plan-loading-height=24em] - Height the loading placeholder keeps.
 */
export class PlanSummary extends LocalizedElement {
  static override styles = summaryStyles;

  static override properties = {
    src: {},
    feed: { attribute: false },
    priorities: {},
    expanded: {},
    languages: {},
    layout: { reflect: true },
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hideRing: { type: Boolean, attribute: 'hide-ring' },
    hideHeader: { type: Boolean, attribute: 'hide-header' },
    refresh: { type: Number },
    staleAfter: { type: Number, attribute: 'stale-after' },
    openIds: { state: true },
    statusFilter: { state: true },
    renderedCards: { state: true },
  };

  /** URL of the feed, resolved against the page. */
  declare src?: string;

  /** The feed as an object; takes precedence over `src` and an inline script. A new object replaces the figures in place, keeping open cards open. */
  declare feed?: PlanFeedJson;

  /** Which priorities show, in that order: ids or feed numbers, separated by commas or spaces (an entry of digits only is a number). Unknown entries are skipped with a warning. Absent: all, in feed order. */
  priorities: string | null = null;

  /** Cards open at first render: ids or numbers, or `all`. Changing it opens and closes cards to match. */
  expanded: string | null = null;

  /** Locales offered in a language switcher in the header, such as `"zh-Hans zh-Hant en"`, each named in its own language; choosing one sets `lang`, and is remembered for the site: a switcher that offers the visitor's last choice opens in it, on any page and visit. Absent: no switcher. */
  languages: string | null = null;

  /** `grid` (default): cards side by side, an open card taking a row to itself; or `list`: one card a row. */
  layout: 'grid' | 'list' = 'grid';

  /** `light` (default), `dark`, or `auto` (follows the visitor's colour scheme). */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** Level of the plan title's heading, 1–6; card titles use the next level. */
  headingLevel = 2;

  /** No overall ring (cards keep theirs). */
  hideRing = false;

  /** No header at all: no title, organisation, overall ring, headline of counts, expand-all or language switcher. The plan's notice still shows, and a `#status-<status>` hash still filters the cards, so that a page can offer links of its own. */
  hideHeader = false;

  /** Seconds between re-fetches of `src` (clamped to 10 s – 1 day; skipped while the page is hidden, and while a request is still in flight); 0 or absent: never. Open cards stay open; a failed refresh keeps the last figures and says so. */
  refresh = 0;

  /** Days: when `plan.updated` is older than this, a note says the figures may be out of date. Absent: no note. */
  declare staleAfter?: number;

  /** Ids of the open cards: the summary alone decides them, the cards only ask. */
  private openIds: ReadonlySet<string> = new Set();

  /** The status chosen, by a count in the headline or the page's hash; undefined: all. */
  private statusFilter?: Status;

  /** Set once the filter changes: from then on the live region says how many priorities show. */
  private filterChanged = false;

  /** What the shown part of the loaded feed comes to, derived in willUpdate from the feed and the attributes. */
  private view?: View;

  /** How many of the shown priorities have cards yet: it grows frame by frame up to all of them. */
  private renderedCards = CARDS_PER_FRAME;

  /** The next frame's cards, while some are still to come. */
  private moreCards?: Promise<unknown>;

  /** What had the focus before an update: the element of this shadow root, and the control inside it when it is a card. */
  private focused?: { readonly element: Element; readonly target: HTMLElement | undefined };

  private readonly feedLoader = new FeedController(this, {
    read: (signal) => this.readSource(signal),
    settled: (state, refreshError, refreshed) => this.settled(state, refreshError, refreshed),
  });

  private readonly deepLink = new DeepLinkController(
    this,
    (id) => {
      const shown = this.view?.shown.some((priority) => priority.id === id) === true;
      if (shown) this.setOpen([id], true);
      return shown;
    },
    (status) => this.filterBy(isStatus(status) ? status : undefined),
  );

  /**
   * Frameworks often add the inline feed after the element connects, and may change it later: the
   * feed is read again whenever the element's content changes, as long as it is the source.
   */
  private readonly inlineFeedObserver = new MutationObserver((records) => {
    // What page tools read (page-tools.ts) joins the content and changes at each hover and link click.
    if (
      records.every(
        ({ target, addedNodes, removedNodes }) => ownChildren.has(target) || ownChildren.has((addedNodes[0] ?? removedNodes[0])!),
      )
    )
      return;
    // While the page is parsed, a script may hold half its text; the load waits for the page then.
    if (document.readyState !== 'loading' && this.feed === undefined && !this.src) {
      void this.feedLoader.load(this.feedLoader.state.state === 'ready');
    }
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.inlineFeedObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inlineFeedObserver.disconnect();
  }

  protected override get fallbackLocale(): string {
    const state = this.feedLoader.state;
    return state.state === 'ready' ? state.feed.plan.defaultLocale : 'en';
  }

  /** Loads the feed again from its source, as the retry button does; with `{ refresh: true }` the figures stay on screen meanwhile. */
  load({ refresh = false } = {}): Promise<void> {
    return this.feedLoader.load(refresh);
  }

  private async readSource(signal: AbortSignal): Promise<LoadedFeed> {
    if (this.feed !== undefined) return parseFeed(this.feed);
    if (this.src) {
      const locale = this.locale;
      // The first Intl formatters of a page take tens of ms: made while the feed is on its way, in a
      // task of their own, they are not made in the first render's.
      setTimeout(() => prepareFormatters(locale));
      return loadFeed(this.src, signal);
    }
    let script = this.querySelector(INLINE_SELECTOR);
    if (script === null && document.readyState === 'loading') {
      // Upgraded by a classic script before the parser reached the inline feed: wait for the page.
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      script = this.querySelector(INLINE_SELECTOR);
    }
    if (script === null) throw new FeedError('no-source');
    return parseFeedText(script.textContent ?? '', INLINE_SOURCE);
  }

  /**
   * After the render of a load or refresh: tell the page, and follow a `#priority-<id>` link, except
   * after a refresh, which must not reopen a card the visitor closed nor scroll the page.
   */
  private settled(state: FeedState, refreshError: FeedError | undefined, refreshed: boolean): void {
    const error = state.state === 'error' ? state.error : refreshError;
    if (error !== undefined) {
      console.error(`<plan-summary>: ${error.message}`);
      emit(this, 'plan-error', { error });
    } else if (state.state === 'ready') {
      const warnings = [...state.warnings, ...(this.view?.warnings ?? [])];
      tell(warnings);
      emit(this, 'plan-load', { feed: state.feed, warnings: warnings.map(problemText) });
    }
    if (state.state === 'ready' && !refreshed) void this.deepLink.follow();
  }

  // Before the base reads the locale: at the first render, the visitor's last choice wins over the
  // page's language where the switcher offers it.
  protected override performUpdate(): void {
    const remembered = this.hasUpdated ? null : rememberedLanguage();
    if (remembered && splitList(this.languages).includes(remembered)) this.lang = remembered;
    super.performUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const element = this.shadowRoot?.activeElement;
    this.focused = element ? { element, target: element.shadowRoot?.activeElement as HTMLElement | undefined } : undefined;
    if (!this.hasUpdated || changed.has('src')) void this.feedLoader.load();
    // A new feed object (a framework passing fresh data) replaces the figures in place, as a refresh does.
    else if (changed.has('feed')) void this.feedLoader.load(true);
    // Only a feed fetched from `src` can change by itself; a `feed` object is read as it is given.
    if (changed.has('src') || changed.has('refresh') || changed.has('feed')) {
      this.feedLoader.refreshEvery(this.src && this.feed === undefined ? refreshSeconds(this.refresh) : 0);
    }
    const state = this.feedLoader.state;
    if (state.state !== 'ready') {
      this.view = undefined;
      return;
    }
    const attributesChanged = changed.has('priorities') || changed.has('expanded');
    const feedChanged = this.view?.feed !== state.feed;
    // A private property is no key of PropertyValues<this>.
    if (!feedChanged && !attributesChanged && !(changed as PropertyValues).has('statusFilter')) return;
    const firstView = this.view === undefined;
    // The cards on screen stay; a longer list than they make comes frame by frame again.
    const rendered = Math.min(this.renderedCards, this.view?.listed.length ?? 0);
    this.view = this.computeView(state.feed);
    this.renderedCards = Math.max(CARDS_PER_FRAME, rendered);
    // A reload of the same view (a refresh) keeps the cards that are open.
    if (firstView) this.openIds = new Set(this.view.opened);
    else if (changed.has('expanded')) this.replaceOpen(new Set(this.view.opened));
    // A new feed's warnings are told once it has rendered (settled); the attributes' own, here.
    if (this.hasUpdated && !feedChanged && attributesChanged) tell(this.view.warnings);
  }

  private computeView(feed: PlanFeed): View {
    const selection = selectPriorities(feed.priorities, this.priorities);
    const opened = selectExpanded(feed.priorities, this.expanded);
    const expected = expectedProgress(feed.plan.period, Date.now());
    // Each status worked out once, for the counts and the filter (each card works out its own).
    const statuses = selection.shown.map((priority) => effectiveStatus(priority, expected, feed.plan.statusRule));
    const counts = statusCounts(statuses);
    const filter = counts.some(({ status }) => status === this.statusFilter) ? this.statusFilter : undefined;
    return {
      feed,
      shown: selection.shown,
      counts,
      filter,
      listed: withStatus(selection.shown, statuses, filter),
      expected,
      overall: overallProgress(selection.shown),
      opened: opened.shown.map((priority) => priority.id),
      warnings: [...selection.warnings, ...opened.warnings],
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Keyed cards move when their order changes, and a moved element loses focus: give it back,
    // without scrolling (a refresh must not move the page). When what had the focus is gone (the
    // retry button once pressed, a card filtered out), the widget's container takes it, not the page.
    const focused = this.focused;
    this.focused = undefined;
    if (focused && this.shadowRoot!.activeElement !== focused.element) {
      const target = focused.element.isConnected
        ? focused.target
        : this.renderRoot.querySelector<HTMLElement>('[part=base],[part=loading],[part=error]');
      target?.focus({ preventScroll: true });
    }
    if (this.renderedCards < (this.view?.listed.length ?? 0) && this.moreCards === undefined) {
      this.moreCards = new Promise(requestAnimationFrame).then(() => {
        this.moreCards = undefined;
        this.renderedCards += CARDS_PER_FRAME;
        return this.updateComplete;
      });
    }
  }

  /** Settles once every shown priority has its card, however many frames that takes, and every card its details. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.moreCards;
    // A card made while the summary is off the page renders nothing until it is back.
    for (const card of this.renderRoot.querySelectorAll('plan-priority-card')) if (card.isConnected) await card.updateComplete;
    return complete;
  }

  /** Opens or closes the cards of `ids`. */
  private setOpen(ids: readonly string[], open: boolean): void {
    const next = new Set(this.openIds);
    for (const id of ids) {
      if (open) next.add(id);
      else next.delete(id);
    }
    this.replaceOpen(next);
  }

  /** Opens exactly the cards of `next`; once they have rendered, fires `plan-toggle` for each that changed. */
  private replaceOpen(next: ReadonlySet<string>): void {
    const previous = this.openIds;
    this.openIds = next;
    const toggled = (this.view?.shown ?? []).filter(({ id }) => previous.has(id) !== next.has(id));
    void this.updateComplete.then(() => toggled.forEach(({ id }) => emit(this, 'plan-toggle', { id, expanded: next.has(id) })));
  }

  private readonly decideToggle = (event: PlanToggleRequestEvent): void => {
    // A page script may dispatch an event of that name with no detail: it is no card's request.
    const { id, expanded } = (event.detail ?? {}) as Partial<PlanToggleRequestEvent['detail']>;
    if (typeof id !== 'string') return;
    // The summary owns its cards' state: the request is answered here and goes no further.
    event.preventDefault();
    event.stopPropagation();
    this.setOpen([id], expanded === true);
  };

  private get allExpanded(): boolean {
    return this.view !== undefined && this.view.listed.every((priority) => this.openIds.has(priority.id));
  }

  private toggleAll(): void {
    this.setOpen(this.view?.listed.map((priority) => priority.id) ?? [], !this.allExpanded);
  }

  /** A count in the headline pressed: shows only the priorities of `status`, or all of them for undefined. */
  private chooseStatus(status: Status | undefined): void {
    this.deepLink.setStatusHash(status);
    this.filterBy(status);
  }

  /** Filters the cards by `status` (undefined: all); a change after the first render fires `plan-filter`. */
  private filterBy(status: Status | undefined): void {
    if (status === this.statusFilter) return;
    this.statusFilter = status;
    this.filterChanged = true;
    // What shows: a status that no priority has shows them all.
    const shown = () => (this.view?.filter ? [this.view.filter] : []);
    if (this.hasUpdated) void this.updateComplete.then(() => emit(this, 'plan-filter', { statuses: shown() }));
  }

  private chooseLanguage(lang: string): void {
    rememberLanguage(lang);
    if (lang === this.lang) return;
    this.lang = lang;
    emit(this, 'plan-language', { lang });
  }

  protected override render() {
    const state = this.feedLoader.state;
    const view = this.view;
    const failure =
      state.state !== 'ready'
        ? undefined
        : state.saved
          ? msg(
              str`The latest figures could not be loaded; this is the copy saved on ${formatDate(state.saved.savedOn, this.locale)}.`,
              { id: 'saved-copy' },
            )
          : this.feedLoader.refreshError && msg('Could not refresh; these are the earlier figures.', { id: 'refresh-failed' });
    // One live region in every state, outside the busy placeholder and there before its text
    // changes, so that screen readers announce the loading, a saved copy, a failed refresh and,
    // once the filter has changed, how many priorities show.
    return html`
      ${state.state === 'loading' ? this.renderLoading() : state.state === 'error' ? this.renderError(state.error) : this.renderPlan(state, failure)}
      <p class="visually-hidden" role="status" lang=${this.locale}>
        ${state.state === 'loading' ? msg('Loading the plan…', { id: 'loading' }) : failure}
        ${this.filterChanged && view ? this.shownCount(view) : nothing}
      </p>
    `;
  }

  /** How many priorities the filter shows, and which: two statuses of one count still read differently. */
  private shownCount({ listed, shown, filter }: View): string {
    const count = listed.length;
    const total = shown.length;
    return filter === undefined
      ? msg(str`Showing ${count} of ${total} priorities`, { id: 'shown-count' })
      : msg(str`Showing ${count} of ${total} priorities: ${statusLabel(filter)}`, { id: 'shown-status-count' });
  }

  /** The plan, a region named by its title. */
  private renderPlan(state: FeedState & { state: 'ready' }, failure: string | undefined) {
    const view = this.view!;
    return html`
      <section part="base" aria-label=${this.text(view.feed.plan.title)} tabindex="-1" lang=${this.locale}>
        ${this.hideHeader ? nothing : this.renderHeader(view)}
        ${this.renderNotice(view.feed)}
        ${this.renderStaleNote(view.feed)}
        ${this.renderEndedNote(view)}
        ${failure === undefined ? nothing : html`<p part="stale">${failure}</p>`}
        ${this.hideHeader || this.hideRing ? this.renderLegend(view) : nothing}
        ${location.hash === '#plan-check' ? this.renderCheck([...state.warnings, ...view.warnings]) : nothing}
        ${
          view.shown.length === 0
            ? html`<p part="empty">${msg('There are no priorities to show.', { id: 'no-priorities' })}</p>`
            : this.renderList(view)
        }
      </section>
    `;
  }

  private renderLoading() {
    return html`
      <div part="loading" aria-busy="true" tabindex="-1" lang=${this.locale}>
        <div></div>
        <div></div>
      </div>
    `;
  }

  private renderHeader(view: View) {
    const plan = view.feed.plan;
    const allExpanded = this.allExpanded;
    const organization = this.text(plan.organization);
    const summary = this.text(plan.summary);
    return html`
      <header part="header">
        <div class="intro">
          ${organization ? html`<p part="organization" lang=${this.textLang(plan.organization)}>${organization}</p>` : nothing}
          ${heading(headingLevel(this.headingLevel, 2), 'title', this.text(plan.title), this.textLang(plan.title))}
          ${this.renderPlanDates(view.feed)}
          ${summary ? html`<p part="plan-summary" lang=${this.textLang(plan.summary)}>${summary}</p>` : nothing}
        </div>
        ${
          this.hideRing
            ? nothing
            : html`<div class="overall">
              <plan-progress-ring
                part="ring"
                exportparts="svg,track,indicator,marker,value"
                lang=${this.locale}
                .value=${view.overall}
                .expected=${view.expected}
                .label=${msg('Overall progress', { id: 'overall' })}
              ></plan-progress-ring>
              <p class="overall-label" aria-hidden="true">${msg('Overall progress', { id: 'overall' })}${this.renderLegend(view)}</p>
            </div>`
        }
        <div class="tools">
          ${
            view.shown.length === 0
              ? nothing
              : html`<button part="expand-all" aria-expanded=${allExpanded ? 'true' : 'false'} @click=${this.toggleAll}>
                ${allExpanded ? msg('Collapse all', { id: 'collapse-all' }) : msg('Expand all', { id: 'expand-all' })}
              </button>`
          }
          ${this.renderLanguages()}
          ${
            plan.url !== undefined && isSafeLink(plan.url)
              ? html`<a part="plan-link" href=${plan.url}>${msg('Read the full plan', { id: 'plan-link' })}</a>`
              : nothing
          }
        </div>
        ${this.renderHeadline(view)}
      </header>
    `;
  }

  /**
   * Says what the notch on the rings marks, in the words readers know (序时进度). Assistive technology
   * hears it with each ring's value instead (its `aria-valuetext`), so it is hidden from it where it shows.
   */
  private renderLegend({ expected }: View) {
    if (!marksExpected(expected)) return nothing;
    const percent = formatPercent(expected!, this.locale);
    return html`<span part="legend" aria-hidden="true"><span class="notch">▼</span> ${msg(str`Expected by now: ${percent}`, { id: 'expected-legend' })}</span>`;
  }

  private renderPlanDates(feed: PlanFeed) {
    const { period, updated } = feed.plan;
    const parts: string[] = [];
    if (period !== undefined) {
      const start = formatDate(period.start, this.locale);
      const end = formatDate(period.end, this.locale);
      parts.push(msg(str`${start} – ${end}`, { id: 'period' }));
    }
    if (updated !== undefined) {
      const asOf = formatDate(updated, this.locale);
      parts.push(msg(str`Figures as of ${asOf}`, { id: 'figures-as-of' }));
    }
    // Each part in one piece: a phone must not break a date between 1 and 月.
    return parts.length === 0
      ? nothing
      : html`<p class="meta">${parts.map((part, index) => html`${index ? ' · ' : ''}<span>${part}</span>`)}</p>`;
  }

  /**
   * The headline of a report: how many priorities are in each status, each count a button that
   * shows only those, and the share done. Counted over the priorities the editor chose, filtered
   * or not.
   */
  private renderHeadline({ counts, filter }: View) {
    const rate = completionRate(counts);
    if (rate === undefined) return nothing;
    const percent = formatPercent(rate, this.locale);
    return html`<div part="headline">
      <span role="group" aria-label=${msg('Filter by status', { id: 'status-filter' })}>
        ${counts.map(({ status, count }) => {
          const label = statusLabel(status);
          return html`<button aria-pressed=${status === filter ? 'true' : 'false'} @click=${() => this.chooseStatus(status === filter ? undefined : status)}>
            ${msg(str`${label} (${count})`, { id: 'status-count' })}
          </button>`;
        })}
      </span>
      <span>${msg(str`${percent} done`, { id: 'completion-rate' })}</span>
    </div>`;
  }

  private renderLanguages() {
    const languages = splitList(this.languages);
    if (languages.length === 0) return nothing;
    const current = matchLocale(this.locale, languages);
    return html`
      <div part="languages" role="group" aria-label=${msg('Language', { id: 'language' })}>
        ${languages.map(
          (tag) => html`<button
            lang=${tag}
            aria-pressed=${tag === current ? 'true' : 'false'}
            @click=${() => this.chooseLanguage(tag)}
          >
            ${languageName(tag)}
          </button>`,
        )}
      </div>
    `;
  }

  /** Outside the header, so that `hide-header` keeps it: it may say which figures are not real. */
  private renderNotice(feed: PlanFeed) {
    const notice = feed.plan.notice;
    return notice === undefined
      ? nothing
      : html`<p part="notice" role="note" lang=${this.textLang(notice)}>
          ${this.text(notice)}
        </p>`;
  }

  private renderStaleNote(feed: PlanFeed) {
    const updated = feed.plan.updated;
    const staleAfter = this.staleAfter ?? NaN;
    // `stale-after="x"` reads as NaN and a negative number is no age: neither shows a note.
    if (!(staleAfter >= 0) || updated === undefined) return nothing;
    const days = daysSince(updated, Date.now());
    if (days <= staleAfter) return nothing;
    const date = formatDate(updated, this.locale);
    const age = formatAge(days, this.locale);
    return html`<p part="stale" role="note">
      ${msg(str`Figures last updated ${date} (${age}); they may be out of date.`, { id: 'stale' })}
    </p>`;
  }

  /** Once the period is over, statuses compare with all of it; the note says why none is on track. */
  private renderEndedNote(view: View) {
    const period = view.feed.plan.period;
    if (period === undefined || (view.expected ?? 0) < 100) return nothing;
    const end = formatDate(period.end, this.locale);
    return html`<p part="ended" role="note">${msg(str`This plan’s period ended on ${end}.`, { id: 'period-ended' })}</p>`;
  }

  private renderList(view: View) {
    const level = Math.min(6, headingLevel(this.headingLevel, 2) + 1);
    // Safari drops the list semantics of a list styled without markers unless the role is explicit.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`
      <ol part="list" role="list" @plan-toggle-request=${this.decideToggle}>
        ${repeat(
          view.listed.slice(0, this.renderedCards),
          (priority) => priority.id,
          (priority) =>
            cardItem({
              priority,
              expanded: this.openIds.has(priority.id),
              lang: this.locale,
              defaultLocale: view.feed.plan.defaultLocale,
              headingLevel: level,
              expected: view.expected,
              statusRule: view.feed.plan.statusRule,
            }),
        )}
      </ol>
    `;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  /** The editor’s view of the feed’s warnings (README: “Check a page as an editor”), in the widget’s language. */
  private renderCheck(warnings: readonly Problem[]) {
    const count = warnings.length;
    return html`<section part="check">
      ${heading(
        Math.min(6, headingLevel(this.headingLevel, 2) + 1),
        'check-title',
        count === 0
          ? msg('Feed check: no warnings', { id: 'check-none' })
          : count === 1
            ? msg('Feed check: 1 warning', { id: 'check-one' })
            : msg(str`Feed check: ${count} warnings`, { id: 'check-many' }),
      )}
      ${count === 0 ? nothing : html`<ul>${warnings.map(problemItem)}</ul>`}
    </section>`;
  }

  /**
   * One calm sentence for visitors, announced with the retry button; below it, folded and left out
   * of the announcement, what the site's editor needs to fix it.
   */
  private renderError({ reason, details }: FeedError) {
    return html`
      <div part="error" tabindex="-1" lang=${this.locale}>
        <div role="alert">
          <p>${visitorMessage(reason)}</p>
          <button part="retry" @click=${() => this.feedLoader.load()}>${msg('Try again', { id: 'retry' })}</button>
        </div>
        <details part="error-details">
          <summary>${msg('Details for the site’s editors', { id: 'error-details' })}</summary>
          <p>${describeFeedError(reason, details)}</p>
          ${details.said ? html`<p><code>${details.said}</code></p>` : nothing}
          ${details.problems ? html`<ul>${details.problems.map(problemItem)}</ul>` : nothing}
        </details>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-summary': PlanSummary;
  }
}
