// The web page never names a path: every command that once took one is called, through
// Tauri's own door as a page script could, with files the app never handed out (a system
// file, another SQLite database, the app's own database). Each is refused before anything is
// read, and nothing is replaced: the responses and the backups are as they were.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { startsTheApp } from "./helpers.mjs";
import { until } from "./webdriver.mjs";

let s;

/** Invokes `command` with `args` as the page would; resolves to `{ ok }` or `{ err }`. */
function invoke(command, args) {
  return s.execAsync(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then(
       (ok) => done({ ok: ok ?? null }),
       (err) => done({ err }),
     );`,
    command,
    args,
  );
}

startsTheApp((started) => (s = started), { ready: '[data-testid="new-response"]' });

test("no command reads or replaces a file the app never handed out", async () => {
  const { ok: startup } = await invoke("startup", {});
  const { ok: responses } = await invoke("list_responses", {});
  const { ok: backups } = await invoke("list_backups", {});
  assert.ok(backups.length > 0, "the earlier tests left automatic backups to aim at");
  assert.ok(backups.every((b) => !("path" in b)), "a listed backup carries its name, no path");

  // Another real PCC Response database outside the backups folder, and the app's own.
  const other = join(process.env.PCC_E2E_WORK, "another database.sqlite3");
  copyFileSync(join(startup.backups_folder, backups[0].name), other);
  const own = join(startup.data_folder, "responses.sqlite3");

  const notOffered = [
    ["reveal", { file: 4242 }],
    ["inspect_backup", { choice: { kind: "kept", value: "/etc/passwd" } }],
    ["inspect_backup", { choice: { kind: "kept", value: other } }],
    ["inspect_backup", { choice: { kind: "kept", value: "../responses.sqlite3" } }],
    ["inspect_backup", { choice: { kind: "chosen", value: 0 } }],
    ["restore_backup", { choice: { kind: "kept", value: "/etc/passwd" } }],
    ["restore_backup", { choice: { kind: "kept", value: other } }],
    ["restore_backup", { choice: { kind: "kept", value: own } }],
    ["restore_backup", { choice: { kind: "kept", value: `../backups/../responses.sqlite3` } }],
    ["restore_backup", { choice: { kind: "chosen", value: 0 } }],
  ];
  for (const [command, args] of notOffered) {
    const { ok, err } = await invoke(command, args);
    assert.equal(ok, undefined, `${command} ${JSON.stringify(args)} was carried out`);
    assert.equal(err?.kind, "not-offered", `${command} ${JSON.stringify(args)}: ${JSON.stringify(err)}`);
    assert.match(err.message, /was not offered by PCC Response/);
  }

  // The old shapes, with a path where a name or a token now goes, do not even reach Rust's
  // command: Tauri refuses arguments of the wrong shape.
  const wrongShape = [
    ["reveal", { path: "/etc/passwd" }],
    ["reveal", { file: "/etc/passwd" }],
    ["inspect_backup", { path: "/etc/passwd" }],
    ["restore_backup", { path: other }],
    ["restore_backup", { choice: { kind: "chosen", value: other } }],
  ];
  for (const [command, args] of wrongShape) {
    const { ok, err } = await invoke(command, args);
    assert.equal(ok, undefined, `${command} ${JSON.stringify(args)} was carried out`);
    assert.ok(err, `${command} ${JSON.stringify(args)} was not refused`);
  }

  // Nothing was replaced: the same responses, and no "before a restore" backup was made.
  assert.deepEqual((await invoke("list_responses", {})).ok, responses);
  const after = (await invoke("list_backups", {})).ok;
  assert.deepEqual(
    after.map((b) => b.name),
    backups.map((b) => b.name),
  );
  assert.deepEqual(readdirSync(startup.backups_folder).sort(), backups.map((b) => b.name).sort());

  // A file exported in this run may be shown in its folder by the token handed out for it
  // (the file manager itself may be missing here), but that token restores nothing.
  const { ok: exported } = await invoke("export_docx", { id: responses[0].id });
  assert.match(exported.file.path, /\.docx$/);
  const shown = await invoke("reveal", { file: exported.file.token });
  assert.notEqual(shown.err?.kind, "not-offered", JSON.stringify(shown));
  const asBackup = await invoke("restore_backup", {
    choice: { kind: "chosen", value: exported.file.token },
  });
  assert.equal(asBackup.err?.kind, "not-offered", JSON.stringify(asBackup));

  // A listed backup, named as the list names it, is still read.
  const { ok: contents } = await invoke("inspect_backup", {
    choice: { kind: "kept", value: backups[0].name },
  });
  assert.deepEqual(contents.choice, { kind: "kept", value: backups[0].name });
  await until("the list still shows", async () => (await s.findAll('[data-testid="new-response"]')).length === 1);
});
