// Backups in words: what a backup holds, shown before it replaces anything; how big a
// backup file is; and the number of automatic backups to keep, as the officer types it.
import { MOST_BACKUPS_KEPT, type BackupContents, type ResponseSummary } from "../../bindings";
import { formatShortUkDate, formatUkDateTime } from "./due";
import { statusLabel } from "./labels";
import { plural, titleOf } from "./text";

/** The most automatic backups that can be kept: the core's, in the bindings. */
export { MOST_BACKUPS_KEPT };

/** One response of a backup: its title, and its status and deadline in a line. */
export function responseLine(r: ResponseSummary): { title: string; detail: string } {
  const deadline = r.deadline ? `deadline ${formatShortUkDate(r.deadline)}` : "no deadline yet";
  return { title: titleOf(r), detail: `${statusLabel(r.status)}, ${deadline}` };
}

/** What the preview before a restore says about the backup. */
export interface BackupSummary {
  title: string;
  made: string;
  office: string;
  /** "3 responses:" or "No responses." */
  count: string;
  /** The first few responses, soonest deadline first. */
  responses: { title: string; detail: string }[];
  /** "and 4 more", when not all are listed. */
  more: string | null;
  trash: string;
  warning: string;
  confirm: string;
}

/** The preview of `backup`, listing at most `listed` of its responses. */
export function backupSummary(backup: BackupContents, listed = 5): BackupSummary {
  const n = backup.responses.length;
  const office = backup.office?.trim();
  return {
    title: "Replace everything with this backup?",
    made: backup.made_at
      ? `Made on ${formatUkDateTime(backup.made_at)}.`
      : "The file's name does not say when it was made.",
    office: office
      ? `The office of the Police and Crime Commissioner for ${office}.`
      : "The office had not been set up.",
    count: n === 0 ? "No responses." : `${plural(n, "response")}:`,
    responses: backup.responses.slice(0, listed).map(responseLine),
    more: n > listed ? `and ${n - listed} more` : null,
    trash:
      backup.in_trash === 0
        ? "Nothing in the trash."
        : `${plural(backup.in_trash, "response")} in the trash.`,
    warning:
      "Everything now in the app will be replaced by what this backup holds: the responses, " +
      "their history, the trash and the settings. What is there now is saved first, as a " +
      "backup of its own, so it can be brought back.",
    confirm: "Replace with this backup",
  };
}

/** What the officer is told once a backup has replaced everything. */
export const restoredNotice = (before: string) =>
  `Restored. What was there before is saved as ${before}.`;

/** What the officer is told once "Back up now" has written the file. */
export const backedUpNotice = (path: string) => `Backed up to ${path}.`;

/** A file's size as Explorer would show it: "340 KB", "1.2 MB", "24 MB". */
export function sizeInWords(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
  const mb = kb / 1024;
  return mb < 10 ? `${mb.toFixed(1)} MB` : `${Math.round(mb)} MB`;
}

/** The number of automatic backups to keep, as typed; an error in words when it is not one. */
export function parseBackupsKept(text: string): { value: number } | { error: string } {
  const t = text.trim();
  const n = Number(t);
  if (!/^\d+$/.test(t) || n < 1 || n > MOST_BACKUPS_KEPT) {
    return { error: `Enter a whole number from 1 to ${MOST_BACKUPS_KEPT}.` };
  }
  return { value: n };
}
