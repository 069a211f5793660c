import type { StrResult } from '@lit/localize';
import { allLocales, sourceLocale } from '../generated/locale-codes.js';
import { templates as zhHans } from '../generated/locales/zh-Hans.js';
import { templates as zhHant } from '../generated/locales/zh-Hant.js';
import { matchLocale } from '../feed/text.js';
import { memo } from '../memo.js';

export type UiLocale = (typeof allLocales)[number];

type Template = string | StrResult;

/*
 * Why not @lit/localize's own runtime: it keeps one locale per page and can be set up once per app,
 * but every widget has its own `lang`, and an app that sets up @lit/localize for itself must neither
 * break the widget nor be broken by it. So the messages are written, extracted and translated with
 * @lit/localize (`msg`, `str`, lit-localize extract/build, XLIFF), and looked up here by their `id`
 * in the generated locale modules, which are imported statically: the one-file bundle must make no
 * request but the feed.
 */
const catalogs: Record<UiLocale, Record<string, Template> | undefined> = {
  en: undefined,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
};

let activeLocale: UiLocale = sourceLocale;

/**
 * The message `id` in the locale being rendered (see `renderInLocale`), else as written. A `str`
 * translation holds, in place of each value, the index of the source value it takes, since a
 * translation may reorder them. The brand lets lit-localize's extractor find the calls.
 */
export const msg: ((template: Template, options: { id: string; desc?: string }) => string) & {
  _LIT_LOCALIZE_MSG_?: never;
} = (template, { id }) => {
  const localized = catalogs[activeLocale]?.[id] ?? template;
  if (typeof localized === 'string') return localized;
  const { values } = template as StrResult;
  const order = localized === template ? undefined : (localized.values as number[]);
  return localized.strings.reduce((text, part, i) => `${text}${String(values[order ? order[i - 1]! : i - 1])}${part}`);
};

const canonicalTags = new Map<string, string>();

/**
 * A tag as Intl writes it (`zh-hant-tw` → `zh-Hant-TW`, `zh_CN` → `zh-CN`); `en` for what is no
 * language tag at all, so that no Intl formatter is ever handed one it throws on. Kept per tag: every
 * element asks at each update.
 */
export function canonicalLocale(tag: string): string {
  return memo(canonicalTags, tag, () => {
    try {
      return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? sourceLocale;
    } catch {
      return sourceLocale;
    }
  });
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
