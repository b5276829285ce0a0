// The web page the app exports for the office's website, checked inside the real WebKit that
// the end-to-end tests drive: the exported HTML is loaded into an <iframe srcdoc> laid over
// the app's own page, axe-core is injected into the iframe's document through WebDriver
// (the page's CSP does not apply to it) and run there against WCAG 2.0, 2.1 and 2.2, A and
// AA; then the iframe is narrowed to a phone's width (320 CSS pixels, as a 1280-pixel
// screen at 400% zoom) and must not scroll sideways. Shared by 8d-publish and 8a-acceptance.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { until } from "./webdriver.mjs";

const AXE = new URL("../../ui/node_modules/axe-core/axe.min.js", import.meta.url);
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const SHOTS = process.env.PCC_E2E_SCREENSHOTS;
const FRAME = "published-check";

/** The violations as one readable report: each rule with its nodes and why. */
function report(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `\n    ${n.target}\n      ${n.html}\n      ${n.why.replace(/\n/g, "\n      ")}`)
        .join("");
      return `\n${v.id} (${v.impact}): ${v.help}${nodes}`;
    })
    .join("");
}

/**
 * Lays `html` (a whole exported page) over the app's page in an iframe, checks it with axe
 * and at a phone's width, takes `name`'s screenshots, and removes the iframe. Fails with
 * every violation found.
 */
export async function checkPublishedPage(s, html, name) {
  await s.scriptTimeout(60000);
  await s.exec(
    `document.getElementById(arguments[1])?.remove();
     const frame = document.createElement("iframe");
     frame.id = arguments[1];
     frame.title = "The exported web page";
     frame.style.cssText =
       "position:fixed;top:0;left:0;width:100vw;height:100vh;border:0;z-index:2147483647;background:#fff";
     frame.srcdoc = arguments[0];
     document.body.append(frame);
     return true;`,
    html,
    FRAME,
  );
  await until("the exported page in its frame", () =>
    s.exec(
      `const d = document.getElementById(arguments[0])?.contentDocument;
       return !!d && d.readyState === "complete" && !!d.querySelector("h1");`,
      FRAME,
    ),
  );
  const frame = await s.find(`#${FRAME}`);
  await s.frame(frame);
  let result;
  let wide;
  try {
    const page = await s.exec(
      `return { lang: document.documentElement.lang, title: document.title,
                h1: document.querySelectorAll("h1").length };`,
    );
    assert.equal(page.lang, "en-GB", `${name}: the page's language`);
    assert.ok(page.title.trim(), `${name}: the page has no title`);
    assert.equal(page.h1, 1, `${name}: the page has ${page.h1} level 1 headings`);
    await s.exec(`${readFileSync(AXE, "utf8")}\n;return true;`);
    assert.ok(
      await s.exec("return typeof window.axe?.run === 'function';"),
      "axe-core could not be injected into the exported page",
    );
    result = await s.execAsync(
      `const done = arguments[arguments.length - 1];
       window.axe
         .run(document, { runOnly: { type: "tag", values: arguments[0] }, resultTypes: ["violations"] })
         .then((r) => done({ violations: r.violations.map((v) => ({
           id: v.id, impact: v.impact, help: v.help,
           nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html, why: n.failureSummary })),
         })) }))
         .catch((e) => done({ error: String((e && e.stack) || e) }));`,
      TAGS,
    );
  } finally {
    await s.frame(null);
  }
  if (SHOTS) writeFileSync(join(SHOTS, `publish-${name}.png`), await s.screenshot());

  // A phone's width, or 400% zoom: nothing may need scrolling sideways.
  await s.exec(`document.getElementById(arguments[0]).style.width = "320px"; return true;`, FRAME);
  await s.frame(frame);
  try {
    wide = await until("the page laid out at 320 pixels", () =>
      s.exec(
        `const e = document.documentElement;
         const over = (n) => n.getBoundingClientRect().right > e.clientWidth + 1;
         // The innermost elements that stick out: what makes the page too wide.
         const widest = [...document.body.querySelectorAll("*")]
           .filter((n) => over(n) && ![...n.children].some(over))
           .slice(0, 5)
           .map((n) => n.outerHTML.slice(0, 200));
         return e.clientWidth === 320 && { scroll: e.scrollWidth, client: e.clientWidth, widest };`,
      ),
    );
  } finally {
    await s.frame(null);
  }
  if (SHOTS) writeFileSync(join(SHOTS, `publish-${name}-320px.png`), await s.screenshot());
  await s.exec(`document.getElementById(arguments[0]).remove(); return true;`, FRAME);

  assert.ok(!result.error, `axe failed on the exported ${name}: ${result.error}`);
  assert.equal(
    result.violations.length,
    0,
    `axe found ${result.violations.length} violation(s) of WCAG 2.x A/AA in the exported ${name}:${report(result.violations)}`,
  );
  assert.ok(
    wide.scroll <= wide.client,
    `the exported ${name} scrolls sideways at 320 pixels (${wide.scroll} wide), made so by:\n${wide.widest.join("\n")}`,
  );
}
