// The shared fixtures beside the repository (`../shared/fixtures`), for the unit tests that
// check the real 2024 response. Tests only: the app never reads files.

/** node:fs, typed by hand: the project has no @types/node. */
interface Fs {
  existsSync(path: URL): boolean;
  readFileSync(path: URL, encoding: "utf8"): string;
}
// `as string` keeps TypeScript from looking for node:fs types, which the project has not.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
const fs = (await import(/* @vite-ignore */ "node:fs" as string)) as Fs;

/** The shared fixtures beside the repository (`../shared/fixtures`); missing ones fail. */
export function fixture(name: string): string {
  const file = new URL(`../../../../../shared/fixtures/${name}`, import.meta.url);
  if (!fs.existsSync(file)) {
    throw new Error(
      `The shared fixture ${name} is missing: expected it at ${file.pathname}. ` +
        "These tests check the real 2024 response and must not pass without it.",
    );
  }
  return fs.readFileSync(file, "utf8");
}
