import { describe, expect, it } from "vitest";
import type { EarlierText, SearchHit } from "../../api";
import { appended, hitsWithStatus, matchCount, responsesIn, reusable, searchWords } from "./search";

const hit = (id: number, status: SearchHit["status"], field = "Key findings"): SearchHit => ({
  id,
  title: `Report ${id}`,
  published: "2024-09-24",
  status,
  field,
  passage: [{ text: "call handling", hit: true }],
});

const earlier = (text: string, response: string | null): EarlierText => ({
  id: 4,
  title: "PEEL 2023",
  published: "2023-05-02",
  field: "Area for improvement 3",
  text,
  response,
});

describe("the list's search in words", () => {
  it("sends the words without outer spaces or runs of spaces", () => {
    expect(searchWords("  call   handling \n")).toBe("call handling");
    expect(searchWords("   ")).toBe("");
  });

  it("keeps the hits of the status chosen, and counts each response once", () => {
    const hits = [hit(1, "draft"), hit(1, "draft", "Recommendation 1"), hit(2, "published")];
    expect(hitsWithStatus(hits, "all")).toHaveLength(3);
    expect(hitsWithStatus(hits, "published").map((h) => h.id)).toEqual([2]);
    expect(responsesIn(hits)).toBe(2);
  });

  it("says how many responses match, and those another status hides", () => {
    expect(matchCount(3, 0, "call handling")).toBe("3 responses match “call handling”.");
    expect(matchCount(1, 0, "vetting")).toBe("1 response matches “vetting”.");
    expect(matchCount(1, 2, "vetting")).toBe(
      "1 response matches “vetting”; 2 more responses with another status do.",
    );
    expect(matchCount(2, 1, "vetting")).toBe(
      "2 responses match “vetting”; 1 more response with another status does.",
    );
    expect(matchCount(0, 0, "vetting")).toBe("No response contains “vetting”.");
    expect(matchCount(0, 1, "vetting")).toBe(
      "No response with the status chosen contains “vetting”; 1 response with another status does.",
    );
  });
});

describe("reusing earlier wording", () => {
  it("gives an item's response, or its text when it has none", () => {
    expect(reusable(earlier("The force should…", "We **have** acted."))).toBe("We **have** acted.");
    expect(reusable(earlier("The force should…", null))).toBe("The force should…");
    expect(reusable(earlier("The force should…", "  \n"))).toBe("The force should…");
  });

  it("adds to a field after a blank line, and fills a blank one", () => {
    expect(appended("First.\n", "Second.")).toBe("First.\n\nSecond.");
    expect(appended("- a\n- b", "Next.")).toBe("- a\n- b\n\nNext.");
    expect(appended("", "Only.")).toBe("Only.");
    expect(appended(null, "Only.")).toBe("Only.");
    expect(appended("  \n", "Only.")).toBe("Only.");
  });
});
