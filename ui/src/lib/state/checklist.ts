// One line of the office checklist as the officer ticks it: not done, done on a day, or done
// on a day not known (older forms ticked their items without a date). A date means done, so
// setting one ticks the item, and unticking clears it.
import type { ChecklistEntry } from "../../bindings";
import { formatUkDate } from "../words/due";
import { isIsoDate } from "../words/text";

/** Whether the item has been done, whether or not the day is known. */
export const isDone = (entry: ChecklistEntry): boolean => entry.done || entry.done_on !== null;

/**
 * Ticks the item, dated `today` as most items are ticked the day they are done (the officer
 * can clear the date when the day is not known), or unticks it, clearing the date.
 */
export function setDone(entry: ChecklistEntry, done: boolean, today: string): void {
  entry.done = done;
  if (!done) entry.done_on = null;
  else if (entry.done_on === null && isIsoDate(today)) entry.done_on = today;
}

/**
 * The date input's value: a day ticks the item; an empty input leaves it done, the day not
 * known. Anything else (a date half typed) changes nothing.
 */
export function setDoneOn(entry: ChecklistEntry, value: string): void {
  if (value === "") entry.done_on = null;
  else if (isIsoDate(value)) {
    entry.done_on = value;
    entry.done = true;
  }
}

/** The item's state in words: "Done on 22 July 2025", "Done, date not known", "Not done yet". */
export function doneInWords(entry: ChecklistEntry): string {
  if (entry.done_on) return `Done on ${formatUkDate(entry.done_on)}`;
  return isDone(entry) ? "Done, date not known" : "Not done yet";
}
