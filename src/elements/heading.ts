import { nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

/** A heading level from an attribute: whole numbers 1–6, anything else `fallback`. */
export function headingLevel(value: number, fallback: number): number {
  return Number.isInteger(value) && value >= 1 && value <= 6 ? value : fallback;
}

// Six fixed tag names: nothing from a page or a feed ever becomes markup.
const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => unsafeStatic(tag));

/**
 * The tag of a heading of `level` (1–6; any other level is h6), for a template of lit/static-html.js:
 * a heading written into a larger template costs no template of its own for each card.
 */
export const headingTag = (level: number): StaticValue => HEADING_TAGS[level - 1] ?? HEADING_TAGS[5]!;

/**
 * `<hN part=… lang=…>`. `lang` is for a heading that is a feed text in another language than the
 * widget's; Lit's `nothing` leaves it out (typed as a string for lit-analyzer, which does not know an
 * attribute takes it).
 */
export function heading(level: number, part: string, content: unknown, lang: string = nothing as never): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} part=${part} lang=${lang}>${content}</${tag}>`;
}
