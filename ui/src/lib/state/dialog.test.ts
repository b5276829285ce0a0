import { describe, expect, it } from "vitest";
import { answer, ask, confirm, dialog } from "./dialog.svelte";
import { guardLeaving, readyToLeave } from "./lifecycle";

describe("dialog", () => {
  it("resolves with the choice made and closes", async () => {
    const asked = confirm({
      title: "Delete?",
      message: "Gone for good.",
      confirm: "Delete",
      danger: true,
    });
    expect(dialog.open?.title).toBe("Delete?");
    expect(dialog.open?.safe).toBe("cancel");
    answer("confirm");
    expect(await asked).toBe(true);
    expect(dialog.open).toBe(null);
  });

  it("a newer question gives the older one its safe answer", async () => {
    const first = ask({
      title: "A",
      message: "",
      choices: [
        { id: "go", label: "Go" },
        { id: "stay", label: "Stay" },
      ],
      safe: "stay",
    });
    const second = confirm({ title: "B", message: "", confirm: "OK" });
    expect(await first).toBe("stay");
    expect(dialog.open?.title).toBe("B");
    answer("cancel");
    expect(await second).toBe(false);
  });
});

describe("leaving", () => {
  it("asks every guard, stops at the first that says stay, and forgets removed guards", async () => {
    const asked: string[] = [];
    const stopA = guardLeaving(async () => (asked.push("a"), true));
    const stopB = guardLeaving(async () => (asked.push("b"), false));
    expect(await readyToLeave()).toBe(false);
    expect(asked).toEqual(["a", "b"]);
    stopB();
    expect(await readyToLeave()).toBe(true);
    stopA();
    expect(await readyToLeave()).toBe(true);
    expect(asked).toEqual(["a", "b", "a"]);
  });
});
