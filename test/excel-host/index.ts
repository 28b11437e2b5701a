// An in-memory Excel that imitates Office.js closely enough for the add-in's adapter to run unchanged,
// in Node and in the browser. See README.md for the rules it keeps and the choices it makes.
import { Rect, formatRect, parseAddress } from './address';
import { Counters, HostState } from './context';
import { ConditionalFormatInfo, describeConditionalFormats } from './conditional-format-proxy';
import { ApiVersion, supportedMinor } from './requirements';
import { createGlobals } from './office';
import { HostExcel, HostOffice, HostOfficeExtension } from './office-types';
import { DocumentSettings } from './settings';
import { cellText } from './cell-text';
import { DEFAULT_COLUMN_WIDTH, Raw, SheetModel, WorkbookModel } from './workbook';
import { HyperlinkModel, hyperlinkAt } from './hyperlinks';
import { ZoomModel } from './page-layout';

export interface HostSheetInit {
  name: string;
  values: (string | number | boolean | null)[][];
  numberFormats?: string[][];
  merges?: string[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface HostOptions {
  sheets: HostSheetInit[];
  active?: string;
  apiVersion?: ApiVersion;
  displayLanguage?: string;
  settings?: { [k: string]: unknown };
  payloadLimitBytes?: number;
}

export interface CellFormatInfo { numberFormat: string; fill: string | null; fontColor: string; bold: boolean; fontSize: number; wrapText: boolean }

export interface ExcelHost {
  Office: HostOffice;
  Excel: HostExcel;
  OfficeExtension: HostOfficeExtension;
  /** Defines Office, Excel and OfficeExtension on a window (the preview's pane frame). */
  install(target: object): void;
  counters: Counters;
  resetCounters(): void;
  sheetNames(): string[];
  activeSheet(): string;
  values(sheet: string): (string | number | boolean | null)[][];
  numberFormat(sheet: string, address: string): string;
  dataValidations(sheet: string): { address: string; rule: any; prompt?: any; errorAlert?: any; ignoreBlanks?: boolean }[];
  conditionalFormats(sheet: string): ConditionalFormatInfo[];
  frozenRows(sheet: string): number;
  autoFilter(sheet: string): string | null;
  selection(): { sheet: string; address: string };
  settings(): { [k: string]: unknown };
  setValue(sheet: string, address: string, v: string | number | boolean | null): void;
  // Extras for the preview grid and tests.
  /** Changes once per completed sync or simulated edit. */
  revision(): number;
  text(sheet: string, address: string): string;
  cellFormat(sheet: string, address: string): CellFormatInfo;
  merges(sheet: string): string[];
  visibility(sheet: string): string;
  /** The cell's link, or null. */
  hyperlink(sheet: string, address: string): HyperlinkModel | null;
  /** The sheet's print setup; printTitleRows as '1:3', or null. */
  pageLayout(sheet: string): { orientation: string; paperSize: string; zoom: ZoomModel; printTitleRows: string | null };
  /** A column's width in points. */
  columnWidth(sheet: string, column: string): number;
}

const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

function buildWorkbook(opts: HostOptions): WorkbookModel {
  const wb = new WorkbookModel();
  for (const init of opts.sheets) {
    const s = wb.addSheet(init.name);
    s.visibility = init.visibility || 'Visible';
    init.values.forEach((line, r) => line.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== '') s.put(r, c, { v });
    }));
    if (init.numberFormats) {
      init.numberFormats.forEach((line, r) => line.forEach((f, c) => {
        if (f && f !== 'General') s.numberFormat.setCell(r, c, f);
      }));
    }
    for (const m of init.merges || []) s.merges.push(parseAddress(m).rect);
  }
  const active = opts.active ? wb.find(opts.active) : null;
  if (opts.active && !active) throw new Error('excel-host: no sheet named ' + opts.active);
  wb.active = active;
  if (wb.sheets.length > 0) wb.activeSheet();
  return wb;
}

export function createExcelHost(opts: HostOptions): ExcelHost {
  const wb = buildWorkbook(opts);
  const counters: Counters = { syncs: 0, queuedOps: 0, maxOpsPerSync: 0 };
  const state: HostState = {
    wb,
    supportedMinor: supportedMinor(opts.apiVersion || 'latest'),
    payloadLimitBytes: opts.payloadLimitBytes || DEFAULT_PAYLOAD_LIMIT,
    counters,
  };
  const docSettings = new DocumentSettings(opts.settings || {});
  const globals = createGlobals(state, docSettings, opts.displayLanguage || 'zh-CN');

  function sheet(name: string): SheetModel {
    const s = wb.find(name);
    if (!s) throw new Error('excel-host: no sheet named ' + name);
    return s;
  }

  function at(address: string): Rect {
    return parseAddress(address).rect;
  }

  return {
    Office: globals.Office,
    Excel: globals.Excel,
    OfficeExtension: globals.OfficeExtension,
    counters,

    install(target: object): void {
      Object.assign(target, { Office: globals.Office, Excel: globals.Excel, OfficeExtension: globals.OfficeExtension });
      // office.js calls Office.initialize once the host is ready, for add-ins that still use it.
      setTimeout(() => {
        if (typeof globals.Office.initialize === 'function') globals.Office.initialize('documentOpened' as unknown as Office.InitializationReason);
      }, 0);
    },

    resetCounters(): void {
      counters.syncs = 0;
      counters.queuedOps = 0;
      counters.maxOpsPerSync = 0;
    },

    sheetNames: () => wb.sheets.map(s => s.name),
    activeSheet: () => wb.activeSheet().name,

    values(name: string): (string | number | boolean | null)[][] {
      const s = sheet(name);
      const used = s.usedRect();
      if (!used) return [];
      const out: (string | number | boolean | null)[][] = [];
      for (let r = 0; r <= used.r1; r++) {
        const line: (string | number | boolean | null)[] = [];
        for (let c = 0; c <= used.c1; c++) {
          const cell = s.cell(r, c);
          line.push(!cell ? null : cell.f !== undefined ? cell.f : cell.v);
        }
        out.push(line);
      }
      return out;
    },

    numberFormat(name: string, address: string): string {
      const s = sheet(name);
      const x = at(address);
      return s.numberFormat.get(x.r0, x.c0);
    },

    dataValidations(name: string) {
      return sheet(name).validations
        .slice()
        .sort((a, b) => a.rect.c0 - b.rect.c0 || a.rect.r0 - b.rect.r0)
        .map(e => JSON.parse(JSON.stringify({ address: formatRect(e.rect), rule: e.rule, prompt: e.prompt, errorAlert: e.errorAlert, ignoreBlanks: e.ignoreBlanks })));
    },

    conditionalFormats: (name: string) => describeConditionalFormats(sheet(name)),
    frozenRows: (name: string) => sheet(name).frozenRows,

    autoFilter(name: string): string | null {
      const f = sheet(name).autoFilter;
      return f ? formatRect(f) : null;
    },

    selection() {
      const s = wb.activeSheet();
      return { sheet: s.name, address: formatRect(s.selection) };
    },

    settings: () => docSettings._savedCopy(),

    revision: () => wb.revision,

    /** Stores the value as given (no conversion, no formula), like a test fixture would. */
    setValue(name: string, address: string, v: string | number | boolean | null): void {
      wb.revision++;
      const s = sheet(name);
      const x = at(address);
      for (let r = x.r0; r <= x.r1; r++) {
        for (let c = x.c0; c <= x.c1; c++) s.put(r, c, v === null ? undefined : { v: v as Raw });
      }
    },

    text(name: string, address: string): string {
      const s = sheet(name);
      const x = at(address);
      const cell = s.cell(x.r0, x.c0);
      return cell ? cellText(cell.v, s.numberFormat.get(x.r0, x.c0), cell.f !== undefined) : '';
    },

    cellFormat(name: string, address: string): CellFormatInfo {
      const s = sheet(name);
      const x = at(address);
      const fill = s.fillColor.get(x.r0, x.c0);
      return {
        numberFormat: s.numberFormat.get(x.r0, x.c0),
        fill: fill === '' ? null : fill,
        fontColor: s.fontColor.get(x.r0, x.c0),
        bold: s.bold.get(x.r0, x.c0),
        fontSize: s.fontSize.get(x.r0, x.c0),
        wrapText: s.wrapText.get(x.r0, x.c0),
      };
    },

    merges: (name: string) => sheet(name).merges.map(formatRect),
    visibility: (name: string) => sheet(name).visibility,

    hyperlink(name: string, address: string): HyperlinkModel | null {
      const x = at(address);
      return hyperlinkAt(sheet(name), x.r0, x.c0);
    },

    pageLayout(name: string) {
      const p = sheet(name).pageLayout;
      return { orientation: p.orientation, paperSize: p.paperSize, zoom: { ...p.zoom }, printTitleRows: p.printTitleRows ? formatRect(p.printTitleRows) : null };
    },

    columnWidth(name: string, column: string): number {
      const w = sheet(name).columnWidths.get(parseAddress(column + '1').rect.c0);
      return w === undefined ? DEFAULT_COLUMN_WIDTH : w;
    },
  };
}

