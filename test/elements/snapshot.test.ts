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
  });

  it('unlessAlike keeps the inputs before while each is the same value or an object JSON writes alike', () => {
    const before: readonly unknown[] = [{ id: 'a', title: { en: 'A' } }, 3, 'en'];
    expect(unlessAlike(before, [{ id: 'a', title: { en: 'A' } }, 3, 'en']) === before).to.equal(true);
    const changed: readonly unknown[] = [{ id: 'a', title: { en: 'B' } }, 3, 'en'];
    expect(unlessAlike(before, changed) === changed).to.equal(true);
    const longer = [...before, 1];
    expect(unlessAlike(before, longer) === longer).to.equal(true);
    expect(unlessAlike(undefined, before) === before).to.equal(true);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    const withLoop = [loop];
    expect(unlessAlike([loop], withLoop) === withLoop).to.equal(false);
    const otherLoop: Record<string, unknown> = {};
    otherLoop.self = otherLoop;
    const withOtherLoop = [otherLoop];
    expect(unlessAlike(withLoop, withOtherLoop) === withOtherLoop).to.equal(true);
  });
});
