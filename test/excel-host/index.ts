// An in-memory Excel that imitates Office.js closely enough for the add-in's adapter to run unchanged,
// in Node and in the browser. See README.md for the rules it keeps and the choices it makes.
import { Counters, HostState } from './context';
import { ApiVersion, supportedMinor } from './requirements';
import { createGlobals } from './office';
import { HostExcel, HostOffice, HostOfficeExtension } from './office-types';
import { DocumentSettings } from './settings';
import { inspectWorkbook, WorkbookInspection } from './inspect';
import { SheetInit, workbookFrom } from './workbook';

export interface HostOptions {
  sheets: SheetInit[];
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

export function createExcelHost(opts: HostOptions): ExcelHost {
  const wb = workbookFrom(opts.sheets, opts.active, 'excel-host');
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
