// The Reports view's choices as the core takes them: the scope menu's value ("all",
// "type:PEEL", "inspection:7") as a ReportScope, and what is said of a day box left empty.
import { INSPECTION_TYPES, type ReportScope } from "../../bindings";

/** The menu's value for `scope`. */
export function scopeChoice(scope: ReportScope): string {
  switch (scope.kind) {
    case "all":
      return "all";
    case "type":
      return `type:${scope.inspection_type}`;
    case "inspection":
      return `inspection:${scope.id}`;
  }
}

/** The scope the menu's value names; all inspections for a value it does not know. */
export function scopeOf(choice: string): ReportScope {
  const id = /^inspection:(\d+)$/.exec(choice);
  if (id) return { kind: "inspection", id: Number(id[1]) };
  const type = INSPECTION_TYPES.find((t) => `type:${t.value}` === choice);
  if (type) return { kind: "type", inspection_type: type.value };
  return { kind: "all" };
}

/** Said when the report's day is left empty: there is nothing for the core to read. */
export const NO_DAY = "Enter the day the report gives the position at.";
/** Said when either day of the compliance period is left empty. */
export const NO_PERIOD = "Enter both days of the period.";
