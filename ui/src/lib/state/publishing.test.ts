import { afterEach, describe, expect, it } from "vitest";
import { STATUSES } from "../../bindings";
import { clearMocks, mockCommands, refusal } from "../test-support/mockCommands";
import { CAN_BE_SIGNED, EXPORTS, copyHtml, exportAs, maySign } from "./publishing";

const written = { path: "/home/officer/PEEL 2025 - 1 Dec 2025.html", token: 7 };
const exported = {
  file: written,
  problems: [{ section: "letter", field: "letter.date", message: "x", severity: "error" }],
};

describe("the Review step's exports", () => {
  afterEach(() => clearMocks());

  it("asks for the signature only of the published forms, never of the Word document", async () => {
    const sent = mockCommands({
      export_docx: () => exported,
      export_html: () => exported,
      export_pdf: () => exported,
      export_response: () => written,
    });
    for (const { kind } of EXPORTS) await exportAs(kind, 3, true);
    expect(sent).toEqual([
      { cmd: "export_docx", args: { id: 3 } },
      { cmd: "export_html", args: { id: 3, signed: true } },
      { cmd: "export_pdf", args: { id: 3, signed: true } },
      { cmd: "export_response", args: { id: 3 } },
    ]);
    expect(EXPORTS.filter((e) => CAN_BE_SIGNED[e.kind]).map((e) => e.kind)).toEqual([
      "html",
      "pdf",
    ]);
  });

  it("gives the file and how many problems it was made with; null when cancelled", async () => {
    mockCommands({ export_pdf: () => exported, export_html: () => null });
    expect(await exportAs("pdf", 3, false)).toEqual({ kind: "pdf", file: written, problems: 1 });
    expect(await exportAs("html", 3, false)).toBeNull();
  });

  it("passes the core's refusal on in its own words", async () => {
    const why = refusal("invalid", "Mark the response Signed first.", "signed");
    mockCommands({
      export_html: () => {
        throw why;
      },
    });
    await expect(exportAs("html", 3, true)).rejects.toEqual(why);
  });

  it("offers the signature for the statuses the core names: Signed and Published", () => {
    expect(STATUSES.filter((s) => maySign(s.value)).map((s) => s.value)).toEqual([
      "signed",
      "published",
    ]);
  });
});

describe("Copy HTML", () => {
  afterEach(() => clearMocks());
  const html = "<h1>PEEL 2025: An inspection of Exampleshire Police</h1>";

  it("puts the core's HTML on the clipboard", async () => {
    const sent = mockCommands({ website_html: () => html });
    const clipboard: string[] = [];
    const done = await copyHtml(4, true, async (text) => {
      clipboard.push(text);
    });
    expect(done).toEqual({ copied: true, html });
    expect(clipboard).toEqual([html]);
    expect(sent).toEqual([{ cmd: "website_html", args: { id: 4, signed: true } }]);
  });

  it("gives the HTML back to be selected when the clipboard refuses, or is missing", async () => {
    mockCommands({ website_html: () => html });
    const refuses = () => Promise.reject(new DOMException("Not allowed", "NotAllowedError"));
    expect(await copyHtml(4, false, refuses)).toEqual({ copied: false, html });
    const missing = () => {
      throw new TypeError("navigator.clipboard is undefined");
    };
    expect(await copyHtml(4, false, missing)).toEqual({ copied: false, html });
  });

  it("copies nothing when the core refuses", async () => {
    const why = refusal("invalid", "The office has no signature.", "office.signature");
    mockCommands({
      website_html: () => {
        throw why;
      },
    });
    let wrote = false;
    await expect(
      copyHtml(4, true, async () => {
        wrote = true;
      }),
    ).rejects.toEqual(why);
    expect(wrote).toBe(false);
  });
});
