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

  const before = {
    path: "C:\\data\\backups\\pcc-response-before-restore-2026-11-23-101500.sqlite3",
    token: 2,
  };

  it("shows what a chosen backup holds, and replaces nothing until the officer agrees", async () => {
    const chosen = backup({ choice: { kind: "chosen", value: 1 } });
    const sent = mockCommands({ choose_backup: () => chosen, restore_backup: () => before });
    const done = chooseAndRestore();
    await until(() => preview.open !== null);
    expect(preview.open?.backup).toEqual(chosen);
    expect(sent.map((s) => s.cmd)).toEqual(["choose_backup"]);

    answerPreview(true);
    expect(await done).toEqual({ text: restoredNotice(before.path), file: before });
    expect(sent.map((s) => s.cmd)).toEqual(["choose_backup", "restore_backup"]);
    expect(sent[1].args).toEqual({ choice: { kind: "chosen", value: 1 } });
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

  it("reads an automatic backup by its name first, then asks the same question", async () => {
    const name = "pcc-response-backup-2026-11-20-081500.sqlite3";
    const kept = { kind: "kept", value: name } as const;
    const sent = mockCommands({
      inspect_backup: () => backup({ path: `C:\\data\\backups\\${name}`, choice: kept }),
      restore_backup: () => before,
    });
    const done = inspectAndRestore(name);
    await until(() => preview.open !== null);
    expect(preview.open?.backup.path).toBe(`C:\\data\\backups\\${name}`);
    answerPreview(true);
    await done;
    expect(sent).toEqual([
      { cmd: "inspect_backup", args: { choice: kept } },
      { cmd: "restore_backup", args: { choice: kept } },
    ]);
  });
});

async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !ready(); i++) await new Promise((r) => setTimeout(r, 1));
  if (!ready()) throw new Error("never became ready");
}
