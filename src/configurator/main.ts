/**
 * The configurator page's script (demo/configurator.html, dist/configurator/index.html): sets up its
 * `<plan-configurator>` from the page and its address, and keeps the document's language and title
 * in the interface language.
 *
 * - `<meta name="plan-widgets-folder" content="../">`: where the widget's files are, relative to the
 *   page; the snippet names that folder (as a path from the site's root) until the editor changes it.
 * - `<meta name="plan-widgets-templates" content="templates/">`: where the spreadsheet templates are,
 *   relative to the page (the package's templates/; dist/configurator/templates/ holds a copy).
 * - `?lang=zh-Hant`: the interface language; without it, the browser's.
 * - `?src=feeds/plan.json`: a feed to load at once.
 */
import { PlanConfigurator } from './define.js';
import { browserLanguage } from './plan-configurator.js';
import type { LanguageChangeEvent } from './plan-configurator.js';
import { STRINGS } from './strings.js';
import { uiLocaleFor } from '../i18n/localize.js';

const configurator = document.querySelector('plan-configurator');
if (configurator instanceof PlanConfigurator) {
  document.addEventListener('configurator-language', (event) => {
    const { language } = (event as LanguageChangeEvent).detail;
    document.documentElement.lang = language;
    document.title = STRINGS[language].pageTitle;
  });
  const query = new URLSearchParams(location.search);
  const folder = document.querySelector<HTMLMetaElement>('meta[name="plan-widgets-folder"]')?.content ?? '../';
  configurator.scriptBase = new URL(folder, location.href).pathname;
  const templates = document.querySelector<HTMLMetaElement>('meta[name="plan-widgets-templates"]')?.content;
  if (templates) configurator.templates = new URL(templates, location.href).href;
  const lang = query.get('lang');
  configurator.language = lang ? uiLocaleFor(lang) : browserLanguage();
  const src = query.get('src');
  if (src) configurator.src = src;
}
