// The words the screens use for the response's enums. The tables are the core's own
// (model.rs `label()`, deadline.rs), generated into the bindings; these only look them up.
import {
  DEADLINE_RULES,
  DOCUMENT_KINDS,
  INSPECTION_TYPES,
  STATUSES,
  type DeadlineRule,
  type DocumentKind,
  type InspectionType,
  type Status,
} from "../../bindings";

export { DEADLINE_RULES, GRADES, INSPECTION_TYPES, PEEL_AREAS, STATUSES } from "../../bindings";

/** The words for `value` in a table of the core's labels; the value itself if missing. */
function labelIn<T extends string>(table: Readonly<{ value: T; label: string }[]>, value: T) {
  return table.find((x) => x.value === value)?.label ?? value;
}

export const statusLabel = (s: Status) => labelIn(STATUSES, s);
export const typeLabel = (t: InspectionType) => labelIn(INSPECTION_TYPES, t);
export const documentLabel = (d: DocumentKind) => labelIn(DOCUMENT_KINDS, d);

/** The office's deadline rule in words, as the core prints it beside a deadline. */
export const ruleInWords = (rule: DeadlineRule) =>
  DEADLINE_RULES.find((r) => r.value === rule)?.words ?? rule;
