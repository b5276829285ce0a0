// Closing the window straight after typing loses nothing: the app saves what is pending
// before the window goes. The window is closed as its close button closes it (Tauri's
// window close, which lets the app finish first), and the database is then read with the
// command-line tool. Last of the files: after the app closes itself, WebKitWebDriver
// cannot start another session for some minutes.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { Session, running, until } from "./webdriver.mjs";

const APP = process.env.PCC_E2E_APP;
const CLI = process.env.PCC_E2E_CLI;
const DB = join(process.env.PCC_RESPONSE_DATA_DIR ?? "", "responses.sqlite3");
const ADDED = " (typed just before closing)";
let s;
after(async () => {
  await s?.end();
});

test("closing the window straight after typing keeps what was typed", async () => {
  s = await Session.start(APP);
  const open = await s.wait('[data-testid="response-row"] [data-testid="open"]');
  const id = await s.exec(
    "return document.querySelector('[data-testid=\"response-row\"]').dataset.id;",
  );
  await open.click();
  const title = await s.wait('[data-testid="title"]');
  await title.type(ADDED);
  await s.requestClose(); // no pause: the autosave has not run yet
  await until("the app to close", async () => !running(APP));
  const saved = JSON.parse(execFileSync(CLI, ["show", String(id), "--db", DB]).toString());
  assert.ok(saved.inspection.title.endsWith(ADDED), `saved title: ${saved.inspection.title}`);
});
