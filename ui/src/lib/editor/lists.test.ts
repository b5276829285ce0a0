import { describe, expect, it } from "vitest";
import { altArrowTarget, keyOf, move, putBack, removeAt } from "./lists";

/** A key event as the handler sees it (the tests run without a DOM). */
function key(key: string, altKey: boolean, defaultPrevented = false) {
  const event = { key, altKey, defaultPrevented, prevented: false, preventDefault() {} };
  event.preventDefault = () => {
    event.prevented = true;
  };
  return event;
}

describe("altArrowTarget", () => {
  it("moves a row up or down with Alt and the arrow keys, and takes the key", () => {
    const up = key("ArrowUp", true);
    expect(altArrowTarget(up as unknown as KeyboardEvent, 3)).toBe(2);
    expect(up.prevented).toBe(true);
    expect(altArrowTarget(key("ArrowDown", true) as unknown as KeyboardEvent, 3)).toBe(4);
  });

  it("leaves every other key, and keys already handled, alone", () => {
    for (const e of [key("ArrowUp", false), key("Enter", true), key("ArrowDown", true, true)]) {
      expect(altArrowTarget(e as unknown as KeyboardEvent, 1)).toBeNull();
      expect(e.prevented).toBe(false);
    }
  });
});

describe("removeAt and putBack", () => {
  it("puts a removed entry back where it was, with everything in it", () => {
    const items = [
      { text: "One", response: null },
      { text: "Two", response: "Done." },
      { text: "Three", response: null },
    ];
    const two = items[1];
    const removed = removeAt(items, 1)!;
    expect(items.map((i) => i.text)).toEqual(["One", "Three"]);
    expect(putBack(items, removed)).toBe(1);
    expect(items).toEqual([
      { text: "One", response: null },
      { text: "Two", response: "Done." },
      { text: "Three", response: null },
    ]);
    expect(items[1]).toBe(two); // the same row, so it keeps its key
    expect(putBack(items, removed), "not twice").toBe(-1);
    expect(items).toHaveLength(3);
  });

  it("puts it at the end when the list is now shorter, and ignores a bad index", () => {
    const list = ["a", "b", "c"];
    const c = removeAt(list, 2)!;
    list.pop();
    expect(putBack(list, c)).toBe(1);
    expect(list).toEqual(["a", "c"]);
    expect(removeAt(list, 5)).toBeNull();
    expect(removeAt(list, -1)).toBeNull();
    expect(list).toEqual(["a", "c"]);
  });
});

describe("lists", () => {
  it("moves entries and refuses to move out of range", () => {
    const list = ["a", "b", "c"];
    expect(move(list, 2, 0)).toBe(true);
    expect(list).toEqual(["c", "a", "b"]);
    expect(move(list, 0, -1)).toBe(false);
    expect(move(list, 2, 3)).toBe(false);
    expect(list).toEqual(["c", "a", "b"]);
  });

  it("keeps a row's key when it moves", () => {
    const rows = [{ t: 1 }, { t: 2 }];
    const key = keyOf(rows[1]);
    move(rows, 1, 0);
    expect(keyOf(rows[0])).toBe(key);
    expect(keyOf(rows[1])).not.toBe(key);
  });
});
