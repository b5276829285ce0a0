import { describe, expect, it } from "vitest";
import { chars, fieldLimits, itemTooLong, refusal, roomInList, textPasteRefusal } from "./limits";

describe("fieldLimits", () => {
  it("are the core's limits, as generated into the bindings", () => {
    expect(fieldLimits).toEqual({ text_chars: 100_000, title_chars: 500, list_entries: 200 });
  });
});

describe("chars", () => {
  it("counts Unicode code points, as Rust's chars().count() does", () => {
    expect(chars("")).toBe(0);
    expect(chars("abc")).toBe(3);
    expect(chars("£5 – café")).toBe(9);
    expect(chars("🚓")).toBe(1); // two UTF-16 units
    expect(chars("👏🏽")).toBe(2); // a hand and its skin tone
    expect(chars("\ud800x")).toBe(2); // a lone surrogate is one
  });
});

describe("refusal", () => {
  it("refuses a paste longer than the field holds, with the numbers in words", () => {
    expect(refusal({ before: 0, after: 167_308, pasted: 167_308 }, 100_000)).toBe(
      "That paste is 167,308 characters long, and this field holds at most 100,000 " +
        "(about 40 pages). Paste a shorter part, or split it between fields.",
    );
  });

  it("says how much is there already when the paste alone would fit", () => {
    expect(refusal({ before: 80_000, after: 110_000, pasted: 30_000 }, 100_000)).toBe(
      "That paste is 30,000 characters long, and this field already has 80,000 of the " +
        "100,000 (about 40 pages) it holds. Paste a shorter part, or split it between fields.",
    );
  });

  it("refuses typing into a full field", () => {
    expect(refusal({ before: 100_000, after: 100_001, pasted: null }, 100_000)).toBe(
      "This field is full: it holds at most 100,000 characters (about 40 pages). " +
        "Shorten the text, or split it between fields.",
    );
  });

  it("allows what fits, and anything that makes a long field shorter", () => {
    expect(refusal({ before: 10, after: 100_000, pasted: 99_990 }, 100_000)).toBeNull();
    expect(refusal({ before: 150_000, after: 149_999, pasted: null }, 100_000)).toBeNull();
    expect(refusal({ before: 150_000, after: 140_000, pasted: 5 }, 100_000)).toBeNull();
  });
});

describe("textPasteRefusal", () => {
  it("counts the text the paste replaces as gone", () => {
    expect(textPasteRefusal("abcdef", 1, 5, "wxyz1", 7)).toBeNull(); // "a" + 5 + "f"
    expect(textPasteRefusal("abcdef", 1, 4, "wxyz1", 7)).toContain("That paste is 5 characters");
    expect(textPasteRefusal("🚓🚓", 0, 0, "🚓🚓", 4)).toBeNull();
  });
});

describe("itemTooLong", () => {
  it("leaves out an item longer than a field holds, and says so", () => {
    expect(itemTooLong("x".repeat(10), 10)).toBeNull();
    expect(itemTooLong("x".repeat(120_000), 100_000)).toBe(
      "This item is 120,000 characters long, more than the 100,000 (about 40 pages) an item " +
        "holds, so it is left out. Copy it in shorter parts into items of their own.",
    );
  });
});

describe("roomInList", () => {
  it("lets all fit when there is room", () => {
    expect(roomInList(3, 17, 200, "areas for improvement")).toEqual({ fits: 17, message: null });
  });

  it("fits what it can and says so", () => {
    expect(roomInList(190, 17, 200, "areas for improvement")).toEqual({
      fits: 10,
      message:
        "This step holds at most 200 areas for improvement, and it has 190, so only the " +
        "first 10 of these 17 can be added. Untick the ones you do not need, or remove " +
        "some first.",
    });
    expect(roomInList(200, 1, 200, "recommendations")).toEqual({
      fits: 0,
      message:
        "This step holds at most 200 recommendations, and it has 200. Remove some before " +
        "adding more.",
    });
  });
});
