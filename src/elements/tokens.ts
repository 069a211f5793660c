import { css, unsafeCSS } from 'lit';

/*
 * The custom properties sites set (docs/elements.md), with their light defaults. Each element resolves
 * them into private `--_name` variables on its own :host, so that a value set on an outer
 * <plan-summary> reaches every card and ring, and the stylesheets hold no template placeholders
 * (which the build's CSS minifier cannot read). `text` is the text colour of what the widget paints a
 * background behind (cards, buttons, notes), so that a page's colour mode, which forces its own colour
 * and background on the host, leaves it readable; elsewhere text colour and font have no default of
 * their own: they fall back to `inherit`, the page's, as the background does.
 */
const light = {
  text: '#1f2328',
  accent: '#1a6fb5',
  muted: '#57606a',
  surface: '#ffffff',
  border: '#d0d7de',
  'ring-track': '#848d97',
  radius: '0.5em',
  'status-not-started': '#6e7781',
  'status-in-progress': '#1a6fb5',
  'status-on-track': '#1a7f37',
  'status-at-risk': '#9a6700',
  'status-off-track': '#cf222e',
  'status-done': '#8250df',
};

const dark = {
  text: '#e6edf3',
  background: '#0d1117',
  accent: '#6cb6ff',
  muted: '#9ea7b3',
  surface: '#161b22',
  border: '#3d444d',
  'ring-track': '#656c76',
  'status-not-started': '#9ea7b3',
  'status-in-progress': '#6cb6ff',
  'status-on-track': '#4ac26b',
  'status-at-risk': '#d29922',
  'status-off-track': '#ff7b72',
  'status-done': '#b692f6',
};

const declarations = (entries: [string, string][]) => entries.map(([name, value]) => `${name}:${value}`).join(';');

/**
 * What every element's :host shares: `--_accent: var(--plan-accent, #1a6fb5)` and the other tokens,
 * the page's text colour and font unless a token sets them, upright text (Chinese fonts have no
 * italics, and a page's italic would reach the widget as a slanted fake), lines broken by the
 * strict CJK rules, and long words or URLs broken where they would overflow: `word-break:
 * break-word`, unlike `overflow-wrap: break-word`, also lets such a word shrink the flex or grid item
 * it sits in, and unlike `overflow-wrap: anywhere` Chromium 72 knows it.
 *
 * The other inherited text properties a page sets for its own layout (a framework template's
 * `text-align: center`, a `white-space: pre` block, spaced capitals, a tight or loose line height)
 * stop at the outermost host; the page's own rules on the element itself still win, as the WCAG
 * text-spacing override does. The cards and rings inside another element of the widget inherit
 * instead, or they would stop that override again: they are the ones with `exportparts`, which
 * their parent always sets.
 */
export const hostStyles = unsafeCSS(
  `:host{${declarations(Object.entries(light).map(([name, value]) => [`--_${name}`, `var(--plan-${name},${value})`]))};` +
    'color:var(--plan-text,inherit);font-family:var(--plan-font-family,inherit);font-style:normal;line-break:strict;word-break:break-word}' +
    ':host(:not([exportparts])){text-align:left;white-space:normal;text-transform:none;letter-spacing:normal;line-height:1.6}' +
    ':host([hidden]){display:none}' +
    // The browsers' own focus rings fall under 3:1 on the dark surfaces, and Firefox draws none on a
    // button with a background of its own. Engines without :focus-visible keep theirs.
    ':focus-visible{outline:.15em solid var(--_accent);outline-offset:.15em}' +
    // Paper is white and printers leave out backgrounds: dark text, whatever colours a theme or the
    // page (a dark page's light text, on the element itself) sets.
    '@media print{:host{--_text:#000;--_muted:#57606a;--_surface:#fff;color:#000!important}}' +
    // Borders at 3:1 and more for visitors who ask for more contrast.
    '@media (prefers-contrast:more){:host{--_border:var(--_muted)}}' +
    // A page's cursor (the big one of an accessibility toolbar, set on html and body) also over controls.
    'a,button{cursor:inherit}' +
    // Rendered, so that it counts in the host's innerText, but out of sight: page-tools.ts.
    '::slotted([slot=hovered-text]){position:absolute!important;height:1px!important;overflow:hidden!important;clip-path:inset(50%)!important}',
);

const darkDeclarations = `${declarations(Object.entries(dark).map(([name, value]) => [`--plan-${name}`, value]))};color-scheme:dark`;

/** The dark palette, for `theme="dark"`, and for `theme="auto"` when the visitor prefers dark. */
export const themeStyles = unsafeCSS(
  // On screen only: paper is white, and light text on it would be unreadable.
  `@media screen{:host([theme=dark]){${darkDeclarations}}}@media screen and (prefers-color-scheme:dark){:host([theme=auto]){${darkDeclarations}}}`,
);

/**
 * Text hidden on screen but read by screen readers. The negative margin cancels its pixel and any
 * margin of its own (a paragraph's 1em), which would otherwise reach past the widget's end and add
 * to the page's height.
 */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
