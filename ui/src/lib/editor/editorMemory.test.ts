import { afterEach, describe, expect, it } from "vitest";
import { undo, undoDepth } from "prosemirror-history";
import { forgetAll, recall, remember } from "./editorMemory";
import { serializeMarkdown } from "./markdown";
import { editorState } from "./richtext";

describe("editor memory", () => {
  afterEach(() => forgetAll());

  it("brings a field back with its undo history when it still holds the same text", () => {
    let state = editorState("Hello");
    state = state.apply(state.tr.insertText(" world", 6));
    expect(serializeMarkdown(state.doc)).toBe("Hello world");
    remember("pcc_response", state);

    const back = recall("pcc_response", "Hello world", []);
    expect(back).not.toBe(null);
    expect(undoDepth(back!)).toBe(1);
    let undone = back!;
    undo(back!, (tr) => (undone = back!.apply(tr)));
    expect(serializeMarkdown(undone.doc)).toBe("Hello");
  });

  it("starts afresh when the text changed meanwhile, or after forgetting", () => {
    remember("pcc_response", editorState("Before"));
    expect(recall("pcc_response", "After", [])).toBe(null);
    expect(recall("key_findings", "Before", [])).toBe(null);
    forgetAll();
    expect(recall("pcc_response", "Before", [])).toBe(null);
  });
});
