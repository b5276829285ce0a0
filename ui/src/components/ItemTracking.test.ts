import { afterEach, describe, expect, it } from "vitest";
import { render } from "svelte/server";
import type { ItemTrackingForm } from "../lib/state/itemTracking.svelte";
import { TrackerView } from "../lib/state/tracker.svelte";
import { clearMocks, mockCommands, type Args } from "../lib/test-support/mockCommands";
import { page, refusedField, row, tracked } from "../lib/test-support/testTracker";
import ItemTracking from "./ItemTracking.svelte";
import TrackerTable from "./TrackerTable.svelte";

// The item's dialog as the window first draws it (Svelte's server rendering: the tests run in
// Node, without a page, so the modal's focus is checked as the selector it is given and the
// element it names). The row's buttons are native buttons, which Enter and Space press.
const strip = (html: string) =>
  html.replace(/<!--[^>]*-->/g, "").replace(/ class="svelte-\w+"| svelte-\w+/g, "");
const draw = (form: ItemTrackingForm) =>
  strip(
    render(ItemTracking, { props: { form, leads: ["Head of Contact"], onclose: () => {} } }).body,
  );

/** The tracker, with the row's item opened from "Add update" (or "Details"). */
async function openedFromRow(
  opened: "update" | "details" = "update",
  handlers: Record<string, (args: Args) => unknown> = {},
) {
  mockCommands({
    tracker: () => page(),
    tracked_item: () => tracked(),
    today: () => "2025-07-15",
    ...handlers,
  });
  const view = new TrackerView();
  await view.load();
  await view.open(row(), opened);
  return view.editing!;
}

describe("an item's dialog", () => {
  afterEach(() => clearMocks());

  it("opens from the row's Add update button with the update's date focused", async () => {
    const table = strip(
      render(TrackerTable, { props: { page: page(), onopen: () => {}, onpage: async () => {} } })
        .body,
    );
    expect(table).toMatch(/<button type="button"[^>]*data-testid="add-update"/);

    const form = await openedFromRow();
    const html = draw(form);
    expect(form.focus).toBe("#update-date");
    // The first box of the dialog's forms is the one focused, dated today.
    const first = /<form[^>]*>.*?<(input|select|textarea)([^>]*)>/s.exec(html);
    expect(first?.[2]).toContain('id="update-date"');
    expect(first?.[2]).toContain('type="date"');
    expect(first?.[2]).toContain('value="2025-07-15"');
    for (const testid of [
      "update-by",
      "update-action",
      "update-evidence",
      "update-link",
      "update-status",
      "record-update",
      "tracking-lead",
      "tracking-target",
      "tracking-status",
      "tracking-rag",
      "save-tracking",
    ]) {
      expect(html).toContain(`data-testid="${testid}"`);
    }
    expect(html).toMatch(/<label for="update-date">Date of the update<\/label>/);
  });

  it("opens from Details at its heading", async () => {
    const form = await openedFromRow("details");
    expect(form.focus).toBe("#item-tracking-title");
    expect(draw(form)).toMatch(/<h2 id="item-tracking-title" tabindex="-1">Area for improvement 3/);
  });

  it("lists each update in words, with its evidence link as text to copy", async () => {
    const html = draw(await openedFromRow());
    expect(html).toContain("1 June 2025");
    expect(html).toContain("reported by Head of Contact");
    expect(html).toContain("Contract signed.");
    expect(html).toContain('<span class="evidence-link');
    expect(html).toContain("https://example.org/contract");
    expect(html).not.toContain("<a ");
    expect(html).toMatch(/<dt>Status after<\/dt> ?<dd>Being progressed<\/dd>/);
  });

  it("shows the RAG suggested beside the choice to use it, and what superseded the item", async () => {
    const html = draw(await openedFromRow());
    expect(html).toMatch(/<option value=""( selected="")?>Use the suggestion<\/option>/);
    expect(html).toContain("Suggested: Amber");
    expect(html).toMatch(/id="tracking-rag"[^>]*aria-describedby="rag-suggested"/);

    const superseded = await openedFromRow("details", {
      tracked_item: () => ({
        ...tracked({
          status: "superseded",
          superseded_by: {
            inspection: "PEEL 2027 Exampleshire",
            published: "2027-05-02",
            kind: "recommendation",
            number: 1,
          },
        }),
        superseded_by_words: "Recommendation 1 of PEEL 2027 Exampleshire",
      }),
    });
    // The link in the core's words.
    expect(draw(superseded)).toContain("Recommendation 1 of PEEL 2027 Exampleshire");
  });

  it("marks the box the core refused and says why beside the form, keeping what was typed", async () => {
    const form = await openedFromRow("update", {
      record_update: () => {
        throw refusedField(
          "areas_for_improvement[2].tracking.updates[1].date",
          "Date of the update: 1 August 2025 is in the future.",
        );
      },
    });
    Object.assign(form.update, { date: "2025-08-01", action: "Calls answered within target." });
    await form.record();
    const html = draw(form);
    expect(html).toMatch(
      /id="update-error"[^>]*>Could not record the update\. Date of the update: 1 August 2025 is in the future\.</,
    );
    expect(html).toMatch(
      /id="update-date"[^>]*aria-invalid="true" aria-describedby="update-error"/,
    );
    expect(html).toContain('value="2025-08-01"');
    expect(html).toContain("Calls answered within target.");
  });
});
