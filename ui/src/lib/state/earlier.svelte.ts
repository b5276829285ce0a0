// "Earlier responses like this" under a field or an item: the fields and items of past
// responses most like its text, which the core ranks. The core is asked when the panel opens
// and on "Search again", never as the officer types.
import { earlierLike, type EarlierText, type ResponseId } from "../../api";
import { plainText } from "../editor/markdown";
import { reusable } from "../words/search";
import { isBlank, titleOf } from "../words/text";
import { showError } from "./notices.svelte";

export class EarlierSearch {
  /** Whether the panel is open. */
  open = $state(false);
  /** What the core found, best first; null until it answers, or when there was no text. */
  found = $state<EarlierText[] | null>(null);
  /** The core is being asked. */
  asking = $state(false);
  /** The text was blank when asked: there was nothing to look for. */
  blank = $state(false);
  /** What was just done ("Copied to the clipboard."), for the panel's live region. */
  said = $state("");

  /** Counts the questions: an answer to an earlier one is dropped. */
  #asks = 0;

  /** Opens the panel and asks for what is like `markdown`, or closes it. */
  async toggle(markdown: string, exclude: ResponseId | null): Promise<void> {
    this.open = !this.open;
    if (this.open) return this.ask(markdown, exclude);
    this.#asks++;
    this.asking = false;
  }

  /** Asks the core for the earlier texts like `markdown`; the response `exclude` is left out. */
  async ask(markdown: string, exclude: ResponseId | null): Promise<void> {
    const asked = ++this.#asks;
    const text = isBlank(markdown) ? "" : plainText(markdown).trim();
    this.said = "";
    this.found = null;
    this.blank = text === "";
    this.asking = !this.blank;
    if (this.blank) return;
    try {
      const found = await earlierLike(text, exclude);
      if (asked === this.#asks) this.found = found;
    } catch (e) {
      if (asked === this.#asks) showError("Could not look for earlier responses", e);
    } finally {
      if (asked === this.#asks) this.asking = false;
    }
  }

  /** Hands what `entry` gives (its response, else its text) to the field, as Markdown. */
  insert(entry: EarlierText, oninsert: (markdown: string) => void): void {
    oninsert(reusable(entry));
    this.said = `Inserted the wording from “${titleOf(entry)}”.`;
  }

  /** Puts what `entry` gives on the clipboard as plain text, one line a paragraph. */
  async copy(entry: EarlierText): Promise<void> {
    try {
      await navigator.clipboard.writeText(plainText(reusable(entry)));
      this.said = "Copied to the clipboard.";
    } catch {
      this.said =
        "Could not copy: the clipboard would not take the text. Select the text and copy it instead.";
    }
  }
}
