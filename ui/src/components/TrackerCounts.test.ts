import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import { COUNTS } from "../lib/test-support/testTracker";
import TrackerCounts from "./TrackerCounts.svelte";

// The counts as the window first draws them (Svelte's server rendering: the tests run in Node).
const draw = (closed = false) =>
  render(TrackerCounts, { props: { counts: COUNTS, closed } })
    .body.replace(/<!--[^>]*-->/g, "")
    .replace(/ class="svelte-\w+"| svelte-\w+/g, "");

describe("the tracker's counts", () => {
  const html = draw();

  it("says the counts in words, from the page", () => {
    expect(html).toContain('data-testid="tracker-counts"');
    expect(html).toContain("12 open items: 5 awaiting review, 7 being progressed.");
    expect(html).toContain("By RAG: 3 red, 9 green.");
    expect(draw(true)).toContain("12 items: 5 awaiting review");
  });

  it("draws a bar for each count, named in the core's words and numbered", () => {
    const bars = [...html.matchAll(/data-testid="(\w+)-bar" data-value="(\w+)">(.*?)<\/div>/g)];
    const said = bars.map(([, chart, value, inner]) => [
      chart,
      value,
      inner
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    ]);
    expect(said).toEqual([
      ["status", "awaiting_review", "Awaiting review 5"],
      ["status", "being_progressed", "Being progressed 7"],
      ["rag", "red", "Red 3"],
      ["rag", "amber", "Amber 0"],
      ["rag", "green", "Green 9"],
    ]);
  });

  it("colours the RAG bars, sizes each against the longest, and hides the chart from a screen reader", () => {
    expect(html).toMatch(/<div class="charts" aria-hidden="true"/);
    expect(html).toMatch(/class="bar rag-red" style="width: 33\.3+\d*%;"/);
    expect(html).toMatch(/class="bar rag-green" style="width: 100%;"/);
    expect(html).toMatch(/class="bar" style="width: 100%;"/);
  });
});
