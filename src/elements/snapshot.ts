import { noChange, render } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { DirectiveResult } from 'lit/directive.js';

const isPlainObject = (value: object): value is Record<string, unknown> => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * Whether two values are the same data: the same value (`Object.is`: NaN is NaN, -0 is not 0), or
 * plain objects and arrays whose entries are the same data. Anything else (a class instance, a
 * function) only when it is the same object. A refresh parses equal new objects; a framework may
 * pass some.
 */
function sameData(input: unknown, before: unknown): boolean {
  if (Object.is(input, before)) return true;
  if (typeof input !== 'object' || typeof before !== 'object' || input === null || before === null) return false;
  if (Array.isArray(input) || Array.isArray(before)) {
    return (
      Array.isArray(input) &&
      Array.isArray(before) &&
      input.length === before.length &&
      input.every((entry, i) => sameData(entry, before[i]))
    );
  }
  if (!isPlainObject(input) || !isPlainObject(before)) return false;
  const keys = Object.keys(input);
  return (
    keys.length === Object.keys(before).length &&
    keys.every((key) => Object.prototype.hasOwnProperty.call(before, key) && sameData(input[key], before[key]))
  );
}

/**
 * `before` when each of `inputs` is the same data as the one at its place in it (`sameData`), else
 * `inputs`: a key for `snapshot`. Two objects that hold themselves, each its own, are never the same.
 */
export function unlessAlike<T extends readonly unknown[]>(before: T | undefined, inputs: T): T {
  try {
    return before !== undefined && sameData(inputs, before) ? before : inputs;
  } catch {
    // A cycle: the comparison ran out of stack.
    return inputs;
  }
}

/**
 * Renders `template()` as plain DOM, again only when `key` is another (`===`; see `unlessAlike`).
 * Lit keeps an object for each binding of a template it renders, to update it in place; content
 * that only ever changes as a whole needs none of them once it has rendered. A card's texts and
 * details are that: kept, such objects took about 4 KB a card (npm run bench: JS heap after 1,000
 * priorities). The content must have no event bindings, since nothing of Lit stays to update or
 * remove them.
 */
class Snapshot extends Directive {
  private key?: unknown;

  render(key: unknown, template: () => unknown): unknown {
    if (key === this.key) return noChange;
    this.key = key;
    const nodes = document.createDocumentFragment();
    // Lit keeps its objects for what it renders on the node it renders before: once that node is
    // gone, so are they.
    const end = nodes.appendChild(document.createComment(''));
    render(template(), nodes, { renderBefore: end });
    end.remove();
    // Lit's markers of where each binding went: with nothing left to update, only weight (about
    // 40 comments in a card's details, 0.9 MB of JS heap in 1,000 cards).
    const comments = document.createTreeWalker(nodes, NodeFilter.SHOW_COMMENT);
    const markers: ChildNode[] = [];
    while (comments.nextNode()) markers.push(comments.currentNode as ChildNode);
    markers.forEach((marker) => marker.remove());
    return nodes;
  }
}

// Typed without the class, whose memo is its own business (declaration files cannot name a private member).
export const snapshot: (key: unknown, template: () => unknown) => DirectiveResult = directive(Snapshot);
