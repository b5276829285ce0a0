// The rich text editor's guard on a field's length. A paste or a key that would make the
// field's Markdown longer than the core lets a field be is refused before it is applied, so
// the document stays as it was and the officer is told why, next to the field.

import type { Slice } from "prosemirror-model";
import { Plugin, type Transaction } from "prosemirror-state";
import { chars, refusal } from "../state/limits";
import { LINKS_RESOLVED } from "./links";
import { serializeMarkdown } from "./markdown";

/** The characters a paste or drop brings: the text of what its steps insert. */
function pastedChars(tr: Transaction): number {
  let n = 0;
  for (const step of tr.steps) {
    const slice = (step as { slice?: Slice }).slice;
    if (slice) n += chars(slice.content.textBetween(0, slice.content.size, "\n", "\n"));
  }
  return n;
}

/**
 * Refuses any change that makes the field's Markdown longer than `max()` characters (Unicode
 * code points) and longer than it was, and tells `said` why; each change that is allowed
 * tells `said` null. The core's answers about links are never refused.
 */
export function fieldLimit(max: () => number, said: (message: string | null) => void): Plugin {
  return new Plugin({
    filterTransaction(tr, state) {
      if (!tr.docChanged || tr.getMeta(LINKS_RESOLVED)) return true;
      const event = tr.getMeta("uiEvent") as string | undefined;
      const pasted = event === "paste" || event === "drop" ? pastedChars(tr) : null;
      const message = refusal(
        {
          before: chars(serializeMarkdown(state.doc)),
          after: chars(serializeMarkdown(tr.doc)),
          pasted,
        },
        max(),
      );
      said(message);
      return message === null;
    },
  });
}
