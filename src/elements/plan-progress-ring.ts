import { html } from 'lit';
import type { PropertyValues } from 'lit';
import { str } from '@lit/localize';
import { msg } from '../i18n/localize.js';
import { LocalizedElement } from './localized-element.js';
import { ringStyles } from './plan-progress-ring.styles.js';
import { formatPercent } from '../i18n/format.js';

// The circles' r="42" and stroke-dasharray="263.894" (2π × 42) are written into the template: a
// constant bound as a value would cost every ring a part that never changes.
const CIRCUMFERENCE = 263.894;

/** An attribute read as a percentage: absent or not a number is unknown; others clamp to 0–100. */
const percentConverter = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null || value.trim() === '') return undefined;
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  },
};

function clampPercent(value: number | undefined): number | undefined {
  return value === undefined || !Number.isFinite(value) ? undefined : Math.min(100, Math.max(0, value));
}

/**
 * Whether the expected progress is marked: not at 0 % nor 100 %, where the mark would sit on the
 * ring's start and read as it (a plan not begun, or whose period is over, has nothing to mark).
 */
export function marksExpected(expected: number | undefined): boolean {
  return expected !== undefined && expected > 0 && expected < 100;
}

/**
 * What a ring says to assistive technology: its value, and the progress expected by now when given
 * (`aria-valuetext`). Called while an element renders, in its locale.
 */
export function ringValueText(value: number | undefined, expected: number | undefined, locale: string): string {
  const shown = clampPercent(value);
  if (shown === undefined) return msg('Progress unknown', { id: 'unknown' });
  const percent = formatPercent(shown, locale);
  const expectedShown = clampPercent(expected);
  if (expectedShown === undefined) return percent;
  const expectedPercent = formatPercent(expectedShown, locale);
  return msg(str`${percent}, ${expectedPercent} expected by now`, { id: 'expected' });
}

/**
 * A ring's drawing and its percentage (parts `svg`, `track`, `indicator`, `marker`, `value`), laid
 * out by `ringDrawingStyles` in a box of `ringBox`: the whole of a `<plan-progress-ring>`, and the
 * ring a card draws in its own shadow root (a ring element per card would double the elements, the
 * time and the memory that a long plan takes).
 */
export function ringDrawing(value: number | undefined, expected: number | undefined, locale: string) {
  const shown = clampPercent(value);
  const expectedShown = clampPercent(expected);
  return html`
    <svg part="svg" viewBox="0 0 100 100" aria-hidden="true">
      <circle part="track" cx="50" cy="50" r="42"></circle>
      <circle
        part="indicator"
        cx="50"
        cy="50"
        r="42"
        transform="rotate(-90 50 50)"
        stroke-dasharray="263.894"
        stroke-dashoffset=${CIRCUMFERENCE * (1 - (shown ?? 0) / 100)}
        display=${shown === undefined ? 'none' : 'inline'}
      ></circle>
      <path
        part="marker"
        d="M45-7h10l-5 8z"
        transform=${`rotate(${(expectedShown ?? 0) * 3.6} 50 50)`}
        display=${marksExpected(expectedShown) ? 'inline' : 'none'}
      ></path>
    </svg>
    <span part="value" aria-hidden="true">${shown === undefined ? '–' : formatPercent(shown, locale)}</span>
  `;
}

/**
 * A ring that shows a percentage, usable on its own or inside the other elements.
 *
 * @summary `<plan-progress-ring value="65" label="Overall progress">`
 *
 * @tagname plan-progress-ring
 *
 * @csspart svg - The SVG drawing.
 * @csspart track - The full circle behind the indicator.
 * @csspart indicator - The arc that shows the value.
 * @csspart marker - The notch outside the track that points at the progress expected by now (between 0 % and 100 % only).
 *   `<plan-summary>` explains it in a legend; a page that shows a ring with `expected` on its own should say what it marks.
 * @csspart value - The percentage in the middle.
 *
 * @cssproperty [--plan-ring-size=3.5em] - Width and height of the ring.
 * @cssproperty [--plan-ring-thickness=10%] - Stroke width as a percentage of the size (at most 16%).
 * @cssproperty [--plan-ring-color=var(--plan-accent)] - Colour of the indicator.
 * @cssproperty [--plan-ring-track=#848d97] - Colour of the track (3:1 on the surface; the dark theme's is #656c76); drawn at 40 % of the ring's thickness.
 */
export class PlanProgressRing extends LocalizedElement {
  static override styles = ringStyles;

  static override properties = {
    value: { converter: percentConverter },
    expected: { converter: percentConverter },
    label: {},
  };

  /** Percentage, 0–100 (clamped); absent: unknown, shown as unknown and not as 0. */
  declare value?: number;

  /** Percentage expected by now, marked on the ring when between 0 and 100, and said to assistive technology; absent: no mark. */
  declare expected?: number;

  /** Accessible name of the progress bar; without it, an `aria-label` the page set stays. */
  label = '';

  /** The `aria-label` this ring set from `label`, to tell it from one the page set. */
  private labelled?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const value = clampPercent(this.value);
    if (!this.hasAttribute('role')) this.setAttribute('role', 'progressbar');
    this.setAttribute('aria-valuemin', '0');
    this.setAttribute('aria-valuemax', '100');
    if (value === undefined) this.removeAttribute('aria-valuenow');
    else this.setAttribute('aria-valuenow', String(Math.round(value)));
    this.setAttribute('aria-valuetext', ringValueText(value, this.expected, this.locale));
    // `label` names the ring unless the page gave it an aria-label of its own, which always wins.
    const current = this.getAttribute('aria-label');
    if (current !== null && current !== this.labelled) return;
    this.labelled = this.label || undefined;
    if (this.labelled === undefined) this.removeAttribute('aria-label');
    else this.setAttribute('aria-label', this.labelled);
  }

  protected override render() {
    return ringDrawing(this.value, this.expected, this.locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-progress-ring': PlanProgressRing;
  }
}
