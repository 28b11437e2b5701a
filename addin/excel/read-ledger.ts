// Reads the active sheet and hands it to the core: one round trip in the common case.
import { compileSchema } from '../../ledger/compile';
import { readLedger, SheetLedger } from '../../ledger/read';
import { Schema } from '../../ledger/schema';
import { ymdOfDay } from '../../ledger/days';
import { Day } from '../../ledger/types';
import { Capabilities } from '../capabilities';
import { activeSheet, QueueExtra, readSheet, SheetSnapshot } from './read-sheet';

export interface LedgerRead {
  snapshot: SheetSnapshot;
  ledger: SheetLedger;
}

/** queueExtra: the caller's loads, sent with the read (see readSheet). */
export async function readActiveLedger(
  context: Excel.RequestContext,
  caps: Capabilities,
  schema: Schema,
  asOf: Day,
  queueExtra?: QueueExtra,
): Promise<LedgerRead> {
  const snapshot = await readSheet(context, activeSheet(context), caps, queueExtra);
  // Year-less deadlines ("6月底") take the as-of year unless a title row names the ledger's year.
  const ledger = readLedger(snapshot.grid, { schema: compileSchema(schema), year: ymdOfDay(asOf).y, asOf: asOf });
  return { snapshot: snapshot, ledger: ledger };
}
