// The script of the host-lit pages (test/host/csp-pages.mjs): a page that uses Lit itself defines an element of its
// own before the widget's bundle is loaded, and another after.
import { HostPanel } from './host-lit.js';

customElements.define('host-before', class extends HostPanel {});
await import(new URL('/dist/plan-widgets.js', location.href).href);
customElements.define('host-after', class extends HostPanel {});
