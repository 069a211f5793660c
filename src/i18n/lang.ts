/**
 * The `lang` an element inherits: the nearest ancestor's, crossing shadow roots, up to the
 * document's `<html>`. Undefined when the page names none.
 */
export function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element.parentElement ?? hostOf(element);
  while (node !== null) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? hostOf(node);
  }
  return undefined;
}

const REMEMBERED = 'plan-widgets:lang';

/** Keeps the language a visitor chose in a switcher, for the site's other pages and the next visit. */
export function rememberLanguage(lang: string): void {
  try {
    localStorage.setItem(REMEMBERED, lang);
  } catch {
    // Storage full or not allowed: the choice lasts for this page only.
  }
}

/** The language a visitor last chose on this site, if storage holds one and can be read. */
export function rememberedLanguage(): string | null {
  try {
    return localStorage.getItem(REMEMBERED);
  } catch {
    return null;
  }
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
