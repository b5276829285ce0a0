import { describe, expect, it } from "vitest";
import {
  cleanPastedHtml,
  cleanPastedText,
  tablesAsParagraphs,
  wordListsAsLists,
} from "./pasteHtml";

describe("tablesAsParagraphs", () => {
  it("makes a paragraph of each row, its cells apart", () => {
    const html =
      "<table><thead><tr><th>Area</th><th>Grade</th></tr></thead><tbody>" +
      "<tr><td>Investigating crime</td><td>Adequate</td></tr>" +
      "<tr><td>Recording data about crime</td><td><b>Outstanding</b></td></tr>" +
      "</tbody></table>";
    expect(tablesAsParagraphs(html)).toBe(
      "<p>Area | Grade</p>" +
        "<p>Investigating crime | Adequate</p>" +
        "<p>Recording data about crime | <b>Outstanding</b></p>",
    );
  });

  it("reads Word's tables: paragraphs in cells, empty rows and cells, no closing tags", () => {
    const html =
      "<p class=MsoNormal>Before<o:p></o:p></p>\n" +
      "<table class=MsoTableGrid border=1 cellspacing=0>\n <tr style='height:12pt'>\n" +
      "  <td width=200 valign=top><p class=MsoNormal>Area<o:p></o:p></p></td>\n" +
      "  <td width=200 valign=top><p class=MsoNormal>Grade<o:p></o:p></p></td>\n </tr>\n" +
      " <tr><td><p class=MsoNormal><o:p>&nbsp;</o:p></p></td><td>&nbsp;</td></tr>\n" +
      " <tr><td><p>Preventing</p><p>crime</p><td><p>Good</p>\n" +
      " <tr><td>Leadership</td><td></td><td><a href='https://example.org/l'>Adequate</a>\n" +
      "</table>\n<p>After</p>";
    expect(tablesAsParagraphs(html)).toBe(
      "<p class=MsoNormal>Before<o:p></o:p></p>\n" +
        "<p>Area<o:p></o:p> | Grade<o:p></o:p></p>" +
        "<p>Preventing crime | Good</p>" +
        "<p>Leadership | <a href='https://example.org/l'>Adequate</a></p>" +
        "\n<p>After</p>",
    );
  });

  it("keeps a table inside a cell as that cell's words, and the caption", () => {
    const html =
      "<table><caption>Grades</caption><tr><td>Outer</td><td>" +
      "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>" +
      "</td></tr></table>";
    expect(tablesAsParagraphs(html)).toBe("<p>Grades</p><p>Outer | a | b c</p>");
  });

  it("leaves HTML without tables, and a table of nothing, as they are or empty", () => {
    const html = "<p>No <b>tables</b> here</p>";
    expect(tablesAsParagraphs(html)).toBe(html);
    expect(tablesAsParagraphs("<TABLE><TR><TD> </TD></TR></TABLE>")).toBe("");
  });
});

describe("wordListsAsLists", () => {
  it("makes Word's symbol-font bullets a real list, with no stray character left", () => {
    const html =
      "<p class=MsoNormal>Our plan:</p>" +
      '<p class=MsoListParagraphCxSpFirst style="mso-list:l0 level1 lfo1"><![if !supportLists]>' +
      '<span style="font-family:Symbol"><span style="mso-list:Ignore">\uF0B7<span>&nbsp;&nbsp;</span></span></span><![endif]>Review custody</p>' +
      '<p class=MsoListParagraphCxSpLast style="mso-list:l0 level1 lfo1"><span style="font-family:Wingdings">\uF0A7</span>&nbsp; Train <b>staff</b></p>' +
      "<p class=MsoNormal>After.</p>";
    const out = wordListsAsLists(html);
    expect(out).toContain(
      "<ul><li><p>Review custody</p></li><li><p>Train <b>staff</b></p></li></ul>",
    );
    expect(out).toContain("<p class=MsoNormal>Our plan:</p>");
    expect(out).toContain("<p class=MsoNormal>After.</p>");
    expect(out).not.toMatch(/[\uE000-\uF8FF]/);
  });

  it("makes Word's numbered paragraphs a numbered list", () => {
    const html =
      '<p class=MsoListParagraph style="mso-list:l1 level1 lfo2"><span style="mso-list:Ignore">1.<span>&nbsp;&nbsp;&nbsp;</span></span>First</p>' +
      '<p class=MsoListParagraph style="mso-list:l1 level1 lfo2"><span style="mso-list:Ignore">2.<span>&nbsp;&nbsp;&nbsp;</span></span>Second</p>';
    expect(wordListsAsLists(html)).toBe("<ol><li><p>First</p></li><li><p>Second</p></li></ol>");
    const tenth = '<p style="mso-list:l1 level1 lfo2">10.&nbsp; Tenth</p>';
    expect(wordListsAsLists(tenth)).toBe("<ol><li><p>Tenth</p></li></ol>");
  });

  it("plain text from Word loses its symbol-font bullets", () => {
    expect(cleanPastedText("\uF0B7\tFirst\n\uF0A7  Second\nThird")).toBe("First\nSecond\nThird");
  });

  it("leaves ordinary paragraphs alone, even one starting with a number", () => {
    const html = "<p>2024 was a good year.</p><p>o is a letter.</p>";
    expect(wordListsAsLists(html)).toBe(html);
  });

  it("cleanPastedHtml does the lists and the tables", () => {
    const html =
      '<p style="mso-list:l0 level1 lfo1">\uF0B7&nbsp; Point</p><table><tr><td>A</td><td>B</td></tr></table>';
    expect(cleanPastedHtml(html)).toBe("<ul><li><p>Point</p></li></ul><p>A | B</p>");
  });
});
