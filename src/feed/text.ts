import type { Text } from './schema.js';
import { memo } from '../memo.js';

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
 * `localeFallbacks` in lower case, kept per locale: a render matches every feed text against its
 * locale, a few locales thousands of times.
 */
const lowerCaseFallbacks = new Map<string, readonly string[]>();

/**
 * The best of `available` for `locale` by the same fallback chain, compared without regard to case;
 * undefined when none fits.
 */
export function matchLocale<T extends string>(locale: string, available: readonly T[]): T | undefined {
  const chain = memo(lowerCaseFallbacks, locale, () => localeFallbacks(locale).map((tag) => tag.toLowerCase()));
  for (const tag of chain) {
    // The last of tags that differ only in case, as a JSON object's last repeated key wins.
    for (let i = available.length - 1; i >= 0; i--) {
      if (available[i]!.toLowerCase() === tag) return available[i];
    }
  }
  return undefined;
}

/**
 * Feed text whose bidi embeddings and overrides (U+202A, U+202B, U+202D, U+202E) are all closed at its
 * end, so that a U+202E in an action's title cannot turn the widget's own "(due 21 March 2024)"
 * after it around. Isolates (U+2066–U+2069) are dropped: Chromium 72, and 80 inside a button,
 * scramble the text around them, and an unclosed one would reach past the text too.
 */
export function closeBidi(text: string): string {
  let open = 0;
  const kept = text.replace(/[\u202a-\u202e\u2066-\u2069]/g, (mark) => {
    if (mark >= '\u2066') return '';
    // A pop with nothing open closes nothing.
    if (mark !== '\u202c') open++;
    else if (open > 0) open--;
    return mark;
  });
  return kept + '\u202c'.repeat(open);
}

/**
 * The entry of a text object to show for `locale`: the tag and its parents, then the plan's default
 * locale and its parents, then the first entry (docs/feed-format.md).
 */
function entryFor(text: Readonly<Record<string, string>>, locale: string, defaultLocale: string): string | undefined {
  const keys = Object.keys(text);
  return matchLocale(locale, keys) ?? matchLocale(defaultLocale, keys) ?? keys[0];
}

/** The text to show for `locale` (`entryFor`), its bidi controls closed (`closeBidi`). */
export function resolveText(text: Text | undefined, locale: string, defaultLocale = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return closeBidi(text);
  const key = entryFor(text, locale, defaultLocale);
  return key === undefined ? '' : closeBidi(text[key] ?? '');
}

/**
 * The language of the text `resolveText` shows, for its `lang`: the tag of the entry shown, which
 * may be another than `locale` when the text has none in it; a plain string is in `defaultLocale`.
 */
export function textLanguage(text: Text | undefined, locale: string, defaultLocale = 'en'): string {
  return (typeof text === 'object' ? entryFor(text, locale, defaultLocale) : undefined) ?? defaultLocale;
}
