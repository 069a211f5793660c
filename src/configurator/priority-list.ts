/*
 * The priorities checklist as data: the order it lists every priority in, and the `priorities` and
 * `expanded` attributes it comes to. An entry of those attributes is an id, or a number when it is
 * digits only (docs/elements.md), as the widget reads them.
 */

/** What the checklist needs of a priority of a validated feed. */
export interface ListedPriority {
  readonly id: string;
  readonly number: number;
}

/** The entry naming `priority`: its id, or its number when its id is digits only (and so reads as a number). */
export function entryFor(priority: ListedPriority): string {
  return /^\d+$/.test(priority.id) ? String(priority.number) : priority.id;
}

/** The priority an entry names, as the widget finds it. */
export function priorityFor<T extends ListedPriority>(entry: string, priorities: readonly T[]): T | undefined {
  return /^\d+$/.test(entry)
    ? priorities.find((priority) => priority.number === Number(entry))
    : priorities.find((priority) => priority.id === entry);
}

/** The ids an attribute's entries name, in order, each once. */
export function idsFor(entries: readonly string[], priorities: readonly ListedPriority[]): string[] {
  const ids = entries.map((entry) => priorityFor(entry, priorities)?.id).filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}

/** The entries that name no priority. */
export function unknownEntries(entries: readonly string[], priorities: readonly ListedPriority[]): string[] {
  return entries.filter((entry) => priorityFor(entry, priorities) === undefined);
}

/**
 * The order the checklist lists every priority in (ids): `previous` while it still lists exactly the
 * feed's priorities and puts the shown ones in the attribute's order (so that unchecking one leaves it
 * in place); otherwise the shown ones in their order, then the others in feed order.
 */
export function checklistOrder(
  previous: readonly string[],
  priorities: readonly ListedPriority[],
  selected: readonly string[] | null,
): string[] {
  const all = priorities.map((priority) => priority.id);
  if (selected === null) {
    return previous.length === all.length && all.every((id, index) => previous[index] === id) ? [...previous] : all;
  }
  const shown = idsFor(selected, priorities);
  const sameSet =
    previous.length === all.length && new Set(previous).size === all.length && all.every((id) => previous.includes(id));
  if (sameSet) {
    const shownSet = new Set(shown);
    const previousShown = previous.filter((id) => shownSet.has(id));
    if (previousShown.every((id, index) => id === shown[index])) return [...previous];
  }
  const shownSet = new Set(shown);
  return [...shown, ...all.filter((id) => !shownSet.has(id))];
}

/**
 * The `priorities` attribute for the checklist: null (absent) when every priority shows in feed
 * order, else the shown ones' entries in the checklist's order.
 */
export function prioritiesEntries(
  order: readonly string[],
  shown: ReadonlySet<string>,
  priorities: readonly ListedPriority[],
): string[] | null {
  const byId = new Map(priorities.map((priority) => [priority.id, priority]));
  const visible = order.filter((id) => shown.has(id) && byId.has(id));
  const feedOrder = visible.length === priorities.length && visible.every((id, index) => priorities[index]!.id === id);
  return feedOrder ? null : visible.map((id) => entryFor(byId.get(id)!));
}

/** The `expanded` entries for the cards checked open, in the checklist's order. */
export function expandedEntries(
  order: readonly string[],
  open: ReadonlySet<string>,
  priorities: readonly ListedPriority[],
): string[] {
  const byId = new Map(priorities.map((priority) => [priority.id, priority]));
  return order.filter((id) => open.has(id) && byId.has(id)).map((id) => entryFor(byId.get(id)!));
}

/** `order` with the item at `from` moved to `to` (both clamped to the list). */
export function move<T>(order: readonly T[], from: number, to: number): T[] {
  const next = [...order];
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}
