// How much a text field and a list may hold, as the core has it (generated into the bindings),
// and what the editor says when a paste or a key would go over. The core refuses to save a
// response over its limits, so the editor refuses the paste or key instead, at once, where
// the officer can still do something about it.
import { LIMITS, type Limits } from "../../bindings";

/** How much a field, a title and a list may hold: the core's limits, in the bindings. */
export const fieldLimits: Readonly<Limits> = LIMITS;

/** The length of `text` in Unicode code points, as the core counts (Rust's `chars().count()`). */
export function chars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** 167308 → "167,308". */
export const count = (n: number) => n.toLocaleString("en-GB");

/**
 * "100,000 (about 40 pages)", at some 2,500 characters a page, with `unit` after the number
 * when given; a short limit has no pages.
 */
function most(max: number, unit = ""): string {
  const pages = Math.round(max / 2500);
  const n = `${count(max)}${unit}`;
  return pages >= 1 ? `${n} (about ${plural(pages, "page")})` : n;
}

const plural = (n: number, one: string) => `${count(n)} ${n === 1 ? one : `${one}s`}`;

/** What would happen to a field: its length before, after, and how much was pasted. */
export interface Change {
  /** Characters in the field before. */
  before: number;
  /** Characters in the field after. */
  after: number;
  /** Characters pasted (or dropped in), or null when the change was typed. */
  pasted: number | null;
}

/**
 * Why a change to a field is refused, or null when it fits. A change that leaves the field
 * shorter is always allowed, so a field that is already too long can still be cut down.
 */
export function refusal(change: Change, max: number): string | null {
  const { before, after, pasted } = change;
  if (after <= max || after <= before) return null;
  if (pasted === null) {
    return (
      `This field is full: it holds at most ${most(max, " characters")}. ` +
      "Shorten the text, or split it between fields."
    );
  }
  const room =
    pasted <= max && before > 0
      ? `this field already has ${count(before)} of the ${most(max)} it holds`
      : `this field holds at most ${most(max)}`;
  return (
    `That paste is ${count(pasted)} characters long, and ${room}. ` +
    "Paste a shorter part, or split it between fields."
  );
}

/**
 * Why a paste into a plain text box is refused, or null when it fits: `value` is the box's
 * text, `from` and `to` the selection the paste replaces.
 */
export function textPasteRefusal(
  value: string,
  from: number,
  to: number,
  pasted: string,
  max: number,
): string | null {
  const before = chars(value);
  const kept = before - chars(value.slice(from, to));
  const added = chars(pasted);
  return refusal({ before, after: kept + added, pasted: added }, max);
}

/** Why an item split from a paste cannot be added, or null when it fits in a field. */
export function itemTooLong(text: string, max: number): string | null {
  const n = chars(text);
  if (n <= max) return null;
  return (
    `This item is ${count(n)} characters long, more than the ${most(max)} an item holds, so ` +
    "it is left out. Copy it in shorter parts into items of their own."
  );
}

/**
 * How many of `wanted` new entries fit in a list of `has` entries, and what to say when not
 * all of them do (null when they all fit). `many` names the entries: "areas for improvement".
 */
export function roomInList(
  has: number,
  wanted: number,
  max: number,
  many: string,
): { fits: number; message: string | null } {
  const fits = Math.max(0, Math.min(wanted, max - has));
  if (fits === wanted) return { fits, message: null };
  const now = `This step holds at most ${count(max)} ${many}, and it has ${count(has)}`;
  if (fits === 0) {
    return { fits, message: `${now}. Remove some before adding more.` };
  }
  return {
    fits,
    message:
      `${now}, so only the first ${count(fits)} of these ${count(wanted)} can be added. ` +
      "Untick the ones you do not need, or remove some first.",
  };
}
