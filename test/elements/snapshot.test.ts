import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { snapshot, unlessAlike } from '../../src/elements/snapshot.js';

describe('snapshot', () => {
  it('renders again only for another key, and leaves the DOM it made alone meanwhile', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let calls = 0;
    const show = (key: unknown, text: string) =>
      render(
        html`<p>${snapshot(key, () => {
          calls++;
          return html`<b title=${text}>${text}</b>`;
        })}</p>`,
        host,
      );
    const key = ['a'];
    show(key, 'one');
    const bold = host.querySelector('b')!;
    show(key, 'ignored');
    expect([calls, host.querySelector('b') === bold, bold.title, bold.textContent]).to.deep.equal([1, true, 'one', 'one']);
    show(['a'], 'two');
    expect([calls, host.querySelectorAll('b').length, host.querySelector('b')!.title]).to.deep.equal([2, 1, 'two']);
    expect(host.querySelector('p')!.textContent).to.equal('two');
    // Plain DOM: no marker of Lit's is left inside.
    expect([...host.querySelector('b')!.childNodes].map((node) => node.nodeType)).to.deep.equal([Node.TEXT_NODE]);
  });

  it('unlessAlike keeps the inputs before while each is the same value, or plain data with the same entries', () => {
    const before: readonly unknown[] = [{ id: 'a', title: { en: 'A' } }, 3, 'en'];
    expect(unlessAlike(before, [{ id: 'a', title: { en: 'A' } }, 3, 'en']) === before).to.equal(true);
    const changed: readonly unknown[] = [{ id: 'a', title: { en: 'B' } }, 3, 'en'];
    expect(unlessAlike(before, changed) === changed).to.equal(true);
    const longer = [...before, 1];
    expect(unlessAlike(before, longer) === longer).to.equal(true);
    expect(unlessAlike(undefined, before) === before).to.equal(true);
    // What JSON would write alike but a card shows otherwise.
    for (const [one, other] of [
      [NaN, Infinity],
      [0, -0],
      [[undefined], [null]],
      [{ a: undefined }, {}],
    ]) {
      const inputs = [other];
      expect(unlessAlike([one], inputs) === inputs, `${String(one)} and ${String(other)}`).to.equal(true);
    }
    const nan: readonly unknown[] = [NaN, { current: NaN }];
    expect(unlessAlike(nan, [NaN, { current: NaN }]) === nan).to.equal(true);
    // A class instance is the same only as itself: its data may be in private fields.
    class Priority {
      constructor(readonly title: string) {}
    }
    const instance = new Priority('One');
    const withInstance = [instance];
    expect(unlessAlike(withInstance, [instance]) === withInstance).to.equal(true);
    const withOther = [new Priority('One')];
    expect(unlessAlike(withInstance, withOther) === withOther).to.equal(true);
    // Objects that hold themselves: the same one is the same, two of them are not, and nothing throws.
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    const withLoop = [loop];
    expect(unlessAlike(withLoop, [loop]) === withLoop).to.equal(true);
    const otherLoop: Record<string, unknown> = {};
    otherLoop.self = otherLoop;
    const withOtherLoop = [otherLoop];
    expect(unlessAlike(withLoop, withOtherLoop) === withOtherLoop).to.equal(true);
  });
});
