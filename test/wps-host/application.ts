// Application, Workbook, Worksheets, Worksheet, Names, document properties and the window of the
// in-memory WPS, and what WPS adds for a JS add-in (task panes, PluginStorage; no Application.Enum).
import type {
  DocumentProperties,
  DocumentProperty,
  EtApplication,
  EtName,
  EtNames,
  EtSheets,
  EtWindow,
  EtWorkbook,
  EtWorksheet,
  WpsAddinApplication,
  WpsTaskPane,
} from '../../addin/wps/et-types';
import { MAX_COLS, MAX_ROWS, parseAddress, rect } from '../excel-host/address';
import { activateSheet, checkSheetName, defaultSheetName, moveSheet } from '../excel-host/sheet-ops';
import { SheetModel } from '../excel-host/workbook';
import { comError } from './com-error';
import { HyperlinksObject } from './hyperlinks';
import { PageSetupObject } from './page-setup';
import { checkWritable, RangeObject, Wrap } from './range';
import { WpsState } from './state';

const MSO_PROPERTY_TYPE_STRING = 4;
const MSO_LANGUAGE_ID_UI = 2;
const MAX_PROPERTY_TEXT = 255;

/** Finds the RangeObject behind a range handed back to the host. */
export type UnwrapRange = (o: object) => RangeObject | undefined;

export class WorksheetObject implements EtWorksheet {
  constructor(
    private readonly state: WpsState,
    private readonly wrap: Wrap,
    private readonly unwrapRange: UnwrapRange,
    readonly _sheet: SheetModel,
  ) {}

  private live(): SheetModel {
    if (this._sheet.deleted) throw comError('the worksheet was deleted');
    return this._sheet;
  }

  private range(r0: number, c0: number, r1: number, c1: number): RangeObject {
    return this.wrap(new RangeObject(this.state, this.wrap, this.live(), rect(r0, c0, r1, c1)));
  }

  get Name(): string {
    return this.live().name;
  }

  set Name(v: string) {
    checkSheetName(this.state.wb, v, this.live());
    this._sheet.name = v;
    this.state.wb.revision++;
  }

  /** The cells holding values; A1 on an empty sheet. */
  get UsedRange(): RangeObject {
    const used = this.live().usedRect();
    return used ? this.range(used.r0, used.c0, used.r1, used.c1) : this.range(0, 0, 0, 0);
  }

  get Cells(): RangeObject {
    return this.range(0, 0, MAX_ROWS - 1, MAX_COLS - 1);
  }

  Range(address: string): RangeObject {
    let parsed;
    try {
      parsed = parseAddress(String(address));
    } catch {
      throw comError('Range: not an address: ' + String(address));
    }
    if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== this.live().name.toLowerCase())
      throw comError('Range: the address names another sheet');
    const x = parsed.rect;
    return this.range(x.r0, x.c0, x.r1, x.c1);
  }

  Activate(): void {
    activateSheet(this.state.wb, this.live());
    this.state.wb.revision++;
  }

  get Names(): NamesObject {
    return this.wrap(new NamesObject(this.state, this.live()));
  }

  get ProtectContents(): boolean {
    return this.state.protectedSheets.has(this.live());
  }

  get AutoFilterMode(): boolean {
    return this.live().autoFilter !== null;
  }

  get Hyperlinks(): HyperlinksObject {
    return this.wrap(new HyperlinksObject(this.state, this.live(), this.unwrapRange));
  }

  get PageSetup(): PageSetupObject {
    return this.wrap(new PageSetupObject(this.state, this.live()));
  }
}

/** Names a sheet owns; Name reads 'Sheet!name' with the sheet's current name. */
export class NamesObject implements EtNames {
  constructor(
    private readonly state: WpsState,
    private readonly sheet: SheetModel,
  ) {}

  get Count(): number {
    return this.state.namesOf(this.sheet).length;
  }

  Item(index: number): EtName {
    const list = this.state.namesOf(this.sheet);
    if (typeof index !== 'number' || index < 1 || index > list.length) throw comError('Names.Item: no name ' + String(index));
    const entry = list[index - 1];
    const sheet = this.sheet;
    const quoted = /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(sheet.name) ? sheet.name : "'" + sheet.name.replace(/'/g, "''") + "'";
    return { Name: quoted + '!' + entry.name, RefersTo: entry.refersTo };
  }

  /** Replaces a name of the same scope, as the ET model does. */
  Add(name: string, refersTo: string, visible: boolean): EtName {
    checkWritable(this.state, this.sheet);
    if (!/^[A-Za-z_\\][\w.]*$/.test(String(name)) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw comError('not a valid name: ' + String(name));
    if (typeof refersTo !== 'string' || refersTo.charAt(0) !== '=') throw comError('RefersTo must start with =');
    const list = this.state.namesOf(this.sheet).filter((n) => n.name.toLowerCase() !== name.toLowerCase());
    list.push({ name: name, refersTo: refersTo, visible: !!visible });
    this.state.names.set(this.sheet, list);
    return this.Item(list.length);
  }
}

export class SheetsObject implements EtSheets {
  constructor(
    private readonly state: WpsState,
    private readonly wrap: Wrap,
    private readonly unwrap: (o: object) => SheetModel | undefined,
    readonly _unwrapRange: UnwrapRange,
  ) {}

  _sheet(s: SheetModel): WorksheetObject {
    return this.wrap(new WorksheetObject(this.state, this.wrap, this._unwrapRange, s));
  }

  get Count(): number {
    return this.state.wb.sheets.length;
  }

  Item(index: number | string): WorksheetObject {
    const sheets = this.state.wb.sheets;
    if (typeof index === 'number') {
      if (index < 1 || index > sheets.length || Math.floor(index) !== index) throw comError('Worksheets.Item: no sheet ' + index);
      return this._sheet(sheets[index - 1]);
    }
    const found = this.state.wb.find(String(index));
    if (!found) throw comError('Worksheets.Item: no sheet named ' + String(index));
    return this._sheet(found);
  }

  /** A sheet before `before`, after `after`, or before the active sheet; it becomes the active one. */
  Add(before?: EtWorksheet, after?: EtWorksheet): WorksheetObject {
    const wb = this.state.wb;
    const anchor = (o: EtWorksheet | undefined): SheetModel | null => {
      if (o === undefined || o === null) return null;
      const s = this.unwrap(o as object);
      if (!s) throw comError('Worksheets.Add: not a worksheet of this workbook');
      return s;
    };
    const b = anchor(before);
    const a = anchor(after);
    if (b && a) throw comError('Worksheets.Add takes Before or After, not both');
    const sheet = wb.addSheet(defaultSheetName(wb));
    const position = b ? wb.sheets.indexOf(b) : a ? wb.sheets.indexOf(a) + 1 : wb.sheets.indexOf(wb.activeSheet());
    moveSheet(wb, sheet, position);
    activateSheet(wb, sheet);
    wb.revision++;
    return this._sheet(sheet);
  }
}

class DocumentPropertiesObject implements DocumentProperties {
  constructor(
    private readonly state: WpsState,
    private readonly wrap: Wrap,
  ) {}

  get Count(): number {
    return this.state.properties.length;
  }

  Item(index: number): DocumentProperty {
    const list = this.state.properties;
    if (typeof index !== 'number' || index < 1 || index > list.length)
      throw comError('CustomDocumentProperties.Item: no property ' + String(index));
    const entry = list[index - 1];
    const state = this.state;
    return this.wrap({
      Name: entry.name,
      Value: entry.value,
      Delete(): void {
        state.properties = state.properties.filter((p) => p !== entry);
      },
    });
  }

  Add(name: string, linkToContent: boolean, type: number, value: string): DocumentProperty {
    if (linkToContent) throw comError('this host keeps properties not linked to content');
    if (type !== MSO_PROPERTY_TYPE_STRING || typeof value !== 'string')
      throw comError('this host keeps text properties (msoPropertyTypeString)');
    if (value.length > MAX_PROPERTY_TEXT)
      throw comError('a text property holds at most ' + MAX_PROPERTY_TEXT + ' characters, got ' + value.length);
    if (typeof name !== 'string' || name === '' || name.length > MAX_PROPERTY_TEXT) throw comError('not a property name: ' + String(name));
    if (this.state.properties.some((p) => p.name.toLowerCase() === name.toLowerCase()))
      throw comError('a property named ' + name + ' exists');
    this.state.properties.push({ name: name, value: value });
    return this.Item(this.state.properties.length);
  }
}

class WorkbookObject implements EtWorkbook {
  constructor(
    private readonly state: WpsState,
    private readonly wrap: Wrap,
    private readonly sheets: SheetsObject,
  ) {}

  get Worksheets(): SheetsObject {
    return this.sheets;
  }

  get Date1904(): boolean {
    return this.state.date1904;
  }

  get CustomDocumentProperties(): DocumentProperties {
    return this.wrap(new DocumentPropertiesObject(this.state, this.wrap));
  }
}

/** The active sheet's window: freezing is kept per sheet, as each sheet remembers its panes. */
class WindowObject implements EtWindow {
  constructor(
    private readonly state: WpsState,
    private readonly wrap: Wrap,
  ) {}

  private sheet(): SheetModel {
    return this.state.wb.activeSheet();
  }

  private get w() {
    return this.state.windowOf(this.sheet());
  }

  private refreeze(): void {
    const w = this.w;
    // Frozen rows count from the first row shown, as in Excel.
    this.sheet().frozenRows = w.freeze ? w.scrollRow - 1 + w.splitRow : 0;
    this.sheet().frozenColumns = w.freeze ? w.splitColumn : 0;
  }

  get FreezePanes(): boolean {
    return this.w.freeze;
  }
  set FreezePanes(v: boolean) {
    this.w.freeze = !!v;
    this.refreeze();
  }
  get SplitRow(): number {
    return this.w.splitRow;
  }
  set SplitRow(v: number) {
    this.w.splitRow = Math.max(0, Math.floor(v));
    this.refreeze();
  }
  get SplitColumn(): number {
    return this.w.splitColumn;
  }
  set SplitColumn(v: number) {
    this.w.splitColumn = Math.max(0, Math.floor(v));
    this.refreeze();
  }
  get ScrollRow(): number {
    return this.w.scrollRow;
  }

  set ScrollRow(v: number) {
    if (!(v >= 1 && v <= MAX_ROWS)) throw comError('ScrollRow out of range: ' + String(v));
    if (this.w.freeze) throw comError('this host does not scroll frozen panes');
    this.w.scrollRow = Math.floor(v);
  }

  get RangeSelection(): RangeObject {
    const s = this.sheet();
    return this.wrap(new RangeObject(this.state, this.wrap, s, s.selection));
  }
}

export class ApplicationObject implements EtApplication, WpsAddinApplication {
  constructor(
    private readonly state: WpsState,
    private readonly wrap: Wrap,
    private readonly sheets: SheetsObject,
  ) {}

  get ActiveWorkbook(): WorkbookObject {
    return this.wrap(new WorkbookObject(this.state, this.wrap, this.sheets));
  }

  get ActiveSheet(): WorksheetObject {
    return this.sheets._sheet(this.state.wb.activeSheet());
  }

  get ActiveWindow(): WindowObject {
    return this.wrap(new WindowObject(this.state, this.wrap));
  }

  get ScreenUpdating(): boolean {
    return this.state.screenUpdating;
  }

  set ScreenUpdating(v: boolean) {
    this.state.screenUpdating = !!v;
  }

  get LanguageSettings(): { LanguageID(id: number): number } {
    const lcid = this.state.lcid;
    return this.wrap({
      LanguageID(id: number): number {
        if (id !== MSO_LANGUAGE_ID_UI) throw comError('this host knows the UI language only');
        return lcid;
      },
    });
  }

  CreateTaskPane(url: string, title?: string): WpsTaskPane {
    const pane = { id: this.state.panes.length + 1, url: String(url), title: title || '', visible: false, dock: 0 };
    this.state.panes.push(pane);
    return this.GetTaskPane(pane.id);
  }

  GetTaskPane(id: number): WpsTaskPane {
    const pane = this.state.panes.filter((p) => p.id === id)[0];
    if (!pane) throw comError('no task pane ' + String(id));
    const state = this.state;
    return this.wrap({
      get ID(): number {
        return pane.id;
      },
      get Visible(): boolean {
        return pane.visible;
      },
      set Visible(v: boolean) {
        const shown = !pane.visible && !!v;
        pane.visible = !!v;
        if (shown && state.onTaskPane) state.onTaskPane(pane);
      },
      get DockPosition(): number {
        return pane.dock;
      },
      set DockPosition(v: number) {
        pane.dock = v;
      },
    });
  }

  get PluginStorage(): WpsAddinApplication['PluginStorage'] {
    const storage = this.state.storage;
    return this.wrap({
      getItem: (key: string): unknown => (Object.prototype.hasOwnProperty.call(storage, key) ? storage[key] : undefined),
      setItem: (key: string, value: string | number | boolean): void => {
        storage[key] = value;
      },
    });
  }
}
