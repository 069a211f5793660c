import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** A heading level from an attribute: whole numbers 1–6, anything else `fallback`. */
export function headingLevel(value: number, fallback: number): number {
  return Number.isInteger(value) && value >= 1 && value <= 6 ? value : fallback;
}

/** `<hN part=…>` for a level from 1 to 6: one template each, so that no tag name is built from a string. */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
