import { describe, expect, it } from "vitest";
import type { SectionChanges } from "../../bindings";
import { choicesFor, takeLabels, wordsIn } from "./takeBack";

const section = (over: Partial<SectionChanges> = {}): SectionChanges => ({
  section: "key_findings",
  label: "Key findings",
  words: [],
  edited: true,
  proposed: false,
  comments: [],
  ...over,
});

describe("taking back edits from Word", () => {
  it("offers Word's text once without tracked changes, twice with them", () => {
    expect(takeLabels(section()).map((o) => o.take)).toEqual(["keep", "accepted"]);
    expect(takeLabels(section({ proposed: true })).map((o) => o.take)).toEqual([
      "keep",
      "accepted",
      "rejected",
    ]);
  });

  it("sends only the sections to take", () => {
    const sections = [section(), section({ section: "pcc_response", label: "PCC response" })];
    expect(choicesFor(sections, { key_findings: "keep", pcc_response: "rejected" })).toEqual([
      { section: "pcc_response", take: "rejected" },
    ]);
    expect(choicesFor(sections, {})).toEqual([]);
  });

  it("joins neighbouring words with the same change", () => {
    const s = section({
      words: [
        { text: "The ", change: "same" },
        { text: "force ", change: "same" },
        { text: "has", change: "removed" },
        { text: "had", change: "added" },
        { text: " a", change: "added" },
      ],
    });
    expect(wordsIn(s)).toEqual([
      { text: "The force ", change: "same" },
      { text: "has", change: "removed" },
      { text: "had a", change: "added" },
    ]);
    expect(s.words).toHaveLength(5);
  });
});
