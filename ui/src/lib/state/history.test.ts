import { afterEach, describe, expect, it } from "vitest";
import type { Response, Version } from "../../bindings";
import {
  bringBack,
  EMPTY_HISTORY,
  restoredNotice,
  restoreQuestion,
  UNSAVED,
  versionInWords,
  whenKept,
} from "./history";
import { clearMocks, mockCommands, refusal } from "../test-support/mockCommands";

const version = (over: Partial<Version>): Version => ({
  id: 1,
  response_id: 7,
  saved_at: "2026-11-23T08:15:00",
  kind: "edit",
  detail: null,
  ...over,
});

describe("a version in words", () => {
  it("says when it was kept, to the minute", () => {
    expect(whenKept(version({ saved_at: "2026-11-23T08:15:42" }))).toBe("23 Nov 2026, 08:15");
  });

  it("says why it was kept", () => {
    expect(versionInWords(version({ kind: "edit" }))).toBe("Edited");
    expect(
      versionInWords(version({ kind: "edit", detail: "Before taking back edits from Word" })),
    ).toBe("Before taking back edits from Word");
    expect(versionInWords(version({ kind: "status", detail: "signed" }))).toBe(
      "Status changed to Signed",
    );
    expect(versionInWords(version({ kind: "status", detail: "ready" }))).toBe(
      "Status changed to Ready for signature",
    );
    expect(versionInWords(version({ kind: "export", detail: "Norfolk PCC response.docx" }))).toBe(
      "Exported to Norfolk PCC response.docx",
    );
  });

  it("names the restored version by its time, as the database stores it", () => {
    expect(versionInWords(version({ kind: "restore", detail: "2026-11-23 09:00:00" }))).toBe(
      "Restored the version of 23 Nov 2026, 09:00",
    );
  });

  it("still reads sensibly without its detail, or with one it does not know", () => {
    expect(versionInWords(version({ kind: "status", detail: null }))).toBe("Status changed");
    expect(versionInWords(version({ kind: "status", detail: "archived" }))).toBe(
      "Status changed to archived",
    );
    expect(versionInWords(version({ kind: "export", detail: " " }))).toBe("Exported");
    expect(versionInWords(version({ kind: "restore", detail: null }))).toBe(
      "Restored an earlier version",
    );
  });

  it("explains an empty history", () => {
    expect(EMPTY_HISTORY).toContain(
      "A version is kept each time you export, change the status, and every five minutes " +
        "while you type.",
    );
  });
});

describe("restoring a version", () => {
  afterEach(() => clearMocks());

  const old = version({ id: 3, saved_at: "2026-11-23T09:00:00" });
  const restored = { status: "draft" } as Response;

  it("asks with the full date, and promises the text as it is now is kept", () => {
    const q = restoreQuestion(old);
    expect(q.message).toContain("as it was on 23 November 2026, 09:00");
    expect(q.message).toContain("kept in the history first");
    expect(q.confirm).toBe("Restore this version");
  });

  it("tells how to undo: the version just below the restore", () => {
    const before = version({ id: 9, saved_at: "2026-11-23T10:12:00" });
    expect(restoredNotice(old, before)).toBe(
      "Restored the version of 23 Nov 2026, 09:00. " +
        "To undo, restore the version just below it (23 Nov 2026, 10:12).",
    );
    expect(restoredNotice(old, null)).toBe(
      "Restored the version of 23 Nov 2026, 09:00. To undo, restore the version just below it.",
    );
  });

  it("saves what the editor holds first, restores, and reads the history again", async () => {
    const order: string[] = [];
    const now = "2026-11-23T10:12:30";
    const after = [
      version({ id: 11, kind: "restore", detail: "2026-11-23 09:00:00", saved_at: now }),
      version({ id: 10, kind: "edit", saved_at: now }),
      old,
    ];
    const sent = mockCommands({
      restore_version: () => (order.push("restore"), restored),
      list_versions: () => after,
    });
    const flush = async () => (order.push("flush"), true);

    const done = await bringBack(7, old, flush);

    expect(order).toEqual(["flush", "restore"]);
    expect(sent.map((s) => s.cmd)).toEqual(["restore_version", "list_versions"]);
    expect(sent[0].args).toEqual({ id: 7, version: 3 });
    expect(sent[1].args).toEqual({ id: 7 });
    expect(done.response).toEqual(restored);
    expect(done.versions).toEqual(after);
    expect(done.notice).toContain("just below it (23 Nov 2026, 10:12)");
  });

  it("restores nothing when the latest changes cannot be saved first", async () => {
    const sent = mockCommands({ restore_version: () => restored });
    await expect(bringBack(7, old, async () => false)).rejects.toBe(UNSAVED);
    expect(sent).toEqual([]);
  });

  it("passes on the refusal from Rust in words", async () => {
    mockCommands({
      restore_version: () => {
        throw refusal("not-found", "That version is no longer kept.");
      },
    });
    await expect(bringBack(7, old, async () => true)).rejects.toEqual({
      kind: "not-found",
      message: "That version is no longer kept.",
      field: null,
    });
  });

  it("still restores when the history cannot be read again afterwards", async () => {
    mockCommands({
      restore_version: () => restored,
      list_versions: () => {
        throw refusal("io", "busy");
      },
    });
    const done = await bringBack(7, old, async () => true);
    expect(done.versions).toBeNull();
    expect(done.notice).toBe(
      "Restored the version of 23 Nov 2026, 09:00. To undo, restore the version just below it.",
    );
  });
});
