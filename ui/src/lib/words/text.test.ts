import { describe, expect, it } from "vitest";
import { isBlank, isIsoDate, isLetterDate, listOrNull, plural, textOrNull, toList } from "./text";

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
