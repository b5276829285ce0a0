// Nothing is lost, in the real app: a response's history keeps its versions (the first
// save, each status change, each export) and any of them can be brought back, the restore
// itself undoable; "Back up now" writes a backup file, and "Restore from a backup" shows
// what the backup holds before it replaces anything.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rowIdOf, startsTheApp } from "./helpers.mjs";
import { until } from "./webdriver.mjs";

const FIRST = "Report with a history";
const SECOND = "Report with a history, retitled";
const SHOTS = process.env.PCC_E2E_SCREENSHOTS;
let s;
const byId = (id) => s.wait(`[data-testid="${id}"]`);
const text = async (css) => (await s.wait(css)).text();
const count = async (css) => (await s.findAll(css)).length;
const shot = async (name) => SHOTS && writeFileSync(join(SHOTS, `${name}.png`), await s.screenshot());
/** Waits for the autosave to finish (typing sets its state to "pending" at once). */
const saved = () =>
  until("saved", async () =>
    (await (await s.find('[data-testid="saved-status"]')).attr("data-state")) === "saved");
/** The rows of the history, newest first, as "kind: what". */
async function history() {
  const rows = [];
  for (const row of await s.findAll('[data-testid="version"]')) {
    rows.push(`${await row.attr("data-kind")}: ${await row.text()}`);
  }
  return rows;
}
startsTheApp((started) => (s = started));

test("a response's history keeps its versions and brings any of them back", async () => {
  await (await byId("new-response")).click();
  await (await byId("new-form")).click();
  await (await byId("title")).type(FIRST);
  await saved();
  await s.setValue("status", "ready");
  await until("the status date", async () => (await count('[data-testid="status-since"]')) === 1);
  await (await byId("title")).clear();
  await (await byId("title")).type(SECOND);
  await saved();
  await until("the retitled save", async () => (await (await byId("title")).value()) === SECOND);
  await saved();

  await (await byId("history-button")).click();
  await byId("history");
  const rows = await until("two versions", async () => {
    const r = await history();
    return r.length === 2 && r;
  });
  assert.match(rows[0], /^status: .*Status changed to Ready for signature/);
  assert.match(rows[1], /^edit: .*Edited/);
  assert.match(rows[1], /\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d\d:\d\d/);

  // Bring back the first version: the title as first typed, and the status Draft.
  const restoreButtons = await s.findAll('[data-testid="restore-version"]');
  await restoreButtons[1].click();
  await (await byId("dialog-confirm")).click();
  await until("the first title back", async () => (await (await byId("title")).value()) === FIRST);
  await shot("history");
  const afterRestore = await until("the restore in the history", async () => {
    const r = await history();
    return r.length === 4 && r;
  });
  assert.match(afterRestore[0], /^restore: .*Restored the version of/);
  assert.match(afterRestore[1], /^edit: /, "the text as it stood is kept first");

  // Undo the restore by restoring what was kept just before it.
  await (await s.findAll('[data-testid="restore-version"]'))[1].click();
  await (await byId("dialog-confirm")).click();
  await until("the second title back", async () => (await (await byId("title")).value()) === SECOND);
  await (await byId("close-history")).click();
  await saved();
});

test("an export is kept in the history", async () => {
  await (await byId("back-to-list")).click();
  const id = await rowIdOf(s, SECOND);
  await (await s.find(`[data-testid="response-row"][data-id="${id}"] [data-testid="export-response"]`)).click();
  await until("exported", async () => /Exported|Saved/.test(await text('[data-testid="list-message"]')));
  await (await s.find(`[data-testid="response-row"][data-id="${id}"] [data-testid="open"]`)).click();
  await (await byId("history-button")).click();
  const rows = await until("the export", async () => {
    const r = await history();
    return r[0]?.startsWith("export:") && r;
  });
  assert.match(rows[0], /Exported to .*\.pccr/);
  await (await byId("close-history")).click();
  await (await byId("back-to-list")).click();
});

test("back up now, then restore: the backup is shown before it replaces anything", async () => {
  await byId("responses");
  const before = await count('[data-testid="response-row"]');
  await (await byId("nav-settings")).click();
  await byId("backups");
  await (await byId("backup-now")).click();
  const message = await until("backed up", async () => {
    const t = await text('[data-testid="backups-message"]');
    return /Backed up to/.test(t) && t;
  });
  const dir = process.env.PCC_RESPONSE_E2E_SAVE_DIR;
  const file = readdirSync(dir).find((f) => f.startsWith("PCC Response backup") && f.endsWith(".sqlite3"));
  assert.ok(file, `a backup file in ${dir}: ${readdirSync(dir)}`);
  assert.ok(message.includes(file));
  await s.exec("document.querySelector('[data-testid=\"backups\"]').scrollIntoView()");
  await shot("backups");

  // Something done after the backup, which the restore takes away.
  await (await byId("nav-responses")).click();
  await (await byId("new-response")).click();
  await (await byId("new-form")).click();
  await (await byId("title")).type("Written after the backup");
  await saved();
  await (await byId("back-to-list")).click();
  await until("one more", async () => (await count('[data-testid="response-row"]')) === before + 1);

  copyFileSync(join(dir, file), process.env.PCC_RESPONSE_E2E_OPEN_FILE);
  await (await byId("nav-settings")).click();
  await (await byId("restore-backup")).click();
  await byId("backup-preview");
  assert.match(await text('[data-testid="backup-count"]'), new RegExp(`^${before} responses?`));
  assert.match(await text('[data-testid="backup-responses"]'), new RegExp(SECOND.replace(",", ",")));
  assert.match(await text('[data-testid="backup-warning"]'), /saved first/);
  await shot("backup-preview");
  await (await byId("confirm-restore-backup")).click();

  await until("the list as backed up", async () =>
    (await count('[data-testid="response-row"]')) === before &&
    !(await text('[data-testid="responses"]')).includes("Written after the backup"));
  const restored = await text('[data-testid="list-message"]');
  assert.match(restored, /Restored\. What was there before is saved as .*before-restore/);
  const kept = readdirSync(join(process.env.PCC_RESPONSE_DATA_DIR, "backups"));
  assert.ok(kept.some((f) => f.startsWith("pcc-response-before-restore-")), `${kept}`);
  assert.ok(kept.some((f) => f.startsWith("pcc-response-backup-")), `automatic: ${kept}`);
});

test("a file that is not a backup is refused in words and nothing is replaced", async () => {
  writeFileSync(process.env.PCC_RESPONSE_E2E_OPEN_FILE, "{ \"this is\": \"not a backup\" }\n".repeat(40));
  const before = await count('[data-testid="response-row"]');
  await (await byId("nav-settings")).click();
  await (await byId("restore-backup")).click();
  const shown = await until("the error", async () => {
    for (const css of ['[data-testid="error-banner"]', '[data-testid="backups-message"]']) {
      const found = await s.findAll(css);
      for (const el of found) {
        const t = await el.text();
        if (/not a PCC Response backup/.test(t)) return t;
      }
    }
    return null;
  });
  assert.match(shown, /Choose another backup/);
  assert.equal(await count('[data-testid="backup-preview"][open]'), 0, "no preview");
  await (await byId("nav-responses")).click();
  await until("the same list", async () => (await count('[data-testid="response-row"]')) === before);
  assert.ok(existsSync(process.env.PCC_RESPONSE_E2E_OPEN_FILE));
});
