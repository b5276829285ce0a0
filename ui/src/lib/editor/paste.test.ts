import { describe, expect, it } from "vitest";
import { itemsToAdd, proposeItems, splitItems } from "./paste";
import { fixture, sharedFixture, sharedPresent } from "../test-support/fixtures";

describe("splitItems", () => {
  it("splits on labels on their own line", () => {
    const text = [
      "Area for Improvement 1:",
      "",
      "The force needs to improve how it records the ethnicity of the people it stops.",
      "",
      "Area for Improvement 2:",
      "",
      "The force should do more to understand the demand on its control room.",
    ].join("\n");
    expect(splitItems(text)).toEqual([
      "The force needs to improve how it records the ethnicity of the people it stops.",
      "The force should do more to understand the demand on its control room.",
    ]);
  });

  it("splits on labels inside a line, in any case, with any number", () => {
    const text =
      "Area for improvement 11: Reduce the ratio of offenders to offender managers. " +
      "AREA FOR IMPROVEMENT 12: Train supervisors.   area for improvement 13 – Invest.";
    expect(splitItems(text)).toEqual([
      "Reduce the ratio of offenders to offender managers.",
      "Train supervisors.",
      "Invest.",
    ]);
  });

  it("splits on recommendations and AFIs", () => {
    expect(splitItems("Recommendation 1: Do this.\nRecommendation 2 Do that.")).toEqual([
      "Do this.",
      "Do that.",
    ]);
    const afis = "AFI 1 Record equality data.\nAFI 2: Answer 101 calls.\nAFI3 - Train.";
    expect(splitItems(afis)).toEqual(["Record equality data.", "Answer 101 calls.", "Train."]);
  });

  it("keeps a reference to another recommendation inside an item", () => {
    const text =
      "Recommendation 1: As in recommendation 3 of the 2022 report, act.\n" +
      "Recommendation 2: Report.";
    expect(splitItems(text)).toEqual([
      "As in recommendation 3 of the 2022 report, act.",
      "Report.",
    ]);
  });

  it("splits numbered lines in each style", () => {
    expect(splitItems("1. First\n2. Second")).toEqual(["First", "Second"]);
    expect(splitItems("1) First\n2) Second")).toEqual(["First", "Second"]);
    expect(splitItems("(1) First\n(2) Second")).toEqual(["First", "Second"]);
    expect(splitItems("1.5 million calls\n2.5 million more")).toEqual([
      "1.5 million calls",
      "2.5 million more",
    ]);
  });

  it("splits bullets", () => {
    expect(splitItems("- First\n- Second")).toEqual(["First", "Second"]);
    expect(splitItems("• First\n•Second\n\u2022 Third")).toEqual(["First", "Second", "Third"]);
  });

  it("makes one item of each line when there is nothing else to go on", () => {
    expect(splitItems("First item\n\n  \nSecond item\nThird item\n")).toEqual([
      "First item",
      "Second item Third item",
    ]);
    expect(splitItems("First item\nSecond item\nThird item")).toEqual([
      "First item",
      "Second item",
      "Third item",
    ]);
  });

  it("joins wrapped lines to the item they continue", () => {
    const text = [
      "1. The force needs to make sure that every search of a vehicle is properly",
      "recorded, and that its supervisors check the grounds for it.",
      "2. The force should do more",
      "   to understand the demand on its control room.",
    ].join("\n");
    expect(splitItems(text)).toEqual([
      "The force needs to make sure that every search of a vehicle is properly recorded, and " +
        "that its supervisors check the grounds for it.",
      "The force should do more to understand the demand on its control room.",
    ]);
    const wrapped = "The constabulary should improve\nhow it records data.\nAnother item.";
    expect(splitItems(wrapped)).toEqual([
      "The constabulary should improve how it records data.",
      "Another item.",
    ]);
  });

  it("normalises CRLF, strips labels and spaces, and drops empty items", () => {
    const text = "\r\n  Recommendation 1:\r\n\r\n   Do  this.  \r\nRecommendation 2:\r\n\r\n";
    expect(splitItems(text)).toEqual(["Do this."]);
    expect(splitItems("")).toEqual([]);
    expect(splitItems(" \n\t\n")).toEqual([]);
  });

  it("keeps bullets under a label as a list in the item", () => {
    const text = [
      "Recommendation 1",
      "By 31 March 2025, the constabulary should:",
      "• review its MASH;",
      "• train its staff.",
      "Recommendation 2",
      "Report progress.",
    ].join("\n");
    expect(splitItems(text)).toEqual([
      "By 31 March 2025, the constabulary should:\n\n- review its MASH;\n- train its staff.",
      "Report progress.",
    ]);
  });

  it("keeps a second paragraph of an item, and text before the first item", () => {
    const text = [
      "Taken from the summary.",
      "",
      "AFI 1: The first area.",
      "",
      "It has a second paragraph.",
      "AFI 2: The second area, which wraps",
      "",
      "over a page break.",
    ].join("\n");
    expect(splitItems(text)).toEqual([
      "Taken from the summary.",
      "The first area.\n\nIt has a second paragraph.",
      "The second area, which wraps over a page break.",
    ]);
  });

  it("takes off Word's symbol-font bullets and what follows them", () => {
    const word = [
      "\uF0B7\tThe force should record equality data.",
      "\uF0A7\u00a0 The force should answer calls sooner.",
      "\uF0B7\uF020\u200BThe force should train its supervisors.",
      "\uE001Private-use bullet with no space.",
    ].join("\n");
    expect(splitItems(word)).toEqual([
      "The force should record equality data.",
      "The force should answer calls sooner.",
      "The force should train its supervisors.",
      "Private-use bullet with no space.",
    ]);
  });

  it("takes off ordinary bullets followed by a tab or a space", () => {
    const bullets = ["•\tOne.", "▪ Two.", "◦\tThree.", "– Four.", "-\tFive.", "* Six."];
    bullets.push("o\tSeven.");
    expect(splitItems(bullets.join("\n"))).toEqual([
      "One.",
      "Two.",
      "Three.",
      "Four.",
      "Five.",
      "Six.",
      "Seven.",
    ]);
  });

  it("never starts an item with a private-use character or a space", () => {
    const pasted = [
      "Recommendations",
      "Recommendation 1:",
      "\uF0B7\t\u00a0\uFEFFReview the MASH.",
      "\u200B\u00a0 Recommendation 2: \u2003Publish the plan.",
      "\uF0A7 \uF0B7 Train staff.",
    ].join("\n");
    const items = splitItems(pasted);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item, JSON.stringify(item)).toMatch(/^[^\s\uE000-\uF8FF\u200B]/u);
      expect(item, JSON.stringify(item)).not.toMatch(/[\uE000-\uF8FF]|\n- \s/u);
    }
  });

  it("leaves out the section's heading, in any of its spellings", () => {
    for (const heading of [
      "Areas for improvement",
      "AREAS FOR IMPROVEMENT:",
      "Areas for Improvement (AFIs)",
      "Area for improvement",
      "Recommendations",
      "recommendations :",
      "AFIs",
    ]) {
      const pasted = `${heading}\n\nAFI 1: First.\nAFI 2: Second.`;
      expect(splitItems(pasted), heading).toEqual(["First.", "Second."]);
      expect(splitItems(`${heading}\n1. First\n2. Second`), heading).toEqual(["First", "Second"]);
      expect(splitItems(`${heading}\nFirst\nSecond`), heading).toEqual(["First", "Second"]);
    }
  });

  it("keeps text that only mentions the section", () => {
    expect(splitItems("Areas for improvement in call handling\n1. First")).toEqual([
      "Areas for improvement in call handling",
      "First",
    ]);
    expect(splitItems("By March, the force should:\n• review;\n• train.")).toEqual([
      "By March, the force should:",
      "review;",
      "train.",
    ]);
  });

  it("finds 17 areas, not 19, in a section pasted with its heading and lead-in", () => {
    // Made-up wording, set out the way an inspection report sets out its areas.
    const areas = Array.from(
      { length: 17 },
      (_, i) => `The force should make improvement number ${i + 1} to its work, wrapped`,
    );
    const pasted = [
      "Areas For Improvement",
      "",
      "17 areas for improvement are made in the report, and are set out below:",
      "",
      ...areas.flatMap((area, i) => [
        `Area for Improvement ${i + 1}:`,
        "",
        area,
        "over a second line.",
        "",
      ]),
    ].join("\n");
    const items = splitItems(pasted);
    expect(items).toHaveLength(17);
    expect(items[0]).toBe(`${areas[0]} over a second line.`);
    expect(items[16]).toBe(`${areas[16]} over a second line.`);
  });

  it("splits the 17 areas for improvement of the Exampleshire response, pasted from its report", () => {
    const response = JSON.parse(fixture("exampleshire-2025-response.pccr")) as {
      areas_for_improvement: { text: string }[];
    };
    const expected = response.areas_for_improvement.map((a) => a.text);
    expect(expected).toHaveLength(17);
    // As a PDF gives it: each label on its own line, the text wrapped where the page wrapped it.
    const list = expected
      .flatMap((text, i) => [`Area for Improvement ${i + 1}:`, "", ...wrap(text, 72), ""])
      .join("\n");
    expect(splitItems(list)).toEqual(expected);
    // Pasted with the section's heading and the sentence leading in to the list.
    const lead = "Areas for improvement\n\nThe report makes 17 areas for improvement:\n\n";
    expect(splitItems(lead + list)).toEqual(expected);
  });
});

describe.skipIf(!sharedPresent)("splitItems on the real 2024 PEEL response (acceptance)", () => {
  it("splits its 17 areas for improvement, as copied from the published report", () => {
    const response = JSON.parse(sharedFixture("peel-2024-response.json")) as {
      areas_for_improvement: { text: string }[];
    };
    const page = sharedFixture("peel-2024-response.txt");
    const start = page.indexOf("Area for Improvement 1:");
    const end = page.indexOf("Chief Constable response", start);
    expect(start, "the text has 'Area for Improvement 1:'").toBeGreaterThan(0);
    expect(end, "the text has the 'Chief Constable response' heading").toBeGreaterThan(start);
    const expected = response.areas_for_improvement.map((a) => a.text);
    expect(expected).toHaveLength(17);
    expect(splitItems(page.slice(start, end))).toEqual(expected);
    // Pasted with the section's heading and the sentence leading in to the list.
    const heading = page.lastIndexOf("Areas For Improvement", start);
    expect(heading, "the text has the 'Areas For Improvement' heading").toBeGreaterThan(0);
    expect(splitItems(page.slice(heading, end))).toEqual(expected);
  });
});

describe("proposeItems and itemsToAdd", () => {
  const pasted = "1. First\n2. Second\n3. Third\n4. Fourth";

  it("ticks every item, and adds only the ones still ticked", () => {
    const proposed = proposeItems(pasted, 1000);
    expect(proposed.map((p) => p.include)).toEqual([true, true, true, true]);
    proposed[2].include = false;
    expect(itemsToAdd(proposed, 0, 200, "recommendations")).toEqual({
      texts: ["First", "Second", "Fourth"],
      message: null,
    });
  });

  it("adds no more than the list holds, and says so", () => {
    const added = itemsToAdd(proposeItems(pasted, 1000), 198, 200, "recommendations");
    expect(added.texts).toEqual(["First", "Second"]);
    expect(added.message).toContain("only the first 2 of these 4 can be added");
  });

  it("leaves out an item longer than a field holds", () => {
    const proposed = proposeItems(`1. Short\n2. ${"x".repeat(50)}`, 20);
    expect(proposed[1]).toMatchObject({ include: false });
    expect(proposed[1].tooLong).toContain("This item is 50 characters long");
    proposed[1].include = true; // even if ticked again
    expect(itemsToAdd(proposed, 0, 200, "recommendations").texts).toEqual(["Short"]);
  });
});

/** The words of `text` in lines of at most `width` characters, as a page wraps them. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}
