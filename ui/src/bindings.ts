// Generated from the Rust types by ts-rs (tests/tests/ts_bindings.rs). Do not edit:
// run `UPDATE_BINDINGS=1 cargo test -p pcc-tests --test ts_bindings` instead.

export type Response = { 
/**
 * Which document the response prints as.
 */
document: DocumentKind, 
/**
 * Where the response is in its life.
 */
status: Status, 
/**
 * The report being answered.
 */
inspection: Inspection, 
/**
 * Prose summary of the report's findings (Markdown subset).
 */
key_findings: string, 
/**
 * The graded judgements, in the order printed.
 */
grades: Array<GradedJudgement>, 
/**
 * The report's recommendations, in order.
 */
recommendations: Array<Item>, 
/**
 * The report's areas for improvement, in order.
 */
areas_for_improvement: Array<Item>, 
/**
 * The Chief Constable's response (Markdown subset).
 */
chief_constable_response: string, 
/**
 * The PCC's own response (Markdown subset).
 */
pcc_response: string, 
/**
 * "For Office Use Only": what happened to the response after signing.
 */
checklist: Array<ChecklistEntry>, 
/**
 * Letter fields; `None` for a form.
 */
letter: Letter | null, };

export type DocumentKind = "form" | "letter";

export type Status = "draft" | "ready" | "signed" | "published";

export type Inspection = { 
/**
 * The report's title as HMICFRS published it.
 */
title: string, 
/**
 * The day the report was published; the section 55 clock starts here.
 */
published: string | null, 
/**
 * The type of inspection.
 */
type: InspectionType, 
/**
 * What the type is, when `kind` is `Other` (free text).
 */
type_detail: string | null, 
/**
 * The police force or forces inspected.
 */
forces: Array<string>, 
/**
 * Where the report can be read.
 */
report_url: string | null, };

export type InspectionType = "PEEL" | "National" | "Joint" | "Force-specific" | "PCC-commissioned" | "Other";

export type GradedJudgement = { 
/**
 * The grade, printed in bold.
 */
grade: Grade, 
/**
 * The words that follow the grade.
 */
area: string, };

export type Grade = "Outstanding" | "Good" | "Adequate" | "Requires improvement" | "Inadequate";

export type Item = { 
/**
 * The item as the report words it, without its "Area for Improvement N:" label.
 */
text: string, 
/**
 * The action taken or proposed, or why none (Markdown subset).
 */
response: string | null, };

export type ChecklistEntry = { 
/**
 * What is to be done, e.g. "Response forwarded to the Chief Constable."
 */
item: string, 
/**
 * The day it was done, or `None` while it is not.
 */
done_on: string | null, };

export type Letter = { 
/**
 * The date printed on the letter.
 */
date: LetterDate | null, 
/**
 * One addressee a line; `None` means the office's defaults.
 */
addressees: Array<string> | null, 
/**
 * "Dear ..."; `None` means the office's default.
 */
salutation: string | null, 
/**
 * The bold subject line; `None` means the standard one.
 */
subject: string | null, };

export type LetterDate = string;

export type Office = { 
/**
 * The Commissioner's name, e.g. "Sarah Taylor".
 */
pcc_name: string, 
/**
 * The police area, e.g. "Norfolk".
 */
area: string, 
/**
 * The force, e.g. "Norfolk Constabulary".
 */
force: string, 
/**
 * The office's name for the letterhead.
 */
office_name: string, 
/**
 * Postal address, one line each.
 */
address: Array<string>, 
/**
 * Telephone number as printed.
 */
telephone: string, 
/**
 * Email address.
 */
email: string, 
/**
 * Web address as printed.
 */
web: string, 
/**
 * The office logo, stored as image bytes.
 */
logo: Logo | null, 
/**
 * The italic statutory line; `None` for the default.
 */
statutory_statement: string | null, 
/**
 * The office checklist items; `None` for the default.
 */
checklist_items: Array<string> | null, 
/**
 * The letter's addressees; `None` for the default.
 */
addressees: Array<string> | null, 
/**
 * The letter's salutation; `None` for the default.
 */
salutation: string | null, 
/**
 * How the section 55 deadline is counted.
 */
deadline_rule: DeadlineRule, };

export type OfficeDefaults = { 
/**
 * The statutory line.
 */
statutory_statement: string, 
/**
 * The checklist items.
 */
checklist_items: Array<string>, 
/**
 * The letter's addressees.
 */
addressees: Array<string>, 
/**
 * The letter's salutation.
 */
salutation: string, };

export type Logo = { 
/**
 * The image file's bytes, as given.
 */
bytes: string, 
/**
 * PNG or JPEG.
 */
format: ImageFormat, 
/**
 * Width in pixels.
 */
width: number, 
/**
 * Height in pixels.
 */
height: number, };

export type ImageFormat = "png" | "jpeg";

export type DeadlineRule = "published+56" | "statutory";

export type Due = { "state": "left", "days": number } | { "state": "today" } | { "state": "overdue", "days": number };

export type Problem = { 
/**
 * Where it is.
 */
section: Section, 
/**
 * How serious it is.
 */
severity: Severity, 
/**
 * What is wrong, in words.
 */
message: string, 
/**
 * The field it is about, by its path in the response file (`inspection.published`,
 * `checklist[2].done_on`), where it is one field: the window shows the problem beside
 * it. `None` for a gap in a section as a whole.
 */
field: string | null, };

export type Section = "inspection" | "key_findings" | "recommendations" | "areas_for_improvement" | "chief_constable_response" | "pcc_response" | "checklist" | "letter" | "office";

export type Severity = "warning" | "error";

export type DateStyle = "plain" | "ordinal";

export type ResponseId = number;

export type ResponseSummary = { 
/**
 * Which response.
 */
id: ResponseId, 
/**
 * Form or letter.
 */
document: DocumentKind, 
/**
 * Where the response is in its life.
 */
status: Status, 
/**
 * The report's title.
 */
title: string, 
/**
 * The type of inspection.
 */
kind: InspectionType, 
/**
 * The day the report was published, if known yet.
 */
published: string | null, 
/**
 * The section 55 deadline by `rule`; `None` without a publication date.
 */
deadline: string | null, 
/**
 * Where the list's `today` stands against the deadline; `None` once the response is
 * signed or published, when the deadline no longer counts down.
 */
due: Due | null, 
/**
 * The office's rule that made the deadline, to show beside it.
 */
rule: DeadlineRule, 
/**
 * The day the response entered its status, when known: shown instead of the days left
 * once it is signed or published.
 */
status_since: string | null, 
/**
 * When the response was last saved with a change; `None` if never since it was made.
 */
changed: string | null, };

export type TrashedResponse = { 
/**
 * Which response.
 */
id: ResponseId, 
/**
 * The report's title.
 */
title: string, 
/**
 * Form or letter.
 */
document: DocumentKind, 
/**
 * Where the response was in its life when it was moved to the trash.
 */
status: Status, 
/**
 * The day it was moved to the trash.
 */
deleted_on: string, 
/**
 * The day [`purge_trash`] deletes it for good: [`TRASH_DAYS`] after `deleted_on`.
 */
purge_on: string, };

export type StatusDate = { 
/**
 * The status entered.
 */
status: Status, 
/**
 * The day it was entered, the latest time it was.
 */
on: string, };

export type Version = { 
/**
 * Which version.
 */
id: VersionId, 
/**
 * The response it is a version of.
 */
response_id: ResponseId, 
/**
 * When it was kept, in the computer's local time.
 */
saved_at: string, 
/**
 * Why it was kept.
 */
kind: VersionKind, 
/**
 * The new status, the exported file's name, or the restored version's time.
 */
detail: string | null, };

export type VersionId = number;

export type VersionKind = "edit" | "status" | "export" | "restore";

export type Settings = { 
/**
 * How many automatic backups to keep, from 1 to [`MOST_BACKUPS_KEPT`]; 14 at first.
 */
backups_kept: number, };

export type BackupFile = { 
/**
 * Where it is.
 */
path: string, 
/**
 * When it was made, in the computer's local time.
 */
made_at: string, 
/**
 * Whether it was made just before a restore, rather than on the app's schedule.
 */
before_restore: boolean, 
/**
 * Its size in bytes.
 */
size: number, };

export type BackupContents = { 
/**
 * The backup file.
 */
path: string, 
/**
 * When it was made, when its name says so.
 */
made_at: string | null, 
/**
 * The schema version it was made with.
 */
schema_version: number, 
/**
 * The office's area, if the office was set up.
 */
office: string | null, 
/**
 * Its responses outside the trash, soonest deadline first.
 */
responses: Array<ResponseSummary>, 
/**
 * How many responses are in its trash.
 */
in_trash: number, };

export type Damaged = { 
/**
 * Where the damaged file was moved, to be kept.
 */
moved_to: string, 
/**
 * What SQLite found wrong with it.
 */
problem: string, 
/**
 * The newest backup that can be read, offered in its place.
 */
newest_backup: BackupContents | null, };

export type Limits = { 
/**
 * [`MAX_TEXT_CHARS`].
 */
text_chars: number, 
/**
 * [`MAX_TITLE_CHARS`].
 */
title_chars: number, 
/**
 * [`MAX_LIST_ENTRIES`].
 */
list_entries: number, };

