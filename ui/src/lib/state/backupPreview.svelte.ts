// Restoring a backup, which replaces everything: the officer first sees what the backup
// holds (BackupPreview.svelte shows `preview.open`) and chooses. Settings and the damaged-
// database report at start-up both come through here, so the question is always the same.
import { chooseBackup, inspectBackup, restoreBackup } from "../../api";
import type { BackupContents, Written } from "../../bindings";
import { restoredNotice } from "../words/backups";

interface Open {
  backup: BackupContents;
  resolve: (replace: boolean) => void;
}

export const preview = $state<{ open: Open | null }>({ open: null });

/** Shows what `backup` holds; resolves true when the officer chose to replace everything. */
export function askToReplace(backup: BackupContents): Promise<boolean> {
  preview.open?.resolve(false);
  return new Promise((resolve) => {
    preview.open = { backup, resolve };
  });
}

/** The officer's answer (BackupPreview.svelte calls this). */
export function answerPreview(replace: boolean): void {
  const open = preview.open;
  preview.open = null;
  open?.resolve(replace);
}

/** After a restore: what to tell the officer, and where the data as it was now is. */
export interface Restored {
  text: string;
  file: Written;
}

/** Asks about `backup`, then restores it; null when the officer keeps things as they are. */
export async function restoreAfterAsking(backup: BackupContents): Promise<Restored | null> {
  if (!(await askToReplace(backup))) return null;
  const before = await restoreBackup(backup.choice);
  return { text: restoredNotice(before.path), file: before };
}

/** "Restore from a backup…": the native dialog, then the same question; null if cancelled. */
export async function chooseAndRestore(): Promise<Restored | null> {
  const backup = await chooseBackup();
  return backup ? restoreAfterAsking(backup) : null;
}

/** One of the automatic backups, by name, read first, then the same question. */
export async function inspectAndRestore(name: string): Promise<Restored | null> {
  return restoreAfterAsking(await inspectBackup({ kind: "kept", value: name }));
}
