import { LitElement } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { renderInLocale, uiLocaleFor } from '../i18n/localize.js';
import type { UiLocale } from '../i18n/localize.js';
import { inheritedLang } from '../i18n/lang.js';

/**
 * The base of the three elements: each renders in its own locale, from its `lang` attribute, else
 * the nearest ancestor's or the document's (read at each render), else `fallbackLocale`.
 */
export class LocalizedElement extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
  };

  /** Locale of interface and feed text (BCP 47). Absent: the nearest ancestor's `lang`, then the document's, then the plan's `defaultLocale`. */
  override lang = '';

  /** The locale used when neither the element nor the page names one. */
  protected get fallbackLocale(): string {
    return 'en';
  }

  /** The locale this element renders in, as given (`zh-TW`, `en-GB`…). */
  get locale(): string {
    return this.lang || inheritedLang(this) || this.fallbackLocale;
  }

  /** The interface-string locale the `locale` falls to: `en`, `zh-Hans` or `zh-Hant`. */
  get uiLocale(): UiLocale {
    return uiLocaleFor(this.locale);
  }

  // The whole update cycle, willUpdate to updated, so that every msg() in it answers in this locale.
  protected override performUpdate(): void {
    renderInLocale(this.uiLocale, () => super.performUpdate());
  }
}
