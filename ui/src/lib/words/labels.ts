// The words the screens use for the response's enums, matching the core's labels
// (model.rs `label()`), and the common PEEL wording offered for graded judgements.
import type { DeadlineRule, DocumentKind, Grade, InspectionType, Status } from "../../bindings";

export const STATUSES: { value: Status; label: string }[] = [
  { value: "draft", label: "Draft" },
  { value: "ready", label: "Ready for signature" },
  { value: "signed", label: "Signed" },
  { value: "published", label: "Published" },
];

export const statusLabel = (s: Status) => STATUSES.find((x) => x.value === s)?.label ?? s;

export const INSPECTION_TYPES: { value: InspectionType; label: string }[] = [
  { value: "PEEL", label: "PEEL" },
  { value: "National", label: "National (thematic)" },
  { value: "Joint", label: "Joint" },
  { value: "Force-specific", label: "Force-specific" },
  { value: "PCC-commissioned", label: "PCC-commissioned" },
  { value: "Other", label: "Other" },
];

export const typeLabel = (t: InspectionType) =>
  INSPECTION_TYPES.find((x) => x.value === t)?.label ?? t;

export const GRADES: Grade[] = [
  "Outstanding",
  "Good",
  "Adequate",
  "Requires improvement",
  "Inadequate",
];

/** The areas PEEL reports grade, worded as they follow the grade. */
export const PEEL_AREAS: string[] = [
  "at recording data about crime",
  "at preventing crime",
  "at responding to the public",
  "at investigating crime",
  "at protecting vulnerable people",
  "at managing offenders",
  "at developing a positive workplace",
  "with leadership and force management",
  "with their treatment of the public and use of police powers",
  "at managing offenders and suspects",
  "at building, supporting and protecting the workforce",
  "at strategic planning, organisational management and value for money",
];

export const documentLabel = (d: DocumentKind) => (d === "letter" ? "Letter" : "Response form");

export const DEADLINE_RULES: { value: DeadlineRule; label: string }[] = [
  { value: "published+56", label: "Date published + 56 days (office practice)" },
  { value: "statutory", label: "56 days counting the day of publication (the Act's wording)" },
];
