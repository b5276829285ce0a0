import { describe, expect, it } from "vitest";
import { tablesAsParagraphs } from "./pasteHtml";

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
      '<p class=MsoNormal>Before<o:p></o:p></p>\n' +
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
