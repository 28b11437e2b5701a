// Values as WPS hands them over, made into what the core reads (as Office.js gives them): a formula
// error arrives as its COM error number and becomes its text ('#N/A'), an empty cell arrives as
// undefined or null and becomes ''. Value2 carries dates as serial numbers, never as Date objects.
import { CellValue } from '../../ledger/types';

/** CVErr values as WPS returns them: 0x800A0000 + Excel's error number, as a signed 32-bit integer. */
const ERROR_TEXTS: { [value: string]: string } = {
  '-2146826288': '#NULL!',
  '-2146826281': '#DIV/0!',
  '-2146826273': '#VALUE!',
  '-2146826265': '#REF!',
  '-2146826259': '#NAME?',
  '-2146826252': '#NUM!',
  '-2146826246': '#N/A',
  '-2146826245': '#GETTING_DATA',
};

export function cellValue(v: unknown): CellValue {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return Object.prototype.hasOwnProperty.call(ERROR_TEXTS, String(v)) ? ERROR_TEXTS[String(v)] : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** A range's Value2 as rows × columns of cell values: one cell's Value2 is a scalar. */
export function valueRows(value2: unknown, rows: number, cols: number): CellValue[][] {
  if (!Array.isArray(value2)) return [[cellValue(value2)]];
  // A one-row range may come back as one flat row.
  const lines: unknown[] = rows === 1 && value2.length === cols && !Array.isArray(value2[0]) ? [value2] : value2;
  const out: CellValue[][] = [];
  for (let r = 0; r < lines.length; r++) {
    const line = lines[r];
    const row: CellValue[] = [];
    if (Array.isArray(line)) for (let c = 0; c < line.length; c++) row.push(cellValue(line[c]));
    else row.push(cellValue(line));
    out.push(row);
  }
  return out;
}

/** '#RRGGBB' as the BGR number WPS (like Excel's VBA model) takes for a colour. */
export function bgrColor(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error('not a #RRGGBB colour: ' + hex);
  return parseInt(m[1], 16) + parseInt(m[2], 16) * 256 + parseInt(m[3], 16) * 65536;
}
