import { css } from 'lit';
import { hostStyles } from './tokens.js';

// Sizes are read with fallbacks, not declared on :host, so that values set on an outer element reach the ring.
export const ringStyles = [
  hostStyles,
  css`
    :host {
      display: inline-grid;
      place-items: center;
      width: var(--plan-ring-size, 3.5em);
      height: var(--plan-ring-size, 3.5em);
      flex: none;
      vertical-align: middle;
    }

    svg,
    [part='value'] {
      grid-area: 1 / 1;
    }

    svg {
      width: 100%;
      height: 100%;
      overflow: visible;
    }

    circle {
      fill: none;
      stroke-width: var(--plan-ring-thickness, 10%);
    }

    /* Thinner than the indicator, whose ends then stand out against the background, not only the track. */
    [part='track'] {
      stroke: var(--_ring-track);
      stroke-width: calc(var(--plan-ring-thickness, 10%) * 0.4);
    }

    [part='indicator'] {
      stroke: var(--plan-ring-color, var(--_accent));
      stroke-linecap: round;
      transition: stroke-dashoffset 0.6s ease-out;
    }

    /* A filled notch outside the track, pointing at it: no dash that could read as the ring's start. */
    [part='marker'] {
      fill: currentColor;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linejoin: round;
    }

    [part='value'] {
      /* Small enough that "100%" stays inside the hole also with the WCAG text-spacing override. */
      font-size: calc(var(--plan-ring-size, 3.5em) * 0.19);
      font-weight: 600;
      line-height: 1;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    @media (prefers-reduced-motion: reduce) {
      [part='indicator'] {
        transition: none;
      }
    }

    /* SVG strokes keep their colours in forced colours and on paper: the track would vanish. */
    @media (forced-colors: active) {
      [part='track'] {
        stroke: GrayText;
      }
      [part='indicator'] {
        stroke: Highlight;
      }
      [part='marker'] {
        fill: CanvasText;
        stroke: CanvasText;
      }
    }
  `,
];
