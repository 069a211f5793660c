import type { UiLocale } from '../i18n/localize.js';

/*
 * The spreadsheet templates the configurator links to (templates/ in the package: docs/spreadsheet.md),
 * by their paths in that folder. vite.configurator.config.ts copies exactly these into
 * dist/configurator/templates/, and fails when one is missing or templates/csv/ holds another.
 */

/** The workbook whose sheet names, headers and statuses are in each interface language. */
export const WORKBOOK_TEMPLATES: Record<UiLocale, string> = {
  en: 'plan.xlsx',
  'zh-Hans': 'plan.zh-Hans.xlsx',
  'zh-Hant': 'plan.zh-Hant.xlsx',
};

/** The CSV files, one a sheet, in the order of the sheets (English headers). */
export const CSV_TEMPLATES: readonly string[] = [
  'csv/plan.csv',
  'csv/priorities.csv',
  'csv/actions.csv',
  'csv/measures.csv',
  'csv/updates.csv',
  'csv/history.csv',
  'csv/links.csv',
];

/** Every template, as a path in templates/. */
export const TEMPLATE_FILES: readonly string[] = [...Object.values(WORKBOOK_TEMPLATES), ...CSV_TEMPLATES];
