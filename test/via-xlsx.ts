// Real xlsx bytes written with SheetJS and read back by the merge's own reader
// (scripts/read-workbook.ts): a test's grid is exactly what the merge sees.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from 'xlsx';
import { Merge, SheetGrid } from '../ledger/types';
import { readWorkbook } from '../scripts/read-workbook';

export interface SheetSpec {
  name: string;
  /** Rows of values or SheetJS cell objects (e.g. a date serial with its format). */
  aoa: unknown[][];
  /** Merged areas, relative to origin. */
  merges?: Merge[];
  /** Where the table starts; the used range starts there too. Default A1. */
  origin?: string;
}

function worksheet(s: SheetSpec): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  const origin = s.origin || 'A1';
  XLSX.utils.sheet_add_aoa(ws, s.aoa, { origin });
  const o = XLSX.utils.decode_cell(origin);
  // sheet_add_aoa starts a new sheet's range at A1; the used range starts at the origin.
  ws['!ref'] = XLSX.utils.encode_range({ s: o, e: XLSX.utils.decode_range(ws['!ref'] as string).e });
  const merges = s.merges || [];
  ws['!merges'] = merges.map((m) => ({ s: { r: m.s.r + o.r, c: m.s.c + o.c }, e: { r: m.e.r + o.r, c: m.e.c + o.c } }));
  return ws;
}

export function viaXlsx(sheets: SheetSpec[], opts: { date1904?: boolean } = {}): SheetGrid[] {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, worksheet(s), s.name);
  if (opts.date1904) wb.Workbook = { WBProps: { date1904: true } };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'via-xlsx-'));
  try {
    const file = path.join(dir, 'book.xlsx');
    fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    return readWorkbook(file).sheets;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
