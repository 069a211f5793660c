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

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
