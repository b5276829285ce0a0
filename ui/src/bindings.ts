// Generated from the Rust types and constants (src-tauri/src/bindings.rs). Do not
// edit: run `UPDATE_BINDINGS=1 cargo test -p pcc-response-app bindings` instead.

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
letter: Letter | null, 
/**
 * The section 55 record, where the checklist does not keep it.
 */
section_55: Section55, };

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
response: string | null, 
/**
 * What happens to it after the response: lead, target, status, RAG and updates.
 */
tracking: Tracking, };

export type Tracking = { 
/**
 * The force's lead: a name or a role.
 */
lead: string | null, 
/**
 * The day the force means to have it done.
 */
target: string | null, 
/**
 * Where it stands, in HMICFRS's terms.
 */
status: ItemStatus, 
/**
 * The officer's RAG rating; `None` until set, when the suggestion is shown instead.
 */
rag: Rag | null, 
/**
 * The later item that superseded this one, when `status` is superseded.
 */
superseded_by: ItemLink | null, 
/**
 * The earlier item this one carries forward, when the same matter was raised before.
 */
carried_from: ItemLink | null, 
/**
 * The day the report that first raised the matter was published: this item's own
 * report's for an item raised for the first time (then `None`), or the earliest one's
 * along `carried_from`.
 */
first_raised: string | null, 
/**
 * Progress updates, oldest first.
 */
updates: Array<ProgressUpdate>, };

export type ItemStatus = "awaiting_review" | "being_progressed" | "complete" | "no_further_action" | "superseded";

export type Rag = "red" | "amber" | "green";

export type ProgressUpdate = { 
/**
 * The day of the update: not before the report was published, not in the future.
 */
date: string, 
/**
 * Who reported it (a name or role).
 */
reported_by: string, 
/**
 * What was done.
 */
action: string, 
/**
 * The evidence, in words.
 */
evidence: string, 
/**
 * Where the evidence can be seen, if anywhere.
 */
evidence_link: string | null, 
/**
 * The item's status after this update.
 */
status: ItemStatus, };

export type ItemKind = "recommendation" | "area_for_improvement";

export type ItemLink = { 
/**
 * The report's title.
 */
inspection: string, 
/**
 * The day the report was published.
 */
published: string | null, 
/**
 * Recommendation or area for improvement.
 */
kind: ItemKind, 
/**
 * Its number in the report, from 1.
 */
number: number, };

export type Section55 = { 
/**
 * Where the response is published on the office's website.
 */
web_address: string | null, 
/**
 * The day it was published there, when the checklist has no line for it.
 */
published_on: string | null, 
/**
 * The day it was sent to HMICFRS or its monitoring portal, when the checklist has no
 * line for it.
 */
sent_to_hmicfrs: string | null, 
/**
 * The day it was sent to the Home Secretary, when the checklist has no line for it.
 */
sent_to_home_secretary: string | null, };

export type ItemAt = { 
/**
 * The response.
 */
response: ResponseId, 
/**
 * Recommendation or area for improvement.
 */
kind: ItemKind, 
/**
 * Its place in the response's list of that kind, from 0.
 */
index: number, };

export type TrackerFilter = { 
/**
 * Only the items of this response.
 */
inspection: ResponseId | null, 
/**
 * Only the items of reports of this type.
 */
inspection_type: InspectionType | null, 
/**
 * Only items with this status; a closed status lists closed items whatever
 * `include_closed` says.
 */
status: ItemStatus | null, 
/**
 * Only items showing this RAG (the officer's, or the suggestion).
 */
rag: Rag | null, 
/**
 * Only items with this lead, ignoring case and spaces around it.
 */
lead: string | null, 
/**
 * Only items overdue, or due within some days.
 */
due: DueFilter | null, 
/**
 * Closed items too (complete, no further action, superseded); open items only when
 * false.
 */
include_closed: boolean, 
/**
 * Which page, from 1 (0 reads as 1; past the last reads as the last).
 */
page: number, 
/**
 * Rows a page; 0 reads as 50, and at most 500.
 */
page_size: number, };

export type DueFilter = { "kind": "overdue" } | { "kind": "within", 
/**
 * How many days after today.
 */
days: number, };

export type TrackerPage = { 
/**
 * The items the filter holds, counted.
 */
counts: TrackerCounts, 
/**
 * The items of this page, overdue first, then by target date (none last), then by the
 * report's publication, kind and number.
 */
rows: Array<TrackerRow>, 
/**
 * How many items the filter holds.
 */
matching: number, 
/**
 * This page, from 1.
 */
page: number, 
/**
 * How many pages there are; at least 1.
 */
pages: number, 
/**
 * Every lead named on an item of a response not in the trash, for the filter: sorted,
 * each once whatever its case.
 */
leads: Array<string>, 
/**
 * Every response not in the trash that has items, newest report first, for the filter.
 */
inspections: Array<TrackerInspection>, };

export type TrackerCounts = { 
/**
 * How many items.
 */
total: number, 
/**
 * How many of them are overdue.
 */
overdue: number, 
/**
 * By status, in the order of [`ItemStatus::ALL`], zeros included.
 */
by_status: Array<Count<ItemStatus>>, 
/**
 * By the RAG shown, red first, zeros included.
 */
by_rag: Array<Count<Rag>>, };

export type Count<T> = { 
/**
 * The value counted.
 */
value: T, 
/**
 * How many.
 */
count: number, 
/**
 * The value in words: "Being progressed".
 */
label: string, 
/**
 * The count in words: "3 being progressed".
 */
words: string, };

export type TrackerRow = { 
/**
 * Where it is.
 */
at: ItemAt, 
/**
 * "Area for improvement 3".
 */
label: string, 
/**
 * The item's text, plain, on one line, cut after about 200 characters.
 */
text: string, 
/**
 * The report's title.
 */
inspection: string, 
/**
 * The report's type.
 */
inspection_type: InspectionType, 
/**
 * The day the report was published.
 */
published: string | null, 
/**
 * The force's lead.
 */
lead: string | null, 
/**
 * The target date.
 */
target: string | null, 
/**
 * The target date in words: "1 May 2026".
 */
target_words: string | null, 
/**
 * The status.
 */
status: ItemStatus, 
/**
 * The status in words.
 */
status_label: string, 
/**
 * The RAG shown: the officer's, or the suggestion.
 */
rag: RagShown, 
/**
 * Open with its target date passed.
 */
overdue: boolean, 
/**
 * Its latest update, if any.
 */
latest: LatestUpdate | null, 
/**
 * "This area for improvement was first raised in 2022.", when carried forward.
 */
first_raised: string | null, };

export type LatestUpdate = { 
/**
 * Its day.
 */
date: string, 
/**
 * Its day in words.
 */
date_words: string, 
/**
 * What was done, plain, cut after about 120 characters.
 */
action: string, 
/**
 * The status after it.
 */
status: ItemStatus, };

export type TrackerInspection = { 
/**
 * Which response.
 */
id: ResponseId, 
/**
 * The report's title.
 */
title: string, 
/**
 * The day the report was published.
 */
published: string | null, };

export type TrackedItem = { 
/**
 * Where it is.
 */
at: ItemAt, 
/**
 * How another item links to it.
 */
link: ItemLink, 
/**
 * "Area for improvement 3".
 */
label: string, 
/**
 * The item as the report words it.
 */
text: string, 
/**
 * The report's title.
 */
inspection: string, 
/**
 * The day the report was published.
 */
published: string | null, 
/**
 * Its lead, target, status, RAG and updates.
 */
tracking: Tracking, 
/**
 * The RAG to show: the officer's, or the suggestion.
 */
rag: RagShown, 
/**
 * The RAG the app suggests today, shown beside the officer's own rating too.
 */
suggested: Rag, 
/**
 * The later item that superseded it, in words: "Area for improvement 3 of PEEL 2025".
 */
superseded_by_words: string | null, 
/**
 * "This area for improvement was first raised in 2022.", when carried forward.
 */
first_raised: string | null, };

export type TrackingEdit = { 
/**
 * The force's lead: a name or a role; blank clears it.
 */
lead: string | null, 
/**
 * The target date: not before the report was published.
 */
target: string | null, 
/**
 * The status.
 */
status: ItemStatus, 
/**
 * The officer's RAG rating; `None` shows the app's suggestion.
 */
rag: Rag | null, 
/**
 * The later item that superseded this one: only with the status superseded.
 */
superseded_by: ItemLink | null, };

export type CarryCandidate = { 
/**
 * Where it is.
 */
at: ItemAt, 
/**
 * How the new item will link to it.
 */
link: ItemLink, 
/**
 * "Area for improvement 3".
 */
label: string, 
/**
 * The item as the report words it.
 */
text: string, 
/**
 * The report's title.
 */
inspection: string, 
/**
 * The day the report was published.
 */
published: string | null, 
/**
 * `published` in words.
 */
published_words: string | null, 
/**
 * Its status in words: "Being progressed".
 */
status_label: string, 
/**
 * The force's lead.
 */
lead: string | null, };

export type CarryChoice = "link" | "supersede";

export type Compliance = { 
/**
 * Every report published in the period, in order of publication.
 */
rows: Array<ComplianceRow>, 
/**
 * How many responses were published by their deadline.
 */
on_time: number, 
/**
 * How many were published after it.
 */
late: number, 
/**
 * How many are not published yet.
 */
not_yet: number, 
/**
 * How many of those not published yet are past their deadline.
 */
overdue: number, 
/**
 * "4 of 5 published on time; 1 late."
 */
summary: string, 
/**
 * The first day of the period in words.
 */
from_words: string, 
/**
 * The last day of the period in words.
 */
to_words: string, 
/**
 * The office's rule that made the deadlines.
 */
rule: DeadlineRule, };

export type ComplianceRow = { 
/**
 * Which response.
 */
id: ResponseId, 
/**
 * The report's title.
 */
title: string, 
/**
 * The force or forces inspected.
 */
forces: Array<string>, 
/**
 * The day the report was published.
 */
published: string, 
/**
 * `published` in words.
 */
published_words: string, 
/**
 * The last day for publishing the response, by the office's rule.
 */
deadline: string, 
/**
 * `deadline` in words.
 */
deadline_words: string, 
/**
 * The day the response was published on the office's website, when known.
 */
response_published: string | null, 
/**
 * `response_published` in words.
 */
response_published_words: string | null, 
/**
 * Whether it was on time; `None` while not published and not yet due.
 */
publication: Publication | null, 
/**
 * "On time", "3 days late", "Not yet published: due in 5 days", "Not yet published: 4
 * days overdue".
 */
words: string, };

export type RagShown = { 
/**
 * The officer's rating, or the app's suggestion when the officer has set none.
 */
rag: Rag, 
/**
 * The rating in words, always shown beside its colour: "Amber", or "Amber (suggested)".
 */
label: string, 
/**
 * Whether `rag` is the app's suggestion rather than the officer's rating.
 */
suggested: boolean, };

export type Publication = { 
/**
 * Published on or before the deadline.
 */
on_time: boolean, 
/**
 * Days after the deadline it was published, or, not yet published, days the deadline
 * has passed; 0 when on time.
 */
days_late: number, 
/**
 * "Published on time", "Published 3 days late", "Not published: 4 days overdue".
 */
words: string, };

export type Section55Step = "published" | "sent_to_hmicfrs" | "sent_to_home_secretary";

export type Section55Record = { 
/**
 * Where the response is published on the office's website.
 */
web_address: string | null, 
/**
 * Each step, in the order of [`Section55Step::ALL`].
 */
lines: Array<Section55Line>, 
/**
 * Whether it was published by its deadline; `None` before the deadline while not
 * published, or without a deadline.
 */
publication: Publication | null, };

export type Section55Line = { 
/**
 * Which step.
 */
step: Section55Step, 
/**
 * The step in words: "Sent to HMICFRS".
 */
label: string, 
/**
 * The day it was done, when known.
 */
date: string | null, 
/**
 * `date` in words: "24 July 2025".
 */
date_words: string | null, 
/**
 * Whether it was done: a day implies done, and a checklist line may be ticked with no
 * day known.
 */
done: boolean, 
/**
 * The checklist line that keeps it, in its own words; `None` when the record keeps it.
 */
checklist_item: string | null, };

export type ReportScope = { "kind": "all" } | { "kind": "inspection", 
/**
 * The response to that inspection.
 */
id: ResponseId, } | { "kind": "type", 
/**
 * The type.
 */
inspection_type: InspectionType, };

export type ChecklistEntry = { 
/**
 * What is to be done, e.g. "Response forwarded to the Chief Constable."
 */
item: string, 
/**
 * Whether it has been done, with or without a known day.
 */
done: boolean, 
/**
 * The day it was done, or `None` while it is not done or the day is not known.
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
 * The PCC's signature, printed above the name only in a response published "as
 * signed" (never in the DOCX for signature). Same checks as the logo.
 */
signature: Logo | null, 
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

export type Deadline = { 
/**
 * The last day to publish the response.
 */
date: string, 
/**
 * How it stands today.
 */
due: DueWords, };

export type Due = { "state": "left", "days": number } | { "state": "today" } | { "state": "overdue", "days": number };

export type DueWords = { 
/**
 * "12 days left", "Due today", "Overdue by 3 days".
 */
text: string, 
/**
 * How urgent it looks.
 */
tone: DueTone, };

export type DueTone = "ok" | "soon" | "today" | "overdue" | "doubtful";

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
 * `due` in words, as the list shows it: "12 days left".
 */
due_words: DueWords | null, 
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
changed: string | null, 
/**
 * Whether the response was published on the office's website by its deadline: "Published
 * on time", "Published 3 days late", "Not published: 4 days overdue"; `None` without a
 * deadline, or while not published before it.
 */
publication: Publication | null, };

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
 * Its name in the backups folder: how the window chooses it.
 */
name: string, 
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
 * The backup file, to be shown to the officer; never sent back.
 */
path: string, 
/**
 * How the window asks for this backup to be restored.
 */
choice: BackupChoice, 
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

export type BackupChoice = { "kind": "kept", "value": string } | { "kind": "chosen", "value": FileToken };

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

export type FileToken = number;

export type Written = { 
/**
 * The file's path, to be shown to the officer; never sent back.
 */
path: string, 
/**
 * The token for "Show in folder".
 */
token: FileToken, };

export type ErrorKind = "invalid-file" | "invalid" | "office-file" | "response-file" | "too-large" | "newer-version" | "newer-database" | "not-a-database" | "not-found" | "not-offered" | "no-office" | "not-an-image" | "file-exists" | "file-locked" | "io" | "database" | "docx" | "app";

export type AppError = { 
/**
 * What kind of error it is (`pcc_core::Error::kind`): one of a closed set.
 */
kind: ErrorKind, 
/**
 * What happened and what to do, in words.
 */
message: string, 
/**
 * The field refused, by its path (`areas_for_improvement[2].tracking.updates[0].date`),
 * when the error answers something entered; the window puts the focus there.
 */
field: string | null, };

export type Exported = { 
/**
 * The file, and the token to show it in its folder.
 */
file: Written, 
/**
 * What the checks found, for the officer to read before sending it.
 */
problems: Array<Problem>, };

export type Imported = { "kind": "response", "value": ResponseId } | { "kind": "word", "value": WordImported } | { "kind": "office", "value": Office };

export type WordImported = { 
/**
 * The response it became.
 */
id: ResponseId, 
/**
 * What could not be placed, and where it went.
 */
notes: Array<ImportNote>, 
/**
 * Pending tracked changes found: the text was read with each accepted.
 */
tracked_changes: number, 
/**
 * Comments found (not imported: they stay in the document).
 */
comments: number, };

export type WordSection = "inspection" | "key_findings" | "grades" | "recommendations" | "areas_for_improvement" | "chief_constable_response" | "pcc_response" | "checklist" | "letter";

export type ImportNote = { 
/**
 * Where the text was put.
 */
section: WordSection, 
/**
 * What happened, in words: "A paragraph starting “…” was not recognised; it has been
 * added to the end of Key findings."
 */
message: string, };

export type WordComment = { 
/**
 * The section holding the comment's anchor.
 */
section: WordSection, 
/**
 * Who wrote it, as Word recorded it ("" when not recorded).
 */
author: string, 
/**
 * When, as Word recorded it (ISO date-time text), if at all.
 */
date: string | null, 
/**
 * The comment's text, paragraphs separated by blank lines.
 */
text: string, 
/**
 * The document text the comment is attached to (may be empty).
 */
anchored_to: string, };

export type TakeBack = { 
/**
 * Whether the document is for this response at all, to be said before anything changes.
 */
matches: DocumentMatch, 
/**
 * The sections with changes or comments, in the printed order.
 */
sections: Array<SectionChanges>, 
/**
 * How many pending tracked changes the document holds.
 */
tracked_changes: number, 
/**
 * How many comments the document holds.
 */
comments: number, 
/**
 * What the reader could not place, and where it put it.
 */
notes: Array<ImportNote>, };

export type DocumentMatch = { "kind": "same" } | { "kind": "different", 
/**
 * The title the document gives.
 */
title: string, 
/**
 * The date published the document gives.
 */
published: string | null, 
/**
 * What to tell the officer: "This document is for “…”, published 3 June 2024, not
 * for “…”, published 17 June 2025. …"
 */
message: string, };

export type SectionChanges = { 
/**
 * Which section.
 */
section: WordSection, 
/**
 * Its name as the officer sees it.
 */
label: string, 
/**
 * The section's text from the app's to Word's, each stretch marked with its change.
 */
words: Array<Word>, 
/**
 * Word's text differs from the app's by changes already made in the document.
 */
edited: boolean, 
/**
 * The section holds pending tracked changes: it can only be taken with them accepted
 * or with them rejected.
 */
proposed: boolean, 
/**
 * The comments anchored in the section.
 */
comments: Array<WordComment>, };

export type Word = { 
/**
 * The text, spaces and line breaks included.
 */
text: string, 
/**
 * What happened to it.
 */
change: Change, };

export type Change = "same" | "added" | "removed" | "proposed_added" | "proposed_removed";

export type SectionChoice = { 
/**
 * The section.
 */
section: WordSection, 
/**
 * Which of its texts.
 */
take: Take, };

export type Take = "keep" | "accepted" | "rejected";

export type SearchHit = { 
/**
 * Which response.
 */
id: ResponseId, 
/**
 * The report's title.
 */
title: string, 
/**
 * The day the report was published, if known.
 */
published: string | null, 
/**
 * Where the response is in its life.
 */
status: Status, 
/**
 * The field the passage is from, in the officer's words: "Area for improvement 3".
 */
field: string, 
/**
 * The passage, in pieces: the words searched for are the pieces with `hit`.
 */
passage: Array<Passage>, };

export type Passage = { 
/**
 * The words, as the officer sees them (no Markdown).
 */
text: string, 
/**
 * Whether these are words searched for.
 */
hit: boolean, };

export type EarlierText = { 
/**
 * The response it is from.
 */
id: ResponseId, 
/**
 * That response's report title.
 */
title: string, 
/**
 * The day that report was published, if known.
 */
published: string | null, 
/**
 * The field, in the officer's words: "Area for improvement 3", "Key findings".
 */
field: string, 
/**
 * The field's text as stored (Markdown), ready to insert; for a recommendation or area
 * for improvement, its text, even where its response is what matched.
 */
text: string, 
/**
 * For a recommendation or area for improvement, its response as stored, if any.
 */
response: string | null, };

export type ArchiveProgress = { 
/**
 * Documents dealt with so far.
 */
done: number, 
/**
 * Documents in all.
 */
total: number, 
/**
 * The document being read now ("" once all are done).
 */
current: string, };

export type ArchiveImported = { 
/**
 * The file's name.
 */
name: string, 
/**
 * The response it became.
 */
id: ResponseId, 
/**
 * The inspection it answers.
 */
title: string, 
/**
 * How many pieces of text could not be placed and went to the nearest section.
 */
notes: number, };

export type ArchiveRefused = { 
/**
 * The file's name.
 */
name: string, 
/**
 * Why it was not brought in, and what to do.
 */
reason: string, };

export type ArchiveSummary = { 
/**
 * The documents brought in, in the order read.
 */
imported: Array<ArchiveImported>, 
/**
 * The documents refused, with the reason for each.
 */
refused: Array<ArchiveRefused>, 
/**
 * How many documents were not read because the import was cancelled.
 */
not_read: number, };

export type Startup = { 
/**
 * The database could not be read and was moved aside; `None` when all was well.
 */
damaged: Damaged | null, 
/**
 * A response file the app was started with (double-clicked), once imported.
 */
opened: Opened | null, 
/**
 * Where the database is, to be shown to the officer.
 */
data_folder: string, 
/**
 * Where the automatic backups are, to be shown to the officer.
 */
backups_folder: string, };

export type Opened = { 
/**
 * The file, to be shown to the officer.
 */
path: string, 
/**
 * The new response it was imported as; `None` when it could not be.
 */
id: ResponseId | null, 
/**
 * Why it could not be imported: its kind, and what happened in words.
 */
error: AppError | null, };

export const DOCUMENT_KINDS: Readonly<{ value: DocumentKind; label: string }[]> = [{"value":"form","label":"Response form"},{"value":"letter","label":"Letter"}];

export const STATUSES: Readonly<{ value: Status; label: string }[]> = [{"value":"draft","label":"Draft"},{"value":"ready","label":"Ready for signature"},{"value":"signed","label":"Signed"},{"value":"published","label":"Published"}];

export const INSPECTION_TYPES: Readonly<{ value: InspectionType; label: string }[]> = [{"value":"PEEL","label":"PEEL"},{"value":"National","label":"National (thematic)"},{"value":"Joint","label":"Joint"},{"value":"Force-specific","label":"Force-specific"},{"value":"PCC-commissioned","label":"PCC-commissioned"},{"value":"Other","label":"Other"}];

export const GRADES: Readonly<Grade[]> = ["Outstanding","Good","Adequate","Requires improvement","Inadequate"];

export const ITEM_STATUSES: Readonly<{ value: ItemStatus; label: string }[]> = [{"value":"awaiting_review","label":"Awaiting review"},{"value":"being_progressed","label":"Being progressed"},{"value":"complete","label":"Complete"},{"value":"no_further_action","label":"No further action needed"},{"value":"superseded","label":"Superseded"}];

export const RAGS: Readonly<{ value: Rag; label: string }[]> = [{"value":"red","label":"Red"},{"value":"amber","label":"Amber"},{"value":"green","label":"Green"}];

export const ITEM_KINDS: Readonly<{ value: ItemKind; label: string }[]> = [{"value":"recommendation","label":"Recommendation"},{"value":"area_for_improvement","label":"Area for improvement"}];

export const NEW_ITEM: Readonly<Item> = {"text":"","response":null,"tracking":{"lead":null,"target":null,"status":"awaiting_review","rag":null,"superseded_by":null,"carried_from":null,"first_raised":null,"updates":[]}};

export const PEEL_AREAS: Readonly<string[]> = ["at recording data about crime","at preventing crime","at responding to the public","at investigating crime","at protecting vulnerable people","at managing offenders","at developing a positive workplace","with leadership and force management","with their treatment of the public and use of police powers","at managing offenders and suspects","at building, supporting and protecting the workforce","at strategic planning, organisational management and value for money"];

export const DEADLINE_RULES: Readonly<{ value: DeadlineRule; label: string; words: string }[]> = [{"value":"published+56","label":"Date published + 56 days (office practice)","words":"date published + 56 days"},{"value":"statutory","label":"56 days counting the day of publication (the Act's wording)","words":"56 days counting the day of publication as day 1"}];

export const MONTHS: Readonly<string[]> = ["January","February","March","April","May","June","July","August","September","October","November","December"];

export const UNSET_OFFICE: Readonly<Office> = {"pcc_name":"","area":"","force":"","office_name":"","address":[],"telephone":"","email":"","web":"","logo":null,"signature":null,"statutory_statement":null,"checklist_items":null,"addressees":null,"salutation":null,"deadline_rule":"published+56"};

export const OFFICE_DEFAULTS: Readonly<OfficeDefaults> = {"statutory_statement":"Section 55 of the Police Act 1996, as amended by section 37 of the Policing and Crime Act 2017, requires the local policing body to publish its comments on every inspection report about its force within 56 days of the report's publication.","checklist_items":["Response forwarded to the Chief Constable.","Response forwarded to the Police and Crime Panel.","Response published on the OPCC website.","Response submitted to the HMICFRS monitoring portal."],"addressees":["The Home Secretary","His Majesty's Inspectorate of Constabulary and Fire and Rescue Services"],"salutation":"Dear Home Secretary and HMICFRS"};

export const LIMITS: Readonly<Limits> = {"text_chars":100000,"title_chars":500,"list_entries":200};

export const MOST_BACKUPS_KEPT: Readonly<number> = 365;

export const SIGNED_EXPORT_STATUSES: Readonly<Status[]> = ["signed","published"];

/** Every command the window may invoke: its arguments, by name, and its answer. */
export interface Commands {
  today: { args: Record<string, never>; returns: string };
  list_responses: { args: Record<string, never>; returns: Array<ResponseSummary> };
  create_response: { args: { document: DocumentKind }; returns: ResponseId };
  read_response: { args: { id: ResponseId }; returns: Response };
  save_response: { args: { id: ResponseId; response: Response }; returns: Array<Problem> };
  duplicate_response: { args: { id: ResponseId }; returns: ResponseId };
  delete_response: { args: { id: ResponseId }; returns: null };
  trash_response: { args: { id: ResponseId }; returns: null };
  restore_response: { args: { id: ResponseId }; returns: null };
  list_trash: { args: Record<string, never>; returns: Array<TrashedResponse> };
  empty_trash: { args: Record<string, never>; returns: number };
  status_dates: { args: { id: ResponseId }; returns: Array<StatusDate> };
  check_response: { args: { response: Response }; returns: Array<Problem> };
  preview_response: { args: { response: Response }; returns: string };
  deadline_of: { args: { published: string; rule: DeadlineRule }; returns: Deadline | null };
  resolve_links: { args: { hrefs: Array<string> }; returns: Array<string | null> };
  read_office: { args: Record<string, never>; returns: Office | null };
  save_office: { args: { office: Office }; returns: null };
  choose_logo: { args: Record<string, never>; returns: Logo | null };
  choose_signature: { args: Record<string, never>; returns: Logo | null };
  import_office: { args: Record<string, never>; returns: Office | null };
  export_office: { args: Record<string, never>; returns: Written | null };
  import_response: { args: Record<string, never>; returns: Imported | null };
  export_response: { args: { id: ResponseId }; returns: Written | null };
  export_docx: { args: { id: ResponseId }; returns: Exported | null };
  export_html: { args: { id: ResponseId; signed: boolean }; returns: Exported | null };
  export_pdf: { args: { id: ResponseId; signed: boolean }; returns: Exported | null };
  website_html: { args: { id: ResponseId; signed: boolean }; returns: string };
  reveal: { args: { file: FileToken }; returns: null };
  show_backups_folder: { args: Record<string, never>; returns: null };
  list_versions: { args: { id: ResponseId }; returns: Array<Version> };
  read_version: { args: { version: VersionId }; returns: Response };
  restore_version: { args: { id: ResponseId; version: VersionId }; returns: Response };
  read_settings: { args: Record<string, never>; returns: Settings };
  save_settings: { args: { settings: Settings }; returns: null };
  list_backups: { args: Record<string, never>; returns: Array<BackupFile> };
  backup_now: { args: Record<string, never>; returns: Written | null };
  choose_backup: { args: Record<string, never>; returns: BackupContents | null };
  inspect_backup: { args: { choice: BackupChoice }; returns: BackupContents };
  restore_backup: { args: { choice: BackupChoice }; returns: Written };
  startup: { args: Record<string, never>; returns: Startup };
  dismiss_damage: { args: Record<string, never>; returns: null };
  compare_word_edits: { args: { id: ResponseId }; returns: TakeBack | null };
  take_back_word_edits: { args: { id: ResponseId; choices: Array<SectionChoice> }; returns: Response };
  import_archive: { args: Record<string, never>; returns: ArchiveSummary | null };
  archive_progress: { args: Record<string, never>; returns: ArchiveProgress | null };
  cancel_archive: { args: Record<string, never>; returns: null };
  search_responses: { args: { words: string }; returns: Array<SearchHit> };
  earlier_like: { args: { text: string; exclude: ResponseId | null }; returns: Array<EarlierText> };
  tracker: { args: { filter: TrackerFilter }; returns: TrackerPage };
  tracked_item: { args: { at: ItemAt }; returns: TrackedItem };
  record_update: { args: { at: ItemAt; update: ProgressUpdate }; returns: TrackedItem };
  edit_tracking: { args: { at: ItemAt; edit: TrackingEdit }; returns: TrackedItem };
  carry_forward_candidates: { args: { id: ResponseId }; returns: Array<CarryCandidate> };
  carry_forward: { args: { from: ItemAt; to: ItemAt; choice: CarryChoice }; returns: Response };
  first_raised_words: { args: { kind: ItemKind; tracking: Tracking }; returns: string | null };
  section_55_record: { args: { response: Response }; returns: Section55Record };
  set_section_55_date: { args: { response: Response; step: Section55Step; date: string | null }; returns: Response };
  compliance: { args: { from: string; to: string }; returns: Compliance };
  preview_progress_report: { args: { asOf: string; scope: ReportScope }; returns: string };
  export_progress_report: { args: { asOf: string; scope: ReportScope }; returns: Written | null };
}
