// The conditional formats as the WPS adapter writes them, read back from the in-memory WPS: for the
// formula tests, which evaluate them against the core's lights as they do the core's own specs.
import { wpsHost } from '../../addin/wps/wps-host';
import { rulesPlan } from '../../addin/workflows/setup';
import { compileSchema } from '../../ledger/compile';
import { FormatSpec } from '../../ledger/excel-rules';
import { detectHeader } from '../../ledger/header';
import { Schema } from '../../ledger/schema';
import { CellValue, SheetGrid } from '../../ledger/types';
import { createWpsHost } from './index';

/** Writes `grid`'s rules through the WPS adapter and returns the formats WPS holds, in priority order, ids by fill. */
export async function wpsWrittenFormats(
  grid: SheetGrid,
  schema: Schema,
  idOf: (fill: string | undefined, address: string) => string,
): Promise<FormatSpec[]> {
  const values = grid.rows.map((row) => row.map((v: CellValue) => (v === undefined || v instanceof Date ? null : v)));
  const wps = createWpsHost({ sheets: [{ name: grid.name, values }] });
  // The user's active cell is somewhere below the table: the adapter must not write relative to it.
  wps.Application.ActiveSheet!.Range('C' + (values.length + 5)).Select();
  await wpsHost(wps.Application).applyRules((read) => {
    const header = detectHeader(read.grid, compileSchema(schema));
    return header ? rulesPlan(read, header, schema) : null;
  });
  return wps.conditionalFormats(grid.name).map((cf) => ({
    id: idOf(cf.fill, cf.address),
    address: cf.address,
    formula: cf.formula as string,
    fill: cf.fill,
    stopIfTrue: !!cf.stopIfTrue,
  }));
}
