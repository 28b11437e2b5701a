// The Office.js implementation of the pane's host interface: each method is one Excel.run batch.
import { Capabilities } from '../capabilities';
import { LedgerHost, SheetRef } from '../host';
import { SettingsStore } from '../settings';
import { applyRules } from './apply-rules';
import { activeSheet, readSheet } from './read-sheet';
import { createSheet, listSheets, queueSheetList, selectRange, sheetRefs } from './sheets';
import { cellValue } from './text-value';
import { writeTableSheet } from './write-overdue-sheet';

/** Runs a batch against the workbook (Excel.run in Office). */
export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  run: Runner;
  caps: Capabilities;
  settings: SettingsStore;
}

export function officeHost(opts: OfficeHostOptions): LedgerHost {
  const caps = opts.caps;
  return {
    features: {
      dataValidation: caps.dataValidation,
      conditionalFormats: caps.conditionalFormats,
      freezePanes: caps.freezePanes,
      autoFilter: caps.autoFilter,
    },
    settings: opts.settings,
    readActiveSheet: () => opts.run((context) => readSheet(context, activeSheet(context), caps)),
    readActiveSheetAndList: () =>
      opts.run(async (context) => {
        // Queued again with the read if Excel asks for it in row blocks.
        const listed: Excel.WorksheetCollection[] = [];
        const read = await readSheet(context, activeSheet(context), caps, () => {
          listed[0] = queueSheetList(context);
        });
        return { read: read, sheets: sheetRefs(listed[0]) };
      }),
    readSheet: (sheetId) => opts.run((context) => readSheet(context, context.workbook.worksheets.getItem(sheetId), caps)),
    listSheets: () => opts.run(listSheets),
    applyRules: (plan) => opts.run((context) => applyRules(context, plan, caps, opts.settings)),
    createSheet: (name, header): Promise<SheetRef> => opts.run((context) => createSheet(context, name, header)),
    writeTableSheet: (target, table) => opts.run((context) => writeTableSheet(context, target, table, caps)),
    select: (sheetName, address) => opts.run((context) => selectRange(context, sheetName, address)),
    writeCells: (sheetId, cells) =>
      opts.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetId);
        for (let i = 0; i < cells.length; i++) {
          const cell = sheet.getRange(cells[i].address);
          const format = cells[i].format;
          // The format first, so a date serial lands in a cell that shows it as a date.
          if (format !== undefined) cell.numberFormat = [[format]];
          cell.values = [[cellValue(cells[i].value)]];
        }
        await context.sync();
      }),
  };
}
