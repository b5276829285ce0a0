// A response's history in words ("Edited", "Status changed to Signed", "Exported to
// Norfolk PCC response.docx") and bringing a version back without losing the text as it
// stood: whatever the editor still holds is saved first, and Rust keeps it as a version.
import { listVersions, restoreVersion } from "../../api";
import type { Response, ResponseId, Status, Version } from "../../bindings";
import { formatUkDateTime } from "../words/due";
import { STATUSES, statusLabel } from "../words/labels";

/** What the history says before any version is kept. */
export const EMPTY_HISTORY =
  "No versions yet. A version is kept each time you export, change the status, and every " +
  "five minutes while you type.";

/** When the version was kept, for the list: "23 Nov 2026, 08:15". */
export const whenKept = (v: Version) => formatUkDateTime(v.saved_at, "short");

const isStatus = (s: string): s is Status => STATUSES.some((x) => x.value === s);

/** Why the version was kept, in words. */
export function versionInWords(v: Version): string {
  const detail = v.detail?.trim() || null;
  switch (v.kind) {
    case "edit":
      // An edit with words of its own says why it was kept: "Before taking back edits from Word".
      return detail ?? "Edited";
    case "status":
      if (!detail) return "Status changed";
      return `Status changed to ${isStatus(detail) ? statusLabel(detail) : detail}`;
    case "export":
      return detail ? `Exported to ${detail}` : "Exported";
    case "restore":
      return detail
        ? `Restored the version of ${formatUkDateTime(detail, "short")}`
        : "Restored an earlier version";
  }
}

/** The question asked before a version replaces the text. */
export function restoreQuestion(v: Version) {
  return {
    title: "Restore this version?",
    message:
      `The response will be as it was on ${formatUkDateTime(v.saved_at)}. The text as it is ` +
      "now is kept in the history first, so you can go back to it.",
    confirm: "Restore this version",
  };
}

/**
 * What the officer is told once `restored` is back. `before` is the version holding the text
 * as it stood, which the list shows just below the restore.
 */
export function restoredNotice(restored: Version, before: Version | null): string {
  const done = `Restored the version of ${whenKept(restored)}.`;
  return before
    ? `${done} To undo, restore the version just below it (${whenKept(before)}).`
    : `${done} To undo, restore the version just below it.`;
}

/** Why nothing was restored when the editor's latest changes could not be saved first. */
export const UNSAVED = new Error(
  "Your latest changes are not saved yet, so the text as it stands could not be kept first. " +
    "Nothing was restored. The app keeps trying to save; try again in a moment.",
);

/**
 * Brings `version` of response `id` back. `flush` saves whatever the editor still holds, so
 * that the text as it stands is in the history before it is replaced; when it cannot, this
 * rejects with {@link UNSAVED} and nothing is restored. Resolves with the response as it now
 * is, the history read afresh (null when it could not be) and the notice to show.
 */
export async function bringBack(
  id: ResponseId,
  version: Version,
  flush: () => Promise<boolean>,
): Promise<{ response: Response; versions: Version[] | null; notice: string }> {
  if (!(await flush())) throw UNSAVED;
  const response = await restoreVersion(id, version.id);
  const versions = await listVersions(id).catch(() => null);
  // The newest is the restore itself; the one after it holds the text as it stood.
  const before = versions?.[0]?.kind === "restore" ? (versions[1] ?? null) : null;
  return { response, versions, notice: restoredNotice(version, before) };
}
