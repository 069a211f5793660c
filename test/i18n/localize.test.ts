import { expect } from '@open-wc/testing';
import { str } from '@lit/localize';
import { canonicalLocale, msg, renderInLocale, uiLocaleFor } from '../../src/i18n/localize.js';
import { formatAge, formatDate, formatNumber, formatPercent } from '../../src/i18n/format.js';
import { languageName } from '../../src/i18n/language-names.js';
import { statusLabel } from '../../src/i18n/status.js';

describe('interface locale', () => {
  const cases: [string, string][] = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-hant', 'zh-Hant'],
    ['fr', 'en'],
    ['', 'en'],
    ['not a tag', 'en'],
  ];
  for (const [tag, ui] of cases) {
    it(`reads "${tag}" as ${ui}`, () => expect(uiLocaleFor(tag)).to.equal(ui));
  }

  it('answers msg() in the locale it is asked for, and in English outside', () => {
    expect(renderInLocale('zh-Hans', () => statusLabel('done'))).to.equal('已完成');
    expect(renderInLocale('zh-Hant', () => statusLabel('not-started'))).to.equal('尚未啟動');
    expect(statusLabel('off-track')).to.equal('Behind schedule');
    expect(renderInLocale('zh-Hant', () => msg('Expand all', { id: 'expand-all' }))).to.equal('全部展開');
  });

  it('puts the values of a str message where each translation wants them', () => {
    const reading = (goal: string, from: string) => msg(str` (target ${goal}, from ${from})`, { id: 'measure-target-baseline' });
    expect(reading('45', '6')).to.equal(' (target 45, from 6)');
    expect(renderInLocale('zh-Hans', () => reading('45', '6'))).to.equal('（目标 45，基线 6）');
    // zh-Hans writes the status of a server, then the address, in the other order than English.
    const http = (status: string, url: string) =>
      msg(str`The server answered ${status} for ${url}. Check the address.`, { id: 'http' });
    expect(renderInLocale('zh-Hans', () => http('404', 'plan.json'))).to.contain('plan.json 返回了 404');
  });

  it('restores the outer locale after a nested render', () => {
    const seen = renderInLocale('zh-Hans', () => {
      const inner = renderInLocale('en', () => statusLabel('done'));
      return [inner, statusLabel('done')];
    });
    expect(seen).to.deep.equal(['Done', '已完成']);
  });
});

describe('canonicalLocale', () => {
  it('writes tags as Intl does, and reads what is no tag as en', () => {
    expect(canonicalLocale('zh-hant-tw')).to.equal('zh-Hant-TW');
    expect(canonicalLocale(' zh_CN ')).to.equal('zh-CN');
    expect(canonicalLocale('not a tag!')).to.equal('en');
    expect(canonicalLocale('')).to.equal('en');
  });
});

describe('formatting', () => {
  it('formats percentages', () => {
    expect(formatPercent(65, 'en')).to.equal('65%');
    expect(formatPercent(65, 'zh-Hans')).to.equal('65%');
    expect(formatPercent(33.4, 'en')).to.equal('33%');
  });

  it('formats ISO dates as calendar days in the locale', () => {
    expect(formatDate('2023-08-23', 'zh-Hans')).to.equal('2023年8月23日');
    expect(formatDate('2023-08-23', 'zh-TW')).to.equal('2023年8月23日');
    // What is no date (a standalone card's priority is not validated) shows as written, its bidi closed.
    expect(formatDate('soon', 'en')).to.equal('soon');
    expect(formatDate('\u202Esoon', 'en')).to.equal('\u202Esoon\u202C');
    expect(formatDate('2023-08-23', 'en-GB')).to.equal('23 August 2023');
    expect(formatDate('2023-08-23T23:30:00-05:00', 'en-US')).to.equal('August 23, 2023');
  });

  it('formats numbers and ages', () => {
    expect(formatNumber(1234.5, 'en')).to.equal('1,234.5');
    expect(formatAge(400, 'en')).to.equal('last year');
    expect(formatAge(65, 'en')).to.equal('2 months ago');
    expect(formatAge(3, 'zh-Hans')).to.equal('3天前');
  });
});

describe('language names', () => {
  it('names each language in itself', () => {
    expect(languageName('zh-Hans')).to.equal('简体中文');
    expect(languageName('zh-TW')).to.equal('繁體中文');
    expect(languageName('en-GB')).to.equal('English');
    expect(languageName('fr')).to.equal('fr');
  });
});
