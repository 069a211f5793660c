import 'plan-widgets/react';
import plan from './plan.json';

export function Plan() {
  return (
    <plan-summary
      feed={plan}
      heading-level="3"
      languages="zh-Hans en"
      onplan-toggle={(event) => console.info(`${event.detail.id} ${event.detail.expanded ? 'opened' : 'closed'}`)}
    />
  );
}
