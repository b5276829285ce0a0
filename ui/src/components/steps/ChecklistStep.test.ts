import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import ChecklistStep from "./ChecklistStep.svelte";

// The checklist as the window first draws it (server rendering: the tests run in Node);
// what ticking and dating do is lib/state/checklist's, tested there.
describe("the office checklist step", () => {
  const html = render(ChecklistStep, {
    props: {
      checklist: [
        { item: "Forwarded to the Chief Constable.", done: true, done_on: "2025-07-22" },
        { item: "Published on the OPCC website.", done: true, done_on: null },
        { item: "Sent to HMICFRS.", done: false, done_on: null },
      ],
      document: "form",
      today: "2025-08-01",
    },
  }).body;
  const rows = html.split('data-testid="checklist-entry"').slice(1);

  it("has a Done checkbox for each item, labelled with the item", () => {
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatch(/<input type="checkbox" id="check-2"/);
    expect(rows[2]).toMatch(/<label for="check-2"[^>]*>Sent to HMICFRS.<\/label>/);
  });

  it("ticks an item done on a day not known and says so in words", () => {
    expect(rows[0]).toMatch(/id="check-0"[^>]*checked/);
    expect(rows[1]).toMatch(/id="check-1"[^>]*checked/);
    expect(rows[2]).not.toMatch(/id="check-2"[^>]*checked/);
    expect(rows[0]).toContain("Done on 22 July 2025");
    expect(rows[1]).toContain("Done, date not known");
    expect(rows[1]).toMatch(/id="done-1"[^>]*value=""/);
    expect(rows[2]).toContain("Not done yet");
  });

  it("labels the date as optional and allows no day after today", () => {
    expect(rows[1]).toMatch(/<label for="done-1"[^>]*>Date done, if known<\/label>/);
    expect(rows[1]).toMatch(/id="done-1"[^>]*max="2025-08-01"/);
  });
});
