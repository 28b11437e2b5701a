// Row reading: turns the rows below a sheet's header into ledger items, and
// says why each other non-blank row is not one.
import { cellText } from './cells';
import { checkItems } from './checks';
import { formatDay } from './days';
import { parseDateCell, parseDeadline, DateContext } from './deadline';
import { departmentFallback } from './department';
import { detectHeader, HeaderMatch } from './header';
import { COLUMN_KEYS, Schema } from './schema';
import { parseStatus } from './status';
import { normalizeLabel } from './text';
import { CellValue, ColumnKey, DateParse, Day, Finding, Item, Merge, SheetGrid } from './types';

export interface ReadOptions {
  schema: Schema;
  /** Source file, for findings and the department fallback. */
  file?: string;
  /** Ledger year for year-less deadlines when no title row names one. */
  year: number;
  asOf: Day;
}

export interface SkippedRow {
  /** 1-based sheet row. */
  row: number;
  reason: 'total' | 'section' | 'repeated-header';
}

export interface SheetLedger {
  sheet: string;
  /** null: not a ledger sheet (e.g. 填表说明). */
  header: HeaderMatch | null;
  items: Item[];
  /** Every check's findings for this sheet. */
  findings: Finding[];
  /** Non-blank rows below the header that are not items, and why. */
  skipped: SkippedRow[];
  /** Non-blank rows below the header = items.length + skipped.length. */
  rowsRead: number;
}

const TOTAL_LABEL = /^(合计|总计|小计)/;
const TITLE_YEAR = /((?:19|20)\d{2})\s*年/;
/** Header-like cells are short; longer text is never compared with the header labels. */
const MAX_LABEL_LENGTH = 20;
/** A section label is at most this many cells ("（二）" + "工作本领方面"). */
const MAX_SECTION_CELLS = 2;
// Ordinal prefixes of section labels, after normalizeLabel (full-width → half-width):
// 一、 / 第一部分: / (二) / 1、 / 2. (not "2.5", a number).
const SECTION_ORDINAL = new RegExp(
  '^(' +
    '第[一二三四五六七八九十百零〇0-9]+(部分|类|方面|项)?[、.:,]?' +
    '|[一二三四五六七八九十百零〇]+[、.:,]' +
    '|\\([一二三四五六七八九十百零〇0-9]+\\)[、.:,]?' +
    '|[0-9]+[、.:](?![0-9])' +
    ')',
);
const PLAIN_NUMBER = /^[0-9]+$/;
/** Columns whose text makes a row an item rather than a section label. */
const ITEM_KEYS: ColumnKey[] = ['measures', 'owner', 'deadline', 'status', 'closedOn'];

function hasText(v: CellValue): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return /\S/.test(v);
  return cellText(v) !== '';
}

/** Vertically merged cells: grid row → grid column → the merge's value, for rows below the header. */
function verticalFills(grid: SheetGrid, below: number): { [row: number]: { [col: number]: CellValue } } {
  const fills: { [row: number]: { [col: number]: CellValue } } = {};
  const merges: Merge[] = grid.merges || [];
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    if (m.e.r <= m.s.r || m.e.r <= below) continue;
    const v = (grid.rows[m.s.r] || [])[m.s.c];
    if (!hasText(v)) continue;
    for (let r = Math.max(m.s.r + 1, below + 1); r <= m.e.r; r++) {
      const row = fills[r] || (fills[r] = {});
      row[m.s.c] = v;
    }
  }
  return fills;
}

/** The year a title row above the header names ("2023年…问题整改台账"), else the given one. */
function ledgerYear(grid: SheetGrid, headerRow: number, fallback: number): number {
  for (let r = 0; r < headerRow; r++) {
    const row = grid.rows[r] || [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const m = TITLE_YEAR.exec(v);
      if (m) return parseInt(m[1], 10);
    }
  }
  return fallback;
}

/** Normalised labels of every header cell, to recognise a header repeated after a page break. */
function headerLabels(grid: SheetGrid, first: number, last: number): { [label: string]: boolean } {
  const labels: { [label: string]: boolean } = {};
  for (let r = first; r <= last; r++) {
    const row = grid.rows[r] || [];
    for (let c = 0; c < row.length; c++) {
      const label = normalizeLabel(cellText(row[c]));
      if (label !== '') labels['#' + label] = true;
    }
  }
  return labels;
}

function isRepeatedHeader(row: CellValue[], labels: { [label: string]: boolean }): boolean {
  let hits = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (!hasText(v)) continue;
    // Header cells are text; a number (序号, a date serial) means a data row.
    if (typeof v !== 'string') return false;
    const text = cellText(v);
    if (text.length > MAX_LABEL_LENGTH || !labels['#' + normalizeLabel(text)]) return false;
    hits++;
  }
  return hits >= 2;
}

function isTotalRow(row: CellValue[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string' || v.length > MAX_LABEL_LENGTH) continue;
    if (TOTAL_LABEL.test(normalizeLabel(v))) return true;
  }
  return false;
}

/**
 * The category a section row sets: its label without the ordinal prefix, or
 * the schema category the label names ("一、独立完成多、统筹谋划少" → 统筹谋划少).
 */
export function sectionCategory(label: string, categories: string[]): string {
  const bare = normalizeLabel(label).replace(SECTION_ORDINAL, '');
  for (let i = 0; i < categories.length; i++) {
    if (categories[i] !== '' && bare.indexOf(normalizeLabel(categories[i])) >= 0) return categories[i];
  }
  return bare;
}

/**
 * A section label row: no item columns filled, a label in at most two cells
 * that starts with an ordinal (一、 （二） 第三部分) or names a known category.
 * A plain number in the 序号 column makes it an item with missing cells, not
 * a section — an incomplete item must stay visible.
 */
function sectionLabel(row: CellValue[], cols: Cols, categories: string[]): string | null {
  for (let i = 0; i < ITEM_KEYS.length; i++) {
    const c = cols[ITEM_KEYS[i]];
    if (c !== undefined && hasText(row[c])) return null;
  }
  if (cols.id !== undefined && PLAIN_NUMBER.test(cellText(row[cols.id]))) return null;
  let label = '';
  let cells = 0;
  for (let c = 0; c < row.length; c++) {
    if (!hasText(row[c])) continue;
    if (++cells > MAX_SECTION_CELLS) return null;
    label += cellText(row[c]);
  }
  const normal = normalizeLabel(label);
  if (SECTION_ORDINAL.test(normal)) return label;
  for (let i = 0; i < categories.length; i++) {
    if (categories[i] !== '' && normal.indexOf(normalizeLabel(categories[i])) >= 0) return label;
  }
  return null;
}

/** Grid column of each matched key. */
type Cols = { [K in ColumnKey]?: number };

function dateText(v: CellValue, parsed: DateParse): string {
  if (parsed.kind === 'date' && typeof v !== 'string') return formatDay(parsed.day);
  return cellText(v);
}

/** Reads one sheet: finds its header, reads every row below it, and checks the items. */
export function readLedger(grid: SheetGrid, opts: ReadOptions): SheetLedger {
  const schema = opts.schema;
  const header = detectHeader(grid, schema);
  const out: SheetLedger = { sheet: grid.name, header, items: [], findings: [], skipped: [], rowsRead: 0 };
  if (!header) return out;

  const firstRow = grid.firstRow || 0;
  const firstCol = grid.firstCol || 0;
  const headerFirst = header.row - 1 - firstRow;
  const headerLast = header.lastRow - 1 - firstRow;
  const keys: ColumnKey[] = [];
  const cols: Cols = {};
  for (let i = 0; i < COLUMN_KEYS.length; i++) {
    const c = header.columns[COLUMN_KEYS[i]];
    if (c === undefined) continue;
    keys.push(COLUMN_KEYS[i]);
    cols[COLUMN_KEYS[i]] = c - firstCol;
  }
  const ctx: DateContext = { date1904: grid.date1904, year: ledgerYear(grid, headerFirst, opts.year) };
  const fills = verticalFills(grid, headerLast);
  const labels = headerLabels(grid, headerFirst, headerLast);
  const fallback = departmentFallback(grid.name, opts.file);
  let section = '';

  for (let r = headerLast + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    let blank = true;
    for (let c = 0; c < row.length && blank; c++) blank = !hasText(row[c]);
    if (blank) continue;
    out.rowsRead++;
    const sheetRow = r + firstRow + 1;

    const fill = fills[r];
    const values: { [K in ColumnKey]?: CellValue } = {};
    for (let i = 0; i < keys.length; i++) {
      const c = cols[keys[i]] as number;
      let v = row[c];
      if (fill && !hasText(v) && fill[c] !== undefined) v = fill[c];
      values[keys[i]] = v;
    }

    if (isRepeatedHeader(row, labels)) {
      out.skipped.push({ row: sheetRow, reason: 'repeated-header' });
      continue;
    }
    if (!hasText(values.problem) && !hasText(values.measures) && isTotalRow(row)) {
      out.skipped.push({ row: sheetRow, reason: 'total' });
      continue;
    }
    const label = sectionLabel(row, cols, schema.categories);
    if (label !== null) {
      section = sectionCategory(label, schema.categories);
      out.skipped.push({ row: sheetRow, reason: 'section' });
      continue;
    }
    out.items.push(toItem(sheetRow, keys, values, section, ctx, schema, fallback));
  }

  out.findings = checkItems(out.items, { header, file: opts.file, sheet: grid.name, schema, asOf: opts.asOf });
  return out;
}

function toItem(
  row: number,
  keys: ColumnKey[],
  values: { [K in ColumnKey]?: CellValue },
  section: string,
  ctx: DateContext,
  schema: Schema,
  fallback: { department: string; from: 'sheet' | 'file' | 'none' },
): Item {
  const deadline: DateParse = values.deadline === undefined ? { kind: 'empty' } : parseDeadline(values.deadline, ctx, schema);
  const closedOn: DateParse = values.closedOn === undefined ? { kind: 'empty' } : parseDateCell(values.closedOn, ctx);
  const text: Item['text'] = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const v = values[key];
    if (key === 'deadline') text[key] = dateText(v, deadline);
    else if (key === 'closedOn') text[key] = dateText(v, closedOn);
    else text[key] = cellText(v);
  }
  const status = parseStatus(values.status, schema);
  const ownDepartment = text.department || '';
  return {
    row,
    text,
    raw: values,
    category: text.category || section,
    department: ownDepartment !== '' ? ownDepartment : fallback.department,
    departmentFrom: ownDepartment !== '' ? 'cell' : fallback.from,
    deadline,
    status: status.status,
    standing: status.standing,
    closedOn,
  };
}
