/**
 * plan-widgets: importing this module registers <plan-summary>, <plan-priority-card> and
 * <plan-progress-ring> (each only when the name is still free).
 */
export { PlanSummary } from './elements/plan-summary.js';
export { PlanPriorityCard } from './elements/plan-priority-card.js';
export type { CardPriority } from './elements/plan-priority-card.js';
export { PlanProgressRing } from './elements/plan-progress-ring.js';
export { parseFeed } from './feed/parse.js';
export type { ParsedFeed } from './feed/parse.js';
export { FeedError } from './feed/errors.js';
export type { FeedErrorDetails, FeedErrorReason } from './feed/errors.js';
export type {
  NumberedPriority,
  PlanFeed,
  PlanFeedInput,
  PlanInfo,
  PlanPriority,
  Status,
  Text,
} from './feed/schema.js';
