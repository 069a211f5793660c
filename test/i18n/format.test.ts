import { expect } from '@open-wc/testing';
import { renderInLocale } from '../../src/i18n/localize.js';
import { formatDate, formatFigure, formatMeasure, formatNumber, formatPercent, isPercentUnit } from '../../src/i18n/format.js';
import { fallbackHtml } from '../../src/cli/fallback.js';
import { parseFeed } from '../../src/feed/parse.js';
import { sampleFeed } from '../fixtures/feeds.js';

describe('numbers people read', () => {
  it('writes whole numbers without decimals, and groups large ones as the locale does', () => {
    expect(formatNumber(98, 'en')).to.equal('98');
    expect(formatNumber(98.0, 'zh-Hans')).to.equal('98');
    expect(formatNumber(1234567, 'en-GB')).to.equal('1,234,567');
    expect(formatNumber(1234567, 'zh-Hans')).to.equal('1,234,567');
    expect(formatNumber(1234567.891, 'de')).to.equal('1.234.567,89');
    expect(formatNumber(1234567, 'en-IN')).to.equal('12,34,567');
  });

  it('writes a figure of a measure in % with its sign, to two decimals at most', () => {
    expect(formatFigure(98, true, 'en')).to.equal('98%');
    expect(formatFigure(62.5, true, 'zh-Hans')).to.equal('62.5%');
    expect(formatFigure(1200, false, 'en')).to.equal('1,200');
    // The ring's percentages stay whole.
    expect(formatPercent(62.5, 'en')).to.equal('63%');
    expect(formatPercent(62.5, 'en', 2)).to.equal('62.5%');
  });

  it('knows the percent sign as a unit, half- or full-width', () => {
    expect(['%', ' % ', '％'].map(isPercentUnit)).to.deep.equal([true, true, true]);
    expect(['schools', '%s', 'per cent', ''].map(isPercentUnit)).to.deep.equal([false, false, false, false]);
  });

  it('reads a measure in %: "98% (target 100%)", a baseline "from 0%"', () => {
    const en = (measure: Parameters<typeof formatMeasure>[0]) => formatMeasure(measure, true, 'en').join('');
    expect(en({ current: 98, target: 100 })).to.equal('98% (target 100%)');
    expect(en({ current: 62, target: 100, baseline: 0 })).to.equal('62% (target 100%, from 0%)');
    expect(en({ current: 62, baseline: 0 })).to.equal('62% (from 0%)');
    expect(en({ target: 100 })).to.equal('– (target 100%)');
    expect(en({ current: 62 })).to.equal('62%');
    const zh = (locale: 'zh-Hans' | 'zh-Hant') =>
      renderInLocale(locale, () => formatMeasure({ current: 98, target: 100, baseline: 0 }, true, locale).join(''));
    expect(zh('zh-Hans')).to.equal('98%（目标 100%，基线 0%）');
    expect(zh('zh-Hant')).to.equal('98%（目標 100%，基準值 0%）');
    expect(renderInLocale('zh-Hans', () => formatMeasure({ current: 98, target: 100 }, true, 'zh-Hans').join(''))).to.equal(
      '98%（目标 100%）',
    );
  });

  it('reads a measure in another unit as its value, the unit after it (the element’s), then the note', () => {
    expect(formatMeasure({ current: 30, target: 40, baseline: 10 }, false, 'en')).to.deep.equal(['30', ' (target 40, from 10)']);
    expect(formatMeasure({ current: 12000, target: 15000 }, false, 'en-GB')).to.deep.equal(['12,000', ' (target 15,000)']);
    expect(renderInLocale('zh-Hant', () => formatMeasure({ current: 30, target: 40 }, false, 'zh-Hant'))).to.deep.equal([
      '30',
      '（目標 40）',
    ]);
  });

  it('writes English dates as the region of lang does; bare en as en-US', () => {
    expect(formatDate('2023-09-01', 'en-GB')).to.equal('1 September 2023');
    expect(formatDate('2023-09-01', 'en-US')).to.equal('September 1, 2023');
    expect(formatDate('2023-09-01', 'en')).to.equal('September 1, 2023');
  });

  it('gives the CLI’s fallback the same dates as the widget', () => {
    const feed = parseFeed(sampleFeed()).feed;
    expect(fallbackHtml(feed, { lang: 'en-GB' })).to.contain('1 September 2020 – 31 July 2021');
    expect(fallbackHtml(feed, { lang: 'en-US' })).to.contain('September 1, 2020 – July 31, 2021');
  });
});
