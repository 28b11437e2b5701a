// Row heights. Neither LibreOffice nor every Excel/WPS build re-fits rows on opening a file, and
// where the workbook's font is missing (宋体 on Linux, UOS, Kylin) LibreOffice and WPS draw CJK
// text in a fallback font — Noto Sans CJK, WenQuanYi — whose lines are taller and whose widths
// differ. So the writer states every row's height, enough for the widest common fallback, and
// estimates wrapped lines on the narrow side. test/row-heights.test.ts has LibreOffice check both.

/** Line height over font size: Noto Sans CJK, the tallest common fallback, needs up to 1.49. */
const LINE_SPACING = 1.5;
/** Points a row adds to its lines. */
const ROW_PADDING = 2;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
/** Heights snap up to whole pixels at 96 dpi. */
const PIXEL = 0.75;
/** A row grows to at most this many lines (rows are capped at 409 pt anyway). */
const MAX_LINES = 28;
/** Width units a cell's margins take. */
const CELL_MARGIN = 1;
/** Width units an AutoFilter button takes from a header cell's text. */
export const FILTER_BUTTON = 3;
/** Excel's width of a column with no stated width, in units. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** Units of a CJK or full-width character. */
const WIDE = 2;
/** Units of any other character: a fallback font's Latin letters and digits run up to 10% wider than 宋体's. */
const NARROW = 1.1;

/** The height of a row of `lines` lines of text in a `fontSize`-point font. */
export function rowHeight(lines: number, fontSize: number): number {
  const points = lines * fontSize * LINE_SPACING + ROW_PADDING;
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(points / PIXEL) * PIXEL);
}

/**
 * Lines `text` wraps to in a column `width` units wide, `inset` units of it taken by something
 * else (line breaks included): characters are laid out one by one, a line broken when the next
 * one does not fit.
 */
export function wrappedLines(text: string, width: number, inset = 0): number {
  const usable = Math.max(WIDE, width - CELL_MARGIN - inset);
  let lines = 1;
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (++lines >= MAX_LINES) break;
      used = 0;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a surrogate pair
    const w = code >= 0x1100 ? WIDE : NARROW;
    if (used + w > usable && used > 0) {
      if (++lines >= MAX_LINES) break;
      used = 0;
    }
    used += w;
  }
  return Math.min(lines, MAX_LINES);
}
