// Writes a text field's document as CommonMark in exactly the rich-text subset of
// docs/response-file.md, so that pulldown-cmark (the DOCX) and markdown-it (the editor)
// both read back the same document.
//
// prosemirror-markdown writes the blocks (quotes, lists, the blank lines between), through
// its public API only. Each paragraph's text is written here, into a string of its own, so
// that what comes before a `*` can be looked at and changed: `- ` bullets and `1. ` numbers
// only, escapes at the start of every line (not just the first), `&`, `<` and `![` that
// would otherwise mean something, and bold and italic whose `*` sits next to punctuation,
// where CommonMark's flanking rules need an entity (`&#233;`) or the `_` form to read them
// as intended.

import { MarkdownSerializer, type MarkdownSerializerState } from "prosemirror-markdown";
import { Mark, type Node } from "prosemirror-model";

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

/** Bold and italic cannot start or end with a space: it is written outside them. */
const expels = (mark: Mark) => mark.type.name !== "link";

/**
 * The Markdown of one paragraph's text, marks, links and hard breaks. Which marks open and
 * close where follows prosemirror-markdown's own `renderInline` (1.13), so the output is
 * what the library would write, with this module's choices of delimiters and escapes.
 */
class InlineWriter {
  /** What is written so far; a hard break is `\` and a new line, without the line's marks. */
  out = "";
  /** Writing the text of an autolink (`<https://...>`), which is not escaped. */
  private autolink = false;
  /** The delimiter each open bold or italic mark was opened with. */
  private readonly family = new Map<string, "*" | "_">();
  /** Where the last run of closing delimiters ended in `out`. */
  private closeEnd = -1;
  /** That run only closes if what follows it is a space or punctuation. */
  private closeNeedsPunct = false;
  /** Where the current line's text begins in `out`. */
  private lineStart = 0;

  constructor(private readonly parent: Node) {}

  /** The paragraph's Markdown, without the spaces at its end, which are dropped when read. */
  write(): string {
    const parent = this.parent;
    const active: Mark[] = [];
    let trailing = "";
    const progress = (from: Node | null, index: number) => {
      let node = from;
      let marks: readonly Mark[] = node ? node.marks : [];
      // A hard break keeps only the marks that go on, through any breaks after it, to text:
      // one that closed just after a new line would not close.
      if (node?.type.name === "hard_break") {
        marks = marks.filter((m) => continuesToText(parent, index + 1, m));
      }
      const len = marks.length;
      // Put marks already open first, in the order they were opened: bold and italic may
      // close in either order.
      outer: for (let i = 0; i < len; i++) {
        const mark = marks[i];
        for (let j = 0; j < active.length; j++) {
          if (!mark.eq(active[j])) continue;
          if (i > j) {
            marks = [...marks.slice(0, j), mark, ...marks.slice(j, i), ...marks.slice(i + 1, len)];
          } else if (j > i) {
            marks = [...marks.slice(0, i), ...marks.slice(i + 1, j), mark, ...marks.slice(j, len)];
          }
          continue outer;
        }
      }
      let keep = 0;
      while (keep < Math.min(active.length, len) && marks[keep].eq(active[keep])) ++keep;
      let leading = trailing;
      trailing = "";
      if (
        node?.isText &&
        marks.some((mark) => expels(mark) && !active.some((m, i) => i < keep && m.eq(mark)))
      ) {
        const [, lead, rest] = /^(\s*)(.*)$/m.exec(node.text ?? "") ?? [];
        if (lead) {
          leading += lead;
          node = rest ? node.type.schema.text(rest, node.marks) : null;
          if (!node) marks = active;
        }
      }
      if (
        node?.isText &&
        marks.some((mark, i) => expels(mark) && !this.marksAhead(index + 1, marks.slice(0, i + 1)))
      ) {
        const [, rest, trail] = /^(.*?)(\s*)$/m.exec(node.text ?? "") ?? [];
        if (trail) {
          trailing = trail;
          node = rest ? node.type.schema.text(rest, node.marks) : null;
          if (!node) marks = active;
        }
      }
      if (node || index === parent.childCount) {
        while (keep < active.length) this.append(this.close(active.pop() as Mark));
      }
      // A new line in the text is a space, as in `text`.
      this.out += leading.replace(/\r\n?|\n/g, " ");
      if (node) {
        while (active.length < len) {
          const add = marks[active.length];
          active.push(add);
          this.append(this.open(add, index));
        }
        if (node.isText) this.text(node, index);
        else this.hardBreak(index);
      }
    };
    parent.forEach((child, _offset, index) => progress(child, index));
    progress(null, parent.childCount);
    return this.out.replace(/[ \t]*$/, "");
  }

  /** Adds `markdown` to `out`, once `open` or `close` may have changed what is there. */
  private append(markdown: string): void {
    this.out += markdown;
  }

  /** Whether the node at `index`, or after the hard breaks there, has `marks` first. */
  private marksAhead(index: number, marks: readonly Mark[]): boolean {
    // As the library does, the node after each hard break is passed over too: this decides
    // only where spaces go.
    for (; ; index++) {
      if (index >= this.parent.childCount) return false;
      const next = this.parent.child(index);
      if (next.type.name !== "hard_break") {
        return (
          next.marks.length >= marks.length &&
          Mark.sameSet(next.marks.slice(0, marks.length), marks)
        );
      }
      index++;
    }
  }

  /**
   * True when `out` is at the start of a line's text. Spaces written there (moved out of
   * bold or italic) are removed: CommonMark drops them, and four would be code.
   */
  private atLineStart(): boolean {
    if (this.out.length < this.lineStart) return false;
    if (!/^[ \t]*$/.test(this.out.slice(this.lineStart))) return false;
    this.out = this.out.slice(0, this.lineStart);
    return true;
  }

  private open(mark: Mark, index: number): string {
    if (mark.type.name !== "link") return this.openEmphasis(mark, index);
    this.atLineStart();
    if (isAutolink(mark, this.parent, index)) {
      this.autolink = true;
      return "<";
    }
    return "[";
  }

  private close(mark: Mark): string {
    if (mark.type.name !== "link") return this.closeEmphasis(mark);
    if (this.autolink) {
      this.autolink = false;
      return ">";
    }
    return `](${destination(String(mark.attrs.href))})`;
  }

  /** Opens bold (`**`) or italic (`*`) so that CommonMark reads it as opening. */
  private openEmphasis(mark: Mark, index: number): string {
    this.atLineStart();
    const node = this.parent.child(index);
    const next = node.isText ? firstChar(escapeText((node.text ?? "").trimStart(), false)) : "\\";
    let prev = lastChar(this.out);
    const starOpen = [...this.family.values()].includes("*");
    let family: "*" | "_" = "*";
    if (this.out.length === this.closeEnd && this.out.endsWith("*")) {
      // Right after a closing `*`, another `*` would join its run.
      family = "_";
    } else {
      // `word**"quoted"**` would not open, and inside italic `a**b**` could close it: write
      // the letter before as `&#...;`, which counts as punctuation.
      if (prev && !isSpace(prev) && !surePunct(prev) && (maybePunct(next) || starOpen)) {
        this.out = this.out.slice(0, this.out.length - prev.length) + entity(prev);
        prev = ";";
      }
      // Between punctuation a `*` could close an enclosing `*` too: use `_`.
      if (starOpen && !isSpace(prev) && maybePunct(next)) family = "_";
    }
    this.family.set(mark.type.name, family);
    return family.repeat(size(mark));
  }

  /** Closes bold or italic, noting whether what follows must be punctuation or a space. */
  private closeEmphasis(mark: Mark): string {
    const family = this.family.get(mark.type.name) ?? "*";
    this.family.delete(mark.type.name);
    const delimiter = family.repeat(size(mark));
    // Spaces that could not be moved out (the mark goes on after a link) go after it.
    const spaces = /[ \t]+$/.exec(this.out)?.[0] ?? "";
    if (spaces && this.out.length !== this.closeEnd) this.out = this.out.slice(0, -spaces.length);
    const joinsRun = this.out.length === this.closeEnd;
    const needsPunct = family === "_" || maybePunct(lastChar(this.out));
    this.closeNeedsPunct = (joinsRun && this.closeNeedsPunct) || needsPunct;
    this.closeEnd = spaces ? -1 : this.out.length + delimiter.length;
    return delimiter + spaces;
  }

  private text(node: Node, index: number): void {
    const text = (node.text ?? "").replace(/\r\n?|\n/g, " ");
    if (this.autolink) {
      this.out += text;
      return;
    }
    let out = escapeText(text, this.atLineStart());
    const parent = this.parent;
    const next = index + 1 < parent.childCount ? parent.child(index + 1) : null;
    if (out.endsWith("!") && next && hasLink(next) && !hasLink(node)) {
      out = out.slice(0, -1) + "\\!"; // `![` would start an image
    }
    const first = firstChar(out);
    const afterClose = this.out.length === this.closeEnd && this.closeNeedsPunct;
    if (afterClose && first && !isSpace(first) && !surePunct(first)) {
      // `**"quoted"**s` would not close: write the letter after as `&#...;` instead.
      out = entity(first) + out.slice(first.length);
    }
    this.out += out;
  }

  private hardBreak(index: number): void {
    // A break with no text after it means nothing in CommonMark: leave it out.
    for (let i = index + 1; i < this.parent.childCount; i++) {
      if (/\S/.test(this.parent.child(i).text ?? "")) {
        this.atLineStart();
        this.out += "\\\n";
        this.lineStart = this.out.length;
        return;
      }
    }
  }
}

/** Whether `mark` is on every node from `index` to the next text, and on that text. */
function continuesToText(parent: Node, index: number, mark: Mark): boolean {
  for (let i = index; i < parent.childCount; i++) {
    const next = parent.child(i);
    if (!mark.isInSet(next.marks)) return false;
    if (next.isText) return /\S/.test(next.text ?? "");
  }
  return false;
}

const size = (mark: Mark) => (mark.type.name === "strong" ? 2 : 1);

/** The tightness of each list being written, innermost last, for each serialization. */
const openLists = new WeakMap<MarkdownSerializerState, boolean[]>();

/** Writes a list: separate from a list of its kind just before it, and from a paragraph. */
function writeList(
  state: MarkdownSerializerState,
  node: Node,
  parent: Node,
  index: number,
  marker: (i: number, other: boolean) => string,
) {
  const other = index > 0 && parent.child(index - 1).type === node.type;
  let lists = openLists.get(state);
  if (!lists) openLists.set(state, (lists = []));
  const first = node.firstChild?.firstChild;
  const interrupts = node.attrs.order === undefined || node.attrs.order === 1;
  if (index > 0 && lists.at(-1) && (!interrupts || !first || isBlank(first))) {
    // Only a list from 1 with text in its first item may follow a line of text directly;
    // anything else would be read as more of that text, so leave a blank line: writing
    // closes the block before with one.
    state.write();
  }
  const width = marker(node.childCount - 1, other).length;
  lists.push(node.attrs.tight !== false);
  state.renderList(node, " ".repeat(width), (i) => marker(i, other));
  lists.pop();
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
      // Written as it is, but for the quote marks or indent the library puts before each
      // line after a hard break.
      if (node.content.size) state.text(new InlineWriter(node).write(), false);
      state.closeBlock(node);
    },
  },
  // Text, its marks and hard breaks are the paragraph's to write.
  {},
);

/** Writes a document (of the `markdown.ts` schema) as Markdown in the rich-text subset. */
export function writeMarkdown(doc: Node): string {
  return serializer.serialize(doc, { tightLists: true });
}
