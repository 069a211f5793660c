const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Whether a feed URL may become a link: `http:`, `https:` or relative. Parsed as the browser
 * would parse an `href`, so `" javascript:…"` and `"JAVASCRIPT:…"` are caught too.
 */
export function isSafeLink(url: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(url, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}
