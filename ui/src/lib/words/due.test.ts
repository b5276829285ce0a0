import { describe, expect, it } from "vitest";
import { formatShortUkDate, formatTime, formatUkDate, formatUkDateTime } from "./due";

describe("formatUkDate", () => {
  it("writes day, month and year", () => {
    expect(formatUkDate("2024-11-19")).toBe("19 November 2024");
    expect(formatUkDate("2024-09-24")).toBe("24 September 2024");
    expect(formatUkDate("2017-11-09")).toBe("9 November 2017");
    expect(formatUkDate("2025-01-01")).toBe("1 January 2025");
  });

  it("knows leap days", () => {
    expect(formatUkDate("2024-02-29")).toBe("29 February 2024");
    expect(formatUkDate("2000-02-29")).toBe("29 February 2000");
    expect(formatUkDate("2023-02-29")).toBe("2023-02-29");
    expect(formatUkDate("1900-02-29")).toBe("1900-02-29");
  });

  it("writes a letter's month and year", () => {
    expect(formatUkDate("2024-07")).toBe("July 2024");
  });

  it("leaves anything that is not a date as it is", () => {
    for (const odd of ["", "2024-13-01", "2024-04-31", "2024-00-10", "19/11/2024", "soon"]) {
      expect(formatUkDate(odd)).toBe(odd);
    }
  });
});

describe("formatTime", () => {
  it("writes the 24-hour clock with two digits each", () => {
    expect(formatTime(new Date(2024, 10, 19, 14, 32, 59))).toBe("14:32");
    expect(formatTime(new Date(2024, 10, 19, 9, 5))).toBe("09:05");
    expect(formatTime(new Date(2024, 10, 19, 0, 0))).toBe("00:00");
    expect(formatTime(new Date(2024, 10, 19, 23, 59))).toBe("23:59");
  });
});

describe("formatShortUkDate", () => {
  it("shortens the month for lists, September to Sept as GOV.UK does", () => {
    expect(formatShortUkDate("2026-12-23")).toBe("23 Dec 2026");
    expect(formatShortUkDate("2026-05-01")).toBe("1 May 2026");
    expect(formatShortUkDate("2024-09-24")).toBe("24 Sept 2024");
  });

  it("leaves a month alone, and anything that is not a day", () => {
    for (const odd of ["2024-07", "2023-02-29", "", "soon"]) {
      expect(formatShortUkDate(odd)).toBe(odd);
    }
  });
});

describe("formatUkDateTime", () => {
  it("writes a time from Rust, either way it is sent, to the minute", () => {
    expect(formatUkDateTime("2026-11-23T08:15:00")).toBe("23 November 2026, 08:15");
    expect(formatUkDateTime("2026-11-23 09:00:00")).toBe("23 November 2026, 09:00");
    expect(formatUkDateTime("2026-11-23T08:15:42.123")).toBe("23 November 2026, 08:15");
    expect(formatUkDateTime("2026-11-23T08:15")).toBe("23 November 2026, 08:15");
  });

  it("has a short form for lists", () => {
    expect(formatUkDateTime("2026-11-23T08:15:00", "short")).toBe("23 Nov 2026, 08:15");
  });

  it("leaves anything else as it is", () => {
    for (const odd of ["2026-11-23", "2026-02-30T08:15:00", "2026-11-23T24:00:00", "yesterday"]) {
      expect(formatUkDateTime(odd)).toBe(odd);
    }
  });
});
