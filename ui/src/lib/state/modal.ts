// A native <dialog> shown as a modal while a question is open: focus stays inside it, the
// button marked `data-safe` has the focus first, and the focus goes back where it was when
// the dialog closes. Used as a Svelte action: `<dialog use:modal={isOpen}>`.
import { tick } from "svelte";

export function modal(el: HTMLDialogElement, open: boolean) {
  let returnTo: HTMLElement | null = null;
  function update(open: boolean) {
    if (open && !el.open) {
      returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      el.showModal();
      void tick().then(() => el.querySelector<HTMLButtonElement>("button[data-safe]")?.focus());
    } else if (!open && el.open) {
      el.close();
      if (returnTo?.isConnected) returnTo.focus();
      returnTo = null;
    }
  }
  update(open);
  return { update };
}
