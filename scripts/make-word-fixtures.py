#!/usr/bin/env python3
"""Builds Word documents that PCC Response did not write, from the text of our own fixture
(tests/fixtures/exampleshire-2025-response.pccr), in the styles offices use: headings as
Word heading styles or as bold upper-case labels with colons, inspection details as a table,
tab lines or label-then-value paragraphs, item labels in their own paragraph or opening the
item, Word list numbering, "17th" dates with a superscript ordinal, and checklist ticks with
and without dates. The reader's tests (src-tauri/core/src/word/tests/styles.rs) read each
back. Run from the repository root:  python3 scripts/make-word-fixtures.py
Needs python-docx (pip install python-docx)."""

import json
import re
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests/fixtures/exampleshire-2025-response.pccr"
OUT = ROOT / "tests/fixtures/word"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
INLINE = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)")


def runs(doc, p, text):
    """Adds the inline Markdown of `text` (bold, italic, links) to paragraph `p`."""
    at = 0
    for m in INLINE.finditer(text):
        if m.start() > at:
            p.add_run(text[at:m.start()])
        if m.group(1):
            p.add_run(m.group(1)).bold = True
        elif m.group(2):
            p.add_run(m.group(2)).italic = True
        else:
            link(doc, p, m.group(3), m.group(4))
        at = m.end()
    if at < len(text):
        p.add_run(text[at:])


def link(doc, p, text, url):
    rid = doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    h.append(r)
    p._p.append(h)


def rich(doc, markdown):
    """Adds Markdown paragraphs, "- " bullets, "1. " numbers and "> " quotes."""
    for block in markdown.split("\n\n"):
        for line in block.split("\n"):
            if line.startswith("- "):
                runs(doc, doc.add_paragraph(style="List Bullet"), line[2:])
            elif re.match(r"\d+\. ", line):
                runs(doc, doc.add_paragraph(style="List Number"), line.split(". ", 1)[1])
            elif line.startswith("> "):
                runs(doc, doc.add_paragraph(style="Quote"), line[2:])
            else:
                runs(doc, doc.add_paragraph(), line)


def long_date(iso, ordinal=False, p=None):
    y, m, d = (int(x) for x in iso.split("-"))
    if p is None:
        return f"{d} {MONTHS[m - 1]} {y}"
    suffix = "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    p.add_run(str(d))
    if ordinal:
        p.add_run(suffix).font.superscript = True
    p.add_run(f" {MONTHS[m - 1]} {y}")
    return p


def bold_label(doc, text):
    doc.add_paragraph().add_run(text).bold = True


def tick(p):
    """A Wingdings tick, as Word's Insert Symbol puts it."""
    r = p.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), "F0FC")
    r._r.append(sym)


def grades(doc, r, bold_words):
    doc.add_paragraph("HMICFRS judged that Exampleshire Police is:")
    for g in r["grades"]:
        p = doc.add_paragraph(style="List Bullet") if not bold_words else doc.add_paragraph()
        p.add_run(g["grade"]).bold = True
        p.add_run(f" {g['area']}.")


def details_table(doc, i):
    rows = [("Inspection title", i["title"]), ("Date published", long_date(i["published"])),
            ("Type of inspection", i["type"]), ("Police force(s)", ", ".join(i["forces"])),
            ("Link to report", i["report_url"]), ("Section 55 response deadline", "11 August 2025")]
    t = doc.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)


def headings(r):
    """Heading styles, details in a table, areas for improvement numbered by Word, the
    checklist as a table with ticks and dates."""
    doc = Document()
    doc.add_heading("Exampleshire Police and Crime Commissioner (PCC) response to inspections "
                    "published by HMICFRS", 0)
    details_table(doc, r["inspection"])
    doc.add_heading("Key Findings", 1)
    rich(doc, r["key_findings"])
    grades(doc, r, bold_words=False)
    doc.add_heading("Recommendations", 1)
    for n, item in enumerate(r["recommendations"], 1):
        doc.add_heading(f"Recommendation {n}", 2)
        rich(doc, item["text"])
        if item["response"]:
            doc.add_paragraph().add_run("Response:").bold = True
            rich(doc, item["response"])
    doc.add_heading("Areas for improvement", 1)
    doc.add_paragraph(f"{len(r['areas_for_improvement'])} areas for improvement are made "
                      "within the report, and are detailed as follows:")
    for item in r["areas_for_improvement"]:
        runs(doc, doc.add_paragraph(style="List Number 2"), item["text"])
        if item["response"]:
            rich(doc, item["response"])
    doc.add_heading("Chief Constable response to report", 1)
    rich(doc, r["chief_constable_response"])
    doc.add_heading("PCC response to report", 1)
    rich(doc, r["pcc_response"])
    doc.add_heading("For Office Use Only", 1)
    t = doc.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ["Done", "Action", "Date"]):
        c.text = h
    for e in r["checklist"]:
        cells = t.add_row().cells
        cells[0].text = "\u2714" if e["done_on"] else ""
        cells[1].text = e["item"]
        cells[2].text = "/".join(reversed(e["done_on"].split("-"))) if e["done_on"] else ""
    return doc


def bold_labels(r):
    """Bold upper-case labels with colons, details on tab lines with a "17th" date, item
    labels opening their paragraph, Wingdings ticks without dates."""
    doc = Document()
    i = r["inspection"]
    bold_label(doc, "EXAMPLESHIRE POLICE AND CRIME COMMISSIONER (PCC) RESPONSE TO INSPECTIONS")
    doc.add_paragraph(f"Inspection title:\t{i['title']}")
    long_date(i["published"], True, doc.add_paragraph("Date published:\t"))
    doc.add_paragraph(f"Publication type:\t{i['type']}")
    doc.add_paragraph("Police force(s):\t" + " and ".join(i["forces"]))
    p = doc.add_paragraph("Link to report:\t")
    link(doc, p, "the report", i["report_url"])
    bold_label(doc, "KEY FINDINGS:")
    rich(doc, r["key_findings"])
    grades(doc, r, bold_words=True)
    for heading, label, key in [("RECOMMENDATIONS:", "Recommendation", "recommendations"),
                                ("AREAS FOR IMPROVEMENT:", "Area for Improvement",
                                 "areas_for_improvement")]:
        bold_label(doc, heading)
        for n, item in enumerate(r[key], 1):
            p = doc.add_paragraph()
            p.add_run(f"{label} {n}:").bold = True
            p.add_run(" ")
            runs(doc, p, item["text"])
            if item["response"]:
                rich(doc, item["response"])
    bold_label(doc, "CHIEF CONSTABLE RESPONSE:")
    rich(doc, r["chief_constable_response"])
    bold_label(doc, "PCC RESPONSE:")
    rich(doc, r["pcc_response"])
    bold_label(doc, "FOR OFFICE USE ONLY:")
    for e in r["checklist"]:
        p = doc.add_paragraph()
        if e["done_on"]:
            tick(p)
            p.add_run("\t")
        p.add_run(e["item"])
    return doc


def label_paragraphs(r):
    """Labels in one paragraph and values in the next, item labels in their own paragraph
    with "Response:" under each, lower-case headings."""
    doc = Document()
    i = r["inspection"]
    for label, value in [("Inspection Title:", i["title"]),
                         ("Published on:", long_date(i["published"])),
                         ("Publication Types:", i["type"]),
                         ("Police Forces:", ", ".join(i["forces"])),
                         ("Link to Report:", i["report_url"]),
                         ("Section 55 Response Deadline:", "11 August 2025")]:
        doc.add_paragraph(label)
        doc.add_paragraph(value)
    doc.add_paragraph("key findings")
    rich(doc, r["key_findings"])
    grades(doc, r, bold_words=True)
    for heading, label, key in [("recommendations", "Recommendation", "recommendations"),
                                ("areas for improvement", "Area for Improvement",
                                 "areas_for_improvement")]:
        doc.add_paragraph(heading)
        for n, item in enumerate(r[key], 1):
            doc.add_paragraph(f"{label} {n}:")
            rich(doc, item["text"])
            if item["response"]:
                doc.add_paragraph("Response:")
                rich(doc, item["response"])
    doc.add_paragraph("Chief Constable response to report and any Recommendations/Areas "
                      "for Improvement")
    rich(doc, r["chief_constable_response"])
    doc.add_paragraph("PCC response to report and any Recommendations/Areas for Improvement")
    rich(doc, r["pcc_response"])
    doc.add_paragraph("For Office Use Only:")
    for e in r["checklist"]:
        done = f" \u2713 {long_date(e['done_on'])}" if e["done_on"] else ""
        doc.add_paragraph(e["item"] + done)
    return doc


def main():
    r = json.loads(FIXTURE.read_text(encoding="utf-8"))
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in [("headings", headings), ("bold-labels", bold_labels),
                        ("label-paragraphs", label_paragraphs)]:
        doc = build(r)
        doc.core_properties.author = "PCC Response tests"
        doc.save(OUT / f"exampleshire-{name}.docx")


if __name__ == "__main__":
    main()
