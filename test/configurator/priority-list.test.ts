import { expect } from '@open-wc/testing';
import {
  checklistOrder,
  entryFor,
  expandedEntries,
  idsFor,
  move,
  prioritiesEntries,
  unknownEntries,
} from '../../src/configurator/priority-list.js';

const priorities = [
  { id: 'safety', number: 1 },
  { id: 'reform', number: 2 },
  { id: '2024', number: 3 },
  { id: 'sports', number: 4 },
];

describe('configurator: the priorities checklist', () => {
  it('names a priority by its id, or by its number when its id is digits only (which the widget reads as a number)', () => {
    expect(priorities.map(entryFor)).to.deep.equal(['safety', 'reform', '3', 'sports']);
    expect(idsFor(['3', 'safety', '1', 'nope', '2024'], priorities)).to.deep.equal(['2024', 'safety']);
    expect(unknownEntries(['3', 'safty', '9', '2024'], priorities)).to.deep.equal(['safty', '9', '2024']);
  });

  it('lists every priority: the shown ones in the attribute’s order, then the others in feed order', () => {
    expect(checklistOrder([], priorities, null)).to.deep.equal(['safety', 'reform', '2024', 'sports']);
    expect(checklistOrder([], priorities, ['sports', '1'])).to.deep.equal(['sports', 'safety', 'reform', '2024']);
  });

  it('keeps its order while it agrees with the attribute, so that an unchecked priority stays in place', () => {
    const order = ['reform', 'safety', 'sports', '2024'];
    expect(checklistOrder(order, priorities, ['reform', 'sports', '3'])).to.deep.equal(order);
    // An attribute in another order (a pasted snippet) wins.
    expect(checklistOrder(order, priorities, ['sports', 'reform'])).to.deep.equal(['sports', 'reform', 'safety', '2024']);
    // A list of another feed is started again.
    expect(checklistOrder(['a', 'b'], priorities, null)).to.deep.equal(['safety', 'reform', '2024', 'sports']);
  });

  it('comes to no attribute when every priority shows in feed order', () => {
    const all = new Set(priorities.map((priority) => priority.id));
    expect(prioritiesEntries(['safety', 'reform', '2024', 'sports'], all, priorities)).to.equal(null);
    expect(prioritiesEntries(['reform', 'safety', '2024', 'sports'], all, priorities)).to.deep.equal([
      'reform',
      'safety',
      '3',
      'sports',
    ]);
    expect(prioritiesEntries(['safety', 'reform', '2024', 'sports'], new Set(['sports', 'safety']), priorities)).to.deep.equal([
      'safety',
      'sports',
    ]);
    expect(prioritiesEntries(['safety', 'reform', '2024', 'sports'], new Set(), priorities)).to.deep.equal([]);
    expect(expandedEntries(['sports', 'safety', 'reform', '2024'], new Set(['2024', 'sports']), priorities)).to.deep.equal([
      'sports',
      '3',
    ]);
  });

  it('moves an item, clamped to the list', () => {
    expect(move(['a', 'b', 'c'], 0, 2)).to.deep.equal(['b', 'c', 'a']);
    expect(move(['a', 'b', 'c'], 2, 0)).to.deep.equal(['c', 'a', 'b']);
    expect(move(['a', 'b', 'c'], 1, 9)).to.deep.equal(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 1, -1)).to.deep.equal(['b', 'a', 'c']);
  });
});
