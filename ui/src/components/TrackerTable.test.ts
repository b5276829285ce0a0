import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import { page, row } from "../lib/test-support/testTracker";
import TrackerTable from "./TrackerTable.svelte";

// A page of the tracker as the window first draws it (Svelte's server rendering: the tests run
// in Node). What the buttons open is TrackerView's and ItemTracking's, tested beside them.
const draw = (props: Partial<Parameters<typeof TrackerTable>[1]> = {}) =>
  render(TrackerTable, {
    props: { page: page(), onopen: () => {}, onpage: async () => {}, ...props },
  })
    .body.replace(/<!--[^>]*-->/g, "")
    .replace(/ class="svelte-\w+"| svelte-\w+/g, "");

describe("a page of the tracker", () => {
  const html = draw();

  it("heads each column, for a screen reader too", () => {
    const heads = [...html.matchAll(/<th scope="col">(.*?)<\/th>/g)].map((m) => m[1]);
    expect(heads.slice(0, 7)).toEqual([
      "Item",
      "Inspection",
      "Lead",
      "Target",
      "Status",
      "RAG",
      "Latest update",
    ]);
    expect(heads[7]).toContain("Actions");
  });

  it("shows each row's item, the target and Overdue in words, and RAG as a word", () => {
    expect(html).toContain('data-testid="tracker-row" data-item="7-area_for_improvement-2"');
    expect(html).toContain("Area for improvement 3");
    expect(html).toContain('title="The force should improve how it answers non-emergency calls."');
    expect(html).toContain("30 September 2025");
    expect(html).toMatch(/data-testid="row-overdue">Overdue</);
    expect(html).toMatch(
      /data-rag="amber" data-suggested="" data-testid="row-rag">.*Amber \(suggested\)/,
    );
    expect(html).toContain("1 June 2025");
    expect(html).toContain("New call-handling software bought.");
    expect(html).toContain("Being progressed");
  });

  it("gives each row its own buttons, which name the item to a screen reader", () => {
    expect(html).toMatch(
      /<button type="button" class="btn small" data-testid="add-update">Add update<span class="visually-hidden"> to Area for improvement 3 of “PEEL 2025 Exampleshire”<\/span><\/button>/,
    );
    expect(html).toContain('data-testid="item-details"');
  });

  it("says the page and offers the others", () => {
    expect(html).toContain("Page 1 of 4");
    expect(html).toMatch(/data-testid="page-previous" disabled/);
    expect(html).not.toMatch(/data-testid="page-next" disabled/);
    expect(html).toContain("80 open items match.");
    expect(draw({ page: page({ pages: 1, matching: 1 }) })).not.toContain("page-next");
  });

  it("says when nothing matches, and when a row has no lead, target or update", () => {
    const empty = draw({ page: page({ rows: [], matching: 0, pages: 0 }) });
    expect(empty).toContain("No open items match these filters.");
    expect(empty).not.toContain("tracker-table");
    expect(draw({ page: page({ rows: [] }), closed: true })).toContain(
      "No items match these filters.",
    );
    const bare = draw({
      page: page({
        rows: [row({ lead: null, target: null, target_words: null, overdue: false, latest: null })],
      }),
    });
    expect(bare).toContain("No lead");
    expect(bare).toContain("No target date");
    expect(bare).toContain("No updates yet");
    expect(bare).not.toContain("row-overdue");
  });
});
