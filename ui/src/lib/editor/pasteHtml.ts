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

/**
 * A bullet or number Word draws in front of a list paragraph when it pastes lists as
 * paragraphs: a symbol-font bullet (U+F0A7, U+F0B7 and the rest of the private-use area),
 * a bullet character, "o" (Courier New's), or "1." / "a)". Followed by spaces.
 */
const LIST_MARK =
  /^((?:\s|&nbsp;|&#160;|\u00a0|<(?!\/p\b)[^>]*>)*?)([\uE000-\uF8FF•·▪◦‣§o]|\d{1,3}[.)]|[a-z][.)])((?:\s|&nbsp;|&#160;|\u00a0|<\/?span\b[^>]*>)+)/i;

/** A paragraph: its tag and what it holds. */
const PARAGRAPH = /<p\b([^>]*)>([\s\S]*?)<\/p\s*>/gi;

/**
 * Word's lists pasted as paragraphs (each with its bullet or number drawn in front, and the
 * mso-list markers around it) as real lists: each run of such paragraphs becomes a bulleted
 * or numbered list, and the drawn bullets, which would otherwise stay in the text as a box
 * or a stray character, go. Other HTML is given back as it came.
 */
export function wordListsAsLists(html: string): string {
  const cleaned = html
    .replace(/<!\[if !supportLists\]>|<!\[endif\]>/gi, "")
    .replace(/<!--\[if !supportLists\]-->|<!--\[endif\]-->/gi, "");
  const parts: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  let last = 0;
  const close = () => {
    if (!list) return;
    const tag = list.ordered ? "ol" : "ul";
    parts.push(`<${tag}>${list.items.map((i) => `<li><p>${i}</p></li>`).join("")}</${tag}>`);
    list = null;
  };
  for (const m of cleaned.matchAll(PARAGRAPH)) {
    const [whole, attributes, inner] = m;
    const between = cleaned.slice(last, m.index);
    last = m.index + whole.length;
    const mark = LIST_MARK.exec(inner);
    const wordList =
      /mso-list|MsoList/i.test(attributes) || (mark && /[\uE000-\uF8FF•·▪◦‣§]/.test(mark[2]));
    if (!mark || !wordList) {
      if (between.trim()) close();
      close();
      parts.push(between, whole);
      continue;
    }
    if (between.trim()) {
      close();
      parts.push(between);
    }
    const ordered = /^(?:\d{1,3}|[a-z])[.)]$/i.test(mark[2]);
    if (list && list.ordered !== ordered) close();
    list ??= { ordered, items: [] };
    list.items.push(mark[1].replace(/<[^>]*>/g, "") + inner.slice(mark[0].length));
  }
  close();
  parts.push(cleaned.slice(last));
  return parts.join("");
}

/** Everything done to HTML pasted into a rich-text field: Word's lists, then tables. */
export function cleanPastedHtml(html: string): string {
  return tablesAsParagraphs(wordListsAsLists(html));
}

/** Plain text pasted from Word: a symbol-font bullet at the start of a line, and the spaces
 * after it, go (they would print as a box, or indent the line by a space). */
export function cleanPastedText(text: string): string {
  return text.replace(/^[\uE000-\uF8FF][\t \u00a0]*/gm, "");
}
