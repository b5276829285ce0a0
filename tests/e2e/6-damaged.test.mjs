// A damaged database, in the real app: between two starts the database file is scribbled
// over. At the next start the app says so plainly, has moved the damaged file aside (not
// deleted it), offers the newest good backup, and restoring it brings the responses back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { Session, running, until } from "./webdriver.mjs";

const data = process.env.PCC_RESPONSE_DATA_DIR;
const database = join(data, "responses.sqlite3");
let s;
let scribbled;
const byId = (id) => s.wait(`[data-testid="${id}"]`);
const text = async (css) => (await s.wait(css)).text();
const count = async (css) => (await s.findAll(css)).length;

before(async () => {
  // The previous test file's app must be gone before its database is scribbled over.
  const app = process.env.PCC_E2E_APP;
  await until("the previous app closed", async () => !running(app), 20000);
  assert.ok(existsSync(database), `a database to damage at ${database}`);
  // The start of the file, and of its write-ahead log if there is one (which would
  // otherwise supply a good copy of the first page), overwritten; the shared-memory index,
  // which holds no data, removed as a restart would.
  for (const file of [database, `${database}-wal`]) {
    if (!existsSync(file)) continue;
    const fd = openSync(file, "r+");
    writeSync(fd, Buffer.alloc(100, 0xa5), 0, 100, 0);
    closeSync(fd);
  }
  rmSync(`${database}-shm`, { force: true });
  scribbled = readFileSync(database);
  s = await Session.start(process.env.PCC_E2E_APP);
});
after(async () => {
  await s?.end();
});

test("a damaged database is moved aside and the newest good backup restored", async () => {
  await byId("damaged").catch(async (e) => {
    throw new Error(`${e.message}; the data folder holds ${readdirSync(data)}; the window: ${await text("body")}`);
  });
  const moved = await text('[data-testid="damaged-moved"]');
  assert.match(moved, /damaged/);
  const aside = readdirSync(data).find((f) => /^responses\.damaged-.*\.sqlite3$/.test(f));
  assert.ok(aside, `the damaged file kept in ${data}: ${readdirSync(data)}`);
  assert.ok(moved.includes(aside), `${moved} names ${aside}`);
  assert.deepEqual(readFileSync(join(data, aside)), scribbled, "kept exactly as it was");

  const offer = await text('[data-testid="damaged-backup"]');
  const held = Number(/holds (\d+) responses?/.exec(offer)?.[1]);
  assert.ok(held > 0, offer);
  assert.equal(await s.focused(), "restore-newest-backup", "the way out has the focus");
  if (process.env.PCC_E2E_SCREENSHOTS) {
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(process.env.PCC_E2E_SCREENSHOTS, "damaged.png"), await s.screenshot());
  }
  await (await byId("restore-newest-backup")).click();
  await until("the backed-up responses", async () =>
    (await count('[data-testid="damaged"]')) === 0 &&
    (await count('[data-testid="response-row"]')) === held);
});
