// The journey from New to Export with the keyboard alone: Tab to move, Enter to act, keys
// to type. Runs after 1-journey.test.mjs, so the office settings are already there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { startsTheApp } from "./helpers.mjs";
import { until } from "./webdriver.mjs";

const TAB = "\uE004";
const SHIFT = "\uE008";
const ENTER = "\uE007";
const SAVED = process.env.PCC_RESPONSE_E2E_SAVE_DIR;

let s;
startsTheApp((started) => (s = started));

/** Presses Tab until the element with `testid` has focus; fails if it never does. */
async function tabTo(testid, max = 60) {
  for (let i = 0; i < max; i++) {
    if ((await s.focused()) === testid) return;
    await s.keys(TAB);
  }
  assert.fail(`Tab never reached ${testid} (focus is on ${await s.focused()})`);
}

test("New to Export works with the keyboard alone", async () => {
  await s.wait('[data-testid="new-response"]');
  await tabTo("new-response");
  await s.keys(ENTER);
  await until("the choice of document", () => s.find('[data-testid="new-form"]'));
  await tabTo("new-form");
  await s.keys(ENTER);
  await until("the first step", () => s.find('[data-testid="title"]'));
  await tabTo("title");
  await s.keys("Keyboard-only inspection");
  await until("the title saved", async () =>
    /Saved at/.test(await (await s.find('[data-testid="saved-status"]')).text()));
  await tabTo("step-8");
  await s.keys(ENTER);
  await until("the review step", () => s.find('[data-testid="export-docx"]'));
  await tabTo("export-docx");
  await s.keys(ENTER);
  await until("the export", async () =>
    (await (await s.find('[data-testid="export-result"]')).text()).includes(".docx"));
  const files = readdirSync(SAVED).filter((f) => f.includes("Keyboard-only inspection"));
  assert.equal(files.length, 1, `exported: ${readdirSync(SAVED).join(", ")}`);
  // Focus can go back as well as forward: no keyboard trap on the export button.
  await s.chord(SHIFT, TAB);
  assert.notEqual(await s.focused(), "export-docx");
});

test("at 200 % zoom every screen fits the window's width", async () => {
  // 200 % zoom of the 1280 x 820 window leaves 640 x 410 CSS pixels: the same layout as a
  // window of that size. (CSS zoom on the page would not shrink the viewport, so it would
  // not show what a zoomed window shows.)
  const shots = process.env.PCC_E2E_SCREENSHOTS;
  await s.resize(640, 410);
  const fits = () =>
    s.exec(
      "const d = document.documentElement; " +
        "return d.scrollWidth <= window.innerWidth + 1 ? true : [d.scrollWidth, window.innerWidth];",
    );
  const screens = [
    ["list", "nav-responses", "new-response"],
    ["draft", null, "title"],
    ["settings", "nav-settings", "save-settings"],
  ];
  for (const [name, nav, probe] of screens) {
    const target = nav ? `[data-testid="${nav}"]` : '[data-testid="response-row"] [data-testid="open"]';
    await s.wait(target);
    await s.exec(`document.querySelector('${target}').click(); return true;`);
    await until(`the ${name} screen`, () =>
      s.exec(
        `return !!document.querySelector('[data-testid="${probe}"]') &&
           (${!nav} || !document.querySelector('[data-testid="draft"]'));`,
      ),
    );
    const result = await fits();
    if (shots) {
      const { writeFileSync } = await import("node:fs");
      writeFileSync(`${shots}/zoom-200-${name}.png`, await s.screenshot());
    }
    assert.equal(result, true, `the ${name} screen is wider than the window at 200 %: ${result}`);
  }
  await s.resize(1280, 820);
});
