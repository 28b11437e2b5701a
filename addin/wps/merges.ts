// Merged areas of a range, found without asking cell by cell: Range.MergeCells is false for a block
// without merges, so only blocks holding some are halved until their merged cells are reached. A sheet
// without merges costs one call; merged header cells cost a few dozen.
import { Merge } from '../../ledger/types';
import { EtRange, EtWorksheet } from './et-types';
import { rangeAddress } from '../../ledger/cells';

interface Block {
  /** 0-based sheet rows and columns, inclusive. */
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function inside(areas: Block[], r: number, c: number): boolean {
  for (let i = 0; i < areas.length; i++) {
    const a = areas[i];
    if (r >= a.r0 && r <= a.r1 && c >= a.c0 && c <= a.c1) return true;
  }
  return false;
}

function areaOf(range: EtRange): Block {
  const r0 = range.Row - 1;
  const c0 = range.Column - 1;
  return { r0: r0, c0: c0, r1: r0 + range.Rows.Count - 1, c1: c0 + range.Columns.Count - 1 };
}

/** The merged areas touching `used`, in grid coordinates relative to its top-left cell. */
export function mergedAreas(sheet: EtWorksheet, used: Block): Merge[] {
  const found: Block[] = [];
  const pending: Block[] = [used];
  while (pending.length > 0) {
    const b = pending.pop() as Block;
    if (b.r0 === b.r1 && b.c0 === b.c1) {
      if (inside(found, b.r0, b.c0)) continue;
      const cell = sheet.Cells.Item(b.r0 + 1, b.c0 + 1);
      if (cell.MergeCells === true) found.push(areaOf(cell.MergeArea));
      continue;
    }
    const range = sheet.Range(rangeAddress(b.c0, b.r0 + 1, b.c1, b.r1 + 1));
    if (range.MergeCells === false) continue;
    if (b.r0 < b.r1) {
      const mid = Math.floor((b.r0 + b.r1) / 2);
      pending.push({ r0: mid + 1, c0: b.c0, r1: b.r1, c1: b.c1 }, { r0: b.r0, c0: b.c0, r1: mid, c1: b.c1 });
    } else {
      const mid = Math.floor((b.c0 + b.c1) / 2);
      pending.push({ r0: b.r0, c0: mid + 1, r1: b.r1, c1: b.c1 }, { r0: b.r0, c0: b.c0, r1: b.r1, c1: mid });
    }
  }
  return found.map((a) => ({ s: { r: a.r0 - used.r0, c: a.c0 - used.c0 }, e: { r: a.r1 - used.r0, c: a.c1 - used.c0 } }));
}

export function blockOf(range: EtRange): Block {
  return areaOf(range);
}
