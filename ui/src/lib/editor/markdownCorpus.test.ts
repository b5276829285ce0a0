// The Markdown corpus (`tests/fixtures/markdown/cases.json`) read by the editor: each case's
// Markdown must give the blocks the case states, and the writer must write it as the case
// says. The core runs the same cases through pulldown-cmark
// (`src-tauri/core/tests/markdown_corpus.rs`), so the editor and the document agree.

import { describe, expect, it } from "vitest";
import type { Mark, Node } from "prosemirror-model";
import { EditorState } from "prosemirror-state";
import { parseMarkdown, serializeMarkdown } from "./markdown";
import { linkHrefs, settleLinks } from "./links";

/** A run of text: plain as a string, or with what is on it. */
type Run = string | { text: string; bold?: true; italic?: true; link?: string };

/** A block in the neutral form that both sides of the corpus produce. */
type Block =
  { p: Run[] } | { ul: Block[][] } | { ol: Block[][]; start?: number } | { quote: Block[] };

/** One case; `tests/fixtures/markdown/README.md` says what each field means. */
interface Case {
  name: string;
  markdown: string;
  blocks: Block[];
  written?: string;
  links?: Record<string, string | null>;
  note?: string;
}

/** node:fs, typed by hand: the project has no @types/node. */
interface Fs {
  readFileSync(path: URL, encoding: "utf8"): string;
}
// `as string` keeps TypeScript from looking for node:fs types, which the project has not.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
const fs = (await import(/* @vite-ignore */ "node:fs" as string)) as Fs;

const cases = JSON.parse(
  fs.readFileSync(
    new URL("../../../../tests/fixtures/markdown/cases.json", import.meta.url),
    "utf8",
  ),
) as Case[];

/** The neutral form of a document: empty paragraphs, which the core never makes, left out. */
function blocksOf(node: Node): Block[] {
  const blocks: Block[] = [];
  node.forEach((child) => {
    const block = blockOf(child);
    if (block) blocks.push(block);
  });
  return blocks;
}

function blockOf(node: Node): Block | null {
  switch (node.type.name) {
    case "paragraph": {
      const runs = runsOf(node);
      return runs.length ? { p: runs } : null;
    }
    case "blockquote":
      return { quote: blocksOf(node) };
    case "bullet_list":
      return { ul: items(node) };
    case "ordered_list": {
      const start = node.attrs.order as number;
      return start === 1 ? { ol: items(node) } : { ol: items(node), start };
    }
    default:
      throw new Error(`no neutral form for ${node.type.name}`);
  }
}

const items = (list: Node) => {
  const out: Block[][] = [];
  list.forEach((item) => out.push(blocksOf(item)));
  return out;
};

/** A paragraph's runs, a hard break as "\n", neighbours with the same marks joined. */
function runsOf(paragraph: Node): Run[] {
  const runs: Exclude<Run, string>[] = [];
  paragraph.forEach((child) => {
    const text = child.isText ? (child.text ?? "") : "\n";
    const run = { text, ...formatting(child.marks) };
    const last = runs[runs.length - 1];
    if (last && sameFormatting(last, run)) last.text += text;
    else runs.push(run);
  });
  return runs.map((r) => (r.bold || r.italic || r.link ? r : r.text));
}

function formatting(marks: readonly Mark[]): Omit<Exclude<Run, string>, "text"> {
  const out: Omit<Exclude<Run, string>, "text"> = {};
  for (const mark of marks) {
    if (mark.type.name === "strong") out.bold = true;
    else if (mark.type.name === "em") out.italic = true;
    else if (mark.type.name === "link") out.link = String(mark.attrs.href);
  }
  return out;
}

const sameFormatting = (a: Exclude<Run, string>, b: Exclude<Run, string>) =>
  a.bold === b.bold && a.italic === b.italic && a.link === b.link;

/**
 * The document as the editor holds it once the core has answered about its links: the
 * case's `links` are the core's answers (the core's test checks them), and any other address
 * is kept as it is.
 */
function settled(doc: Node, links: Record<string, string | null> = {}): Node {
  const answers = new Map(linkHrefs(doc).map((h) => [h, h in links ? links[h] : h]));
  const tr = settleLinks(EditorState.create({ doc }), answers);
  return tr ? tr.doc : doc;
}

describe("the Markdown corpus", () => {
  it("has cases, each with its own name", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  for (const c of cases) {
    describe(c.name, () => {
      const written = c.written ?? c.markdown;

      it("reads as the stated blocks", () => {
        expect(blocksOf(settled(parseMarkdown(c.markdown), c.links))).toEqual(c.blocks);
      });

      it("is written as stated, and read back the same", () => {
        expect(serializeMarkdown(parseMarkdown(c.markdown))).toBe(written);
        expect(serializeMarkdown(parseMarkdown(written))).toBe(written);
        expect(blocksOf(settled(parseMarkdown(written), c.links))).toEqual(c.blocks);
      });
    });
  }
});
