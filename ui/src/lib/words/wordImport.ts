// What the officer is told after a Word document is imported as a response: what came in,
// what the reader could not place and where it went, and the tracked changes and comments
// it found in the document.
import type { WordImported } from "../../bindings";

/** The notes said in full; beyond them, only counted. */
const MOST_NOTES = 3;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function wordImportedInWords(title: string, imported: WordImported): string {
  const said = [`Imported the Word document as the response to “${title}”.`];
  if (imported.tracked_changes > 0 || imported.comments > 0) {
    said.push(
      `It holds ${count(imported.tracked_changes, "tracked change", "tracked changes")} and ` +
        `${count(imported.comments, "comment", "comments")}: the text was read with every ` +
        "change accepted, and the comments stay in the document.",
    );
  }
  // A few notes in full; the rest counted, so that a messy document does not bury the list.
  for (const note of imported.notes.slice(0, MOST_NOTES)) said.push(note.message);
  const more = imported.notes.length - MOST_NOTES;
  if (more > 0)
    said.push(`${count(more, "more piece", "more pieces")} of text too: see the response.`);
  return said.join(" ");
}
