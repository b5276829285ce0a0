// How dates read on screen: "19 November 2024", "23 Nov 2026", "14:32", with the core's
// month names (dates.rs, in the bindings). The days left to a deadline come from Rust in
// words (`DueWords`); nothing here reads the clock.

import { MONTHS } from "../../bindings";

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** A real calendar day "YYYY-MM-DD" (with `monthOnly`, also a month "YYYY-MM"), or null. */
function parseDay(
  iso: string,
  monthOnly = false,
): { year: number; month: number; day?: number } | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso.trim());
  if (!m || (m[3] === undefined && !monthOnly)) return null;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) return { year: y, month: mo };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(y, mo)) return null;
  return { year: y, month: mo, day };
}

/**
 * A date as the UK writes it: "2024-11-19" gives "19 November 2024", and a letter's month
 * "2024-07" gives "July 2024". Anything else (not a real date) comes back unchanged.
 */
export function formatUkDate(iso: string): string {
  const d = parseDay(iso, true);
  if (!d) return iso;
  const month = MONTHS[d.month - 1];
  return d.day === undefined ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** "23 Nov 2026": the short form, for lists. Anything not a real day comes back unchanged. */
export function formatShortUkDate(iso: string): string {
  const d = parseDay(iso);
  if (!d) return iso;
  // GOV.UK shortens September to "Sept"; every other month keeps three letters.
  const month = d.month === 9 ? "Sept" : MONTHS[d.month - 1].slice(0, 3);
  return `${d.day} ${month} ${d.year}`;
}

/**
 * A time as Rust sends it ("2026-11-23T08:15:00", or "2026-11-23 08:15:00" as stored) in
 * words: "23 November 2026, 08:15", or "23 Nov 2026, 08:15" when `short`. Anything else
 * comes back unchanged.
 */
export function formatUkDateTime(iso: string, style: "long" | "short" = "long"): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(iso.trim());
  if (!m || !parseDay(m[1]) || Number(m[2]) > 23 || Number(m[3]) > 59) return iso;
  const day = style === "short" ? formatShortUkDate(m[1]) : formatUkDate(m[1]);
  return `${day}, ${m[2]}:${m[3]}`;
}

/** A time of day on the 24-hour clock, as "14:32". */
export function formatTime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}
