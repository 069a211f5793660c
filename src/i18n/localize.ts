import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { templates as zhHans } from '../generated/locales/zh-Hans.js';
import { templates as zhHant } from '../generated/locales/zh-Hant.js';
import { matchLocale } from '../feed/text.js';

export type UiLocale = (typeof allLocales)[number];

/*
 * @lit/localize's runtime mode keeps one locale for the whole page, but every widget has its own
 * `lang`. In reentrant mode `msg()` asks for the active locale on each call, so each element renders
 * inside `renderInLocale` and two widgets in two languages can sit side by side. The locale modules
 * are imported statically: the one-file bundle must make no request but the feed.
 */
const modules: Record<(typeof targetLocales)[number], LocaleModule> = {
  'zh-Hans': { templates: zhHans },
  'zh-Hant': { templates: zhHant },
};

let activeLocale: UiLocale = sourceLocale;

try {
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: [...targetLocales],
    getLocale: () => activeLocale,
    loadLocaleSync: (locale) => modules[locale as keyof typeof modules],
  });
} catch {
  // A bundler app that set up @lit/localize itself shares it with these modules, and it can be set
  // up once only: the widget then speaks English rather than break the page.
}

/**
 * A tag as Intl writes it (`zh-hant-tw` → `zh-Hant-TW`, `zh_CN` → `zh-CN`); `en` for what is no
 * language tag at all, so that no Intl formatter is ever handed one it throws on.
 */
export function canonicalLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? sourceLocale;
  } catch {
    return sourceLocale;
  }
}

/** The interface locale for any tag: `zh-TW` → `zh-Hant`, `zh` → `zh-Hans`, `fr` → `en`. */
export function uiLocaleFor(locale: string): UiLocale {
  return matchLocale(locale, allLocales) ?? sourceLocale;
}

/** Runs `render` with `msg()` answering in `locale`. */
export function renderInLocale<T>(locale: UiLocale, render: () => T): T {
  const outer = activeLocale;
  activeLocale = locale;
  try {
    return render();
  } finally {
    activeLocale = outer;
  }
}
