import type { Text } from './schema.js';

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * A Chinese tag without a script gets the script its region implies (`zh-TW` → `zh-Hant-TW`,
 * `zh-CN` and bare `zh` → `zh-Hans…`), since feeds key their Chinese texts by script. Other tags
 * are returned as given.
 */
export function addImpliedScript(locale: string): string {
  const subtags = locale.split('-').filter(Boolean);
  const [language, second] = subtags;
  if (language?.toLowerCase() !== 'zh' || (second !== undefined && second.length === 4)) {
    return subtags.join('-');
  }
  const region = second?.toLowerCase() ?? '';
  const script = TRADITIONAL_REGIONS.has(region) ? 'Hant' : 'Hans';
  return ['zh', script, ...subtags.slice(1)].join('-');
}

/** The tags to try for `locale`, most specific first: `zh-TW` → `zh-Hant-TW`, `zh-Hant`, `zh`. */
export function localeFallbacks(locale: string): string[] {
  const subtags = addImpliedScript(locale).split('-').filter(Boolean);
  const chain: string[] = [];
  for (let length = subtags.length; length > 0; length--) {
    chain.push(subtags.slice(0, length).join('-'));
  }
  return chain;
}

/**
 * The best of `available` for `locale` by the same fallback chain, compared without regard to case;
 * undefined when none fits.
 */
export function matchLocale<T extends string>(locale: string, available: readonly T[]): T | undefined {
  const byLowerCase = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  for (const tag of localeFallbacks(locale)) {
    const match = byLowerCase.get(tag.toLowerCase());
    if (match !== undefined) return match;
  }
  return undefined;
}

/** Right-to-left letters and the bidi controls: characters that can reorder the text after them. */
const BIDI_CHARACTERS = /[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * Feed text that holds such characters, between a first-strong isolate and its closing pop: a
 * U+202E in an action's title must not turn the widget's own "(due 21 March 2024)" after it around.
 */
export function isolateBidi(text: string): string {
  return BIDI_CHARACTERS.test(text) ? `\u2068${text}\u2069` : text;
}

/**
 * The text to show for `locale`: the tag and its parents, then the plan's default locale and its
 * parents, then the first entry (docs/feed-format.md); bidi-isolated (`isolateBidi`).
 */
export function resolveText(text: Text | undefined, locale: string, defaultLocale = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return isolateBidi(text);
  const keys = Object.keys(text);
  const key = matchLocale(locale, keys) ?? matchLocale(defaultLocale, keys) ?? keys[0];
  return key === undefined ? '' : isolateBidi(text[key] ?? '');
}
