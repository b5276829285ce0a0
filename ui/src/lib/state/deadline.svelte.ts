// The section 55 deadline of the date published as the officer types it, worked out by the
// core (deadline.rs) and kept up to date as the date or the rule changes. Typing never waits
// for it: the last answer stays on screen until the next arrives, a moment later.
import { deadlineOf, type Deadline, type DeadlineRule } from "../../api";

/**
 * The deadline of `published()` by `rule()`, with its days left in words; null while there
 * is no real date. Call while a component is being set up.
 */
export function watchDeadline(
  published: () => string,
  rule: () => DeadlineRule,
): { readonly current: Deadline | null } {
  let current = $state<Deadline | null>(null);
  $effect(() => {
    const [typed, counted] = [published(), rule()];
    let stale = false;
    deadlineOf(typed, counted).then(
      (answer) => {
        if (!stale) current = answer;
      },
      () => {
        if (!stale) current = null;
      },
    );
    return () => {
      stale = true;
    };
  });
  return {
    get current() {
      return current;
    },
  };
}
