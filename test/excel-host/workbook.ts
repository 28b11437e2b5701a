// The workbook's state: sheets, sparse cells and per-range settings. Plain data; proxies read and write it at sync.
import { MAX_COLS, MAX_ROWS, parseAddress, Rect, rect } from './address';
import { CellLayers } from './layers';
import { ConditionalFormatModel } from './conditional-formats';
import { HyperlinkModel } from './hyperlinks';
import { defaultPageLayout, PageLayoutModel } from './page-layout';
import { ValidationEntry } from './validation';

export type Raw = string | number | boolean;
export interface Cell {
  v: Raw;
  f?: string;
}
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export class SheetModel {
  readonly id: string;
  name: string;
  visibility: Visibility = 'Visible';
  deleted = false;
  /** row → column → cell; absent means empty. */
  readonly rows = new Map<number, Map<number, Cell>>();
  readonly numberFormat = new CellLayers<string>('General');
  readonly fillColor = new CellLayers<string>('');
  readonly fontColor = new CellLayers<string>('#000000');
  readonly bold = new CellLayers<boolean>(false);
  readonly fontSize = new CellLayers<number>(11);
  readonly wrapText = new CellLayers<boolean>(false);
  readonly horizontalAlignment = new CellLayers<string>('General');
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** cellKey → the cell's link. */
  readonly hyperlinks = new Map<number, HyperlinkModel>();
  pageLayout: PageLayoutModel = defaultPageLayout();
  merges: Rect[] = [];
  validations: ValidationEntry[] = [];
  /** Index in this list is the priority (0 = evaluated first), as Excel keeps it per sheet. */
  conditionalFormats: ConditionalFormatModel[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  autoFilter: Rect | null = null;
  selection: Rect = rect(0, 0, 0, 0);

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  cell(r: number, c: number): Cell | undefined {
    const row = this.rows.get(r);
    return row ? row.get(c) : undefined;
  }

  /** Stores a value or formula; '' (or undefined) empties the cell. */
  put(r: number, c: number, cell: Cell | undefined): void {
    if (!cell || (cell.f === undefined && cell.v === '')) {
      const row = this.rows.get(r);
      if (!row) return;
      row.delete(c);
      if (row.size === 0) this.rows.delete(r);
      return;
    }
    let row = this.rows.get(r);
    if (!row) {
      row = new Map<number, Cell>();
      this.rows.set(r, row);
    }
    row.set(c, cell);
  }

  /** Bounding box of non-empty cells, or null for an empty sheet. */
  usedRect(): Rect | null {
    let r0 = MAX_ROWS,
      r1 = -1,
      c0 = MAX_COLS,
      c1 = -1;
    this.rows.forEach((row, r) => {
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      row.forEach((_cell, c) => {
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      });
    });
    return r1 < 0 ? null : rect(r0, c0, r1, c1);
  }

  /** Calls fn for each non-empty cell inside x. */
  eachCellIn(x: Rect, fn: (r: number, c: number, cell: Cell) => void): void {
    this.rows.forEach((row, r) => {
      if (r < x.r0 || r > x.r1) return;
      row.forEach((cell, c) => {
        if (c >= x.c0 && c <= x.c1) fn(r, c, cell);
      });
    });
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  /** Bumped after every sync's effects (and every simulated edit), so viewers redraw after, not during, a sync. */
  revision = 0;
  active: SheetModel | null = null;
  private nextId = 1;
  nextConditionalFormatId = 1;

  addSheet(name: string): SheetModel {
    // Shaped like Excel's worksheet ids: a GUID in braces.
    const n = String(this.nextId++);
    const sheet = new SheetModel('{00000000-' + '0000'.slice(n.length) + n + '-0000-0000-000000000000}', name);
    this.sheets.push(sheet);
    return sheet;
  }

  find(name: string): SheetModel | null {
    const key = name.toLowerCase();
    for (const s of this.sheets) if (s.name.toLowerCase() === key) return s;
    return null;
  }

  /** WorksheetCollection.getItem's key: a sheet's id or its name. */
  findByKey(key: string): SheetModel | null {
    for (const s of this.sheets) if (s.id === key) return s;
    return this.find(key);
  }

  activeSheet(): SheetModel {
    if (this.active && !this.active.deleted) return this.active;
    for (const s of this.sheets) if (s.visibility === 'Visible') return (this.active = s);
    throw new Error('excel-host: the workbook has no visible sheet');
  }
}

/** A sheet a test starts with: its values (row by row, from A1), number formats, merged areas. */
export interface SheetInit {
  name: string;
  values: (string | number | boolean | null)[][];
  numberFormats?: string[][];
  merges?: string[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

/** The workbook an in-memory host (`host` names it in errors) starts with, `active` the active sheet. */
export function workbookFrom(sheets: SheetInit[], active: string | undefined, host: string): WorkbookModel {
  const wb = new WorkbookModel();
  for (const init of sheets) {
    const s = wb.addSheet(init.name);
    s.visibility = init.visibility || 'Visible';
    init.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== '') s.put(r, c, { v });
      }),
    );
    if (init.numberFormats) {
      init.numberFormats.forEach((line, r) =>
        line.forEach((f, c) => {
          if (f && f !== 'General') s.numberFormat.setCell(r, c, f);
        }),
      );
    }
    for (const m of init.merges || []) s.merges.push(parseAddress(m).rect);
  }
  const found = active ? wb.find(active) : null;
  if (active && !found) throw new Error(host + ': no sheet named ' + active);
  wb.active = found;
  if (wb.sheets.length > 0) wb.activeSheet();
  return wb;
}
