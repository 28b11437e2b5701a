// A sheet the host read, handed to the core as a ledger.
import { ymdOfDay } from '../../ledger/days';
import { readLedger, SheetLedger } from '../../ledger/read';
import { compileSchema } from '../../ledger/compile';
import { Schema } from '../../ledger/schema';
import { Day } from '../../ledger/types';
import { SheetRead } from '../host';

export function ledgerOf(read: SheetRead, schema: Schema, asOf: Day): SheetLedger {
  // Year-less deadlines ("6月底") take the as-of year unless a title row names the ledger's year.
  return readLedger(read.grid, { schema: compileSchema(schema), year: ymdOfDay(asOf).y, asOf: asOf });
}
