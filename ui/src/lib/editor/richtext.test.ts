import { describe, expect, it } from "vitest";
import { redo, undo } from "prosemirror-history";
import { type Command, EditorState, TextSelection, type Transaction } from "prosemirror-state";
import { serializeMarkdown } from "./markdown";
import {
  editorKeys,
  editorState,
  formatting,
  insertLineBreak,
  linkAt,
  removeLink,
  setLink,
  toggle,
} from "./richtext";

/** A state for `md` with the text `find` selected (or the cursor at `find`'s start). */
function stateAt(md: string, find: string, select = true): EditorState {
  const state = editorState(md, [editorKeys()]);
  let at = -1;
  state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text!.includes(find)) at = pos + node.text!.indexOf(find);
  });
  expect(at, `"${find}" is in the text`).toBeGreaterThanOrEqual(0);
  const sel = TextSelection.create(state.doc, at, select ? at + find.length : at);
  return state.apply(state.tr.setSelection(sel));
}

/** Runs a command as the toolbar does and gives the new state. */
function run(state: EditorState, command: Command): EditorState {
  let next = state;
  const ran = command(state, (tr) => (next = state.apply(tr)));
  expect(ran, "the command applies here").toBe(true);
  return next;
}

const md = (state: EditorState) => serializeMarkdown(state.doc);

describe("the toolbar's commands", () => {
  it("makes the selection bold and italic, and shows it", () => {
    let state = run(stateAt("The report is good.", "report"), toggle.bold);
    expect(md(state)).toBe("The **report** is good.");
    expect(formatting(state).bold).toBe(true);
    state = run(state, toggle.italic);
    expect(md(state)).toBe("The ***report*** is good.");
    state = run(state, toggle.bold);
    expect(md(state)).toBe("The *report* is good.");
    expect(formatting(state)).toMatchObject({ bold: false, italic: true });
  });

  it("turns bullets and numbers on, swaps them and turns them off", () => {
    let state = run(stateAt("First\n\nSecond", "First", false), toggle.bullets);
    expect(md(state)).toBe("- First\n\nSecond");
    expect(formatting(state)).toMatchObject({ bullets: true, numbers: false });
    state = run(state, toggle.numbers);
    expect(md(state)).toBe("1. First\n\nSecond");
    expect(formatting(state)).toMatchObject({ bullets: false, numbers: true });
    state = run(state, toggle.numbers);
    expect(md(state)).toBe("First\n\nSecond");
    expect(formatting(state).numbers).toBe(false);
  });

  it("quotes a paragraph and unquotes it", () => {
    let state = run(stateAt("Said *this*.\n\nThen", "Said", false), toggle.quote);
    expect(md(state)).toBe("> Said *this*.\n\nThen");
    expect(formatting(state).quote).toBe(true);
    state = run(state, toggle.quote);
    expect(md(state)).toBe("Said *this*.\n\nThen");
  });

  it("links the selection, finds the link at the cursor, changes and removes it", () => {
    let state = run(stateAt("See the report here.", "the report"), setLink("https://a.org/r"));
    expect(md(state)).toBe("See [the report](https://a.org/r) here.");
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 9)));
    expect(formatting(state).link).toBe("https://a.org/r");
    expect(linkAt(state)).toEqual({ from: 5, to: 15, href: "https://a.org/r" });
    state = run(state, setLink("https://b.org/"));
    expect(md(state)).toBe("See [the report](https://b.org/) here.");
    state = run(state, removeLink);
    expect(md(state)).toBe("See the report here.");
    expect(removeLink(state)).toBe(false);
  });

  it("inserts the address when there is nothing selected", () => {
    const state = run(stateAt("See: here", "here", false), setLink("https://a.org/r"));
    expect(md(state)).toBe("See: <https://a.org/r>here");
  });

  it("breaks a line within a paragraph", () => {
    const state = run(stateAt("Jubilee HouseFalconers Chase", "Falconers", false), insertLineBreak);
    expect(md(state)).toBe("Jubilee House\\\nFalconers Chase");
  });

  it("undoes and redoes", () => {
    const before = stateAt("Plain", "Plain");
    const bold = run(before, toggle.bold);
    expect(formatting(bold)).toMatchObject({ undo: true, redo: false });
    const undone = run(bold, undo);
    expect(md(undone)).toBe("Plain");
    expect(formatting(undone).redo).toBe(true);
    expect(md(run(undone, redo))).toBe("**Plain**");
  });
});

describe("the editor's keys", () => {
  /** Presses a key (no modifiers) in an editor showing `state`. */
  function press(state: EditorState, key: string) {
    let next = state;
    const view = { state, dispatch: (tr: Transaction) => (next = state.apply(tr)) };
    const event = { key, type: "keydown", ctrlKey: false, metaKey: false, altKey: false };
    const keys = editorKeys().props.handleKeyDown!;
    const handled = keys.call(null as never, view as never, event as unknown as KeyboardEvent);
    return { handled, next };
  }

  it("splits a list item with Enter", () => {
    const state = stateAt("- First item", " item", false);
    const { handled, next } = press(state, "Enter");
    expect(handled).toBe(true);
    expect(md(next)).toBe("- First\n- item");
  });

  it("leaves Tab to move between fields", () => {
    expect(press(stateAt("- First", "First", false), "Tab").handled).toBe(false);
  });
});
