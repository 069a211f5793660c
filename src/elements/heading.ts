import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/** A heading level from an attribute: whole numbers 1–6, anything else `fallback`. */
export function headingLevel(value: number, fallback: number): number {
  return Number.isInteger(value) && value >= 1 && value <= 6 ? value : fallback;
}

/**
 * `<hN part=… lang=…>` for a level from 1 to 6: one template each, so that no tag name is built from a
 * string. `lang` is for a heading that is a feed text in another language than the widget's; Lit's
 * `nothing` leaves it out (typed as a string for lit-analyzer, which does not know an attribute takes it).
 */
export function heading(level: number, part: string, content: unknown, lang: string = nothing as never): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} lang=${lang}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} lang=${lang}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} lang=${lang}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} lang=${lang}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} lang=${lang}>${content}</h5>`;
    default:
      return html`<h6 part=${part} lang=${lang}>${content}</h6>`;
  }
}
