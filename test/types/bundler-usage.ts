// Compiled by `npm run check:dist` against the built package, as a bundler user's code would be:
// the package name resolves through package.json "exports" to dist/lib and its declarations.
import 'plan-widgets';
import { PlanSummary, parseFeed } from 'plan-widgets';
import type { PlanFeed, PlanPriorityCard } from 'plan-widgets';

const summary: PlanSummary = document.createElement('plan-summary');
const card: PlanPriorityCard | null = summary.shadowRoot?.querySelector('plan-priority-card') ?? null;
const ring = document.createElement('plan-progress-ring');
ring.value = 40;
summary.lang = 'zh-Hans';
const feed: PlanFeed = parseFeed({}).feed;

export { card, feed };
