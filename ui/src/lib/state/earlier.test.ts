import { afterEach, describe, expect, it, vi } from "vitest";
import type { EarlierText } from "../../api";
import { clearMocks, mockCommands, refusal } from "../test-support/mockCommands";
import { EarlierSearch } from "./earlier.svelte";
import { clearError, notices } from "./notices.svelte";

const item: EarlierText = {
  id: 3,
  title: "PEEL 2023: an inspection of Exampleshire Police",
  published: "2023-05-02",
  field: "Area for improvement 3",
  text: "The force should improve how it answers **emergency** calls.",
  response: "The force has _recruited_ call handlers.\n\nIt answers within ten seconds.",
};
const field: EarlierText = {
  ...item,
  id: 4,
  field: "Key findings",
  text: "Calls.",
  response: null,
};

/** A promise and the hand that settles it. */
function later<T>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

describe("earlier responses like this", () => {
  afterEach(() => {
    clearMocks();
    clearError();
    vi.unstubAllGlobals();
  });

  it("asks only when the panel opens, with the text as plain words and the draft left out", async () => {
    const sent = mockCommands({ earlier_like: () => [item, field] });
    const earlier = new EarlierSearch();
    expect(sent).toEqual([]);
    await earlier.toggle("Call **handling** in\n\nthe control room", 9);
    expect(earlier.open).toBe(true);
    expect(sent).toEqual([
      { cmd: "earlier_like", args: { text: "Call handling in\nthe control room", exclude: 9 } },
    ]);
    expect(earlier.found).toEqual([item, field]);

    await earlier.toggle("Call handling", 9);
    expect(earlier.open).toBe(false);
    expect(sent).toHaveLength(1);

    await earlier.ask("Call handling", null);
    expect(sent[1]).toEqual({
      cmd: "earlier_like",
      args: { text: "Call handling", exclude: null },
    });
  });

  it("asks nothing for a blank field, and says so", async () => {
    const sent = mockCommands({ earlier_like: () => [item] });
    const earlier = new EarlierSearch();
    await earlier.toggle("  \n\n**  **", 9);
    expect(sent).toEqual([]);
    expect(earlier.blank).toBe(true);
    expect(earlier.found).toBeNull();
    expect(earlier.asking).toBe(false);
  });

  it("finds nothing when the core has nothing like it", async () => {
    mockCommands({ earlier_like: () => [] });
    const earlier = new EarlierSearch();
    await earlier.toggle("Vetting", 9);
    expect(earlier.found).toEqual([]);
    expect(earlier.blank).toBe(false);
  });

  it("drops an answer to an earlier question", async () => {
    const slow = later<EarlierText[]>();
    mockCommands({ earlier_like: (a) => (a.text === "old" ? slow.promise : [field]) });
    const earlier = new EarlierSearch();
    const first = earlier.toggle("old", 9);
    await earlier.ask("new", 9);
    slow.settle([item]);
    await first;
    expect(earlier.found).toEqual([field]);
    expect(earlier.asking).toBe(false);
  });

  it("inserts an item's response, or the text of what has none, as Markdown", () => {
    const earlier = new EarlierSearch();
    const inserted: string[] = [];
    earlier.insert(item, (md) => inserted.push(md));
    earlier.insert(field, (md) => inserted.push(md));
    expect(inserted).toEqual([item.response, "Calls."]);
    expect(earlier.said).toBe(
      "Inserted the wording from “PEEL 2023: an inspection of Exampleshire Police”.",
    );
  });

  it("copies as plain text, and says when the clipboard refuses", async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { clipboard: { writeText } });
    const earlier = new EarlierSearch();
    await earlier.copy(item);
    expect(writeText).toHaveBeenCalledWith(
      "The force has recruited call handlers.\nIt answers within ten seconds.",
    );
    expect(earlier.said).toBe("Copied to the clipboard.");

    writeText.mockRejectedValueOnce(new Error("NotAllowedError"));
    await earlier.copy(item);
    expect(earlier.said).toMatch(/^Could not copy: .* Select the text and copy it instead\.$/);

    vi.stubGlobal("navigator", {});
    await earlier.copy(field);
    expect(earlier.said).toMatch(/^Could not copy/);
  });

  it("shows the core's refusal in the error banner", async () => {
    mockCommands({
      earlier_like: () => {
        throw refusal("database", "The database could not be read.");
      },
    });
    const earlier = new EarlierSearch();
    await earlier.toggle("Vetting", 9);
    expect(notices.error).toBe(
      "Could not look for earlier responses. The database could not be read.",
    );
    expect(earlier.asking).toBe(false);
    expect(earlier.found).toBeNull();
  });
});
