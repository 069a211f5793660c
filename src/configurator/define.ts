/**
 * Registers the configurator's elements and the widget it previews (the modular entry, bundled into
 * dist/configurator/configurator.js: the configurator is self-contained, and never part of
 * plan-widgets.js). Each only when its name is still free.
 */
import '../index.js';
import { PlanConfigurator } from './plan-configurator.js';
import { PlanConfiguratorPriorities } from './plan-configurator-priorities.js';

const elements: [string, CustomElementConstructor][] = [
  ['plan-configurator-priorities', PlanConfiguratorPriorities],
  ['plan-configurator', PlanConfigurator],
];
for (const [name, element] of elements) {
  if (!customElements.get(name)) customElements.define(name, element);
}

export { PlanConfigurator, PlanConfiguratorPriorities };
