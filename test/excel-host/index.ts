// An in-memory Excel that imitates Office.js closely enough for the add-in's adapter to run unchanged,
// in Node and in the browser. See README.md for the rules it keeps and the choices it makes.
import { parseAddress } from './address';
import { Counters, HostState } from './context';
import { ApiVersion, supportedMinor } from './requirements';
import { createGlobals } from './office';
import { HostExcel, HostOffice, HostOfficeExtension } from './office-types';
import { DocumentSettings } from './settings';
import { inspectWorkbook, WorkbookInspection } from './inspect';
import { WorkbookModel } from './workbook';

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

export interface ExcelHost extends WorkbookInspection {
  Office: HostOffice;
  Excel: HostExcel;
  OfficeExtension: HostOfficeExtension;
  /** Defines Office, Excel and OfficeExtension on a window (the preview's pane frame). */
  install(target: object): void;
  counters: Counters;
  resetCounters(): void;
  settings(): { [k: string]: unknown };
}

const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

function buildWorkbook(opts: HostOptions): WorkbookModel {
  const wb = new WorkbookModel();
  for (const init of opts.sheets) {
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

  return {
    Office: globals.Office,
    Excel: globals.Excel,
    OfficeExtension: globals.OfficeExtension,
    counters,

    install(target: object): void {
      Object.assign(target, { Office: globals.Office, Excel: globals.Excel, OfficeExtension: globals.OfficeExtension });
      // office.js calls Office.initialize once the host is ready, for add-ins that still use it.
      setTimeout(() => {
        if (typeof globals.Office.initialize === 'function')
          globals.Office.initialize('documentOpened' as unknown as Office.InitializationReason);
      }, 0);
    },

    resetCounters(): void {
      counters.syncs = 0;
      counters.queuedOps = 0;
      counters.maxOpsPerSync = 0;
    },

    settings: () => docSettings._savedCopy(),
    ...inspectWorkbook(wb),
  };
}
