import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { selectExpanded, selectPriorities, splitList } from '../../src/feed/select.js';
import { problemText } from '../../src/feed/errors.js';
import type { Problem } from '../../src/feed/errors.js';
import { renderInLocale } from '../../src/i18n/localize.js';
import { sampleFeed } from '../fixtures/feeds.js';

const english = (warnings: readonly Problem[]) => warnings.map(problemText);

const { priorities } = parseFeed(sampleFeed()).feed;
const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);

describe('choosing priorities', () => {
  it('splits lists at commas (also full-width) and white space', () => {
    expect(splitList(' 1,3  safety，reform\n')).to.deep.equal(['1', '3', 'safety', 'reform']);
    expect(splitList(null)).to.deep.equal([]);
  });

  it('shows all, in feed order, when no list is given', () => {
    expect(ids(selectPriorities(priorities, null).shown)).to.deep.equal(['safety', 'reform', 'sports']);
  });

  it('takes ids and numbers in the order given, each once', () => {
    const selection = selectPriorities(priorities, '3, safety 2 03 sports');
    expect(ids(selection.shown)).to.deep.equal(['sports', 'safety', 'reform']);
    expect(selection.warnings).to.deep.equal([]);
  });

  it('skips unknown entries with a warning', () => {
    const selection = selectPriorities(priorities, '9 safety nonsense');
    expect(ids(selection.shown)).to.deep.equal(['safety']);
    expect(english(selection.warnings)).to.deep.equal([
      'priorities: "9" matches no priority in the feed',
      'priorities: "nonsense" matches no priority in the feed',
    ]);
    const [{ message }] = selection.warnings as [Problem];
    expect(renderInLocale('zh-Hans', message)).to.equal('"9" 与数据中的任何重点工作都不匹配');
    expect(renderInLocale('zh-Hant', message)).to.equal('"9" 與資料中的任何重點工作都不相符');
  });

  it('reads `expanded` as all, a list, or none', () => {
    expect(ids(selectExpanded(priorities, 'ALL').shown)).to.deep.equal(['safety', 'reform', 'sports']);
    expect(ids(selectExpanded(priorities, '2').shown)).to.deep.equal(['reform']);
    expect(english(selectExpanded(priorities, 'x').warnings)).to.deep.equal(['expanded: "x" matches no priority in the feed']);
    expect(selectExpanded(priorities, null).shown).to.deep.equal([]);
  });
});
