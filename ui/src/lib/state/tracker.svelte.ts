// The tracker: every open recommendation and area for improvement of every response, a page at
// a time, as the core filters, counts and pages them. What is here is the officer's choices
// turned into the core's TrackerFilter, and asking again when one changes: at once for a list,
// once typing pauses for the number of days. An answer for choices since changed is dropped,
// so the table never belongs to filters no longer shown.
import {
  tracker,
  type DueFilter,
  type InspectionType,
  type ItemAt,
  type ItemStatus,
  type Rag,
  type ResponseId,
  type TrackerFilter,
  type TrackerPage,
  type TrackerRow,
} from "../../api";
import { ItemTrackingForm, type Opened } from "./itemTracking.svelte";
import { showError } from "./notices.svelte";

/** How many items a page of the table holds. */
export const TRACKER_PAGE_SIZE = 25;
/** How long typing in the number of days must pause before the core is asked. */
export const DAYS_PAUSE_MS = 300;

/** "Due": any time, overdue, or due within the number of days in the box beside it. */
export type DueChoice = "any" | "overdue" | "within";

/** The filters as the officer has set them; null is "any". */
export interface TrackerChoices {
  inspection: ResponseId | null;
  inspection_type: InspectionType | null;
  status: ItemStatus | null;
  rag: Rag | null;
  lead: string | null;
  due: DueChoice;
  /** The number of days as typed in the box beside "Due within". */
  days: string;
  include_closed: boolean;
}

/** No filter: every open item. */
export const ANY_ITEM: Readonly<TrackerChoices> = {
  inspection: null,
  inspection_type: null,
  status: null,
  rag: null,
  lead: null,
  due: "any",
  days: "30",
  include_closed: false,
};

/** What the days box says when it holds no whole number of days. */
export const DAYS_PROBLEM = "Type a whole number of days, such as 30.";

/** The number of days typed, or null when the box holds no whole number. */
export function daysIn(typed: string): number | null {
  const t = typed.trim();
  return /^\d{1,5}$/.test(t) ? Number(t) : null;
}

/** The core's filter for `choices` and page `page` (from 1); null while the days box holds no
 *  whole number of days, when nothing is asked. */
export function trackerFilter(choices: TrackerChoices, page: number): TrackerFilter | null {
  let due: DueFilter | null = null;
  if (choices.due === "overdue") due = { kind: "overdue" };
  else if (choices.due === "within") {
    const days = daysIn(choices.days);
    if (days === null) return null;
    due = { kind: "within", days };
  }
  return {
    inspection: choices.inspection,
    inspection_type: choices.inspection_type,
    status: choices.status,
    rag: choices.rag,
    lead: choices.lead,
    due,
    include_closed: choices.include_closed,
    page,
    page_size: TRACKER_PAGE_SIZE,
  };
}

/** The item's name in the page: "12-area_for_improvement-2", the rows' `data-item`. */
export const itemKey = (at: ItemAt) => `${at.response}-${at.kind}-${at.index}`;

export class TrackerView {
  /** The filters as set. */
  choices = $state<TrackerChoices>({ ...ANY_ITEM });
  /** The page asked for, from 1. */
  pageNumber = $state(1);
  /** The core's answer for the filters shown; null until the first comes. */
  page = $state<TrackerPage | null>(null);
  /** The core could not answer (the error banner says why). */
  failed = $state(false);
  /** The item whose dialog is open. */
  editing = $state<ItemTrackingForm | null>(null);
  /** The filter the core is asked for; null while the days box holds no number. */
  readonly filter = $derived(trackerFilter(this.choices, this.pageNumber));
  /** What is wrong with the days box, or "". */
  readonly daysProblem = $derived(
    this.choices.due === "within" && daysIn(this.choices.days) === null ? DAYS_PROBLEM : "",
  );

  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts the questions: an answer to an earlier one is stale. */
  #asks = 0;
  /** An item is being read for its dialog: another press waits for it. */
  #opening = false;

  /** Sets filters and asks again, from the first page. */
  choose(change: Partial<Omit<TrackerChoices, "days">>): Promise<void> {
    this.choices = { ...this.choices, ...change };
    this.pageNumber = 1;
    return this.load();
  }

  /** Takes what the days box holds; the core is asked once typing pauses. */
  typeDays(typed: string): void {
    this.choices.days = typed;
    this.pageNumber = 1;
    clearTimeout(this.#timer);
    this.#asks++;
    this.#timer = setTimeout(() => void this.load(), DAYS_PAUSE_MS);
  }

  /** Shows page `page` (from 1). */
  goTo(page: number): Promise<void> {
    this.pageNumber = page;
    return this.load();
  }

  /** Asks the core for the page of the filters as set, now. */
  async load(): Promise<void> {
    clearTimeout(this.#timer);
    const asked = ++this.#asks;
    const filter = this.filter;
    if (filter === null) return;
    try {
      const page = await tracker(filter);
      if (asked !== this.#asks) return;
      this.page = page;
      this.pageNumber = page.page;
      this.failed = false;
    } catch (e) {
      if (asked !== this.#asks) return;
      this.failed = true;
      showError("Could not read the tracker", e);
    }
  }

  /** Opens the item of `row` in its dialog once it is read: at the update form, or at its
   *  details. Saving in it reads the tracker again. */
  async open(row: TrackerRow, opened: Opened): Promise<void> {
    if (this.#opening || this.editing) return;
    this.#opening = true;
    try {
      const form = new ItemTrackingForm(row.at, opened, () => void this.load());
      if (await form.load()) this.editing = form;
    } finally {
      this.#opening = false;
    }
  }

  /** Closes the dialog; gives back the item it was for, to put the focus back on its row. */
  close(): ItemTrackingForm | null {
    const closed = this.editing;
    this.editing = null;
    return closed;
  }

  /** Stops a question not yet asked (the view is leaving). */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#asks++;
  }
}
