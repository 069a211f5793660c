// A React 19 app as a framework developer writes one: the package's React entry registers the
// elements and adds them to JSX.IntrinsicElements, so the props and events below are typed with no
// declaration of the app's own. scripts/test-frameworks.mjs type-checks, builds and runs it.
import 'plan-widgets/react';
import { useState } from 'react';
import type { PlanFeedInput, PlanLoadEvent, Text } from 'plan-widgets/react';
import riverton from '../../../../demo/feeds/riverton-2026-27.json';
import { Plan } from './Plan';

const feed: PlanFeedInput = {
  version: 1,
  plan: { title: 'Northfield School: three priorities', defaultLocale: 'en' },
  priorities: [
    { id: 'reading', title: 'Every child reading by seven', progress: 40, status: 'on-track' },
    { id: 'maths', title: { en: 'Maths for all', 'zh-Hans': '人人学好数学' }, progress: 25 },
    { id: 'buildings', title: 'Safer buildings', progress: 90 },
  ],
};

/** A feed text as a string: as written, else in English. */
function textOf(text: Text): string {
  return typeof text === 'string' ? text : (text['en'] ?? '');
}

export function App() {
  const [loads, setLoads] = useState<string[]>([]);
  const [toggles, setToggles] = useState<string[]>([]);

  // A handler declared apart from the element, typed by the event the package names.
  const onLoad = (event: PlanLoadEvent) => {
    const title: Text = event.detail.feed.plan.title;
    setLoads((list) => [...list, `${textOf(title)} (${event.detail.feed.priorities.length}, ${event.detail.warnings.length})`]);
  };

  return (
    <main>
      <plan-summary
        feed={feed}
        priorities="1 2"
        heading-level={3}
        lang="en"
        layout="list"
        onplan-load={onLoad}
        onplan-toggle={(event) => {
          // Inline: the parameter's type comes from the element's props.
          const id: string = event.detail.id;
          const expanded: boolean = event.detail.expanded;
          setToggles((list) => [...list, `${id}:${expanded ? 'open' : 'closed'}`]);
        }}
      ></plan-summary>
      <plan-summary
        feed={feed}
        // @ts-expect-error: 'grids' is no layout ('grid' or 'list'): the typings bite.
        layout="grids"
        hidden
        // @ts-expect-error: a toggle's detail has no 'open' (it has 'expanded').
        onplan-toggle={(event) => event.detail.open}
      ></plan-summary>
      {/* A feed imported from a JSON file, and attributes written as text, as developers write them. */}
      <plan-summary feed={riverton} heading-level="2" stale-after="30" hidden></plan-summary>
      {/* The recipe of docs/recipes.md, as it is written there. */}
      <Plan />
      <output id="loads">{loads.join('\n')}</output>
      <output id="toggles">{toggles.join('\n')}</output>
    </main>
  );
}
