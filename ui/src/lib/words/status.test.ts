import { describe, expect, it } from "vitest";
import type { StatusDate } from "../../bindings";
import { statusSince } from "./status";

describe("statusSince", () => {
  const dates: StatusDate[] = [
    { status: "draft", on: "2024-11-01" },
    { status: "ready", on: "2024-11-12" },
    { status: "published", on: "2025-01-09" },
  ];

  it("gives the day the current status was entered, in UK words", () => {
    expect(statusSince("ready", dates)).toBe("Ready for signature since 12 November 2024");
    expect(statusSince("draft", dates)).toBe("Draft since 1 November 2024");
    expect(statusSince("published", dates)).toBe("Published since 9 January 2025");
  });

  it("says nothing when the day is not known", () => {
    expect(statusSince("signed", dates)).toBeNull();
    expect(statusSince("draft", [])).toBeNull();
  });
});
