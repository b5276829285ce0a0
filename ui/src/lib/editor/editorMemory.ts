// Each rich-text field's editor state, kept while its draft is open, so that going to
// another step and coming back keeps the field's undo history (Ctrl+Z still undoes what was
// typed before). The draft forgets them all when it opens and when it closes.
import type { EditorState, Plugin } from "prosemirror-state";
import { serializeMarkdown } from "./markdown";
import { editorPlugins } from "./richtext";

const kept = new Map<string, EditorState>();

/** Keeps the state of the field `field` as it was when its editor closed. */
export function remember(field: string, state: EditorState): void {
  kept.set(field, state);
}

/**
 * The state kept for `field`, if it still holds `markdown`, with the new editor's
 * `plugins` in place of the old ones; its history carries over. Null when there is none, or
 * when the text has changed since (a version restored, say).
 */
export function recall(field: string, markdown: string, plugins: Plugin[]): EditorState | null {
  const state = kept.get(field);
  if (!state || serializeMarkdown(state.doc) !== markdown) return null;
  return state.reconfigure({ plugins: editorPlugins(plugins) });
}

/** Forgets every field's state: another draft is opened, or this one closed. */
export function forgetAll(): void {
  kept.clear();
}
