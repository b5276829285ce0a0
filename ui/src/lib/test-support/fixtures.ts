// Fixtures for the unit tests. Our own invented ones are in `tests/fixtures/` and always
// there. The real published 2024 response is beside the repository (`../shared/fixtures`),
// is no part of it, and is read only by the acceptance tests, which are skipped without it.
// Tests only: the app never reads files.

/** node:fs, typed by hand: the project has no @types/node. */
interface Fs {
  existsSync(path: URL): boolean;
  readFileSync(path: URL, encoding: "utf8"): string;
}
// `as string` keeps TypeScript from looking for node:fs types, which the project has not.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
const fs = (await import(/* @vite-ignore */ "node:fs" as string)) as Fs;

const OWN = new URL("../../../../tests/fixtures/", import.meta.url);
const SHARED = new URL("../../../../../shared/fixtures/", import.meta.url);

/** One of our own invented fixtures, in `tests/fixtures/`. */
export function fixture(name: string): string {
  return fs.readFileSync(new URL(name, OWN), "utf8");
}

/** Whether the real 2024 response is beside the repository, for the acceptance tests. */
export const sharedPresent = fs.existsSync(SHARED);

/** What is left out when the real 2024 response is not beside the repository. */
export const SHARED_ABSENT =
  "Skipping the acceptance tests of the real 2024 PEEL response: they read it from " +
  `${SHARED.pathname}, which is not there (it is no part of the repository).`;

/** A fixture of the real 2024 response; while it is beside the repository, a missing one fails. */
export function sharedFixture(name: string): string {
  const file = new URL(name, SHARED);
  if (!fs.existsSync(file)) {
    throw new Error(
      `The shared fixture ${name} is missing: expected it at ${file.pathname}. ` +
        "These tests check the real 2024 response and must not pass without it.",
    );
  }
  return fs.readFileSync(file, "utf8");
}
