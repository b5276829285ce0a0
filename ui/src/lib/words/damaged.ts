// What the officer is told when the database could not be read at start-up, and what they
// can choose: the newest good backup when there is one, an empty database, or a backup file
// of their own. The damaged file is never deleted, and the report says where it went.
import type { BackupContents, Damaged } from "../../bindings";
import { titleOf } from "./text";
import { formatUkDateTime } from "./due";
import { plural } from "./text";

/** What can be done about the damage; each is a button in the report. */
export type DamageChoice = "restore-newest" | "start-empty" | "choose-file";

export interface DamageReport {
  title: string;
  /** Where the damaged file went. */
  moved: string;
  /** The newest good backup, or that there is none and what can be done instead. */
  backup: string;
  /** What SQLite found, for whoever looks after the computer. */
  problem: string;
  /** The buttons, the first focused. */
  choices: { id: DamageChoice; label: string; tone: "primary" | "plain" }[];
}

/** "“A”, “B” and “C”", or the first `most` and "and 4 more". */
export function titlesInWords(backup: BackupContents, most = 3): string {
  const titles = backup.responses.slice(0, most).map((r) => `“${titleOf(r)}”`);
  const rest = backup.responses.length - titles.length;
  if (rest > 0) return `${titles.join(", ")} and ${rest} more`;
  if (titles.length <= 1) return titles.join("");
  return `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
}

/** What a backup holds, in a sentence's second half: "holds 3 responses (“A”, …)". */
function holds(backup: BackupContents): string {
  const n = backup.responses.length;
  const listed = n === 0 ? "no responses" : `${plural(n, "response")} (${titlesInWords(backup)})`;
  const trash = backup.in_trash > 0 ? `, and ${backup.in_trash} in the trash` : "";
  return `holds ${listed}${trash}`;
}

export function damageReport(damaged: Damaged): DamageReport {
  const newest = damaged.newest_backup;
  const start = { id: "start-empty", label: "Start with an empty database" } as const;
  const restore = { id: "restore-newest", label: "Restore this backup" } as const;
  const file = { id: "choose-file", label: "Restore from a backup file…" } as const;
  return {
    title: "The database is damaged",
    moved:
      "The database could not be read: it is damaged. It has been moved aside, not deleted, " +
      `to ${damaged.moved_to}.`,
    backup: newest
      ? newest.made_at
        ? `The newest good backup is from ${formatUkDateTime(newest.made_at)} and ${holds(newest)}.`
        : `The newest good backup ${holds(newest)}.`
      : "No backup of it was found. You can start with an empty database and restore from a " +
        "backup file later, in Settings under Backups, or choose a backup file now.",
    problem: `What SQLite reported: ${damaged.problem}`,
    choices: newest
      ? [
          { ...restore, tone: "primary" },
          { ...start, tone: "plain" },
        ]
      : [
          { ...start, tone: "primary" },
          { ...file, tone: "plain" },
        ],
  };
}
