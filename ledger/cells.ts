// Cell addressing and display text, shared by every reader of a grid.
import { CellValue } from './types';

/** 0-based column index to Excel's letters: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B3:D10": a range from 0-based columns and 1-based rows, as Excel shows rows. */
export function rangeAddress(firstCol: number, firstRow: number, lastCol: number, lastRow: number): string {
  return columnLetter(firstCol) + firstRow + ':' + columnLetter(lastCol) + lastRow;
}

/** The most characters one Excel cell holds. */
export const MAX_CELL_TEXT = 32767;

/** Excel letters to a 0-based column index: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  const up = letters.toUpperCase();
  for (let i = 0; i < up.length; i++) n = n * 26 + (up.charCodeAt(i) - 64);
  return n - 1;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

// Hoisted: a regex literal in a function builds a new RegExp object on every call.
const EDGE_SPACES = /^\s+|\s+$/g;
const SPACE = /\s/;

/** A string that starts or ends with a space: trimming tries every position, this two characters. */
function hasEdgeSpace(s: string): boolean {
  return s.length > 0 && (SPACE.test(s.charAt(0)) || SPACE.test(s.charAt(s.length - 1)));
}

/** A cell's text as the user sees it (trimmed); '' for empty cells. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return hasEdgeSpace(v) ? v.replace(EDGE_SPACES, '') : v;
  if (typeof v === 'number') return isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.getFullYear() + '-' + pad2(v.getMonth() + 1) + '-' + pad2(v.getDate());
}

export function isEmptyCell(v: CellValue): boolean {
  return cellText(v) === '';
}
