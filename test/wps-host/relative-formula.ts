// Moves a formula's relative references, as WPS (like Excel's VBA model) does between the active cell
// a rule's formula is written or read against and the range's first cell the rule keeps it for.
// References in string literals and names that only look like references (LOG10() …) stay.
import { columnIndex, columnLetter, MAX_COLS, MAX_ROWS } from '../excel-host/address';
import { comError } from './com-error';

const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(.!])/y;

export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const prev = i > 0 ? formula.charAt(i - 1) : '';
    REF.lastIndex = i;
    const m = /[\w.]/.test(prev) ? null : REF.exec(formula);
    if (!m) {
      out += ch;
      i++;
      continue;
    }
    const col = m[1] ? columnIndex(m[2]) : columnIndex(m[2]) + dc;
    const row = m[3] ? parseInt(m[4], 10) : parseInt(m[4], 10) + dr;
    if (col < 0 || col >= MAX_COLS || row < 1 || row > MAX_ROWS)
      throw comError('the formula refers outside the sheet once moved: ' + formula);
    out += m[1] + columnLetter(col) + m[3] + row;
    i += m[0].length;
  }
  return out;
}
