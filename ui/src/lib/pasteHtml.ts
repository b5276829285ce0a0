// What the rich text editor does to HTML pasted from Word or a browser before reading it.
// A text field has no tables, and ProseMirror would run a table's cells together
// ("AreaGradeInvestigating crimeAdequate"), so each row becomes a paragraph of its cells
// separated by " | ". It works on the HTML as a string, so it is tested without a browser.

/** What stands between two cells of a row. */
export const CELL_SEPARATOR = " | ";

/** A table with no table inside it (tables are taken apart from the innermost out). */
const INNERMOST_TABLE = /<table\b[^>]*>((?:(?!<table\b)[\s\S])*?)<\/table\s*>/i;

/** A row: from `<tr>` to the next row or the end (HTML lets `</tr>` be left out). */
const ROW = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tbody|<\/thead|<\/tfoot|$)/gi;

/** A cell: from `<td>` or `<th>` to the next cell or the end of the row. */
const CELL = /<t[dh]\b[^>]*>([\s\S]*?)(?=<t[dh]\b|$)/gi;

/** Tags that break a line inside a cell: paragraphs, line breaks, list items. */
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|pre|caption)\b[^>]*>/gi;

/** The cell's words: its inline markup (bold, italic, links) kept, its blocks made spaces. */
function cellContent(html: string): string {
  return html
    .replace(/<\/t[dh]\s*>|<\/tr\s*>/gi, "")
    .replace(BLOCK_TAG, " ")
    .replace(/(?:\s|&nbsp;|&#160;)+/gi, " ")
    .trim();
}

/** True when the HTML shows no words: only tags, spaces and non-breaking spaces. */
function isEmpty(html: string): boolean {
  return !html.replace(/<[^>]*>/g, "").replace(/(?:\s|&nbsp;|&#160;|\u00a0)+/gi, "");
}

/** One table's rows as paragraphs; empty rows and empty cells left out. */
function tableAsParagraphs(inner: string): string {
  const rows: string[] = [];
  const body = inner.replace(/<caption\b[^>]*>[\s\S]*?<\/caption\s*>/gi, (caption) =>
    isEmpty(caption) ? "" : `<tr><td>${caption}</td></tr>`,
  );
  for (const [, row] of body.matchAll(ROW)) {
    const cells = [...row.matchAll(CELL)]
      .map(([, cell]) => cellContent(cell))
      .filter((cell) => !isEmpty(cell));
    if (cells.length) rows.push(`<p>${cells.join(CELL_SEPARATOR)}</p>`);
  }
  return rows.join("");
}

/**
 * Pasted HTML with each table turned into paragraphs, one a row, its cells separated by
 * " | ". A table inside a cell becomes part of that cell's text. HTML without tables is
 * given back as it came.
 */
export function tablesAsParagraphs(html: string): string {
  if (!/<table\b/i.test(html)) return html;
  let out = html;
  for (let m = INNERMOST_TABLE.exec(out); m; m = INNERMOST_TABLE.exec(out)) {
    out = out.slice(0, m.index) + tableAsParagraphs(m[1]) + out.slice(m.index + m[0].length);
  }
  return out;
}
