// What the rich text editor can do to a document, apart from the window: the commands behind
// its toolbar and keys, and what the toolbar shows as on. Which addresses a link may take is
// the core's to say (links.ts asks it).
// `components/RichText.svelte` puts these on screen; they are plain ProseMirror commands, so
// they are tested here without a browser.

import { baseKeymap, chainCommands, lift, toggleMark, wrapIn } from "prosemirror-commands";
import { history, redo, redoDepth, undo, undoDepth } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import type { NodeType } from "prosemirror-model";
import { liftListItem, sinkListItem, splitListItem, wrapInList } from "prosemirror-schema-list";
import { type Command, EditorState, type Plugin } from "prosemirror-state";
import { parseMarkdown, schema } from "./markdown";

const { strong, em, link } = schema.marks;
const { bullet_list, ordered_list, list_item, blockquote, hard_break } = schema.nodes;

/** What the toolbar shows as on (or available) where the cursor is. */
export interface Formatting {
  bold: boolean;
  italic: boolean;
  bullets: boolean;
  numbers: boolean;
  quote: boolean;
  /** The address of the link at the cursor or across the selection, if there is one. */
  link: string | null;
  undo: boolean;
  redo: boolean;
}

function markOn(state: EditorState, type: typeof strong): boolean {
  const { from, to, empty, $from } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks ?? $from.marks());
  return state.doc.rangeHasMark(from, to, type);
}

/** The nearest list around the cursor, if any. */
function listAround(state: EditorState): { type: NodeType; depth: number } | null {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) {
    const type = $from.node(d).type;
    if (type === bullet_list || type === ordered_list) return { type, depth: d };
  }
  return null;
}

function inQuote(state: EditorState): boolean {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type === blockquote) return true;
  return false;
}

/** The toolbar's state for an editor state. */
export function formatting(state: EditorState): Formatting {
  const list = listAround(state);
  return {
    bold: markOn(state, strong),
    italic: markOn(state, em),
    bullets: list?.type === bullet_list,
    numbers: list?.type === ordered_list,
    quote: inQuote(state),
    link: linkAt(state)?.href ?? null,
    undo: undoDepth(state) > 0,
    redo: redoDepth(state) > 0,
  };
}

/** Bullets or numbers: on, off again, or one kind of list changed into the other. */
function toggleList(type: NodeType): Command {
  return (state, dispatch) => {
    const list = listAround(state);
    if (!list) return wrapInList(type)(state, dispatch);
    if (list.type === type) return liftListItem(list_item)(state, dispatch);
    if (dispatch) {
      const { $from } = state.selection;
      const node = $from.node(list.depth);
      const attrs = { order: 1, tight: node.attrs.tight as boolean }; // order is ignored by bullets
      dispatch(state.tr.setNodeMarkup($from.before(list.depth), type, attrs).scrollIntoView());
    }
    return true;
  };
}

/** A block quote around the selected paragraphs, or the quote taken off again. */
const toggleQuote: Command = (state, dispatch) =>
  inQuote(state) ? lift(state, dispatch) : wrapIn(blockquote)(state, dispatch);

/** The toolbar's on-and-off commands, each named as `Formatting` names what it turns on. */
export const toggle = {
  bold: toggleMark(strong),
  italic: toggleMark(em),
  bullets: toggleList(bullet_list),
  numbers: toggleList(ordered_list),
  quote: toggleQuote,
} satisfies Partial<Record<keyof Formatting, Command>>;

/** A line break within the paragraph (Shift+Enter). */
export const insertLineBreak: Command = (state, dispatch) => {
  if (dispatch) dispatch(state.tr.replaceSelectionWith(hard_break.create()).scrollIntoView());
  return true;
};

/** The extent and address of the link at the cursor, or covering the whole selection. */
export function linkAt(state: EditorState): { from: number; to: number; href: string } | null {
  const { $from, from, to, empty } = state.selection;
  if (!empty) {
    let found: string | null = null;
    let whole = true;
    state.doc.nodesBetween(from, to, (node) => {
      if (!node.isText) return true;
      const mark = link.isInSet(node.marks);
      if (!mark) whole = false;
      else if (found === null) found = mark.attrs.href as string;
      else if (found !== mark.attrs.href) whole = false;
      return false;
    });
    return whole && found !== null ? { from, to, href: found } : null;
  }
  // An empty selection: the link in the text either side of the cursor.
  const parent = $from.parent;
  const index = $from.index();
  for (const i of $from.textOffset > 0 ? [index] : [index - 1, index]) {
    const mark = i >= 0 && i < parent.childCount ? link.isInSet(parent.child(i).marks) : null;
    if (!mark) continue;
    let start = i;
    let end = i + 1;
    while (start > 0 && mark.isInSet(parent.child(start - 1).marks)) start--;
    while (end < parent.childCount && mark.isInSet(parent.child(end).marks)) end++;
    let pos = $from.start();
    for (let j = 0; j < start; j++) pos += parent.child(j).nodeSize;
    let size = 0;
    for (let j = start; j < end; j++) size += parent.child(j).nodeSize;
    return { from: pos, to: pos + size, href: mark.attrs.href as string };
  }
  return null;
}

/**
 * Makes the selection a link to `href`, or changes the link at the cursor. With nothing
 * selected and no link there, the address itself is inserted as the link's text.
 */
export function setLink(href: string): Command {
  return (state, dispatch) => {
    const mark = link.create({ href });
    const existing = linkAt(state);
    const { from, to, empty } = state.selection;
    if (dispatch) {
      const tr = state.tr;
      if (existing && empty) {
        tr.removeMark(existing.from, existing.to, link).addMark(existing.from, existing.to, mark);
      } else if (empty) {
        tr.insert(from, schema.text(href, [mark]));
      } else {
        tr.removeMark(from, to, link).addMark(from, to, mark);
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Takes the link off the selection, or off the whole link at the cursor. */
export const removeLink: Command = (state, dispatch) => {
  const existing = linkAt(state);
  const { from, to, empty } = state.selection;
  const range = empty ? existing : { from, to };
  if (!range || !state.doc.rangeHasMark(range.from, range.to, link)) return false;
  if (dispatch) dispatch(state.tr.removeMark(range.from, range.to, link).scrollIntoView());
  return true;
};

/**
 * The editor's keys. Tab and Shift+Tab are left alone so that they move between fields;
 * Ctrl+] and Ctrl+[ indent and outdent list items instead.
 */
export function editorKeys(extra: Record<string, Command> = {}): Plugin {
  return keymap({
    ...extra,
    "Mod-b": toggle.bold,
    "Mod-i": toggle.italic,
    "Mod-z": undo,
    "Shift-Mod-z": redo,
    "Mod-y": redo,
    Enter: chainCommands(splitListItem(list_item), baseKeymap.Enter),
    "Shift-Enter": insertLineBreak,
    "Mod-]": sinkListItem(list_item),
    "Mod-[": liftListItem(list_item),
  });
}

/** The field's own `plugins`, then history and the editor's keys. */
export function editorPlugins(plugins: Plugin[] = []): Plugin[] {
  return [...plugins, history(), keymap(baseKeymap)];
}

/** A fresh editor state for stored Markdown, with history and the editor's keys. */
export function editorState(markdown: string, plugins: Plugin[] = []): EditorState {
  return EditorState.create({
    doc: parseMarkdown(markdown ?? ""),
    plugins: editorPlugins(plugins),
  });
}
