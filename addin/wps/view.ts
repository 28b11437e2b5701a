// The view settings around a ledger: frozen header rows, and an AutoFilter.
import { EtWindow, EtWorksheet } from './et-types';

/** Freezes the top `rows` rows of the active sheet's window. */
export function freezeRows(win: EtWindow, rows: number): void {
  win.FreezePanes = false;
  // The split counts from the first row shown: scrolled down, it would freeze the wrong rows.
  win.ScrollRow = 1;
  win.SplitColumn = 0;
  win.SplitRow = rows;
  win.FreezePanes = true;
}

/** Adds an AutoFilter over `address` unless the sheet has one (it may hold the user's criteria). */
export function addAutoFilter(sheet: EtWorksheet, address: string): boolean {
  if (sheet.AutoFilterMode) return false;
  sheet.Range(address).AutoFilter();
  return true;
}
