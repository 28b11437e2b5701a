import { defaultSchema, formColumns } from '../ledger/schema';
import { ColumnKey } from '../ledger/types';

/** The blank ledger form's header row, as the template writes it: the standard input of many tests. */
export function formHeader(): string[] {
  return formColumns(defaultSchema()).map((c) => c.header);
}

/** Where each column of the form stands when the form starts in column A. */
export function formColumnIndexes(): { [K in ColumnKey]?: number } {
  const out: { [K in ColumnKey]?: number } = {};
  formColumns(defaultSchema()).forEach((c, i) => (out[c.key] = i));
  return out;
}
