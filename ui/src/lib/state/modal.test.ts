import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { modal } from "./modal";

/** As much of a <dialog> as the action uses; events are fired by the test. */
class FakeDialog {
  open = false;
  isConnected = true;
  focused: string | null = null;
  private listeners = new Map<string, (event: Event) => void>();
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, listener);
  }
  removeEventListener(type: string) {
    this.listeners.delete(type);
  }
  showModal() {
    this.open = true;
  }
  close() {
    this.open = false;
  }
  querySelector(selector: string) {
    return { focus: () => (this.focused = selector) };
  }
  /** Fires `type` as the webview would; true when its default was prevented. */
  fire(type: string): boolean {
    let prevented = false;
    const event = {
      preventDefault: () => {
        prevented = true;
      },
    };
    this.listeners.get(type)?.(event as unknown as Event);
    return prevented;
  }
}

const opener = { isConnected: true, focus: vi.fn() };
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  (globalThis as { document?: unknown }).document = { activeElement: opener };
});
afterEach(() => {
  delete (globalThis as { document?: unknown }).document;
  opener.focus.mockReset();
});

function open(state: Parameters<typeof modal>[1]) {
  const el = new FakeDialog();
  const action = modal(el as unknown as HTMLDialogElement, state);
  return { el, action };
}

describe("the modal action", () => {
  it("shows the dialog with the safe button focused, and gives the focus back on closing", async () => {
    const { el, action } = open({ open: true });
    expect(el.open).toBe(true);
    await settle();
    expect(el.focused).toBe("button[data-safe]");
    action.update({ open: false });
    expect(el.open).toBe(false);
    expect(opener.focus).toHaveBeenCalledOnce();
  });

  it("focuses what it is told to first", async () => {
    const { el } = open({ open: true, focus: "#history-title" });
    await settle();
    expect(el.focused).toBe("#history-title");
  });

  it("answers Escape with onescape, and does nothing else without it", () => {
    const onescape = vi.fn();
    const asked = open({ open: true, onescape });
    expect(asked.el.fire("cancel")).toBe(true);
    expect(onescape).toHaveBeenCalledOnce();
    expect(asked.el.open).toBe(true);

    const report = open({ open: true });
    expect(report.el.fire("cancel")).toBe(true);
    expect(report.el.open).toBe(true);
  });

  it("shows a dialog again that the webview closed while it is still open", async () => {
    const onescape = vi.fn();
    const { el } = open({ open: true, onescape });
    el.close();
    el.fire("close");
    expect(onescape).toHaveBeenCalledOnce();
    await settle();
    expect(el.open).toBe(true);
  });

  it("leaves a dialog closed that was closed on purpose", async () => {
    const onescape = vi.fn();
    const { el, action } = open({ open: true, onescape });
    action.update({ open: false, onescape });
    el.fire("close");
    await settle();
    expect(onescape).not.toHaveBeenCalled();
    expect(el.open).toBe(false);
  });

  it("closes the dialog and gives the focus back when it is removed", () => {
    const onescape = vi.fn();
    const { el, action } = open({ open: true, onescape });
    action.destroy();
    expect(el.open).toBe(false);
    expect(opener.focus).toHaveBeenCalledOnce();
    expect(el.fire("cancel")).toBe(false);
    expect(onescape).not.toHaveBeenCalled();
  });
});
