// One app at a time, and response files opened by double-clicking: starting the app again
// while it runs brings the open window forward and the second start ends at once, without
// opening the database a second time; a response file given to either start is imported
// and opened in the window.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startsTheApp } from "./helpers.mjs";
import { Session } from "./webdriver.mjs";

const FIXTURES = new URL("../fixtures/", import.meta.url);
let s;

/** A response file named as an officer might, with spaces and accents, titled `title`. */
function responseFile(title) {
  const response = JSON.parse(
    readFileSync(new URL("exampleshire-2025-response.pccr", FIXTURES), "utf8"),
  );
  response.inspection.title = title;
  const path = join(process.env.PCC_E2E_WORK, `Réponse – ${title}.pccr`);
  writeFileSync(path, JSON.stringify(response, null, 2));
  return path;
}

/** Starts the app a second time with `args`; resolves to its exit code and output. */
function secondStart(args) {
  const second = spawn(process.env.PCC_E2E_APP, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  second.stdout.on("data", (d) => (output += d));
  second.stderr.on("data", (d) => (output += d));
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      second.kill("SIGKILL");
      resolve({ code: "still running after 20 s", output });
    }, 20000);
    second.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? signal, output });
    });
  });
}

const draftTitle = async () => (await s.wait('[data-testid="title"]')).value();

startsTheApp((started) => (s = started), { ready: '[data-testid="nav-responses"]' });

test("a second start hands over to the running app and ends", async () => {
  const { code, output } = await secondStart([]);
  assert.equal(code, 0, output);
  assert.doesNotMatch(output, /no D-Bus session bus/);
  // The first window still answers.
  await (await s.wait('[data-testid="nav-responses"]')).click();
  await s.wait('[data-testid="responses"], [data-testid="no-responses"]');
});

test("a response file double-clicked while the app runs opens in its window", async () => {
  const file = responseFile("Opened while running");
  const { code, output } = await secondStart([file]);
  assert.equal(code, 0, output);
  const title = await s.wait('[data-testid="title"]', 15000).then(draftTitle);
  assert.equal(title, "Opened while running");
});

test("a response file the app is started with opens at once", async () => {
  await s.end();
  s = null;
  s = await Session.start(process.env.PCC_E2E_APP, [responseFile("Opened at start-up")]);
  assert.equal(await s.wait('[data-testid="title"]', 15000).then(draftTitle), "Opened at start-up");
});

test("a file that is not a response is refused in words", async () => {
  const bad = join(process.env.PCC_E2E_WORK, "not a response.pccr");
  writeFileSync(bad, "this is not JSON");
  const { code, output } = await secondStart([bad]);
  assert.equal(code, 0, output);
  const banner = await s.wait('[data-testid="error-banner"]');
  const text = await (async () => {
    for (let i = 0; i < 50; i++) {
      const t = await banner.text();
      if (t.includes("Could not open")) return t;
      await new Promise((r) => setTimeout(r, 200));
    }
    return banner.text();
  })();
  assert.match(text, /Could not open .*not a response\.pccr.*damaged or incomplete \(line 1\)/s);
});
