import { expect } from '@open-wc/testing';
import { LOAD_TIMEOUT_MS, loadFeed } from '../../src/feed/load.js';
import { FeedError } from '../../src/feed/errors.js';

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

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
    const error = (await rejection(loadFeed('http://127.0.0.1:9/plan.json'))) as FeedError;
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
    const originalSetTimeout = window.setTimeout;
    window.setTimeout = ((handler: () => void, ms?: number) =>
      originalSetTimeout(handler, ms === LOAD_TIMEOUT_MS ? 0 : ms)) as typeof window.setTimeout;
    try {
      const error = (await rejection(loadFeed('https://slow.example/plan.json'))) as FeedError;
      expect(error.reason).to.equal('timeout');
      expect(error.message).to.equal(
        'https://slow.example/plan.json did not answer within 15 seconds. Try again later, or check the address.',
      );
    } finally {
      window.fetch = original;
      window.setTimeout = originalSetTimeout;
    }
  });
});
