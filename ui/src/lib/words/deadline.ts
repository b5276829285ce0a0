// The section 55 deadline as the window shows it while the officer types: the same rule as
// the core (deadline.rs), so the draft's header agrees with the list and the document.
import type { DeadlineRule, Due } from "../../bindings";

const DAY = 86_400_000;

function utc(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

/** `iso` plus `days` calendar days, "YYYY-MM-DD". */
export function addDays(iso: string, days: number): string {
  return new Date(utc(iso) + days * DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY);
}

/** The last day to publish the response to a report published on `published`. */
export function deadlineOf(published: string, rule: DeadlineRule): string {
  return addDays(published, rule === "statutory" ? 55 : 56);
}

/** The rule in words, as the core prints it beside a deadline. */
export function ruleInWords(rule: DeadlineRule): string {
  return rule === "statutory"
    ? "56 days counting the day of publication as day 1"
    : "date published + 56 days";
}

/** Days left from a list row's `due`: 0 on the day, negative when overdue. */
export function daysLeftOf(due: Due): number {
  switch (due.state) {
    case "left":
      return due.days;
    case "today":
      return 0;
    case "overdue":
      return -due.days;
  }
}
