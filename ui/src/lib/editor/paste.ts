// Splitting text pasted from an inspection report into its recommendations or areas for
// improvement, so the officer pastes a whole section once rather than item by item.
//
// Reports and their PDFs set the items out in a few ways: labelled ("Area for Improvement 1:",
// "Recommendation 2", "AFI 3"), numbered ("1.", "1)", "(1)"), bulleted ("- ", "• "), or one
// a line. Text copied from a PDF is also wrapped, so a line without a label or number carries
// on the item above it.

import { itemTooLong, roomInList } from "../state/limits";

/** "Area for improvement 12", "Recommendation 3", "AFI 1": the label and its number. */
const LABEL = String.raw`(?:areas?[ \t]+for[ \t]+improvement|afi|recommendation)[ \t]*\d{1,3}`;

/** A label at the start of a line, with whatever separates it from the item's text. */
const LABEL_LINE = new RegExp(
  String.raw`^${LABEL}(?![\d.,]*\d)[ \t]*(?:[:.)–—-][ \t]*|[ \t]|$)`,
  "i",
);

/** A label inside a line ("... victims. Area for improvement 2: ..."), which needs a colon. */
const LABEL_INLINE = new RegExp(String.raw`([^\s])[ \t]+(?=${LABEL}[ \t]*[:–—])`, "gi");

/** "1. ", "1) ", "(1) ": numbered items. "1.5 million" is not one. */
const NUMBER_LINE = /^(?:\(\d{1,3}\)|\d{1,3}[.)])(?:[ \t]+|$)/;

/**
 * "- ", "• ", "* ", "– ", "o ", "(a) ", "a) " and the bullets Word and PDFs paste. Word's
 * symbol-font bullets arrive as private-use characters (U+F0B7, U+F0A7, ...), sometimes
 * followed by the symbol font's own space (U+F020).
 */
const BULLET_LINE =
  /^(?:(?:[•‣◦▪▫●○■□·\uE000-\uF8FF][\s\u200B-\u200D\u2060]*)+|[-–—*o][ \t]+|\(?[a-z]\)[ \t]+)/;

/** Spaces and invisible characters (zero-width spaces, byte-order marks) at a line's start. */
const LEADING_SPACE = /^[\s\u200B-\u200D\u2060]+/;

/** "Areas for improvement", "AFIs", "Recommendations": a section's name. */
const SECTION = String.raw`(?:areas?[ \t]+for[ \t]+improvement|afis?|recommendations?)`;

/**
 * A section's heading on a line of its own: "Areas for improvement", "Recommendations:",
 * "Areas for Improvement (AFIs)", in any case. It names the list, so it is never an item.
 */
const HEADING_LINE = new RegExp(String.raw`^${SECTION}(?:[ \t]*\(${SECTION}\))?[ \t]*:?$`, "i");

/** "17 areas for improvement are made ... as follows:": a sentence leading in to the list. */
const LEAD_IN_LINE = new RegExp(String.raw`\b${SECTION}\b.*:$`, "i");

type Kind = "heading" | "label" | "number" | "bullet" | "text" | "blank";

interface Line {
  kind: Kind;
  /** The line without its label, number or bullet. */
  text: string;
}

function classify(raw: string): Line {
  const line = raw
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(LEADING_SPACE, "")
    .trim();
  if (!line) return { kind: "blank", text: "" };
  if (HEADING_LINE.test(line)) return { kind: "heading", text: line };
  for (const [kind, shape] of [
    ["label", LABEL_LINE],
    ["number", NUMBER_LINE],
    ["bullet", BULLET_LINE],
  ] as const) {
    const m = shape.exec(line);
    if (m) return { kind, text: line.slice(m[0].length).replace(LEADING_SPACE, "").trim() };
  }
  return { kind: "text", text: line };
}

/** True when `next` starts a new paragraph of the item rather than going on from `text`. */
function startsParagraph(text: string, next: string): boolean {
  return /[.!?:;"”’)]$/.test(text) && /^[\p{Lu}\p{N}"“‘(]/u.test(next);
}

/**
 * Splits a block pasted from a report into its items, in order, without labels or numbers.
 *
 * When the block has labels ("Area for Improvement 1:", "Recommendation 2", "AFI 3", in any
 * case, on their own line or inside one), each label starts an item, and numbers and bullets
 * under it stay in the item as a Markdown list. Otherwise numbered lines start items (bullets
 * under them stay), then bulleted lines; without any, each line is an item. Text before the
 * first label or number is kept as items of its own, never dropped, except the section's
 * heading ("Areas for improvement") and a sentence leading in to the list ("The report makes
 * 3 recommendations:"), which name the list rather than being in it.
 *
 * Within an item, a wrapped line joins the line above with a space; after a blank line, text
 * that starts a new sentence starts a new paragraph (a blank line in the Markdown).
 */
export function splitItems(text: string): string[] {
  const classified = text
    .replace(/\r\n?/g, "\n")
    .replace(LABEL_INLINE, "$1\n")
    .split("\n")
    .map(classify);
  const lines = withoutHeading(classified);
  const split = (["label", "number", "bullet"] as const).find((k) =>
    lines.some((l) => l.kind === k),
  );
  if (!split) return plainItems(lines);

  const first = lines.findIndex((l) => l.kind === split);
  const items = plainItems(lines.slice(0, first));
  let item = "";
  let gap = false; // a blank line since the item's last text
  let listed = 0; // items of the list the item's text ends in, if it does
  const finish = () => {
    if (item.trim()) items.push(item.trim());
  };

  for (const line of lines.slice(first)) {
    if (line.kind === "blank") {
      gap = true;
      continue;
    }
    if (line.kind === split) {
      finish();
      item = line.text;
      listed = 0;
    } else if (line.kind === "text") {
      if (!item) {
        item = line.text;
      } else if (gap && startsParagraph(item, line.text)) {
        item += `\n\n${line.text}`;
        listed = 0;
      } else {
        item += ` ${line.text}`;
      }
    } else {
      // A number or bullet inside an item: a list within it, in Markdown.
      listed += 1;
      const marker = line.kind === "number" ? `${listed}.` : "-";
      item += `${listed === 1 ? (item ? "\n\n" : "") : "\n"}${marker} ${line.text}`;
    }
    gap = false;
  }
  finish();
  return items;
}

/** The lines without headings, and without a lead-in sentence as the first line of text. */
function withoutHeading(lines: Line[]): Line[] {
  const first = lines.findIndex((l) => l.kind !== "blank" && l.kind !== "heading");
  return lines.filter(
    (l, i) =>
      l.kind !== "heading" && !(i === first && l.kind === "text" && LEAD_IN_LINE.test(l.text)),
  );
}

/** No labels, numbers or bullets: an item a paragraph, or a line when there are no gaps. */
function plainItems(lines: Line[]): string[] {
  const paragraphs = lines.some((l) => l.kind === "blank");
  const items: string[] = [];
  let current = "";
  for (const line of lines) {
    if (line.kind === "blank") {
      if (current) items.push(current);
      current = "";
    } else if (!current) {
      current = line.text;
    } else if (paragraphs || /^\p{Ll}/u.test(line.text)) {
      // Wrapped: the block has blank lines between items, or this line goes on mid-sentence.
      current += ` ${line.text}`;
    } else {
      items.push(current);
      current = line.text;
    }
  }
  if (current) items.push(current);
  return items;
}

/** An item split from a paste, shown to the officer before it is added. */
export interface Proposed {
  text: string;
  /** Ticked: to be added. */
  include: boolean;
  /** Why it cannot be added (longer than a field holds), or null. */
  tooLong: string | null;
}

/** The items split from `text`, each ticked unless longer than `maxChars`. */
export function proposeItems(text: string, maxChars: number): Proposed[] {
  return splitItems(text).map((item) => {
    const tooLong = itemTooLong(item, maxChars);
    return { text: item, include: tooLong === null, tooLong };
  });
}

/**
 * The ticked items that can be added to a list of `has` entries holding at most `maxEntries`,
 * in order, and what to say when some ticked ones do not fit. `many` names the entries.
 */
export function itemsToAdd(
  proposed: readonly Proposed[],
  has: number,
  maxEntries: number,
  many: string,
): { texts: string[]; message: string | null } {
  const ticked = proposed.filter((p) => p.include && p.tooLong === null).map((p) => p.text);
  const room = roomInList(has, ticked.length, maxEntries, many);
  return { texts: ticked.slice(0, room.fits), message: room.message };
}
