import { isoDateToTime } from '../feed/progress.js';

/*
 * Formatting with Intl in the widget's own locale. Formatters are cached per locale because a
 * summary formats a date or number for every card. Options stay within what Chromium 71 knows
 * (no `dateStyle`, no `Intl.Locale`).
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  key: string,
  create: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A tag Intl accepts: the given one when valid, else `en`. */
function intlLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** `65%` for 65 (a percentage from 0 to 100), rounded to a whole number. */
export function formatPercent(value: number, locale: string): string {
  const tag = intlLocale(locale);
  return cached(`percent|${tag}`, () =>
    new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(value / 100);
}

export function formatNumber(value: number, locale: string): string {
  const tag = intlLocale(locale);
  return cached(`number|${tag}`, () => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 })).format(value);
}

/** `23 August 2023`, `2023年8月23日`: an ISO date read as a calendar day, wherever the visitor is. */
export function formatDate(iso: string, locale: string): string {
  const tag = intlLocale(locale);
  return cached(`date|${tag}`, () =>
    new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  ).format(isoDateToTime(iso.slice(0, 10)));
}

/** `3 months ago`, `3个月前`: the age of something `days` old, in the largest fitting unit. */
export function formatAge(days: number, locale: string): string {
  const tag = intlLocale(locale);
  const format = cached(`age|${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));
  if (days >= 365) return format.format(-Math.floor(days / 365), 'year');
  if (days >= 30) return format.format(-Math.floor(days / 30), 'month');
  return format.format(-days, 'day');
}
