// Defects found by an hour of real use (issue 9), each tried again in the real app: a
// field pasted far too long never stops the rest being saved; messages name the field as
// the window does; links that cannot work never reach the document; a published response is
// not counted down; dates that cannot be right are named; duplicates and long titles stay
// tellable apart; and what is typed in a plain box is what prints. Every text here is our
// own. Runs after the journey, the keyboard and the trash tests, in the same data folder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rowIdOf, startsTheApp } from "./helpers.mjs";
import { until } from "./webdriver.mjs";

const APP = process.env.PCC_E2E_APP;
const SAVED = process.env.PCC_RESPONSE_E2E_SAVE_DIR;
const OPEN = process.env.PCC_RESPONSE_E2E_OPEN_FILE;
const SHOTS = process.env.PCC_E2E_SCREENSHOTS;
if (!APP || !SAVED || !OPEN) throw new Error("run these tests through scripts/e2e.sh");

const TITLE = "Wessex custody thematic";
const CONTROL = "\uE009";
let s;
const byId = (id) => s.wait(`[data-testid="${id}"]`);
const text = async (css) => (await s.wait(css)).text();
const editor = (id) => s.wait(`[data-testid="${id}"] [contenteditable="true"]`);
async function shot(name) {
  if (SHOTS) writeFileSync(join(SHOTS, `${name}.png`), await s.screenshot());
}
async function savedQuietly() {
  await until("the autosave", async () =>
    /^Saved at \d\d:\d\d$/.test(await text('[data-testid="saved-status"]')));
}
/** Pastes `length` characters of prose into the editable element at `css`, as Ctrl+V would. */
async function pasteInto(css, length) {
  return s.exec(
    `const el = document.querySelector(arguments[0]);
     el.focus();
     const words = "The force should review how it records custody decisions. ";
     const data = new DataTransfer();
     data.setData("text/plain", words.repeat(Math.ceil(arguments[1] / words.length)).slice(0, arguments[1]));
     const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
     el.dispatchEvent(event);
     return event.defaultPrevented;`,
    css,
    length,
  );
}
/** The text of the part `name` of the DOCX `file` in the save folder. */
function part(file, name) {
  return execFileSync("python3", [
    "-c",
    "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())",
    join(SAVED, file),
    name,
  ]).toString();
}
async function openRow(title) {
  const id = await rowIdOf(s, title);
  await (await s.find(`[data-testid="response-row"][data-id="${id}"] [data-testid="open"]`)).click();
  await byId("step-1");
  return id;
}

startsTheApp((started) => (s = started), { ready: '[data-testid="new-response"]' });

test("a whole report pasted into one field is refused there, and nothing typed elsewhere is lost", async () => {
  await (await byId("new-response")).click();
  await (await byId("new-form")).click();
  await (await byId("title")).type(TITLE);
  await savedQuietly();

  await (await byId("step-5")).click();
  await editor("chief_constable_response");
  const css = '[data-testid="chief_constable_response"] [contenteditable="true"]';
  await pasteInto(css, 170_000);
  const refusal = await text('[data-testid="chief_constable_response-limit"]');
  assert.match(refusal, /170,000 characters/, refusal);
  assert.match(refusal, /100,000/, refusal);
  const kept = await s.exec(`return document.querySelector(arguments[0]).textContent.length`, css);
  assert.ok(kept < 1000, `the paste was refused, but the field holds ${kept} characters`);
  await shot("40-paste-too-long");

  await (await byId("step-6")).click();
  const pcc = await editor("pcc_response");
  await pcc.click();
  await pcc.type("I welcome the thematic report.");
  // Straight back to the list: nothing is asked, because everything was saved.
  await (await byId("back-to-list")).click();
  await byId("responses");
  assert.equal((await s.findAll('[data-testid="dialog"][open]')).length, 0, "no question asked");

  await openRow(TITLE);
  await (await byId("step-6")).click();
  assert.equal(await (await editor("pcc_response")).text(), "I welcome the thematic report.");
  await (await byId("step-5")).click();
  assert.equal(await (await editor("chief_constable_response")).text(), "");
});

test("undo still undoes what was typed after going to another step and back", async () => {
  await (await byId("step-6")).click();
  await (await editor("pcc_response")).click();
  await s.keys(" And I thank the team.");
  await until("typed", async () => (await (await editor("pcc_response")).text()).includes("team"));
  await (await byId("step-5")).click();
  await (await byId("step-6")).click();
  const back = await editor("pcc_response");
  await back.click();
  await s.chord(CONTROL, "z");
  await until("the typing undone", async () =>
    (await (await editor("pcc_response")).text()) === "I welcome the thematic report.");
  await savedQuietly();
});

test("a report link typed without https gains it, and a javascript: link never becomes a link", async () => {
  await (await byId("step-1")).click();
  await s.setValue("report-url", "www.justiceinspectorates.gov.uk/hmicfrs/wessex-custody");
  await s.setValue("published", "2025-10-01");
  await savedQuietly();
  await (await byId("step-8")).click();
  for (const f of readdirSync(SAVED).filter((f) => f.includes("Wessex custody"))) rmSync(join(SAVED, f));
  await (await byId("export-docx")).click();
  await until("the export", async () => (await text('[data-testid="export-result"]')).includes(".docx"));
  const [file] = readdirSync(SAVED).filter((f) => f.includes("Wessex custody") || f.includes("PEEL 2025"));
  assert.ok(file, `exported: ${readdirSync(SAVED)}`);
  const rels = part(file, "word/_rels/document.xml.rels");
  assert.ok(
    rels.includes('Target="https://www.justiceinspectorates.gov.uk/hmicfrs/wessex-custody"'),
    rels,
  );

  await (await byId("step-1")).click();
  await s.setValue("report-url", "javascript:alert(1)");
  const said = await until("the link problem", async () => {
    const t = await text('[data-field="inspection.report_url"]');
    return t.includes("cannot work") ? t : null;
  });
  assert.match(said, /javascript:alert\(1\)/);
  await savedQuietly();
  rmSync(join(SAVED, file));
  await (await byId("step-8")).click();
  await (await byId("export-docx")).click();
  await until("the export", async () => (await text('[data-testid="export-result"]')).includes(".docx"));
  const [again] = readdirSync(SAVED).filter((f) => f.includes("PEEL 2025"));
  assert.ok(!part(again, "word/_rels/document.xml.rels").includes("javascript"), "no live link");
  assert.ok(part(again, "word/document.xml").includes("javascript:alert(1)"), "kept as text");
  rmSync(join(SAVED, again));
  await (await byId("step-1")).click();
  await s.setValue("report-url", "");
});

test("a date published with its year typed wrong is named beside the field and in the outline", async () => {
  await s.setValue("published", "2204-09-24");
  const said = await until("the date problem", async () => {
    const t = await text('[data-field="inspection.published"]');
    return t.includes("in the future") ? t : null;
  });
  assert.match(said, /24 September 2204/);
  assert.equal(await (await byId("step-1")).attr("data-progress"), "problem");
  assert.doesNotMatch(await text('[data-testid="deadline"]'), /days left/, "no countdown from it");
  await until("the header asks for the date to be checked", async () =>
    (await text('[data-testid="deadline"]')).includes("Check the date published"));
  await shot("41-date-in-the-future");
  // The list counts no days down from it either: the core decides for both.
  await (await byId("back-to-list")).click();
  const row = await until("the list's row", async () => {
    for (const r of await s.findAll('[data-testid="response-row"]')) {
      if ((await r.text()).includes("2204")) return r;
    }
    return null;
  });
  assert.match(await row.text(), /Check the date published/);
  assert.doesNotMatch(await row.text(), /Overdue|days left/);
  const id = await row.attr("data-id");
  await (await s.wait(`[data-testid="response-row"][data-id="${id}"] [data-testid="open"]`)).click();
  await byId("published");
  await s.setValue("published", "1900-09-24");
  await until("the old date named", async () =>
    (await text('[data-field="inspection.published"]')).includes("before 2000"));
  await s.setValue("published", "2022-09-01");
  await until("no problem left", async () =>
    (await text('[data-field="inspection.published"]')) === "");
  await savedQuietly();
});

test("what is typed in the plain item box is what prints", async () => {
  await (await byId("step-4")).click();
  await (await byId("add-item")).click();
  const box = await byId("item-text");
  await box.type("Review *all* custody records and see [x](y).");
  await savedQuietly();
  await (await byId("step-8")).click();
  await (await byId("export-docx")).click();
  await until("the export", async () => (await text('[data-testid="export-result"]')).includes(".docx"));
  const [file] = readdirSync(SAVED).filter((f) => f.includes("PEEL 2022"));
  const xml = part(file, "word/document.xml");
  assert.ok(xml.includes("Review *all* custody records and see [x](y)."), "printed as typed");
  rmSync(join(SAVED, file));
});

test("Word's bullets, a pasted heading and a pasted table leave nothing behind", async () => {
  await (await byId("step-2")).click();
  const css = '[data-testid="key_findings"] [contenteditable="true"]';
  await s.wait(css);
  await s.exec(
    `const el = document.querySelector(arguments[0]);
     el.focus();
     const data = new DataTransfer();
     const bullet = (text) => '<p class=MsoListParagraph style="mso-list:l0 level1 lfo1">' +
       '<span style="font-family:Symbol"><span style="mso-list:Ignore">\uF0B7<span>&nbsp;&nbsp;</span></span></span>' +
       text + '</p>';
     data.setData("text/html", bullet("Custody records are complete.") + bullet("Reviews are timely.") +
       "<table><tr><td>Area</td><td>Grade</td></tr><tr><td>Custody</td><td>Good</td></tr></table>");
     data.setData("text/plain", "Custody records are complete.");
     el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));`,
    css,
  );
  const html = await until("the paste", async () => {
    const h = await s.exec("return document.querySelector(arguments[0]).innerHTML", css);
    return h.includes("Custody | Good") ? h : null;
  });
  assert.match(html, /<ul><li><p>Custody records are complete\.<\/p><\/li><li><p>Reviews are timely\.<\/p><\/li><\/ul>/);
  assert.ok(html.includes("<p>Area | Grade</p>"), html);
  assert.doesNotMatch(html, /[\uE000-\uF8FF]/, "no symbol-font bullet left");

  await (await byId("step-4")).click();
  const before = (await s.findAll('[data-testid="item"]')).length;
  await s.setValue(
    "paste-items",
    "Areas for improvement\n\uF0B7\tThe force should audit custody.\n\uF0B7\tThe force should train staff.\n\uF0A7 The force should publish data.",
  );
  await (await byId("split-paste")).click();
  const proposed = await until("the preview", async () => {
    const found = await s.findAll('[data-testid="paste-preview-item"]');
    return found.length ? found : null;
  });
  assert.equal(proposed.length, 3, "the heading is not an item");
  assert.match(await proposed[0].text(), /^The force should audit custody\./);
  const ticks = await s.findAll('[data-testid="paste-include"]');
  await ticks[1].click();
  await (await byId("confirm-paste")).click();
  await until("two items added", async () =>
    (await s.findAll('[data-testid="item"]')).length === before + 2);
  const texts = [];
  for (const box of await s.findAll('[data-testid="item-text"]')) texts.push(await box.value());
  assert.deepEqual(texts.slice(-2), ["The force should audit custody.", "The force should publish data."]);
  await savedQuietly();
});

test("an office detail the document needs is named in the checks, which lead to Settings", async () => {
  await (await byId("nav-settings")).click();
  const name = await byId("pcc_name");
  const was = await name.value();
  await s.setValue("pcc_name", "");
  await (await byId("save-settings")).click();
  await until("settings saved", async () => (await text('[data-testid="settings-status"]')).includes("Saved"));
  await (await byId("nav-responses")).click();
  await openRow(TITLE);
  await (await byId("step-8")).click();
  const problem = await until("the office problem", async () => {
    for (const p of await s.findAll('[data-testid="problem"]')) {
      if ((await p.text()).includes("The PCC's name is not set")) return p;
    }
    return null;
  });
  assert.match(await problem.text(), /Go to Settings/);
  assert.equal(await problem.attr("data-step"), "settings");
  await problem.click();
  await byId("pcc_name");
  await s.setValue("pcc_name", was);
  await (await byId("save-settings")).click();
  await until("settings saved", async () => (await text('[data-testid="settings-status"]')).includes("Saved"));
  await (await byId("nav-responses")).click();
  await openRow(TITLE);
});

test("a published response shows its date, not a countdown, below the live drafts", async () => {
  await s.setValue("status", "published");
  await savedQuietly();
  await (await byId("back-to-list")).click();
  const row = await until("the published row", async () => {
    for (const r of await s.findAll('[data-testid="response-row"]')) {
      if ((await r.text()).includes(TITLE)) return r;
    }
    return null;
  });
  const shown = await row.text();
  assert.match(shown, /Published on \d{1,2} [A-Z][a-z]+ \d{4}/, shown);
  assert.doesNotMatch(shown, /Overdue/, shown);
  const statuses = [];
  for (const r of await s.findAll('[data-testid="response-row"]')) {
    statuses.push(await r.attr("data-status"));
  }
  const firstDone = statuses.findIndex((st) => st === "signed" || st === "published");
  assert.ok(
    firstDone === -1 || statuses.slice(firstDone).every((st) => st === "signed" || st === "published"),
    `live drafts first: ${statuses}`,
  );
  await shot("42-published-in-the-list");
});

test("a duplicate is marked as a copy, and every row says when it last changed", async () => {
  const rows = await s.findAll('[data-testid="response-row"]');
  let id = null;
  for (const r of rows) if ((await r.text()).includes(TITLE)) id = await r.attr("data-id");
  await (await s.find(`[data-testid="response-row"][data-id="${id}"] [data-testid="duplicate"]`)).click();
  await until("the copy", async () => (await text('[data-testid="responses"]')).includes(`${TITLE} (copy)`));
  const changed = await text(`[data-testid="response-row"][data-id="${id}"] [data-testid="changed"]`);
  assert.match(changed, /^\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d$/, changed);
});

test("a very long title is cut at its limit, and its row stays a few lines tall", async () => {
  await openRow(`${TITLE} (copy)`);
  const title = await byId("title");
  await title.clear();
  await title.type("A very long title for a custody inspection of Wessex. ".repeat(11));
  const value = await title.value();
  assert.equal(value.length, 500, "the title stops at 500 characters");
  assert.match(await text('[data-testid="title-limit"]'), /at most 500 characters/);
  await savedQuietly();
  await (await byId("back-to-list")).click();
  await byId("responses");
  await shot("43-long-title-in-the-list");
  const heights = await s.exec(
    `return [...document.querySelectorAll('[data-testid="response-row"]')].map((r) =>
       [r.textContent.includes("A very long title"), r.getBoundingClientRect().height]);`,
  );
  const [, long] = heights.find(([isLong]) => isLong);
  const others = Math.max(...heights.filter(([isLong]) => !isLong).map(([, h]) => h));
  // Cut to a few lines: no taller than the tallest ordinary row, give or take a line.
  assert.ok(long <= Math.max(others, 120) + 30, `the long title's row is ${long}px`);

  // A short title again, for the tests after this one.
  await openRow("A very long title");
  await (await byId("title")).clear();
  await (await byId("title")).type(`${TITLE} (copy)`);
  await savedQuietly();
  await (await byId("back-to-list")).click();
  await byId("responses");
});

test("an office settings file chosen as a response is recognised, and broken JSON is called damaged", async () => {
  writeFileSync(
    OPEN,
    JSON.stringify({ format: "pcc-office", version: 1, pcc_name: "Alex Example", area: "Wessex",
      force: "Wessex Police", office_name: "Office of the PCC for Wessex" }),
  );
  await (await byId("import-response")).click();
  const dialog = await byId("dialog");
  assert.match(await dialog.text(), /This is an office settings file/);
  assert.match(await dialog.text(), /Office of the PCC for Wessex/);
  await (await byId("dialog-cancel")).click();

  writeFileSync(OPEN, '{\n  "format": "pcc-response",\n  "version": 1,\n  "document": "form",\n');
  await (await byId("import-response")).click();
  const banner = await until("the error", async () => {
    const t = await text('[data-testid="error-banner"]');
    return t.trim() ? t : null;
  });
  assert.match(banner, /damaged or incomplete \(line \d+\)/, banner);
  assert.doesNotMatch(banner, /EOF|parsing|_/, banner);
});
