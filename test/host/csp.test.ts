import { expect } from '@open-wc/testing';
import { openPage, settledSummaries, shownCards } from './frames.js';
import { until } from '../fixtures/until.js';
import type { HostWindow, Summary } from './frames.js';

// The built bundles on host pages with a Content-Security-Policy in a <meta> (test/host/csp-pages.mjs), which
// is enough for script-src, style-src and the Trusted Types directives; the feed is on the same origin.
//
// Trusted Types: Chromium enforces them, and so does Firefox since version 148 (the Firefox ESR these
// tests run in does: its `trustedTypes` exists and a disallowed policy name throws). A browser
// without Trusted Types ignores `require-trusted-types-for` and `trusted-types`; the tests check
// which kind each browser is before asserting what the directives change.
//
// These tests use the built files only; `npm test` builds them first.

type HostPage = Awaited<ReturnType<typeof openPage>>;
type TrustedTypes = { createPolicy(name: string, rules: object): unknown };

const enforcesTrustedTypes = (page: HostPage) => page.window.trustedTypes !== undefined;

/** Shows that the page's policy is in force: it refuses a Trusted Types policy it does not list. */
function expectPolicyInForce(page: HostPage): void {
  if (!enforcesTrustedTypes(page)) return;
  const trustedTypes = page.window.trustedTypes as TrustedTypes;
  expect(() => trustedTypes.createPolicy('not-listed', {}))
    .to.throw(/not-listed/)
    .with.property('name', 'TypeError');
}

const policies = [
  {
    name: 'strict',
    label:
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  },
  { name: 'tt', label: "trusted-types lit-html 'allow-duplicates' (alone)" },
];
const loads = [
  { name: 'es-twice', label: 'the ES module bundle, twice (from two URLs, so that it runs twice)', copies: 2 },
  { name: 'iife-twice', label: 'the classic-script bundle, twice', copies: 2 },
  { name: 'both', label: 'both bundles', copies: 2 },
];

describe('host page: the bundles under a Content-Security-Policy', () => {
  for (const policy of policies) {
    describe(policy.label, () => {
      for (const load of loads) {
        it(`${load.label}: renders the plan, with no error and no violation`, async () => {
          const page = await openPage(`/test/host/pages/${policy.name}-${load.name}.html`);
          const [summary] = await settledSummaries(page);
          expect(page.window.settled).to.deep.equal({ load: 1, error: 0 });
          expect(shownCards(summary!)).to.deep.equal({ cards: 10, styled: true });
          // The widget renders in place of the content the site put inside the element.
          expect(page.document.getElementById('fallback')!.getClientRects()).to.have.length(0);
          // Every copy ran (each copy of Lit adds its version), none threw, none broke the policy.
          expect(page.window.litHtmlVersions).to.have.length(load.copies);
          expect(page.window.problems).to.deep.equal([]);
          expect(page.window.violations).to.deep.equal([]);
          if (load.name !== 'es-twice') expect(page.window.PlanWidgets).to.have.property('PlanSummary');
          if (policy.name === 'strict' && enforcesTrustedTypes(page)) {
            // require-trusted-types-for 'script' is in force: a plain string is refused by innerHTML.
            expect(() => (page.document.body.innerHTML = '<p></p>'))
              .to.throw()
              .with.property('name', 'TypeError');
          }
          expectPolicyInForce(page);
          page.frame.remove();
        });
      }
    });
  }
});

describe(`host page: the bundles beside the page's own Lit, under ${policies[0]!.label}`, () => {
  for (const [file, label] of [
    ['strict-host-lit', "the page's own Lit elements, defined before and after the ES module bundle"],
    ['strict-iife-then-host-lit', "the classic-script bundle, then the page's own Lit and the ES module bundle"],
  ]) {
    it(`${label}: both render, with no error and no violation`, async () => {
      const page = await openPage(`/test/host/pages/${file}.html`);
      // The page's script defines host-after once the ES module bundle has loaded (a top-level await).
      await until(() => page.window.settled.load + page.window.settled.error === 2, 'the two widgets to load');
      for (const name of ['host-before', 'host-after']) {
        const host = page.document.querySelector(name) as HTMLElement & { count: number; updateComplete: Promise<boolean> };
        host.count = 7;
        await host.updateComplete;
        const root = host.shadowRoot!;
        expect(root.querySelector('[part="count"]')!.textContent).to.equal('7');
        expect(page.window.getComputedStyle(root.querySelector('[part="count"]')!).borderTopWidth).to.equal('3px');
        const summary = root.querySelector('plan-summary') as Summary;
        await summary.updateComplete;
        expect(shownCards(summary)).to.deep.equal({ cards: 10, styled: true });
      }
      expect(page.window.settled).to.deep.equal({ load: 2, error: 0 });
      expect(page.window.litHtmlVersions).to.have.length(file === 'strict-host-lit' ? 2 : 3);
      expect(page.window.problems).to.deep.equal([]);
      expect(page.window.violations).to.deep.equal([]);
      expectPolicyInForce(page);
      page.frame.remove();
    });
  }
});

describe('host page: the bundles where Trusted Types allow no lit-html policy', () => {
  for (const [policy, label] of [
    ['tt-none', "trusted-types 'none'"],
    ['tt-other', "require-trusted-types-for 'script'; trusted-types host-app"],
  ]) {
    for (const bundle of ['es', 'iife']) {
      it(`${label}, ${bundle === 'es' ? 'ES module' : 'classic-script'} bundle: the content inside <plan-summary> stays visible and the console names the policy to allow`, async () => {
        const page = await openPage(`/test/host/pages/${policy}-${bundle}.html`);
        if (!enforcesTrustedTypes(page)) {
          // Without Trusted Types the directives mean nothing: the widget runs.
          const [summary] = await settledSummaries(page);
          expect(shownCards(summary!).cards).to.equal(10);
          return;
        }
        // The report of a violation is queued, so it may come after the load event.
        await until(() => page.window.violations.length > 0, 'the Trusted Types violation');
        const win: HostWindow = page.window;
        // The widget cannot run: no element is defined, none renders.
        expect(win.customElements.get('plan-summary')).to.equal(undefined);
        expect(win.customElements.get('plan-priority-card')).to.equal(undefined);
        expect(page.document.querySelector('plan-summary')!.shadowRoot).to.equal(null);
        // What the site wrote inside the element is what visitors see.
        const fallback = page.document.getElementById('fallback')!;
        expect(fallback.getClientRects()).to.have.length(1);
        expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(fallback.textContent).to.equal('Our plan for 2023–24');
        // The console names the policy: the browser reports the refused policy `lit-html` (the
        // violation), and the bundle's attempt to create it ends in an uncaught TypeError naming it.
        expect(win.violations).to.deep.equal([
          { directive: 'trusted-types', sample: 'lit-html', blocked: 'trusted-types-policy' },
        ]);
        expect(win.problems).to.have.length(1);
        expect(win.problems[0]).to.match(/^uncaught: .*TypeError.*lit-html/);
        page.frame.remove();
      });
    }
  }
});
