import { describe, expect, it } from "vitest";
import { altArrowTarget } from "./lists";

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
