// Writes a text field's document as CommonMark in exactly FORMAT.md's subset, so that
// pulldown-cmark (the DOCX) and markdown-it (the editor) both read back the same document.
//
// prosemirror-markdown does most of the work; this module adds what its default writer
// leaves to chance: `- ` bullets and `1. ` numbers only, escapes at the start of every line
// (not just the first), `&`, `<` and `![` that would otherwise mean something, and bold and
// italic whose `*` sits next to punctuation, where CommonMark's flanking rules need an
// entity (`&#233;`) or the `_` form to read them as intended.

import { MarkdownSerializer, type MarkdownSerializerState } from "prosemirror-markdown";
import type { Mark, Node } from "prosemirror-model";

/** Serializer state the library keeps private but relies on in its own source. */
interface StateInternals {
  out: string;
  inTightList: boolean;
  flushClose(size?: number): void;
}

/** What this module tracks while one document is written. */
interface Writing {
  /** Writing the text of an autolink (`<https://...>`), which is not escaped. */
  autolink: boolean;
  /** The delimiter each open bold or italic mark was opened with. */
  family: Map<string, "*" | "_">;
  /** Where the last run of closing delimiters ended in the output. */
  closeEnd: number;
  /** That run only closes if what follows it is a space or punctuation. */
  closeNeedsPunct: boolean;
  /** Where the current line's text begins in the output, after any `> ` or list indent. */
  lineStart: number;
}

const writings = new WeakMap<MarkdownSerializerState, Writing>();

function writing(state: MarkdownSerializerState): Writing {
  let w = writings.get(state);
  if (!w) {
    w = {
      autolink: false,
      family: new Map(),
      closeEnd: -1,
      closeNeedsPunct: false,
      lineStart: -1,
    };
    writings.set(state, w);
  }
  return w;
}

const internals = (state: MarkdownSerializerState) => state as unknown as StateInternals;

// CommonMark decides whether `*` opens or closes from the characters either side. Both
// parsers count ASCII and Unicode P as punctuation; Unicode symbols (S) only in newer ones.
const isSpace = (c: string | undefined) => c === undefined || /^\s$/u.test(c);
const surePunct = (c: string | undefined) => c !== undefined && /^[!-/:-@[-`{-~\p{P}]$/u.test(c);
const maybePunct = (c: string | undefined) =>
  c !== undefined && (surePunct(c) || /^\p{S}$/u.test(c));
const lastChar = (s: string) => /.$/su.exec(s)?.[0];
const firstChar = (s: string) => /^./su.exec(s)?.[0];
const entity = (c: string) => `&#${c.codePointAt(0)};`;

/** Escapes text so that CommonMark reads it back as the same characters. */
function escapeText(text: string, lineStart: boolean): string {
  let out = text.replace(/[\\`*~[\]_<&]/g, (c, i: number) => {
    switch (c) {
      case "_": {
        // Inside a word (snake_case) an underscore is never emphasis.
        const word = /[\p{L}\p{N}]/u;
        return i > 0 && word.test(text[i - 1]) && word.test(text[i + 1] ?? "") ? c : "\\_";
      }
      case "<":
        // Could open an autolink or inline HTML.
        return /\S/.test(text[i + 1] ?? "") ? "\\<" : c;
      case "&":
        // Could be read as an entity such as &amp; or &#32;.
        return /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);/.test(text.slice(i))
          ? "\\&"
          : c;
      default:
        return "\\" + c;
    }
  });
  if (lineStart) {
    // Leading spaces are not kept by CommonMark and four of them would start code.
    out = out.replace(/^[ \t]+/, "");
    out = out
      .replace(/^(#{1,6})(?=[ \t]|$)/, "\\$1")
      .replace(/^[-+>]/, "\\$&")
      .replace(/^=+[ \t]*$/, "\\$&")
      .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, "$1\\$2");
  }
  return out;
}

/**
 * True when the output is at the start of a line's text. Spaces written there (moved out of
 * bold or italic by the library) are removed: CommonMark drops them, and four would be code.
 */
function atLineStart(state: MarkdownSerializerState): boolean {
  const w = writing(state);
  const s = internals(state);
  if (w.lineStart < 0 || s.out.length < w.lineStart) return false;
  if (!/^[ \t]*$/.test(s.out.slice(w.lineStart))) return false;
  s.out = s.out.slice(0, w.lineStart);
  return true;
}

/** Opens bold (`**`) or italic (`*`) so that CommonMark reads it as opening. */
function openEmphasis(size: 1 | 2) {
  return (state: MarkdownSerializerState, mark: Mark, parent: Node, index: number) => {
    const w = writing(state);
    const s = internals(state);
    atLineStart(state);
    const node = parent.child(index);
    const next = node.isText ? firstChar(escapeText((node.text ?? "").trimStart(), false)) : "\\";
    let prev = lastChar(s.out);
    const starOpen = [...w.family.values()].includes("*");
    let family: "*" | "_" = "*";
    if (s.out.length === w.closeEnd && s.out.endsWith("*")) {
      // Right after a closing `*`, another `*` would join its run.
      family = "_";
    } else {
      // `word**"quoted"**` would not open, and inside italic `a**b**` could close it: write
      // the letter before as `&#...;`, which counts as punctuation.
      if (prev && !isSpace(prev) && !surePunct(prev) && (maybePunct(next) || starOpen)) {
        s.out = s.out.slice(0, s.out.length - prev.length) + entity(prev);
        prev = ";";
      }
      // Between punctuation a `*` could close an enclosing `*` too: use `_`.
      if (starOpen && !isSpace(prev) && maybePunct(next)) family = "_";
    }
    w.family.set(mark.type.name, family);
    return family.repeat(size);
  };
}

/** Closes bold or italic, noting whether what follows must be punctuation or a space. */
function closeEmphasis(size: 1 | 2) {
  return (state: MarkdownSerializerState, mark: Mark) => {
    const w = writing(state);
    const s = internals(state);
    const family = w.family.get(mark.type.name) ?? "*";
    w.family.delete(mark.type.name);
    const delimiter = family.repeat(size);
    // Spaces the library could not move out (the mark goes on after a link) go after it.
    const spaces = /[ \t]+$/.exec(s.out)?.[0] ?? "";
    if (spaces && s.out.length !== w.closeEnd) s.out = s.out.slice(0, -spaces.length);
    const joinsRun = s.out.length === w.closeEnd;
    const needsPunct = family === "_" || maybePunct(lastChar(s.out));
    w.closeNeedsPunct = (joinsRun && w.closeNeedsPunct) || needsPunct;
    w.closeEnd = spaces ? -1 : s.out.length + delimiter.length;
    return delimiter + spaces;
  };
}

/** A link destination that CommonMark reads back unchanged. */
function destination(href: string): string {
  return href.replace(/[\s<>]/g, encodeURIComponent).replace(/[()\\]/g, "\\$&");
}

/** `<https://...>` when the text is the address itself, as CommonMark writes it. */
function isAutolink(mark: Mark, parent: Node, index: number): boolean {
  const href = String(mark.attrs.href);
  const node = parent.child(index);
  if (!/^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/.test(href)) return false;
  if (!node.isText || node.text !== href || node.marks.length !== 1) return false;
  return index === parent.childCount - 1 || !mark.isInSet(parent.child(index + 1).marks);
}

const hasLink = (node: Node) => node.marks.some((m) => m.type.name === "link");

/** A paragraph that shows nothing: CommonMark would read its line as blank. */
const isBlank = (node: Node) => !/\S/.test(node.textContent);

/** Writes a list: separate from a list of its kind just before it, and from a paragraph. */
function writeList(
  state: MarkdownSerializerState,
  node: Node,
  parent: Node,
  index: number,
  marker: (i: number, other: boolean) => string,
) {
  const other = index > 0 && parent.child(index - 1).type === node.type;
  const s = internals(state);
  const first = node.firstChild?.firstChild;
  const interrupts = node.attrs.order === undefined || node.attrs.order === 1;
  if (index > 0 && s.inTightList && (!interrupts || !first || isBlank(first))) {
    // Only a list from 1 with text in its first item may follow a line of text directly;
    // anything else would be read as more of that text, so leave a blank line.
    s.flushClose(2);
  }
  const width = marker(node.childCount - 1, other).length;
  state.renderList(node, " ".repeat(width), (i) => marker(i, other));
}

const serializer = new MarkdownSerializer(
  {
    blockquote(state, node) {
      state.wrapBlock("> ", null, node, () => state.renderContent(node));
    },
    bullet_list(state, node, parent, index) {
      // Two bullet lists side by side need different markers, or they merge into one.
      writeList(state, node, parent, index, (_i, other) => (other ? "* " : "- "));
    },
    ordered_list(state, node, parent, index) {
      const start = Number(node.attrs.order);
      writeList(state, node, parent, index, (i, other) => `${start + i}${other ? ")" : "."} `);
    },
    list_item(state, node) {
      // An item that opens with a quote or a list holds an empty paragraph first (the schema
      // wants one); writing it would leave "- " alone on a line and end the item.
      const first = node.firstChild;
      if (node.childCount > 1 && first && isBlank(first)) {
        node.forEach((child, _offset, i) => {
          if (i > 0) state.render(child, node, i);
        });
      } else {
        state.renderContent(node);
      }
    },
    paragraph(state, node) {
      const s = internals(state);
      if (node.content.size) {
        state.write();
        writing(state).lineStart = s.out.length;
      }
      const start = s.out.length;
      state.renderInline(node);
      // Spaces at the end of a paragraph are dropped when it is read: drop them now.
      const end = /[ \t]*$/.exec(s.out.slice(start))?.[0].length ?? 0;
      s.out = s.out.slice(0, s.out.length - end);
      state.closeBlock(node);
    },
    hard_break(state, _node, parent, index) {
      // A break with no text after it means nothing in CommonMark: leave it out.
      for (let i = index + 1; i < parent.childCount; i++) {
        if (/\S/.test(parent.child(i).text ?? "")) {
          atLineStart(state);
          state.write("\\\n");
          state.write(); // the quote marks or indent of the next line
          writing(state).lineStart = internals(state).out.length;
          return;
        }
      }
    },
    text(state, node, parent, index) {
      const text = (node.text ?? "").replace(/\r\n?|\n/g, " ");
      const w = writing(state);
      const s = internals(state);
      if (w.autolink) {
        state.text(text, false);
        return;
      }
      let out = escapeText(text, atLineStart(state));
      const next = index + 1 < parent.childCount ? parent.child(index + 1) : null;
      if (out.endsWith("!") && next && hasLink(next) && !hasLink(node)) {
        out = out.slice(0, -1) + "\\!"; // `![` would start an image
      }
      const first = firstChar(out);
      const afterClose = s.out.length === w.closeEnd && w.closeNeedsPunct;
      if (afterClose && !isSpace(first) && !surePunct(first)) {
        // `**"quoted"**s` would not close: write the letter after as `&#...;` instead.
        out = entity(first!) + out.slice(first!.length);
      }
      state.text(out, false);
    },
  },
  {
    link: {
      open(state, mark, parent, index) {
        atLineStart(state);
        if (isAutolink(mark, parent, index)) {
          writing(state).autolink = true;
          return "<";
        }
        return "[";
      },
      close(state, mark) {
        const w = writing(state);
        if (w.autolink) {
          w.autolink = false;
          return ">";
        }
        return `](${destination(String(mark.attrs.href))})`;
      },
      mixable: true,
    },
    em: {
      open: openEmphasis(1),
      close: closeEmphasis(1),
      mixable: true,
      expelEnclosingWhitespace: true,
    },
    strong: {
      open: openEmphasis(2),
      close: closeEmphasis(2),
      mixable: true,
      expelEnclosingWhitespace: true,
    },
  },
);

/** Writes a document (of the `markdown.ts` schema) as Markdown in the FORMAT.md subset. */
export function writeMarkdown(doc: Node): string {
  return serializer.serialize(doc, { tightLists: true });
}
