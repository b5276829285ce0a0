import { describe, expect, it } from "vitest";
import { isBlank, isIsoDate, isLetterDate, listOrNull, plural, textOrNull, toList } from "./text";
import { addDays, daysBetween, daysLeftOf, deadlineOf, ruleInWords } from "./deadline";
import { keyOf, move } from "./lists";

describe("text", () => {
  it("splits lines and commas, dropping blanks", () => {
    expect(toList("Norfolk, Suffolk\n\n Essex \n", true)).toEqual(["Norfolk", "Suffolk", "Essex"]);
    expect(toList("Jubilee House, Falconers Chase\nWymondham")).toEqual([
      "Jubilee House, Falconers Chase",
      "Wymondham",
    ]);
    expect(listOrNull(" \n ")).toBe(null);
    expect(textOrNull("  ")).toBe(null);
    expect(textOrNull("Dear all")).toBe("Dear all");
  });

  it("knows blank Markdown", () => {
    expect(isBlank("")).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank("\n> \n- \n1. \n****")).toBe(true);
    expect(isBlank("2024")).toBe(false);
    expect(isBlank("- done")).toBe(false);
  });

  it("accepts only dates Rust accepts", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("24/09/2024")).toBe(false);
    expect(isLetterDate("2024-07")).toBe(true);
    expect(isLetterDate("2024-13")).toBe(false);
    expect(isLetterDate("2024-7")).toBe(false);
    expect(isLetterDate("2024-07-15")).toBe(true);
    expect(plural(1, "item")).toBe("1 item");
    expect(plural(17, "area for improvement", "areas for improvement")).toBe(
      "17 areas for improvement",
    );
  });
});

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
