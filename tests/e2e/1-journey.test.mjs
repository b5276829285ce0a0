// The whole journey in the real app: first start leads to the settings; a new response is
// filled in step by step (pasting the 17 areas for improvement of the project's own 2025
// fixture, an invented office, as a report lists them); the app is quit and started again
// and everything is still there; the DOCX is exported and read back. Run by scripts/e2e.sh,
// which builds the app and starts Xvfb and tauri-driver.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startsTheApp } from "./helpers.mjs";
import { Session, until, sleep } from "./webdriver.mjs";

const APP = process.env.PCC_E2E_APP;
const SAVED = process.env.PCC_RESPONSE_E2E_SAVE_DIR;
const SHOTS = process.env.PCC_E2E_SCREENSHOTS;
const FIXTURES = new URL("../fixtures/", import.meta.url);

if (!APP || !SAVED) throw new Error("run these tests through scripts/e2e.sh");
const fixture = JSON.parse(
  readFileSync(new URL("exampleshire-2025-response.pccr", FIXTURES), "utf8"),
);
const office = JSON.parse(readFileSync(new URL("exampleshire-office.json", FIXTURES), "utf8"));
// The areas for improvement as a report lists them: a label line, then the area.
const pastedAreas = fixture.areas_for_improvement
  .map((area, i) => `Area for Improvement ${i + 1}:\n\n${area.text}`)
  .join("\n\n");
const EXPORTED = "Exampleshire PCC response - PEEL 2025 - 12 Aug 2025.docx";

let s;
const $ = (css) => s.wait(css);
const byId = (id) => $(`[data-testid="${id}"]`);
async function shot(name) {
  if (SHOTS) writeFileSync(join(SHOTS, `${name}.png`), await s.screenshot());
}
async function fill(id, text) {
  const el = await byId(id);
  await el.clear();
  await el.type(text);
}
async function savedQuietly() {
  await until("the autosave", async () => /Saved at \d\d:\d\d/.test(await (await byId("saved-status")).text()));
}

startsTheApp((started) => (s = started));

test("first start leads the officer to the office settings", async () => {
  await byId("settings-welcome");
  await shot("01-first-start");
  await fill("pcc_name", office.pcc_name);
  await fill("area", office.area);
  await fill("force", office.force);
  await fill("office_name", office.office_name);
  await (await byId("save-settings")).click();
  await until("settings saved", async () => (await (await byId("settings-status")).text()).includes("Saved"));
});

let id;
test("a new response is filled in step by step", async () => {
  await (await byId("nav-responses")).click();
  await (await byId("new-response")).click();
  await (await byId("new-form")).click();
  await byId("step-1");
  await fill("title", fixture.inspection.title);
  await s.setValue("published", fixture.inspection.published);
  await fill("forces", "Exampleshire");
  await fill("report-url", fixture.inspection.report_url);
  await until("the deadline", async () => (await (await byId("deadline")).text()).includes("12 August 2025"));
  await savedQuietly();
  await shot("02-inspection-details");

  await (await byId("next")).click();
  const findings = await s.wait('[data-testid="key_findings"] [contenteditable="true"]');
  await findings.click();
  await findings.type("Exampleshire Police is outstanding at managing offenders.");
  await until("the live preview to show the key findings", async () =>
    (await (await byId("preview")).text()).includes("outstanding at managing offenders"));
  await (await byId("next")).click();
  await (await byId("next")).click(); // recommendations: none
  await s.setValue("paste-items", pastedAreas); // WebKitWebDriver drops typed newlines
  await (await byId("split-paste")).click();
  await until("17 items to confirm", async () => (await s.findAll('[data-testid="paste-preview-item"]')).length === 17);
  await (await byId("confirm-paste")).click();
  await until("17 areas for improvement", async () => (await s.findAll('[data-testid="item"]')).length === 17);
  await shot("03-areas-for-improvement");

  await (await byId("next")).click();
  const cc = await s.wait('[data-testid="chief_constable_response"] [contenteditable="true"]');
  await cc.click();
  await cc.type("I am grateful to HMICFRS for a thorough inspection.");
  await (await byId("next")).click();
  const pcc = await s.wait('[data-testid="pcc_response"] [contenteditable="true"]');
  await pcc.click();
  await pcc.type("I welcome the report and its recognition of the force's progress.");
  await (await byId("next")).click();
  const ticks = await s.findAll('[data-testid="checklist-done"]');
  assert.ok(ticks.length >= 1, "the office checklist has items");
  await ticks[0].click();
  await savedQuietly();
  await (await byId("next")).click();
  await byId("export-docx");
  await until("the checks to see the PCC response", async () => !(await (await byId("step-pane")).text()).includes("The PCC response is empty"));
  await shot("04-review");
  id = await (await byId("draft")).attr("data-id");
});

test("after quitting and starting again, everything is still there", async () => {
  await sleep(1200); // past the autosave's pause
  await s.end();
  s = await Session.start(APP);
  const rows = await until("the response in the list", async () => {
    const r = await s.findAll('[data-testid="response-row"]');
    return r.length ? r : null;
  });
  assert.equal(rows.length, 1);
  const row = await rows[0].text();
  assert.match(row, /PEEL 2025: An inspection of Exampleshire Police/);
  assert.match(row, /12 August 2025/);
  await shot("05-list");
  await (await s.find('[data-testid="response-row"] [data-testid="open"]')).click();
  await byId("step-1");
  assert.equal(await (await byId("title")).value(), fixture.inspection.title);
  await (await byId("step-4")).click();
  const items = await until("the areas", async () => {
    const i = await s.findAll('[data-testid="item"]');
    return i.length ? i : null;
  });
  assert.equal(items.length, 17);
});

test("the Word document is exported and holds what was typed", async () => {
  await (await byId("step-8")).click();
  await (await byId("export-docx")).click();
  await sleep(3000);
  await shot("06-after-export-click");
  const result = await until("the export", async () => {
    const t = await (await byId("export-result")).text();
    return t.includes(".docx") ? t : null;
  });
  const files = readdirSync(SAVED).filter((f) => f.endsWith(".docx"));
  assert.deepEqual(files, [EXPORTED]);
  assert.ok(result.includes(EXPORTED), result);
  const xml = execFileSync("python3", [
    "-c",
    "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())",
    join(SAVED, files[0]),
  ]).toString();
  for (const text of [
    fixture.inspection.title,
    "12 August 2025",
    "Area for Improvement 17:",
    fixture.areas_for_improvement[16].text,
    "Exampleshire Police is outstanding at managing offenders.",
    "I welcome the report",
  ]) {
    assert.ok(xml.includes(text), `the document lacks ${text}`);
  }
  await shot("06-exported");
});

test("a failed export says what happened in words and leaves no partial file", async () => {
  // A folder where the document should go: the rename fails for every user, root included.
  const name = EXPORTED;
  rmSync(join(SAVED, name));
  mkdirSync(join(SAVED, name));
  await (await byId("export-docx")).click();
  const message = await until("the error", async () => {
    const found = await s.findAll('[data-testid="export-error"]');
    return found.length ? found[0].text() : null;
  });
  assert.match(message, /is a folder|cannot be written/, message);
  assert.doesNotMatch(message, /os error/);
  assert.deepEqual(readdirSync(SAVED).filter((f) => f.endsWith(".partial")), []);
  await shot("07-export-error");
  rmSync(join(SAVED, name), { recursive: true });
});
