// The rich text of a response, in the editor and on disk.
//
// Text fields are stored as CommonMark limited to the rich-text subset of
// docs/response-file.md: paragraphs, `*italic*`, `**bold**`, `- ` bullets, `1. ` numbers,
// `> ` quotes, links and hard line breaks. The Rust side reads the same text with
// pulldown-cmark for the DOCX, so this module must agree with it: what the officer sees
// in the editor is what CommonMark says the stored text means.
// Anything outside the subset (headings, code, HTML, rules, images) is kept as the text that
// was typed, never dropped, exactly as `src-tauri/core/src/richtext.rs` does. Both are run
// against one corpus of cases, `tests/fixtures/markdown/`.

import MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";
import { MarkdownParser } from "prosemirror-markdown";
import { type Node, Schema } from "prosemirror-model";
import { writeMarkdown } from "./markdownWriter";

/** The document model of a text field: the rich-text subset and nothing else. */
export const schema = new Schema({
  nodes: {
    doc: { content: "block+" },
    paragraph: {
      content: "inline*",
      group: "block",
      parseDOM: [{ tag: "p" }],
      toDOM: () => ["p", 0],
    },
    blockquote: {
      content: "block+",
      group: "block",
      defining: true,
      parseDOM: [{ tag: "blockquote" }],
      toDOM: () => ["blockquote", 0],
    },
    bullet_list: {
      content: "list_item+",
      group: "block",
      attrs: { tight: { default: true } },
      parseDOM: [{ tag: "ul" }],
      toDOM: () => ["ul", 0],
    },
    ordered_list: {
      content: "list_item+",
      group: "block",
      attrs: { order: { default: 1 }, tight: { default: true } },
      parseDOM: [
        {
          tag: "ol",
          getAttrs: (dom) => {
            const start = dom.getAttribute("start");
            return { order: start && /^\d+$/.test(start) ? Number(start) : 1 };
          },
        },
      ],
      toDOM: (node) => {
        const order = node.attrs.order as number;
        return ["ol", order === 1 ? {} : { start: order }, 0];
      },
    },
    list_item: {
      content: "paragraph block*",
      defining: true,
      parseDOM: [{ tag: "li" }],
      toDOM: () => ["li", 0],
    },
    text: { group: "inline" },
    hard_break: {
      inline: true,
      group: "inline",
      selectable: false,
      parseDOM: [{ tag: "br" }],
      toDOM: () => ["br"],
    },
  },
  marks: {
    // Link first: bold or italic words inside a link's text stay inside one link.
    link: {
      attrs: { href: {} },
      inclusive: false,
      parseDOM: [
        {
          tag: "a[href]",
          getAttrs: (dom) => ({ href: dom.getAttribute("href") }),
        },
      ],
      toDOM: (mark) => {
        const href = mark.attrs.href as string;
        return ["a", { href, title: href }, 0];
      },
    },
    em: {
      parseDOM: [
        { tag: "i" },
        { tag: "em" },
        { style: "font-style=italic" },
        { style: "font-style=normal", clearMark: (m) => m.type.name === "em" },
      ],
      toDOM: () => ["em", 0],
    },
    strong: {
      parseDOM: [
        { tag: "strong" },
        // Google Docs wraps everything in <b style="font-weight: normal">.
        {
          tag: "b",
          getAttrs: (dom) => dom.style.fontWeight !== "normal" && null,
        },
        { style: "font-weight=400", clearMark: (m) => m.type.name === "strong" },
        {
          style: "font-weight",
          getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null,
        },
      ],
      toDOM: () => ["strong", 0],
    },
  },
});

// ---------------------------------------------------------------------------------------
// Reading Markdown

/** The source of blocks outside the subset, turned back into a plain paragraph. */
function literalBlocks(state: StateCore): void {
  const lines = state.src.split("\n");
  const out: Token[] = [];
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.type === "heading_open") {
      const inline = tokens[i + 1];
      let text: string[];
      if (tok.markup.startsWith("#")) {
        // An ATX heading: its line as typed, from the first `#`.
        const line = lines[tok.map?.[0] ?? -1] ?? "";
        const at = line.indexOf(tok.markup);
        text = [at >= 0 ? line.slice(at) : `${tok.markup} ${inline.content}`];
      } else {
        // A setext heading: its text lines and the underline as typed.
        const underline = sourceLine(lines, (tok.map?.[1] ?? 0) - 1, /^(=+|-+)$/);
        text = [...inline.content.split("\n"), underline ?? tok.markup.repeat(3)];
      }
      out.push(...literalParagraph(state, tok, text));
      i += 2; // the inline and heading_close tokens
    } else if (tok.type === "fence") {
      out.push(...literalParagraph(state, tok, fenceLines(lines, tok)));
    } else if (tok.type === "code_block" || tok.type === "html_block") {
      out.push(...literalParagraph(state, tok, tok.content.replace(/\n+$/, "").split("\n")));
    } else if (tok.type === "hr") {
      const line = sourceLine(lines, tok.map?.[0] ?? -1, /^([-*_])([ \t]*\1){2,}$/);
      out.push(...literalParagraph(state, tok, [line ?? tok.markup]));
    } else {
      if (tok.type === "inline" && tok.children) tok.children = literalInline(state, tok.children);
      out.push(tok);
    }
  }
  state.tokens = out;
}

/** A fenced code block's lines as typed: the closing fence only if it has one. */
function fenceLines(lines: string[], tok: Token): string[] {
  const [first, end] = tok.map ?? [-1, -1];
  const line = lines[first] ?? "";
  const at = line.indexOf(tok.markup);
  const opening = at >= 0 ? line.slice(at) : tok.markup + tok.info;
  const body = tok.content.replace(/\n$/, "");
  const last = end - 1 > first ? sourceLine(lines, end - 1, /^(`{3,}|~{3,})$/) : undefined;
  const closing = last?.startsWith(tok.markup) ? [last] : [];
  return [opening, ...(body ? body.split("\n") : []), ...closing];
}

/** Line `n` of the source without container markers, when it matches `shape`. */
function sourceLine(lines: string[], n: number, shape: RegExp): string | undefined {
  const line = (lines[n] ?? "").replace(/^[ \t>]*/, "").trimEnd();
  return shape.test(line) ? line : undefined;
}

/** A paragraph whose lines are plain text separated by hard breaks. */
function literalParagraph(state: StateCore, at: Token, lines: string[]): Token[] {
  const open = new state.Token("paragraph_open", "p", 1);
  open.map = at.map;
  open.block = true;
  const inline = new state.Token("inline", "", 0);
  inline.block = true;
  // CommonMark drops spaces at either end of a line of a paragraph: so do we, at once.
  lines = lines.map((line) => line.trim());
  inline.content = lines.join("\n");
  inline.children = [];
  lines.forEach((line, i) => {
    if (i > 0) inline.children!.push(new state.Token("hardbreak", "br", 0));
    const text = new state.Token("text", "", 0);
    text.content = line;
    inline.children!.push(text);
  });
  const close = new state.Token("paragraph_close", "p", -1);
  close.block = true;
  return [open, inline, close];
}

/** Code spans, HTML and images are kept as the text that was typed. */
function literalInline(state: StateCore, children: Token[]): Token[] {
  return children.map((tok) => {
    let content: string | undefined;
    if (tok.type === "html_inline") {
      content = tok.content;
    } else if (tok.type === "code_inline") {
      content = tok.markup + tok.content + tok.markup;
    } else if (tok.type === "image") {
      const title = tok.attrGet("title");
      content = `![${tok.content}](${tok.attrGet("src") ?? ""}${title ? ` "${title}"` : ""})`;
    }
    if (content === undefined) return tok;
    const text = new state.Token("text", "", 0);
    text.content = content;
    return text;
  });
}

/** markdown-it hides the paragraphs of a tight list; an empty item has none to look at. */
function listIsTight(tokens: Token[], i: number): boolean {
  const level = tokens[i].level;
  for (let j = i + 1; j < tokens.length && tokens[j].level > level; j++) {
    const tok = tokens[j];
    if (tok.type === "paragraph_open" && tok.level === level + 2) return tok.hidden;
  }
  return true;
}

// HTML is read as HTML, as pulldown-cmark reads it, so that what is inside a tag is never
// formatting; `literalBlocks` then keeps it as the text that was typed.
const tokenizer = new MarkdownIt("commonmark", { html: true, linkify: false, typographer: false });
// Every link is read as a link, whatever its address, as pulldown-cmark reads it in Rust:
// markdown-it would leave `[words](javascript:...)` as brackets on screen. Which addresses
// may stay links is the core's decision (`resolveLinks`), made by the editor after reading.
tokenizer.validateLink = () => true;
// Addresses are kept as typed, as pulldown-cmark keeps them: markdown-it would percent-encode
// `café` and turn a host name into punycode, so the editor and the document would differ.
tokenizer.normalizeLink = (url) => url;
tokenizer.normalizeLinkText = (url) => url;
tokenizer.core.ruler.after("inline", "literal_outside_subset", literalBlocks);

const parser = new MarkdownParser(schema, tokenizer, {
  blockquote: { block: "blockquote" },
  paragraph: { block: "paragraph" },
  list_item: { block: "list_item" },
  bullet_list: {
    block: "bullet_list",
    getAttrs: (_tok, tokens, i) => ({ tight: listIsTight(tokens, i) }),
  },
  ordered_list: {
    block: "ordered_list",
    getAttrs: (tok, tokens, i) => {
      const start = tok.attrGet("start");
      return { order: start === null ? 1 : Number(start), tight: listIsTight(tokens, i) };
    },
  },
  hardbreak: { node: "hard_break" },
  em: { mark: "em" },
  strong: { mark: "strong" },
  link: { mark: "link", getAttrs: (tok) => ({ href: tok.attrGet("href") ?? "" }) },
});

/** Reads stored Markdown into a document. Never fails: odd input becomes plain text. */
export function parseMarkdown(md: string): Node {
  try {
    return parser.parse(md ?? "");
  } catch {
    // Not expected, but a draft must always open: fall back to its paragraphs as typed.
    const paragraphs = (md ?? "")
      .replace(/\r\n?/g, "\n")
      .split(/\n[ \t]*\n/)
      .filter((p) => p.trim());
    return schema.node(
      "doc",
      null,
      paragraphs.length
        ? paragraphs.map((p) => schema.node("paragraph", null, [schema.text(p.trim())]))
        : [schema.node("paragraph")],
    );
  }
}

/** Documents already written: a document never changes, so its Markdown is written once. */
const written = new WeakMap<Node, string>();

/** Writes a document as Markdown in exactly the rich-text subset of docs/response-file.md. */
export function serializeMarkdown(doc: Node): string {
  let md = written.get(doc);
  if (md === undefined) {
    md = writeMarkdown(doc);
    written.set(doc, md);
  }
  return md;
}

// ---------------------------------------------------------------------------------------
// Plain text

/** The visible text of a document: one line a paragraph, a hard break as a new line. */
export function docText(doc: Node): string {
  const lines: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let line = "";
    node.forEach((child) => {
      if (child.isText) line += child.text;
      else if (child.type.name === "hard_break") line += "\n";
    });
    lines.push(line);
    return false;
  });
  return lines.join("\n");
}

/**
 * The visible text of stored Markdown, as the DOCX shows it (one line a paragraph), for
 * "is this field empty?" checks, previews and tests. Matches `richtext::plain_text` in Rust.
 */
export function plainText(md: string): string {
  return docText(parseMarkdown(md));
}

/**
 * Plain text as stored Markdown that prints exactly what was typed: one paragraph a line,
 * and every character Markdown would read as formatting (`*all*`, `[x](url)`) escaped. For
 * the boxes that show no formatting, such as an item's text "as the report words it".
 * `plainText` of the result gives the text back, less blank lines and outer spaces.
 */
export function literalMarkdown(text: string): string {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length === 0) return "";
  const paragraphs = lines.map((line) => schema.node("paragraph", null, [schema.text(line)]));
  return serializeMarkdown(schema.node("doc", null, paragraphs));
}
