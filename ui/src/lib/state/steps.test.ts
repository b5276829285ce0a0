import { describe, expect, it } from "vitest";
import { NEW_ITEM, type Item, type Problem, type Response, type Section } from "../../bindings";
import { nextStep, previousStep, progress, stepForSection, stepsFor } from "./steps";

const item = (text: string, response: string | null): Item => ({ ...NEW_ITEM, text, response });

function blank(document: "form" | "letter" = "form"): Response {
  return {
    document,
    status: "draft",
    inspection: {
      title: "",
      published: null,
      type: "PEEL",
      type_detail: null,
      forces: [],
      report_url: null,
    },
    key_findings: "",
    grades: [],
    recommendations: [],
    areas_for_improvement: [],
    chief_constable_response: "",
    pcc_response: "",
    checklist: [
      { item: "Response forwarded to the Chief Constable.", done: false, done_on: null },
      { item: "Response published on the OPCC website.", done: false, done_on: null },
    ],
    letter:
      document === "letter"
        ? { date: null, addressees: null, salutation: null, subject: null }
        : null,
    section_55: {
      web_address: null,
      published_on: null,
      sent_to_hmicfrs: null,
      sent_to_home_secretary: null,
    },
  };
}

describe("steps", () => {
  it("a form has the eight steps of the template in order", () => {
    expect(stepsFor("form").map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(stepsFor("form")[4].title).toBe("Chief Constable response");
  });

  it("a letter skips the Chief Constable response and keeps the numbers", () => {
    const steps = stepsFor("letter");
    expect(steps.map((s) => s.n)).toEqual([1, 2, 3, 4, 6, 7, 8]);
    expect(steps[0].title).toBe("Inspection and letter details");
    expect(nextStep(steps, 4)?.n).toBe(6);
    expect(previousStep(steps, 6)?.n).toBe(4);
    expect(nextStep(steps, 8)).toBe(null);
    expect(previousStep(steps, 1)).toBe(null);
  });

  it("every section of the checks leads to its step", () => {
    const cases: [Section, number][] = [
      ["inspection", 1],
      ["letter", 1],
      ["key_findings", 2],
      ["recommendations", 3],
      ["areas_for_improvement", 4],
      ["chief_constable_response", 5],
      ["pcc_response", 6],
      ["checklist", 7],
    ];
    for (const [section, step] of cases) {
      expect(stepForSection(section, "form"), section).toBe(step);
      expect(stepsFor("letter").some((s) => s.n === stepForSection(section, "letter"))).toBe(true);
    }
    expect(stepForSection("chief_constable_response", "letter")).toBe(6);
  });
});

describe("progress", () => {
  const none: Problem[] = [];

  it("counts the inspection details filled in", () => {
    const r = blank();
    expect(progress(1, r, none)).toMatchObject({ state: "partial", text: "1 of 5" });
    r.inspection.title = "PEEL 2024";
    r.inspection.published = "2024-09-24";
    r.inspection.forces = ["Norfolk"];
    r.inspection.report_url = "https://example.org";
    expect(progress(1, r, none)).toMatchObject({ state: "done", text: "✓ Done" });
    r.inspection.type = "Other";
    expect(progress(1, r, none).text).toBe("4 of 5");
  });

  it("a letter also needs its date", () => {
    const r = blank("letter");
    expect(progress(1, r, none).text).toBe("1 of 6");
    r.letter!.date = "2024-07";
    expect(progress(1, r, none).text).toBe("2 of 6");
  });

  it("prose steps are done once they show text", () => {
    const r = blank();
    expect(progress(6, r, none).state).toBe("empty");
    r.pcc_response = "- \n\n**  **";
    expect(progress(6, r, none).state).toBe("empty");
    r.pcc_response = "I welcome the report.";
    expect(progress(6, r, none).state).toBe("done");
  });

  it("counts the recommendations answered", () => {
    const r = blank();
    expect(progress(3, r, none)).toMatchObject({ state: "none", text: "None" });
    r.recommendations = [
      item("Do this.", "Done."),
      item("Do that.", null),
      item("And this.", "  "),
    ];
    expect(progress(3, r, none)).toMatchObject({
      state: "partial",
      text: "1 of 3",
      words: "1 of 3 answered",
    });
  });

  it("counts the areas for improvement and the checklist", () => {
    const r = blank();
    r.areas_for_improvement = [item("Improve.", null)];
    expect(progress(4, r, none)).toMatchObject({ state: "done", words: "1 area for improvement" });
    r.checklist[0] = { ...r.checklist[0], done: true, done_on: "2024-11-15" };
    expect(progress(7, r, none)).toMatchObject({ state: "partial", text: "1 of 2" });
    r.checklist[1].done = true; // done, the date not known
    expect(progress(7, r, none).state).toBe("done");
  });

  it("the review step counts the problems", () => {
    const r = blank();
    const problems: Problem[] = [
      {
        section: "inspection",
        severity: "warning",
        message: "The inspection title is missing.",
        field: null,
      },
    ];
    expect(progress(8, r, problems)).toMatchObject({ state: "partial", text: "1 problem" });
    expect(progress(8, r, none).state).toBe("done");
  });

  it("a step with a field in error says so in words instead of Done", () => {
    const r = blank();
    r.chief_constable_response = "Text.";
    const tooLong: Problem = {
      section: "chief_constable_response",
      severity: "error",
      message: "Chief Constable response is 167,308 characters long.",
      field: "chief_constable_response",
    };
    expect(progress(5, r, none).state).toBe("done");
    expect(progress(5, r, [tooLong])).toEqual({
      state: "problem",
      text: "⚠ Must fix",
      words: "Chief Constable response is 167,308 characters long.",
    });
    // A gap in a section as a whole (no field) leaves the outline as it was.
    expect(progress(5, r, [{ ...tooLong, field: null }]).state).toBe("done");
    const future: Problem = {
      ...tooLong,
      section: "inspection",
      severity: "warning",
      field: "inspection.published",
    };
    expect(progress(1, r, [future]).text).toBe("⚠ Check");
    // Settings is not a step: the office's problems go there.
    expect(stepForSection("office", "form")).toBe(null);
  });
});
