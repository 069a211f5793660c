import type { Status } from './schema.js';

/** The order of a report's headline: what is done first, then from on track to behind, then what has not started. */
const HEADLINE_ORDER: readonly Status[] = ['done', 'on-track', 'in-progress', 'at-risk', 'off-track', 'not-started'];

export interface StatusCount {
  readonly status: Status;
  readonly count: number;
}

/**
 * How many of `statuses` (each priority's, as its card shows it: `effectiveStatus`) are each status,
 * in headline order; a status none has is left out.
 */
export function statusCounts(statuses: readonly Status[]): StatusCount[] {
  return HEADLINE_ORDER.map((status) => ({ status, count: statuses.filter((each) => each === status).length })).filter(
    ({ count }) => count > 0,
  );
}

/** The share of the counted priorities that are done, in percent; undefined when none is counted. */
export function completionRate(counts: readonly StatusCount[]): number | undefined {
  const total = counts.reduce((sum, { count }) => sum + count, 0);
  const done = counts.reduce((sum, { status, count }) => (status === 'done' ? sum + count : sum), 0);
  return total > 0 ? (done / total) * 100 : undefined;
}

/**
 * The priorities whose status, at the same place in `statuses`, is `status`; all of them when it is
 * undefined.
 */
export function withStatus<T>(priorities: readonly T[], statuses: readonly Status[], status: Status | undefined): readonly T[] {
  return status === undefined ? priorities : priorities.filter((_, index) => statuses[index] === status);
}
