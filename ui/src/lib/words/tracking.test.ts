import { describe, expect, it } from "vitest";
import { COUNTS } from "../test-support/testTracker";
import { countsInWords, itemStatusLabel, matchingInWords, ragLabel } from "./tracking";

describe("the tracker's words", () => {
  it("says the counts with the core's words, leaving out counts of none", () => {
    expect(countsInWords(COUNTS, false)).toEqual({
      status: "12 open items: 5 awaiting review, 7 being progressed. 2 are overdue.",
      rag: "By RAG: 3 red, 9 green.",
    });
    const one = { ...COUNTS, total: 1, by_status: [COUNTS.by_status[0]], overdue: 0 };
    expect(countsInWords(one, true).status).toBe("1 item: 5 awaiting review.");
    const overdue = (n: number, total = 12) =>
      countsInWords({ ...COUNTS, total, overdue: n }, false).status.split(". ")[1];
    expect(overdue(1)).toBe("1 is overdue.");
    expect(overdue(12)).toBe("All 12 are overdue.");
    expect(overdue(1, 1)).toBe("It is overdue.");
    const none = { total: 0, overdue: 0, by_status: [], by_rag: [] };
    expect(countsInWords(none, false)).toEqual({ status: "No open items.", rag: "" });
    expect(countsInWords(none, true).status).toBe("No items.");
  });

  it("says how many items match", () => {
    expect(matchingInWords(1, false)).toBe("1 open item matches.");
    expect(matchingInWords(30, true)).toBe("30 items match.");
  });

  it("names statuses and ratings with the core's labels", () => {
    expect(itemStatusLabel("no_further_action")).toBe("No further action needed");
    expect(ragLabel("amber")).toBe("Amber");
  });
});
