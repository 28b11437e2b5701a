// 套用台账规范 over the host interface: find the ledger header on the active sheet, lay out the core's
// rules below it down to the last row, and have the host write them. Values are never written.
import { cellText, rangeAddress } from '../../ledger/cells';
import { compileSchema } from '../../ledger/compile';
import { formatSpecs, RuleLayout, validationSpecs } from '../../ledger/excel-rules';
import { detectHeader, HeaderMatch } from '../../ledger/header';
import { Schema } from '../../ledger/schema';
import { SheetGrid } from '../../ledger/types';
import { missingSetupFeatures, SetupFeature } from '../capabilities';
import { LedgerHost, RulesPlan, RulesWritten, SheetRead } from '../host';
import { isOverdueSheet } from '../settings';

/** The last row of a sheet (Excel and WPS alike): rules cover rows typed later. */
export const SHEET_LAST_ROW = 1048576;

export type SetupOutcome =
  /** The active sheet is the add-in's own 逾期清单: an output, never set up. */
  | { kind: 'ownSheet'; sheet: string }
  | { kind: 'noHeader'; sheet: string }
  | { kind: 'done'; sheet: string; header: HeaderMatch; written: RulesWritten; missing: SetupFeature[] };

/** The table's first and last columns: the non-empty cells of its header row(s). */
export function tableLayout(grid: SheetGrid, header: HeaderMatch, lastRow: number): RuleLayout {
  const firstRow = grid.firstRow || 0;
  const firstCol = grid.firstCol || 0;
  let lo = -1;
  let hi = -1;
  const keys = Object.keys(header.columns) as (keyof HeaderMatch['columns'])[];
  for (let i = 0; i < keys.length; i++) {
    const c = header.columns[keys[i]] as number;
    if (lo < 0 || c < lo) lo = c;
    if (c > hi) hi = c;
  }
  for (let r = header.row - 1; r <= header.lastRow - 1; r++) {
    const row = grid.rows[r - firstRow] || [];
    for (let i = 0; i < row.length; i++) {
      if (cellText(row[i]) === '') continue;
      const c = firstCol + i;
      if (lo < 0 || c < lo) lo = c;
      if (c > hi) hi = c;
    }
  }
  return { columns: header.columns, firstDataRow: header.lastRow + 1, lastRow: lastRow, firstCol: lo, lastCol: hi };
}

/** The rules for a ledger whose header was found on the sheet read. */
export function rulesPlan(read: SheetRead, header: HeaderMatch, schema: Schema): RulesPlan {
  const layout = tableLayout(read.grid, header, SHEET_LAST_ROW);
  // The filter covers the header and the rows typed so far (at least one below the header).
  const lastRow = Math.max(read.lastRow + 1, header.lastRow + 1);
  return {
    validations: validationSpecs(layout, schema),
    formats: formatSpecs(layout, schema, schema.warnDays),
    freezeRows: header.lastRow,
    filterAddress: rangeAddress(layout.firstCol, header.lastRow, layout.lastCol, lastRow),
  };
}

/** 套用台账规范 on the active sheet: two round trips, three when it replaces its rules of an earlier run. */
export async function setupSheet(host: LedgerHost, schema: Schema): Promise<SetupOutcome> {
  const compiled = compileSchema(schema);
  const seen: { own: boolean; header: HeaderMatch | null } = { own: false, header: null };
  const applied = await host.applyRules((read) => {
    seen.own = isOverdueSheet(host.settings, read.sheet.id);
    seen.header = seen.own ? null : detectHeader(read.grid, compiled);
    return seen.header ? rulesPlan(read, seen.header, schema) : null;
  });
  const sheet = applied.read.sheet.name;
  if (seen.own) return { kind: 'ownSheet', sheet: sheet };
  if (!seen.header || !applied.written) return { kind: 'noHeader', sheet: sheet };
  return { kind: 'done', sheet: sheet, header: seen.header, written: applied.written, missing: missingSetupFeatures(host.features) };
}
