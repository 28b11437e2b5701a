// What the preview draws of one worksheet, independent of how the host stores it.
import { CellValue } from '../../ledger/types';

/** 0-based, inclusive. */
export interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ValidationMark {
  area: Area;
  /** 'list' draws a ▾; anything else a corner mark. */
  kind: 'list' | 'other';
  /** Input prompt shown as a tooltip. */
  prompt: string;
}

export interface FormatRule {
  /** The ranges it applies to; the formula is written for the first one's top-left cell. */
  areas: Area[];
  /** Starts with '='. */
  formula: string;
  fill?: string;
  fontColor?: string;
  stopIfTrue: boolean;
}

export interface SheetView {
  name: string;
  /** values[r][c] from A1 (what formulas see); ragged rows allowed. */
  values: CellValue[][];
  /** texts[r][c]: what Excel shows (values through their number formats). */
  texts: string[][];
  merges: Area[];
  frozenRows: number;
  validations: ValidationMark[];
  /** Highest priority first. */
  formats: FormatRule[];
}

export interface WorkbookView {
  sheets: string[];
  active: string;
  /** The host's current selection, when known. */
  selection: { sheet: string; area: Area } | null;
}

/** 'A1', 'B2:C3', '$A$1:$L$100' or 'J:J' / '3:3' → area. */
export function parseArea(address: string): Area {
  const bare = address.replace(/^.*!/, '').replace(/\$/g, '').toUpperCase();
  const parts = bare.split(':');
  const a = parseRef(parts[0], true);
  const b = parts.length > 1 ? parseRef(parts[1], false) : a;
  return { r0: Math.min(a.r, b.r), c0: Math.min(a.c, b.c), r1: Math.max(a.r, b.r), c1: Math.max(a.c, b.c) };
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;

function parseRef(ref: string, start: boolean): { r: number; c: number } {
  const m = /^([A-Z]*)(\d*)$/.exec(ref);
  if (!m || (!m[1] && !m[2])) throw new Error('无法识别的地址：' + ref);
  let c = 0;
  for (let i = 0; i < m[1].length; i++) c = c * 26 + (m[1].charCodeAt(i) - 64);
  return {
    r: m[2] ? Number(m[2]) - 1 : start ? 0 : MAX_ROW,
    c: m[1] ? c - 1 : start ? 0 : MAX_COL,
  };
}

export function contains(a: Area, r: number, c: number): boolean {
  return r >= a.r0 && r <= a.r1 && c >= a.c0 && c <= a.c1;
}
