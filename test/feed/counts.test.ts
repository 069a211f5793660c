import { expect } from '@open-wc/testing';
import { completionRate, statusCounts, withStatus } from '../../src/feed/counts.js';
import { effectiveStatus } from '../../src/feed/progress.js';
import type { PlanPriority } from '../../src/feed/schema.js';

/** Each priority's status as its card shows it, which the summary hands to the counts and the filter. */
const statusesOf = (list: readonly Pick<PlanPriority, 'status' | 'progress' | 'actions'>[], expected: number | undefined) =>
  list.map((priority) => effectiveStatus(priority, expected));

/** Priorities whose status is given: it wins over their progress. */
const priorities = [
  { id: 'a', status: 'off-track', progress: 10 },
  { id: 'b', status: 'done', progress: 100 },
  { id: 'c', status: 'on-track', progress: 50 },
  { id: 'd', status: 'done', progress: 100 },
  { id: 'e', status: 'off-track', progress: 5 },
  { id: 'f', status: 'done' },
] as const;

describe('status counts', () => {
  it('counts each status present, in headline order: done, on track, in progress, at risk, behind, not started', () => {
    expect(statusCounts(statusesOf(priorities, undefined))).to.deep.equal([
      { status: 'done', count: 3 },
      { status: 'on-track', count: 1 },
      { status: 'off-track', count: 2 },
    ]);
    expect(
      statusCounts(
        statusesOf(
          (['not-started', 'at-risk', 'in-progress', 'off-track', 'on-track', 'done'] as const).map((status) => ({ status })),
          undefined,
        ),
      ).map(({ status }) => status),
    ).to.deep.equal(['done', 'on-track', 'in-progress', 'at-risk', 'off-track', 'not-started']);
  });

  it('counts the status a card shows: derived from progress and the progress expected by now when none is given', () => {
    const derived = [{ progress: 60 }, { progress: 30 }, { progress: 100 }, {}, { actions: [{ title: 'x', done: false }] }];
    expect(statusCounts(statusesOf(derived, 60))).to.deep.equal([
      { status: 'done', count: 1 },
      { status: 'on-track', count: 1 },
      { status: 'off-track', count: 1 },
      { status: 'not-started', count: 2 },
    ]);
    // Without a period, progress short of 100 is only "in progress".
    expect(statusCounts(statusesOf(derived, undefined))).to.deep.equal([
      { status: 'done', count: 1 },
      { status: 'in-progress', count: 2 },
      { status: 'not-started', count: 2 },
    ]);
  });

  it('counts nothing of no priority', () => {
    expect(statusCounts(statusesOf([], 50))).to.deep.equal([]);
  });
});

describe('completion rate', () => {
  it('is the share of the counted priorities that are done', () => {
    expect(completionRate(statusCounts(statusesOf(priorities, undefined)))).to.equal(50);
    expect(completionRate(statusCounts(statusesOf(priorities.slice(0, 3), undefined)))).to.be.closeTo(100 / 3, 1e-9);
    expect(completionRate([{ status: 'on-track', count: 4 }])).to.equal(0);
    expect(completionRate([{ status: 'done', count: 2 }])).to.equal(100);
  });

  it('is unknown, not 0, when nothing is counted', () => {
    expect(completionRate([])).to.equal(undefined);
  });
});

describe('filtering by status', () => {
  it('keeps the priorities of the status, in their order', () => {
    expect(withStatus(priorities, statusesOf(priorities, undefined), 'done').map(({ id }) => id)).to.deep.equal(['b', 'd', 'f']);
    expect(withStatus(priorities, statusesOf(priorities, undefined), 'at-risk')).to.deep.equal([]);
  });

  it('reads the status as the counts do', () => {
    const derived = [
      { id: 'ahead', progress: 70 },
      { id: 'behind', progress: 20 },
    ];
    expect(withStatus(derived, statusesOf(derived, 60), 'off-track').map(({ id }) => id)).to.deep.equal(['behind']);
    expect(withStatus(derived, statusesOf(derived, undefined), 'in-progress').map(({ id }) => id)).to.deep.equal([
      'ahead',
      'behind',
    ]);
  });

  it('keeps every priority, the same list, without a status', () => {
    expect(withStatus(priorities, statusesOf(priorities, 50), undefined)).to.equal(priorities);
  });
});
