// 完成时限 cells holding a date written as text ("2026年10月底", "2026.12.15"): the core reads
// them, but a worksheet formula cannot, so the live colours pass them by. Listed with the day each
// is read as, they can be shown to the user and, when asked, rewritten as real dates.
import { HeaderMatch } from './header';
import { Day, Item, SheetGrid } from './types';

export interface TextDeadline {
  /** 1-based sheet row and 0-based column of the cell. */
  row: number;
  column: number;
  /** The text as typed. */
  text: string;
  /** The day it is read as. */
  day: Day;
}

/**
 * The text deadlines of a sheet's items, in sheet order: cells that hold text which the core reads
 * as a date. A row that takes its deadline from a merged cell above is left out (the cell is listed
 * once, at its own row).
 */
export function textDeadlines(grid: SheetGrid, header: HeaderMatch, items: Item[]): TextDeadline[] {
  const col = header.columns.deadline;
  const out: TextDeadline[] = [];
  if (col === undefined) return out;
  const firstRow = grid.firstRow || 0;
  const firstCol = grid.firstCol || 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.deadline.kind !== 'date') continue;
    const line = grid.rows[item.row - 1 - firstRow];
    const v = line ? line[col - firstCol] : undefined;
    if (typeof v === 'string') out.push({ row: item.row, column: col, text: v, day: item.deadline.day });
  }
  return out;
}
