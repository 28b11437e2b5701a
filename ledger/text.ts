// Label normalisation: headers, section labels and 合计 markers are compared
// after this, so "完成\n时限", "完 成 时 限" and "＊完成时限：" all read 完成时限.

// Full-width ASCII block (！ .. ～) sits at a fixed offset from ASCII.
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
// \s covers U+3000 and U+00A0; zero-width characters are added explicitly.
const SPACES = /[\s\u200B-\u200D\uFEFF]+/g;
// Required-field markers that clerks put before or after a header.
const DECORATIONS = /[*※★☆]+/g;
const TRAILING_COLONS = /[:]+$/;
// A trailing bracketed note: "完成时限(年月日)" → "完成时限". Applied after the
// full-width conversion, so （） are already ().
const TRAILING_NOTE = /\([^()]*\)$/;
// Anything normalizeLabel would change; most cell text has none, so one test saves four replaces.
const NEEDS_WORK = /[\uFF01-\uFF5E\s\u200B-\u200D\uFEFF*※★☆:]/;

function toHalfWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET);
}

/**
 * Trims, drops every space and line break (full-width ones too), turns
 * full-width ASCII into half-width and drops required markers (* ※) and
 * trailing colons.
 */
export function normalizeLabel(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s.replace(FULL_WIDTH_ASCII, toHalfWidth).replace(SPACES, '').replace(DECORATIONS, '').replace(TRAILING_COLONS, '');
}

/**
 * A normalised label without its trailing bracketed note, or '' when it has
 * none (or nothing is left): "完成时限(年月日)" → "完成时限".
 */
export function stripTrailingNote(label: string): string {
  if (!TRAILING_NOTE.test(label)) return '';
  return label.replace(TRAILING_NOTE, '').replace(TRAILING_COLONS, '');
}
