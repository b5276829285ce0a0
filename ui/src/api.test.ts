import { afterEach, describe, expect, it } from "vitest";
import * as api from "./api";
import type { Settings } from "./bindings";
import { clearMocks, mockCommands } from "./lib/test-support/mockCommands";

// The names and arguments come from Rust's table of commands (src-tauri/src/commands.rs, in
// bindings.ts), so a misspelt name fails the type check; this checks that each function
// hands its arguments over by name, as Tauri expects.
describe("the door to Rust for history, settings and backups", () => {
  afterEach(() => clearMocks());

  it("sends each command by its registered name, with its arguments", async () => {
    const folders = { damaged: null, data_folder: "d", backups_folder: "b" };
    const answer = (cmd: string) => (cmd === "startup" ? folders : null);
    const names = [
      "list_versions",
      "read_version",
      "restore_version",
      "read_settings",
      "save_settings",
      "list_backups",
      "backup_now",
      "choose_backup",
      "inspect_backup",
      "restore_backup",
      "startup",
      "dismiss_damage",
    ];
    const sent = mockCommands(Object.fromEntries(names.map((n) => [n, () => answer(n)])));
    const settings: Settings = { backups_kept: 14 };

    await api.listVersions(7);
    await api.readVersion(3);
    await api.restoreVersion(7, 3);
    await api.readSettings();
    await api.saveSettings(settings);
    await api.listBackups();
    await api.backupNow();
    await api.chooseBackup();
    await api.inspectBackup({
      kind: "kept",
      value: "pcc-response-backup-2026-11-23-081500.sqlite3",
    });
    await api.restoreBackup({ kind: "chosen", value: 4 });
    expect((await api.startup()).backups_folder).toBe("b");
    await api.dismissDamage();

    expect(sent).toEqual([
      { cmd: "list_versions", args: { id: 7 } },
      { cmd: "read_version", args: { version: 3 } },
      { cmd: "restore_version", args: { id: 7, version: 3 } },
      { cmd: "read_settings", args: {} },
      { cmd: "save_settings", args: { settings: { backups_kept: 14 } } },
      { cmd: "list_backups", args: {} },
      { cmd: "backup_now", args: {} },
      { cmd: "choose_backup", args: {} },
      {
        cmd: "inspect_backup",
        args: {
          choice: { kind: "kept", value: "pcc-response-backup-2026-11-23-081500.sqlite3" },
        },
      },
      { cmd: "restore_backup", args: { choice: { kind: "chosen", value: 4 } } },
      { cmd: "startup", args: {} },
      { cmd: "dismiss_damage", args: {} },
    ]);
  });
});
