// The guided drafting steps: one for each part of the document (docs/response-file.md), in the
// document's order, with how complete each is and where each problem of the checks is put
// right. Step numbers are fixed (step 5 is always the Chief Constable response), so the
// outline, the tests and the problem links agree whatever the document.
//
// A letter prints only the letterhead, its own fields and the PCC's words (the body). So a
// letter has no Chief Constable step; its letter fields sit with the inspection details in
// step 1, because the standard subject line is built from the inspection title. A letter
// keeps the other steps: the recommendations still need their answers (s55(5B)) and the
// office checklist still records what happened to the letter after signing.
import type { DocumentKind, Problem, Response, Section } from "../../bindings";
import { isBlank, isIsoDate, plural } from "../words/text";
import { isDone } from "./checklist";

export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface Step {
  n: StepNumber;
  title: string;
}

const FORM_TITLES: Record<StepNumber, string> = {
  1: "Inspection details",
  2: "Key findings and graded judgements",
  3: "Recommendations",
  4: "Areas for improvement",
  5: "Chief Constable response",
  6: "PCC response",
  7: "Office checklist",
  8: "Review and export",
};

/** The steps of a document, in order. */
export function stepsFor(document: DocumentKind): Step[] {
  const all = (Object.keys(FORM_TITLES).map(Number) as StepNumber[]).map((n) => ({
    n,
    title: FORM_TITLES[n],
  }));
  if (document === "form") return all;
  return all
    .filter((s) => s.n !== 5)
    .map((s) =>
      s.n === 1
        ? { ...s, title: "Inspection and letter details" }
        : s.n === 6
          ? { ...s, title: "PCC response (the letter)" }
          : s,
    );
}

const SECTION_STEPS: Record<Exclude<Section, "office">, StepNumber> = {
  inspection: 1,
  letter: 1,
  key_findings: 2,
  recommendations: 3,
  areas_for_improvement: 4,
  chief_constable_response: 5,
  pcc_response: 6,
  checklist: 7,
};

/**
 * The step where a problem in `section` is put right, or null for the office's details,
 * which are put right in Settings.
 */
export function stepForSection(section: Section, document: DocumentKind): StepNumber | null {
  if (section === "office") return null;
  const n = SECTION_STEPS[section];
  // A letter has no Chief Constable step; its body is the PCC response.
  return document === "letter" && n === 5 ? 6 : n;
}

/** The problems the core found in one field of step `n`: they show on the step's outline. */
export function fieldProblems(
  n: StepNumber,
  document: DocumentKind,
  problems: readonly Problem[],
): Problem[] {
  return problems.filter((p) => p.field !== null && stepForSection(p.section, document) === n);
}

/** The step after `n` in `steps`, or null at the end. */
export function nextStep(steps: Step[], n: StepNumber): Step | null {
  const i = steps.findIndex((s) => s.n === n);
  return i >= 0 && i + 1 < steps.length ? steps[i + 1] : null;
}

/** The step before `n` in `steps`, or null at the start. */
export function previousStep(steps: Step[], n: StepNumber): Step | null {
  const i = steps.findIndex((s) => s.n === n);
  return i > 0 ? steps[i - 1] : null;
}

/** How complete a step is: `text` is short for the outline, `words` says it in full. */
export interface Progress {
  state: "done" | "partial" | "empty" | "none" | "problem";
  text: string;
  words: string;
}

const done = (text = "✓ Done", words = "complete"): Progress => ({ state: "done", text, words });
const notStarted: Progress = { state: "empty", text: "Not started", words: "not started" };

function counted(filled: number, of: number, what = "filled in"): Progress {
  if (filled === of) return done();
  return {
    state: filled === 0 ? "empty" : "partial",
    text: `${filled} of ${of}`,
    words: `${filled} of ${of} ${what}`,
  };
}

/** The parts of step 1 that should be filled in, each true when it is. */
export function inspectionParts(r: Response): boolean[] {
  const i = r.inspection;
  const parts = [
    i.title.trim() !== "",
    i.published !== null && isIsoDate(i.published),
    i.type !== "Other" || (i.type_detail ?? "").trim() !== "",
    i.forces.length > 0,
    (i.report_url ?? "").trim() !== "",
  ];
  if (r.document === "letter") parts.push(Boolean(r.letter?.date));
  return parts;
}

/**
 * How complete step `n` of `r` is; `problems` are the latest checks. A field in the step that
 * the checks fault (too long to save, a date that cannot be right, a link refused) shows
 * instead of "Done", in words.
 */
export function progress(n: StepNumber, r: Response, problems: readonly Problem[]): Progress {
  const faults = n === 8 ? [] : fieldProblems(n, r.document, problems);
  if (faults.length > 0) {
    const mustFix = faults.some((p) => p.severity === "error");
    return {
      state: "problem",
      text: mustFix ? "⚠ Must fix" : "⚠ Check",
      words: faults.map((p) => p.message).join(" "),
    };
  }
  switch (n) {
    case 1: {
      const parts = inspectionParts(r);
      return counted(parts.filter(Boolean).length, parts.length);
    }
    case 2:
      return isBlank(r.key_findings) ? notStarted : done();
    case 3: {
      const recs = r.recommendations;
      if (recs.length === 0) return { state: "none", text: "None", words: "none entered" };
      const answered = recs.filter((x) => !isBlank(x.response)).length;
      return counted(answered, recs.length, "answered");
    }
    case 4: {
      const n = r.areas_for_improvement.length;
      if (n === 0) return { state: "none", text: "None", words: "none entered" };
      return done(
        `✓ ${plural(n, "item")}`,
        plural(n, "area for improvement", "areas for improvement"),
      );
    }
    case 5:
      return isBlank(r.chief_constable_response) ? notStarted : done();
    case 6:
      return isBlank(r.pcc_response) ? notStarted : done();
    case 7: {
      const list = r.checklist;
      if (list.length === 0) return { state: "none", text: "None", words: "no checklist items" };
      return counted(list.filter(isDone).length, list.length, "done");
    }
    case 8:
      return problems.length === 0
        ? done("✓ No problems", "no problems found")
        : {
            state: "partial",
            text: plural(problems.length, "problem"),
            words: `${plural(problems.length, "problem")} to check`,
          };
  }
}
