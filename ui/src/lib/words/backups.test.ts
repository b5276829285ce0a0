import { describe, expect, it } from "vitest";
import {
  backedUpNotice,
  backupSummary,
  parseBackupsKept,
  restoredNotice,
  sizeInWords,
} from "./backups";
import { backup, summary } from "../test-support/testBackups";

describe("what a backup holds, before it replaces anything", () => {
  it("says when it was made, the office, the responses and the trash", () => {
    const s = backupSummary(backup());
    expect(s.made).toBe("Made on 23 November 2026, 08:15.");
    expect(s.office).toBe("The office of the Police and Crime Commissioner for Norfolk.");
    expect(s.count).toBe("3 responses:");
    expect(s.responses).toEqual([
      { title: "PEEL 2025 Norfolk", detail: "Signed, deadline 1 Dec 2026" },
      { title: "Custody thematic", detail: "Draft, deadline 9 Jan 2027" },
      { title: "Untitled response", detail: "Ready for signature, no deadline yet" },
    ]);
    expect(s.more).toBeNull();
    expect(s.trash).toBe("2 responses in the trash.");
  });

  it("warns that everything is replaced, and that what is there now is saved first", () => {
    const s = backupSummary(backup());
    expect(s.warning).toContain("Everything now in the app will be replaced");
    expect(s.warning).toContain("What is there now is saved first");
    expect(s.confirm).toBe("Replace with this backup");
  });

  it("lists only the first few responses and counts the rest", () => {
    const many = backup({
      responses: Array.from({ length: 8 }, (_, i) => summary(i, `Report ${i + 1}`, "draft", null)),
    });
    const s = backupSummary(many);
    expect(s.count).toBe("8 responses:");
    expect(s.responses.map((r) => r.title)).toEqual([
      "Report 1",
      "Report 2",
      "Report 3",
      "Report 4",
      "Report 5",
    ]);
    expect(s.more).toBe("and 3 more");
  });

  it("says plainly what is not known or not there", () => {
    const s = backupSummary(backup({ made_at: null, office: null, responses: [], in_trash: 0 }));
    expect(s.made).toBe("The file's name does not say when it was made.");
    expect(s.office).toBe("The office had not been set up.");
    expect(s.count).toBe("No responses.");
    expect(s.trash).toBe("Nothing in the trash.");
    const one = backup({ responses: [summary(1, "One", "draft", null)], in_trash: 1 });
    expect(backupSummary(one)).toMatchObject({
      count: "1 response:",
      trash: "1 response in the trash.",
    });
  });
});

describe("backup files and the number kept", () => {
  it("gives sizes as Explorer does", () => {
    expect(sizeInWords(200)).toBe("1 KB");
    expect(sizeInWords(348_160)).toBe("340 KB");
    expect(sizeInWords(1_258_291)).toBe("1.2 MB");
    expect(sizeInWords(25_165_824)).toBe("24 MB");
  });

  it("takes a whole number from 1 to 365", () => {
    expect(parseBackupsKept(" 14 ")).toEqual({ value: 14 });
    expect(parseBackupsKept("1")).toEqual({ value: 1 });
    expect(parseBackupsKept("365")).toEqual({ value: 365 });
    for (const bad of ["0", "366", "2.5", "-3", "", "ten", "1e2"]) {
      expect(parseBackupsKept(bad)).toEqual({ error: "Enter a whole number from 1 to 365." });
    }
  });

  it("says where a backup went", () => {
    expect(backedUpNotice("D:\\PCC backup 2026-11-23 0815.sqlite3")).toBe(
      "Backed up to D:\\PCC backup 2026-11-23 0815.sqlite3.",
    );
    const before = "C:\\data\\backups\\pcc-response-before-restore-2026-11-23-101500.sqlite3";
    expect(restoredNotice(before)).toBe(`Restored. What was there before is saved as ${before}.`);
  });
});
