import { noChange, render } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { DirectiveResult } from 'lit/directive.js';

/**
 * Whether an input renders as before: the same value, or an object JSON writes alike (a refresh
 * parses equal new objects; a framework may pass equal new ones). An object JSON cannot write (a
 * standalone card's priority is not validated) is never alike.
 */
function alike(input: unknown, before: unknown): boolean {
  if (input === before) return true;
  if (typeof input !== 'object' || typeof before !== 'object' || input === null || before === null) return false;
  try {
    return JSON.stringify(input) === JSON.stringify(before);
  } catch {
    return false;
  }
}

/** `before` when each of `inputs` is `alike` the one at its place in it, else `inputs`: a key for `snapshot`. */
export function unlessAlike<T extends readonly unknown[]>(before: T | undefined, inputs: T): T {
  return before?.length === inputs.length && inputs.every((input, i) => alike(input, before[i])) ? before : inputs;
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
    return nodes;
  }
}

// Typed without the class, whose memo is its own business (declaration files cannot name a private member).
export const snapshot: (key: unknown, template: () => unknown) => DirectiveResult = directive(Snapshot);
