import { css } from 'lit';
import { themeStyles, hostStyles, visuallyHidden } from './tokens.js';

// Physical properties and no flex `gap`: Chromium 71, still common in WeChat, knows neither logical properties nor flex gaps.
export const summaryStyles = [
  hostStyles,
  themeStyles,
  visuallyHidden,
  css`
    :host {
      display: block;
    }

    :host([theme='dark']) [part='base'],
    :host([theme='auto']) [part='base'] {
      padding: var(--plan-background-padding, 0);
      border-radius: var(--_radius);
      background: var(--plan-background, transparent);
      color: var(--plan-text, inherit);
    }

    /* On screen only, as the dark palette: on paper the padding also kept a long card from
       starting on a page it would have filled (Chromium). */
    @media screen {
      :host([theme='dark']) {
        --plan-background-padding: 1em;
      }
    }

    @media screen and (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        --plan-background-padding: 1em;
      }
    }

    /* Wraps instead of shrinking the title: on a phone the ring drops below it. */
    [part='header'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      margin-bottom: 1em;
    }

    [part='header'] > * {
      margin: 0 1.5em 0.75em 0;
    }

    .intro {
      flex: 1 1 18em;
    }

    /* Text on the page's background takes the page's colour: a colour of its own could not be read under a colour mode. */
    [part='organization'] {
      margin: 0;
      font-size: 0.9em;
      font-weight: 600;
    }

    [part='title'] {
      margin: 0.1em 0 0.2em;
      font-size: 1.5em;
      line-height: 1.3;
      text-wrap: pretty;
    }

    .meta {
      margin: 0;
      font-size: 0.9em;
    }

    /* Each date, and the share done, in one piece while it fits a line, and wrapped inside when it does not (320 px, text spacing). */
    .meta span,
    [part='headline'] > :last-child {
      display: inline-block;
    }

    [part='plan-summary'] {
      margin: 0.5em 0 0;
    }

    .overall {
      display: flex;
      align-items: center;
    }

    [part='ring'] {
      --plan-ring-size: var(--plan-overall-ring-size, 5.5em);
    }

    .overall-label {
      margin: 0 0 0 0.6em;
      font-size: 0.9em;
    }

    [part='legend'] {
      display: block;
    }

    [part='base'] > [part='legend'] {
      margin-bottom: 1em;
    }

    .notch {
      font-size: 0.75em;
    }

    .tools {
      flex-basis: 100%;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      margin: -0.25em 0 0;
    }

    .tools > * {
      margin: 0.25em 1em 0.25em 0;
    }

    button {
      font: inherit;
    }

    [part='expand-all'],
    [part='retry'] {
      padding: 0.35em 0.9em;
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_accent);
      font-weight: 600;
    }

    /* Separate buttons, not one clipped group: a focus ring must show whole. */
    [part='headline'] button,
    [part='languages'] button {
      /* A language's name, or a count, in one piece, also on a 320 px phone (the host breaks long words). */
      white-space: nowrap;
      margin-right: 0.25em;
      padding: 0.35em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }

    /* The counts wrap as text does, a line apart. */
    [part='headline'] {
      flex-basis: 100%;
    }

    [part='headline'] button {
      margin-bottom: 0.25em;
    }

    button[aria-pressed='true'] {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_surface);
      font-weight: 600;
    }

    /* Forced colours would leave only the weight to tell the chosen language or count. */
    @media (forced-colors: active) {
      button[aria-pressed='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }

    a {
      color: inherit;
    }

    [part='notice'],
    [part='stale'],
    [part='ended'] {
      margin: 0 0 1em;
      padding: 0.5em 0.75em;
      border-left: 0.3em solid var(--_status-at-risk);
      background: var(--_surface);
      color: var(--_text);
    }

    [part='notice'],
    [part='ended'] {
      border-left-color: var(--_muted);
    }

    [part='list'] {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(18em, 1fr));
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
      grid-gap: 1em;
      align-items: start;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    :host([layout='list']) [part='list'] {
      grid-template-columns: 100%;
    }

    /* An open card takes the whole row, so that no hole opens beside it; the cards keep the feed's order. */
    [part='list'] > .open {
      grid-column: 1 / -1;
    }

    [part='empty'],
    [part='error'],
    [part='check'] {
      margin: 0;
      padding: 1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }

    [part='error'] {
      border-left: 0.3em solid var(--_status-off-track);
    }

    [part='error'] p {
      margin: 0 0 0.5em;
    }

    [part='check'] {
      margin-bottom: 1em;
      border-style: dashed;
    }

    [part='check-title'] {
      margin: 0;
      font-size: 1em;
    }

    [part='error-details'] {
      margin-top: 0.5em;
      font-size: 0.9em;
    }

    /* A target of 24 px and more (WCAG 2.5.8) in the smaller type, the text-spacing override's line height too. */
    summary {
      padding: 0.1em 0;
    }

    [part='error-details'] p,
    ul {
      margin: 0.5em 0 0;
    }

    /* The problem lists (the cards' list is an ol). */
    ul {
      padding-left: 1.25em;
    }

    [part='loading'] {
      display: grid;
      grid-template-rows: 2em 1fr;
      grid-gap: 1em;
      min-height: var(--plan-loading-height, 24em);
    }

    [part='loading'] > div {
      border-radius: var(--_radius);
      background: var(--_border);
      opacity: 0.4;
    }

    [part='loading'] > :first-of-type {
      width: 60%;
    }

    /* Phones: the plan's title and ring and the first cards in the first screen. The expand-all button
       joins the ring's row. */
    @media (max-width: 30em) {
      [part='header'] {
        margin-bottom: 0.5em;
      }
      [part='header'] > * {
        margin-bottom: 0.4em;
      }
      [part='title'] {
        font-size: 1.25em;
      }
      [part='ring'] {
        --plan-ring-size: var(--plan-overall-ring-size, 4em);
      }
      .overall-label {
        max-width: 5em;
      }
      .tools {
        display: contents;
      }
      .meta,
      [part='plan-summary'],
      [part='notice'],
      [part='stale'],
      [part='ended'] {
        font-size: 0.85em;
        line-height: 1.5;
      }
      [part='languages'] button,
      [part='headline'] button {
        padding: 0.2em 0.5em;
      }
      [part='headline'] {
        font-size: 0.9em;
      }
      [part='list'] {
        grid-gap: 0.625em;
      }
    }

    /* On paper, the plan's link with its address (a[href]::after), without the buttons. */
    @media print {
      .tools > :not([part='plan-link']),
      [part='retry'] {
        display: none;
      }
      [part='title'] {
        word-break: keep-all;
        overflow-wrap: break-word;
      }
      a[href]::after {
        content: ' (' attr(href) ')';
      }
      [part='list'] {
        display: block;
      }
      [part='list'] > li + li {
        margin-top: 1em;
      }
      /* Paper leaves out backgrounds: the chosen count keeps its border and weight. */
      button[aria-pressed='true'] {
        background: none;
        color: inherit;
      }
    }
  `,
];
