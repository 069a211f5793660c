import { LitElement, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import type { Text } from '../feed/schema.js';
import { matchLocale, resolveText, textLanguage } from '../feed/text.js';
import { canonicalLocale, renderInLocale, uiLocaleFor } from '../i18n/localize.js';
import type { UiLocale } from '../i18n/localize.js';
import { inheritedLang } from '../i18n/lang.js';
import { exposeHoveredText, followPointer } from './page-tools.js';

/** The connected elements, which re-render when a `lang` changes anywhere in the page; while there are any, page tools are served. */
const connected = new Set<LocalizedElement>();
let langObserver: MutationObserver | undefined;
const LANG_CHANGES: MutationObserverInit = { attributeFilter: ['lang'], subtree: true };

/**
 * The base of the three elements: each renders in its own locale, from its `lang` attribute, else
 * the nearest ancestor's or the document's (read at each update), else `fallbackLocale`; and each
 * outside another element of the widget gives page tools the text under the pointer (page-tools.ts).
 */
export class LocalizedElement extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
  };

  /** Locale of interface and feed text (BCP 47). Absent: the nearest ancestor's `lang`, then the document's, then the plan's `defaultLocale`. */
  declare lang: string;

  /** The locale used when neither the element nor the page names one. */
  protected get fallbackLocale(): string {
    return 'en';
  }

  private renderedLocale = 'en';

  /**
   * The locale of the last render, canonical (`zh-TW`, `en-GB`…). It is resolved once per update,
   * not at each of the many texts and dates a render formats.
   */
  get locale(): string {
    return this.renderedLocale;
  }

  /** The interface-string locale the `locale` falls to: `en`, `zh-Hans` or `zh-Hant`. */
  get uiLocale(): UiLocale {
    return uiLocaleFor(this.renderedLocale);
  }

  /** A feed text in this element's locale (`resolveText`). */
  protected text(text: Text | undefined): string {
    return resolveText(text, this.locale, this.fallbackLocale);
  }

  /**
   * The `lang` of the element that holds a feed text: the text's own language when it fell back to
   * another than this element's locale (`textLanguage`), else Lit's `nothing`, so that the element
   * inherits it (typed as a string for lit-analyzer, which does not know an attribute takes `nothing`).
   */
  protected textLang(text: Text | undefined): string {
    const lang = textLanguage(text, this.locale, this.fallbackLocale);
    return matchLocale(this.locale, [lang]) ? (nothing as never) : lang;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (connected.size === 0) followPointer(true);
    connected.add(this);
    // One observer for the whole page: an inherited `lang` can change on any ancestor, at any time,
    // also inside the shadow roots the element sits in (an app shell's).
    langObserver ??= new MutationObserver(() => connected.forEach((element) => element.lang || element.requestUpdate()));
    if (this.lang) return;
    let root = this.getRootNode();
    while (root instanceof ShadowRoot) {
      langObserver.observe(root, LANG_CHANGES);
      root = root.host.getRootNode();
    }
    langObserver.observe(document.documentElement, LANG_CHANGES);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    // A page that removes the widget keeps no listener of it.
    if (connected.size === 0) followPointer(false);
  }

  // The cards and rings inside another element of the widget (those with `exportparts`, which their
  // parent always sets) are read through that element.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!this.hasAttribute('exportparts')) exposeHoveredText(this, root);
    return root;
  }

  // The whole update cycle, willUpdate to updated, so that every msg() in it answers in this locale.
  protected override performUpdate(): void {
    this.renderedLocale = canonicalLocale(this.lang || inheritedLang(this) || this.fallbackLocale);
    renderInLocale(this.uiLocale, () => super.performUpdate());
  }
}
