import { escapeHtml } from '../cli/fallback.js';
import { attributesOf, customPropertiesOf, folder } from './settings.js';
import type { Settings } from './settings.js';

/** How a site places the widget: docs/embed.md and docs/recipes.md. */
export const VARIANTS = ['module', 'classic', 'iframe', 'fallback'] as const;
export type Variant = (typeof VARIANTS)[number];

/** What a snippet takes from the feed rather than from the settings. */
export interface SnippetContext {
  /** The iframe's `title` (its name for screen readers): the plan's title. */
  readonly frameTitle?: string;
  /** The HTML visitors without the script see (`fallbackHtml`), for the `fallback` variant. */
  readonly fallback?: string;
  /** The feed as JSON text, placed inside the element when the settings give no `src`. */
  readonly inlineFeed?: string;
}

/** The file each variant loads from the widget's folder. */
export const SCRIPT_FILES = {
  module: 'plan-widgets.js',
  classic: 'plan-widgets.iife.js',
  embed: 'embed.html',
  embedParent: 'embed-parent.js',
} as const;

/** The boolean attributes: written bare in the element, `=1` in the embed page's query. */
const BOOLEANS: ReadonlySet<string> = new Set(['hide-ring', 'hide-header']);

/** The iframe's height until the parent script sizes it (docs/embed.md). */
export const FRAME_HEIGHT = 600;

/**
 * A query-string value that stays readable: percent-encoded, then spaces as `+` and the `/`, `:` and
 * `,` a path or a list holds put back (they mean nothing special after `=`).
 */
function queryValue(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+').replace(/%2F/gi, '/').replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/** `embed.html?src=…&lang=…`: the embed page's address for the settings (docs/embed.md, Query parameters). */
export function embedUrl(settings: Settings): string {
  const query = attributesOf(settings)
    .map(([name, value]) => `${name}=${BOOLEANS.has(name) ? '1' : queryValue(value)}`)
    .join('&');
  return `${folder(settings.scriptBase)}${SCRIPT_FILES.embed}${query ? `?${query}` : ''}`;
}

/** `<plan-summary …>`'s opening tag: only the attributes that differ from the defaults. */
export function openingTag(settings: Settings): string {
  const attributes = attributesOf(settings).map(([name, value]) =>
    BOOLEANS.has(name) ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`,
  );
  return `<plan-summary${attributes.join('')}>`;
}

/** The `<style>` rule for the custom properties that are set; '' when none is. */
export function styleRule(settings: Settings): string {
  const declarations = customPropertiesOf(settings).map(([name, value]) => `    ${name}: ${value};\n`);
  return declarations.length === 0 ? '' : `<style>\n  plan-summary {\n${declarations.join('')}  }\n</style>\n`;
}

/** A feed inside the element: `<` written `\u003c` (the same JSON), so no `</script>` or `<!--` can end it. */
function inlineScript(json: string): string {
  return `  <script type="application/json">\n    ${json.trim().replace(/</g, '\\u003c')}\n  </script>\n`;
}

/** The element, with the feed and the fallback content inside it when there are. */
function element(settings: Settings, context: SnippetContext, withFallback: boolean): string {
  const inline = settings.src.trim() === '' && context.inlineFeed ? inlineScript(context.inlineFeed) : '';
  const fallback = withFallback && context.fallback ? context.fallback.replace(/\n*$/, '\n') : '';
  const content = inline + fallback;
  return `${openingTag(settings)}${content ? `\n${content}` : ''}</plan-summary>\n`;
}

/** What a site pastes for `variant`: the script, the custom properties' rule and the element, or the iframe. */
export function snippet(settings: Settings, variant: Variant, context: SnippetContext = {}): string {
  const base = escapeHtml(folder(settings.scriptBase));
  switch (variant) {
    case 'iframe':
      return [
        '<iframe',
        `  src="${escapeHtml(embedUrl(settings))}"`,
        `  title="${escapeHtml(context.frameTitle ?? '')}"`,
        '  width="100%"',
        `  height="${FRAME_HEIGHT}"`,
        '  style="border: 0"',
        '></iframe>',
        `<script src="${base}${SCRIPT_FILES.embedParent}" defer></script>`,
        '',
      ].join('\n');
    case 'classic':
      return `<script src="${base}${SCRIPT_FILES.classic}"></script>\n${styleRule(settings)}${element(settings, context, false)}`;
    case 'module':
    case 'fallback':
      return `<script type="module" src="${base}${SCRIPT_FILES.module}"></script>\n${styleRule(settings)}${element(settings, context, variant === 'fallback')}`;
  }
}
