import { splitList } from '../feed/select.js';

/*
 * What the configurator edits: every attribute of <plan-summary>, three of its custom properties, and
 * where the site keeps the widget's files. Plain data and plain functions, tested directly
 * (test/configurator/snippet.test.ts); the snippet is written from these by snippet.ts and read back
 * into them by parse-snippet.ts.
 */

export const LAYOUTS = ['grid', 'list'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Layout = (typeof LAYOUTS)[number];
export type Theme = (typeof THEMES)[number];

/** The custom properties the configurator sets, by their settings key. */
export const CUSTOM_PROPERTIES = {
  accent: '--plan-accent',
  radius: '--plan-radius',
  fontFamily: '--plan-font-family',
} as const;
export type CustomPropertyKey = keyof typeof CUSTOM_PROPERTIES;

/** Their defaults (docs/elements.md), shown as placeholders and used by the colour picker. */
export const CUSTOM_PROPERTY_DEFAULTS: Record<CustomPropertyKey, string> = {
  accent: '#1a6fb5',
  radius: '0.5em',
  fontFamily: 'inherit',
};

export interface Settings {
  /** `src`: the feed's address on the site; '' leaves it out (the feed then sits inside the element). */
  readonly src: string;
  /** `priorities`: entries (ids or numbers) in order; null leaves it out (all, in feed order); [] shows none. */
  readonly priorities: readonly string[] | null;
  /** `expanded`: 'all', or entries (ids or numbers); [] leaves it out. */
  readonly expanded: 'all' | readonly string[];
  /** `lang`; '' leaves it out (the page's language, then the plan's). */
  readonly lang: string;
  /** `languages`, in the switcher's order; [] leaves it out (no switcher). */
  readonly languages: readonly string[];
  readonly layout: Layout;
  readonly theme: Theme;
  /** `heading-level`, 1–6. */
  readonly headingLevel: number;
  readonly hideRing: boolean;
  readonly hideHeader: boolean;
  /** `refresh`, in seconds; 0 leaves it out (never). */
  readonly refresh: number;
  /** `stale-after`, in days; null leaves it out. */
  readonly staleAfter: number | null;
  /** `--plan-accent`, `--plan-radius`, `--plan-font-family`; '' leaves each out. */
  readonly accent: string;
  readonly radius: string;
  readonly fontFamily: string;
  /** The folder holding plan-widgets.js, plan-widgets.iife.js and embed.html, ending in `/`. */
  readonly scriptBase: string;
}

export const DEFAULT_SCRIPT_BASE = '/static/plan-widgets/';

/** The element with no attribute at all: what `<plan-summary>` does by default. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  src: '',
  priorities: null,
  expanded: [],
  lang: '',
  languages: [],
  layout: 'grid',
  theme: 'light',
  headingLevel: 2,
  hideRing: false,
  hideHeader: false,
  refresh: 0,
  staleAfter: null,
  accent: '',
  radius: '',
  fontFamily: '',
  scriptBase: DEFAULT_SCRIPT_BASE,
});

/** A number of the attribute's text as the widget reads it (`Number`), or undefined when it is none. */
function finite(value: string): number | undefined {
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) ? number : undefined;
}

/**
 * A custom property's value that can sit in a `<style>` rule without ending the declaration, the rule
 * or the element: no `;`, braces, angle brackets, backslashes, comments or line breaks. Others are
 * left out of the snippet (and the configurator says so).
 */
export function isSafeCssValue(value: string): boolean {
  return value.trim() !== '' && !/[;{}<>\\\n\r\f]|\/\*|\*\//.test(value) && isBalanced(value);
}

/**
 * Quotes closed and brackets closed in order: `calc(1em` or `'Noto` would run on into the rest of the
 * snippet's rule and empty the declarations after it, though the preview, set property by property,
 * shows them.
 */
function isBalanced(value: string): boolean {
  const open: string[] = [];
  let quote: string | undefined;
  for (const character of value) {
    if (quote !== undefined) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '(' || character === '[') open.push(character === '(' ? ')' : ']');
    else if ((character === ')' || character === ']') && open.pop() !== character) return false;
  }
  return quote === undefined && open.length === 0;
}

/** A folder as the snippet writes it: ending in `/` (an empty one is the page's own folder). */
export function folder(path: string): string {
  const trimmed = path.trim();
  // A path or an http(s) address: `javascript:…` in a pasted snippet would run where the snippet goes.
  if (/^[a-z][a-z\d+.-]*:/i.test(trimmed) && !/^https?:/i.test(trimmed)) return folder(DEFAULT_SCRIPT_BASE);
  return trimmed === '' || trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** The attribute names of `<plan-summary>`, in the order the snippet writes them. */
export const ATTRIBUTES = [
  'src',
  'priorities',
  'expanded',
  'lang',
  'languages',
  'layout',
  'theme',
  'heading-level',
  'hide-ring',
  'hide-header',
  'refresh',
  'stale-after',
] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/**
 * The attributes that differ from the defaults, in the snippet's order, with their values as written
 * (booleans as ''): the element a snippet writes and the live preview gets.
 */
export function attributesOf(settings: Settings): [AttributeName, string][] {
  const attributes: [AttributeName, string][] = [];
  const add = (name: AttributeName, value: string) => attributes.push([name, value]);
  if (settings.src.trim() !== '') add('src', settings.src.trim());
  if (settings.priorities !== null) add('priorities', settings.priorities.join(' '));
  if (settings.expanded === 'all') add('expanded', 'all');
  // `ALL` opens every card too: written as the widget's own word.
  else if (settings.expanded.length > 0)
    add('expanded', settings.expanded.join(' ').toLowerCase() === 'all' ? 'all' : settings.expanded.join(' '));
  if (settings.lang.trim() !== '') add('lang', settings.lang.trim());
  if (settings.languages.length > 0) add('languages', settings.languages.join(' '));
  if (settings.layout !== DEFAULT_SETTINGS.layout) add('layout', settings.layout);
  if (settings.theme !== DEFAULT_SETTINGS.theme) add('theme', settings.theme);
  if (settings.headingLevel !== DEFAULT_SETTINGS.headingLevel) add('heading-level', String(settings.headingLevel));
  if (settings.hideRing) add('hide-ring', '');
  if (settings.hideHeader) add('hide-header', '');
  if (settings.refresh > 0) add('refresh', String(settings.refresh));
  if (settings.staleAfter !== null) add('stale-after', String(settings.staleAfter));
  return attributes;
}

/** The custom properties that are set, and safe to write, as `[name, value]`. */
export function customPropertiesOf(settings: Settings): [string, string][] {
  return (Object.keys(CUSTOM_PROPERTIES) as CustomPropertyKey[])
    .filter((key) => isSafeCssValue(settings[key]))
    .map((key) => [CUSTOM_PROPERTIES[key], settings[key].trim()]);
}

/** What reading one attribute gave: the settings it changes, or a problem in it. */
type AttributeReading = { readonly change: Partial<Settings> } | { readonly problem: 'value' };

/**
 * Settings from one attribute's value, as `<plan-summary>` reads it: an attribute's text, or null for
 * an absent one (a boolean's presence). Unknown names give undefined.
 */
export function readAttribute(name: string, value: string): AttributeReading | undefined {
  const trimmed = value.trim();
  switch (name) {
    case 'src':
      return { change: { src: trimmed } };
    case 'priorities':
      return { change: { priorities: splitList(value) } };
    case 'expanded': {
      const entries = splitList(value);
      return { change: { expanded: entries.join().toLowerCase() === 'all' ? 'all' : entries } };
    }
    case 'lang':
      return { change: { lang: trimmed } };
    case 'languages':
      return { change: { languages: splitList(value) } };
    case 'layout':
      return (LAYOUTS as readonly string[]).includes(trimmed) ? { change: { layout: trimmed as Layout } } : { problem: 'value' };
    case 'theme':
      return (THEMES as readonly string[]).includes(trimmed) ? { change: { theme: trimmed as Theme } } : { problem: 'value' };
    case 'heading-level': {
      const level = finite(trimmed);
      return level !== undefined && Number.isInteger(level) && level >= 1 && level <= 6
        ? { change: { headingLevel: level } }
        : { problem: 'value' };
    }
    case 'hide-ring':
      return { change: { hideRing: true } };
    case 'hide-header':
      return { change: { hideHeader: true } };
    case 'refresh': {
      const seconds = finite(trimmed);
      return seconds !== undefined && seconds >= 0 ? { change: { refresh: seconds } } : { problem: 'value' };
    }
    case 'stale-after': {
      const days = finite(trimmed);
      return days !== undefined && days >= 0 ? { change: { staleAfter: days } } : { problem: 'value' };
    }
    default:
      return undefined;
  }
}
