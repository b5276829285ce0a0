// What the end-to-end test files share beyond the WebDriver client: the app started for a
// file's tests and ended after them, and the list's row of a response found by its title.
import { before, after } from "node:test";
import { Session, until } from "./webdriver.mjs";

/**
 * Starts the app (`PCC_E2E_APP`) before the file's tests and gives the session to `keep`;
 * after them, ends every session still open, so a file may end the app and start it again.
 * `first` runs before the start; `ready`, a CSS selector, is waited for after it.
 */
export function startsTheApp(keep, { first, ready } = {}) {
  before(async () => {
    await first?.();
    const s = await Session.start(process.env.PCC_E2E_APP);
    keep(s);
    if (ready) await s.wait(ready);
  });
  after(() => Session.endAll());
}

/** The data-id of the row of the list of responses whose text includes `title`, once shown. */
export function rowIdOf(s, title) {
  return until(`the row of ${title}`, async () => {
    for (const row of await s.findAll('[data-testid="response-row"]')) {
      if ((await row.text()).includes(title)) return row.attr("data-id");
    }
    return null;
  });
}
