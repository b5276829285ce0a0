import { describe, expect, it } from "vitest";
import { splitItems } from "./paste";
import { fixture } from "./fixtures";


describe("splitItems", () => {
  it("splits on labels on their own line", () => {
    const text = [
      "Area for Improvement 1:",
      "",
      "The constabulary needs to improve how it records equality data.",
      "",
      "Area for Improvement 2:",
      "",
      "The constabulary should do more to manage and address demand.",
    ].join("\n");
    expect(splitItems(text)).toEqual([
      "The constabulary needs to improve how it records equality data.",
      "The constabulary should do more to manage and address demand.",
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
      "1. The constabulary needs to make sure that use of force is accurately",
      "recorded, and that it takes steps to address disproportionate use.",
      "2. The constabulary should do more",
      "   to manage and address demand.",
    ].join("\n");
    expect(splitItems(text)).toEqual([
      "The constabulary needs to make sure that use of force is accurately recorded, and " +
        "that it takes steps to address disproportionate use.",
      "The constabulary should do more to manage and address demand.",
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
      "Areas for improvement",
      "",
      "AFI 1: The first area.",
      "",
      "It has a second paragraph.",
      "AFI 2: The second area, which wraps",
      "",
      "over a page break.",
    ].join("\n");
    expect(splitItems(text)).toEqual([
      "Areas for improvement",
      "The first area.\n\nIt has a second paragraph.",
      "The second area, which wraps over a page break.",
    ]);
  });

  it("splits the 17 areas for improvement of the 2024 PEEL response", () => {
    const response = JSON.parse(fixture("peel-2024-response.json")) as {
      areas_for_improvement: { text: string }[];
    };
    const page = fixture("peel-2024-response.txt");
    const start = page.indexOf("Area for Improvement 1:");
    const end = page.indexOf("Chief Constable response", start);
    expect(start, "the text has 'Area for Improvement 1:'").toBeGreaterThan(0);
    expect(end, "the text has the 'Chief Constable response' heading").toBeGreaterThan(start);
    const expected = response.areas_for_improvement.map((a) => a.text);
    expect(expected).toHaveLength(17);
    expect(splitItems(page.slice(start, end))).toEqual(expected);
  });
});
