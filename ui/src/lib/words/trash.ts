// How long the trash keeps a response, in words. Rust works out the day (`purge_on`) and
// deletes on it; the window only says when.
import { formatShortUkDate } from "./due";

/** How many days a response stays in the trash (the core's TRASH_DAYS). */
export const TRASH_DAYS = 30;

/** The line under the trash's heading. */
export const TRASH_RULE =
  `Responses stay in the trash for ${TRASH_DAYS} days and are then deleted for good. ` +
  "Until then you can restore them.";

/** "Deleted for good on 23 Dec 2026", from the day Rust gives. */
export const purgeInWords = (purgeOn: string) =>
  `Deleted for good on ${formatShortUkDate(purgeOn)}`;
