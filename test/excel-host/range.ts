// Range, RangeAreas and RangeCollection proxies.
import {
  MAX_COLS,
  MAX_ROWS,
  Rect,
  area,
  boundingRect,
  checkInSheet,
  colCount,
  formatAddress,
  intersect,
  isWholeColumns,
  isWholeRows,
  parseAddress,
  rect,
  rowCount,
} from './address';
import { ErrorCodes, hostError } from './errors';
import { ClientObject, CollectionObject, NavDefs, PropDefs, jsonSize } from './proxy';
import {
  RangeTarget,
  clearRange,
  readFormulas,
  readNumberFormat,
  readText,
  readValueTypes,
  readValues,
  writeCells,
  writeNumberFormat,
} from './range-data';
import { RangeFormat } from './format';
import { HyperlinkModel, hyperlinkAt, setHyperlink } from './hyperlinks';
import { DataValidation } from './data-validation';
import { ConditionalFormatCollection } from './conditional-format-proxy';
import { Worksheet } from './worksheet';
import { SheetModel } from './workbook';

const RANGE_PROPS: PropDefs<RangeTarget> = {
  address: { minor: 1, read: (t) => formatAddress(t.sheet.name, t.rect) },
  addressLocal: { minor: 1, read: (t) => formatAddress(t.sheet.name, t.rect) },
  values: { minor: 1, read: readValues, metered: true },
  formulas: { minor: 1, read: readFormulas, metered: true },
  formulasLocal: { minor: 1, read: readFormulas, metered: true },
  text: { minor: 1, read: readText, metered: true },
  numberFormat: { minor: 1, read: readNumberFormat, metered: true },
  valueTypes: { minor: 1, read: readValueTypes, metered: true },
  rowIndex: { minor: 1, read: (t) => t.rect.r0 },
  columnIndex: { minor: 1, read: (t) => t.rect.c0 },
  rowCount: { minor: 1, read: (t) => rowCount(t.rect) },
  columnCount: { minor: 1, read: (t) => colCount(t.rect) },
  cellCount: { minor: 1, read: (t) => area(t.rect) },
  isEntireColumn: { minor: 7, read: (t) => isWholeColumns(t.rect) },
  isEntireRow: { minor: 7, read: (t) => isWholeRows(t.rect) },
  hyperlink: { minor: 7, read: (t) => hyperlinkAt(t.sheet, t.rect.r0, t.rect.c0) },
};

/** A range given as a Range proxy or an address string on the same sheet, resolved at sync. */
export function rangeArgument(sheet: SheetModel, arg: unknown): RangeTarget {
  if (typeof arg === 'string') return rangeOnSheet(sheet, arg);
  if (arg instanceof Range) return arg._require();
  throw hostError(ErrorCodes.invalidArgument, 'Expected a Range or an address.');
}

export function rangeOnSheet(sheet: SheetModel, address: string): RangeTarget {
  const parsed = parseAddress(address);
  if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
    throw hostError(ErrorCodes.invalidArgument, 'The address ' + address + ' is on another sheet.');
  }
  return { sheet, rect: parsed.rect };
}

function moved(t: RangeTarget, x: Rect): RangeTarget {
  checkInSheet(x);
  return { sheet: t.sheet, rect: x };
}

export class Range extends ClientObject<RangeTarget> {
  _typeName(): string {
    return 'Range';
  }

  protected _props(): PropDefs<RangeTarget> {
    return RANGE_PROPS;
  }

  protected _navs(): NavDefs {
    const target = () => this._require();
    return {
      format: [1, (m) => new RangeFormat(this._queue, target, m)],
      dataValidation: [8, (m) => new DataValidation(this._queue, target, m)],
      conditionalFormats: [6, (m) => new ConditionalFormatCollection(this._queue, target, m)],
      worksheet: [1, (m) => new Worksheet(this._queue, () => this._require().sheet, m)],
    };
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this._setProp('Range.values', 'values', v, 1, (t) => writeCells(t, v, false), jsonSize(v));
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown[][]) {
    this._setProp('Range.formulas', 'formulas', v, 1, (t) => writeCells(t, v, true), jsonSize(v));
  }
  get formulasLocal(): unknown[][] {
    return this._get('formulasLocal');
  }
  set formulasLocal(v: unknown[][]) {
    this._setProp('Range.formulasLocal', 'formulasLocal', v, 1, (t) => writeCells(t, v, true), jsonSize(v));
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this._setProp('Range.numberFormat', 'numberFormat', v, 1, (t) => writeNumberFormat(t, v), jsonSize(v));
  }
  get hyperlink(): HyperlinkModel {
    return this._get('hyperlink');
  }
  set hyperlink(v: HyperlinkModel) {
    this._setProp('Range.hyperlink', 'hyperlink', v, 7, (t) => setHyperlink(this._queue.host.wb, t, v), jsonSize(v));
  }
  get text(): string[][] {
    return this._get('text');
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get isEntireColumn(): boolean {
    return this._get('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this._get('isEntireRow');
  }

  get format(): RangeFormat {
    return this._nav('format');
  }
  get dataValidation(): DataValidation {
    return this._nav('dataValidation');
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return this._nav('conditionalFormats');
  }
  get worksheet(): Worksheet {
    return this._nav('worksheet');
  }

  /** A range computed from this one when the call runs at sync. */
  private _derive(label: string, minor: number, f: (t: RangeTarget) => RangeTarget | null, nullable = false): Range {
    return this._instantiate(label, minor, new Range(this._queue, () => f(this._require()), 1, nullable));
  }

  getCell(row: number, column: number): Range {
    return this._derive('Range.getCell', 1, (t) =>
      moved(t, rect(t.rect.r0 + row, t.rect.c0 + column, t.rect.r0 + row, t.rect.c0 + column)),
    );
  }

  getRow(row: number): Range {
    return this._derive('Range.getRow', 1, (t) => moved(t, rect(t.rect.r0 + row, t.rect.c0, t.rect.r0 + row, t.rect.c1)));
  }

  getColumn(column: number): Range {
    return this._derive('Range.getColumn', 1, (t) => moved(t, rect(t.rect.r0, t.rect.c0 + column, t.rect.r1, t.rect.c0 + column)));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derive('Range.getResizedRange', 2, (t) =>
      moved(t, rect(t.rect.r0, t.rect.c0, t.rect.r1 + deltaRows, t.rect.c1 + deltaColumns)),
    );
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this._derive('Range.getAbsoluteResizedRange', 7, (t) =>
      moved(t, rect(t.rect.r0, t.rect.c0, t.rect.r0 + numRows - 1, t.rect.c0 + numColumns - 1)),
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derive('Range.getOffsetRange', 1, (t) =>
      moved(t, rect(t.rect.r0 + rowOffset, t.rect.c0 + columnOffset, t.rect.r1 + rowOffset, t.rect.c1 + columnOffset)),
    );
  }

  getEntireColumn(): Range {
    return this._derive('Range.getEntireColumn', 1, (t) => moved(t, rect(0, t.rect.c0, MAX_ROWS - 1, t.rect.c1)));
  }

  getEntireRow(): Range {
    return this._derive('Range.getEntireRow', 1, (t) => moved(t, rect(t.rect.r0, 0, t.rect.r1, MAX_COLS - 1)));
  }

  getLastRow(): Range {
    return this._derive('Range.getLastRow', 1, (t) => moved(t, rect(t.rect.r1, t.rect.c0, t.rect.r1, t.rect.c1)));
  }

  getLastColumn(): Range {
    return this._derive('Range.getLastColumn', 1, (t) => moved(t, rect(t.rect.r0, t.rect.c1, t.rect.r1, t.rect.c1)));
  }

  getLastCell(): Range {
    return this._derive('Range.getLastCell', 1, (t) => moved(t, rect(t.rect.r1, t.rect.c1, t.rect.r1, t.rect.c1)));
  }

  getIntersection(anotherRange: Range | string): Range {
    return this._derive('Range.getIntersection', 1, (t) => {
      const x = intersect(t.rect, rangeArgument(t.sheet, anotherRange).rect);
      if (!x) throw hostError(ErrorCodes.itemNotFound, 'The ranges do not intersect.');
      return { sheet: t.sheet, rect: x };
    });
  }

  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    return this._derive(
      'Range.getIntersectionOrNullObject',
      4,
      (t) => {
        const x = intersect(t.rect, rangeArgument(t.sheet, anotherRange).rect);
        return x ? { sheet: t.sheet, rect: x } : null;
      },
      true,
    );
  }

  getBoundingRect(anotherRange: Range | string): Range {
    return this._derive('Range.getBoundingRect', 1, (t) => ({
      sheet: t.sheet,
      rect: boundingRect(t.rect, rangeArgument(t.sheet, anotherRange).rect),
    }));
  }

  /** Used cells inside this range (values only; formats do not extend the used range in this host). */
  getUsedRange(_valuesOnly?: boolean): Range {
    return this._derive('Range.getUsedRange', 1, (t) => {
      const used = t.sheet.usedRect();
      const x = used ? intersect(used, t.rect) : null;
      if (!x) throw hostError(ErrorCodes.itemNotFound, 'The range has no used cells.');
      return { sheet: t.sheet, rect: x };
    });
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): Range {
    return this._derive(
      'Range.getUsedRangeOrNullObject',
      4,
      (t) => {
        const used = t.sheet.usedRect();
        const x = used ? intersect(used, t.rect) : null;
        return x ? { sheet: t.sheet, rect: x } : null;
      },
      true,
    );
  }

  getMergedAreasOrNullObject(): RangeAreas {
    const child = new RangeAreas(
      this._queue,
      () => {
        const t = this._require();
        const rects = t.sheet.merges.filter((m) => intersect(m, t.rect) !== null);
        return rects.length > 0 ? { sheet: t.sheet, rects } : null;
      },
      13,
      true,
    );
    return this._instantiate('Range.getMergedAreasOrNullObject', 13, child);
  }

  select(): void {
    this._op('Range.select', 1, (t) => {
      if (t.sheet.visibility !== 'Visible') throw hostError(ErrorCodes.invalidOperation, 'Cannot select a range on a hidden sheet.');
      this._queue.host.wb.active = t.sheet;
      t.sheet.selection = t.rect;
    });
  }

  clear(applyTo?: string): void {
    this._op('Range.clear', 1, (t) => clearRange(t, applyTo || 'All'));
  }

  merge(across?: boolean): void {
    this._op('Range.merge', 2, (t) => {
      const keep = t.sheet.merges.filter((m) => intersect(m, t.rect) === null);
      if (across) for (let r = t.rect.r0; r <= t.rect.r1; r++) keep.push(rect(r, t.rect.c0, r, t.rect.c1));
      else keep.push(t.rect);
      t.sheet.merges = keep;
    });
  }

  unmerge(): void {
    this._op('Range.unmerge', 2, (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => intersect(m, t.rect) === null);
    });
  }
}

export interface AreasTarget {
  sheet: SheetModel;
  rects: Rect[];
}

export class RangeCollection extends CollectionObject<AreasTarget, RangeTarget, Range> {
  _typeName(): string {
    return 'RangeCollection';
  }
  protected _list(t: AreasTarget): RangeTarget[] {
    return t.rects.map((x) => ({ sheet: t.sheet, rect: x }));
  }
  protected _makeItem(item: RangeTarget): Range {
    return new Range(this._queue, () => item, 1);
  }
}

const AREAS_PROPS: PropDefs<AreasTarget> = {
  address: { minor: 9, read: (t) => t.rects.map((x) => formatAddress(t.sheet.name, x)).join(', ') },
  addressLocal: { minor: 9, read: (t) => t.rects.map((x) => formatAddress(t.sheet.name, x)).join(', ') },
  areaCount: { minor: 9, read: (t) => t.rects.length },
  cellCount: { minor: 9, read: (t) => t.rects.reduce((n, x) => n + area(x), 0) },
};

export class RangeAreas extends ClientObject<AreasTarget> {
  _typeName(): string {
    return 'RangeAreas';
  }
  protected _props(): PropDefs<AreasTarget> {
    return AREAS_PROPS;
  }
  protected _navs(): NavDefs {
    return { areas: [9, (m) => new RangeCollection(this._queue, () => this._require(), m)] };
  }
  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get areas(): RangeCollection {
    return this._nav('areas');
  }
}
