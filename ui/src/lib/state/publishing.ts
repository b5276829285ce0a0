// The Review step's exports: the Word document to sign, the response file to pass on, and
// the published forms (the web page for the office's website, its HTML to paste into a web
// content system, and the tagged PDF). The commands are one call each over the core; what
// may be exported as signed, and why not, are the core's words, shown as they come.
import {
  exportDocx,
  exportHtml,
  exportPdf,
  exportResponse,
  websiteHtml,
  type Exported,
} from "../../api";
import { SIGNED_EXPORT_STATUSES, type ResponseId, type Status, type Written } from "../../bindings";

/** What can be exported to a file. */
export type ExportKind = "docx" | "html" | "pdf" | "file";

/** The buttons, in the order shown: the Word document to sign comes first. */
export const EXPORTS: readonly { kind: ExportKind; testid: string; label: string }[] = [
  { kind: "docx", testid: "export-docx", label: "Export Word document" },
  { kind: "html", testid: "export-html", label: "Export for the website (HTML)" },
  { kind: "pdf", testid: "export-pdf", label: "Export PDF" },
  { kind: "file", testid: "export-response-file", label: "Export response file" },
];

/** Which exports can carry the PCC's signature: the Word document is for signing. */
export const CAN_BE_SIGNED: Readonly<Record<ExportKind, boolean>> = {
  docx: false,
  html: true,
  pdf: true,
  file: false,
};

/** The words before the file's path once it is written. */
export const SAVED_TO: Readonly<Record<ExportKind, string>> = {
  docx: "Word document saved to",
  html: "Web page saved to",
  pdf: "PDF saved to",
  file: "Response file saved to",
};

/** A file written, and how many of the checks' problems it was made with. */
export interface ExportDone {
  kind: ExportKind;
  file: Written;
  problems: number;
}

/**
 * Whether a response in `status` may be exported "as signed", by the core's rule (the
 * statuses it accepts, from the bindings); the office must also hold a signature, which the
 * core says when it refuses.
 */
export function maySign(status: Status): boolean {
  return SIGNED_EXPORT_STATUSES.includes(status);
}

/**
 * Exports response `id` as `kind` through the native save dialog, `signed` when it is one
 * of the published forms and may carry the signature; null when the officer cancels.
 * Rejects with the core's refusal.
 */
export async function exportAs(
  kind: ExportKind,
  id: ResponseId,
  signed: boolean,
): Promise<ExportDone | null> {
  const asSigned = signed && CAN_BE_SIGNED[kind];
  const done = (exported: Exported | null) =>
    exported && { kind, file: exported.file, problems: exported.problems.length };
  switch (kind) {
    case "docx":
      return done(await exportDocx(id));
    case "html":
      return done(await exportHtml(id, asSigned));
    case "pdf":
      return done(await exportPdf(id, asSigned));
    case "file": {
      const file = await exportResponse(id);
      return file && { kind, file, problems: 0 };
    }
  }
}

/** What "Copy HTML" did: copied, or the HTML to select and copy by hand. */
export type Copied = { copied: true; html: string } | { copied: false; html: string };

/** Said when the HTML is on the clipboard. */
export const COPIED = "Copied the HTML to the clipboard: paste it into the website's editor.";
/** Said when the clipboard would not take it, above the HTML shown to select. */
export const NOT_COPIED =
  "The clipboard would not take the HTML. Select it below (Select all) and copy it instead.";

/**
 * The response's HTML for pasting into a web content system, put on the clipboard by
 * `write` (the browser's clipboard by default). When the clipboard refuses, the HTML is
 * given back for the window to show. Rejects with the core's refusal.
 */
export async function copyHtml(
  id: ResponseId,
  signed: boolean,
  write: (text: string) => Promise<void> = (text) => navigator.clipboard.writeText(text),
): Promise<Copied> {
  const html = await websiteHtml(id, signed);
  try {
    await write(html);
    return { copied: true, html };
  } catch {
    return { copied: false, html };
  }
}
