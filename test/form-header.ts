import { defaultSchema, formColumns } from '../ledger/schema';

/** The blank ledger form's header row, as the template writes it: the standard input of many tests. */
export function formHeader(): string[] {
  return formColumns(defaultSchema()).map((c) => c.header);
}
