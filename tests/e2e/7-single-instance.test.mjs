// One app at a time: starting the app again while it runs brings the open window forward
// and the second start ends at once, without opening the database a second time.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { Session } from "./webdriver.mjs";

let s;

before(async () => {
  s = await Session.start(process.env.PCC_E2E_APP);
  await s.wait('[data-testid="nav-responses"]');
});
after(async () => {
  await s?.end();
});

test("a second start hands over to the running app and ends", async () => {
  const second = spawn(process.env.PCC_E2E_APP, [], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  second.stdout.on("data", (d) => (output += d));
  second.stderr.on("data", (d) => (output += d));
  const code = await new Promise((resolve) => {
    const timer = setTimeout(() => {
      second.kill("SIGKILL");
      resolve("still running after 20 s");
    }, 20000);
    second.once("exit", (c, signal) => {
      clearTimeout(timer);
      resolve(c ?? signal);
    });
  });
  assert.equal(code, 0, output);
  assert.doesNotMatch(output, /no D-Bus session bus/);
  // The first window still answers.
  await (await s.wait('[data-testid="nav-responses"]')).click();
  await s.wait('[data-testid="responses"], [data-testid="no-responses"]');
});
