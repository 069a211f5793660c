import { CUSTOM_PROPERTIES, DEFAULT_SETTINGS, isSafeCssValue, readAttribute } from './settings.js';
import type { CustomPropertyKey, Settings } from './settings.js';
import { SCRIPT_FILES } from './snippet.js';
import type { Variant } from './snippet.js';

/** Something in a pasted snippet that the settings cannot hold; each is told to the editor. */
export type SnippetProblem =
  /** Neither a `<plan-summary>` nor an iframe of embed.html. */
  | { readonly kind: 'nothing' }
  /** More than one element: the first is read. */
  | { readonly kind: 'several' }
  /** An attribute, query parameter or custom property the configurator does not set: not kept. */
  | { readonly kind: 'not-kept'; readonly name: string }
  /** A value the widget would not read as meant: the default is kept. */
  | { readonly kind: 'value'; readonly name: string; readonly value: string };

export interface ParsedSnippet {
  readonly settings: Settings;
  readonly variant: Variant;
  /** The iframe's title. */
  readonly frameTitle?: string;
  /** The JSON text of a `<script type="application/json">` inside the element. */
  readonly inlineFeed?: string;
  readonly problems: readonly SnippetProblem[];
}

const CUSTOM_BY_NAME = new Map(
  (Object.entries(CUSTOM_PROPERTIES) as [CustomPropertyKey, string][]).map(([key, name]) => [name, key]),
);

/** The widget's boolean attributes, which the embed page reads as on unless `=0` or `=false`. */
const BOOLEANS = new Set(['hide-ring', 'hide-header']);

/** The folder of a script or page address that ends in `file` (with a query or a hash after it). */
function folderOf(address: string, file: string): string | undefined {
  const match = new RegExp(`^(.*?)${file.replace(/\./g, '\\.')}(?:[?#].*)?$`).exec(address.trim());
  return match?.[1];
}

/** `name: value` declarations of a CSS block (a rule's body, or a style attribute). */
function declarations(block: string): [string, string][] {
  return block
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(';')
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      return colon === -1
        ? undefined
        : ([declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()] as [string, string]);
    })
    .filter((entry): entry is [string, string] => entry !== undefined && entry[0] !== '');
}

/** The declarations of the rules of `css` whose selector names `plan-summary`. */
function summaryDeclarations(css: string): [string, string][] {
  const rules = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]*)\{([^{}]*)\}/g)];
  return rules
    .filter(([, selector]) => /(^|[^\w-])plan-summary(?![\w-])/.test(selector!))
    .flatMap(([, , body]) => declarations(body!));
}

/**
 * The settings a snippet gives: the attributes of its `<plan-summary>` (or the query of its embed.html
 * iframe), the custom properties of its `<style>` rules for `plan-summary` and of the element's `style`,
 * and the widget's folder from its script. The HTML is parsed into an inert document (DOMParser): none
 * of it runs or loads. What is not in the snippet takes its default; `scriptBase` stays as given when
 * the snippet has no script.
 */
export function settingsFromSnippet(text: string, scriptBase = DEFAULT_SETTINGS.scriptBase): ParsedSnippet {
  const document = new DOMParser().parseFromString(text, 'text/html');
  const problems: SnippetProblem[] = [];
  const changes: Partial<Settings>[] = [];
  const setAttribute = (name: string, value: string) => {
    const reading = readAttribute(name, value);
    if (reading === undefined) problems.push({ kind: 'not-kept', name });
    else if ('problem' in reading) problems.push({ kind: 'value', name, value });
    else changes.push(reading.change);
  };
  const setProperty = (name: string, value: string) => {
    const key = CUSTOM_BY_NAME.get(name);
    if (key === undefined) problems.push({ kind: 'not-kept', name });
    else if (!isSafeCssValue(value)) problems.push({ kind: 'value', name, value });
    else changes.push({ [key]: value });
  };

  const summaries = document.querySelectorAll('plan-summary');
  const frames = [...document.querySelectorAll('iframe')].filter(
    (frame) => folderOf(frame.getAttribute('src') ?? '', SCRIPT_FILES.embed) !== undefined,
  );
  const summary = summaries[0];
  const frame = summary === undefined ? frames[0] : undefined;
  if (summary === undefined && frame === undefined) {
    return { settings: { ...DEFAULT_SETTINGS, scriptBase }, variant: 'module', problems: [{ kind: 'nothing' }] };
  }
  if (summaries.length + frames.length > 1) problems.push({ kind: 'several' });

  let variant: Variant = 'module';
  let base: string | undefined;
  let frameTitle: string | undefined;
  let inlineFeed: string | undefined;
  if (frame !== undefined) {
    variant = 'iframe';
    const address = frame.getAttribute('src')!;
    base = folderOf(address, SCRIPT_FILES.embed);
    frameTitle = frame.getAttribute('title') ?? undefined;
    // The query as the embed page reads it (location.search): from the first `?` to a `#`.
    const search = address.split('#')[0]!;
    const query = new URLSearchParams(search.includes('?') ? search.slice(search.indexOf('?') + 1) : '');
    for (const [name, value] of query) {
      if (BOOLEANS.has(name)) {
        if (value !== '0' && value !== 'false') setAttribute(name, '');
      } else {
        setAttribute(name, value);
      }
    }
  } else if (summary !== undefined) {
    for (const { name, value } of summary.attributes) {
      if (name === 'style') declarations(value).forEach(([property, text]) => setProperty(property, text));
      else setAttribute(name, value);
    }
    for (const style of document.querySelectorAll('style')) {
      summaryDeclarations(style.textContent ?? '').forEach(([property, value]) => setProperty(property, value));
    }
    inlineFeed = summary.querySelector('script[type="application/json"]')?.textContent?.trim() || undefined;
    const content = [...summary.childNodes].some((node) =>
      node instanceof Element
        ? !node.matches('script[type="application/json"]')
        : node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
    );
    for (const script of document.querySelectorAll('script[src]')) {
      const address = script.getAttribute('src')!;
      const module = folderOf(address, SCRIPT_FILES.module);
      const classic = folderOf(address, SCRIPT_FILES.classic);
      if (module === undefined && classic === undefined) continue;
      base = module ?? classic;
      variant = classic !== undefined ? 'classic' : 'module';
      break;
    }
    if (content) variant = 'fallback';
  }
  const settings: Settings = Object.assign({ ...DEFAULT_SETTINGS, scriptBase: base ?? scriptBase }, ...changes);
  return { settings, variant, frameTitle, inlineFeed, problems };
}
