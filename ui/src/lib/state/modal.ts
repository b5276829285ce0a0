// Every modal dialog of the window (a question, a backup's contents, the history, the damage
// report) is a native <dialog> shown through this one Svelte action:
// `<dialog use:modal={{ open, onescape }}>`. While open, the focus stays inside it; it starts
// on the button marked `data-safe` (or what `focus` names) and goes back where it was when the
// dialog closes. Escape does what `onescape` says, and nothing without it. A webview may close
// a dialog itself on a second Escape; it is shown again for as long as `open` says it is.
import { tick } from "svelte";

export interface ModalState {
  /** Whether the dialog is shown. */
  open: boolean;
  /** What Escape does: the question's safe answer, or closing. Without it, nothing. */
  onescape?: () => void;
  /** What has the focus first, as a selector inside the dialog. */
  focus?: string;
}

export function modal(el: HTMLDialogElement, state: ModalState) {
  let current = state;
  let returnTo: HTMLElement | null = null;

  function show() {
    returnTo = document.activeElement as HTMLElement | null;
    el.showModal();
    void tick().then(() =>
      el.querySelector<HTMLElement>(current.focus ?? "button[data-safe]")?.focus(),
    );
  }

  function hide() {
    if (el.open) el.close();
    if (returnTo?.isConnected) returnTo.focus();
    returnTo = null;
  }

  function oncancel(event: Event) {
    event.preventDefault();
    current.onescape?.();
  }

  // Closed by the webview, not by `open` turning false.
  function onclose() {
    if (!current.open) return;
    current.onescape?.();
    void tick().then(() => {
      if (current.open && !el.open && el.isConnected) el.showModal();
    });
  }

  function update(next: ModalState) {
    current = next;
    if (next.open && !el.open) show();
    else if (!next.open) hide();
  }

  el.addEventListener("cancel", oncancel);
  el.addEventListener("close", onclose);
  update(state);
  return {
    update,
    destroy() {
      el.removeEventListener("cancel", oncancel);
      el.removeEventListener("close", onclose);
      hide();
    },
  };
}
