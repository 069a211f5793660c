// Compiled by `npm run check:dist` against the built package, as a bundler user's code would be:
// the package name resolves through package.json "exports" to dist/lib and its declarations.
import 'plan-widgets';
import { PlanSummary, parseFeed } from 'plan-widgets';
import type { PlanFeed, PlanPriorityCard, PlanToggleEvent } from 'plan-widgets';
import { PlanProgressRing } from 'plan-widgets/elements/plan-progress-ring.js';

const summary: PlanSummary = document.createElement('plan-summary');
const card: PlanPriorityCard | null = summary.shadowRoot?.querySelector('plan-priority-card') ?? null;
const ring = document.createElement('plan-progress-ring');
ring.value = 40;
summary.lang = 'zh-Hans';
const feed: PlanFeed = parseFeed({}).feed;
// Events are typed by name: no cast to CustomEvent.
summary.addEventListener('plan-toggle', (event) => event.detail.expanded satisfies boolean);
const toggle: PlanToggleEvent | undefined = undefined;
const standalone: PlanProgressRing = new PlanProgressRing();

export { card, feed, toggle, standalone };
