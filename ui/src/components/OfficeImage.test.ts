import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import type { Logo } from "../bindings";
import OfficeImage from "./OfficeImage.svelte";

// The picker as the window first draws it (Svelte's server rendering: the tests run in Node,
// without a page); choosing goes through Rust's dialog, which the e2e tests drive.
const signed: Logo = { bytes: "iVBORw0KGgo=", format: "png", width: 120, height: 40 };

function draw(image: Logo | null) {
  return render(OfficeImage, {
    props: {
      image,
      name: "signature",
      label: "Signature (for publishing)",
      thing: { a: "a signature", the: "signature" },
      alt: "Signed: Alex Morgan",
      none: "No signature.",
      hint: "Printed above the PCC's name only when a signed response is exported.",
      choose: () => Promise.resolve(null),
    },
  }).body;
}

describe("an office image on the settings screen", () => {
  it("shows the signature chosen, with its alternative text, and offers to remove it", () => {
    const html = draw(signed);
    expect(html).toMatch(/<img[^>]*src="data:image\/png;base64,iVBORw0KGgo="/);
    expect(html).toMatch(/<img[^>]*alt="Signed: Alex Morgan"[^>]*data-testid="signature-preview"/);
    expect(html).toMatch(/data-testid="choose-signature"[^>]*>\s*Choose another signature…/);
    expect(html).toMatch(/data-testid="remove-signature"[^>]*>\s*Remove signature/);
    expect(html).not.toContain("No signature.");
  });

  it("without one, says so and offers only to choose, labelled and described", () => {
    const html = draw(null);
    expect(html).not.toContain("<img");
    expect(html).toContain("No signature.");
    expect(html).not.toContain("remove-signature");
    expect(html).toMatch(/role="group"[^>]*aria-labelledby="signature-label"/);
    expect(html).toMatch(/id="signature-label"[^>]*>Signature \(for publishing\)</);
    expect(html).toMatch(/<button[^>]*id="choose-signature"[^>]*aria-describedby="signature-hint"/);
    expect(html).toMatch(/>\s*Choose a signature…\s*</);
    expect(html).toMatch(/id="signature-hint"[^>]*>Printed above the PCC's name/);
    expect(html).toMatch(/role="alert"[^>]*data-testid="signature-error"/);
  });
});
