import { isStatus } from './schema.js';
import type { Action, Period, PlanPriority, Status, StatusRule } from './schema.js';

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch at the start of an ISO date (or the instant of a date-time), UTC. */
export function isoDateToTime(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}

/**
 * Progress of a priority in percent: `progress` when given, else the share of `actions` done,
 * else undefined (unknown, which is never 0).
 */
export function priorityProgress(priority: Pick<PlanPriority, 'progress' | 'actions'>): number | undefined {
  if (priority.progress !== undefined) return priority.progress;
  const actions = priority.actions ?? [];
  if (actions.length === 0) return undefined;
  return (actions.filter((action) => action.done === true).length / actions.length) * 100;
}

/**
 * The `weight`-weighted mean progress of the priorities whose progress is known; undefined when
 * none is.
 */
export function overallProgress(
  priorities: readonly (Pick<PlanPriority, 'progress' | 'actions'> & { weight?: number })[],
): number | undefined {
  const known = priorities.flatMap((priority) => {
    const progress = priorityProgress(priority);
    return progress === undefined ? [] : [{ progress, weight: priority.weight ?? 1 }];
  });
  // Weights relative to the largest, so that huge ones (1e308 each) cannot overflow their sum.
  const largest = Math.max(0, ...known.map(({ weight }) => weight));
  let weighted = 0;
  let totalWeight = 0;
  for (const { progress, weight } of known) {
    weighted += progress * (weight / largest);
    totalWeight += weight / largest;
  }
  return totalWeight > 0 ? weighted / totalWeight : undefined;
}

/**
 * The share of `period` elapsed at `now`, 0–100. The end date counts as a whole day, so the last
 * day of the period ends at 100.
 */
export function expectedProgress(period: Period | undefined, now: number): number | undefined {
  if (period === undefined) return undefined;
  const start = isoDateToTime(period.start);
  const end = isoDateToTime(period.end) + DAY_MS;
  if (!(end > start)) return now >= start ? 100 : 0;
  return Math.min(100, Math.max(0, ((now - start) / (end - start)) * 100));
}

/** The status rule a plan uses when it sets none: on track from 95 % of the expected progress, at risk from 85 %. */
const DEFAULT_STATUS_RULE: StatusRule = { basis: 'ratio', onTrack: 95, atRisk: 85 };

/** On track, at risk or behind, by `rule`, for `progress` against `expected` (both 0–100). */
function scheduleStatus(progress: number, expected: number, rule: StatusRule): Status {
  if (rule.basis === 'points') {
    const behind = expected - progress;
    return behind >= rule.offTrack ? 'off-track' : behind >= rule.atRisk ? 'at-risk' : 'on-track';
  }
  return progress >= (expected * rule.onTrack) / 100
    ? 'on-track'
    : progress >= (expected * rule.atRisk) / 100
      ? 'at-risk'
      : 'off-track';
}

/**
 * The status to show: a given `status` wins; otherwise derived from progress and, when the plan has
 * a period, from the progress expected by now, by `rule` (docs/feed-format.md). Once the period is
 * over (expected 100), an unfinished priority is never on track, whatever its feed said before.
 */
export function effectiveStatus(
  priority: Pick<PlanPriority, 'status' | 'progress' | 'actions'>,
  expected: number | undefined,
  rule: StatusRule = DEFAULT_STATUS_RULE,
): Status {
  const progress = priorityProgress(priority);
  // A standalone card's priority is not validated: `status: "toString"` is no status.
  const status = isStatus(priority.status) ? priority.status : derivedStatus(progress, expected, rule);
  const ended = expected !== undefined && expected >= 100;
  const finished = progress !== undefined && progress >= 100;
  if (status !== 'on-track' || !ended || finished) return status;
  const late = progress === undefined ? 'on-track' : scheduleStatus(progress, 100, rule);
  return late === 'on-track' ? 'at-risk' : late;
}

function derivedStatus(progress: number | undefined, expected: number | undefined, rule: StatusRule): Status {
  if (progress === undefined || progress === 0) return 'not-started';
  if (progress >= 100) return 'done';
  if (expected === undefined) return 'in-progress';
  return scheduleStatus(progress, expected, rule);
}

/** Whole days from `iso` to `now`, rounded down; negative for a date in the future. */
export function daysSince(iso: string, now: number): number {
  return Math.floor((now - isoDateToTime(iso)) / DAY_MS);
}

/**
 * The start of the visitor's day at `now`, on the scale of `isoDateToTime` (UTC midnights), so that a
 * feed's date and the visitor's today differ by whole days. `offset` is the visitor's time zone, as
 * `Date#getTimezoneOffset` gives it: in Beijing, 00:30 on 15 January is already the 15th.
 */
export function visitorToday(now: number, offset = new Date(now).getTimezoneOffset()): number {
  const local = now - offset * 60_000;
  return local - (local % DAY_MS);
}

/** Days within which an unfinished action's coming due date is told. */
export const DUE_SOON_DAYS = 14;

/**
 * Whole days from `today` (visitorToday) to an unfinished action's `due` date: 0 on the day, negative
 * once it has passed (overdue); NaN, which no comparison holds, for a done or undated action.
 */
export function daysLeft(action: Pick<Action, 'done' | 'due'>, today: number): number {
  // A standalone card's priority is not validated: `due: null` is no date, and a date-time counts as its day.
  return action.done === true || typeof action.due !== 'string' ? NaN : (isoDateToTime(action.due.slice(0, 10)) - today) / DAY_MS;
}

/** How many unfinished actions of `actions` are past their due date at `today`. */
export function overdueCount(actions: readonly Pick<Action, 'done' | 'due'>[] | undefined, today: number): number {
  return (actions ?? []).filter((action) => daysLeft(action, today) < 0).length;
}
