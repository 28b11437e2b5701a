// Evaluates a conditional-format formula for one cell as Excel does: the formula
// is written for the range's top-left cell (the anchor), so its relative
// references move with the target cell, absolute ones stay, and the format
// applies when the result is TRUE or a non-zero number (an error never applies).
//
// fast-formula-parser (MIT) parses and runs the formula. Where its functions
// differ from Excel for the cells a ledger holds, they are replaced here:
// - a blank cell reaches text functions as "[object Object]" and TRIM also strips
//   non-ASCII spaces: TRIM, FIND, LEFT follow Excel here, blank = "";
// - SUBSTITUTE and COUNTA are missing from the engine;
// - AND/OR swallow errors: here an error argument makes the result an error, as in Excel;
// - TODAY() returns the `today` asked for, as a 1900-system serial (so do DATE()
//   and Date cells): 1904-system workbooks are not modelled.
// Serials come from the test host's own date code, never the product's: an oracle
// sharing the product's date arithmetic would agree with it when both are wrong.
// Browser-safe: no Node APIs, so the preview page draws the grid with it.
import FormulaParser = require('fast-formula-parser');
import { CellValue, Day } from '../../ledger/types';
import { columnIndex, columnLetter } from '../excel-host/address';
import { serialOfDate } from '../excel-host/serial-date';

type Arg = { value: unknown; isArray?: boolean; isCellRef?: boolean; isRangeRef?: boolean; omitted?: boolean };

const FormulaError = FormulaParser.FormulaError;
const MAX_ROW = 1048576;
const MAX_COL = 16384;
/** A range larger than this is not a ledger formula's; refuse rather than loop. */
const MAX_RANGE_CELLS = 100000;

interface Context {
  getCell: (row: number, col: number) => CellValue;
  todaySerial: number;
}

let current: Context | null = null;

function context(): Context {
  if (!current) throw new Error('evaluateFormatFormula: no evaluation in progress');
  return current;
}

const DAY_MS = 86400000;

/** A Day (whole days since 1970-01-01) as the serial Excel's TODAY() gives on that day. */
function serialOfDay(day: Day): number {
  const utc = new Date(day * DAY_MS);
  return serialOfDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

/** A cell as Excel holds it: blanks (also Office.js's "") are null, dates are serials of the day shown. */
function cellForEngine(v: CellValue): string | number | boolean | null {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return serialOfDate(v.getFullYear(), v.getMonth() + 1, v.getDate());
  return v;
}

/** The single value of an argument (first element of an array), errors thrown. */
function single(arg: Arg | undefined): unknown {
  if (!arg || arg.omitted) return null;
  let v = arg.value;
  if (arg.isArray && Array.isArray(v)) v = Array.isArray(v[0]) ? v[0][0] : v[0];
  if (v instanceof FormulaError) throw v;
  return v;
}

/** Excel's text of a value: blank → "", booleans upper case. */
function text(arg: Arg | undefined): string {
  const v = single(arg);
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function num(arg: Arg | undefined, def: number): number {
  if (!arg || arg.omitted) return def;
  const v = single(arg);
  if (v === null || v === undefined) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = typeof v === 'number' ? v : Number(v);
  if (typeof v === 'string' && v.trim() === '') throw FormulaError.VALUE;
  if (!isFinite(n)) throw FormulaError.VALUE;
  return n;
}

function flatten(v: unknown): unknown[] {
  if (!Array.isArray(v)) return [v];
  const out: unknown[] = [];
  for (const row of v) out.push(...(Array.isArray(row) ? row : [row]));
  return out;
}

/** AND/OR as Excel: text and blanks in references are skipped, errors propagate. */
function logicalValues(args: Arg[]): boolean[] {
  const out: boolean[] = [];
  for (const arg of args) {
    if (arg.omitted) continue;
    const fromRef = !!(arg.isRangeRef || arg.isCellRef || arg.isArray);
    for (const v of flatten(arg.value)) {
      if (v instanceof FormulaError) throw v;
      if (typeof v === 'boolean') out.push(v);
      else if (typeof v === 'number') out.push(v !== 0);
      else if (fromRef || v === null || v === undefined) continue;
      else if (String(v).toUpperCase() === 'TRUE') out.push(true);
      else if (String(v).toUpperCase() === 'FALSE') out.push(false);
      else throw FormulaError.VALUE;
    }
  }
  if (out.length === 0) throw FormulaError.VALUE;
  return out;
}

const functions: { [name: string]: (...args: Arg[]) => unknown } = {
  TODAY: () => context().todaySerial,
  // Excel's TRIM removes ASCII spaces only, and collapses inner runs to one.
  TRIM: (t) =>
    text(t)
      .replace(/^ +| +$/g, '')
      .replace(/ {2,}/g, ' '),
  FIND: (find, within, start) => {
    const needle = text(find);
    const hay = text(within);
    const from = Math.floor(num(start, 1));
    if (from < 1 || from > hay.length + 1) throw FormulaError.VALUE;
    const at = hay.indexOf(needle, from - 1);
    if (at < 0) throw FormulaError.VALUE;
    return at + 1;
  },
  LEFT: (t, count) => {
    const n = Math.floor(num(count, 1));
    if (n < 0) throw FormulaError.VALUE;
    return text(t).slice(0, n);
  },
  SUBSTITUTE: (t, oldText, newText, instance) => {
    const s = text(t);
    const from = text(oldText);
    const to = text(newText);
    if (from === '') return s;
    if (!instance || instance.omitted) return s.split(from).join(to);
    const nth = Math.floor(num(instance, 1));
    if (nth < 1) throw FormulaError.VALUE;
    let at = -1;
    for (let i = 0; i < nth; i++) {
      at = s.indexOf(from, at + 1);
      if (at < 0) return s;
    }
    return s.slice(0, at) + to + s.slice(at + from.length);
  },
  // Missing from the engine; counts every non-blank value, errors included, as Excel.
  COUNTA: (...args) => {
    let n = 0;
    for (const arg of args) {
      if (arg.omitted) continue;
      for (const v of flatten(arg.value)) if (v !== null && v !== undefined) n++;
    }
    return n;
  },
  AND: (...args) => logicalValues(args).every((b) => b),
  OR: (...args) => logicalValues(args).some((b) => b),
};

const parser = new FormulaParser({
  onCell: (ref) => cellForEngine(context().getCell(ref.row, ref.col - 1)),
  onRange: (ref) => {
    const rows = ref.to.row - ref.from.row + 1;
    const cols = ref.to.col - ref.from.col + 1;
    if (rows * cols > MAX_RANGE_CELLS) throw new Error('range too large to evaluate: ' + rows + '×' + cols);
    const out: (string | number | boolean | null)[][] = [];
    for (let r = ref.from.row; r <= ref.to.row; r++) {
      const line: (string | number | boolean | null)[] = [];
      for (let c = ref.from.col; c <= ref.to.col; c++) line.push(cellForEngine(context().getCell(r, c - 1)));
      out.push(line);
    }
    return out;
  },
  functions: functions,
});

const CELL_REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)/;
const NAME_CHAR = /[A-Za-z0-9_.]/;
const AFTER_REF = /[A-Za-z0-9_.(]/;

/**
 * The formula as Excel sees it in a cell dRow rows down and dCol columns right
 * of the anchor: relative A1 references move, $-fixed parts stay. String
 * literals and quoted sheet names are left alone; whole-row/column references
 * (A:A, 3:3) are not supported.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula.charAt(j) === ch) {
          if (formula.charAt(j + 1) === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = i > 0 && NAME_CHAR.test(formula.charAt(i - 1)) ? null : CELL_REF.exec(formula.slice(i));
    if (m && !AFTER_REF.test(formula.charAt(i + m[0].length))) {
      let col = columnIndex(m[2]);
      let row = parseInt(m[4], 10);
      if (!m[1]) col += dCol;
      if (!m[3]) row += dRow;
      if (col < 0 || col >= MAX_COL || row < 1 || row > MAX_ROW) throw new Error('reference moves off the sheet: ' + m[0]);
      out += m[1] + columnLetter(col) + m[3] + row;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * Whether a conditional format with this formula applies to the target cell.
 * anchor/target: 1-based row, 0-based column; getCell takes the same coordinates.
 */
export function evaluateFormatFormula(
  formula: string,
  anchor: { row: number; col: number },
  target: { row: number; col: number },
  getCell: (row: number, col: number) => CellValue,
  today: Day,
): boolean {
  const body = formula.charAt(0) === '=' ? formula.slice(1) : formula;
  const shifted = shiftFormula(body, target.row - anchor.row, target.col - anchor.col);
  const previous = current;
  current = { getCell: getCell, todaySerial: serialOfDay(today) };
  let result: unknown;
  try {
    result = parser.parse(shifted, { row: target.row, col: target.col + 1, sheet: 'Sheet1' });
  } finally {
    current = previous;
  }
  if (typeof result === 'boolean') return result;
  if (typeof result === 'number') return result !== 0;
  return false;
}
