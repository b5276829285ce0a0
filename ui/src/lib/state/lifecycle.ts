// Leaving safely: whatever is on screen (a draft's pending autosave, unsaved settings)
// registers a guard, and the app asks every guard before it changes view or lets the
// window close. This is the one place that listens for the window closing.
import { getCurrentWindow } from "@tauri-apps/api/window";

/** Resolves true when it is safe to leave (everything saved, or the officer chose to). */
export type LeaveGuard = () => Promise<boolean>;

const guards = new Set<LeaveGuard>();

/** Adds a guard; returns the function that removes it. */
export function guardLeaving(guard: LeaveGuard): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

/** Asks every guard in turn; false as soon as one says stay. */
export async function readyToLeave(): Promise<boolean> {
  for (const guard of [...guards]) {
    if (!(await guard())) return false;
  }
  return true;
}

/**
 * Holds the window open until every pending save is written. Call once at start; the
 * returned promise gives the function that stops listening.
 */
export async function guardWindowClose(): Promise<() => void> {
  return getCurrentWindow().onCloseRequested(async (event) => {
    if (!(await readyToLeave())) event.preventDefault();
  });
}
