import { effectiveStatus } from './progress.js';
import type { PlanPriority, Status, StatusRule } from './schema.js';

/** The order of a report's headline: what is done first, then from on track to behind, then what has not started. */
const HEADLINE_ORDER: readonly Status[] = ['done', 'on-track', 'in-progress', 'at-risk', 'off-track', 'not-started'];

export interface StatusCount {
  readonly status: Status;
  readonly count: number;
}

type Rated = Pick<PlanPriority, 'status' | 'progress' | 'actions'>;

/**
 * How many of `priorities` have each status, the status a card shows (`effectiveStatus`), in
 * headline order; a status none has is left out.
 */
export function statusCounts(priorities: readonly Rated[], expected: number | undefined, rule?: StatusRule): StatusCount[] {
  const statuses = priorities.map((priority) => effectiveStatus(priority, expected, rule));
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

/** The priorities whose status is `status`; all of them when it is undefined. */
export function withStatus<T extends Rated>(
  priorities: readonly T[],
  status: Status | undefined,
  expected: number | undefined,
  rule?: StatusRule,
): readonly T[] {
  return status === undefined
    ? priorities
    : priorities.filter((priority) => effectiveStatus(priority, expected, rule) === status);
}
