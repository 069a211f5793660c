import { expect } from '@open-wc/testing';
import { addImpliedScript, closeBidi, localeFallbacks, matchLocale, resolveText, textLanguage } from '../../src/feed/text.js';

describe('text resolution', () => {
  it('gives a Chinese tag the script its region implies', () => {
    expect(addImpliedScript('zh-TW')).to.equal('zh-Hant-TW');
    expect(addImpliedScript('zh-HK')).to.equal('zh-Hant-HK');
    expect(addImpliedScript('zh-MO')).to.equal('zh-Hant-MO');
    expect(addImpliedScript('zh-CN')).to.equal('zh-Hans-CN');
    expect(addImpliedScript('zh-SG')).to.equal('zh-Hans-SG');
    expect(addImpliedScript('zh')).to.equal('zh-Hans');
    expect(addImpliedScript('zh-tw')).to.equal('zh-Hant-tw');
    expect(addImpliedScript('zh-Hant-CN')).to.equal('zh-Hant-CN');
    expect(addImpliedScript('en-GB')).to.equal('en-GB');
  });

  it('falls back from a tag to its parents', () => {
    expect(localeFallbacks('zh-TW')).to.deep.equal(['zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(localeFallbacks('en-GB')).to.deep.equal(['en-GB', 'en']);
  });

  it('matches without regard to case and keeps the available spelling', () => {
    expect(matchLocale('ZH-hant-tw', ['en', 'zh-Hant'])).to.equal('zh-Hant');
    expect(matchLocale('fr', ['en', 'zh-Hant'])).to.equal(undefined);
  });

  it('takes the last of keys that differ only in case, as it always has, asked once or many times', () => {
    for (let i = 0; i < 2; i++) {
      expect(resolveText({ en: 'first', EN: 'second' }, 'en')).to.equal('second');
      expect(matchLocale('en-GB', ['EN', 'en'])).to.equal('en');
    }
  });

  const text = { zh: '中文', 'zh-Hant': '繁體', 'zh-Hans': '简体', en: 'English' };

  it('reads zh-TW, zh-HK and zh-Hant-TW as Traditional Chinese', () => {
    expect(resolveText({ zh: '中文', 'zh-Hant': '繁體' }, 'zh-TW')).to.equal('繁體');
    expect(resolveText(text, 'zh-HK')).to.equal('繁體');
    expect(resolveText(text, 'zh-Hant-TW')).to.equal('繁體');
  });

  it('reads zh-CN and bare zh as Simplified Chinese', () => {
    expect(resolveText(text, 'zh-CN')).to.equal('简体');
    expect(resolveText(text, 'zh')).to.equal('简体');
  });

  it('reads en-GB as en', () => {
    expect(resolveText(text, 'en-GB')).to.equal('English');
  });

  it('falls back to the default locale, then the first entry, for a locale the feed lacks', () => {
    expect(resolveText(text, 'fr', 'zh-Hans')).to.equal('简体');
    expect(resolveText({ 'zh-Hant': '繁體', en: 'English' }, 'fr', 'de')).to.equal('繁體');
    expect(resolveText({ ZH: '大写' }, 'zh-CN')).to.equal('大写');
  });

  it('returns plain strings as they are and nothing for absent text', () => {
    expect(resolveText('Safety', 'zh-Hans')).to.equal('Safety');
    expect(resolveText(undefined, 'en')).to.equal('');
  });
});

describe('textLanguage', () => {
  const text = { 'zh-Hans': '示例', en: 'Example' };

  it('is the tag of the entry shown: the reader’s own, or the one the text fell back to', () => {
    expect(textLanguage(text, 'zh-CN', 'zh-Hans')).to.equal('zh-Hans');
    expect(textLanguage(text, 'en-GB', 'zh-Hans')).to.equal('en');
    // No Traditional entry: the default locale's text is shown, and marked as such.
    expect(textLanguage(text, 'zh-TW', 'zh-Hans')).to.equal('zh-Hans');
    expect(textLanguage(text, 'fr', 'en')).to.equal('en');
    // Neither the reader's language nor the default: the first entry.
    expect(textLanguage({ 'zh-Hant': '範例', en: 'Example' }, 'fr', 'zh-Hans')).to.equal('zh-Hant');
    expect(resolveText({ 'zh-Hant': '範例', en: 'Example' }, 'fr', 'zh-Hans')).to.equal('範例');
  });

  it('is the default locale for a plain string, which is written in it', () => {
    expect(textLanguage('示例', 'en', 'zh-Hans')).to.equal('zh-Hans');
    expect(textLanguage('Example', 'zh-Hans')).to.equal('en');
    // No text (an unvalidated card's missing title) shows nothing, and is not read as an object.
    expect(textLanguage(undefined, 'en', 'zh-Hans')).to.equal('zh-Hans');
  });
});

describe('closeBidi', () => {
  it('closes the embeddings and overrides a text leaves open, and drops isolates', () => {
    expect(closeBidi('Inspect \u202Ecampuses')).to.equal('Inspect \u202Ecampuses\u202C');
    expect(closeBidi('\u202Ba\u202Db')).to.equal('\u202Ba\u202Db\u202C\u202C');
    expect(closeBidi('\u202Eclosed\u202C')).to.equal('\u202Eclosed\u202C');
    // A pop before the override closes nothing: the override is still closed at the end.
    expect(closeBidi('\u202C\u202Eevil')).to.equal('\u202C\u202Eevil\u202C');
    expect(closeBidi('\u2067isolated\u2069 and \u2068not closed')).to.equal('isolated and not closed');
    expect(closeBidi('安全 Safety تفتيش')).to.equal('安全 Safety تفتيش');
  });

  it('is applied to every text resolved for display', () => {
    expect(resolveText('\u202Ex', 'en')).to.equal('\u202Ex\u202C');
    expect(resolveText({ en: '\u202Ex' }, 'en')).to.equal('\u202Ex\u202C');
  });
});
