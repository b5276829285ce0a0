// Made-up tracker pages and items of the invented Exampleshire force, for the unit tests of
// the tracker and an item's dialog. Tests only.
import type {
  AppError,
  ItemAt,
  TrackedItem,
  TrackerCounts,
  TrackerPage,
  TrackerRow,
} from "../../api";

export const AT: ItemAt = { response: 7, kind: "area_for_improvement", index: 2 };

/** Twelve open items: five awaiting review, seven being progressed. */
export const COUNTS: TrackerCounts = {
  total: 12,
  overdue: 2,
  by_status: [
    { value: "awaiting_review", label: "Awaiting review", count: 5, words: "5 awaiting review" },
    { value: "being_progressed", label: "Being progressed", count: 7, words: "7 being progressed" },
  ],
  by_rag: [
    { value: "red", label: "Red", count: 3, words: "3 red" },
    { value: "amber", label: "Amber", count: 0, words: "0 amber" },
    { value: "green", label: "Green", count: 9, words: "9 green" },
  ],
};

/** A row of the tracker: Area for improvement 3 of the Exampleshire PEEL inspection. */
export const row = (over: Partial<TrackerRow> = {}): TrackerRow => ({
  at: AT,
  label: "Area for improvement 3",
  text: "The force should improve how it answers non-emergency calls.",
  inspection: "PEEL 2025 Exampleshire",
  inspection_type: "PEEL",
  published: "2025-03-04",
  lead: "Head of Contact",
  target: "2025-09-30",
  target_words: "30 September 2025",
  status: "being_progressed",
  status_label: "Being progressed",
  rag: { rag: "amber", label: "Amber (suggested)", suggested: true },
  overdue: true,
  latest: {
    date: "2025-06-01",
    date_words: "1 June 2025",
    action: "New call-handling software bought.",
    status: "being_progressed",
  },
  first_raised: null,
  ...over,
});

export const page = (over: Partial<TrackerPage> = {}): TrackerPage => ({
  counts: COUNTS,
  rows: [row()],
  matching: 80,
  page: 1,
  pages: 4,
  leads: ["Head of Contact", "Chief Superintendent Ops"],
  inspections: [{ id: 7, title: "PEEL 2025 Exampleshire", published: "2025-03-04" }],
  ...over,
});

/** The item of `row()` as its dialog reads it, with one update. */
export const tracked = (over: Partial<TrackedItem["tracking"]> = {}): TrackedItem => ({
  at: AT,
  link: {
    inspection: "PEEL 2025 Exampleshire",
    published: "2025-03-04",
    kind: "area_for_improvement",
    number: 3,
  },
  label: "Area for improvement 3",
  text: "The force should improve how it answers non-emergency calls.",
  inspection: "PEEL 2025 Exampleshire",
  published: "2025-03-04",
  tracking: {
    lead: "Head of Contact",
    target: "2025-09-30",
    status: "being_progressed",
    rag: null,
    superseded_by: null,
    carried_from: null,
    first_raised: null,
    updates: [
      {
        date: "2025-06-01",
        reported_by: "Head of Contact",
        action: "New call-handling software bought.",
        evidence: "Contract signed.",
        evidence_link: "https://example.org/contract",
        status: "being_progressed",
      },
    ],
    ...over,
  },
  rag: { rag: "amber", label: "Amber (suggested)", suggested: true },
  suggested: "amber",
  superseded_by_words: null,
  first_raised: null,
});

/** The core's refusal of bad input in field `field` (its path), as the command rejects. */
export const refusedField = (field: string, message: string): AppError => ({
  kind: "invalid",
  message,
  field,
});
