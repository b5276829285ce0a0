import { describe, expect, it } from "vitest";
import type { Node } from "prosemirror-model";
import {
  docText,
  literalMarkdown,
  parseMarkdown,
  plainText,
  schema,
  serializeMarkdown,
} from "./markdown";
import { fixture, sharedFixture, sharedPresent } from "../test-support/fixtures";

const roundTrip = (md: string) => serializeMarkdown(parseMarkdown(md));

/** Each run of text with the marks on it, block by block: what the officer sees. */
function runs(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.isText) {
      const marks = node.marks.map((m) =>
        m.type.name === "link" ? `link(${m.attrs.href})` : m.type.name,
      );
      out.push(marks.length ? `${node.text} [${marks.join(",")}]` : String(node.text));
    } else if (node.type.name === "hard_break") {
      out.push("<br>");
    } else {
      out.push(`<${node.type.name}${node.attrs.order ? ` ${node.attrs.order}` : ""}>`);
    }
    return true;
  });
  return out;
}

// How each kind of Markdown is read and written back is in the corpus that the core runs
// too: tests/fixtures/markdown/cases.json (markdownCorpus.test.ts).

describe("parseMarkdown", () => {
  it("reads bold, italic and their nesting as marks", () => {
    expect(runs(parseMarkdown("*a **b** c* and ***d***"))).toEqual([
      "<paragraph>",
      "a  [em]",
      "b [em,strong]",
      " c [em]",
      " and ",
      "d [em,strong]",
    ]);
  });

  it("reads lists, their first number and quotes", () => {
    const doc = parseMarkdown("3. c\n4. d\n\n- e\n\n> *q*");
    expect(runs(doc)).toEqual([
      "<ordered_list 3>",
      "<list_item>",
      "<paragraph>",
      "c",
      "<list_item>",
      "<paragraph>",
      "d",
      "<bullet_list>",
      "<list_item>",
      "<paragraph>",
      "e",
      "<blockquote>",
      "<paragraph>",
      "q [em]",
    ]);
  });

  it("reads links and hard breaks", () => {
    expect(runs(parseMarkdown("[r](https://x.org/a) b\\\nc"))).toEqual([
      "<paragraph>",
      "r [link(https://x.org/a)]",
      " b",
      "<br>",
      "c",
    ]);
  });

  it("reads a link to any address as a link, never as brackets on screen", () => {
    const md = "See [bad link](javascript:alert(1)) and [file](file:///C:/x.docx).";
    expect(runs(parseMarkdown(md))).toEqual([
      "<paragraph>",
      "See ",
      "bad link [link(javascript:alert(1))]",
      " and ",
      "file [link(file:///C:/x.docx)]",
      ".",
    ]);
    expect(plainText(md)).toBe("See bad link and file.");
  });

  it("keeps what is outside the subset as the text that was typed", () => {
    const text = plainText(
      "# Not a heading\n\n```\ncode\n```\n\nuse `x` and <b>y</b> ![logo](a.png)\n\n---",
    );
    expect(text).toBe("# Not a heading\n```\ncode\n```\nuse `x` and <b>y</b> ![logo](a.png)\n---");
    expect(parseMarkdown("`*x*`").firstChild?.firstChild?.marks).toEqual([]);
  });

  it("gives an empty paragraph for empty text", () => {
    expect(parseMarkdown("").toString()).toBe("doc(paragraph)");
    expect(roundTrip("")).toBe("");
    expect(roundTrip("\n\n  \n")).toBe("");
  });
});

describe("serializeMarkdown", () => {
  const p = (...content: Node[]) => schema.node("paragraph", null, content);
  const t = (text: string) => schema.text(text);
  const br = () => schema.node("hard_break");

  it("escapes what would start a block at the start of every line", () => {
    const starts = ["- b", "+ c", "# d", "1. e", "2) f", "> g", "===", "***", "___", "```", "<i>"];
    const doc = schema.node("doc", null, [
      p(t("a"), ...starts.flatMap((s) => [br(), t(s)])),
      ...starts.map((s) => p(t(s))),
    ]);
    const md = serializeMarkdown(doc);
    expect(parseMarkdown(md).eq(doc)).toBe(true);
    expect(docText(parseMarkdown(md))).toBe(docText(doc));
  });

  it("writes marks and links the subset's way", () => {
    const strong = schema.marks.strong.create();
    const em = schema.marks.em.create();
    const link = schema.marks.link.create({ href: "https://example.org/a b(c)" });
    const doc = schema.node("doc", null, [
      p(t("a "), schema.text("bold", [strong]), t(" "), schema.text("it", [em])),
      p(schema.text("link", [link])),
    ]);
    const md = serializeMarkdown(doc);
    expect(md).toBe("a **bold** *it*\n\n[link](https://example.org/a%20b\\(c\\))");
    expect(runs(parseMarkdown(md))).toEqual([
      "<paragraph>",
      "a ",
      "bold [strong]",
      " ",
      "it [em]",
      "<paragraph>",
      "link [link(https://example.org/a%20b(c))]",
    ]);
  });

  it("moves spaces out of bold and italic, where CommonMark needs them", () => {
    const strong = schema.marks.strong.create();
    const doc = schema.node("doc", null, [p(t("a"), schema.text(" b ", [strong]), t("c"))]);
    expect(serializeMarkdown(doc)).toBe("a **b** c");
  });

  it("writes numbered lists from their first number", () => {
    const item = (s: string) => schema.node("list_item", null, [p(t(s))]);
    const list = schema.node("ordered_list", { order: 3 }, [item("c"), item("d")]);
    expect(serializeMarkdown(schema.node("doc", null, [list]))).toBe("3. c\n4. d");
  });

  it("leaves out a break at the end of a paragraph", () => {
    expect(serializeMarkdown(schema.node("doc", null, [p(t("a"), br())]))).toBe("a");
  });

  it("closes bold before two breaks typed in it, when the text after is not bold", () => {
    // Shift+Enter twice in bold text gives two bold breaks; the text after is typed plain.
    const strong = [schema.marks.strong.create()];
    const bold = (...content: Node[]) => content.map((n) => n.mark(strong));
    const doc = schema.node("doc", null, [p(...bold(t("a"), br(), br()), t("b"))]);
    const md = serializeMarkdown(doc);
    expect(md).toBe("**a**\\\n\\\nb");
    expect(runs(parseMarkdown(md))).toEqual(["<paragraph>", "a [strong]", "<br>", "<br>", "b"]);
  });
});

describe("documents the editor can make", () => {
  /** A small seeded generator (mulberry32), so a failure names a case that can be rerun. */
  function random(seed: number) {
    return (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
  }

  /** Each visible character with its marks, paragraph by paragraph: what the DOCX shows. */
  function shown(doc: Node): string {
    const out: string[] = [];
    doc.descendants((node) => {
      if (node.isTextblock && /\S/.test(node.textContent)) out.push("¶");
      for (const c of node.isText ? (node.text ?? "") : "") {
        if (/\S/.test(c))
          out.push(
            c + node.marks.map((m) => (m.attrs.href as string | undefined) ?? m.type.name).join(),
          );
      }
      return true;
    });
    return out.join(" ");
  }

  it("keeps the text and formatting of 3,000 generated documents", { timeout: 30_000 }, () => {
    const rnd = random(2024);
    const pick = <T>(list: readonly T[]) => list[rnd(list.length)];
    const words = ["the", "Constabulary", "2024", "snake_case", "£5", "9.1%", "HMICFRS's", "مرحبا"];
    const marks = [" ", " ", ", ", ". ", ": ", "'", '"', "(", ")", " – ", "-", "&", "/", "*"];
    const more = ["_", "#", "> ", "1. ", "- ", "+ ", "`", "[", "]", "<", "\\", "!", "=", "😀"];
    const text = () =>
      Array.from({ length: 1 + rnd(5) }, () => pick(rnd(2) ? words : [...marks, ...more])).join("");
    const inline = () =>
      Array.from({ length: 1 + rnd(4) }, (_, i) => {
        if (i && !rnd(8)) return schema.node("hard_break");
        const on = [];
        if (!rnd(3)) on.push(schema.marks.strong.create());
        if (!rnd(3)) on.push(schema.marks.em.create());
        if (!rnd(6)) on.push(schema.marks.link.create({ href: "https://example.org/r" }));
        return schema.text(text(), on);
      });
    const block = (depth: number): Node => {
      const kind = depth > 1 ? 0 : rnd(5);
      if (kind <= 1) return schema.node("paragraph", null, inline());
      if (kind === 2) return schema.node("blockquote", null, [block(depth + 1)]);
      const items = Array.from({ length: 1 + rnd(3) }, () =>
        schema.node("list_item", null, [
          schema.node("paragraph", null, inline()),
          ...(rnd(3) ? [] : [block(depth + 1)]),
        ]),
      );
      return kind === 3
        ? schema.node("bullet_list", null, items)
        : schema.node("ordered_list", { order: 1 + rnd(4) }, items);
    };
    const failures: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const doc = schema.node(
        "doc",
        null,
        Array.from({ length: 1 + rnd(3) }, () => block(0)),
      );
      const md = serializeMarkdown(doc);
      const again = roundTrip(md);
      if (shown(parseMarkdown(md)) !== shown(doc) || roundTrip(again) !== again) {
        failures.push(JSON.stringify(md));
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

/** Each text field of a response round trips without a change: it is written in the subset. */
function roundTripsEachField(file: () => string) {
  const fields = ["key_findings", "chief_constable_response", "pcc_response"] as const;
  for (const field of fields) {
    it(`round trips ${field} without changing its text`, () => {
      const md = (JSON.parse(file()) as Record<string, string>)[field];
      expect(md.length).toBeGreaterThan(500);
      const once = roundTrip(md);
      expect(plainText(once)).toBe(plainText(md));
      expect(runs(parseMarkdown(once))).toEqual(runs(parseMarkdown(md)));
      expect(roundTrip(once)).toBe(once);
      // Written in the subset already, so nothing needs rewriting.
      expect(once).toBe(md);
    });
  }
}

describe("the Exampleshire 2025 PEEL response", () => {
  roundTripsEachField(() => fixture("exampleshire-2025-response.pccr"));
});

describe.skipIf(!sharedPresent)("the real 2024 PEEL response (acceptance)", () => {
  roundTripsEachField(() => sharedFixture("peel-2024-response.json"));
});

describe("literalMarkdown", () => {
  it("keeps Markdown characters typed in a plain box as they were typed", () => {
    for (const typed of [
      "Improve *all* of it",
      "See [x](https://example.org) and **this**",
      "1. Not a list",
      "- not a bullet",
      "> not a quote",
      "_under_ and `code` and # hash",
      "Cost £5 & 10% <b>",
    ]) {
      const md = literalMarkdown(typed);
      expect(plainText(md), md).toBe(typed);
      // Nothing in it is formatting: no marks, no lists, no links.
      const doc = parseMarkdown(md);
      expect(doc.childCount).toBe(1);
      expect(doc.firstChild?.type.name).toBe("paragraph");
      doc.descendants((n) => {
        expect(n.marks).toEqual([]);
      });
    }
  });

  it("makes one paragraph a line and drops blank lines", () => {
    expect(plainText(literalMarkdown("first\r\n\n  second  \n"))).toBe("first\nsecond");
    expect(literalMarkdown("  \n ")).toBe("");
  });
});
