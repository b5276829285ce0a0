import { describe, expect, it } from "vitest";
import type { ChecklistEntry } from "../../bindings";
import { doneInWords, isDone, setDone, setDoneOn } from "./checklist";

const entry = (): ChecklistEntry => ({ item: "Response published.", done: false, done_on: null });

describe("a checklist item", () => {
  it("ticked, is done today, and done with the date not known once the date is cleared", () => {
    const e = entry();
    expect(doneInWords(e)).toBe("Not done yet");
    setDone(e, true, "2025-07-22");
    expect(e).toEqual({ item: "Response published.", done: true, done_on: "2025-07-22" });
    expect(doneInWords(e)).toBe("Done on 22 July 2025");
    setDoneOn(e, "");
    expect(doneInWords(e)).toBe("Done, date not known");
  });

  it("ticked before today is known, is done with the date not known", () => {
    const e = entry();
    setDone(e, true, "");
    expect(e).toEqual({ item: "Response published.", done: true, done_on: null });
  });

  it("is ticked by a date, and stays done when the date is cleared", () => {
    const e = entry();
    setDoneOn(e, "2025-07-22");
    expect(e).toEqual({ item: "Response published.", done: true, done_on: "2025-07-22" });
    setDoneOn(e, "");
    expect(e).toEqual({ item: "Response published.", done: true, done_on: null });
    expect(isDone(e)).toBe(true);
  });

  it("unticked, loses its date", () => {
    const e = entry();
    setDoneOn(e, "2025-07-22");
    setDone(e, false, "2025-07-23");
    expect(e).toEqual(entry());
    expect(isDone(e)).toBe(false);
  });

  it("ignores a date half typed", () => {
    const e = entry();
    setDoneOn(e, "2025-02-30");
    expect(e).toEqual(entry());
  });
});
