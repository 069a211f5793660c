import { expect } from '@open-wc/testing';
import { parseFeed, parseFeedText } from '../../src/feed/parse.js';
import { FeedError } from '../../src/feed/errors.js';
import { sampleFeed } from '../fixtures/feeds.js';

function feedError(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('parseFeed', () => {
  it('accepts a valid feed, applies defaults and numbers the priorities', () => {
    const { feed, warnings } = parseFeed(sampleFeed());
    expect(warnings).to.deep.equal([]);
    expect(feed.plan.defaultLocale).to.equal('en');
    expect(feed.priorities.map((p) => [p.id, p.number, p.weight])).to.deep.equal([
      ['safety', 1, 1],
      ['reform', 2, 1],
      ['sports', 3, 1],
    ]);
  });

  it('ignores unknown fields', () => {
    const input = { ...sampleFeed(), extra: true, plan: { ...sampleFeed().plan, colour: 'red' } };
    const { feed } = parseFeed(input);
    expect(feed).not.to.have.property('extra');
    expect(feed.plan).not.to.have.property('colour');
  });

  it('rejects what is not a feed object', () => {
    for (const input of [null, 'text', 42]) {
      const error = feedError(() => parseFeed(input));
      expect(error.reason).to.equal('invalid');
      expect(error.details.problems![0]).to.match(/^\(feed\): expected a JSON object/);
    }
  });

  it('rejects another version, naming it', () => {
    const error = feedError(() => parseFeed({ ...sampleFeed(), version: 2 }));
    expect(error.details.problems).to.deep.equal(['version: expected 1 (this widget reads feed version 1)']);
    expect(error.message).to.contain('version: expected 1');
  });

  it('rejects a feed without plan or priorities, or with a broken plan', () => {
    const { plan: _plan, ...noPlan } = sampleFeed();
    expect(feedError(() => parseFeed(noPlan)).details.problems).to.deep.equal(['plan: required, but missing']);
    const { priorities: _priorities, ...noPriorities } = sampleFeed();
    expect(feedError(() => parseFeed(noPriorities)).details.problems).to.deep.equal(['priorities: required, but missing']);
    expect(feedError(() => parseFeed({ ...sampleFeed(), priorities: {} })).details.problems).to.deep.equal([
      'priorities: expected a list of priorities',
    ]);
    expect(feedError(() => parseFeed({ ...sampleFeed(), priorities: [] })).details.problems).to.deep.equal([
      'priorities: expected at least one priority',
    ]);
    const brokenPlan = { ...sampleFeed(), plan: { title: 7, period: { start: '2023-09-01', end: 'July' } } };
    expect(feedError(() => parseFeed(brokenPlan)).details.problems).to.deep.equal([
      'plan.title: expected a string or {"<language>": string}',
      'plan.period.end: expected an ISO date (YYYY-MM-DD)',
    ]);
  });

  it('leaves out a broken priority with a warning naming its path; the others keep their numbers', () => {
    const input = sampleFeed();
    (input.priorities[1] as Record<string, unknown>).progress = 150;
    const { feed, warnings } = parseFeed(input);
    expect(warnings).to.deep.equal(['priorities[1].progress: expected a number from 0 to 100']);
    expect(feed.priorities.map((p) => p.number)).to.deep.equal([1, 3]);
  });

  it('names nested paths and every problem of a priority', () => {
    const input = sampleFeed();
    (input.priorities[0] as Record<string, unknown>).actions = [{ title: 'ok' }, { done: 'yes' }];
    (input.priorities[0] as Record<string, unknown>).id = 'Safety!';
    const { warnings } = parseFeed(input);
    expect(warnings).to.deep.equal([
      'priorities[0].id: expected an id made of a-z, 0-9 and "-"',
      'priorities[0].actions[1].title: required, but missing',
      'priorities[0].actions[1].done: expected true or false',
    ]);
  });

  it('leaves out a priority that repeats an earlier id', () => {
    const input = sampleFeed();
    input.priorities[2]!.id = 'safety';
    const { feed, warnings } = parseFeed(input);
    expect(warnings).to.deep.equal(['priorities[2].id: "safety" repeats an earlier id']);
    expect(feed.priorities).to.have.length(2);
  });

  it('rejects a feed with no valid priority left', () => {
    const error = feedError(() => parseFeed({ ...sampleFeed(), priorities: [{ id: 'x' }] }));
    expect(error.details.problems).to.deep.equal(['priorities[0].title: required, but missing']);
    expect(error.message).to.equal('The feed is not in the plan-widgets format: priorities[0].title: required, but missing');
  });

  it('accepts ISO date-times for plan.updated and rejects other text', () => {
    expect(parseFeed({ ...sampleFeed(), plan: { ...sampleFeed().plan, updated: '2023-08-23T09:30:00+08:00' } }).feed.plan.updated).to.equal(
      '2023-08-23T09:30:00+08:00',
    );
    const error = feedError(() => parseFeed({ ...sampleFeed(), plan: { ...sampleFeed().plan, updated: 'yesterday' } }));
    expect(error.details.problems).to.deep.equal(['plan.updated: expected an ISO date or date-time']);
  });
});

describe('parseFeedText', () => {
  it('names the source and the parser’s words when the text is not JSON', () => {
    const error = feedError(() => parseFeedText('<!doctype html>', 'https://example.org/plan.json'));
    expect(error.reason).to.equal('not-json');
    expect(error.details.source).to.equal('https://example.org/plan.json');
    expect(error.message).to.match(/^https:\/\/example\.org\/plan\.json does not hold valid JSON\. \S/);
  });

  it('parses feed text', () => {
    expect(parseFeedText(JSON.stringify(sampleFeed()), 'inline').feed.priorities).to.have.length(3);
  });
});

describe('the demo feeds', () => {
  for (const name of ['hanbin-2023-autumn', 'riverton-2026-27']) {
    it(`${name} is valid, with no warning`, async () => {
      const text = await (await fetch(`/demo/feeds/${name}.json`)).text();
      const { feed, warnings } = parseFeedText(text, name);
      expect(warnings).to.deep.equal([]);
      expect(feed.priorities.length).to.be.greaterThan(4);
    });
  }

  it('hanbin-2023-autumn has the ten priorities in three languages, and says its figures are illustrative', async () => {
    const { feed } = parseFeedText(await (await fetch('/demo/feeds/hanbin-2023-autumn.json')).text(), 'hanbin');
    expect(feed.priorities).to.have.length(10);
    expect(feed.plan.defaultLocale).to.equal('zh-Hans');
    for (const priority of feed.priorities) {
      expect(Object.keys(priority.title)).to.have.members(['zh-Hans', 'zh-Hant', 'en']);
      for (const action of priority.actions ?? []) expect(Object.keys(action.title)).to.have.members(['zh-Hans', 'zh-Hant', 'en']);
    }
    const summary = feed.plan.summary as Record<string, string>;
    expect(summary['zh-Hans']).to.contain('示例数据');
    expect(summary['en']).to.contain('illustrative');
  });
});
