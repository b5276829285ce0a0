// Made-up backups for the unit tests of the backup preview and the damage report.
// Tests only.
import type { BackupContents, ResponseSummary, Status } from "../../bindings";

/** One line of a backup's list of responses. */
export const summary = (
  id: number,
  title: string,
  status: Status,
  deadline: string | null,
): ResponseSummary => ({
  id,
  document: "form",
  status,
  title,
  kind: "PEEL",
  published: null,
  deadline,
  due: null,
  due_words: null,
  rule: "published+56",
  status_since: null,
  changed: null,
  publication: null,
});

/** A backup of three responses (one without a title) and two in the trash. */
export const backup = (over: Partial<BackupContents> = {}): BackupContents => ({
  path: "C:\\Users\\officer\\AppData\\backups\\pcc-response-backup-2026-11-23-081500.sqlite3",
  choice: { kind: "kept", value: "pcc-response-backup-2026-11-23-081500.sqlite3" },
  made_at: "2026-11-23T08:15:00",
  schema_version: 3,
  office: "Norfolk",
  responses: [
    summary(1, "PEEL 2025 Norfolk", "signed", "2026-12-01"),
    summary(2, "Custody thematic", "draft", "2027-01-09"),
    summary(3, " ", "ready", null),
  ],
  in_trash: 2,
  ...over,
});
