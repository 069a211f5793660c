import { expect } from '@open-wc/testing';
import { isSafeLink } from '../../src/feed/links.js';

describe('isSafeLink', () => {
  it('allows http, https and relative URLs', () => {
    for (const url of [
      'https://example.org/a',
      'http://example.org',
      'plan.pdf',
      '/docs/plan.pdf',
      '../x',
      '#top',
      '//example.org/x',
    ]) {
      expect(isSafeLink(url), url).to.equal(true);
    }
  });

  it('refuses other schemes, however written', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(isSafeLink(url), url).to.equal(false);
    }
  });
});
