// Publishing, in the real app: the project's own 2025 form and letter (tests/fixtures,
// retitled) are exported through the window as web pages for the office's website, and
// each exported page is checked by axe-core inside the real WebKit (published.mjs) and at a
// phone's width; "As signed" is offered only once a response is Signed or Published, and is
// refused in the core's words while the office has no signature; a letter with no date says
// so first, before and after its export; "Copy HTML" gives the page's HTML without the
// document around it; and a PDF is exported. Runs after 8c-tracking and before 9-closing, in
// the run's one data folder (1-journey has set the office); whatever it adds, it trashes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rowIdOf, startsTheApp } from "./helpers.mjs";
import { checkPublishedPage } from "./published.mjs";
import { running, until } from "./webdriver.mjs";

const APP = process.env.PCC_E2E_APP;
const OPEN = process.env.PCC_RESPONSE_E2E_OPEN_FILE;
const SAVED = process.env.PCC_RESPONSE_E2E_SAVE_DIR;
const SHOTS = process.env.PCC_E2E_SCREENSHOTS;
if (!APP || !OPEN || !SAVED) throw new Error("run these tests through scripts/e2e.sh");
const FIXTURES = new URL("../fixtures/", import.meta.url);
const FORM_TITLE = "PEEL 2025: Published page of Exampleshire Police";
const LETTER_TITLE = "Hearing the caller: the published letter";
const DATELESS_TITLE = "Hearing the caller: a letter with no date";
// A signature of 8 by 4 pixels, black strokes on white: a real PNG, and a small one.
const SIGNATURE_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAGklEQVR4nGNgYGD4DwZoDOyiUAmsmhhwGQUAWrI+wqpOrdEAAAAASUVORK5CYII=",
  "base64",
);

let s;
const byId = (id) => s.wait(`[data-testid="${id}"]`);
const text = async (css) => (await s.wait(css)).text();
const shot = async (name) => SHOTS && writeFileSync(join(SHOTS, `${name}.png`), await s.screenshot());

startsTheApp((started) => (s = started), {
  // The previous file's app must be gone, or this start hands over to it and ends.
  first: () => until("the previous app closed", async () => !running(APP), 20000),
  ready: '[data-testid="import-response"]',
});

/** Imports the fixture `file` retitled `title`, changed by `change`; opens it at Review. */
async function importAndReview(file, title, change = () => {}) {
  const fixture = JSON.parse(readFileSync(new URL(file, FIXTURES), "utf8"));
  fixture.inspection.title = title;
  change(fixture);
  writeFileSync(OPEN, JSON.stringify(fixture));
  await (await byId("nav-responses")).click();
  await (await byId("import-response")).click();
  const id = await rowIdOf(s, title);
  await (await s.wait(`[data-testid="response-row"][data-id="${id}"] [data-testid="open"]`)).click();
  await byId("step-1");
  await (await byId("step-8")).click();
  await byId("export-html");
  return id;
}

/** Clicks the export `testid` and gives the new file ending `ending`, once written whole. */
async function exported(testid, ending) {
  const before = new Set(readdirSync(SAVED));
  await (await byId(testid)).click();
  const file = await until(`the ${ending} file`, async () =>
    readdirSync(SAVED).find((f) => f.endsWith(ending) && !before.has(f) && statSync(join(SAVED, f)).size > 0),
  );
  await until("the export's words", async () =>
    (await s.findAll('[data-testid="export-result"]')).length > 0,
  );
  return join(SAVED, file);
}

const ids = [];

test("the form's web page is exported through the window and passes axe in WebKit", async () => {
  ids.push(await importAndReview("exampleshire-2025-response.pccr", FORM_TITLE));
  // Published, so "As signed" is offered; left unticked, the page carries no signature.
  const signed = await byId("export-signed");
  assert.equal(await signed.attr("disabled"), null);
  assert.equal(await signed.selected(), false);
  const file = await exported("export-html", ".html");
  assert.match(file, /\.html$/);
  assert.match(await text('[data-testid="export-result"]'), /Web page saved to/);
  assert.equal(await (await byId("export-result")).attr("data-kind"), "html");
  // The error region stays in the page for screen readers, but shows nothing while empty
  // (it was a red bar under every successful export).
  const errorBox = await s.exec(
    `return document.querySelector('[data-testid="export-error"]').getBoundingClientRect().height`,
  );
  assert.equal(errorBox, 0);
  await shot("20-publish-exported");
  const html = readFileSync(file, "utf8");
  assert.match(html, /<html[^>]* lang="en-GB"/);
  assert.ok(html.includes(FORM_TITLE), "the page lacks the inspection's title");
  await checkPublishedPage(s, html, "form");
  rmSync(file);
});

test("as signed, the export is refused in the core's words while the office has no signature", async () => {
  await (await byId("export-signed")).click();
  assert.equal(await (await byId("export-signed")).selected(), true);
  const before = readdirSync(SAVED).length;
  await (await byId("export-html")).click();
  const said = await until("the refusal", async () => (await text('[data-testid="export-error"]')).trim());
  assert.match(said, /signature/i);
  assert.equal(readdirSync(SAVED).length, before, "a file was written although refused");
  await byId("export-to-settings");
  await shot("21-publish-no-signature");
  await (await byId("export-signed")).click();
});

test("Copy HTML gives the page's HTML, without the document around it", async () => {
  await (await byId("copy-html")).click();
  const shown = await until("the HTML copied, or shown to copy", async () =>
    (await s.findAll('[data-testid="copy-html-done"], [data-testid="copy-html-refused"]')).length > 0,
  );
  assert.ok(shown);
  let html;
  if ((await s.findAll('[data-testid="copy-html-done"]')).length) {
    html = await s.execAsync(
      `const done = arguments[arguments.length - 1];
       navigator.clipboard.readText().then(done, (e) => done("could not read: " + e));`,
    );
  } else {
    html = await (await byId("copy-html-text")).value();
    await (await byId("copy-html-select")).click();
    assert.equal(await s.focused(), "copy-html-text");
  }
  assert.ok(html.includes(FORM_TITLE), `the HTML copied lacks the heading: ${html.slice(0, 200)}`);
  assert.doesNotMatch(html, /<html|<head|<body|<!doctype/i);
  await shot("22-publish-copy-html");
});

test("a PDF of the form is exported through the window", async () => {
  const file = await exported("export-pdf", ".pdf");
  assert.equal(await (await byId("export-result")).attr("data-kind"), "pdf");
  assert.match(await text('[data-testid="export-result"]'), /PDF saved to/);
  assert.equal(readFileSync(file).subarray(0, 5).toString("latin1"), "%PDF-");
  rmSync(file);
});

test("the letter's web page is exported and passes axe in WebKit", async () => {
  ids.push(await importAndReview("exampleshire-2025-letter.pccr", LETTER_TITLE));
  const file = await exported("export-html", ".html");
  const html = readFileSync(file, "utf8");
  assert.match(html, /<html[^>]* lang="en-GB"/);
  await checkPublishedPage(s, html, "letter");
  rmSync(file);
});

test("with the PCC's signature in Settings, the signed letter's web page and PDF carry it above the name", async () => {
  const letter = ids[ids.length - 1];
  await (await byId("nav-settings")).click();
  // A PDF named as an image is refused by its bytes, naming the signature.
  writeFileSync(OPEN, "%PDF-1.7 a scan, not an image");
  await (await byId("choose-signature")).click();
  assert.match(await text('[data-testid="signature-error"]'), /signature .* is not a PNG or JPEG image/);
  // A PNG damaged in copying (a wrong checksum) starts as an image, so only decoding it
  // whole finds it out: it is refused now, not when the PDF is made.
  const damaged = Buffer.from(SIGNATURE_PNG);
  damaged[29] ^= 0xff;
  writeFileSync(OPEN, damaged);
  await (await byId("choose-signature")).click();
  assert.match(await text('[data-testid="signature-error"]'), /signature .* is damaged: it starts as a PNG image/);
  assert.equal((await s.findAll('[data-testid="signature-preview"]')).length, 0);
  writeFileSync(OPEN, SIGNATURE_PNG);
  await (await byId("choose-signature")).click();
  const name = await (await byId("pcc_name")).value();
  assert.equal(await (await byId("signature-preview")).attr("alt"), `Signed: ${name}`);
  await (await byId("save-settings")).click();
  await until("settings saved", async () => (await text('[data-testid="settings-status"]')).includes("Saved"));

  await (await byId("nav-responses")).click();
  await (await s.wait(`[data-testid="response-row"][data-id="${letter}"] [data-testid="open"]`)).click();
  await (await byId("step-8")).click();
  await (await byId("export-signed")).click();
  const pageFile = await exported("export-html", ".html");
  const page = readFileSync(pageFile, "utf8");
  rmSync(pageFile);
  const image = page.indexOf(`alt="Signed: ${name}"`);
  assert.ok(image > 0, "the signed page carries the signature with its alt text");
  assert.ok(page.indexOf(name, image + 10) > image, "the name comes after the signature");
  assert.match(page.slice(page.lastIndexOf("<img", image), image), /src="data:image\/png;base64,/);
  await checkPublishedPage(s, page, "signed-letter");
  const pdfFile = await exported("export-pdf", ".pdf");
  assert.equal(readFileSync(pdfFile).subarray(0, 5).toString("latin1"), "%PDF-");
  rmSync(pdfFile);
  await shot("24-publish-signed");
  await (await byId("export-signed")).click();

  // The office goes back to no signature, for the files after this one.
  await (await byId("nav-settings")).click();
  await (await byId("remove-signature")).click();
  await byId("signature-none");
  await (await byId("save-settings")).click();
  await until("settings saved", async () => (await text('[data-testid="settings-state"]')).includes("All changes saved"));
});

test("a draft is not offered as signed, and a letter with no date says so first", async () => {
  ids.push(
    await importAndReview("exampleshire-2025-letter.pccr", DATELESS_TITLE, (fixture) => {
      fixture.status = "draft";
      fixture.letter.date = null;
    }),
  );
  const signed = await byId("export-signed");
  assert.equal(await signed.attr("disabled"), "true");
  assert.match(await text('[data-testid="export-signed-hint"]'), /Signed or Published/);
  const first = await until("the checks", async () => (await s.findAll('[data-testid="problem"]'))[0]);
  assert.match(await first.text(), /The letter has no date\./);
  const file = await exported("export-html", ".html");
  assert.match(await text('[data-testid="export-result"]'), /still listed above/);
  await shot("23-publish-letter-no-date");
  rmSync(file);
});

test("the responses this file added go to the trash", async () => {
  await (await byId("back-to-list")).click();
  for (const id of ids) {
    const row = `[data-testid="response-row"][data-id="${id}"]`;
    await (await s.wait(`${row} [data-testid="trash"]`)).click();
    await until("the row gone", async () => (await s.findAll(row)).length === 0);
  }
});
