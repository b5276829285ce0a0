import { describe, expect, it } from "vitest";
import { damageReport, titlesInWords } from "./damaged";
import { backup, summary } from "../test-support/testBackups";

describe("the report of a damaged database", () => {
  const moved = "C:\\data\\responses.damaged-2026-11-24-090000.sqlite3";

  it("says plainly what happened and where the file went", () => {
    const problem = "database disk image is malformed";
    const r = damageReport({ moved_to: moved, problem, newest_backup: null });
    expect(r.moved).toBe(
      "The database could not be read: it is damaged. " +
        `It has been moved aside, not deleted, to ${moved}.`,
    );
    expect(r.problem).toBe("What SQLite reported: database disk image is malformed");
  });

  it("offers the newest good backup first, saying when it was made and what it holds", () => {
    const r = damageReport({ moved_to: moved, problem: "x", newest_backup: backup() });
    expect(r.backup).toBe(
      "The newest good backup is from 23 November 2026, 08:15 and holds 3 responses " +
        "(“PEEL 2025 Norfolk”, “Custody thematic” and “Untitled response”), " +
        "and 2 in the trash.",
    );
    expect(r.choices.map((c) => [c.id, c.label])).toEqual([
      ["restore-newest", "Restore this backup"],
      ["start-empty", "Start with an empty database"],
    ]);
  });

  it("without a backup, says so and offers a file of the officer's own, or Settings later", () => {
    const r = damageReport({ moved_to: moved, problem: "x", newest_backup: null });
    expect(r.backup).toContain("No backup of it was found.");
    expect(r.backup).toContain("in Settings under Backups");
    expect(r.choices.map((c) => [c.id, c.label])).toEqual([
      ["start-empty", "Start with an empty database"],
      ["choose-file", "Restore from a backup file…"],
    ]);
  });

  it("copes with a backup whose time is not known, or that holds nothing", () => {
    const empty = backup({ made_at: null, responses: [], in_trash: 0 });
    expect(damageReport({ moved_to: moved, problem: "x", newest_backup: empty }).backup).toBe(
      "The newest good backup holds no responses.",
    );
  });

  it("names a few titles and counts the rest", () => {
    const one = backup({ responses: [summary(1, "Only", "draft", null)] });
    expect(titlesInWords(one)).toBe("“Only”");
    const five = backup({
      responses: ["A", "B", "C", "D", "E"].map((t, i) => summary(i, t, "draft", null)),
    });
    expect(titlesInWords(five)).toBe("“A”, “B”, “C” and 2 more");
  });
});
