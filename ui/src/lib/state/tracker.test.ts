import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TrackerFilter, TrackerPage } from "../../api";
import { clearMocks, mockCommands, refusal, type Args } from "../test-support/mockCommands";
import { AT, page, row, tracked } from "../test-support/testTracker";
import { clearError, notices } from "./notices.svelte";
import {
  ANY_ITEM,
  DAYS_PAUSE_MS,
  DAYS_PROBLEM,
  itemKey,
  TRACKER_PAGE_SIZE,
  trackerFilter,
  TrackerView,
} from "./tracker.svelte";

const filtersSent = (sent: { cmd: string; args: Args }[]) =>
  sent.filter((s) => s.cmd === "tracker").map((s) => s.args.filter as TrackerFilter);

/** A promise and the hand that settles it. */
function later<T>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

describe("the tracker's filters", () => {
  it("asks for every open item, a page at a time, with nothing chosen", () => {
    expect(trackerFilter(ANY_ITEM, 1)).toEqual({
      inspection: null,
      inspection_type: null,
      status: null,
      rag: null,
      lead: null,
      due: null,
      include_closed: false,
      page: 1,
      page_size: TRACKER_PAGE_SIZE,
    });
  });

  it("passes each choice as the core's filter", () => {
    const filter = trackerFilter(
      {
        inspection: 7,
        inspection_type: "PEEL",
        status: "being_progressed",
        rag: "red",
        lead: "Head of Contact",
        due: "overdue",
        days: "30",
        include_closed: true,
      },
      3,
    );
    expect(filter).toEqual({
      inspection: 7,
      inspection_type: "PEEL",
      status: "being_progressed",
      rag: "red",
      lead: "Head of Contact",
      due: { kind: "overdue" },
      include_closed: true,
      page: 3,
      page_size: TRACKER_PAGE_SIZE,
    });
  });

  it("asks for items due within the days typed, and nothing while the box holds no number", () => {
    const within = (days: string) => trackerFilter({ ...ANY_ITEM, due: "within", days }, 1);
    expect(within(" 14 ")?.due).toEqual({ kind: "within", days: 14 });
    expect(within("0")?.due).toEqual({ kind: "within", days: 0 });
    for (const bad of ["", "2.5", "-1", "ten", "1e3"]) expect(within(bad)).toBeNull();
    // The box matters only with "Due within" chosen.
    expect(trackerFilter({ ...ANY_ITEM, due: "any", days: "" }, 1)?.due).toBeNull();
  });

  it("names an item as its row's data-item", () => {
    expect(itemKey(AT)).toBe("7-area_for_improvement-2");
  });
});

describe("the tracker view", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    clearMocks();
    clearError();
  });

  it("asks again from the first page when a filter changes", async () => {
    const sent = mockCommands({ tracker: (a) => page({ page: (a.filter as TrackerFilter).page }) });
    const view = new TrackerView();
    await view.load();
    await view.goTo(3);
    expect(view.page?.page).toBe(3);
    await view.choose({ status: "awaiting_review", rag: "green" });
    await view.choose({ include_closed: true });
    const filters = filtersSent(sent);
    expect(filters.map((f) => f.page)).toEqual([1, 3, 1, 1]);
    expect(filters[2]).toMatchObject({ status: "awaiting_review", rag: "green", page: 1 });
    expect(filters[3]).toMatchObject({ status: "awaiting_review", include_closed: true });
    expect(view.pageNumber).toBe(1);
  });

  it("asks once typing in the days box pauses, and not while it holds no number", async () => {
    const sent = mockCommands({ tracker: () => page() });
    const view = new TrackerView();
    await view.choose({ due: "within" });
    expect(filtersSent(sent).at(-1)?.due).toEqual({ kind: "within", days: 30 });

    for (const typed of ["", "1", "14"]) {
      view.typeDays(typed);
      await vi.advanceTimersByTimeAsync(DAYS_PAUSE_MS - 50);
    }
    expect(filtersSent(sent)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(50);
    expect(filtersSent(sent).at(-1)?.due).toEqual({ kind: "within", days: 14 });

    view.typeDays("");
    expect(view.daysProblem).toBe(DAYS_PROBLEM);
    await vi.advanceTimersByTimeAsync(DAYS_PAUSE_MS);
    expect(filtersSent(sent)).toHaveLength(2);
    await view.choose({ due: "overdue" });
    expect(view.daysProblem).toBe("");
    expect(filtersSent(sent).at(-1)?.due).toEqual({ kind: "overdue" });
  });

  it("drops an answer that comes back after the filters changed", async () => {
    const slow = later<TrackerPage>();
    mockCommands({
      tracker: (a) =>
        (a.filter as TrackerFilter).status === null ? slow.promise : page({ matching: 2 }),
    });
    const view = new TrackerView();
    const first = view.load();
    await view.choose({ status: "complete" });
    slow.settle(page({ matching: 99 }));
    await first;
    expect(view.page?.matching).toBe(2);
  });

  it("shows the core's refusal in the error banner and keeps the page it had", async () => {
    let fail = false;
    mockCommands({
      tracker: () => {
        if (fail) throw refusal("database", "The database could not be read.");
        return page();
      },
    });
    const view = new TrackerView();
    await view.load();
    fail = true;
    await view.choose({ rag: "red" });
    expect(view.failed).toBe(true);
    expect(view.page?.matching).toBe(80);
    expect(notices.error).toBe("Could not read the tracker. The database could not be read.");
  });

  it("opens a row's item at the update form, dated today, its status as it is", async () => {
    const sent = mockCommands({
      tracker: () => page(),
      tracked_item: () => tracked(),
      today: () => "2025-07-15",
    });
    const view = new TrackerView();
    await view.load();
    await view.open(row(), "update");
    expect(sent.find((s) => s.cmd === "tracked_item")?.args).toEqual({ at: AT });
    const form = view.editing;
    expect(form?.focus).toBe("#update-date");
    expect(form?.update).toEqual({
      date: "2025-07-15",
      reported_by: "",
      action: "",
      evidence: "",
      evidence_link: "",
      status: "being_progressed",
    });
    // A second press while it is open opens nothing more.
    await view.open(row(), "details");
    expect(view.editing).toBe(form);
    expect(view.close()).toBe(form);
    expect(view.editing).toBeNull();
  });

  it("reads the tracker again, counts and all, once an update is recorded", async () => {
    let recorded = false;
    const sent = mockCommands({
      tracker: () =>
        page(recorded ? { counts: { ...page().counts, total: 11 }, matching: 79 } : {}),
      tracked_item: () => tracked(),
      today: () => "2025-07-15",
      record_update: () => {
        recorded = true;
        return tracked({ status: "complete" });
      },
    });
    const view = new TrackerView();
    await view.load();
    await view.open(row(), "update");
    Object.assign(view.editing!.update, {
      reported_by: "Head of Contact",
      action: "Calls answered within target.",
      evidence: "Monthly figures.",
      status: "complete",
    });
    expect(await view.editing!.record()).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.cmd)).toEqual([
      "tracker",
      "tracked_item",
      "today",
      "record_update",
      "tracker",
    ]);
    expect(sent[3].args).toEqual({
      at: AT,
      update: {
        date: "2025-07-15",
        reported_by: "Head of Contact",
        action: "Calls answered within target.",
        evidence: "Monthly figures.",
        evidence_link: null,
        status: "complete",
      },
    });
    expect(view.page?.counts.total).toBe(11);
  });
});
