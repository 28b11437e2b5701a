// Reads a worksheet's used range into the core's SheetGrid. One sync in the common case; only
// when Excel refuses the response as too large (Excel on the web caps it at 5 MB) does it read
// the range again in row blocks, halving the block until each answer fits.
import { columnIndex, rangeAddress } from '../../ledger/cells';
import { CellValue, Merge } from '../../ledger/types';
import { Capabilities } from '../capabilities';
import { SheetRead } from '../host';

/** Queues extra loads into the read's first batch; called again if that batch is re-sent. */
export type QueueExtra = () => void;

const PAYLOAD_ERRORS = ['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'PayloadTooLarge'];

function isPayloadError(e: unknown): boolean {
  const code = e && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && PAYLOAD_ERRORS.indexOf(code) >= 0;
}

function usedRangeOf(sheet: Excel.Worksheet, caps: Capabilities): Excel.Range {
  // Values only: formatting far below the table (or the add-in's own rules) must not widen the read.
  return caps.usedRangeValuesOnly ? sheet.getUsedRange(true) : sheet.getUsedRange();
}

/** Cell references in an address list such as "Sheet1!A1:B2, 'My, Sheet'!C3". */
const AREA = /!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g;

/** Merged areas from a RangeAreas address, in grid coordinates relative to (firstRow, firstCol). */
function mergesFromAddress(address: string, firstRow: number, firstCol: number): Merge[] {
  const merges: Merge[] = [];
  AREA.lastIndex = 0;
  let m = AREA.exec(address);
  while (m) {
    const c1 = columnIndex(m[1]);
    const r1 = parseInt(m[2], 10) - 1;
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    const r2 = m[4] ? parseInt(m[4], 10) - 1 : r1;
    merges.push({ s: { r: r1 - firstRow, c: c1 - firstCol }, e: { r: r2 - firstRow, c: c2 - firstCol } });
    m = AREA.exec(address);
  }
  return merges;
}

interface Shape {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

function queueShape(sheet: Excel.Worksheet, caps: Capabilities, withValues: boolean): Shape {
  sheet.load('name,id');
  const used = usedRangeOf(sheet, caps);
  used.load(withValues ? 'rowIndex,columnIndex,rowCount,columnCount,values' : 'rowIndex,columnIndex,rowCount,columnCount');
  let merged: Excel.RangeAreas | null = null;
  if (caps.mergedAreas) {
    merged = used.getMergedAreasOrNullObject();
    merged.load('address');
  }
  return { sheet: sheet, used: used, merged: merged };
}

function snapshotOf(shape: Shape, rows: CellValue[][]): SheetRead {
  const firstRow = shape.used.rowIndex;
  const firstCol = shape.used.columnIndex;
  const merges = shape.merged && !shape.merged.isNullObject ? mergesFromAddress(shape.merged.address, firstRow, firstCol) : [];
  return {
    sheet: { id: shape.sheet.id, name: shape.sheet.name },
    grid: { name: shape.sheet.name, rows: rows, merges: merges, firstRow: firstRow, firstCol: firstCol },
    lastRow: firstRow + shape.used.rowCount - 1,
    lastCol: firstCol + shape.used.columnCount - 1,
  };
}

async function readInBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  caps: Capabilities,
  queueExtra?: QueueExtra,
): Promise<SheetRead> {
  const shape = queueShape(sheet, caps, false);
  if (queueExtra) queueExtra();
  await context.sync();
  const first = shape.used.rowIndex;
  const last = first + shape.used.rowCount - 1;
  const firstCol = shape.used.columnIndex;
  const lastCol = firstCol + shape.used.columnCount - 1;
  let rows: CellValue[][] = [];
  let block = Math.max(1, Math.ceil(shape.used.rowCount / 2));
  let at = first;
  while (at <= last) {
    const end = Math.min(last, at + block - 1);
    const range = sheet.getRange(rangeAddress(firstCol, at + 1, lastCol, end + 1));
    range.load('values');
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a block per request, halved while Excel refuses one as too large
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || block === 1) throw e;
      block = Math.max(1, Math.floor(block / 2));
      continue;
    }
    rows = rows.concat(range.values as CellValue[][]);
    at = end + 1;
  }
  return snapshotOf(shape, rows);
}

/**
 * Reads the sheet's used range (values, and merged areas where ExcelApi 1.13 allows).
 * queueExtra adds the caller's loads to the first batch so they cost no extra sync.
 */
export async function readSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  caps: Capabilities,
  queueExtra?: QueueExtra,
): Promise<SheetRead> {
  const shape = queueShape(sheet, caps, true);
  if (queueExtra) queueExtra();
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    return readInBlocks(context, sheet, caps, queueExtra);
  }
  return snapshotOf(shape, shape.used.values as CellValue[][]);
}

export function activeSheet(context: Excel.RequestContext): Excel.Worksheet {
  return context.workbook.worksheets.getActiveWorksheet();
}
