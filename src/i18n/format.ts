import { str } from '@lit/localize';
import { isoDateToTime } from '../feed/progress.js';
import { closeBidi } from '../feed/text.js';
import type { Measure } from '../feed/schema.js';
import { msg } from './localize.js';
import { memo } from '../memo.js';

/*
 * Formatting with Intl in the widget's own locale, which the elements hand over canonical (see
 * canonicalLocale). Formatters are cached per locale because a summary formats a date or number for
 * every card. Options stay within what Chromium 71 knows (no `dateStyle`, no `Intl.Locale`).
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, create: () => T): T {
  return memo(cache, key, create) as T;
}

/** `65%` for 65 (a percentage from 0 to 100), rounded to a whole number, or to `fractionDigits` decimals at most. */
export function formatPercent(value: number, locale: string, fractionDigits = 0): string {
  return cached(
    `percent${fractionDigits}|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }),
  ).format(value / 100);
}

/** `12,345.67`: grouped as the locale groups, with two decimals at most and none for a whole number. */
export function formatNumber(value: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

/** Whether a measure's unit is the percent sign, which its figures then carry themselves: `98%`. */
export function isPercentUnit(unit: string): boolean {
  return /^\s*[%％]\s*$/.test(unit);
}

/** A value of a measure: `98%` when its unit is % (`isPercentUnit`), else `1,200`. */
export function formatFigure(value: number, percent: boolean, locale: string): string {
  return percent ? formatPercent(value, locale, 2) : formatNumber(value, locale);
}

/**
 * A measure's figures, in the active interface locale: the current value (`–` when unknown), and the
 * note after it with the target and the baseline when given, `98%` and ` (target 100%, from 0%)`, or
 * `30` and ` (target 40)`. A unit other than % is a feed text in its own language, which the element
 * writes after the current value: `30 schools (target 40)`.
 */
export function formatMeasure(
  { current, target, baseline }: Pick<Measure, 'current' | 'target' | 'baseline'>,
  percent: boolean,
  locale: string,
): [current: string, note: string] {
  const figure = (value: number) => formatFigure(value, percent, locale);
  const goal = target === undefined ? '' : figure(target);
  const from = baseline === undefined ? '' : figure(baseline);
  return [
    current === undefined ? '–' : figure(current),
    from === ''
      ? goal && msg(str` (target ${goal})`, { id: 'measure-target' })
      : goal
        ? msg(str` (target ${goal}, from ${from})`, { id: 'measure-target-baseline' })
        : msg(str` (from ${from})`, { id: 'measure-baseline' }),
  ];
}

/** Dates as formatted, by locale and day: a long plan shows the same few dates on every card. */
const formattedDates = new Map<string, string>();

/**
 * `23 August 2023`, `2023年8月23日`: an ISO date read as a calendar day, wherever the visitor is. A
 * value that is no date (a standalone card's priority is not validated) is shown as it is written.
 */
export function formatDate(iso: string, locale: string): string {
  const day = String(iso).slice(0, 10);
  const time = isoDateToTime(day);
  if (Number.isNaN(time)) return closeBidi(String(iso));
  return memo(formattedDates, `${locale}|${day}`, () =>
    cached(
      `date|${locale}`,
      () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
    ).format(time),
  );
}

/** `3 months ago`, `3个月前`: the age of something `days` old, in the largest fitting unit. */
export function formatAge(days: number, locale: string): string {
  const format = cached(`age|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (days >= 365) return format.format(-Math.floor(days / 365), 'year');
  if (days >= 30) return format.format(-Math.floor(days / 30), 'month');
  return format.format(-days, 'day');
}

/**
 * Makes the formatters that the first render of `locale` needs: the header's dates and percentages
 * (the cards' closed details, with their numbers, come in later tasks; a card open from the start
 * makes its number formatter in the first render). A page's first Intl formatter
 * costs tens of milliseconds (ICU loads its data): made while the feed is on its way, that work stays
 * out of the task that renders the plan.
 */
export function prepareFormatters(locale: string): void {
  formatDate('2000-01-01', locale);
  formatPercent(0, locale);
}
