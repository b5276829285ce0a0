import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import EarlierLike from "./EarlierLike.svelte";

// The button as the window first draws it (Svelte's server rendering: the tests run in Node,
// without a page); what opening it does is EarlierSearch's, tested in lib/state.
describe("the button of earlier responses like this", () => {
  const html = render(EarlierLike, {
    props: {
      text: "Call handling",
      exclude: 9,
      oninsert: () => {},
      testid: "rec-earlier-3",
      name: "Recommendation 2",
    },
  }).body;

  it("is a closed disclosure that controls its panel", () => {
    expect(html).toContain('data-testid="rec-earlier-3"');
    expect(html).toMatch(
      /<button[^>]*aria-expanded="false"[^>]*aria-controls="rec-earlier-3-panel"/,
    );
    expect(html).toMatch(/<div[^>]*id="rec-earlier-3-panel"[^>]*hidden/);
    expect(html).toMatch(/Earlier responses like this.*, for Recommendation 2/);
    expect(html).not.toContain("earlier-entry");
  });
});
