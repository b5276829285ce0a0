import { describe, expect, it } from "vitest";
import { wordImportedInWords } from "./wordImport";

describe("a Word document imported", () => {
  it("says what came in", () => {
    expect(
      wordImportedInWords("PEEL 2025", { id: 3, notes: [], tracked_changes: 0, comments: 0 }),
    ).toBe("Imported the Word document as the response to “PEEL 2025”.");
  });

  it("says what it found in the document and where unplaced text went", () => {
    const said = wordImportedInWords("PEEL 2025", {
      id: 3,
      notes: [{ section: "key_findings", message: "A table was added to Key findings." }],
      tracked_changes: 1,
      comments: 2,
    });
    expect(said).toContain("1 tracked change and 2 comments");
    expect(said).toContain("every change accepted");
    expect(said.endsWith("A table was added to Key findings.")).toBe(true);
  });

  it("says a few notes in full and counts the rest", () => {
    const notes = Array.from({ length: 5 }, (_, i) => ({
      section: "key_findings" as const,
      message: `Note ${i + 1}.`,
    }));
    const said = wordImportedInWords("X", { id: 1, notes, tracked_changes: 0, comments: 0 });
    expect(said).toContain("Note 3.");
    expect(said).not.toContain("Note 4.");
    expect(said.endsWith("2 more pieces of text too: see the response.")).toBe(true);
  });
});
