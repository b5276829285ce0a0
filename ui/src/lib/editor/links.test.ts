import { afterEach, describe, expect, it } from "vitest";
import { undoDepth } from "prosemirror-history";
import { type EditorState, TextSelection, type Transaction } from "prosemirror-state";
import { serializeMarkdown } from "./markdown";
import { clearMocks, mockCommands, refusal, type Args } from "../test-support/mockCommands";
import {
  addressFor,
  askCore,
  FieldLinks,
  type FieldView,
  LINKS_RESOLVED,
  linkHrefs,
  REFUSED_ADDRESS,
  refusedNotice,
  settleLinks,
} from "./links";
import { editorState } from "./richtext";

/** A stand-in for the core's rule, so that the tests see what the editor does with it. */
function resolve({ hrefs }: Args): (string | null)[] {
  return (hrefs as string[]).map((h) => {
    if (/^(https?|mailto):/.test(h)) return h;
    if (/^www\./.test(h)) return `https://${h}`;
    return null;
  });
}

afterEach(() => clearMocks());

describe("settling a field's links with the core", () => {
  const md =
    "See [bad link](javascript:alert(1)), [the **report**](www.justiceinspectorates.gov.uk/r) " +
    "and [us](mailto:a@b.uk); [again](javascript:alert(1)).";

  it("asks once for each address, and keeps, mends or unlinks as answered", async () => {
    const sent = mockCommands({ resolve_links: resolve });
    const state = editorState(md);
    const hrefs = linkHrefs(state.doc);
    expect(hrefs).toEqual([
      "javascript:alert(1)",
      "www.justiceinspectorates.gov.uk/r",
      "mailto:a@b.uk",
    ]);
    const answers = await askCore(hrefs);
    expect(sent).toEqual([{ cmd: "resolve_links", args: { hrefs } }]);
    const tr = settleLinks(state, answers)!;
    expect(tr.getMeta(LINKS_RESOLVED)).toBe(true);
    const next = state.apply(tr);
    expect(serializeMarkdown(next.doc)).toBe(
      "See bad link, [the **report**](https://www.justiceinspectorates.gov.uk/r) " +
        "and [us](mailto:a@b.uk); again.",
    );
    expect(undoDepth(next), "not a step the officer can undo").toBe(0);
  });

  it("turns [bad link](javascript:alert(1)) into the words, not brackets", async () => {
    mockCommands({ resolve_links: resolve });
    const state = editorState("[bad link](javascript:alert(1))");
    const next = state.apply(settleLinks(state, await askCore(linkHrefs(state.doc)))!);
    expect(serializeMarkdown(next.doc)).toBe("bad link");
  });

  it("changes nothing when every address is already as the core has it", async () => {
    mockCommands({ resolve_links: resolve });
    const state = editorState("[r](https://example.org/r)");
    expect(settleLinks(state, await askCore(linkHrefs(state.doc)))).toBeNull();
  });

  it("applies the answers to the document as it is when they come", async () => {
    mockCommands({ resolve_links: resolve });
    const asked = editorState("[x](file:///C:/x.docx) end");
    const answers = await askCore(linkHrefs(asked.doc));
    // Meanwhile the officer typed at the start.
    let now = asked.apply(asked.tr.setSelection(TextSelection.create(asked.doc, 1)));
    now = now.apply(now.tr.insertText("Typed "));
    const next = now.apply(settleLinks(now, answers)!);
    expect(serializeMarkdown(next.doc)).toBe("Typed x end");
  });
});

describe("FieldLinks", () => {
  /** A stand-in for the editor view: a state, and a dispatch that applies to it. */
  function fakeView(md: string) {
    const view: { state: EditorState; dispatch(tr: Transaction): void } = {
      state: editorState(md),
      dispatch: (tr) => (view.state = view.state.apply(tr)),
    };
    return view;
  }

  it("settles a field's links, after a paste too, and asks about each address once", async () => {
    const sent = mockCommands({ resolve_links: resolve });
    const links = new FieldLinks();
    const view = fakeView("[a](www.a.org) and [b](javascript:void(0))");
    expect(await links.settle(() => view)).toEqual(["javascript:void(0)"]);
    expect(serializeMarkdown(view.state.doc)).toBe("[a](https://www.a.org) and b");
    // A paste brings another link, and one the core has already given.
    const pasted = editorState("[c](data:text/html,x) [d](https://www.a.org)").doc.content;
    const end = view.state.doc.content.size - 1;
    view.dispatch(view.state.tr.insert(end, pasted.firstChild!.content));
    expect(await links.settle(() => view)).toEqual(["data:text/html,x"]);
    expect(serializeMarkdown(view.state.doc)).toBe(
      "[a](https://www.a.org) and bc [d](https://www.a.org)",
    );
    expect(await links.settle(() => view)).toEqual([]);
    expect(sent.map((s) => s.args.hrefs)).toEqual([
      ["www.a.org", "javascript:void(0)"],
      ["data:text/html,x"],
    ]);
  });

  it("leaves a field that has gone, and links the core could not be asked about", async () => {
    mockCommands({ resolve_links: resolve });
    const view = fakeView("[x](file:///x)");
    let current: FieldView | null = view;
    const settling = new FieldLinks().settle(() => current);
    current = null; // the field closed while the core was asked
    expect(await settling).toEqual([]);
    expect(serializeMarkdown(view.state.doc)).toBe("[x](file:///x)");

    mockCommands({});
    expect(await new FieldLinks().settle(() => view)).toEqual([]);
    expect(serializeMarkdown(view.state.doc)).toBe("[x](file:///x)");
  });
});

describe("addressFor", () => {
  it("gives the address the core resolved for what was typed", async () => {
    const sent = mockCommands({ resolve_links: resolve });
    expect(await addressFor("  www.justiceinspectorates.gov.uk/hmicfrs ")).toEqual({
      href: "https://www.justiceinspectorates.gov.uk/hmicfrs",
    });
    expect(sent[0].args).toEqual({ hrefs: ["www.justiceinspectorates.gov.uk/hmicfrs"] });
  });

  it("says why when the core refuses it, or nothing was typed, or the core failed", async () => {
    mockCommands({ resolve_links: resolve });
    expect(await addressFor("javascript:alert(1)")).toEqual({ error: REFUSED_ADDRESS });
    expect(REFUSED_ADDRESS).toMatch(
      /^Only web addresses \(https:\/\/…\) and email addresses \(mailto:…\) can be links\./,
    );
    expect(await addressFor("  ")).toEqual({
      error: "Type the address the link goes to, such as https://www.justiceinspectorates.gov.uk.",
    });
    mockCommands({
      resolve_links: () => {
        throw refusal("io", "The app is closing.");
      },
    });
    expect(await addressFor("https://a.org")).toEqual({
      error: "Could not check the address. The app is closing.",
    });
  });
});

describe("refusedNotice", () => {
  it("names the address that was kept as plain text", () => {
    expect(refusedNotice(["javascript:alert(1)"])).toBe(
      "A link to “javascript:alert(1)” cannot work in a document, so it was kept as plain text.",
    );
    expect(refusedNotice(["a:1", "b:2", "c:3"])).toBe(
      "Links to “a:1”, “b:2” and “c:3” cannot work in a document, so they were kept as plain text.",
    );
    expect(refusedNotice([`data:${"x".repeat(200)}`])).toMatch(/“data:x{72}…”/);
  });
});
