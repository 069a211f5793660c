import { LitElement, css, html } from 'lit';

/**
 * A host page's own Lit element, built on the `lit` package (not the bundle's copy): it counts, and
 * renders a `<plan-summary>` in its shadow root, inside a wrapper whose `lang` it binds, with the
 * feed given as a property (`feed`) or else by URL (`src`).
 */
export class HostPanel extends LitElement {
  static override styles = css`
    p {
      border-top: 3px solid;
    }
  `;

  static override properties = {
    count: { type: Number },
    language: {},
    src: {},
    feed: { attribute: false },
  };

  count = 0;
  language = 'en';
  src = '/demo/feeds/hanbin-2023-autumn.json';
  feed?: unknown;

  override render() {
    return html`
      <p part="count">${this.count}</p>
      <div lang=${this.language}>
        ${
          this.feed === undefined
            ? html`<plan-summary src=${this.src}></plan-summary>`
            : html`<plan-summary .feed=${this.feed}></plan-summary>`
        }
      </div>
    `;
  }
}
