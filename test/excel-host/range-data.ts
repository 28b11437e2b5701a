// Reading and writing a range's cells: values, formulas, text and number formats as 2-D arrays.
import { Rect, colCount, rowCount } from './address';
import { cellText } from './cell-text';
import { coerceInput } from './coerce';
import { Meter } from './context';
import { clearHyperlinks } from './hyperlinks';
import { ErrorCodes, hostError } from './errors';
import { Cell, Raw, SheetModel } from './workbook';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

function size(v: unknown): number {
  if (typeof v === 'string') return v.length + 3;
  if (typeof v === 'number') return String(v).length + 1;
  if (typeof v === 'boolean') return v ? 5 : 6;
  return 5;
}

/** Builds the rows × columns matrix, metering each cell so an oversized read fails before it is built. */
function matrix(t: RangeTarget, meter: Meter, pick: (cell: Cell | undefined, r: number, c: number) => unknown): unknown[][] {
  const out: unknown[][] = [];
  const { r0, r1, c0, c1 } = t.rect;
  for (let r = r0; r <= r1; r++) {
    const row = t.sheet.rows.get(r);
    const line: unknown[] = [];
    let bytes = 2;
    for (let c = c0; c <= c1; c++) {
      const v = pick(row ? row.get(c) : undefined, r, c);
      bytes += size(v);
      line.push(v);
    }
    meter.add(bytes);
    out.push(line);
  }
  return out;
}

/** Formula cells read as null: the host does not evaluate formulas. */
export function readValues(t: RangeTarget, meter: Meter): unknown[][] {
  return matrix(t, meter, (cell) => (!cell ? '' : cell.f !== undefined ? null : cell.v));
}

export function readFormulas(t: RangeTarget, meter: Meter): unknown[][] {
  return matrix(t, meter, (cell) => (!cell ? '' : cell.f !== undefined ? cell.f : cell.v));
}

export function readText(t: RangeTarget, meter: Meter): unknown[][] {
  return matrix(t, meter, (cell, r, c) => (!cell ? '' : cellText(cell.v, t.sheet.numberFormat.get(r, c), cell.f !== undefined)));
}

export function readNumberFormat(t: RangeTarget, meter: Meter): unknown[][] {
  return matrix(t, meter, (_cell, r, c) => t.sheet.numberFormat.get(r, c));
}

export function readValueTypes(t: RangeTarget, meter: Meter): unknown[][] {
  return matrix(t, meter, (cell) => {
    if (!cell) return 'Empty';
    if (cell.f !== undefined) return 'Unknown';
    return typeof cell.v === 'number' ? 'Double' : typeof cell.v === 'boolean' ? 'Boolean' : 'String';
  });
}

/** Input for a 2-D property: a matrix of exactly the range's size, or one value for every cell. */
function cellInput(t: RangeTarget, input: unknown, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = rowCount(t.rect),
    cols = colCount(t.rect);
  const ok = input.length === rows && input.every((line) => Array.isArray(line) && line.length === cols);
  if (!ok) {
    throw hostError(
      ErrorCodes.invalidArgument,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range (" + what + ').',
    );
  }
  return (r, c) => (input[r - t.rect.r0] as unknown[])[c - t.rect.c0];
}

function checkScalar(v: unknown, what: string): v is Raw | null | undefined {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number' && isFinite(v)) return true;
  throw hostError(ErrorCodes.invalidArgument, 'Invalid value in ' + what + ': ' + String(v));
}

/** Writes values or formulas; null leaves a cell unchanged, '' empties it. */
export function writeCells(t: RangeTarget, input: unknown, asFormula: boolean): void {
  const what = asFormula ? 'formulas' : 'values';
  const at = cellInput(t, input, what);
  const { sheet, rect } = t;
  if (!Array.isArray(input) && (input === '' || input === null)) {
    if (input === '') sheet.eachCellIn(rect, (r, c) => sheet.put(r, c, undefined));
    return;
  }
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const v = at(r, c);
      if (!checkScalar(v, what) || v === null || v === undefined) continue;
      const res = coerceInput(v, sheet.numberFormat.get(r, c), asFormula);
      sheet.put(r, c, res.cell);
      if (res.numberFormat) sheet.numberFormat.setCell(r, c, res.numberFormat);
    }
  }
}

export function writeNumberFormat(t: RangeTarget, input: unknown): void {
  const { sheet, rect } = t;
  if (!Array.isArray(input)) {
    if (input === null || input === undefined) return;
    sheet.numberFormat.fill(rect, String(input));
    return;
  }
  const at = cellInput(t, input, 'numberFormat');
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const v = at(r, c);
      if (v !== null && v !== undefined) sheet.numberFormat.setCell(r, c, String(v));
    }
  }
}

/** Empties contents, formats and/or hyperlinks of a rectangle. */
export function clearRange(t: RangeTarget, applyTo: string): void {
  const { sheet, rect } = t;
  const contents = applyTo === 'All' || applyTo === 'Contents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  if (applyTo === 'All' || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks') clearHyperlinks(sheet, rect);
  if (contents) sheet.eachCellIn(rect, (r, c) => sheet.put(r, c, undefined));
  if (formats) {
    sheet.numberFormat.fill(rect, undefined);
    sheet.fillColor.fill(rect, undefined);
    sheet.fontColor.fill(rect, undefined);
    sheet.bold.fill(rect, undefined);
    sheet.fontSize.fill(rect, undefined);
    sheet.wrapText.fill(rect, undefined);
    sheet.horizontalAlignment.fill(rect, undefined);
  }
}
