// A small W3C WebDriver client over fetch: just what the end-to-end tests need to drive the
// real app through tauri-driver (which hands the session to WebKitWebDriver).

import { execFileSync } from "node:child_process";
import { basename } from "node:path";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const DRIVER = process.env.WEBDRIVER_URL ?? "http://127.0.0.1:4444";

async function call(method, path, body) {
  const res = await fetch(`${DRIVER}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const v = json.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${v.error ?? res.status} ${v.message ?? ""}`);
  }
  return json.value;
}

/** Whether the program at `path` is running: pgrep on Linux, tasklist on Windows. */
export function running(path) {
  if (process.platform === "win32") {
    const name = basename(path);
    const out = execFileSync("tasklist", ["/FI", `IMAGENAME eq ${name}`, "/FO", "CSV", "/NH"]);
    return out.toString().toLowerCase().includes(`"${name.toLowerCase()}"`);
  }
  try {
    execFileSync("pgrep", ["-f", path]);
    return true;
  } catch (e) {
    if (e.status === 1) return false; // pgrep found nothing
    throw e;
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until `probe` returns something truthy, or fails after `ms` saying what it waited for. */
export async function until(what, probe, ms = 15000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await sleep(150);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ""}`);
}

/** The sessions started and not yet ended. */
const open = new Set();

export class Session {
  /** Starts the app at `application`, with `args` on its command line. */
  static async start(application, args = []) {
    const capabilities = {
      alwaysMatch: { browserName: "wry", "tauri:options": { application, args } },
    };
    // One more try if the app fails to come up: a virtual display under load has once
    // refused a new window ("Failed to initialize GTK") just after the last one closed.
    // The first failure is printed, so a retry never hides a real fault for good.
    let value;
    try {
      value = await call("POST", "/session", { capabilities });
    } catch (e) {
      console.error(`# the app did not start (${e.message}); trying once more`);
      await sleep(2000);
      value = await call("POST", "/session", { capabilities });
    }
    const session = new Session(value.sessionId, application);
    open.add(session);
    return session;
  }

  /** Ends every session started and not yet ended. */
  static async endAll() {
    await Promise.all([...open].map((session) => session.end()));
  }

  constructor(id, application) {
    this.id = id;
    this.application = application;
  }

  path(p) {
    return `/session/${this.id}${p}`;
  }

  async find(css) {
    const v = await call("POST", this.path("/element"), { using: "css selector", value: css });
    return new Element(this, v[ELEMENT]);
  }

  /**
   * Sets the value of the input, select or textarea `[data-testid=testid]` through the page,
   * with the events typing would fire: for what WebKit's driver cannot type (dates, newlines).
   */
  async setValue(testid, value) {
    await this.exec(
      `const el = document.querySelector('[data-testid="${testid}"]');
       const set = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set;
       set.call(el, arguments[0]);
       el.dispatchEvent(new Event('input', { bubbles: true }));
       el.dispatchEvent(new Event('change', { bubbles: true }));`,
      value,
    );
  }

  async findAll(css) {
    const v = await call("POST", this.path("/elements"), { using: "css selector", value: css });
    return v.map((e) => new Element(this, e[ELEMENT]));
  }

  /** The element, once it exists. */
  async wait(css, ms) {
    return until(`"${css}"`, () => this.find(css), ms);
  }

  /**
   * Makes the iframe `element` the context that finding and scripts work in (W3C Switch To
   * Frame); `null` goes back to the page itself.
   */
  async frame(element) {
    const id = element === null ? null : { [ELEMENT]: element.id };
    return call("POST", this.path("/frame"), { id });
  }

  async exec(script, ...args) {
    return call("POST", this.path("/execute/sync"), { script, args });
  }

  /**
   * Runs `script` in the page and waits for it to call its last argument, the callback, with
   * the result (W3C Execute Async Script): for work that ends in a promise.
   */
  async execAsync(script, ...args) {
    return call("POST", this.path("/execute/async"), { script, args });
  }

  /** Sets how long a script may run before the driver gives up (W3C Set Timeouts). */
  async scriptTimeout(ms) {
    return call("POST", this.path("/timeouts"), { script: ms });
  }

  /** Types each character of each string, one key after another (W3C key actions). */
  async keys(...strings) {
    const actions = strings.flatMap((text) =>
      [...text].flatMap((c) => [{ type: "keyDown", value: c }, { type: "keyUp", value: c }]),
    );
    await this.act(actions);
  }

  /** Holds the keys down together, then lets them go: Shift+Tab, Ctrl+B. */
  async chord(...keys) {
    const down = keys.map((value) => ({ type: "keyDown", value }));
    const up = [...keys].reverse().map((value) => ({ type: "keyUp", value }));
    await this.act([...down, ...up]);
  }

  async act(actions) {
    await call("POST", this.path("/actions"), { actions: [{ type: "key", id: "kb", actions }] });
    await call("DELETE", this.path("/actions"));
  }

  /** The data-testid (or id) of the focused element. */
  async focused() {
    return this.exec(
      "const e = document.activeElement; return e ? (e.dataset.testid || e.id || e.tagName) : '';",
    );
  }

  /** Resizes the window (W3C Set Window Rect). */
  async resize(width, height) {
    return call("POST", this.path("/window/rect"), { width, height });
  }

  async screenshot() {
    return Buffer.from(await call("GET", this.path("/screenshot")), "base64");
  }

  /**
   * Asks the app's window to close as its close button does: through Tauri's window close,
   * which lets the app finish its work first. (WebDriver's own "close window" destroys the
   * web view without asking the app.)
   */
  async requestClose() {
    await this.exec(
      "window.__TAURI_INTERNALS__.invoke('plugin:window|close', { label: 'main' }); return true;",
    ).catch(() => {});
  }

  /** Ends the session and waits for the app to be gone, so the next start is a clean one. */
  async end() {
    open.delete(this);
    await call("DELETE", this.path("")).catch(() => {});
    const gone = Date.now() + 10000;
    while (Date.now() < gone && running(this.application)) await sleep(100);
  }
}

export class Element {
  constructor(session, id) {
    this.s = session;
    this.id = id;
  }

  path(p) {
    return this.s.path(`/element/${this.id}${p}`);
  }

  click() {
    return call("POST", this.path("/click"), {});
  }

  type(text) {
    return call("POST", this.path("/value"), { text });
  }

  clear() {
    return call("POST", this.path("/clear"), {});
  }

  text() {
    return call("GET", this.path("/text"));
  }

  value() {
    return call("GET", this.path("/property/value"));
  }

  attr(name) {
    return call("GET", this.path(`/attribute/${name}`));
  }

  selected() {
    return call("GET", this.path("/selected"));
  }
}
