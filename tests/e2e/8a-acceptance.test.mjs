// Acceptance, in the real app: the real, published 2024 response of a Police and Crime
// Commissioner (read from ../shared/fixtures beside the repository, never copied into it)
// is imported, shows its nine graded judgements and 17 areas for improvement, and exports
// with them; its web page for the office's website passes axe-core inside the real WebKit
// (published.mjs); and its 17 areas, pasted as the real response prints them, become 17
// items.
// scripts/e2e.sh runs this file only when ../shared is there, and otherwise says in one line
// that it left it out. Runs after 8-accessibility and before 9-closing (node sorts the files),
// in the run's one data folder: whatever it adds, it deletes for good again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { startsTheApp } from "./helpers.mjs";
import { checkPublishedPage } from "./published.mjs";
import { running, until } from "./webdriver.mjs";

const APP = process.env.PCC_E2E_APP;
const SAVED = process.env.PCC_RESPONSE_E2E_SAVE_DIR;
const OPEN = process.env.PCC_RESPONSE_E2E_OPEN_FILE;
if (!APP || !SAVED || !OPEN) throw new Error("run these tests through scripts/e2e.sh");
const SHARED = new URL("../../../shared/fixtures/", import.meta.url);
const REAL = new URL("peel-2024-response.json", SHARED);
const real = JSON.parse(readFileSync(REAL, "utf8"));
const printed = readFileSync(new URL("peel-2024-response.txt", SHARED), "utf8");

let s;
const byId = (id) => s.wait(`[data-testid="${id}"]`);
const count = async (css) => (await s.findAll(css)).length;
const rowIds = () =>
  s.exec("return [...document.querySelectorAll('[data-testid=\"response-row\"]')].map((r) => r.dataset.id);");

/** Moves the response `id` to the trash from the list, then deletes it for good. */
async function deleteForGood(id) {
  await (await byId("back-to-list")).click();
  const row = `[data-testid="response-row"][data-id="${id}"]`;
  await (await s.wait(`${row} [data-testid="trash"]`)).click();
  await until("the row gone", async () => (await count(row)) === 0);
  await (await byId("nav-trash")).click();
  await (await s.wait(`[data-testid="trash-row"][data-id="${id}"] [data-testid="delete-for-good"]`)).click();
  await (await s.wait('[data-testid="dialog"][open] [data-testid="dialog-confirm"]')).click();
  await until("deleted", async () => (await count(`[data-testid="trash-row"][data-id="${id}"]`)) === 0);
  await (await byId("nav-responses")).click();
  await byId("new-response");
}

startsTheApp((started) => (s = started), {
  // The previous file's app must be gone, or this start hands over to it and ends.
  first: () => until("the previous app closed", async () => !running(APP), 20000),
  ready: '[data-testid="new-response"]',
});

test("the real 2024 response imports, shows its judgements and areas, and exports them", async () => {
  copyFileSync(REAL, OPEN);
  await s.wait('[data-testid="responses"], [data-testid="no-responses"]');
  const before = await rowIds();
  await (await byId("import-response")).click();
  const id = await until("the imported response", async () =>
    (await rowIds()).find((row) => !before.includes(row)));
  await (await s.find(`[data-testid="response-row"][data-id="${id}"] [data-testid="open"]`)).click();

  await (await byId("step-2")).click();
  await until("nine grades", async () => (await count('[data-testid="grade-row"]')) === 9);
  await (await byId("step-4")).click();
  await until("17 areas", async () => (await count('[data-testid="item"]')) === 17);

  await (await byId("step-8")).click();
  const had = new Set(readdirSync(SAVED));
  await (await byId("export-docx")).click();
  const file = await until("the export", async () =>
    readdirSync(SAVED).find((f) => f.endsWith(".docx") && !had.has(f)));
  assert.match(file, /PEEL 2024 - 19 Nov 2024\.docx$/);
  const xml = execFileSync("python3", [
    "-c",
    "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())",
    join(SAVED, file),
  ]).toString();
  for (const text of [
    "19 November 2024",
    "There are no recommendations made.",
    "Area for Improvement 17:",
    real.areas_for_improvement[16].text,
  ]) {
    assert.ok(xml.includes(text), `the document lacks ${text}`);
  }
  rmSync(join(SAVED, file));
  await deleteForGood(id);
});

test("the real 2024 response's web page is exported and passes axe in WebKit", async () => {
  copyFileSync(REAL, OPEN);
  await s.wait('[data-testid="responses"], [data-testid="no-responses"]');
  const before = await rowIds();
  await (await byId("import-response")).click();
  const id = await until("the imported response", async () =>
    (await rowIds()).find((row) => !before.includes(row)));
  await (await s.find(`[data-testid="response-row"][data-id="${id}"] [data-testid="open"]`)).click();
  await (await byId("step-8")).click();
  const had = new Set(readdirSync(SAVED));
  await (await byId("export-html")).click();
  const file = await until("the web page", async () =>
    readdirSync(SAVED).find((f) => f.endsWith(".html") && !had.has(f)));
  try {
    const html = readFileSync(join(SAVED, file), "utf8");
    assert.ok(html.includes("Area for Improvement 17:"), "the page lacks the 17th area");
    await checkPublishedPage(s, html, "real-2024");
  } finally {
    rmSync(join(SAVED, file));
    await deleteForGood(id);
  }
});

test("the 17 areas pasted as the real response prints them become 17 items", async () => {
  const pasted = printed.slice(
    printed.indexOf("Area for Improvement 1:"),
    printed.indexOf("Chief Constable response to report"),
  );
  await (await byId("new-response")).click();
  await (await byId("new-form")).click();
  const id = await (await byId("draft")).attr("data-id");
  await (await byId("step-4")).click();
  await s.setValue("paste-items", pasted); // WebKitWebDriver drops typed newlines
  await (await byId("split-paste")).click();
  await until("17 items to confirm", async () =>
    (await count('[data-testid="paste-preview-item"]')) === 17);
  await (await byId("confirm-paste")).click();
  await until("17 areas for improvement", async () => (await count('[data-testid="item"]')) === 17);
  await deleteForGood(id);
});
