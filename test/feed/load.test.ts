import { expect } from '@open-wc/testing';
import { LOAD_TIMEOUT_MS, RETRY_DELAYS_MS, loadFeed } from '../../src/feed/load.js';
import { FeedError } from '../../src/feed/errors.js';
import { saveCopy } from '../../src/feed/saved-copy.js';
import { sampleFeed } from '../fixtures/feeds.js';

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

/** Runs `body` with the timers of the given delays made instant: a test checks what they do, not the clock. */
async function withInstantTimers<T>(delays: readonly number[], body: () => Promise<T>): Promise<T> {
  const originalSetTimeout = window.setTimeout;
  window.setTimeout = ((handler: () => void, ms?: number) =>
    originalSetTimeout(handler, delays.includes(ms ?? 0) ? 0 : ms)) as typeof window.setTimeout;
  try {
    return await body();
  } finally {
    window.setTimeout = originalSetTimeout;
  }
}

/** The waits between tries made instant. */
const withoutRetryWaits = <T>(body: () => Promise<T>) => withInstantTimers(RETRY_DELAYS_MS, body);

describe('loadFeed', () => {
  it('fetches and validates a feed', async () => {
    const { feed } = await loadFeed(new URL('/demo/feeds/riverton-2026-27.json', location.href).href);
    expect(feed.plan.title).to.contain('Riverton');
  });

  it('reports the HTTP status of a missing feed', async () => {
    const url = new URL('/demo/feeds/missing.json', location.href).href;
    const error = (await rejection(loadFeed(url))) as FeedError;
    expect(error).to.be.instanceOf(FeedError);
    expect(error.reason).to.equal('http');
    expect(error.details.status).to.equal(404);
    expect(error.message).to.equal(`The server answered 404 for ${url}. Check the address.`);
  });

  it('reports a file that is not JSON', async () => {
    const url = new URL('/test/fixtures/feeds.ts', location.href).href;
    const error = (await rejection(loadFeed(url))) as FeedError;
    expect(error.reason).to.equal('not-json');
  });

  it('reports an unreachable server', async () => {
    const error = (await withoutRetryWaits(() => rejection(loadFeed('http://127.0.0.1:9/plan.json')))) as FeedError;
    expect(error.reason).to.equal('network');
    expect(error.message).to.match(
      /^Could not reach http:\/\/127\.0\.0\.1:9\/plan\.json\. Check the address; a feed on another site must allow CORS\. \S/,
    );
  });

  it('rejects with the AbortError when aborted', async () => {
    const controller = new AbortController();
    const loading = loadFeed(new URL('/demo/feeds/riverton-2026-27.json', location.href).href, controller.signal);
    controller.abort();
    const error = await rejection(loading);
    expect(error).not.to.be.instanceOf(FeedError);
    expect(error.name).to.equal('AbortError');
  });

  it('gives up on a server that has not answered in time, whole body included', async () => {
    const original = window.fetch;
    // A server that sends headers at once and then nothing: only the abort ends the body.
    window.fetch = (_input, init) =>
      Promise.resolve(
        new Response(
          new ReadableStream({
            start(controller) {
              init!.signal!.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
            },
          }),
        ),
      );
    // The 15 s timer fires at once: the test checks what happens then, not the clock.
    try {
      const error = (await withInstantTimers([LOAD_TIMEOUT_MS], () =>
        rejection(loadFeed('https://slow.example/plan.json')),
      )) as FeedError;
      expect(error.reason).to.equal('timeout');
      expect(error.message).to.equal(
        'https://slow.example/plan.json did not answer within 15 seconds. Try again later, or check the address.',
      );
    } finally {
      window.fetch = original;
    }
  });
});

describe('loadFeed, as servers answer', () => {
  // Each test's feed is its own, so that what one asked for never counts in another.
  const key = () => Math.random().toString(36).slice(2);
  const asked = async (name: string) => (await (await fetch(`/test/server/asked/${name}`)).json()) as (string | null)[];

  it('asks whether its copy is current, and reads an answer of 304 as the same feed', async () => {
    const name = key();
    const first = await loadFeed(`/test/server/etag/${name}.json`);
    const second = await loadFeed(`/test/server/etag/${name}.json`);
    expect(await asked(name)).to.deep.equal([null, '"v1"']);
    expect(second.feed).to.deep.equal(first.feed);
  });

  it('tries a server that answers 503 three times, and takes the third answer', async () => {
    const name = key();
    const { feed } = await withoutRetryWaits(() => loadFeed(`/test/server/flaky/${name}.json`));
    expect(feed.plan.title).to.contain('Riverton');
    expect(await asked(name)).to.have.length(3);
  });

  it('tries an unreachable server three times, and an answer of 404 once', async () => {
    const original = window.fetch;
    const calls: string[] = [];
    window.fetch = (input) => {
      calls.push(String(input));
      return String(input).includes('missing') ? original(input) : Promise.reject(new TypeError('Failed to fetch'));
    };
    try {
      const unreachable = (await withoutRetryWaits(() => rejection(loadFeed('https://down.example/plan.json')))) as FeedError;
      expect(unreachable.reason).to.equal('network');
      const missing = (await rejection(loadFeed('/demo/feeds/missing.json'))) as FeedError;
      expect(missing.reason).to.equal('http');
      expect(calls.filter((url) => url.includes('down.example'))).to.have.length(3);
      expect(calls.filter((url) => url.includes('missing'))).to.have.length(1);
    } finally {
      window.fetch = original;
    }
  });

  it('makes one request for widgets that load the same feed at once, and one leaving does not stop the others', async () => {
    const name = key();
    const url = `/test/server/etag/${name}.json`;
    const leaving = new AbortController();
    const loads = [loadFeed(url, leaving.signal), loadFeed(url), loadFeed(url)];
    leaving.abort();
    expect((await rejection(loads[0]!)).name).to.equal('AbortError');
    const [second, third] = await Promise.all(loads.slice(1));
    expect(second!.feed).to.deep.equal(third!.feed);
    expect(await asked(name)).to.deep.equal([null]);
  });
});

describe('loadFeed and the saved copy', () => {
  const url = new URL('/test/saved-copy/plan.json', location.href).href;
  const feedText = JSON.stringify(sampleFeed());

  /** Replaces fetch for one call of `body`: every request gets `answer`. */
  async function answering<T>(answer: typeof window.fetch, body: () => Promise<T>): Promise<T> {
    const original = window.fetch;
    window.fetch = answer;
    try {
      return await withoutRetryWaits(body);
    } finally {
      window.fetch = original;
    }
  }
  const ok = (text: string) => () => Promise.resolve(new Response(text));
  const unreachable = () => Promise.reject(new TypeError('Failed to fetch'));

  beforeEach(() => localStorage.clear());

  it('answers with the copy of the last load when the feed cannot be fetched, and says why', async () => {
    const fresh = await answering(ok(feedText), () => loadFeed(url));
    expect(fresh.saved).to.equal(undefined);
    for (const failure of [unreachable, () => Promise.resolve(new Response('', { status: 503 }))]) {
      const loaded = await answering(failure, () => loadFeed(url));
      expect(loaded.feed).to.deep.equal(fresh.feed);
      expect(loaded.saved!.savedOn).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(loaded.saved!.error).to.be.instanceOf(FeedError);
    }
    const timedOut = await withInstantTimers([LOAD_TIMEOUT_MS], () =>
      answering(
        (_input, init) =>
          new Promise((_resolve, reject) =>
            init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
        () => loadFeed(url),
      ),
    );
    expect(timedOut.saved!.error.reason).to.equal('timeout');
  });

  it('keeps no feed that is not valid, and answers a server that sends one with the error, not the copy', async () => {
    await answering(ok(feedText), () => loadFeed(url));
    const broken = (await answering(ok('{"version": 1'), () => rejection(loadFeed(url)))) as FeedError;
    expect(broken.reason).to.equal('not-json');
    const loaded = await answering(unreachable, () => loadFeed(url));
    expect(loaded.feed.plan.title).to.deep.equal(sampleFeed().plan.title);
  });

  it('says what failed now when there is no copy, or one this widget cannot read', async () => {
    const none = (await answering(unreachable, () => rejection(loadFeed(url)))) as FeedError;
    expect(none.reason).to.equal('network');
    saveCopy(url, '{"version": 2}');
    const unreadable = (await answering(unreachable, () => rejection(loadFeed(url)))) as FeedError;
    expect(unreadable.reason).to.equal('network');
  });
});
