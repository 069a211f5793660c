import { matchLocale } from '../feed/text.js';

/** The interface locales, each named in itself, as the switcher shows them. */
const OWN_NAMES: Record<string, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

/**
 * A language named in its own language: `zh-TW` → 繁體中文, `en-GB` → English. Other languages keep
 * their tag: Intl.DisplayNames would name them, but Chromium 71 lacks it and the bytes count.
 */
export function languageName(tag: string): string {
  const known = matchLocale(tag, Object.keys(OWN_NAMES));
  return known === undefined ? tag : OWN_NAMES[known]!;
}
