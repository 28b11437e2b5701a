// Row heights for wrapped text. Neither LibreOffice nor every Excel/WPS build re-fits
// rows on opening a file, so a report with wrapped cells but no heights prints one
// clipped line per row; the writer states each row's height instead.

/** Points per text line of the default 11 pt font. */
export const LINE_HEIGHT = 14.25;
/** A row grows to at most this many lines (Excel caps rows at 409 pt). */
const MAX_LINES = 28;

/** Display width in Excel width units: CJK and full-width characters take two. */
function displayWidth(s: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a surrogate pair
    w += code >= 0x1100 ? 2 : 1;
  }
  return w;
}

/** Lines `text` wraps to in a column `width` units wide (line breaks included). */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  let lines = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines += Math.max(1, Math.ceil(displayWidth(text, start, end) / usable));
    if (nl < 0 || lines >= MAX_LINES) break;
    start = nl + 1;
  }
  return Math.min(lines, MAX_LINES);
}
