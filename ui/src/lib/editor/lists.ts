// Reordering the rows of a step (grades, recommendations, areas for improvement) in place,
// so Svelte keeps each row's editor with its row.

/** Moves the entry at `from` to `to`; false (and nothing moved) when either is out of range. */
export function move<T>(list: T[], from: number, to: number): boolean {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return false;
  const [entry] = list.splice(from, 1);
  list.splice(to, 0, entry);
  return true;
}

const keys = new WeakMap<object, number>();
let next = 1;

/** A stable key for a row object, for keyed lists and element ids that survive reordering. */
export function keyOf(row: object): number {
  let key = keys.get(row);
  if (key === undefined) {
    key = next++;
    keys.set(row, key);
  }
  return key;
}

/**
 * Where Alt+Up or Alt+Down asks to move the row at `index`, or null for any other key (or
 * one something else has already handled). Prevents the key's default when it answers.
 */
export function altArrowTarget(event: KeyboardEvent, index: number): number | null {
  if (!event.altKey || event.defaultPrevented) return null;
  if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return null;
  event.preventDefault();
  return event.key === "ArrowUp" ? index - 1 : index + 1;
}

/**
 * After a row has moved, the focus stays on `kept` (the field or button it was on) while that
 * can still take it, else goes to the element `fallback`: the row's other move button, when
 * the one pressed is disabled at the top or bottom of the list.
 */
export function refocus(kept: Element | null, fallback: string): void {
  if (kept instanceof HTMLElement && kept.isConnected && !(kept as HTMLButtonElement).disabled) {
    kept.focus();
  } else {
    document.getElementById(fallback)?.focus();
  }
}

/** An entry taken out of a list, and where it was, so that Undo can put it back. */
export interface Removed<T> {
  entry: T;
  index: number;
}

/** Takes the entry at `index` out of `list`; null (and nothing taken) when out of range. */
export function removeAt<T>(list: T[], index: number): Removed<T> | null {
  if (index < 0 || index >= list.length) return null;
  const [entry] = list.splice(index, 1);
  return { entry, index };
}

/**
 * Puts a removed entry back where it was (at the end, if the list is now shorter than that),
 * and gives the index it went to; -1 when it is in the list already.
 */
export function putBack<T>(list: T[], removed: Removed<T>): number {
  if (list.includes(removed.entry)) return -1;
  const index = Math.min(removed.index, list.length);
  list.splice(index, 0, removed.entry);
  return index;
}
