import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import type { SearchHit } from "../api";
import SearchResults from "./SearchResults.svelte";

// The results as the window first draws them (Svelte's server rendering: the tests run in
// Node, without a page). What a click does is the list's `onopen`, checked end to end.
const hit = (id: number, status: SearchHit["status"], passage: SearchHit["passage"]) => ({
  id,
  title: `PEEL ${id}`,
  published: "2024-09-24",
  status,
  field: "Area for improvement 3",
  passage,
});

const draw = (props: Partial<Parameters<typeof SearchResults>[1]>) =>
  render(SearchResults, {
    props: { answer: null, filter: "all", onopen: () => {}, ...props },
  })
    .body.replace(/<!--[^>]*-->/g, "")
    .replace(/ class="svelte-\w+"| svelte-\w+/g, "");

describe("the list's search results", () => {
  const hits = [
    hit(1, "published", [
      { text: "The force should improve ", hit: false },
      { text: "call handling", hit: true },
      { text: " <b>at once</b>", hit: false },
    ]),
    hit(2, "draft", [{ text: "handling", hit: true }]),
  ];

  it("shows each hit with its date, status, field, and the words marked as text", () => {
    const html = draw({ answer: { words: "call handling", hits } });
    expect(html).toContain("2 responses match “call handling”.");
    expect(html.match(/data-testid="search-hit"/g)).toHaveLength(2);
    expect(html).toContain('data-id="1"');
    expect(html).toContain("24 September 2024");
    expect(html).toContain("Published");
    expect(html).toContain("Area for improvement 3");
    expect(html).toContain(
      "The force should improve <mark>call handling</mark> &lt;b>at once&lt;/b></p>",
    );
    expect(html.match(/data-testid="search-open"/g)).toHaveLength(2);
  });

  it("keeps to the status chosen, and says how many another status hides", () => {
    const html = draw({ answer: { words: "handling", hits }, filter: "draft" });
    expect(html.match(/data-testid="search-hit"/g)).toHaveLength(1);
    expect(html).toContain('data-id="2"');
    expect(html).toContain(
      "1 response matches “handling”; 1 more response with another status does.",
    );
  });

  it("says when nothing matches, while it waits, and when the search failed", () => {
    expect(draw({ answer: { words: "vetting", hits: [] } })).toContain(
      "No response contains “vetting”.",
    );
    expect(draw({})).toContain("Searching…");
    expect(draw({ failed: true })).toContain("The search could not be made.");
    expect(draw({})).not.toContain("search-hit");
  });
});
