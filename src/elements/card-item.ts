import { noChange } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { ChildPart, DirectiveResult } from 'lit/directive.js';
import type { CardPriority, PlanPriorityCard } from './plan-priority-card.js';

type CardProperty = 'expanded' | 'lang' | 'defaultLocale' | 'headingLevel' | 'expected' | 'statusRule';

/**
 * What a `<plan-summary>` sets on the card of one of its priorities: the card's own properties, so
 * that a renamed one breaks the build, each given even when undefined (one left out would keep the
 * value an earlier render set).
 */
export type CardSettings = { readonly [K in CardProperty]-?: PlanPriorityCard[K] } & { readonly priority: CardPriority };

/** Every part of a card, exported through the summary that holds it. */
const CARD_PARTS =
  'card,card-header,card-heading,toggle,card-number,card-title,status,overdue,ring,card-summary,card-body,section-title,trend,svg,track,indicator,marker,value';

/**
 * The list item of one priority's card, for an entry of a `repeat` keyed by id: made once, then
 * given each render's settings in place, as property bindings would set them (a card updates only
 * for a setting that changed). A template with a binding for each setting kept about 0.4 KB of Lit's
 * objects for each card (npm run bench: JS heap after 1,000 priorities); this keeps the elements alone.
 */
class CardItem extends Directive {
  private item?: HTMLLIElement;

  // The work is in update(), which Lit calls on the page; render() would serve a server's render.
  render(_settings: CardSettings): typeof noChange {
    return noChange;
  }

  override update(_part: ChildPart, [settings]: [CardSettings]): HTMLLIElement {
    const item = (this.item ??= makeItem(settings.priority.id));
    // An open card takes a row of its own (the summary's styles).
    if (settings.expanded) item.className = 'open';
    else item.removeAttribute('class');
    Object.assign(item.firstElementChild as PlanPriorityCard, settings);
    return item;
  }
}

function makeItem(id: string): HTMLLIElement {
  const item = document.createElement('li');
  const card = item.appendChild(document.createElement('plan-priority-card'));
  card.id = `priority-${id}`;
  card.setAttribute('exportparts', CARD_PARTS);
  return item;
}

// Typed without the class, whose element is its own business (declaration files cannot name a private member).
export const cardItem: (settings: CardSettings) => DirectiveResult = directive(CardItem);
