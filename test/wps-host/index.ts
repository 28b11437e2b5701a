// An in-memory WPS 表格 that imitates the ET object model a WPS JS add-in gets as window.Application,
// closely enough for the add-in's WPS adapter to run unchanged in Node and in the browser. It keeps
// its workbook in the in-memory Excel's model (cells, merges, validations, conditional formats), so the
// two hosts answer the same inspection API. See README.md for the rules it keeps.
import type { EtApplication, WpsAddinApplication } from '../../addin/wps/et-types';
import { cellKey, parseAddress } from '../excel-host/address';
import { inspectWorkbook, WorkbookInspection } from '../excel-host/inspect';
import { SheetInit, SheetModel, workbookFrom } from '../excel-host/workbook';
import { ApplicationObject, SheetsObject, WorksheetObject } from './application';
import { RangeObject } from './range';
import { TaskPaneState, WpsCounters, WpsState } from './state';

/** WPS's host starts with visible sheets only. */
export type WpsSheetInit = Omit<SheetInit, 'visibility'>;

export interface WpsHostOptions {
  sheets: WpsSheetInit[];
  active?: string;
  /** The workbook counts dates from 1904. */
  date1904?: boolean;
  /** WPS's UI language as a BCP 47 tag ('zh-CN', 'en-US'). */
  displayLanguage?: string;
  /** false: a PC without a printer, where PageSetup refuses every change. */
  printer?: boolean;
}

/** Formula errors as Value2 hands them over: 0x800A0000 + Excel's error number, signed. */
const ERROR_NUMBERS: { [text: string]: number } = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

export interface WpsHost extends WorkbookInspection {
  /** window.Application as WPS gives it to an add-in's pages. */
  Application: EtApplication & WpsAddinApplication;
  /** Puts Application on a window, as WPS does before the page's scripts run. */
  install(target: object): void;
  counters: WpsCounters;
  resetCounters(): void;
  /** The custom document properties, by name. */
  documentProperties(): { [name: string]: string };
  /** A cell holding a formula error ('#N/A' …), as a formula that failed leaves it. */
  setError(sheet: string, address: string, error: string): void;
  /** Protects a sheet: WPS then refuses every change to it. */
  protect(sheet: string): void;
  /** The names a sheet owns, as 'name=refersTo'. */
  definedNames(sheet: string): string[];
  /** The task panes the add-in made. */
  taskPanes(): TaskPaneState[];
  /** Called when the add-in shows a task pane. */
  onTaskPane(listener: (pane: TaskPaneState) => void): void;
}

function lcidOf(language: string): number {
  return /^zh/i.test(language) ? 2052 : /^en/i.test(language) ? 1033 : 0;
}

export function createWpsHost(opts: WpsHostOptions): WpsHost {
  const wb = workbookFrom(opts.sheets, opts.active, 'wps-host');
  const state = new WpsState(wb, !!opts.date1904, lcidOf(opts.displayLanguage || 'zh-CN'), opts.printer !== false);
  const targets = new WeakMap<object, object>();

  // Every object handed out counts its reads, writes and calls, and refuses a property it does not have
  // (WPS would throw for a misspelt one, e.g. InCellDropDown for InCellDropdown).
  const wrap = <T extends object>(target: T): T => {
    const proxy = new Proxy(target, {
      get(t, p) {
        if (typeof p === 'string' && p !== 'then' && p.charAt(0) !== '_') state.counters.calls++;
        const v = Reflect.get(t, p, t);
        return typeof v === 'function' ? v.bind(t) : v;
      },
      set(t, p, v) {
        state.counters.calls++;
        if (!(p in t)) throw new TypeError('wps-host: ' + t.constructor.name + ' has no property ' + String(p));
        return Reflect.set(t, p, v, t);
      },
    });
    targets.set(proxy, target);
    return proxy;
  };
  const unwrap = (o: object): SheetModel | undefined => {
    const t = targets.get(o) || o;
    return t instanceof WorksheetObject ? t._sheet : undefined;
  };
  const unwrapRange = (o: object): RangeObject | undefined => {
    const t = targets.get(o) || o;
    return t instanceof RangeObject ? t : undefined;
  };
  const sheets = wrap(new SheetsObject(state, wrap, unwrap, unwrapRange));
  const app = wrap(new ApplicationObject(state, wrap, sheets));

  function sheet(name: string): SheetModel {
    const s = wb.find(name);
    if (!s) throw new Error('wps-host: no sheet named ' + name);
    return s;
  }

  return {
    ...inspectWorkbook(wb),
    Application: app,
    counters: state.counters,

    install(target: object): void {
      (target as { Application?: unknown }).Application = app;
    },

    resetCounters(): void {
      state.counters.calls = 0;
    },

    documentProperties(): { [name: string]: string } {
      const out: { [name: string]: string } = {};
      for (const p of state.properties) out[p.name] = p.value;
      return out;
    },

    setError(name: string, address: string, error: string): void {
      const code = ERROR_NUMBERS[error];
      if (code === undefined) throw new Error('wps-host: no error ' + error);
      const s = sheet(name);
      const x = parseAddress(address).rect;
      let errors = state.errors.get(s);
      if (!errors) {
        errors = new Map<number, number>();
        state.errors.set(s, errors);
      }
      errors.set(cellKey(x.r0, x.c0), code);
      s.put(x.r0, x.c0, { v: error });
      wb.revision++;
    },

    protect(name: string): void {
      state.protectedSheets.add(sheet(name));
    },

    definedNames(name: string): string[] {
      return state.namesOf(sheet(name)).map((n) => n.name + n.refersTo);
    },

    taskPanes: () => state.panes.slice(),

    onTaskPane(listener: (pane: TaskPaneState) => void): void {
      state.onTaskPane = listener;
    },
  };
}
