// The trash, the status dates, importing a response file and the settings' logo, in the
// real app: a response moved to the trash leaves the list and can be brought back (Undo, or
// Restore in the trash), deleted for good only after a confirmation; each status change
// shows the day it was made. Runs after the
// journey and keyboard tests, so it counts rows relative to what is already there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rowIdOf, startsTheApp } from "./helpers.mjs";
import { until, sleep } from "./webdriver.mjs";

const TITLE = "Report for the trash";
let s;
const byId = (id) => s.wait(`[data-testid="${id}"]`);
const text = async (css) => (await s.wait(css)).text();
const count = async (css) => (await s.findAll(css)).length;
/** The trash button of the row whose text includes `title`. */
async function trashButtonOf(title) {
  const id = await rowIdOf(s, title);
  return s.find(`[data-testid="response-row"][data-id="${id}"] [data-testid="trash"]`);
}

startsTheApp((started) => (s = started));

test("each status change shows the day it was made", async () => {
  await byId("new-response");
  await (await byId("new-response")).click();
  await (await byId("new-form")).click();
  const title = await byId("title");
  await title.type(TITLE);
  await until("saved", async () => /Saved at/.test(await text('[data-testid="saved-status"]')));
  assert.equal(await count('[data-testid="status-since"]'), 0, "no date before any change");
  await s.setValue("status", "ready");
  const since = await until("the status date", async () =>
    (await count('[data-testid="status-since"]')) && text('[data-testid="status-since"]'));
  assert.match(since, /^Ready for signature since \d{1,2} [A-Z][a-z]+ \d{4}$/);
  assert.equal(await (await byId("status")).attr("aria-describedby"), "status-since");
});

test("the trash keeps a deleted response until it is deleted for good", async () => {
  await (await byId("back-to-list")).click();
  await until("the new row", async () => (await text('[data-testid="responses"]')).includes(TITLE));
  const before = await count('[data-testid="response-row"]');

  await (await trashButtonOf(TITLE)).click();
  await until("the row gone", async () => (await count('[data-testid="response-row"]')) === before - 1);
  assert.match(await text('[data-testid="list-message"]'), /Moved “.+” to the trash\./);
  assert.equal(await s.focused(), "undo-trash", "Undo has the focus");
  await (await byId("undo-trash")).click();
  await until("the row back", async () => (await count('[data-testid="response-row"]')) === before);

  await (await trashButtonOf(TITLE)).click();
  await until("the row gone again", async () => (await count('[data-testid="response-row"]')) === before - 1);
  await (await byId("nav-trash")).click();
  await until("one in the trash", async () => (await count('[data-testid="trash-row"]')) === 1);
  assert.match(await text('[data-testid="deleted-on"]'), /^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await (await byId("restore")).click();
  await until("restored", async () => (await count('[data-testid="trash-row"]')) === 0);

  await (await byId("nav-responses")).click();
  await (await trashButtonOf(TITLE)).click();
  await sleep(300);
  await (await byId("nav-trash")).click();
  await (await byId("delete-for-good")).click();
  await (await byId("dialog-cancel")).click();
  assert.equal(await count('[data-testid="trash-row"]'), 1, "cancel keeps it");
  await (await byId("delete-for-good")).click();
  await (await byId("dialog-confirm")).click();
  await byId("trash-empty");
  assert.match(await text('[data-testid="trash-message"]'), /for good/);
  await (await byId("nav-responses")).click();
  await until("the list without it", async () => !(await text('[data-testid="responses"]')).includes(TITLE));
});

test("a response file is imported from the list", async () => {
  const { copyFileSync } = await import("node:fs");
  const fixtures = new URL("../fixtures/", import.meta.url);
  copyFileSync(
    new URL("exampleshire-2025-response.pccr", fixtures),
    process.env.PCC_RESPONSE_E2E_OPEN_FILE,
  );
  await (await byId("nav-responses")).click();
  const before = await until("the list", async () => (await count('[data-testid="response-row"]')) || null);
  await (await byId("import-response")).click();
  await until("the imported response", async () =>
    (await count('[data-testid="response-row"]')) === before + 1);
  // The imported response is the published 2025 fixture: its status shows in the list.
  assert.match(await text('[data-testid="responses"]'), /Published/);
});

test("the imported response shows its nine graded judgements", async () => {
  const rows = await s.findAll('[data-testid="response-row"]');
  for (const row of rows) {
    if ((await row.text()).includes("Published")) {
      const id = await row.attr("data-id");
      await (await s.find(`[data-testid="response-row"][data-id="${id}"] [data-testid="open"]`)).click();
      break;
    }
  }
  await (await byId("step-2")).click();
  await until("nine grades", async () => (await count('[data-testid="grade-row"]')) === 9);
  const grade = await (await s.find('[data-testid="grade-row"] [data-testid="grade"]')).value();
  assert.equal(grade, "Outstanding");
  await (await byId("back-to-list")).click();
});

test("a logo is previewed, anything else is refused, and the settings file is exported", async () => {
  const { writeFileSync, readdirSync } = await import("node:fs");
  const open = process.env.PCC_RESPONSE_E2E_OPEN_FILE;
  await (await byId("nav-settings")).click();
  writeFileSync(open, "this is not an image");
  await (await byId("choose-logo")).click();
  assert.match(await text('[data-testid="logo-error"]'), /not a PNG or JPEG image/);
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGOQ9Z/4HwADhwH9YECvLQAAAABJRU5ErkJggg==",
    "base64",
  );
  writeFileSync(open, png);
  await (await byId("choose-logo")).click();
  const preview = await byId("logo-preview");
  assert.match(await preview.attr("src"), /^data:image\/png;base64,/);
  assert.ok((await preview.attr("alt")).length > 0, "the logo preview has alt text");
  await (await byId("export-office")).click();
  // The new logo is not saved yet: the app offers to save before exporting.
  await (await byId("dialog-confirm")).click();
  await until("the settings file", async () =>
    readdirSync(process.env.PCC_RESPONSE_E2E_SAVE_DIR).includes("office-settings.json"));
});
