// What the list's search and "Earlier responses like this" say, and how an earlier text is
// put into a field. Finding and ranking are the core's (SQLite FTS5); only the words are here.
import type { EarlierText, SearchHit, Status } from "../../api";
import { isBlank, plural } from "./text";

/** The words of the search box as they are sent: outer spaces gone, inner runs made one. */
export const searchWords = (typed: string) => typed.trim().replace(/\s+/g, " ");

/** The hits of the status chosen in the list's filter ("all": every status). */
export const hitsWithStatus = (hits: readonly SearchHit[], filter: Status | "all") =>
  hits.filter((hit) => filter === "all" || hit.status === filter);

/** How many responses the hits come from: a response with two matching fields counts once. */
export const responsesIn = (hits: readonly SearchHit[]) => new Set(hits.map((h) => h.id)).size;

/**
 * The line over the results: "3 responses match “call handling”.", and how many more match
 * with another status than the one chosen, or that none does.
 */
export function matchCount(shown: number, hidden: number, words: string): string {
  const quoted = `“${words}”`;
  const does = hidden === 1 ? "does" : "do";
  if (shown === 0 && hidden === 0) return `No response contains ${quoted}.`;
  if (shown === 0) {
    const others = plural(hidden, "response");
    return `No response with the status chosen contains ${quoted}; ${others} with another status ${does}.`;
  }
  const count = `${plural(shown, "response")} ${shown === 1 ? "matches" : "match"} ${quoted}`;
  const others = plural(hidden, "more response", "more responses");
  return hidden === 0 ? `${count}.` : `${count}; ${others} with another status ${does}.`;
}

/** What an earlier entry gives to insert or copy: an item's response if it has one, else its text. */
export const reusable = (entry: EarlierText) =>
  entry.response !== null && !isBlank(entry.response) ? entry.response : entry.text;

/**
 * A field's Markdown with `markdown` added at its end, after a blank line so that it starts
 * a paragraph of its own; a blank field becomes `markdown`.
 */
export const appended = (field: string | null, markdown: string) =>
  isBlank(field) ? markdown : `${(field ?? "").trimEnd()}\n\n${markdown}`;
