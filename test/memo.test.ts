import { expect } from '@open-wc/testing';
import { memo } from '../src/memo.js';

describe('memo', () => {
  it('makes a value the first time its key is asked for, and keeps it', () => {
    const map = new Map<string, { readonly made: number }>();
    let made = 0;
    const make = () => ({ made: ++made });
    const first = memo(map, 'a', make);
    expect(memo(map, 'a', make)).to.equal(first);
    expect(memo(map, 'b', make)).to.deep.equal({ made: 2 });
    expect(made).to.equal(2);
  });
});
