// The list's search box: what is typed, and the core's answer for it. The core is asked once
// typing pauses, and an answer that comes back after newer words were typed is dropped, so
// the results never belong to words no longer in the box.
import { searchResponses, type SearchHit } from "../../api";
import { searchWords } from "../words/search";
import { showError } from "./notices.svelte";

/** How long typing must pause before the core is asked. */
export const SEARCH_PAUSE_MS = 200;

/** The core's answer: the words it is for, and the hits. */
export interface SearchAnswer {
  words: string;
  hits: SearchHit[];
}

export class ResponseSearch {
  /** What is in the box, as typed. */
  typed = $state("");
  /** The answer for the words now in the box; null while it is awaited, or the box is empty. */
  answer = $state<SearchAnswer | null>(null);
  /** The core could not answer for the words now in the box (the error banner says why). */
  failed = $state(false);
  /** The words now in the box, as sent; "" while the box is empty, when the table shows. */
  readonly words = $derived(searchWords(this.typed));

  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts what was typed: an answer for an earlier count is stale. */
  #typings = 0;

  /** Takes what the box now holds; the core is asked when typing pauses. */
  type(typed: string): void {
    const before = this.words;
    this.typed = typed;
    if (this.words === before) return;
    clearTimeout(this.#timer);
    const asked = ++this.#typings;
    this.answer = null;
    this.failed = false;
    if (this.words === "") return;
    const words = this.words;
    this.#timer = setTimeout(() => void this.#ask(words, asked), SEARCH_PAUSE_MS);
  }

  /** Empties the box, and the table shows again. */
  clear(): void {
    this.type("");
  }

  /** Escape in a box with words in it empties it; true when it did. */
  keydown(event: Pick<KeyboardEvent, "key" | "preventDefault">): boolean {
    if (event.key !== "Escape" || this.typed === "") return false;
    event.preventDefault();
    this.clear();
    return true;
  }

  /** Stops a question not yet asked (the list is leaving). */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#typings++;
  }

  async #ask(words: string, asked: number): Promise<void> {
    try {
      const hits = await searchResponses(words);
      if (asked === this.#typings) this.answer = { words, hits };
    } catch (e) {
      if (asked !== this.#typings) return;
      this.failed = true;
      showError("Could not search the responses", e);
    }
  }
}
