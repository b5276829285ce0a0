// Which links a text field keeps. The core alone decides which addresses may be links
// (`resolveLinks`): web and email addresses stay, a bare domain gains `https://`, and
// anything else (javascript:, file:, data:, a path) keeps its words as plain text. The
// editor asks it about every link it reads from Markdown or takes from a paste, and here puts
// the answers into the document.

import type { Node } from "prosemirror-model";
import type { EditorState, Transaction } from "prosemirror-state";
import { errorMessage, resolveLinks } from "../../api";
import { schema } from "./markdown";

const { link } = schema.marks;

/** A transaction that only puts the core's answers about links into the document. */
export const LINKS_RESOLVED = "linksResolved";

/** Each link's address in the document, once each, in order. */
export function linkHrefs(doc: Node): string[] {
  const hrefs = new Set<string>();
  doc.descendants((node) => {
    const mark = link.isInSet(node.marks);
    if (mark) hrefs.add(String(mark.attrs.href));
    return true;
  });
  return [...hrefs];
}

/** The core's answer for each address: the address to use, or null for plain text. */
export async function askCore(hrefs: string[]): Promise<Map<string, string | null>> {
  const answers = await resolveLinks(hrefs);
  return new Map(hrefs.map((href, i) => [href, answers[i] ?? null]));
}

/**
 * A transaction that gives each link in `state` the address the core answered for it, or
 * takes the link off (keeping the words) where the core refused it; null when nothing
 * changes. It finds links by address in the document as it is now, so text typed while the
 * core was asked is kept; it is left out of the undo history.
 */
export function settleLinks(
  state: EditorState,
  answers: ReadonlyMap<string, string | null>,
): Transaction | null {
  const tr = state.tr;
  state.doc.descendants((node, pos) => {
    const mark = link.isInSet(node.marks);
    if (!mark || !node.isText) return true;
    const href = String(mark.attrs.href);
    if (!answers.has(href)) return false;
    const to = answers.get(href);
    const end = pos + node.nodeSize;
    if (to === null || to === undefined) {
      tr.removeMark(pos, end, link);
    } else if (to !== href) {
      tr.removeMark(pos, end, link).addMark(pos, end, link.create({ href: to }));
    }
    return false;
  });
  if (!tr.docChanged) return null;
  return tr.setMeta("addToHistory", false).setMeta(LINKS_RESOLVED, true);
}

/** The part of an editor view that settling its links needs. */
export interface FieldView {
  readonly state: EditorState;
  dispatch(tr: Transaction): void;
}

/**
 * The links of one text field: each address is asked about once, and addresses the core gave
 * back are not asked about again.
 */
export class FieldLinks {
  private kept = new Set<string>();
  private asking = new Set<string>();

  /** Marks an address as one the core has given (the link dialog's answer). */
  keep(href: string): void {
    this.kept.add(href);
  }

  /**
   * Asks the core about each address in the field not asked about yet, then puts its answers
   * into the field as it is by then, if `current()` is still the same view. Gives the
   * addresses refused, for the notice; none when the core could not be asked (the links stay,
   * and the core checks every link again when it prints).
   */
  async settle(current: () => FieldView | null): Promise<string[]> {
    const view = current();
    if (!view) return [];
    const hrefs = linkHrefs(view.state.doc).filter((h) => !this.kept.has(h) && !this.asking.has(h));
    if (!hrefs.length) return [];
    for (const h of hrefs) this.asking.add(h);
    let answers: Map<string, string | null>;
    try {
      answers = await askCore(hrefs);
    } catch {
      return [];
    } finally {
      for (const h of hrefs) this.asking.delete(h);
    }
    for (const to of answers.values()) if (to !== null) this.kept.add(to);
    if (current() !== view) return [];
    const tr = settleLinks(view.state, answers);
    if (tr) view.dispatch(tr);
    return hrefs.filter((h) => answers.get(h) === null);
  }
}

/**
 * The address to link to from what the officer typed in the link dialog, as the core has it,
 * or what to tell the officer instead.
 */
export async function addressFor(typed: string): Promise<{ href: string } | { error: string }> {
  const text = typed.trim();
  if (!text) {
    return {
      error: "Type the address the link goes to, such as https://www.justiceinspectorates.gov.uk.",
    };
  }
  try {
    const [href] = await resolveLinks([text]);
    return href ? { href } : { error: REFUSED_ADDRESS };
  } catch (e) {
    return { error: `Could not check the address. ${errorMessage(e)}` };
  }
}

/** The notice for links turned into plain text: 'A link to “javascript:alert(1)” cannot...'. */
export function refusedNotice(hrefs: readonly string[]): string {
  const quoted = hrefs.map((h) => `“${h.length > 80 ? `${h.slice(0, 77)}…` : h}”`);
  if (quoted.length === 1) {
    return `A link to ${quoted[0]} cannot work in a document, so it was kept as plain text.`;
  }
  const list = `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
  return `Links to ${list} cannot work in a document, so they were kept as plain text.`;
}

/** What the link dialog says when the core refuses the address typed. */
export const REFUSED_ADDRESS =
  "Only web addresses (https://…) and email addresses (mailto:…) can be links. Check the " +
  "address, such as https://www.justiceinspectorates.gov.uk, or leave the words without a link.";
