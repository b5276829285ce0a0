import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchHit } from "../../api";
import { clearMocks, mockCommands, refusal } from "../test-support/mockCommands";
import { clearError, notices } from "./notices.svelte";
import { ResponseSearch, SEARCH_PAUSE_MS } from "./search.svelte";

const hit = (id: number, words: string): SearchHit => ({
  id,
  title: `Report ${id}`,
  published: null,
  status: "draft",
  field: "Key findings",
  passage: [{ text: words, hit: true }],
});

/** A promise and the hand that settles it. */
function later<T>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

describe("the list's search box", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    clearMocks();
    clearError();
  });

  it("asks once typing pauses, with the words as typed last", async () => {
    const sent = mockCommands({ search_responses: (a) => [hit(1, String(a.words))] });
    const search = new ResponseSearch();
    for (const typed of ["c", "ca", "cal", "call  handling "]) {
      search.type(typed);
      await vi.advanceTimersByTimeAsync(SEARCH_PAUSE_MS - 50);
    }
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toEqual([{ cmd: "search_responses", args: { words: "call handling" } }]);
    expect(search.answer).toEqual({ words: "call handling", hits: [hit(1, "call handling")] });
  });

  it("drops an answer that comes back after newer words were typed", async () => {
    const slow = later<SearchHit[]>();
    mockCommands({
      search_responses: (a) => (a.words === "call" ? slow.promise : [hit(2, "call handling")]),
    });
    const search = new ResponseSearch();
    search.type("call");
    await vi.advanceTimersByTimeAsync(SEARCH_PAUSE_MS);
    search.type("call handling");
    await vi.advanceTimersByTimeAsync(SEARCH_PAUSE_MS);
    slow.settle([hit(1, "call")]);
    await vi.advanceTimersByTimeAsync(0);
    expect(search.answer?.words).toBe("call handling");
    expect(search.answer?.hits.map((h) => h.id)).toEqual([2]);
  });

  it("asks nothing for spaces, and nothing again for the same words", async () => {
    const sent = mockCommands({ search_responses: () => [] });
    const search = new ResponseSearch();
    search.type("   ");
    await vi.advanceTimersByTimeAsync(SEARCH_PAUSE_MS);
    expect(sent).toEqual([]);
    expect(search.words).toBe("");

    search.type("vetting");
    await vi.advanceTimersByTimeAsync(SEARCH_PAUSE_MS);
    search.type("vetting ");
    await vi.advanceTimersByTimeAsync(SEARCH_PAUSE_MS);
    expect(sent).toHaveLength(1);
    expect(search.answer).toEqual({ words: "vetting", hits: [] });
  });

  it("empties the box on Escape, and drops the answer on its way", async () => {
    const slow = later<SearchHit[]>();
    mockCommands({ search_responses: () => slow.promise });
    const search = new ResponseSearch();
    search.type("vetting");
    await vi.advanceTimersByTimeAsync(SEARCH_PAUSE_MS);
    const escape = { key: "Escape", preventDefault: vi.fn() };
    expect(search.keydown(escape)).toBe(true);
    expect(escape.preventDefault).toHaveBeenCalled();
    expect(search.typed).toBe("");
    slow.settle([hit(1, "vetting")]);
    await vi.advanceTimersByTimeAsync(0);
    expect(search.answer).toBeNull();

    // With the box empty, Escape is left to whatever else wants it; other keys always are.
    expect(search.keydown({ key: "Escape", preventDefault: vi.fn() })).toBe(false);
    search.type("v");
    expect(search.keydown({ key: "Enter", preventDefault: vi.fn() })).toBe(false);
    expect(search.typed).toBe("v");
  });

  it("shows the core's refusal in the error banner", async () => {
    mockCommands({
      search_responses: () => {
        throw refusal("database", "The database could not be read.");
      },
    });
    const search = new ResponseSearch();
    search.type("vetting");
    await vi.advanceTimersByTimeAsync(SEARCH_PAUSE_MS);
    expect(search.failed).toBe(true);
    expect(search.answer).toBeNull();
    expect(notices.error).toBe("Could not search the responses. The database could not be read.");
  });

  it("asks nothing once the list has gone", async () => {
    const sent = mockCommands({ search_responses: () => [] });
    const search = new ResponseSearch();
    search.type("vetting");
    search.dispose();
    await vi.advanceTimersByTimeAsync(SEARCH_PAUSE_MS);
    expect(sent).toEqual([]);
  });
});
