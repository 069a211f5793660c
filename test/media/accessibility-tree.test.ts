// What a screen reader is given: Chromium's accessibility tree of a rendered plan (read over the
// DevTools protocol by the `accessibility-tree` command of web-test-runner.config.mjs), reduced to the
// roles, names, levels and states a visitor moves by.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PlanSummary } from '../../src/elements/plan-summary.js';
import { sampleFeed } from '../fixtures/feeds.js';
import { renderSummary } from '../fixtures/render.js';

interface AXNode {
  readonly role?: string;
  readonly name?: string;
  readonly description?: string;
  readonly level?: number;
  readonly expanded?: boolean;
  readonly pressed?: boolean | 'mixed';
  readonly children?: readonly AXNode[];
}

const accessibilityTree = (selector: string) =>
  executeServerCommand<AXNode, { selector: string }>('accessibility-tree', { selector });

/**
 * One line per region, heading, group, list, list item, button and progress bar, indented by nesting:
 * the role, the level of a heading, the name, the expanded or pressed state of a button that has one.
 */
function outline(node: AXNode, depth = 0): string[] {
  const { role = '', name, level, expanded, pressed } = node;
  const shown = ['region', 'heading', 'group', 'list', 'listitem', 'button', 'progressbar'].includes(role);
  const line = [
    role,
    role === 'heading' ? level : '',
    name ? JSON.stringify(name) : '',
    expanded === undefined ? '' : `expanded=${expanded}`,
    pressed === undefined ? '' : `pressed=${pressed}`,
  ];
  const below = (node.children ?? []).flatMap((child) => outline(child, shown ? depth + 1 : depth));
  return shown ? [`${'  '.repeat(depth)}${line.filter((part) => part !== '').join(' ')}`, ...below] : below;
}

/** The nodes of `role` under `node`, in order. */
const all = (node: AXNode, role: string): AXNode[] => [
  ...(node.role === role ? [node] : []),
  ...(node.children ?? []).flatMap((child) => all(child, role)),
];

/** Each card's status and progress as read: the description of its button, which holds them with number and title. */
const descriptions = (tree: AXNode) => all(tree, 'listitem').map((item) => all(item, 'button')[0]!.description);

function feedWithStatuses() {
  const feed = sampleFeed();
  // Given, and without a period, which would have ended: the snapshot stays the same from day to day.
  delete feed.plan.period;
  feed.priorities[0]!.status = 'on-track';
  feed.priorities[2]!.status = 'done';
  return feed;
}

async function toggleFirstCard(summary: PlanSummary) {
  const card = summary.shadowRoot!.querySelector('plan-priority-card')!;
  card.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')!.click();
  await summary.updateComplete;
  await card.updateComplete;
}

describe('the accessibility tree of a plan (Chromium)', () => {
  it('in English with heading-level="3": a region named by the plan, h3 then h4 cards in a list, named buttons that hold status and ring', async () => {
    const { summary } = await renderSummary(
      html`<plan-summary lang="en" heading-level="3" .feed=${feedWithStatuses()}></plan-summary>`,
    );
    const tree = await accessibilityTree('plan-summary');
    expect(outline(tree)).to.deep.equal([
      'region "Plan for the year"',
      '  heading 3 "Plan for the year"',
      '  progressbar "Overall progress"',
      '  button "Expand all" expanded=false',
      '  group "Filter by status"',
      '    button "Done (1)" pressed=false',
      '    button "On track (1)" pressed=false',
      '    button "At risk (1)" pressed=false',
      '  list',
      '    listitem',
      '      heading 4 "1 Safety"',
      '        button "1 Safety" expanded=false',
      '    listitem',
      '      heading 4 "2 Reform"',
      '        button "2 Reform" expanded=false',
      '    listitem',
      '      heading 4 "3 Sports"',
      '        button "3 Sports" expanded=false',
    ]);
    // The ring and status are inside the button, out of its name: its description, in words (the icons
    // ✓, !, ★ left out), with the ring's value text.
    expect(descriptions(tree)).to.deep.equal(['Status: On track 50%', 'Status: At risk 20%', 'Status: Done 0%']);

    // Open, the card's button says so and its details' headings come one level below its title.
    await toggleFirstCard(summary);
    const opened = outline(await accessibilityTree('plan-summary')).filter((line) => /heading|expanded=/.test(line));
    expect(opened.map((line) => line.trim())).to.deep.equal([
      'heading 3 "Plan for the year"',
      'button "Expand all" expanded=false',
      'heading 4 "1 Safety"',
      'button "1 Safety" expanded=true',
      'heading 5 "Actions"',
      'heading 5 "Measures"',
      'heading 5 "Updates"',
      'heading 5 "Links"',
      'heading 4 "2 Reform"',
      'button "2 Reform" expanded=false',
      'heading 4 "3 Sports"',
      'button "3 Sports" expanded=false',
    ]);

    // A count pressed says so, and the list holds only its priorities.
    const start = location.href;
    try {
      summary.shadowRoot!.querySelector<HTMLButtonElement>('[part="headline"] button')!.click();
      await summary.updateComplete;
      const filtered = outline(await accessibilityTree('plan-summary'));
      expect(filtered.slice(4, 8)).to.deep.equal([
        '  group "Filter by status"',
        '    button "Done (1)" pressed=true',
        '    button "On track (1)" pressed=false',
        '    button "At risk (1)" pressed=false',
      ]);
      expect(filtered.filter((line) => line.includes('heading 4'))).to.deep.equal(['      heading 4 "3 Sports"']);
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('describes a card’s button by its count of overdue actions, said after the button’s name', async () => {
    const feed = feedWithStatuses();
    // Long past, so overdue on whatever day the test runs.
    feed.priorities[0]!.actions = [
      { title: 'Late', due: '2000-01-31' },
      { title: 'Later', due: '2000-02-29' },
    ];
    await renderSummary(html`<plan-summary .feed=${feed}></plan-summary>`);
    const cards = all(await accessibilityTree('plan-summary'), 'listitem').map((item) => all(item, 'button')[0]!);
    expect(cards.map(({ name, description }) => [name, description])).to.deep.equal([
      ['1 Safety', 'Status: On track 2 overdue 50%'],
      ['2 Reform', 'Status: At risk 20%'],
      ['3 Sports', 'Status: Done 0%'],
    ]);
  });

  it('in Simplified Chinese with the default levels: h2 then h3, the same structure in Chinese', async () => {
    await renderSummary(html`<plan-summary lang="zh-Hans" .feed=${feedWithStatuses()}></plan-summary>`);
    const tree = await accessibilityTree('plan-summary');
    expect(outline(tree)).to.deep.equal([
      'region "年度计划"',
      '  heading 2 "年度计划"',
      '  progressbar "总体进度"',
      '  button "全部展开" expanded=false',
      '  group "按状态筛选"',
      '    button "已完成 1 项" pressed=false',
      '    button "按序时推进 1 项" pressed=false',
      '    button "存在风险 1 项" pressed=false',
      '  list',
      '    listitem',
      '      heading 3 "1 安全"',
      '        button "1 安全" expanded=false',
      '    listitem',
      '      heading 3 "2 Reform"',
      '        button "2 Reform" expanded=false',
      '    listitem',
      '      heading 3 "3 Sports"',
      '        button "3 Sports" expanded=false',
    ]);
    expect(descriptions(tree)).to.deep.equal(['状态： 按序时推进 50%', '状态： 存在风险 20%', '状态： 已完成 0%']);
  });
});
