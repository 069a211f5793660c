/**
 * plan-widgets: importing this module registers <plan-summary>, <plan-priority-card> and
 * <plan-progress-ring>, each only when its name is still free (a page may load the widget twice).
 * The element modules themselves register nothing.
 */
import { PlanSummary } from './elements/plan-summary.js';
import { PlanPriorityCard } from './elements/plan-priority-card.js';
import { PlanProgressRing } from './elements/plan-progress-ring.js';

const elements: [string, CustomElementConstructor][] = [
  ['plan-progress-ring', PlanProgressRing],
  ['plan-priority-card', PlanPriorityCard],
  ['plan-summary', PlanSummary],
];
for (const [name, element] of elements) {
  if (!customElements.get(name)) customElements.define(name, element);
}

export { PlanSummary, PlanPriorityCard, PlanProgressRing };
export type { CardPriority } from './elements/plan-priority-card.js';
export { parseFeed } from './feed/parse.js';
export type { ParsedFeed } from './feed/parse.js';
export { FeedError, problemText } from './feed/errors.js';
export type { FeedErrorDetails, FeedErrorReason, Problem } from './feed/errors.js';
export type {
  PlanEventDetails,
  PlanErrorEvent,
  PlanFilterEvent,
  PlanLanguageEvent,
  PlanLoadEvent,
  PlanToggleEvent,
  PlanToggleRequestEvent,
} from './elements/events.js';
export type {
  NumberedPriority,
  PlanFeed,
  PlanFeedInput,
  PlanFeedJson,
  PlanInfo,
  PlanPriority,
  Status,
  Text,
} from './feed/schema.js';
