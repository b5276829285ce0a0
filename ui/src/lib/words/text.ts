// Small conversions between what the officer types and what the response holds: lines to
// lists, blank Markdown, and dates that Rust will accept (it refuses anything else).

/** One entry a line (commas too, when `commas`), trimmed, blank lines dropped. */
export function toList(text: string, commas = false): string[] {
  const parts = commas ? text.split(/[\n,]/) : text.split("\n");
  return parts.map((s) => s.trim()).filter((s) => s !== "");
}

/** A list back to one entry a line. */
export function fromList(list: readonly string[] | null | undefined): string {
  return (list ?? []).join("\n");
}

/** A list, or null (the office's default) when it is empty. */
export function listOrNull(text: string): string[] | null {
  const list = toList(text);
  return list.length ? list : null;
}

/** Text, or null (the default) when it is blank. */
export function textOrNull(text: string): string | null {
  return text.trim() === "" ? null : text;
}

/** True when Markdown text shows nothing: only spaces, list marks, quote marks or emphasis. */
export function isBlank(markdown: string | null | undefined): boolean {
  if (!markdown) return true;
  return markdown
    .split("\n")
    .map((line) =>
      line
        .replace(/^[\s>]*/, "")
        .replace(/^(?:[-+*]|\d+[.)])(?=\s|$)/, "")
        .replace(/[*_\s\u00a0\\]/g, ""),
    )
    .every((line) => line === "");
}

/** True for a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for a letter's date: a month "YYYY-MM" or a day "YYYY-MM-DD". */
export function isLetterDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return isIsoDate(s);
}

/** "1 item" / "3 items". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A response's title as the screens show it: "Untitled response" until one is typed. */
export const titleOf = (r: { title: string }) => r.title.trim() || "Untitled response";
