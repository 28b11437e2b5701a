// A1 addresses and rectangles. Rectangles are 0-based and inclusive; nothing here allocates per cell.
import { ErrorCodes, hostError } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** 0-based column index to Excel's letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Excel's letters to a 0-based column index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  const up = letters.toUpperCase();
  for (let i = 0; i < up.length; i++) n = n * 26 + (up.charCodeAt(i) - 64);
  return n - 1;
}

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function rect(r0: number, c0: number, r1: number, c1: number): Rect {
  return { r0, c0, r1, c1 };
}

export function cellKey(r: number, c: number): number {
  return r * MAX_COLS + c;
}

export function rowCount(x: Rect): number {
  return x.r1 - x.r0 + 1;
}
export function colCount(x: Rect): number {
  return x.c1 - x.c0 + 1;
}
export function area(x: Rect): number {
  return rowCount(x) * colCount(x);
}

export function isWholeColumns(x: Rect): boolean {
  return x.r0 === 0 && x.r1 === MAX_ROWS - 1;
}
export function isWholeRows(x: Rect): boolean {
  return x.c0 === 0 && x.c1 === MAX_COLS - 1;
}

/** 'A1', 'A1:B2', 'A:C' or '3:5', as Excel writes them (no sheet name). */
export function formatRect(x: Rect): string {
  if (isWholeRows(x)) return x.r0 + 1 + ':' + (x.r1 + 1);
  if (isWholeColumns(x)) return columnLetter(x.c0) + ':' + columnLetter(x.c1);
  const a = columnLetter(x.c0) + (x.r0 + 1);
  if (x.r0 === x.r1 && x.c0 === x.c1) return a;
  return a + ':' + columnLetter(x.c1) + (x.r1 + 1);
}

/** Sheet names are quoted when they hold anything but letters, digits, underscores and dots, as Excel does. */
function quoteSheet(name: string): string {
  if (/^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return name;
  return "'" + name.replace(/'/g, "''") + "'";
}

export function formatAddress(sheet: string, x: Rect): string {
  return quoteSheet(sheet) + '!' + formatRect(x);
}

export interface ParsedAddress {
  sheet: string | null;
  rect: Rect;
}

function invalid(address: string): Error {
  return hostError(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format: ' + address);
}

interface Corner {
  r: number | null;
  c: number | null;
}

function parseCorner(s: string, address: string): Corner {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(s);
  if (!m || (m[1] === '' && m[2] === '')) throw invalid(address);
  const c = m[1] === '' ? null : columnIndex(m[1]);
  const r = m[2] === '' ? null : parseInt(m[2], 10) - 1;
  if (c !== null && (c < 0 || c >= MAX_COLS)) throw invalid(address);
  if (r !== null && (r < 0 || r >= MAX_ROWS)) throw invalid(address);
  return { r, c };
}

/** Parses 'A1', 'B2:A1', '$A$1', 'A:A', '3:3', 'Sheet1!A1' or "'My sheet'!A1:B2". */
export function parseAddress(address: string): ParsedAddress {
  const text = address.trim();
  let sheet: string | null = null;
  let ref = text;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    ref = text.slice(bang + 1);
    if (sheet.length >= 2 && sheet.charAt(0) === "'" && sheet.charAt(sheet.length - 1) === "'") {
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    }
    if (sheet === '') throw invalid(address);
  }
  const parts = ref.split(':');
  if (parts.length > 2 || parts[0] === '') throw invalid(address);
  const a = parseCorner(parts[0], address);
  const b = parts.length === 2 ? parseCorner(parts[1], address) : a;
  if ((a.r === null) !== (b.r === null) || (a.c === null) !== (b.c === null)) throw invalid(address);
  if (parts.length === 1 && (a.r === null || a.c === null)) throw invalid(address);
  const r0 = a.r === null ? 0 : Math.min(a.r, b.r as number);
  const r1 = a.r === null ? MAX_ROWS - 1 : Math.max(a.r, b.r as number);
  const c0 = a.c === null ? 0 : Math.min(a.c, b.c as number);
  const c1 = a.c === null ? MAX_COLS - 1 : Math.max(a.c, b.c as number);
  return { sheet, rect: rect(r0, c0, r1, c1) };
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.r0, b.r0),
    r1 = Math.min(a.r1, b.r1);
  const c0 = Math.max(a.c0, b.c0),
    c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? rect(r0, c0, r1, c1) : null;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return rect(Math.min(a.r0, b.r0), Math.min(a.c0, b.c0), Math.max(a.r1, b.r1), Math.max(a.c1, b.c1));
}

/** a minus b, as up to four disjoint rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const cut = intersect(a, b);
  if (!cut) return [a];
  const out: Rect[] = [];
  if (a.r0 < cut.r0) out.push(rect(a.r0, a.c0, cut.r0 - 1, a.c1));
  if (cut.r1 < a.r1) out.push(rect(cut.r1 + 1, a.c0, a.r1, a.c1));
  if (a.c0 < cut.c0) out.push(rect(cut.r0, a.c0, cut.r1, cut.c0 - 1));
  if (cut.c1 < a.c1) out.push(rect(cut.r0, cut.c1 + 1, cut.r1, a.c1));
  return out;
}

/** rects minus b, each piece kept disjoint. */
export function subtractAll(rects: Rect[], b: Rect): Rect[] {
  const out: Rect[] = [];
  for (const x of rects) for (const piece of subtract(x, b)) out.push(piece);
  return out;
}

export function checkInSheet(x: Rect): void {
  if (x.r0 < 0 || x.c0 < 0 || x.r1 >= MAX_ROWS || x.c1 >= MAX_COLS || x.r0 > x.r1 || x.c0 > x.c1) {
    throw hostError(ErrorCodes.invalidArgument, 'The range is outside the worksheet grid.');
  }
}
