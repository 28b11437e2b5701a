// The add-in's WPS adapter over the in-memory WPS, with the ledger sheet of the Office.js fixtures.
import { LedgerHost } from '../../addin/host';
import { wpsHost } from '../../addin/wps/wps-host';
import { createWpsHost, WpsHost, WpsHostOptions } from '../wps-host';
import { ledgerRows, SHEET } from './fixtures';

export function makeWpsHost(items: number, extra?: Partial<WpsHostOptions>): WpsHost {
  return createWpsHost({ sheets: [{ name: SHEET, values: ledgerRows(items), merges: ['A1:L1'] }], active: SHEET, ...extra });
}

/** The pane's host interface over the in-memory WPS, as the WPS task pane builds it over window.Application. */
export function wpsHostOf(host: WpsHost): LedgerHost {
  return wpsHost(host.Application);
}
