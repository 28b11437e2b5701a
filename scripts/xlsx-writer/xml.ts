// XML escaping for SpreadsheetML parts, and the namespaces its parts share.

/** SpreadsheetML's main namespace (workbook, worksheets, shared strings, styles). */
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** Relationship types and r:id attributes. */
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** The .rels parts' own namespace. */
export const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

// Characters XML 1.0 forbids; they cannot be written at all, so they are dropped.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// Half a surrogate pair is not a character; it becomes U+FFFD so the text stays visibly marked.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Excel decodes _xHHHH_ in cell text; a literal one is protected by escaping its underscore.
const ESCAPE_CODE = /_x[0-9A-Fa-f]{4}_/g;
const MARKUP = /[&<>"]/g;
const WHITESPACE_CONTROL = /[\r\n\t]/g;
const NEEDS_WORK = /[&<>"\r\n\t\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

const ENTITIES: { [ch: string]: string } = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const CHAR_REFS: { [ch: string]: string } = { '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };

function legal(s: string): string {
  return s.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Escapes a cell's text (shared string table). */
export function escapeCellText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  // A raw CR would be normalised away by every XML parser; Excel's own escape keeps it.
  return legal(s)
    .replace(ESCAPE_CODE, '_x005F$&')
    .replace(MARKUP, (ch) => ENTITIES[ch])
    .replace(/\r/g, '_x000D_');
}

/**
 * Escapes element text or a double-quoted attribute value outside cells (sheet names, titles, formulas).
 * No _xHHHH_ protection: readers disagree on decoding it outside cell text.
 */
export function escapeXml(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  // Attribute value normalisation would turn raw whitespace controls into spaces.
  return legal(s)
    .replace(MARKUP, (ch) => ENTITIES[ch])
    .replace(WHITESPACE_CONTROL, (ch) => CHAR_REFS[ch]);
}

/** Whether text needs xml:space="preserve" to keep its leading or trailing whitespace. */
export function needsPreserve(s: string): boolean {
  return /^\s|\s$/.test(s);
}

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
