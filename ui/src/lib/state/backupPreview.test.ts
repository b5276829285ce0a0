import { afterEach, describe, expect, it } from "vitest";
import {
  answerPreview,
  chooseAndRestore,
  inspectAndRestore,
  preview,
} from "./backupPreview.svelte";
import { restoredNotice } from "../words/backups";
import { clearMocks, mockCommands } from "../test-support/mockCommands";
import { backup } from "../test-support/testBackups";

describe("restoring a backup", () => {
  afterEach(() => {
    clearMocks();
    answerPreview(false);
  });

  const before = "C:\\data\\backups\\pcc-response-before-restore-2026-11-23-101500.sqlite3";

  it("shows what a chosen backup holds, and replaces nothing until the officer agrees", async () => {
    const chosen = backup();
    const sent = mockCommands({ choose_backup: () => chosen, restore_backup: () => before });
    const done = chooseAndRestore();
    await until(() => preview.open !== null);
    expect(preview.open?.backup).toEqual(chosen);
    expect(sent.map((s) => s.cmd)).toEqual(["choose_backup"]);

    answerPreview(true);
    expect(await done).toEqual({ text: restoredNotice(before), path: before });
    expect(sent.map((s) => s.cmd)).toEqual(["choose_backup", "restore_backup"]);
    expect(sent[1].args).toEqual({ path: chosen.path });
  });

  it("replaces nothing when the officer cancels, or cancels the file dialog", async () => {
    const sent = mockCommands({ choose_backup: () => backup(), restore_backup: () => before });
    const done = chooseAndRestore();
    await until(() => preview.open !== null);
    answerPreview(false);
    expect(await done).toBeNull();

    mockCommands({ choose_backup: () => null });
    expect(await chooseAndRestore()).toBeNull();
    expect(preview.open).toBeNull();
    expect(sent.some((s) => s.cmd === "restore_backup")).toBe(false);
  });

  it("reads an automatic backup first, then asks the same question", async () => {
    const sent = mockCommands({
      inspect_backup: ({ path }) => backup({ path: String(path) }),
      restore_backup: () => before,
    });
    const done = inspectAndRestore("C:\\b.sqlite3");
    await until(() => preview.open !== null);
    expect(preview.open?.backup.path).toBe("C:\\b.sqlite3");
    answerPreview(true);
    await done;
    expect(sent).toEqual([
      { cmd: "inspect_backup", args: { path: "C:\\b.sqlite3" } },
      { cmd: "restore_backup", args: { path: "C:\\b.sqlite3" } },
    ]);
  });
});

async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !ready(); i++) await new Promise((r) => setTimeout(r, 1));
  if (!ready()) throw new Error("never became ready");
}
