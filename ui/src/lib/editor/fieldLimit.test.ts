import { describe, expect, it } from "vitest";
import { TextSelection } from "prosemirror-state";
import { fieldLimit } from "./fieldLimit";
import { LINKS_RESOLVED } from "./links";
import { schema, serializeMarkdown } from "./markdown";
import { editorState } from "./richtext";

/** A field holding `md`, limited to `max` characters, with the cursor at its end. */
function field(md: string, max: number) {
  const said: (string | null)[] = [];
  const state = editorState(md, [
    fieldLimit(
      () => max,
      (m) => said.push(m),
    ),
  ]);
  const end = TextSelection.atEnd(state.doc);
  return { state: state.apply(state.tr.setSelection(end)), said };
}

describe("fieldLimit", () => {
  it("refuses a paste that would make the field too long, and says why", () => {
    const { state, said } = field("Some text.", 40);
    const pasted = "x".repeat(45);
    const tr = state.tr.replaceSelectionWith(schema.text(pasted)).setMeta("uiEvent", "paste");
    const next = state.apply(tr);
    expect(next, "the document stays as it was").toBe(state);
    expect(serializeMarkdown(next.doc)).toBe("Some text.");
    expect(said).toEqual([
      "That paste is 45 characters long, and this field holds at most 40. Paste a shorter " +
        "part, or split it between fields.",
    ]);
  });

  it("counts the Markdown the field stores, in code points", () => {
    // 10 characters of text, 14 of Markdown once bold: over a limit of 12.
    const { state, said } = field("0123456789", 12);
    const bold = state.tr.addMark(1, 11, schema.marks.strong.create());
    expect(state.apply(bold)).toBe(state);
    expect(said[0]).toContain("This field is full: it holds at most 12 characters.");
    // Emoji are one character each, as in Rust.
    const emoji = field("🚓🚓🚓🚓🚓", 6);
    const typed = emoji.state.apply(emoji.state.tr.insertText("🚓"));
    expect(serializeMarkdown(typed.doc)).toBe("🚓🚓🚓🚓🚓🚓");
    expect(emoji.said).toEqual([null]);
  });

  it("refuses typing past the limit, and allows cutting a long field down", () => {
    const { state, said } = field("abcde", 5);
    expect(state.apply(state.tr.insertText("f"))).toBe(state);
    expect(said[0]).toMatch(/^This field is full/);
    const long = field("abcdefgh", 5);
    const shorter = long.state.apply(long.state.tr.delete(8, 9));
    expect(serializeMarkdown(shorter.doc)).toBe("abcdefg");
    expect(long.said).toEqual([null]);
  });

  it("lets the core's answers about links through", () => {
    const { state } = field("[x](www.a.org)", 14);
    const tr = state.tr
      .removeMark(1, 2, schema.marks.link)
      .addMark(1, 2, schema.marks.link.create({ href: "https://www.a.org" }))
      .setMeta(LINKS_RESOLVED, true);
    expect(serializeMarkdown(state.apply(tr).doc)).toBe("[x](https://www.a.org)");
  });
});
