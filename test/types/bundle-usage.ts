// Compiled by `npm run check:dist` against the built package: the two bundles' declarations
// (scripts/bundle-types.mjs), as a page's own TypeScript meets them.
import { PlanSummary, parseFeed } from 'plan-widgets/plan-widgets.js';
import type { PlanFeed } from 'plan-widgets/plan-widgets.js';
import 'plan-widgets/plan-widgets.iife.js';

const summary: PlanSummary = document.createElement('plan-summary');
summary.lang = 'zh-Hant';
const feed: PlanFeed = parseFeed({}).feed;
// The classic script's global holds the same classes.
const Ring: typeof PlanWidgets.PlanProgressRing = window.PlanWidgets.PlanProgressRing;
const ring = new Ring();
ring.value = 40;

export { feed, ring };
