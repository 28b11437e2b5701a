// What the in-memory WPS keeps beside the workbook model it shares with the in-memory Excel: window
// state per sheet, formula errors, sheet-scoped names, protection, print scaling, document properties,
// task panes.
import { cellKey } from '../excel-host/address';
import { SheetModel, WorkbookModel } from '../excel-host/workbook';

export interface WindowState {
  freeze: boolean;
  splitRow: number;
  splitColumn: number;
  scrollRow: number;
}

export interface SheetName {
  name: string;
  refersTo: string;
  visible: boolean;
}

export interface DocProperty {
  name: string;
  value: string;
}

export interface TaskPaneState {
  id: number;
  url: string;
  title: string;
  visible: boolean;
  dock: number;
}

/** A sheet's print scaling as Excel's VBA model keeps it: Zoom, or the pages wide and tall when Zoom is false. */
export interface PageFit {
  zoom: number | false;
  wide: number | false;
  tall: number | false;
}

export interface WpsCounters {
  /** Every property read or written and every method called on the object model. */
  calls: number;
}

export class WpsState {
  readonly windows = new Map<SheetModel, WindowState>();
  /** sheet → cellKey → the COM error number Value2 returns. */
  readonly errors = new Map<SheetModel, Map<number, number>>();
  readonly names = new Map<SheetModel, SheetName[]>();
  readonly protectedSheets = new Set<SheetModel>();
  readonly pageFits = new Map<SheetModel, PageFit>();
  properties: DocProperty[] = [];
  screenUpdating = true;
  readonly panes: TaskPaneState[] = [];
  readonly storage: { [key: string]: string | number | boolean } = {};
  readonly counters: WpsCounters = { calls: 0 };
  /** Called when the add-in makes a task pane (the preview shows it). */
  onTaskPane: ((pane: TaskPaneState) => void) | null = null;
  nextConditionalFormat = 1;

  constructor(
    readonly wb: WorkbookModel,
    readonly date1904: boolean,
    readonly lcid: number,
    readonly printer: boolean,
  ) {}

  windowOf(sheet: SheetModel): WindowState {
    let w = this.windows.get(sheet);
    if (!w) {
      w = { freeze: false, splitRow: 0, splitColumn: 0, scrollRow: 1 };
      this.windows.set(sheet, w);
    }
    return w;
  }

  errorAt(sheet: SheetModel, r: number, c: number): number | undefined {
    const m = this.errors.get(sheet);
    return m ? m.get(cellKey(r, c)) : undefined;
  }

  /** Excel's defaults: 100 %, and one page by one page once Zoom is turned off. */
  pageFitOf(sheet: SheetModel): PageFit {
    let fit = this.pageFits.get(sheet);
    if (!fit) {
      fit = { zoom: 100, wide: 1, tall: 1 };
      this.pageFits.set(sheet, fit);
    }
    return fit;
  }

  namesOf(sheet: SheetModel): SheetName[] {
    let list = this.names.get(sheet);
    if (!list) {
      list = [];
      this.names.set(sheet, list);
    }
    return list;
  }
}
