import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppError } from "../../api";
import { Autosave, type SaveState } from "./autosave";

const BUSY: AppError = { kind: "database", message: "The database is busy.", field: null };

/** A save whose calls can be seen and whose outcome each test decides. */
function recorder() {
  const saved: string[] = [];
  const states: SaveState["state"][] = [];
  let failNext = 0;
  const save = vi.fn(async (value: string) => {
    if (failNext > 0) {
      failNext -= 1;
      throw BUSY;
    }
    saved.push(value);
  });
  const autosave = new Autosave<string>({
    save,
    delay: 600,
    retryDelay: 3000,
    onState: (s) => states.push(s.state),
    now: () => new Date(2024, 10, 7, 14, 32),
  });
  return { autosave, save, saved, states, failTimes: (n: number) => (failNext = n) };
}

describe("Autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves once, with the latest value, after the officer pauses", async () => {
    const { autosave, save, saved } = recorder();
    autosave.change("a");
    await vi.advanceTimersByTimeAsync(300);
    autosave.change("ab");
    await vi.advanceTimersByTimeAsync(300);
    autosave.change("abc");
    await vi.advanceTimersByTimeAsync(599);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(["abc"]);
    expect(autosave.dirty).toBe(false);
  });

  it("reports saved with the time once the write is done", async () => {
    const states: SaveState[] = [];
    const autosave = new Autosave<number>({
      save: async () => {},
      onState: (s) => states.push(s),
      now: () => new Date(2024, 10, 7, 14, 32),
    });
    autosave.change(1);
    await vi.advanceTimersByTimeAsync(600);
    const last = states.at(-1);
    expect(last?.state).toBe("saved");
    expect(last?.state === "saved" && last.at.getMinutes()).toBe(32);
  });

  it("flush sends the latest value at once and nothing more afterwards", async () => {
    const { autosave, save, saved } = recorder();
    autosave.change("first");
    autosave.change("latest");
    expect(await autosave.flush()).toBe(true);
    expect(saved).toEqual(["latest"]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("flush with nothing changed saves nothing and says all is saved", async () => {
    const { autosave, save } = recorder();
    expect(await autosave.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
  });

  it("a failing save is reported, kept and retried, never dropped", async () => {
    const { autosave, saved, states, failTimes } = recorder();
    failTimes(1);
    autosave.change("draft");
    await vi.advanceTimersByTimeAsync(600);
    expect(states.at(-1)).toBe("failed");
    expect(autosave.dirty).toBe(true);
    expect(autosave.lastError).toMatchObject({ message: "The database is busy." });
    expect(saved).toEqual([]);

    await vi.advanceTimersByTimeAsync(3000);
    expect(saved).toEqual(["draft"]);
    expect(states.at(-1)).toBe("saved");
    expect(autosave.lastError).toBe(null);
    expect(autosave.dirty).toBe(false);
  });

  it("stops retrying after a few tries, waiting longer each time, and keeps the value", async () => {
    const { autosave, save, saved, failTimes } = recorder();
    failTimes(1_000);
    const shown: SaveState[] = [];
    const watched = new Autosave<string>({
      save,
      delay: 600,
      retryDelay: 3000,
      maxRetries: 3,
      onState: (s) => shown.push(s),
    });
    watched.change("long text");
    // The first try, then 3 more after 3, 6 and 12 seconds; then no more, however long.
    await vi.advanceTimersByTimeAsync(600);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2999);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(6000 + 12000);
    expect(save).toHaveBeenCalledTimes(4);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(save).toHaveBeenCalledTimes(4);
    expect(shown.at(-1)).toMatchObject({ state: "failed", retrying: false });
    expect(watched.dirty).toBe(true);

    // "Try again" (flush) tries once more, and a success saves the kept value.
    failTimes(0);
    expect(await watched.flush()).toBe(true);
    expect(saved).toEqual(["long text"]);
    expect(shown.at(-1)).toMatchObject({ state: "saved" });
    autosave.dispose();
  });

  it("flush says false when the save fails, and the value is still saved later", async () => {
    const { autosave, saved, failTimes } = recorder();
    failTimes(1);
    autosave.change("text");
    expect(await autosave.flush()).toBe(false);
    expect(autosave.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(saved).toEqual(["text"]);
    expect(await autosave.flush()).toBe(true);
  });

  it("a newer change made while a save fails wins over the failed one", async () => {
    const { autosave, saved, failTimes } = recorder();
    failTimes(1);
    autosave.change("old");
    await vi.advanceTimersByTimeAsync(600); // fails
    autosave.change("new");
    await vi.advanceTimersByTimeAsync(600);
    expect(saved).toEqual(["new"]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saved).toEqual(["new"]);
  });

  it("never runs two saves at once and keeps their order", async () => {
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const autosave = new Autosave<number>({
      save: async (v) => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 1000));
        order.push(v);
        running -= 1;
      },
    });
    autosave.change(1);
    await vi.advanceTimersByTimeAsync(600); // save of 1 starts
    autosave.change(2);
    await vi.advanceTimersByTimeAsync(600); // 2 waits for 1
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await flushed).toBe(true);
    expect(order).toEqual([1, 2]);
    expect(most).toBe(1);
  });
});
