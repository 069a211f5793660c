import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { str } from '@lit/localize';
import { msg } from '../i18n/localize.js';
import { LocalizedElement } from './localized-element.js';
import { cardStyles } from './plan-priority-card.styles.js';
import { emit } from './events.js';
import { snapshot, unlessAlike } from './snapshot.js';
import { later } from './later.js';
import { ringDrawing, ringValueText } from './plan-progress-ring.js';
import { heading, headingLevel, headingTag } from './heading.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { Measure, PlanPriority, Status, StatusRule, Text } from '../feed/schema.js';
import { DUE_SOON_DAYS, daysLeft, effectiveStatus, overdueCount, priorityProgress, visitorToday } from '../feed/progress.js';
import { trend } from '../feed/trend.js';
import { isSafeLink } from '../feed/links.js';
import { formatDate, formatFigure, formatMeasure, formatNumber, isPercentUnit } from '../i18n/format.js';
import { statusLabel } from '../i18n/status.js';

const STATUS_ICONS: Record<Status, string> = {
  'not-started': '○',
  'in-progress': '◔',
  'on-track': '✓',
  'at-risk': '!',
  'off-track': '✕',
  done: '★',
};

/** A priority as the card takes it: a feed priority, with its number in the feed when known. */
export interface CardPriority extends PlanPriority {
  readonly number?: number;
}

/**
 * One priority of a plan: number, title, status, a small progress ring and the count of overdue
 * actions, all one button that shows or hides its details (actions, marked overdue or with the days
 * left when due within 14 days, measures and their trends, updates, lead unit, official in charge and
 * supporting units, due date, links). Dates count in the visitor's time zone.
 * Closed details stay findable by find-in-page, and a match opens the card. They are rendered in a
 * later task than the card's first render, so that a plan's cards show sooner (an open card, and a
 * page about to print, have them at once); `updateComplete` settles once they are in.
 *
 * @summary `<plan-priority-card .priority=${priority}>`
 *
 * @tagname plan-priority-card
 *
 * @event {PlanToggleRequestEvent} plan-toggle-request - `detail: { id, expanded }`, cancelable: the visitor asks to open or close
 * the card (its button, or find-in-page in its closed details). A listener that cancels it owns the
 * card's state and sets `expanded` itself; `<plan-summary>` does so for its cards. A request from
 * find-in-page comes after the browser has already revealed the details: its owner should open the card.
 * @event {PlanToggleEvent} plan-toggle - `detail: { id, expanded }` when the card, left to itself, opens or closes.
 *
 * @csspart card - The card's box.
 * @csspart card-heading - The heading that holds the button (its level follows `heading-level`).
 * @csspart toggle - The button that shows or hides the details: the whole header.
 * @csspart card-header - Number, title, status, ring and the count of overdue actions, inside the button.
 * @csspart card-number - The priority's number in the feed.
 * @csspart card-title - The priority's title.
 * @csspart status - The status word and its icon.
 * @csspart overdue - The count of actions past their due date and not done ("2 overdue", "2 项逾期"), in the header when there are any; the toggle button is described by it.
 * @csspart ring - The card's progress ring, drawn as a `<plan-progress-ring>` is: the parts below.
 * @csspart svg - The ring's drawing.
 * @csspart track - The full circle behind the indicator.
 * @csspart indicator - The arc that shows the priority's progress, in the colour of its status.
 * @csspart marker - The notch outside the track that points at the progress expected by now (between 0 % and 100 % only).
 * @csspart value - The percentage in the middle of the ring.
 * @csspart card-summary - The one-paragraph summary.
 * @csspart card-body - The details the button shows or hides.
 * @csspart section-title - The heading of each group of details (actions, measures, updates, links).
 * @csspart trend - A measure's values over time (its `history`) as a small line, with the change since the previous value.
 *
 * @cssproperty [--plan-ring-size=3.5em] - Size of the card's ring.
 * @cssproperty [--plan-ring-thickness=10%] - Stroke width of the card's ring, as a percentage of its size (at most 16%).
 */
export class PlanPriorityCard extends LocalizedElement {
  static override styles = cardStyles;

  static override properties = {
    priority: { attribute: false },
    expanded: { type: Boolean, reflect: true },
    status: { reflect: true },
    expected: { type: Number },
    statusRule: { attribute: false },
    defaultLocale: { attribute: 'default-locale' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    detailsReady: { state: true },
  };

  /**
   * The priority to show: an entry of a feed's `priorities` (validated feeds add its `number`, which
   * the card shows). Read as data that does not change: to show a change, set a new object, as
   * `<plan-summary>` does at each refresh; an equal new object leaves the card as it is.
   */
  declare priority?: CardPriority;

  /** Whether the details are shown. */
  expanded = false;

  /** The effective status, given or derived; reflected so that site CSS can use it. */
  declare status?: Status;

  /** Progress expected by now (0–100), for the derived status and the ring's mark. */
  declare expected?: number;

  /** How a status is derived from progress and `expected`: the plan's `statusRule` (docs/feed-format.md); absent, the default ratio rule. */
  declare statusRule?: StatusRule;

  /** Locale of the feed text to use when `lang` has none (the plan's `defaultLocale`). */
  defaultLocale = 'en';

  /** Level of the title's heading, 1–6. */
  headingLevel = 3;

  protected override get fallbackLocale(): string {
    return this.defaultLocale;
  }

  /**
   * What the summary and the details show, the same array while they would render alike
   * (`unlessAlike`): the key of their snapshots (snapshot.ts), which are made again when it changes.
   * The ring is no snapshot: it moves to a new value (its transition) rather than being replaced.
   */
  private shown?: readonly [priority: CardPriority, level: number, today: number, locale: string, fallbackLocale: string];

  /** The same for number, title, status and overdue count: `shown` and the status, which `expected` may change alone. */
  private shownHeading?: readonly unknown[];

  /**
   * What had the focus in the card before an update (its button, or a link in the details), and the
   * place of that link among the details' links (-1 for anything else).
   */
  private focused?: { readonly element: Element; readonly linkIndex: number };

  /**
   * Whether the details are rendered: at once when the card opens, else in a later task, so that a
   * plan's cards show before the details no one has opened yet.
   */
  private detailsReady = false;

  /**
   * The details come in a later task than the card (later.ts), queued when the card is made: a card
   * made and shown in one task, as `<plan-summary>` makes its cards, shows its header first. Settles
   * once they are in, for `updateComplete`.
   */
  private readonly detailsRendered = new Promise<void>((resolve) =>
    later(() => {
      this.detailsReady = true;
      // In this task, which later.ts times (or a print waits for), once the card has rendered;
      // before that, Lit renders them with the card when it connects.
      if (this.hasUpdated) this.performUpdate();
      resolve();
    }),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const priority = this.priority;
    if (priority === undefined) return;
    this.status = effectiveStatus(priority, this.expected, this.statusRule);
    const level = headingLevel(this.headingLevel, 3);
    this.shown = unlessAlike(this.shown, [priority, level, visitorToday(Date.now()), this.locale, this.fallbackLocale]);
    this.shownHeading = unlessAlike(this.shownHeading, [this.shown, this.status]);
    if (this.expanded) this.detailsReady = true;
    const active = this.shadowRoot?.activeElement;
    const links = active?.closest('#details') ? [...this.renderRoot.querySelectorAll('#details a')] : [];
    this.focused = active ? { element: active, linkIndex: links.indexOf(active) } : undefined;
  }

  /** Settles once the card has rendered, its details included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.detailsRendered;
    return super.getUpdateComplete();
  }

  /**
   * Details made again (their priority changed) lose the link a visitor was on, and a card made
   * again at another heading level its button: the focus goes to the link at its place, else to the
   * card's button, not to the page.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focused = this.focused;
    if (focused === undefined || focused.element.isConnected) return;
    const target =
      this.renderRoot.querySelectorAll<HTMLElement>('#details a')[focused.linkIndex] ?? this.renderRoot.querySelector('button');
    target?.focus({ preventScroll: true });
  }

  /**
   * A feed text that shares its element with the widget's own words: in a `<span>` of its own language
   * when it has another, else plain, so that page tools read the whole line (page-tools.ts).
   */
  private inline(text: Text) {
    const lang: unknown = this.textLang(text);
    return lang === nothing ? this.text(text) : html`<span lang=${lang as string}>${this.text(text)}</span>`;
  }

  private date(iso: string) {
    return html`<time datetime=${iso}>${formatDate(iso, this.locale)}</time>`;
  }

  // Methods rather than arrow functions in the template: Lit calls a listener with the card as `this`,
  // and a function made anew each render would hold on to that render's variables.
  private askToToggle(): void {
    this.ask(!this.expanded);
  }

  private askToOpen(): void {
    this.ask(true);
  }

  /**
   * Asks to open or close. Inside a `<plan-summary>` the summary owns the state: it cancels the
   * request and decides. On its own, the card changes itself and says so.
   */
  private ask(expanded: boolean): void {
    const id = this.priority?.id;
    if (id === undefined || expanded === this.expanded || !emit(this, 'plan-toggle-request', { id, expanded })) return;
    this.expanded = expanded;
    emit(this, 'plan-toggle', { id, expanded });
  }

  protected override render() {
    const priority = this.priority;
    if (priority === undefined) return nothing;
    // willUpdate has derived them from this priority.
    const status = this.status!;
    const shown = this.shown!;
    const [, level, today] = shown;
    const overdue = overdueCount(priority.actions, today);
    const progress = priorityProgress(priority);
    // One button for the whole header, named by number and title alone: status, ring and the count of
    // overdue actions are its description, hidden from its name (the ring's description is its value
    // text). Closed details stay findable by find-in-page; `nothing` removes the attribute. (The cast
    // below is for lit-analyzer, which does not know that an attribute binding may take Lit's `nothing`.)
    const tag = headingTag(level);
    return staticHtml`
      <article part="card" lang=${this.locale}>
        <${tag} part="card-heading"
          ><button
            part="toggle"
            aria-expanded=${this.expanded ? 'true' : 'false'}
            aria-controls="details"
            aria-describedby=${overdue ? 'status overdue ring' : 'status ring'}
            @click=${this.askToToggle}
          >
            <span part="card-header">
              ${snapshot(
                this.shownHeading,
                () => html`
                  ${priority.number === undefined ? nothing : html`<span part="card-number">${priority.number}</span>`}
                  <span part="card-title" lang=${this.textLang(priority.title)}>${this.text(priority.title)}</span>
                  <span part="status">
                    <span class="status-icon" aria-hidden="true">${STATUS_ICONS[status]}</span>
                    <span id="status" aria-hidden="true"><span class="visually-hidden">${msg('Status:', { id: 'status' })} </span>${statusLabel(status)}</span></span>${
                      overdue
                        ? html`<span part="overdue"><span aria-hidden="true">! </span><span id="overdue" aria-hidden="true">${msg(str`${overdue} overdue`, { id: 'overdue-count' })}</span></span>`
                        : nothing
                    }
                `,
              )}
              <span
                part="ring"
                id="ring"
                role="progressbar"
                aria-hidden="true"
                aria-valuetext=${ringValueText(progress, this.expected, this.locale)}
                >${ringDrawing(progress, this.expected, this.locale)}</span
              >
            </span>
          </button></${tag}
        >
        ${snapshot(shown, () => {
          const summary = this.text(priority.summary);
          return summary ? html`<p part="card-summary" lang=${this.textLang(priority.summary)}>${summary}</p>` : nothing;
        })}
        <div
          part="card-body"
          id="details"
          hidden=${(this.expanded ? nothing : 'until-found') as 'until-found'}
          @beforematch=${this.askToOpen}
        >
          ${this.detailsReady ? snapshot(shown, () => this.renderDetails(priority, level, today)) : nothing}
        </div>
      </article>
    `;
  }

  private renderDetails(priority: CardPriority, level: number, today: number) {
    const section = (title: string, content: unknown) => html`
      <section class="section">${heading(Math.min(6, level + 1), 'section-title', title)} ${content}</section>
    `;
    const actions = priority.actions ?? [];
    const measures = priority.measures ?? [];
    // String(): a standalone card's priority is not validated.
    const updates = [...(priority.updates ?? [])].sort((a, b) => String(b.date).localeCompare(String(a.date)));
    const links = (priority.links ?? []).filter((link) => isSafeLink(link.url));
    const partners = priority.partners ?? [];
    const facts: [string, unknown][] = [];
    if (priority.owner !== undefined) facts.push([msg('Lead unit', { id: 'owner' }), this.inline(priority.owner)]);
    if (priority.leader !== undefined) facts.push([msg('Official in charge', { id: 'leader' }), this.inline(priority.leader)]);
    if (partners.length > 0) {
      const separator = msg(', ', { id: 'list-separator' });
      facts.push([
        msg('Supporting units', { id: 'partners' }),
        partners.map((partner, i) => [i ? separator : '', this.inline(partner)]),
      ]);
    }
    if (priority.due !== undefined) facts.push([msg('Due', { id: 'due' }), this.date(priority.due)]);
    if (priority.updated !== undefined) facts.push([msg('Last updated', { id: 'updated' }), this.date(priority.updated)]);

    return html`
      ${
        actions.length === 0
          ? nothing
          : section(
              msg('Actions', { id: 'actions' }),
              html`<ul class="actions">
              ${actions.map((action) => {
                const days = daysLeft(action, today);
                return html`<li class=${action.done === true ? 'done' : days < 0 ? 'overdue' : ''}>
                  <span class="mark" aria-hidden="true">${action.done === true ? '✓' : days < 0 ? '!' : '○'}</span>
                  <span>
                    <span class="visually-hidden">${action.done === true ? msg('Done:', { id: 'done-mark' }) : msg('To do:', { id: 'todo-mark' })} </span>
                    ${this.inline(action.title)}
                    ${action.due === undefined ? nothing : html`<span class="meta">${this.dueText(action.due)}</span>`}
                    ${days < 0 ? html`<strong>${msg('Overdue', { id: 'overdue' })}</strong>` : days <= DUE_SOON_DAYS ? html`<span class="meta">${this.daysLeftText(days)}</span>` : nothing}
                  </span>
                </li>`;
              })}
            </ul>`,
            )
      }
      ${
        measures.length === 0
          ? nothing
          : section(
              msg('Measures', { id: 'measures' }),
              html`<dl class="measures">
              ${measures.map(
                (measure) =>
                  html`<dt lang=${this.textLang(measure.label)}>${this.text(measure.label)}</dt><dd>${this.renderMeasure(measure)}</dd>`,
              )}
            </dl>`,
            )
      }
      ${
        updates.length === 0
          ? nothing
          : section(
              msg('Updates', { id: 'updates' }),
              html`<ol class="updates">
              ${updates.map((update) => html`<li>${this.date(update.date)} ${this.inline(update.text)}</li>`)}
            </ol>`,
            )
      }
      ${
        facts.length === 0
          ? nothing
          : html`<dl class="section">${facts.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>`
      }
      ${
        links.length === 0
          ? nothing
          : section(
              msg('Links', { id: 'links' }),
              html`<ul>
              ${links.map((link) => html`<li><a href=${link.url} lang=${this.textLang(link.label)}>${this.text(link.label)}</a></li>`)}
            </ul>`,
            )
      }
    `;
  }

  private daysLeftText(days: number): string {
    return days === 0
      ? msg('Due today', { id: 'due-today' })
      : days === 1
        ? msg('1 day left', { id: 'day-left' })
        : msg(str`${days} days left`, { id: 'days-left' });
  }

  private dueText(due: string): string {
    const date = formatDate(due, this.locale);
    return msg(str`(due ${date})`, { id: 'due-by' });
  }

  /**
   * The measure's values over time as a small line, named for a screen reader by its first and last
   * values; beside it, the change since the value before the last.
   */
  private renderTrend(measure: Measure, percent: boolean) {
    const line = trend(measure.history);
    if (line === undefined) return nothing;
    const first = formatFigure(line.first.value, percent, this.locale);
    const firstDate = formatDate(line.first.date, this.locale);
    const last = formatFigure(line.last.value, percent, this.locale);
    const lastDate = formatDate(line.last.date, this.locale);
    // Chromium 71 formats no sign (`signDisplay`): a rise is marked here. A change of a measure in %
    // is in percentage points, written without "%".
    const change = `${line.change > 0 ? '+' : line.change === 0 ? '±' : ''}${formatNumber(line.change, this.locale)}`;
    const since = formatDate(line.previous.date, this.locale);
    const changeText = msg(str`${change} since ${since}`, { id: 'trend-change' });
    const name = msg(str`From ${first} on ${firstDate} to ${last} on ${lastDate}; ${changeText}`, { id: 'trend' });
    const [x, y] = line.end;
    return html`<span part="trend" role="img" aria-label=${name}>
      <svg viewBox="0 0 100 25" aria-hidden="true"><polyline points=${line.points}></polyline><circle cx=${x} cy=${y} r="3"></circle></svg>
      ${changeText}
    </span>`;
  }

  /** `98% (target 100%)`, `30 schools (target 40, from 10)`, and the measure's trend (`formatMeasure`). */
  private renderMeasure(measure: Measure) {
    const percent = isPercentUnit(this.text(measure.unit));
    const [current, note] = formatMeasure(measure, percent, this.locale);
    // The unit is a feed text, in its own language: it cannot go into the translated sentences. Its
    // space is a value: the build's minifier trims the whitespace that starts a template.
    return html`${current}${measure.unit && !percent ? [' ', this.inline(measure.unit)] : nothing}${note}${this.renderTrend(measure, percent)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-priority-card': PlanPriorityCard;
  }
}
