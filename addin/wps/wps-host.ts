// The WPS 表格 implementation of the pane's host interface, over the ET object model that WPS gives a
// JS add-in's page as window.Application. Each method is one call of synchronous WPS work (wpsCall);
// the work itself is in one small module per capability.
import { LedgerHost, SheetRef } from '../host';
import { SettingsStore } from '../settings';
import { applyRules } from './apply-rules';
import { documentPropertySettings } from './document-settings';
import { EtApplication } from './et-types';
import { wpsCall } from './errors';
import { activeSheet, activeWorkbook, readSheet } from './read-sheet';
import { findSheet } from './sheet-id';
import { createSheet, listSheets, selectRange } from './sheets';
import { writeCells } from './write-cells';
import { writeTableSheet } from './write-table';

export function wpsHost(app: EtApplication, settings?: SettingsStore): LedgerHost {
  const store = settings || documentPropertySettings(app);
  const readActive = () => readSheet(activeWorkbook(app), activeSheet(app));
  return {
    // WPS 表格 has every rule feature the pane writes.
    features: { dataValidation: true, conditionalFormats: true, freezePanes: true, autoFilter: true },
    settings: store,
    readActiveSheet: () => wpsCall(readActive),
    readActiveSheetAndList: () => wpsCall(() => ({ read: readActive(), sheets: listSheets(activeWorkbook(app)) })),
    readSheet: (sheetId) =>
      wpsCall(() => {
        const wb = activeWorkbook(app);
        return readSheet(wb, findSheet(wb, sheetId));
      }),
    listSheets: () => wpsCall(() => listSheets(activeWorkbook(app))),
    applyRules: (plan) =>
      wpsCall(() => applyRules(app, plan, store)).then((applied) => (applied.written ? store.save().then(() => applied) : applied)),
    createSheet: (name, header): Promise<SheetRef> => wpsCall(() => createSheet(activeWorkbook(app), name, header)),
    writeTableSheet: (target, table) => wpsCall(() => writeTableSheet(app, activeWorkbook(app), target, table)),
    writeCells: (sheetId, cells) => wpsCall(() => writeCells(activeWorkbook(app), sheetId, cells)),
    select: (sheetName, address) => wpsCall(() => selectRange(activeWorkbook(app), sheetName, address)),
  };
}
