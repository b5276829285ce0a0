// How the section 55 deadline and other dates read on screen: "12 days left", "Overdue by
// 3 days", "19 November 2024", "14:32". The days left come from Rust, counted from the date
// it is given; nothing here reads the clock.

/** How urgent a deadline looks: "soon" is 7 days or fewer. */
export type DueTone = "ok" | "soon" | "today" | "overdue";

const count = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

const days = (n: number) => `${count.format(n)} ${n === 1 ? "day" : "days"}`;

/** The days left to a deadline in words, with how urgent it is. */
export function dueInWords(daysLeft: number): { text: string; tone: DueTone } {
  const n = Math.trunc(daysLeft);
  if (n < 0) return { text: `Overdue by ${days(-n)}`, tone: "overdue" };
  if (n === 0) return { text: "Due today", tone: "today" };
  return { text: `${days(n)} left`, tone: n <= 7 ? "soon" : "ok" };
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * A date as the UK writes it: "2024-11-19" gives "19 November 2024", and a letter's month
 * "2024-07" gives "July 2024". Anything else (not a real date) comes back unchanged.
 */
export function formatUkDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso.trim());
  if (!m) return iso;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return iso;
  if (m[3] === undefined) return `${MONTHS[month - 1]} ${year}`;
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return iso;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** A time of day on the 24-hour clock, as "14:32". */
export function formatTime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}
