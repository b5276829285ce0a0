// Every screen of the real app checked by axe-core against WCAG 2.0, 2.1 and 2.2, levels A
// and AA: the first start's settings, the settings and backups, a backup's preview, the list,
// the choice of document, each step of a form and of a letter, the history, the trash and the
// questions the app asks. axe is injected through WebDriver (the page's CSP does not apply to
// it), and each screen must have no violations. Runs second, after 1-journey.test.mjs ("10-"
// sorts before "2-"), in the run's one data folder: it brings in what it needs through the
// window and removes it again at the end, so the files after it find the data as they would
// without it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Session, running, until, sleep } from "./webdriver.mjs";

const APP = process.env.PCC_E2E_APP;
const SHOTS = process.env.PCC_E2E_SCREENSHOTS;
const OPEN = process.env.PCC_RESPONSE_E2E_OPEN_FILE;
const FIXTURES = new URL("../fixtures/", import.meta.url);
const AXE = new URL("../../ui/node_modules/axe-core/axe.min.js", import.meta.url);
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const FORM_TITLE = "Accessibility check: the form";
const LETTER_TITLE = "Accessibility check: the letter";

if (!APP || !OPEN) throw new Error("run these tests through scripts/e2e.sh");
if (!existsSync(AXE)) {
  throw new Error(
    `axe-core is missing: expected ${AXE.pathname}. It is a devDependency of ui/: run "npm ci" in ui/.`,
  );
}
const axeSource = readFileSync(AXE, "utf8");

let s;
const byId = (id) => s.wait(`[data-testid="${id}"]`);
const count = async (css) => (await s.findAll(css)).length;
const text = async (css) => (await s.wait(css)).text();
const saved = () =>
  until("saved", async () =>
    (await (await s.find('[data-testid="saved-status"]')).attr("data-state")) === "saved");

/** What axe found on each screen since the last `assertNoViolations`. */
let found = [];

/**
 * Injects axe once per page, runs it on the whole document (less the parts `exclude` names,
 * CSS selectors) and keeps what it finds; then takes the screen's picture.
 */
async function check(screen, exclude = []) {
  const present = await s.exec("return typeof window.axe?.run === 'function';");
  if (!present) {
    await s.exec(`${axeSource}\n;return true;`);
    assert.ok(
      await s.exec("return typeof window.axe?.run === 'function';"),
      "axe-core could not be injected into the page",
    );
  }
  const result = await s.execAsync(
    `const done = arguments[arguments.length - 1];
     const [tags, exclude] = arguments;
     window.axe
       .run({ include: [document], exclude: exclude.map((css) => [css]) },
         { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
       .then((r) => done({ violations: r.violations.map((v) => ({
         id: v.id, impact: v.impact, help: v.help,
         nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html, why: n.failureSummary })),
       })) }))
       .catch((e) => done({ error: String((e && e.stack) || e) }));`,
    TAGS,
    exclude,
  );
  assert.ok(!result.error, `axe failed on ${screen}: ${result.error}`);
  for (const v of result.violations) found.push({ screen, ...v });
  if (SHOTS) writeFileSync(join(SHOTS, `a11y-${screen}.png`), await s.screenshot());
}

/** Fails with every violation found since the last call: each once, with the screens it is on. */
function assertNoViolations() {
  const seen = new Map();
  for (const v of found) {
    const nodes = v.nodes
      .map((n) => `\n    ${n.target}\n      ${n.html}\n      ${n.why.replace(/\n/g, "\n      ")}`)
      .join("");
    const key = `${v.id} (${v.impact}): ${v.help}${nodes}`;
    seen.set(key, [...(seen.get(key) ?? []), v.screen]);
  }
  found = [];
  if (seen.size === 0) return;
  const report = [...seen].map(([key, screens]) => `\n[${screens.join(", ")}] ${key}`).join("");
  assert.fail(`axe found ${seen.size} violation(s) of WCAG 2.x A/AA:${report}`);
}

/** Clicks the button `testid`, waits for what it shows (`shown`, CSS) and checks `screen`. */
async function checkWhatOpens(testid, shown, screen) {
  await (await byId(testid)).click();
  await s.wait(shown);
  await check(screen);
}

/** Clicks the button `testid` and waits until nothing matches `css`: `what` has closed. */
async function close(testid, what, css) {
  await (await byId(testid)).click();
  await until(what, async () => (await count(css)) === 0);
}

/** The data-ids of the list's rows. */
const rowIds = () =>
  s.exec("return [...document.querySelectorAll('[data-testid=\"response-row\"]')].map((r) => r.dataset.id);");

/** The responses this file makes, removed again at its end. */
let formId;
let letterId;

/** Goes to step `n` through the outline, and waits for it and for the preview. */
async function toStep(n) {
  await (await byId(`step-${n}`)).click();
  await s.wait(`[data-testid="step-pane"][data-step="${n}"]`);
  await until("the preview", () =>
    s.exec("return !!document.querySelector('#preview .paper')?.textContent.trim();"));
}

before(async () => {
  // The previous file's app must be gone, or this start hands over to it and ends.
  await until("the previous app closed", async () => !running(APP), 20000);
  s = await Session.start(APP);
  await s.scriptTimeout(60000);
});
after(async () => {
  await s?.end();
});

test("first start: the settings that welcome the officer", async () => {
  const first = await until("the first view", () =>
    s.exec(`return ['settings-welcome', 'new-response']
      .find((id) => document.querySelector('[data-testid="' + id + '"]'));`));
  const fields = ["pcc_name", "area", "force", "office_name"];
  let office;
  if (first === "settings-welcome") {
    // On its own, this file may be the first start: the settings of the fixture's office.
    office = JSON.parse(readFileSync(new URL("exampleshire-office.json", FIXTURES), "utf8"));
  } else {
    // The welcome is shown while the office is not set: unset it, start again, set it back.
    await (await byId("nav-settings")).click();
    await byId("office_name");
    office = {};
    for (const f of fields) office[f] = await (await byId(f)).value();
    for (const f of ["area", "force", "office_name"]) await s.setValue(f, "");
    await (await byId("save-settings")).click();
    await until("settings saved", async () => (await text('[data-testid="settings-status"]')).includes("Saved"));
    await s.end();
    s = await Session.start(APP);
    await s.scriptTimeout(60000);
  }
  try {
    await byId("settings-welcome");
    await byId("pcc_name");
    await s.wait('[data-testid="backup-list"], [data-testid="no-backups"]');
    await check("first-start");
  } finally {
    for (const f of fields) await s.setValue(f, office[f]);
    await (await byId("save-settings")).click();
  }
  await byId("go-to-responses");
  await check("first-start-saved");
  await (await byId("go-to-responses")).click();
  await byId("new-response");
  assertNoViolations();
});

test("the settings, their backups, a backup's preview and the questions asked", async () => {
  await checkWhatOpens("nav-settings", '[data-testid="backup-list"], [data-testid="no-backups"]', "settings");

  // The app backs up at each start, so after the files before this one there are backups.
  if ((await count('[data-testid="restore-this-backup"]')) > 0) {
    const cancel = '[data-testid="backup-preview"][open] [data-testid="cancel-restore-backup"]';
    await checkWhatOpens("restore-this-backup", cancel, "backup-preview");
    await close("cancel-restore-backup", "the preview closed", '[data-testid="backup-preview"][open]');
  }

  writeFileSync(OPEN, "this is not a backup\n".repeat(40));
  await (await byId("restore-backup")).click();
  await until("the refusal", async () => {
    for (const el of await s.findAll('[data-testid="error-banner"], [data-testid="backups-message"]')) {
      if (/not a PCC Response backup/.test(await el.text())) return true;
    }
    return false;
  });
  await check("settings-backup-refused");

  // A change not saved: leaving asks what to do with it.
  const name = await (await byId("pcc_name")).value();
  await s.setValue("pcc_name", `${name} (changed)`);
  const discard = '[data-testid="dialog"][open] [data-testid="dialog-discard"]';
  await checkWhatOpens("nav-responses", discard, "dialog-unsaved-settings");
  await (await byId("dialog-discard")).click();
  await byId("new-response");
  assertNoViolations();
});

test("the list of responses and the choice of document", async () => {
  const response = JSON.parse(
    readFileSync(new URL("exampleshire-2025-response.pccr", FIXTURES), "utf8"),
  );
  response.inspection.title = FORM_TITLE;
  writeFileSync(OPEN, JSON.stringify(response));
  await s.wait('[data-testid="responses"], [data-testid="no-responses"]');
  const before = await rowIds();
  await (await byId("import-response")).click();
  formId = await until("the imported response in the list", async () =>
    (await rowIds()).find((id) => !before.includes(id)));
  await check("responses");

  await checkWhatOpens("new-response", '[data-testid="new-letter"]', "new-response");
  await close("new-response", "the choices closed", '[data-testid="new-letter"]');
  assertNoViolations();
});

test("each of the eight steps of a form, its history and a version's preview", async () => {
  await (await s.find(`[data-testid="response-row"][data-id="${formId}"] [data-testid="open"]`)).click();
  await byId("step-1");
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
    await toStep(n);
    await check(`form-step-${n}`);
    if (n === 4) {
      await s.setValue("paste-items", "Area for Improvement 1: one.\nArea for Improvement 2: two.");
      await (await byId("split-paste")).click();
      await byId("paste-found");
      await check("form-step-4-paste");
      await (await byId("cancel-paste")).click();
    }
  }

  // A status change makes a version to show.
  await s.setValue("status", "ready");
  await saved();
  await checkWhatOpens("history-button", '[data-testid="history"][open] [data-testid="version"]', "history");
  await checkWhatOpens("preview-version", '[data-testid="version-preview"]', "history-version");
  await close("close-history", "the history closed", '[data-testid="history"]');
  assertNoViolations();
});

test("each step of a letter, and an export", async () => {
  await (await byId("back-to-list")).click();
  await (await byId("new-response")).click();
  await (await byId("new-letter")).click();
  letterId = await (await byId("draft")).attr("data-id");
  await (await byId("title")).type(LETTER_TITLE);
  await saved();
  for (const n of [1, 2, 3, 4, 6, 7, 8]) {
    await toStep(n);
    await check(`letter-step-${n}`);
  }
  assert.equal(await count('[data-testid="step-5"]'), 0, "a letter has no Chief Constable step");
  await checkWhatOpens("export-response-file", '[data-testid="export-result"]', "letter-exported");
  assertNoViolations();
});

test("the tracker, an item's dialog with a refusal, and the reports", async () => {
  await (await byId("nav-tracker")).click();
  await s.wait('[data-testid="tracker-row"]');
  await check("tracker");
  await checkWhatOpens("add-update", '[data-testid="item-tracking"]', "item-tracking");
  await s.setValue("update-date", "2099-01-01");
  await (await byId("update-by")).type("Head of Contact");
  await (await byId("update-action")).type("Dated in the future.");
  await (await byId("record-update")).click();
  await until("the refusal", async () => (await text('[data-testid="update-error"]')).trim() !== "");
  await check("item-tracking-refused");
  await close("close-item-tracking", "the item's dialog closed", '[data-testid="item-tracking"]');

  await (await byId("nav-reports")).click();
  await checkWhatOpens("preview-report", '[data-testid="report-preview"]', "reports-preview");
  await checkWhatOpens("show-compliance", '[data-testid="compliance-summary"]', "reports-compliance");
  assertNoViolations();
  // Back to the letter, where the next test starts.
  await (await byId("nav-responses")).click();
  await (await s.wait(`[data-testid="response-row"][data-id="${letterId}"] [data-testid="open"]`)).click();
  await byId("back-to-list");
});

test("the trash, and the question before deleting for good", async () => {
  await (await byId("back-to-list")).click();
  const ids = [formId, letterId];
  await s.wait(`[data-testid="response-row"][data-id="${formId}"]`);
  for (const id of ids) {
    await (await s.find(`[data-testid="response-row"][data-id="${id}"] [data-testid="trash"]`)).click();
    await until("the row gone", async () => (await count(`[data-testid="response-row"][data-id="${id}"]`)) === 0);
  }
  await byId("undo-trash");
  await check("responses-after-trash");

  await (await byId("nav-trash")).click();
  for (const id of ids) await s.wait(`[data-testid="trash-row"][data-id="${id}"]`);
  await check("trash");
  for (const [i, id] of ids.entries()) {
    await (await s.find(`[data-testid="trash-row"][data-id="${id}"] [data-testid="delete-for-good"]`)).click();
    await s.wait('[data-testid="dialog"][open] [data-testid="dialog-confirm"]');
    if (i === 0) await check("confirm-delete");
    await (await byId("dialog-confirm")).click();
    await until("deleted", async () => (await count(`[data-testid="trash-row"][data-id="${id}"]`)) === 0);
  }
  await sleep(200);
  if ((await count('[data-testid="trash-empty"]')) > 0) await check("trash-empty");
  await (await byId("nav-responses")).click();
  await byId("new-response");
  assertNoViolations();
});
