// Word documents in the real app: one made without the app is imported from the list; the
// app's own export, edited as Word would (a sentence changed, a tracked insertion left
// pending), has one section taken back; the list's search finds the words taken back; an
// area for improvement finds earlier wording to insert; and a folder of past responses is
// brought in as the archive, with the documents refused and why. The documents come from
// the project's own fixtures (tests/fixtures/word), edited here with Python's zipfile.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { rowIdOf, startsTheApp } from "./helpers.mjs";
import { until } from "./webdriver.mjs";

const OPEN = process.env.PCC_RESPONSE_E2E_OPEN_FILE;
const SAVED = process.env.PCC_RESPONSE_E2E_SAVE_DIR;
const ARCHIVE = process.env.PCC_RESPONSE_E2E_OPEN_FOLDER;
const SHOTS = process.env.PCC_E2E_SCREENSHOTS;
const WORD = fileURLToPath(new URL("../fixtures/word/", import.meta.url));
const TITLE = "PEEL 2025: Word import of Exampleshire Police";
const ARCHIVED = "PEEL 2025: Archived response of Exampleshire Police";

let s;
const byId = (id) => s.wait(`[data-testid="${id}"]`);
const text = async (css) => (await s.wait(css)).text();
const shot = async (name) => SHOTS && writeFileSync(join(SHOTS, `${name}.png`), await s.screenshot());

/**
 * Copies the DOCX `from` to `to` with `edits` made to its document.xml: each a pair of the
 * text to find and what to put in its place ("$&" is the text found).
 */
function editDocx(from, to, edits) {
  const script = `
import json, sys, zipfile
src, dst, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            xml = data.decode()
            for find, put in edits:
                assert find in xml, find
                xml = xml.replace(find, put.replace("$&", find), 1)
            data = xml.encode()
        zout.writestr(item, data)
`;
  execFileSync("python3", ["-c", script, from, to, JSON.stringify(edits)]);
}

startsTheApp((started) => (s = started), { ready: '[data-testid="import-response"]' });

let id;
test("a Word document made without the app is imported from the list", async () => {
  editDocx(join(WORD, "exampleshire-headings.docx"), OPEN, [
    ["An inspection of Exampleshire Police", "Word import of Exampleshire Police"],
  ]);
  await (await byId("nav-responses")).click();
  await (await byId("import-response")).click();
  const said = await until("the import", async () => {
    const t = await text('[data-testid="list-message"]');
    return t.includes("Imported the Word document") ? t : null;
  });
  assert.ok(said.includes(TITLE), said);
  id = await rowIdOf(s, TITLE);
  assert.ok(id);
});

test("an edited export has one section taken back, its tracked change left as a proposal", async () => {
  await (await s.wait(`[data-testid="response-row"][data-id="${id}"] [data-testid="open"]`)).click();
  await byId("step-1");
  await (await byId("step-8")).click();
  const before = new Set(readdirSync(SAVED));
  await (await byId("export-docx")).click();
  const exported = await until("the export", async () =>
    readdirSync(SAVED).find((f) => f.endsWith(".docx") && !before.has(f) && statSync(join(SAVED, f)).size > 0),
  );
  // As the Chief Executive might in Word: a sentence of the PCC's response changed, and a
  // tracked insertion in the key findings left for someone to accept.
  const edits = [
    ["I welcome the report", "I warmly welcome the report"],
    [
      "HMICFRS inspected Exampleshire Police",
      '$&</w:t></w:r><w:ins w:id="901" w:author="Chief Executive" w:date="2026-11-30T10:00:00Z"><w:r><w:t xml:space="preserve"> (tracked words)</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">',
    ],
  ];

  // A document for another report is named as such, and cancelling changes nothing.
  copyFileSync(join(WORD, "exampleshire-headings.docx"), OPEN);
  await (await byId("take-back-button")).click();
  await until("the question", async () =>
    (await text('[data-testid="dialog"]')).includes("This Word document is for another report"),
  );
  await (await byId("dialog-cancel")).click();
  assert.equal((await s.findAll('[data-testid="take-back"]')).length, 0);

  editDocx(join(SAVED, exported), OPEN, edits);
  await (await byId("take-back-button")).click();
  await byId("take-back");
  const pcc = '[data-testid="take-back-section"][data-section="pcc_response"]';
  const findings = '[data-testid="take-back-section"][data-section="key_findings"]';
  assert.match(await text(`${pcc} ins`), /warmly/);
  assert.match(await text(`${findings} ins.proposed`), /tracked words/);
  assert.match(await text('[data-testid="take-back-summary"]'), /1 tracked change/);
  await shot("10-take-back");

  await (await s.wait(`${pcc} [data-testid="take-accepted"]`)).click();
  await (await byId("take-back-apply")).click();
  await until("the edits taken back", async () =>
    (await text('[data-testid="draft-message"]')).includes("Took back 1 section"),
  );
  await (await byId("step-6")).click();
  assert.match(await text('[data-testid="pcc_response"]'), /I warmly welcome the report/);
  await (await byId("step-2")).click();
  assert.doesNotMatch(await text('[data-testid="key_findings"]'), /tracked words/);

  await (await byId("history-button")).click();
  await until("the version kept first", async () =>
    (await text('[data-testid="history"]')).includes("Before taking back edits from Word"),
  );
  await (await byId("close-history")).click();
});

test("the list's search finds the words taken back, marked in their passage", async () => {
  await (await byId("back-to-list")).click();
  const box = await byId("search");
  await box.type("warmly");
  const hit = await s.wait(`[data-testid="search-hit"][data-id="${id}"]`);
  assert.equal(await (await s.find(`[data-testid="search-hit"][data-id="${id}"] mark`)).text(), "warmly");
  assert.match(await hit.text(), /PCC response/);
  await shot("11-search");
  await (await s.find(`[data-testid="search-hit"][data-id="${id}"] [data-testid="search-open"]`)).click();
  await byId("step-1");
  assert.equal(await (await byId("draft")).attr("data-id"), id);
});

test("an area for improvement finds earlier wording and inserts it", async () => {
  await (await byId("step-4")).click();
  const first = '[data-testid="item"][data-index="0"]';
  await (await s.wait(`${first} [data-testid="earlier-button"]`)).click();
  const entry = await s.wait(`${first} [data-testid="earlier-entry"]`);
  assert.match(await entry.text(), /Exampleshire/);
  await shot("12-earlier-responses");
  // An area for improvement without a response gains one, holding the wording inserted.
  const response = `${first} [data-testid="item-response"]`;
  const has = async () => (await s.findAll(response)).length > 0;
  const was = (await has()) ? await text(response) : "";
  await (await s.find(`${first} [data-testid="earlier-insert"]`)).click();
  await until("the wording inserted", async () => (await has()) && (await text(response)).trim() !== was.trim());
});

test("a folder of past responses comes in as the archive, each refusal with its reason", async () => {
  await (await byId("back-to-list")).click();
  editDocx(join(WORD, "exampleshire-bold-labels.docx"), join(ARCHIVE, "2024 PEEL response.docx"), [
    ["An inspection of Exampleshire Police", "Archived response of Exampleshire Police"],
  ]);
  editDocx(join(WORD, "exampleshire-label-paragraphs.docx"), join(ARCHIVE, "2023 response.docx"), [
    ["An inspection of Exampleshire Police", "Another archived response of Exampleshire Police"],
  ]);
  writeFileSync(join(ARCHIVE, "2017 response.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  await (await byId("import-archive")).click();
  const summary = await until(
    "the archive's summary",
    async () => (await s.findAll('[data-testid="archive-summary"]')).length && text('[data-testid="archive-summary"]'),
    60000,
  );
  assert.match(summary, /Brought in 2 responses, each as Published; 1 document was refused/);
  assert.match(await text('[data-testid="archive-refused"]'), /2017 response\.doc.*\.docx/s);
  assert.match(await text('[data-testid="archive-imported"]'), new RegExp(ARCHIVED));
  await shot("13-archive");
  await (await byId("archive-close")).click();
  const row = await rowIdOf(s, ARCHIVED);
  const status = await (await s.find(`[data-testid="response-row"][data-id="${row}"]`)).attr("data-status");
  assert.equal(status, "published");
});
