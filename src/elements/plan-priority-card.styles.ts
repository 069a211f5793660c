import { css } from 'lit';
import { hostStyles, visuallyHidden } from './tokens.js';
import { ringBox, ringDrawingStyles } from './plan-progress-ring.styles.js';

// Physical properties and no flex `gap`: Chromium 71, still common in WeChat, knows neither logical properties nor flex gaps.
export const cardStyles = [
  hostStyles,
  visuallyHidden,
  ringBox("[part='ring']"),
  ringDrawingStyles,
  css`
    :host {
      display: block;
      --status-color: var(--_status-not-started);
    }

    :host([status='in-progress']) {
      --status-color: var(--_status-in-progress);
    }
    :host([status='on-track']) {
      --status-color: var(--_status-on-track);
    }
    :host([status='at-risk']) {
      --status-color: var(--_status-at-risk);
    }
    :host([status='off-track']) {
      --status-color: var(--_status-off-track);
    }
    :host([status='done']) {
      --status-color: var(--_status-done);
    }

    /* Its own text colour on its own background: a page's colour mode forces its colour on the host. */
    [part='card'] {
      padding: 0.625em 0.75em;
      background: var(--_surface);
      color: var(--_text);
      border: 1px solid var(--_border);
      border-top: 0.3em solid var(--status-color);
      border-radius: var(--_radius);
    }

    [part='card-heading'] {
      margin: 0;
      font-size: 1em;
      line-height: 1.35;
    }

    [part='toggle'] {
      display: block;
      width: 100%;
      margin: 0;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-align: left;
    }

    /* The ring, then number and status over the title, which has the rest of the width: one row of a
       list however wide the card. The grid is inside the button: Chromium before 83 (WeChat's and
       vendor browsers') lays out no grid on a button. */
    [part='card-header'] {
      display: grid;
      grid-template-columns: auto auto auto 1fr auto;
      grid-gap: 0.15em 0.5em;
      align-items: center;
    }

    [part='ring'] {
      grid-area: 1 / 1 / 3;
      margin-right: 0.25em;
      --plan-ring-color: var(--status-color);
    }

    [part='card-title'] {
      grid-area: 2 / 2 / 3 / 6;
      font-weight: 600;
      text-wrap: pretty;
    }

    [part='toggle']:hover [part='card-title'] {
      text-decoration: underline;
    }

    [part='card-number'] {
      min-width: 2em;
      padding: 0 0.3em;
      box-sizing: border-box;
      border-radius: 0.85em;
      background: var(--_accent);
      color: var(--_surface);
      font-size: 0.85em;
      font-weight: 600;
      line-height: 1.7;
      text-align: center;
      font-variant-numeric: tabular-nums;
    }

    [part='card-header']::after {
      content: '';
      grid-area: 1 / 5;
      width: 0.5em;
      height: 0.5em;
      margin: 0 0.2em 0 0.25em;
      border-right: 0.15em solid currentColor;
      border-bottom: 0.15em solid currentColor;
      transform: translateY(-0.2em) rotate(45deg);
    }

    :host([expanded]) [part='card-header']::after {
      transform: translateY(0.1em) rotate(-135deg);
    }

    [part='status'] {
      color: var(--status-color);
      font-size: 0.9em;
      font-weight: 600;
      line-height: 1.2;
    }

    .status-icon {
      display: inline-block;
      width: 1.3em;
      height: 1.3em;
      margin-right: 0.35em;
      border-radius: 50%;
      background: var(--status-color);
      color: var(--_surface);
      font-size: 0.85em;
      line-height: 1.3;
      text-align: center;
    }

    [part='card-summary'] {
      margin: 0.75em 0 0;
    }

    [part='card-body']:not([hidden]) {
      margin-top: 0.75em;
      padding-top: 0.75em;
      border-top: 1px solid var(--_border);
    }

    .section + .section {
      margin-top: 0.9em;
    }

    [part='section-title'] {
      margin: 0 0 0.35em;
      color: var(--_muted);
      font-size: 0.85em;
      font-weight: 600;
    }

    ul,
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    li + li {
      margin-top: 0.4em;
    }

    .actions li {
      display: grid;
      grid-template-columns: 1.5em 1fr;
    }

    .mark {
      color: var(--_muted);
    }

    .done .mark {
      color: var(--_status-on-track);
      font-weight: 700;
    }

    /* Overdue: a word and an icon, in the colour of "behind schedule". */
    [part='overdue'],
    .overdue .mark,
    strong {
      color: var(--_status-off-track);
      font-weight: 700;
    }

    /* Beside the status, so that a card with overdue actions is no taller. Broken between words only:
       the host's break-word would let a narrow card squeeze "overdue" to a letter a line. */
    [part='overdue'] {
      grid-area: 1 / 4;
      word-break: normal;
      font-size: 0.9em;
      line-height: 1.2;
    }

    .meta,
    time {
      color: var(--_muted);
      font-size: 0.9em;
    }

    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      grid-gap: 0.3em 0.75em;
      margin: 0;
    }

    dt {
      color: var(--_muted);
    }

    dd {
      margin: 0;
    }

    .measures {
      display: block;
    }

    .measures dd + dt {
      margin-top: 0.4em;
    }

    /* currentColor: the line is the text's colour, also the one forced-colors mode gives. */
    [part='trend'] {
      display: block;
      color: var(--_muted);
      font-size: 0.9em;
    }

    [part='trend'] svg {
      width: 5em;
      height: 1.25em;
      margin-right: 0.5em;
      overflow: visible;
      vertical-align: middle;
      fill: currentColor;
      stroke: currentColor;
      stroke-width: 2.5;
      stroke-linecap: round;
      stroke-linejoin: round;
    }

    polyline {
      fill: none;
    }

    /* A list of links, not links in a sentence: each is a target as tall as its line, 24 px and more (WCAG 2.5.8). */
    a {
      display: inline-block;
      color: var(--_accent);
    }

    /* A long card goes on to the next page between its lines (its header, a section's title and a
       measure's label stay with what follows them; in the grid of facts, a term shares its row), so that no page is left half empty; a title is broken
       between words, never inside one (keep-all: between CJK phrases too). */
    @media print {
      [part='card-header'],
      [part='section-title'],
      .measures dt {
        break-inside: avoid;
        break-after: avoid;
      }
      [part='card-title'] {
        word-break: keep-all;
        overflow-wrap: break-word;
      }
      a[href]::after {
        content: ' (' attr(href) ')';
      }
      a {
        color: inherit;
      }
      [part='card-body'] {
        display: block !important;
        content-visibility: visible !important;
      }
      [part='card-header']::after {
        display: none;
      }
      /* Printers leave out backgrounds by default: the number and the status icon keep an outline. */
      [part='card-number'],
      .status-icon {
        background: none;
        color: inherit;
        outline: 1px solid;
        outline-offset: -1px;
      }
    }
  `,
];
