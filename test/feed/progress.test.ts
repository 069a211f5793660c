import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  daysLeft,
  daysSince,
  effectiveStatus,
  expectedProgress,
  overallProgress,
  overdueCount,
  priorityProgress,
  visitorToday,
} from '../../src/feed/progress.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const period = { start: '2023-09-01', end: '2024-07-31' };

describe('progress of a priority', () => {
  it('takes the given progress, 0 included', () => {
    expect(priorityProgress({ progress: 0 })).to.equal(0);
    expect(priorityProgress({ progress: 40, actions: [{ title: 'a', done: true }] })).to.equal(40);
  });

  it('otherwise counts the actions done', () => {
    const actions = [{ title: 'a', done: true }, { title: 'b', done: false }, { title: 'c' }, { title: 'd', done: true }];
    expect(priorityProgress({ actions })).to.equal(50);
  });

  it('is unknown with neither progress nor actions, and never 0', () => {
    expect(priorityProgress({})).to.equal(undefined);
    expect(priorityProgress({ actions: [] })).to.equal(undefined);
  });
});

describe('overall progress', () => {
  it('weights each priority and leaves out unknown ones', () => {
    expect(overallProgress([{ progress: 100, weight: 3 }, { progress: 0, weight: 1 }, {}])).to.equal(75);
    expect(overallProgress([{ progress: 20 }, { progress: 40 }])).to.be.closeTo(30, 1e-9);
    expect(
      overallProgress([
        { progress: 20, weight: 1e308 },
        { progress: 40, weight: 1e308 },
      ]),
    ).to.be.closeTo(30, 1e-9);
  });

  it('is unknown when no priority is known', () => {
    expect(overallProgress([{}, { actions: [] }])).to.equal(undefined);
    expect(overallProgress([])).to.equal(undefined);
  });

  it('lies between the smallest and largest known progress', () => {
    const priority = fc.record({
      progress: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
      // Up to the largest double: weights that would overflow a plain sum.
      weight: fc.double({ min: 1e-6, max: Number.MAX_VALUE, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(priority, { maxLength: 30 }), (priorities) => {
        const known = priorities.flatMap((p) => (p.progress === undefined ? [] : [p.progress]));
        const overall = overallProgress(priorities);
        if (known.length === 0) return overall === undefined;
        return overall! >= Math.min(...known) - 1e-9 && overall! <= Math.max(...known) + 1e-9;
      }),
    );
  });
});

describe('expected progress', () => {
  it('is 0 before the period begins and 100 once it is over', () => {
    expect(expectedProgress(period, day('2023-08-01'))).to.equal(0);
    expect(expectedProgress(period, day('2023-09-01'))).to.equal(0);
    expect(expectedProgress(period, day('2024-08-01'))).to.equal(100);
    expect(expectedProgress(period, day('2030-01-01'))).to.equal(100);
  });

  it('counts the last day of the period as a whole day', () => {
    expect(expectedProgress(period, day('2024-07-31'))).to.be.below(100);
    expect(expectedProgress({ start: '2024-01-01', end: '2024-01-02' }, day('2024-01-02'))).to.equal(50);
  });

  it('is unknown without a period', () => {
    expect(expectedProgress(undefined, Date.now())).to.equal(undefined);
  });

  it('grows with time and stays within 0–100', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('2022-01-01'), max: day('2025-12-31') }), fc.nat(400 * 86_400_000), (now, later) => {
        const a = expectedProgress(period, now)!;
        const b = expectedProgress(period, now + later)!;
        return a >= 0 && b <= 100 && b >= a;
      }),
    );
  });
});

describe('status', () => {
  it('takes a given status over every figure', () => {
    expect(effectiveStatus({ status: 'at-risk', progress: 100 }, 10)).to.equal('at-risk');
  });

  it('is done at 100 and not started at 0 or unknown progress', () => {
    expect(effectiveStatus({ progress: 100 }, 50)).to.equal('done');
    expect(effectiveStatus({ progress: 0 }, 50)).to.equal('not-started');
    expect(effectiveStatus({}, 50)).to.equal('not-started');
    expect(effectiveStatus({ actions: [] }, undefined)).to.equal('not-started');
  });

  it('compares progress with the expected share of the period', () => {
    expect(effectiveStatus({ progress: 47.5 }, 50)).to.equal('on-track');
    expect(effectiveStatus({ progress: 47.4 }, 50)).to.equal('at-risk');
    expect(effectiveStatus({ progress: 42.5 }, 50)).to.equal('at-risk');
    expect(effectiveStatus({ progress: 42.4 }, 50)).to.equal('off-track');
    expect(effectiveStatus({ progress: 5 }, 0)).to.equal('on-track');
  });

  it('is in progress without a period', () => {
    expect(effectiveStatus({ progress: 30 }, undefined)).to.equal('in-progress');
  });

  it('takes the thresholds of a ratio rule', () => {
    const rule = { basis: 'ratio', onTrack: 90, atRisk: 70 } as const;
    expect(effectiveStatus({ progress: 45 }, 50, rule)).to.equal('on-track');
    expect(effectiveStatus({ progress: 44.9 }, 50, rule)).to.equal('at-risk');
    expect(effectiveStatus({ progress: 35 }, 50, rule)).to.equal('at-risk');
    expect(effectiveStatus({ progress: 34.9 }, 50, rule)).to.equal('off-track');
  });

  it('counts points behind the expected progress by a points rule (红黄绿灯)', () => {
    const rule = { basis: 'points', atRisk: 10, offTrack: 30 } as const;
    expect(effectiveStatus({ progress: 50.1 }, 60, rule)).to.equal('on-track');
    expect(effectiveStatus({ progress: 50 }, 60, rule)).to.equal('at-risk');
    expect(effectiveStatus({ progress: 30.1 }, 60, rule)).to.equal('at-risk');
    expect(effectiveStatus({ progress: 30 }, 60, rule)).to.equal('off-track');
    // Ahead of time is on track, however far ahead.
    expect(effectiveStatus({ progress: 90 }, 20, rule)).to.equal('on-track');
    // The rule never touches what does not compare with the period.
    expect(effectiveStatus({ progress: 0 }, 60, rule)).to.equal('not-started');
    expect(effectiveStatus({ progress: 30 }, undefined, rule)).to.equal('in-progress');
  });

  it('never calls an unfinished priority on track once the period is over, given or derived', () => {
    const points = { basis: 'points', atRisk: 10, offTrack: 30 } as const;
    // Derived: measured against all of the period.
    expect(effectiveStatus({ progress: 99 }, 99.9)).to.equal('on-track');
    expect(effectiveStatus({ progress: 99 }, 100)).to.equal('at-risk');
    expect(effectiveStatus({ progress: 45 }, 100)).to.equal('off-track');
    expect(effectiveStatus({ progress: 95 }, 100, points)).to.equal('at-risk');
    // Given "on-track" after the end: what the progress says, and at risk when it is unknown.
    expect(effectiveStatus({ status: 'on-track', progress: 45 }, 100)).to.equal('off-track');
    expect(effectiveStatus({ status: 'on-track', progress: 88 }, 100)).to.equal('at-risk');
    expect(effectiveStatus({ status: 'on-track' }, 100)).to.equal('at-risk');
    expect(effectiveStatus({ status: 'on-track', progress: 100 }, 100)).to.equal('on-track');
    // Other given statuses stand.
    expect(effectiveStatus({ status: 'in-progress', progress: 45 }, 100)).to.equal('in-progress');
    expect(effectiveStatus({ status: 'not-started' }, 100)).to.equal('not-started');
    expect(effectiveStatus({ progress: 100 }, 100)).to.equal('done');
  });

  it('never gets worse as progress grows, by any rule', () => {
    const rank = (s: string) => ['not-started', 'off-track', 'at-risk', 'on-track', 'done'].indexOf(s);
    const threshold = fc.double({ min: 0, max: 100, noNaN: true });
    const rule = fc.oneof(
      fc.constant(undefined),
      fc
        .tuple(threshold, threshold)
        .map(([a, b]) => ({ basis: 'ratio' as const, onTrack: Math.max(a, b), atRisk: Math.min(a, b) })),
      fc
        .tuple(threshold, threshold)
        .map(([a, b]) => ({ basis: 'points' as const, offTrack: Math.max(a, b), atRisk: Math.min(a, b) })),
    );
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        rule,
        (a, b, expected, statusRule) => {
          const [low, high] = a < b ? [a, b] : [b, a];
          const status = (progress: number) => effectiveStatus({ progress }, expected, statusRule);
          return rank(status(low)) <= rank(status(high)) && (expected < 100 || status(low) !== 'on-track' || low >= 100);
        },
      ),
    );
  });
});

describe('days since', () => {
  it('counts whole days, negative for the future', () => {
    expect(daysSince('2024-01-01', day('2024-01-31') + 3_600_000)).to.equal(30);
    expect(daysSince('2024-01-02', day('2024-01-01'))).to.equal(-1);
    expect(daysSince('2024-01-01T12:00:00Z', day('2024-01-02'))).to.equal(0);
  });
});

describe('time nodes: days left to a due date', () => {
  const hour = 3_600_000;

  it('count in the visitor’s days: 00:30 in Beijing (16:30 UTC the day before) is already the next day', () => {
    const beijing = -480;
    const newYork = 300;
    expect(visitorToday(day('2024-01-14') + 16.5 * hour, beijing)).to.equal(day('2024-01-15'));
    expect(visitorToday(day('2024-01-14') + 16.5 * hour, 0)).to.equal(day('2024-01-14'));
    expect(visitorToday(day('2024-01-15') + 2 * hour, newYork)).to.equal(day('2024-01-14'));
    expect(visitorToday(day('2024-01-15') + 23.99 * hour, 0)).to.equal(day('2024-01-15'));
    // Without an offset, the time zone of the browser.
    const noon = new Date(2024, 0, 15, 12).getTime();
    expect(visitorToday(noon)).to.equal(day('2024-01-15'));
  });

  it('are whole days to an unfinished action’s due date, negative once passed, none for a done or undated action', () => {
    const today = day('2024-01-15');
    expect(daysLeft({ due: '2024-01-18' }, today)).to.equal(3);
    expect(daysLeft({ due: '2024-01-15', done: false }, today)).to.equal(0);
    expect(daysLeft({ due: '2024-01-14' }, today)).to.equal(-1);
    expect(daysLeft({ due: '2023-12-15' }, today)).to.equal(-31);
    expect(daysLeft({ due: '2023-12-15', done: true }, today)).to.deep.equal(NaN);
    expect(daysLeft({}, today)).to.deep.equal(NaN);
    // A standalone card's priority is not validated.
    expect(daysLeft({ due: null } as unknown as { due: string }, today)).to.deep.equal(NaN);
    // Nor is a date-time there a broken field: it counts as its day, in whole days.
    expect(daysLeft({ due: '2024-01-18T10:00' }, today)).to.equal(3);
    // The day after the due date in Beijing, still the due date in UTC: overdue there.
    expect(daysLeft({ due: '2024-01-14' }, visitorToday(day('2024-01-14') + 16.5 * hour, -480))).to.equal(-1);
  });

  it('count the unfinished actions past their due date', () => {
    const actions = [
      { title: 'a', due: '2024-01-14' },
      { title: 'b', due: '2024-01-01', done: true },
      { title: 'c', due: '2024-01-15' },
      { title: 'd' },
      { title: 'e', due: '2023-09-01', done: false },
    ];
    expect(overdueCount(actions, day('2024-01-15'))).to.equal(2);
    expect(overdueCount(undefined, day('2024-01-15'))).to.equal(0);
  });
});
