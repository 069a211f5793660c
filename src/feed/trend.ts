import { isoDateToTime } from './progress.js';
import type { HistoryEntry } from './schema.js';

/** The drawing's size in SVG units: four times as wide as high, as the card draws it (5em by 1.25em). */
export const TREND_WIDTH = 100;
export const TREND_HEIGHT = 25;

export interface Trend {
  /** The line through every value, as an SVG polyline's `points`: time runs left to right, values up. */
  readonly points: string;
  /** Where the line ends: the last value. */
  readonly end: readonly [number, number];
  readonly first: HistoryEntry;
  readonly last: HistoryEntry;
  /** The value before the last. */
  readonly previous: HistoryEntry;
  /** The last value less the one before it. */
  readonly change: number;
}

/**
 * A measure's dated values as a line, oldest first: each value placed by its date across the width, from the lowest value at the bottom to the highest at the top (a flat
 * line in the middle when all are equal). Values on one day only are spaced evenly instead.
 * Undefined for fewer than two values, which make no line.
 */
export function trend(given: readonly HistoryEntry[] | undefined): Trend | undefined {
  // Oldest first whatever the feed's order, and only real figures: a standalone card's priority is not validated.
  const history = (given ?? [])
    .filter((entry) => Number.isFinite(entry.value) && Number.isFinite(isoDateToTime(String(entry.date))))
    .sort((a, b) => isoDateToTime(a.date) - isoDateToTime(b.date));
  if (history.length < 2) return undefined;
  const times = history.map((entry) => isoDateToTime(entry.date));
  const values = history.map((entry) => entry.value);
  const start = times[0]!;
  const span = times[times.length - 1]! - start;
  const low = Math.min(...values);
  const range = Math.max(...values) - low;
  const points = history.map((entry, index): [number, number] => [
    (span > 0 ? (times[index]! - start) / span : index / (history.length - 1)) * TREND_WIDTH,
    range > 0 ? TREND_HEIGHT - ((entry.value - low) / range) * TREND_HEIGHT : TREND_HEIGHT / 2,
  ]);
  const last = history[history.length - 1]!;
  const previous = history[history.length - 2]!;
  return {
    points: points.map((point) => point.join(',')).join(' '),
    end: points[points.length - 1]!,
    first: history[0]!,
    last,
    previous,
    change: last.value - previous.value,
  };
}
