import { describe, expect, it } from "vitest";
import { addDays, daysBetween, daysLeftOf, deadlineOf, ruleInWords } from "./deadline";

describe("deadline", () => {
  it("counts both rules like the core", () => {
    expect(deadlineOf("2024-09-24", "published+56")).toBe("2024-11-19");
    expect(deadlineOf("2024-09-24", "statutory")).toBe("2024-11-18");
    expect(addDays("2024-01-04", 56)).toBe("2024-02-29");
    expect(addDays("2099-12-31", 56)).toBe("2100-02-25");
    expect(ruleInWords("published+56")).toBe("date published + 56 days");
  });

  it("counts days across the clock change", () => {
    expect(daysBetween("2024-10-20", "2024-11-19")).toBe(30);
    expect(daysBetween("2024-11-22", "2024-11-19")).toBe(-3);
    expect(daysLeftOf({ state: "left", days: 12 })).toBe(12);
    expect(daysLeftOf({ state: "today" })).toBe(0);
    expect(daysLeftOf({ state: "overdue", days: 3 })).toBe(-3);
  });
});
