import { afterEach, describe, expect, it, vi } from "vitest";
import { clearMocks, mockCommands, refusal, type Args } from "../test-support/mockCommands";
import { AT, refusedField, tracked } from "../test-support/testTracker";
import { ItemTrackingForm, refusedBox, TRACKING_BOXES, UPDATE_BOXES } from "./itemTracking.svelte";
import { clearError, notices } from "./notices.svelte";

/** A form opened on the item of the test tracker, read from the mocked core. */
async function opened(handlers: Record<string, (args: Args) => unknown> = {}) {
  const onchanged = vi.fn();
  const sent = mockCommands({
    tracked_item: () => tracked(),
    today: () => "2025-07-15",
    ...handlers,
  });
  const form = new ItemTrackingForm(AT, "update", onchanged);
  expect(await form.load()).toBe(true);
  return { form, sent, onchanged };
}

describe("what the core refuses, and the box it names", () => {
  const invalid = (message: string, field?: string) => ({ kind: "invalid", message, field });

  it("takes the field the error carries", () => {
    const e = invalid(
      "That is wrong.",
      "areas_for_improvement[2].tracking.updates[0].evidence_link",
    );
    expect(refusedBox(e, UPDATE_BOXES)).toBe("update-link");
    expect(refusedBox(invalid("x", "recommendations[0].tracking.target"), TRACKING_BOXES)).toBe(
      "tracking-target",
    );
  });

  it("else the field named first in the message, the longer name winning", () => {
    const box = (message: string) => refusedBox(invalid(message), UPDATE_BOXES);
    expect(box("The update's date, 1 March 2020, is before the report was published.")).toBe(
      "update-date",
    );
    expect(box("Evidence link: “c:\\files” is not a web address.")).toBe("update-link");
    expect(box("Evidence: type what shows it was done.")).toBe("update-evidence");
    expect(box("Reported by: type who reported the update.")).toBe("update-by");
    expect(box("Something else went wrong.")).toBeNull();
  });

  it("names no box for any other kind of error", () => {
    expect(refusedBox(refusal("database", "The date could not be read."), UPDATE_BOXES)).toBeNull();
    expect(refusedBox("date", UPDATE_BOXES)).toBeNull();
  });
});

describe("an item's dialog", () => {
  afterEach(() => {
    clearMocks();
    clearError();
  });

  it("opens at the update form from Add update, at the heading from Details", () => {
    expect(new ItemTrackingForm(AT, "update", () => {}).focus).toBe("#update-date");
    expect(new ItemTrackingForm(AT, "details", () => {}).focus).toBe("#item-tracking-title");
  });

  it("fills the tracking form from the item; no RAG set is the suggestion", async () => {
    const { form } = await opened();
    expect(form.tracking).toEqual({
      lead: "Head of Contact",
      target: "2025-09-30",
      status: "being_progressed",
      rag: "",
      superseded_by: false,
    });
  });

  it("records the update typed, shows the item as it now is, and starts the form afresh", async () => {
    const after = tracked({ status: "complete" });
    const { form, sent, onchanged } = await opened({ record_update: () => after });
    Object.assign(form.update, {
      date: "2025-07-14",
      reported_by: " Head of Contact ",
      action: "Calls answered within target.",
      evidence: "Monthly figures.",
      evidence_link: " https://example.org/figures ",
      status: "complete",
    });
    expect(await form.record()).toBe(true);
    expect(sent.at(-1)).toEqual({
      cmd: "record_update",
      args: {
        at: AT,
        update: {
          date: "2025-07-14",
          reported_by: "Head of Contact",
          action: "Calls answered within target.",
          evidence: "Monthly figures.",
          evidence_link: "https://example.org/figures",
          status: "complete",
        },
      },
    });
    expect(onchanged).toHaveBeenCalledOnce();
    expect(form.item).toEqual(after);
    expect(form.said).toBe("Recorded the update of 14 July 2025.");
    expect(form.update).toMatchObject({ date: "2025-07-15", action: "", status: "complete" });
    expect(form.tracking.status).toBe("complete");
  });

  it("says what was refused beside the form, names its box, and keeps what was typed", async () => {
    const { form, onchanged } = await opened({
      record_update: () => {
        throw refusedField(
          "areas_for_improvement[2].tracking.updates[1].date",
          "Is 1 March 2025, before the report was published on 4 March 2025.",
        );
      },
    });
    const typed = {
      date: "2025-03-01",
      reported_by: "Head of Contact",
      action: "Calls answered within target.",
      evidence: "Monthly figures.",
      evidence_link: "https://example.org/figures",
      status: "complete" as const,
    };
    Object.assign(form.update, typed);
    expect(await form.record()).toBe(false);
    expect(form.updateRefused).toEqual({
      message:
        "Could not record the update. Is 1 March 2025, before the report was published on " +
        "4 March 2025.",
      box: "update-date",
    });
    expect(form.update).toEqual(typed);
    expect(onchanged).not.toHaveBeenCalled();
    expect(form.item).toEqual(tracked());
    expect(notices.error).toBeNull();
  });

  it("saves the tracking: blank boxes are none, and the suggestion is no RAG of the officer's", async () => {
    const { form, sent, onchanged } = await opened({
      edit_tracking: () =>
        tracked({ lead: null, target: null, status: "no_further_action", rag: "green" }),
    });
    Object.assign(form.tracking, {
      lead: "  ",
      target: "",
      status: "no_further_action",
      rag: "",
    });
    expect(await form.save()).toBe(true);
    expect(sent.at(-1)).toEqual({
      cmd: "edit_tracking",
      args: {
        at: AT,
        edit: {
          lead: null,
          target: null,
          status: "no_further_action",
          rag: null,
          superseded_by: null,
        },
      },
    });
    expect(onchanged).toHaveBeenCalledOnce();
    expect(form.tracking).toEqual({
      lead: "",
      target: "",
      status: "no_further_action",
      rag: "green",
      superseded_by: false,
    });
    expect(form.said).toBe("Saved the tracking.");
  });

  it("keeps tracking changes not yet saved when an update is recorded", async () => {
    const { form } = await opened({ record_update: () => tracked({ status: "complete" }) });
    form.tracking.lead = "Chief Superintendent Ops";
    Object.assign(form.update, { reported_by: "A", action: "B", evidence: "C" });
    await form.record();
    expect(form.tracking.lead).toBe("Chief Superintendent Ops");
  });

  it("shows in the error banner an item that could not be read, and opens nothing", async () => {
    mockCommands({
      tracked_item: () => {
        throw refusal("not-found", "That response is no longer there.");
      },
      today: () => "2025-07-15",
    });
    const form = new ItemTrackingForm(AT, "update", () => {});
    expect(await form.load()).toBe(false);
    expect(form.item).toBeNull();
    expect(notices.error).toBe("Could not read the item. That response is no longer there.");
  });
});
