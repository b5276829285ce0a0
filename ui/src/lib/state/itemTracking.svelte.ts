// One item's dialog, opened from the tracker: its tracking (lead, target date, status, RAG) to
// edit and save, its updates, and the form that records a new one. The core checks everything
// and answers with the item as it now is; a field it refuses is named beside the form and
// gets the focus, and nothing typed is lost.
import {
  editTracking,
  errorMessage,
  recordUpdate,
  today,
  trackedItem,
  type ItemAt,
  type ItemStatus,
  type ProgressUpdate,
  type Rag,
  type TrackedItem,
  type Tracking,
  type TrackingEdit,
} from "../../api";
import { formatUkDate } from "../words/due";
import { showError } from "./notices.svelte";

/** How the dialog was opened: from the row's "Add update" (focus on the update's date) or its
 *  "Details" (focus on the heading). */
export type Opened = "update" | "details";

/** The update form's boxes, as typed. */
export interface UpdateBoxes {
  date: string;
  reported_by: string;
  action: string;
  evidence: string;
  evidence_link: string;
  status: ItemStatus;
}

/** The tracking form's boxes, as typed; a RAG of "" takes the core's suggestion. */
export interface TrackingBoxes {
  lead: string;
  target: string;
  status: ItemStatus;
  rag: Rag | "";
  /** Whether the later item that superseded this one stays linked (unticked removes it). */
  superseded_by: boolean;
}

/** Each box of the update form: the field the core names, and the box's id. */
export const UPDATE_BOXES = {
  date: "update-date",
  reported_by: "update-by",
  action: "update-action",
  evidence: "update-evidence",
  evidence_link: "update-link",
  status: "update-status",
} as const satisfies Record<keyof UpdateBoxes, string>;

/** Each box of the tracking form: the field the core names, and the box's id. */
export const TRACKING_BOXES = {
  lead: "tracking-lead",
  target: "tracking-target",
  status: "tracking-status",
  rag: "tracking-rag",
  superseded_by: "keep-superseded",
} as const satisfies Record<keyof TrackingBoxes, string>;

/** What the core refused: its message, and the box it names (null when it names none). */
export interface Refusal {
  message: string;
  box: string | null;
}

/**
 * The box a refusal of bad input names, among `boxes`: the last part of the field's path the
 * error carries (`…updates[0].date`), else the field whose name ("evidence_link", or in words
 * "evidence link") comes first in the message.
 */
export function refusedBox(e: unknown, boxes: Readonly<Record<string, string>>): string | null {
  const kind = e && typeof e === "object" ? (e as { kind?: unknown }).kind : null;
  if (kind !== "invalid" && kind !== "invalid-file") return null;
  const field = (e as { field?: unknown }).field;
  if (typeof field === "string") {
    const last =
      field
        .split(".")
        .pop()
        ?.replace(/\[\d+\]$/, "") ?? "";
    if (last in boxes) return boxes[last];
  }
  const message = errorMessage(e).toLowerCase();
  let first: { at: number; length: number; box: string } | null = null;
  for (const [name, box] of Object.entries(boxes)) {
    for (const said of [name, name.replace(/_/g, " ")]) {
      const at = message.indexOf(said);
      if (at < 0 || (first !== null && at > first.at)) continue;
      // At the same place the longer name wins: "evidence link" over "evidence".
      if (first === null || at < first.at || said.length > first.length) {
        first = { at, length: said.length, box };
      }
    }
  }
  return first?.box ?? null;
}

/** An empty update of `date`, its status after that of the item now. */
export const blankUpdate = (date: string, status: ItemStatus): UpdateBoxes => ({
  date,
  reported_by: "",
  action: "",
  evidence: "",
  evidence_link: "",
  status,
});

/** The update to send for the boxes: an empty link is none. */
export const updateOf = (boxes: UpdateBoxes): ProgressUpdate => ({
  date: boxes.date,
  reported_by: boxes.reported_by.trim(),
  action: boxes.action.trim(),
  evidence: boxes.evidence.trim(),
  evidence_link: boxes.evidence_link.trim() || null,
  status: boxes.status,
});

/** The tracking form's boxes for the item's tracking. */
export const trackingBoxes = (t: Tracking): TrackingBoxes => ({
  lead: t.lead ?? "",
  target: t.target ?? "",
  status: t.status,
  rag: t.rag ?? "",
  superseded_by: t.superseded_by !== null,
});

/** The change to send for the boxes; what supersedes the item stays unless unticked. */
export const editOf = (boxes: TrackingBoxes, t: Tracking): TrackingEdit => ({
  lead: boxes.lead.trim() || null,
  target: boxes.target || null,
  status: boxes.status,
  rag: boxes.rag || null,
  superseded_by: boxes.superseded_by ? t.superseded_by : null,
});

const sameBoxes = (a: TrackingBoxes, b: TrackingBoxes) =>
  a.lead === b.lead &&
  a.target === b.target &&
  a.status === b.status &&
  a.rag === b.rag &&
  a.superseded_by === b.superseded_by;

export class ItemTrackingForm {
  /** The item as the core last gave it; null until read. */
  item = $state<TrackedItem | null>(null);
  /** The update form, as typed. */
  update = $state<UpdateBoxes>(blankUpdate("", "awaiting_review"));
  /** The tracking form, as typed. */
  tracking = $state<TrackingBoxes>({
    lead: "",
    target: "",
    status: "awaiting_review",
    rag: "",
    superseded_by: false,
  });
  /** Why the last update was not recorded. */
  updateRefused = $state<Refusal | null>(null);
  /** Why the tracking was not saved. */
  trackingRefused = $state<Refusal | null>(null);
  /** What was just done, for the dialog's live region. */
  said = $state("");
  /** A change is being sent: the buttons wait. */
  busy = $state(false);
  /** The computer's date when the dialog opened: a new update's date to start with. */
  today = "";

  readonly at: ItemAt;
  readonly opened: Opened;
  readonly #onchanged: () => void;

  /** `onchanged` hears each change saved (the tracker reads its counts again). */
  constructor(at: ItemAt, opened: Opened, onchanged: () => void) {
    this.at = at;
    this.opened = opened;
    this.#onchanged = onchanged;
  }

  /** What has the focus when the dialog opens, as a selector inside it. */
  get focus(): string {
    return this.opened === "update" ? `#${UPDATE_BOXES.date}` : "#item-tracking-title";
  }

  /** Reads the item and today's date; false (the error banner says why) when it could not. */
  async load(): Promise<boolean> {
    try {
      const [item, date] = await Promise.all([trackedItem(this.at), today()]);
      this.today = date;
      this.#take(item);
      this.update = blankUpdate(date, item.tracking.status);
      return true;
    } catch (e) {
      showError("Could not read the item", e);
      return false;
    }
  }

  /** Records the update as typed; true when the core took it, when the form starts afresh. */
  async record(): Promise<boolean> {
    if (this.busy || this.item === null) return false;
    this.busy = true;
    this.updateRefused = null;
    this.said = "";
    const update = updateOf(this.update);
    try {
      const item = await recordUpdate(this.at, update);
      this.#take(item);
      this.update = blankUpdate(this.today, item.tracking.status);
      this.said = `Recorded the update of ${formatUkDate(update.date)}.`;
      this.#onchanged();
      return true;
    } catch (e) {
      this.updateRefused = {
        message: `Could not record the update. ${errorMessage(e)}`,
        box: refusedBox(e, UPDATE_BOXES),
      };
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Saves the tracking as typed; true when the core took it. */
  async save(): Promise<boolean> {
    if (this.busy || this.item === null) return false;
    this.busy = true;
    this.trackingRefused = null;
    this.said = "";
    try {
      const item = await editTracking(this.at, editOf(this.tracking, this.item.tracking));
      this.#take(item, true);
      this.said = "Saved the tracking.";
      this.#onchanged();
      return true;
    } catch (e) {
      this.trackingRefused = {
        message: `Could not save the tracking. ${errorMessage(e)}`,
        box: refusedBox(e, TRACKING_BOXES),
      };
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Takes the item as the core gave it; the tracking form follows it (always, when `saved`),
   *  unless it holds changes not yet saved, which stay as typed. */
  #take(item: TrackedItem, saved = false) {
    const typed =
      !saved && this.item !== null && !sameBoxes(this.tracking, trackingBoxes(this.item.tracking));
    this.item = item;
    if (!typed) this.tracking = trackingBoxes(item.tracking);
  }
}
