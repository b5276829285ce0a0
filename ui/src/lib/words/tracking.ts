// What the tracker and an item's dialog say: the core's labels for statuses and RAG ratings
// looked up in its tables (bindings), and its counts put in a sentence. The rules (what is open, overdue, the RAG suggested, dates in words
// for the table) are the core's; only the sentences are here.
import { ITEM_STATUSES, RAGS, type ItemStatus, type Rag, type TrackerCounts } from "../../bindings";
import { plural } from "./text";

export { ITEM_STATUSES, RAGS } from "../../bindings";

/** The words for `value` in a table of the core's labels; the value itself if missing. */
function labelIn<T extends string>(table: Readonly<{ value: T; label: string }[]>, value: T) {
  return table.find((x) => x.value === value)?.label ?? value;
}

export const itemStatusLabel = (s: ItemStatus) => labelIn(ITEM_STATUSES, s);
export const ragLabel = (r: Rag) => labelIn(RAGS, r);

/**
 * The counts at the top of the tracker, as sentences: "12 open items: 5 awaiting review,
 * 7 being progressed. 2 are overdue." and "By RAG: 3 red, 4 amber, 5 green." Each count's
 * words are the core's; counts of none are left out. `closed`: closed items are counted too.
 */
export function countsInWords(
  counts: TrackerCounts,
  closed: boolean,
): { status: string; rag: string } {
  const items = closed ? "item" : "open item";
  const said = (list: { count: number; words: string }[]) =>
    list
      .filter((c) => c.count > 0)
      .map((c) => c.words)
      .join(", ");
  const byStatus = said(counts.by_status);
  const byRag = said(counts.by_rag);
  const overdue = overdueInWords(counts.overdue, counts.total);
  return {
    status:
      counts.total === 0
        ? `No ${items}s.`
        : `${plural(counts.total, items)}${byStatus ? `: ${byStatus}` : ""}.${overdue}`,
    rag: byRag ? `By RAG: ${byRag}.` : "",
  };
}

/** " 3 are overdue.", after the count of `total` items; "" when none is. */
function overdueInWords(overdue: number, total: number): string {
  if (overdue === 0) return "";
  if (total === 1) return " It is overdue.";
  if (overdue === total) return ` All ${total} are overdue.`;
  return ` ${overdue} ${overdue === 1 ? "is" : "are"} overdue.`;
}

/** "1 open item matches." / "30 items match." (`closed`: closed items are shown too). */
export function matchingInWords(n: number, closed: boolean): string {
  return `${plural(n, closed ? "item" : "open item")} ${n === 1 ? "matches" : "match"}.`;
}
