import { expect } from '@open-wc/testing';
import { SAVED_COPY_MAX_LENGTH, saveCopy, savedCopy } from '../../src/feed/saved-copy.js';
import { blockStorage } from '../fixtures/storage.js';

const url = 'https://school.example/saved-copy-test.json';

/** Today in the visitor's time zone, as the copy records it. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Replaces one of Storage's methods, or the page's `localStorage` itself, for one test. */
function breakStorage(undo: (() => void)[], how: 'full' | 'off') {
  if (how === 'full') {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    undo.push(() => (Storage.prototype.setItem = original));
  } else {
    undo.push(blockStorage());
  }
}

describe('saved copy', () => {
  let undo: (() => void)[] = [];
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    undo.forEach((step) => step());
    undo = [];
  });

  it('keeps the text of a feed by URL, with the day it was saved', () => {
    saveCopy(url, '{"version":1}');
    expect(savedCopy(url)).to.deep.equal({ savedOn: today(), text: '{"version":1}' });
    expect(savedCopy(`${url}?other`)).to.equal(undefined);
  });

  it('keeps no feed longer than the limit, and drops the older copy then', () => {
    saveCopy(url, 'old');
    saveCopy(url, 'x'.repeat(SAVED_COPY_MAX_LENGTH + 1));
    expect(savedCopy(url)).to.equal(undefined);
    saveCopy(url, 'x'.repeat(SAVED_COPY_MAX_LENGTH));
    expect(savedCopy(url)?.text).to.have.length(SAVED_COPY_MAX_LENGTH);
  });

  it('goes on without a copy when storage is full, and leaves no older copy to pass for the last', () => {
    saveCopy(url, 'old');
    breakStorage(undo, 'full');
    expect(() => saveCopy(url, 'new')).not.to.throw();
    expect(savedCopy(url)).to.equal(undefined);
  });

  it('goes on without a copy when the browser allows no storage', () => {
    breakStorage(undo, 'off');
    expect(() => localStorage).to.throw();
    expect(() => saveCopy(url, 'new')).not.to.throw();
    expect(savedCopy(url)).to.equal(undefined);
  });

  it('reads no entry that is not a copy', () => {
    for (const entry of ['not json', '42', '["2024-01-01", 42]', 'null']) {
      localStorage.setItem(`plan-widgets:${url}`, entry);
      expect(savedCopy(url), entry).to.equal(undefined);
    }
  });
});
