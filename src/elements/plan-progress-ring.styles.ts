import { css, unsafeCSS } from 'lit';
import { hostStyles } from './tokens.js';

/**
 * The box of a ring's drawing (`ringDrawing`), as the rule of `selector`: a `<plan-progress-ring>`'s
 * host, a card's `ring` part. Written as text, as tokens.ts's are: the build's CSS minifier reads no
 * placeholder. Sizes are read with fallbacks, not declared on :host, so that values set on an outer
 * element reach the ring.
 */
export const ringBox = (selector: string) =>
  unsafeCSS(
    `${selector}{display:inline-grid;place-items:center;width:var(--plan-ring-size,3.5em);height:var(--plan-ring-size,3.5em);flex:none;vertical-align:middle}`,
  );

/** A ring's drawing and percentage, by their parts: a card's shadow root holds other SVG. */
export const ringDrawingStyles = css`
  [part='svg'],
  [part='value'] {
    grid-area: 1 / 1;
  }

  [part='svg'] {
    width: 100%;
    height: 100%;
    overflow: visible;
  }

  [part='track'],
  [part='indicator'] {
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
`;

export const ringStyles = [hostStyles, ringBox(':host'), ringDrawingStyles];
