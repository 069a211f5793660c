import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, attributesOf, isSafeCssValue } from '../../src/configurator/settings.js';
import type { Settings } from '../../src/configurator/settings.js';
import { VARIANTS, embedUrl, snippet } from '../../src/configurator/snippet.js';
import { escapeHtml } from '../../src/cli/fallback.js';
import type { SnippetContext, Variant } from '../../src/configurator/snippet.js';
import { settingsFromSnippet } from '../../src/configurator/parse-snippet.js';
import { fallbackHtml } from '../../src/cli/fallback.js';
import { parseFeed } from '../../src/feed/parse.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { assertProperty } from '../fixtures/fuzz.js';

const settings = (change: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...change });

/** The element's opening tag in a snippet. */
const tagOf = (text: string) => /<plan-summary[^>]*>/.exec(text)?.[0];

describe('configurator: the snippet from the settings', () => {
  it('is the script and a bare element for the defaults', () => {
    expect(snippet(DEFAULT_SETTINGS, 'module')).to.equal(
      '<script type="module" src="/static/plan-widgets/plan-widgets.js"></script>\n<plan-summary></plan-summary>\n',
    );
    expect(snippet(DEFAULT_SETTINGS, 'classic')).to.equal(
      '<script src="/static/plan-widgets/plan-widgets.iife.js"></script>\n<plan-summary></plan-summary>\n',
    );
    expect(attributesOf(DEFAULT_SETTINGS)).to.deep.equal([]);
  });

  it('writes only the attributes that differ from the defaults, in one order', () => {
    const text = snippet(
      settings({
        src: '/static/plan.json',
        priorities: ['safety', '1', '3'],
        expanded: 'all',
        lang: 'zh-Hant',
        languages: ['zh-Hans', 'zh-Hant', 'en'],
        layout: 'list',
        theme: 'dark',
        headingLevel: 3,
        hideRing: true,
        hideHeader: true,
        refresh: 600,
        staleAfter: 30,
      }),
      'module',
    );
    expect(tagOf(text)).to.equal(
      '<plan-summary src="/static/plan.json" priorities="safety 1 3" expanded="all" lang="zh-Hant" languages="zh-Hans zh-Hant en"' +
        ' layout="list" theme="dark" heading-level="3" hide-ring hide-header refresh="600" stale-after="30">',
    );
    // The defaults, set explicitly, are still left out.
    expect(tagOf(snippet(settings({ layout: 'grid', theme: 'light', headingLevel: 2, refresh: 0 }), 'module'))).to.equal(
      '<plan-summary>',
    );
    // An empty priorities list is no default: it shows no card.
    expect(tagOf(snippet(settings({ priorities: [] }), 'module'))).to.equal('<plan-summary priorities="">');
  });

  it('escapes attribute values', () => {
    const text = snippet(settings({ src: '/a.json?x=1&y="2"<b>', lang: "it's", scriptBase: '/a&b/' }), 'module');
    expect(text).to.include('src="/a&amp;b/plan-widgets.js"');
    expect(tagOf(text)).to.equal('<plan-summary src="/a.json?x=1&amp;y=&quot;2&quot;&lt;b&gt;" lang="it&#39;s">');
    expect(escapeHtml(`<&>"'`)).to.equal('&lt;&amp;&gt;&quot;&#39;');
    // The browser reads back exactly what was set.
    const parsed = new DOMParser().parseFromString(text, 'text/html').querySelector('plan-summary')!;
    expect(parsed.getAttribute('src')).to.equal('/a.json?x=1&y="2"<b>');
  });

  it('puts the custom properties in a <style> rule for plan-summary, leaving out values that would end it', () => {
    const text = snippet(settings({ accent: '#b5121b', radius: '0', fontFamily: '"Noto Serif SC", serif' }), 'module');
    expect(text).to.equal(
      '<script type="module" src="/static/plan-widgets/plan-widgets.js"></script>\n' +
        '<style>\n  plan-summary {\n    --plan-accent: #b5121b;\n    --plan-radius: 0;\n    --plan-font-family: "Noto Serif SC", serif;\n  }\n</style>\n' +
        '<plan-summary></plan-summary>\n',
    );
    const unbalanced = ['calc(1em', "'Noto", '"Noto Serif SC, serif', 'calc(1em))', 'var(--x]'];
    for (const bad of [
      'red; } body { display: none',
      'red</style><script>alert(1)</script>',
      'a\\b',
      'x /* y */',
      '  ',
      ...unbalanced,
    ]) {
      expect(isSafeCssValue(bad), bad).to.equal(false);
      expect(snippet(settings({ accent: bad }), 'module'), bad).not.to.include('<style>');
    }
  });

  it('places a feed without an address inside the element, so that no </script> in it can end its script', () => {
    const json = JSON.stringify({ version: 1, plan: { title: '</script><script>alert(1)</script><!--' }, priorities: [] });
    const text = snippet(DEFAULT_SETTINGS, 'module', { inlineFeed: json });
    expect(text).not.to.include('</script><script>');
    const document = new DOMParser().parseFromString(text, 'text/html');
    const script = document.querySelector('plan-summary > script[type="application/json"]')!;
    expect(JSON.parse(script.textContent!)).to.deep.equal(JSON.parse(json));
    // With an address, the feed stays out.
    expect(snippet(settings({ src: '/plan.json' }), 'module', { inlineFeed: json })).not.to.include('application/json');
  });

  it('writes the embed page address with every attribute as a parameter (docs/embed.md)', () => {
    const url = embedUrl(
      settings({
        src: 'https://data.example/plan.json?year=2026&x=a+b',
        languages: ['zh-Hans', 'en'],
        hideRing: true,
        headingLevel: 3,
        expanded: ['safety', '2'],
      }),
    );
    expect(url).to.equal(
      '/static/plan-widgets/embed.html?src=https://data.example/plan.json%3Fyear%3D2026%26x%3Da%2Bb&expanded=safety+2&languages=zh-Hans+en&heading-level=3&hide-ring=1',
    );
    const query = new URL(url, 'https://site.example/').searchParams;
    expect(query.get('src')).to.equal('https://data.example/plan.json?year=2026&x=a+b');
    expect(query.get('languages')).to.equal('zh-Hans en');
    const frame = snippet(settings({ src: '/p.json', lang: 'zh-Hans' }), 'iframe', { frameTitle: '“十大重点” & more' });
    expect(frame).to.equal(
      [
        '<iframe',
        '  src="/static/plan-widgets/embed.html?src=/p.json&amp;lang=zh-Hans"',
        '  title="“十大重点” &amp; more"',
        '  width="100%"',
        '  height="600"',
        '  style="border: 0"',
        '></iframe>',
        '<script src="/static/plan-widgets/embed-parent.js" defer></script>',
        '',
      ].join('\n'),
    );
  });

  it('writes a folder only as a path or an http(s) address: a javascript: one is replaced by the default', () => {
    for (const variant of VARIANTS) {
      const text = snippet(settings({ scriptBase: 'javascript:alert(1)//', src: '/p.json' }), variant, { fallback: '' });
      expect(text, variant).not.to.include('javascript:');
    }
    expect(snippet(settings({ scriptBase: 'https://www.example.gov.cn/js' }), 'module')).to.include(
      'src="https://www.example.gov.cn/js/plan-widgets.js"',
    );
  });

  it('holds the fallback content inside the element', () => {
    const feed = parseFeed(sampleFeed()).feed;
    const fallback = fallbackHtml(feed, { lang: 'en', priorities: 'reform safety' });
    const text = snippet(settings({ src: '/p.json', lang: 'en', priorities: ['reform', 'safety'] }), 'fallback', { fallback });
    expect(text).to.equal(
      `<script type="module" src="/static/plan-widgets/plan-widgets.js"></script>\n<plan-summary src="/p.json" priorities="reform safety" lang="en">\n${fallback}</plan-summary>\n`,
    );
  });
});

describe('configurator: the settings from a snippet', () => {
  it('reads a module snippet with its style rule back', () => {
    const parsed = settingsFromSnippet(
      `<script type="module" src="/assets/pw/plan-widgets.js"></script>
       <style>body { color: red } plan-summary, .x { --plan-accent: #b5121b; --plan-radius: 2px; }</style>
       <plan-summary src="/plan.json" priorities="safety, 1，3" expanded="ALL" layout="list" hide-ring heading-level="4"></plan-summary>`,
    );
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.variant).to.equal('module');
    expect(parsed.settings).to.deep.equal(
      settings({
        src: '/plan.json',
        priorities: ['safety', '1', '3'],
        expanded: 'all',
        layout: 'list',
        hideRing: true,
        headingLevel: 4,
        accent: '#b5121b',
        radius: '2px',
        scriptBase: '/assets/pw/',
      }),
    );
  });

  it('reads the README and docs/recipes.md examples', () => {
    const readme = settingsFromSnippet(
      '<plan-summary src="plan.json" priorities="safety 1 3" expanded="safety" layout="list" lang="zh-Hant" languages="zh-Hans zh-Hant en">',
      '/here/',
    );
    expect(readme.settings).to.deep.equal(
      settings({
        src: 'plan.json',
        priorities: ['safety', '1', '3'],
        expanded: ['safety'],
        layout: 'list',
        lang: 'zh-Hant',
        languages: ['zh-Hans', 'zh-Hant', 'en'],
        scriptBase: '/here/',
      }),
    );
    const portal = settingsFromSnippet(`<iframe
      src="/static/plan-widgets/embed.html?src=/static/plan-widgets/plan.json&amp;lang=zh-Hans&amp;hide-header&amp;hide-ring=0"
      title="工作重点" width="100%" height="600" frameborder="0"></iframe>`);
    expect(portal.variant).to.equal('iframe');
    expect(portal.frameTitle).to.equal('工作重点');
    expect(portal.problems).to.deep.equal([]);
    expect(portal.settings).to.deep.equal(
      settings({ src: '/static/plan-widgets/plan.json', lang: 'zh-Hans', hideHeader: true, scriptBase: '/static/plan-widgets/' }),
    );
    const classic = settingsFromSnippet(
      '<script src="/s/plan-widgets.iife.js"></script><plan-summary src="p.json"><p>Read the plan</p></plan-summary>',
    );
    expect(classic.variant).to.equal('fallback');
    expect(classic.settings.scriptBase).to.equal('/s/');
    expect(settingsFromSnippet('<script src="/s/plan-widgets.iife.js"></script><plan-summary></plan-summary>').variant).to.equal(
      'classic',
    );
  });

  it('reads custom properties from the element’s style attribute, and a feed inside it', () => {
    const parsed = settingsFromSnippet(`<plan-summary style="--plan-font-family: 'Kaiti', serif; --plan-text: #333">
      <script type="application/json">{"version":1}</script>
    </plan-summary>`);
    expect(parsed.settings.fontFamily).to.equal("'Kaiti', serif");
    expect(parsed.inlineFeed).to.equal('{"version":1}');
    expect(parsed.variant).to.equal('module');
    expect(parsed.problems).to.deep.equal([{ kind: 'not-kept', name: '--plan-text' }]);
  });

  it('tells what it could not keep, and keeps the defaults for values the widget would not read', () => {
    const parsed = settingsFromSnippet(
      '<plan-summary class="plan" layout="cards" theme="Dark" heading-level="9" refresh="soon" stale-after="-1"></plan-summary><plan-summary></plan-summary>',
    );
    expect(parsed.settings).to.deep.equal(DEFAULT_SETTINGS);
    expect(parsed.problems).to.deep.equal([
      { kind: 'several' },
      { kind: 'not-kept', name: 'class' },
      { kind: 'value', name: 'layout', value: 'cards' },
      { kind: 'value', name: 'theme', value: 'Dark' },
      { kind: 'value', name: 'heading-level', value: '9' },
      { kind: 'value', name: 'refresh', value: 'soon' },
      { kind: 'value', name: 'stale-after', value: '-1' },
    ]);
    const nothing = settingsFromSnippet('<p>Hello</p><iframe src="https://video.example/watch"></iframe>', '/mine/');
    expect(nothing.problems).to.deep.equal([{ kind: 'nothing' }]);
    expect(nothing.settings.scriptBase).to.equal('/mine/');
  });

  it('runs and loads nothing of the snippet', async () => {
    const flags = window as unknown as { snippetRan?: boolean };
    const before = performance.getEntriesByType('resource').length;
    settingsFromSnippet(
      '<img src="/nothing.png" onerror="window.snippetRan = true"><script>window.snippetRan = true</script><plan-summary src="/never.json"></plan-summary>',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(flags.snippetRan).to.equal(undefined);
    expect(
      performance
        .getEntriesByType('resource')
        .slice(before)
        .map((entry) => entry.name),
    ).to.deep.equal([]);
  });
});

/** Text with what snippets must escape, and CJK, but none of the characters HTML rewrites (CR, NUL). */
const text = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...'ab z09-_./:?&#=+%"\'<>;,{}安全學校'.split('')), maxLength });
const entry = fc.string({ unit: fc.constantFrom(...'abcz09-"&<>\'安'.split('')), minLength: 1, maxLength: 8 });
const cssValue = fc.string({ unit: fc.constantFrom(...'#abf09 .,()%"\'-'.split('')), maxLength: 16 });
const number = fc.oneof(fc.nat(100000), fc.double({ min: 0, max: 1e6, noNaN: true }));

const settingsArbitrary: fc.Arbitrary<Settings> = fc.record({
  src: text(30),
  priorities: fc.option(fc.array(entry, { maxLength: 5 }), { nil: null }),
  expanded: fc.oneof(fc.constant('all' as const), fc.array(entry, { maxLength: 4 })),
  lang: fc.oneof(fc.constantFrom('', 'zh-Hans', 'zh-Hant', 'en', 'zh-TW'), text(8)),
  languages: fc.array(entry, { maxLength: 4 }),
  layout: fc.constantFrom('grid', 'list'),
  theme: fc.constantFrom('light', 'dark', 'auto'),
  headingLevel: fc.integer({ min: 1, max: 6 }),
  hideRing: fc.boolean(),
  hideHeader: fc.boolean(),
  refresh: number,
  staleAfter: fc.option(number, { nil: null }),
  accent: cssValue,
  radius: cssValue,
  fontFamily: cssValue,
  // No `?` or `#`: a folder of the embed page's address cannot hold them.
  scriptBase: fc.string({ unit: fc.constantFrom(...'/ab-_.安"&<'.split('')), maxLength: 12 }),
});

const fallback = fallbackHtml(parseFeed(sampleFeed()).feed, { lang: 'zh-Hant' });
const contextArbitrary: fc.Arbitrary<SnippetContext> = fc.record(
  { frameTitle: text(20), fallback: fc.constant(fallback), inlineFeed: fc.json({ maxDepth: 2 }) },
  { requiredKeys: [] },
);

describe('configurator: snippet round trip (property)', () => {
  it('settings → snippet → settings → the same snippet, in every variant', async () => {
    await assertProperty(
      fc.property(settingsArbitrary, fc.constantFrom<Variant>(...VARIANTS), contextArbitrary, (settings, variant, context) => {
        const first = snippet(settings, variant, context);
        const parsed = settingsFromSnippet(first, 'unused/');
        const second = snippet(parsed.settings, parsed.variant, context);
        expect(second).to.equal(first);
        expect(parsed.problems).to.deep.equal([]);
        if (variant === 'iframe') expect(parsed.frameTitle).to.equal(context.frameTitle ?? '');
        if (variant !== 'iframe' && settings.src.trim() === '' && context.inlineFeed !== undefined) {
          expect(JSON.parse(parsed.inlineFeed!)).to.deep.equal(JSON.parse(context.inlineFeed));
        }
        // And the settings a snippet gives write that snippet's settings again: nothing drifts.
        expect(settingsFromSnippet(second, 'unused/').settings).to.deep.equal(parsed.settings);
      }),
      { numRuns: 300 },
    );
  });
});
