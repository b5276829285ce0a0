import { describe, expect, it } from "vitest";
import type { ReportScope } from "../../bindings";
import { scopeChoice, scopeOf } from "./reports";

describe("the Panel report's scope", () => {
  it("is read from the menu's value, each kind of it", () => {
    expect(scopeOf("all")).toEqual({ kind: "all" });
    expect(scopeOf("type:PEEL")).toEqual({ kind: "type", inspection_type: "PEEL" });
    expect(scopeOf("type:Force-specific")).toEqual({
      kind: "type",
      inspection_type: "Force-specific",
    });
    expect(scopeOf("inspection:42")).toEqual({ kind: "inspection", id: 42 });
  });

  it("is all inspections for a value the menu never has", () => {
    for (const odd of ["", "type:Nonsense", "inspection:", "inspection:7x"]) {
      expect(scopeOf(odd)).toEqual({ kind: "all" });
    }
  });

  it("goes to the menu and back unchanged", () => {
    const scopes: ReportScope[] = [
      { kind: "all" },
      { kind: "type", inspection_type: "Joint" },
      { kind: "inspection", id: 3 },
    ];
    for (const s of scopes) expect(scopeOf(scopeChoice(s))).toEqual(s);
  });
});
