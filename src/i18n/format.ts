import { isoDateToTime } from '../feed/progress.js';
import { closeBidi } from '../feed/text.js';

/*
 * Formatting with Intl in the widget's own locale, which the elements hand over canonical (see
 * canonicalLocale). Formatters are cached per locale because a summary formats a date or number for
 * every card. Options stay within what Chromium 71 knows (no `dateStyle`, no `Intl.Locale`).
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, create: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/** `65%` for 65 (a percentage from 0 to 100), rounded to a whole number. */
export function formatPercent(value: number, locale: string): string {
  return cached(`percent|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(
    value / 100,
  );
}

export function formatNumber(value: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

/**
 * `23 August 2023`, `2023年8月23日`: an ISO date read as a calendar day, wherever the visitor is. A
 * value that is no date (a standalone card's priority is not validated) is shown as it is written.
 */
export function formatDate(iso: string, locale: string): string {
  const time = isoDateToTime(String(iso).slice(0, 10));
  if (Number.isNaN(time)) return closeBidi(String(iso));
  return cached(
    `date|${locale}`,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  ).format(time);
}

/** `3 months ago`, `3个月前`: the age of something `days` old, in the largest fitting unit. */
export function formatAge(days: number, locale: string): string {
  const format = cached(`age|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (days >= 365) return format.format(-Math.floor(days / 365), 'year');
  if (days >= 30) return format.format(-Math.floor(days / 30), 'month');
  return format.format(-days, 'day');
}

/**
 * Makes the formatters a render of `locale` needs. A page's first Intl formatter costs tens of
 * milliseconds (ICU loads its data): made while the feed is on its way, that work stays out of the
 * task that renders the plan.
 */
export function prepareFormatters(locale: string): void {
  formatDate('2000-01-01', locale);
  formatPercent(0, locale);
  formatNumber(0, locale);
}
