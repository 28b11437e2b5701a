// Worksheet, WorksheetCollection, WorksheetFreezePanes and AutoFilter proxies.
import { MAX_COLS, MAX_ROWS, formatAddress, rect } from './address';
import { ErrorCodes, hostError } from './errors';
import { PageLayout } from './page-layout';
import { ClientObject, ClientResult, CollectionObject, NavDefs, PropDefs } from './proxy';
import { Range, rangeArgument, rangeOnSheet } from './range';
import { RangeTarget } from './range-data';
import {
  activateSheet,
  checkSheetName,
  defaultSheetName,
  deleteSheet,
  liveSheets,
  moveSheet,
  setVisibility,
  sheetOrNull,
} from './sheet-ops';
import { SheetModel, Visibility, WorkbookModel } from './workbook';

function live(sheet: SheetModel): SheetModel {
  if (sheet.deleted) throw hostError(ErrorCodes.itemNotFound, 'The worksheet has been deleted.');
  return sheet;
}

export class Worksheet extends ClientObject<SheetModel> {
  _typeName(): string {
    return 'Worksheet';
  }

  protected _props(): PropDefs<SheetModel> {
    const wb = this._queue.host.wb;
    return {
      id: { minor: 1, read: (s) => s.id },
      name: { minor: 1, read: (s) => s.name },
      visibility: { minor: 1, read: (s) => s.visibility },
      position: { minor: 1, read: (s) => wb.sheets.indexOf(s) },
    };
  }

  protected _navs(): NavDefs {
    const target = () => live(this._require());
    return {
      freezePanes: [7, (m) => new WorksheetFreezePanes(this._queue, target, m)],
      autoFilter: [9, (m) => new AutoFilter(this._queue, target, m)],
      pageLayout: [9, (m) => new PageLayout(this._queue, target, m)],
    };
  }

  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._setProp('Worksheet.name', 'name', v, 1, (s) => {
      checkSheetName(this._queue.host.wb, v, s);
      s.name = v;
    });
  }
  get visibility(): Visibility {
    return this._get('visibility');
  }
  set visibility(v: Visibility) {
    this._setProp('Worksheet.visibility', 'visibility', v, 2, (s) => setVisibility(this._queue.host.wb, live(s), v));
  }
  get position(): number {
    return this._get('position');
  }
  set position(v: number) {
    this._setProp('Worksheet.position', 'position', v, 1, (s) => moveSheet(this._queue.host.wb, live(s), v));
  }
  get freezePanes(): WorksheetFreezePanes {
    return this._nav('freezePanes');
  }
  get autoFilter(): AutoFilter {
    return this._nav('autoFilter');
  }
  get pageLayout(): PageLayout {
    return this._nav('pageLayout');
  }

  activate(): void {
    this._op('Worksheet.activate', 1, (s) => activateSheet(this._queue.host.wb, live(s)));
  }
  delete(): void {
    this._op('Worksheet.delete', 1, (s) => deleteSheet(this._queue.host.wb, live(s)));
  }

  private _range(label: string, minor: number, f: (s: SheetModel) => RangeTarget | null, nullable = false): Range {
    return this._instantiate(label, minor, new Range(this._queue, () => f(live(this._require())), 1, nullable));
  }

  /** No address: the whole sheet, as Office returns it. */
  getRange(address?: string): Range {
    return this._range('Worksheet.getRange', 1, (s) =>
      address === undefined || address === '' ? { sheet: s, rect: rect(0, 0, MAX_ROWS - 1, MAX_COLS - 1) } : rangeOnSheet(s, address),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this._range('Worksheet.getRangeByIndexes', 7, (s) => {
      const x = rect(startRow, startColumn, startRow + rowCount - 1, startColumn + columnCount - 1);
      return rangeOnSheet(s, formatAddress(s.name, x));
    });
  }

  getCell(row: number, column: number): Range {
    return this._range('Worksheet.getCell', 1, (s) => rangeOnSheet(s, formatAddress(s.name, rect(row, column, row, column))));
  }

  /** Bounding box of non-empty cells; A1 on an empty sheet. valuesOnly is accepted at any version and changes
   *  nothing here, because this host keeps formatting out of the used range either way. */
  getUsedRange(_valuesOnly?: boolean): Range {
    return this._range('Worksheet.getUsedRange', 1, (s) => ({ sheet: s, rect: s.usedRect() || rect(0, 0, 0, 0) }));
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): Range {
    return this._range(
      'Worksheet.getUsedRangeOrNullObject',
      4,
      (s) => {
        const used = s.usedRect();
        return used ? { sheet: s, rect: used } : null;
      },
      true,
    );
  }
}

export class WorksheetCollection extends CollectionObject<WorkbookModel, SheetModel, Worksheet> {
  _typeName(): string {
    return 'WorksheetCollection';
  }
  protected _list(wb: WorkbookModel): SheetModel[] {
    return liveSheets(wb);
  }
  protected _makeItem(s: SheetModel): Worksheet {
    return new Worksheet(this._queue, () => s, 1);
  }

  private _sheet(label: string, minor: number, f: (wb: WorkbookModel) => SheetModel | null, nullable = false): Worksheet {
    return this._instantiate(label, minor, new Worksheet(this._queue, () => f(this._require()), 1, nullable));
  }

  getActiveWorksheet(): Worksheet {
    return this._sheet('WorksheetCollection.getActiveWorksheet', 1, (wb) => wb.activeSheet());
  }

  getItem(key: string): Worksheet {
    return this._sheet('WorksheetCollection.getItem', 1, (wb) => {
      const s = wb.findByKey(String(key));
      if (!s) throw hostError(ErrorCodes.itemNotFound, "The requested resource doesn't exist: worksheet " + key);
      return s;
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    return this._sheet('WorksheetCollection.getItemOrNullObject', 4, (wb) => sheetOrNull(wb.findByKey(String(key))), true);
  }

  getFirst(visibleOnly?: boolean): Worksheet {
    return this._sheet(
      'WorksheetCollection.getFirst',
      5,
      (wb) => liveSheets(wb).filter((s) => !visibleOnly || s.visibility === 'Visible')[0] || null,
    );
  }

  getLast(visibleOnly?: boolean): Worksheet {
    return this._sheet(
      'WorksheetCollection.getLast',
      5,
      (wb) =>
        liveSheets(wb)
          .filter((s) => !visibleOnly || s.visibility === 'Visible')
          .pop() || null,
    );
  }

  /** Appends a sheet after the last one; like Excel, it does not activate it. */
  add(name?: string): Worksheet {
    return this._sheet('WorksheetCollection.add', 1, (wb) => {
      const n = name === undefined || name === null ? defaultSheetName(wb) : String(name);
      checkSheetName(wb, n, null);
      return wb.addSheet(n);
    });
  }

  getCount(visibleOnly?: boolean): ClientResult<number> {
    const result = new ClientResult<number>();
    this._op('WorksheetCollection.getCount', 4, (wb, results) => {
      const n = liveSheets(wb).filter((s) => !visibleOnly || s.visibility === 'Visible').length;
      results.push(() => result._set(n));
    });
    return result;
  }
}

export class WorksheetFreezePanes extends ClientObject<SheetModel> {
  _typeName(): string {
    return 'WorksheetFreezePanes';
  }

  freezeRows(count?: number): void {
    this._op('WorksheetFreezePanes.freezeRows', 7, (s) => {
      const n = count === undefined ? 1 : count;
      if (!(n >= 0 && n < MAX_ROWS)) throw hostError(ErrorCodes.invalidArgument, 'Invalid row count ' + n);
      s.frozenRows = n;
      s.frozenColumns = 0;
    });
  }

  freezeColumns(count?: number): void {
    this._op('WorksheetFreezePanes.freezeColumns', 7, (s) => {
      const n = count === undefined ? 1 : count;
      if (!(n >= 0 && n < MAX_COLS)) throw hostError(ErrorCodes.invalidArgument, 'Invalid column count ' + n);
      s.frozenColumns = n;
      s.frozenRows = 0;
    });
  }

  freezeAt(frozenRange: Range | string): void {
    this._op('WorksheetFreezePanes.freezeAt', 7, (s) => {
      const t = rangeArgument(s, frozenRange);
      s.frozenRows = t.rect.r1 + 1;
      s.frozenColumns = t.rect.c1 + 1;
    });
  }

  unfreeze(): void {
    this._op('WorksheetFreezePanes.unfreeze', 7, (s) => {
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }

  getLocationOrNullObject(): Range {
    const child = new Range(
      this._queue,
      () => {
        const s = this._require();
        if (s.frozenRows === 0 && s.frozenColumns === 0) return null;
        const r1 = s.frozenRows > 0 ? s.frozenRows - 1 : MAX_ROWS - 1;
        const c1 = s.frozenColumns > 0 ? s.frozenColumns - 1 : MAX_COLS - 1;
        return { sheet: s, rect: rect(0, 0, r1, c1) };
      },
      1,
      true,
    );
    return this._instantiate('WorksheetFreezePanes.getLocationOrNullObject', 7, child);
  }
}

export class AutoFilter extends ClientObject<SheetModel> {
  _typeName(): string {
    return 'AutoFilter';
  }
  protected _props(): PropDefs<SheetModel> {
    return {
      enabled: { minor: 9, read: (s) => s.autoFilter !== null },
      isDataFiltered: { minor: 9, read: () => false },
    };
  }
  get enabled(): boolean {
    return this._get('enabled');
  }
  get isDataFiltered(): boolean {
    return this._get('isDataFiltered');
  }

  /** Criteria are accepted but not evaluated: this host never hides rows. */
  apply(range: Range | string, _columnIndex?: number, _criteria?: unknown): void {
    this._op('AutoFilter.apply', 9, (s) => {
      const t = rangeArgument(s, range);
      if (t.sheet !== s) throw hostError(ErrorCodes.invalidArgument, 'The range is on another sheet.');
      s.autoFilter = t.rect;
    });
  }

  remove(): void {
    this._op('AutoFilter.remove', 9, (s) => {
      s.autoFilter = null;
    });
  }
  clearCriteria(): void {
    this._op('AutoFilter.clearCriteria', 9, () => undefined);
  }

  getRangeOrNullObject(): Range {
    const child = new Range(
      this._queue,
      () => {
        const s = this._require();
        return s.autoFilter ? { sheet: s, rect: s.autoFilter } : null;
      },
      1,
      true,
    );
    return this._instantiate('AutoFilter.getRangeOrNullObject', 9, child);
  }
}
