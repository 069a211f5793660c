import { str } from '@lit/localize';
import { msg } from '../i18n/localize.js';
import type { NumberedPriority } from './schema.js';
import type { Problem } from './errors.js';

/**
 * `"1,3 safety"` → `["1", "3", "safety"]`: entries separated by commas or white space. A page may
 * set the property to anything (`['a', 'b']`, `true`): it is read as the attribute's text would be.
 */
export function splitList(value: unknown): string[] {
  return String(value ?? '')
    .split(/[\s,，]+/)
    .filter(Boolean);
}

/** Said of an entry of `priorities` or `expanded` that names no priority (the configurator says it too). */
export const unmatched = (entry: string) => () =>
  msg(str`"${entry}" matches no priority in the feed`, { id: 'no-such-priority' });

export interface Selection {
  readonly shown: readonly NumberedPriority[];
  /** Each entry that matches no priority, its path the attribute's name. */
  readonly warnings: readonly Problem[];
}

/**
 * The priorities an attribute names, in its order, each once; `null` names all in feed order.
 * Entries are ids or 1-based feed positions (an entry of digits only is a position); an unknown
 * one is skipped with a warning.
 */
export function selectPriorities(priorities: readonly NumberedPriority[], list: unknown, attribute = 'priorities'): Selection {
  if (list == null) return { shown: priorities, warnings: [] };
  const byId = new Map(priorities.map((priority) => [priority.id, priority]));
  const byNumber = new Map(priorities.map((priority) => [priority.number, priority]));
  const shown = new Set<NumberedPriority>();
  const warnings: Problem[] = [];
  for (const entry of splitList(list)) {
    const priority = /^\d+$/.test(entry) ? byNumber.get(Number(entry)) : byId.get(entry);
    if (priority === undefined) {
      warnings.push({ path: attribute, message: unmatched(entry) });
    } else {
      shown.add(priority);
    }
  }
  return { shown: [...shown], warnings };
}

/** The priorities the `expanded` attribute opens: `all`, or ids and numbers. */
export function selectExpanded(priorities: readonly NumberedPriority[], list: unknown): Selection {
  if (list == null) return { shown: [], warnings: [] };
  if (splitList(list).join().toLowerCase() === 'all') return { shown: priorities, warnings: [] };
  return selectPriorities(priorities, list, 'expanded');
}
