import { describe, expect, it } from "vitest";
import { purgeInWords, TRASH_RULE } from "./trash";

describe("the trash in words", () => {
  it("says the day a response is deleted for good", () => {
    expect(purgeInWords("2026-12-23")).toBe("Deleted for good on 23 Dec 2026");
    expect(purgeInWords("2027-01-01")).toBe("Deleted for good on 1 Jan 2027");
  });

  it("shows a day it cannot read as it came, rather than a wrong one", () => {
    expect(purgeInWords("2026-02-30")).toBe("Deleted for good on 2026-02-30");
  });

  it("says how long the trash keeps a response", () => {
    expect(TRASH_RULE).toContain("stay in the trash for 30 days");
  });
});
