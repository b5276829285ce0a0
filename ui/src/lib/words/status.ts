// The day a response entered its status, in words: "Ready for signature since 12 November
// 2024". The days come from Rust (store::status_dates), recorded when a save changed the status.
import type { Status, StatusDate } from "../../bindings";
import { formatUkDate } from "./due";
import { statusLabel } from "./labels";

/** "Signed since 12 November 2024", or null when the day `status` was entered is not known. */
export function statusSince(status: Status, dates: StatusDate[]): string | null {
  const entered = dates.find((d) => d.status === status);
  return entered ? `${statusLabel(status)} since ${formatUkDate(entered.on)}` : null;
}
