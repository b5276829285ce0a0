// After publication, in the real app: a published response (the project's own 2025 fixture,
// retitled) is imported and the list says it was published on time; in the tracker, filtered
// to it, updates are recorded on three items with the keyboard alone and the counts change;
// an update dated in the future is refused naming the field, with nothing changed; a new
// response for the same force is started and one of the open items is carried forward into
// it, superseded by its area for improvement, which then says when it was first raised; and
// the Panel's progress report is previewed and exported, and read back.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rowIdOf, startsTheApp } from "./helpers.mjs";
import { until } from "./webdriver.mjs";

const OPEN = process.env.PCC_RESPONSE_E2E_OPEN_FILE;
const SAVED = process.env.PCC_RESPONSE_E2E_SAVE_DIR;
const SHOTS = process.env.PCC_E2E_SCREENSHOTS;
const FIXTURE = new URL("../fixtures/exampleshire-2025-response.pccr", import.meta.url);
const TITLE = "PEEL 2025: Tracked response of Exampleshire Police";
const NEW_TITLE = "PEEL 2026: Follow-up inspection of Exampleshire Police";
const ENTER = "\uE007";
const ESCAPE = "\uE00C";

let s;
const byId = (id) => s.wait(`[data-testid="${id}"]`);
const text = async (css) => (await s.wait(css)).text();
const shot = async (name) => SHOTS && writeFileSync(join(SHOTS, `${name}.png`), await s.screenshot());
async function fill(id, value) {
  const el = await byId(id);
  await el.clear();
  await el.type(value);
}

startsTheApp((started) => (s = started), { ready: '[data-testid="import-response"]' });

let id;
test("a published response is imported and the list says it was published on time", async () => {
  const fixture = JSON.parse(readFileSync(FIXTURE, "utf8"));
  fixture.inspection.title = TITLE;
  writeFileSync(OPEN, JSON.stringify(fixture));
  await (await byId("nav-responses")).click();
  await (await byId("import-response")).click();
  id = await rowIdOf(s, TITLE);
  const said = await text(`[data-testid="response-row"][data-id="${id}"] [data-testid="publication"]`);
  assert.equal(said, "Published on time");
});

/** Filters the tracker to response `id`, once the menu offers it (it is read with the page). */
async function filterTo(id) {
  await s.wait(`[data-testid="filter-inspection"] option[value="${id}"]`);
  await s.setValue("filter-inspection", String(id));
}

/** The tracker's counts by status, as the officer reads them. */
const counts = () => text('[data-testid="counts-by-status"]');

/** The open items of the tracked response: "19 open items: …" gives 19. */
async function openCount() {
  const said = await counts();
  const n = /(\d+) open items?/.exec(said);
  assert.ok(n, said);
  return Number(n[1]);
}

test("the tracker, filtered to the response, counts its open items by status and RAG", async () => {
  await (await byId("nav-tracker")).click();
  await byId("tracker-counts");
  await filterTo(id);
  // The fixture has 20 items: one recommendation complete, the others open.
  await until("the counts of the response's items", async () => (await openCount()) === 19);
  assert.match(await text('[data-testid="counts-by-rag"]'), /red|amber|green/i);
  const rows = await s.findAll('[data-testid="tracker-row"]');
  assert.ok(rows.length >= 3, `${rows.length} rows`);
  for (const row of rows) assert.ok((await row.attr("data-item")).startsWith(`${id}-`));
});

/** Opens row `n`'s "Add update" with the keyboard and records an update typed into it. */
async function recordUpdate(n, { date, by, action, evidence, status }) {
  const rows = await s.findAll('[data-testid="tracker-row"]');
  const item = await rows[n].attr("data-item");
  const button = `[data-testid="tracker-row"][data-item="${item}"] [data-testid="add-update"]`;
  await s.exec("document.querySelector(arguments[0]).focus()", button);
  assert.equal(await s.focused(), "add-update");
  await s.keys(ENTER);
  await byId("item-tracking");
  await until("the date box to have the focus", async () => (await s.focused()) === "update-date");
  if (date) await s.setValue("update-date", date);
  await (await byId("update-by")).type(by);
  await (await byId("update-action")).type(action);
  await (await byId("update-evidence")).type(evidence);
  await s.setValue("update-status", status);
  // Enter in a one-line box records the update, as a form does.
  await (await byId("update-link")).click();
  await s.keys(ENTER);
  return item;
}

test("updates are recorded on three items with the keyboard, and the counts change", async () => {
  const before = await openCount();
  const first = await recordUpdate(0, {
    by: "Head of Contact",
    action: "New call-handling system live.",
    evidence: "Go-live report to the force board.",
    status: "complete",
  });
  await until("the update in the item's history", async () =>
    (await text('[data-testid="updates"]')).includes("New call-handling system live."));
  await shot("app-tracker-update");
  await s.keys(ESCAPE);
  await until("one item fewer open", async () => (await openCount()) === before - 1);
  assert.equal(await s.focused(), "add-update", "the focus is back on a row's Add update");
  assert.ok(!(await s.findAll(`[data-testid="tracker-row"][data-item="${first}"]`)).length, "the completed item has left the open items");

  for (const [n, action] of [[0, "Training plan agreed."], [1, "Audit of case files begun."]]) {
    await recordUpdate(n, {
      by: "Chief Superintendent, Crime",
      action,
      evidence: "Minutes of the accountability board.",
      status: "being_progressed",
    });
    await until("the update recorded", async () => (await text('[data-testid="updates"]')).includes(action));
    await s.keys(ESCAPE);
  }
  await until("two items being progressed more", async () => /being progressed/i.test(await counts()));
  assert.equal(await openCount(), before - 1);
  await shot("app-tracker");
});

test("an update dated in the future is refused naming the field, and nothing changes", async () => {
  const before = await counts();
  await recordUpdate(0, {
    date: "2099-01-01",
    by: "Head of Contact",
    action: "Dated wrongly.",
    evidence: "None.",
    status: "complete",
  });
  const said = await until("the refusal", async () => {
    const t = await text('[data-testid="update-error"]');
    return t.trim() ? t : null;
  });
  assert.match(said, /Date of the update/, said);
  assert.equal(await (await byId("update-action")).value(), "Dated wrongly.", "what was typed stays");
  await s.keys(ESCAPE);
  assert.equal(await counts(), before);
});

test("an open item is carried forward into a new response for the same force", async () => {
  await (await byId("nav-responses")).click();
  await (await byId("new-response")).click();
  await (await byId("new-form")).click();
  await byId("step-1");
  await fill("title", NEW_TITLE);
  await s.setValue("published", "2026-03-10");
  await fill("forces", "Exampleshire");
  await until("the autosave", async () => /Saved at \d\d:\d\d/.test(await (await byId("saved-status")).text()));
  await (await byId("step-4")).click();
  await (await byId("add-item")).click();
  await (await s.wait('[data-testid="item-text"]')).type("The force should finish replacing its call-handling system.");
  // The offer lists the open items of earlier inspections of Exampleshire, ours among them.
  const candidate = await until("our response's open items offered", async () => {
    for (const c of await s.findAll('[data-testid="carry-candidate"]')) {
      if ((await c.text()).includes(TITLE)) return c;
    }
    // The offer is read when the step opens: open it again until the draft is saved.
    await (await byId("step-3")).click();
    await (await byId("step-4")).click();
    return null;
  }, 30000);
  const label = (await candidate.text()).split(" of ")[0];
  await s.exec("document.querySelector('[data-testid=\"carried-forward\"]').scrollIntoView()");
  await shot("app-carry-forward");
  const buttons = await s.findAll('[data-testid="carry-candidate"]');
  let i = 0;
  for (; i < buttons.length; i++) if ((await buttons[i].text()).includes(TITLE)) break;
  await (await s.findAll('[data-testid="carry-supersede"]'))[i].click();
  const said = await until("what was done", async () => (await text('[data-testid="carried-message"]')).trim());
  assert.match(said, /superseded by Area for improvement 1/, said);
  assert.match(said, new RegExp(label.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await until("the item says when it was first raised", async () =>
    (await text('[data-testid="first-raised"]')) === "This area for improvement was first raised in 2025.");
  assert.match(await text('[data-testid="preview"]'), /first raised in 2025/);

  await (await byId("nav-tracker")).click();
  await filterTo(id);
  await until("the superseded item closed", async () => (await openCount()) === 17);
});

test("the Panel's progress report is previewed, exported and read back", async () => {
  await (await byId("nav-reports")).click();
  const today = await until("today in the day box", async () => (await byId("report-as-of")).value());
  // A day to come is refused in words, naming the box; nothing is previewed.
  await s.setValue("report-as-of", "2099-01-01");
  await (await byId("preview-report")).click();
  const refused = await until("the refusal", async () => (await text('[data-testid="report-problem"]')).trim());
  assert.match(refused, /^Position as at: is 1 January 2099, which is after today/, refused);
  assert.equal((await s.findAll('[data-testid="report-preview"]')).length, 0);
  await s.setValue("report-as-of", today);
  await (await byId("preview-report")).click();
  const preview = await until("the preview", async () => {
    const t = await text('[data-testid="report-preview"]');
    return t.includes(TITLE) ? t : null;
  });
  assert.match(preview, /Progress report to the Police and Crime Panel/);
  assert.match(preview, /New call-handling system live\./);
  await shot("app-reports");
  const before = new Set(readdirSync(SAVED));
  await (await byId("export-report")).click();
  const file = await until("the report saved", async () =>
    readdirSync(SAVED).find((f) => f.endsWith(".docx") && !before.has(f) && statSync(join(SAVED, f)).size > 0));
  assert.match(file, /^Progress report to the Police and Crime Panel/);
  assert.match(await text('[data-testid="report-message"]'), /Saved the progress report/);
  const xml = execFileSync("unzip", ["-p", join(SAVED, file), "word/document.xml"], { encoding: "utf8" });
  for (const words of [TITLE, "New call-handling system live.", "Superseded", "Being progressed"]) {
    assert.ok(xml.includes(words), `the report holds “${words}”`);
  }
  assert.ok(xml.includes("<w:tblHeader"), "the tables' header rows repeat on each page");
});

test("the compliance summary gives the report, its deadline and that it was on time", async () => {
  await s.setValue("compliance-from", "2025-01-01");
  await s.setValue("compliance-to", "2025-12-31");
  await (await byId("show-compliance")).click();
  const rows = await until("the compliance rows", async () => {
    const all = await s.findAll('[data-testid="compliance-row"]');
    for (const r of all) if ((await r.text()).includes(TITLE)) return r;
    return null;
  });
  const row = await rows.text();
  assert.match(row, /12 August 2025/);
  assert.match(row, /On time/);
  assert.match(await text('[data-testid="compliance-summary"]'), /published on time/);
});
