// Row reading: turns the rows below a sheet's header into ledger items, and
// says why each other non-blank row is not one.
import { cellText } from './cells';
import { CompiledSchema } from './compile';
import { checkItems } from './checks';
import { formatDay } from './days';
import { parseDateCell, parseDeadline, DateContext } from './deadline';
import { departmentFallback, DepartmentFallback } from './department';
import { Dict, emptyDict } from './dict';
import { fieldsOf } from './fields';
import { detectHeader, HeaderMatch } from './header';
import { COLUMN_KEYS } from './schema';
import { parseStatus, StatusParse } from './status';
import { normalizeLabel } from './text';
import { CellValue, ColumnKey, DateParse, Day, Finding, Item, Merge, SheetGrid } from './types';

export interface ReadOptions {
  schema: CompiledSchema;
  /** Source file, for findings and the department fallback. */
  file?: string;
  /** Ledger year for year-less deadlines when no title row names one. */
  year: number;
  asOf: Day;
}

export interface SkippedRow {
  /** 1-based sheet row. */
  row: number;
  reason: 'total' | 'section' | 'repeated-header' | 'numbering' | 'footer' | 'title';
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
/** A column-numbering cell under a header: 1, (2), （3）. */
const COLUMN_NUMBER = /^\(?([0-9]+)\)?$/;
/** Sign-off and attachment lines under a table: 填表人：… 审核人：… 联系电话：… 注：… 附件：… */
const FOOTER_LABEL =
  /^(填表人|填报人|制表人|审核人|审批人|联系人|联系电话|负责人签字|单位负责人|主要负责人|注[:：]|备注[:：]|说明[:：]|附件|附表)/;
/** A footer line fills at most this many cells ("填表人：" "张三" "联系电话：" "123…"). */
const MAX_FOOTER_CELLS = 4;
const LEADING_PUNCTUATION = /^[、.:,]+/;
/** A section label's cell that already ends in a separator ("一、", "（二）") needs no 、 before the next. */
const ENDS_WITH_SEPARATOR = /[、.．:：)）]$/;
const NON_SPACE = /\S/;
/** Columns whose text makes a row an item rather than a section label. */
const ITEM_KEYS: ColumnKey[] = ['measures', 'owner', 'deadline', 'status', 'closedOn'];

/** Grid column of each matched key. */
type Cols = { [K in ColumnKey]?: number };

/** What every row of one sheet shares when it becomes an item. */
interface SheetContext {
  keys: ColumnKey[];
  fallback: DepartmentFallback;
  /** parseStatus, parseDeadline and parseDateCell, remembered per text (see remembered). */
  status: (v: CellValue) => StatusParse;
  deadline: (v: CellValue) => DateParse;
  /** 销号日期 and 原定时限. */
  plainDate: (v: CellValue) => DateParse;
  /** Shown text of each date cell's day (see dayText). */
  dayTexts: { [day: number]: string | undefined };
  /** The current row's values and texts by index in keys, so that no loop reads them by a varying key. */
  cells: CellValue[];
  texts: string[];
}

/** Texts remembered per sheet and column: a column repeats a few hundred texts at most. */
const MEMO_SIZE = 4096;

/**
 * parse, remembered by cell text for one sheet: ledgers repeat the same few
 * status and deadline texts thousands of times. With copy, each call gets its
 * own copy (a result that goes into an item as it is).
 */
function remembered<T>(parse: (v: CellValue) => T, copy?: (r: T) => T): (v: CellValue) => T {
  const memo = emptyDict<T>();
  let size = 0;
  return (v) => {
    if (typeof v !== 'string') return parse(v);
    let hit = memo[v];
    if (hit === undefined) {
      hit = parse(v);
      if (size < MEMO_SIZE) {
        memo[v] = hit;
        size++;
      }
    }
    return copy ? copy(hit) : hit;
  };
}

function copyDate(r: DateParse): DateParse {
  if (r.kind === 'date') return { kind: 'date', day: r.day };
  if (r.kind === 'invalid') return { kind: 'invalid', text: r.text };
  return { kind: r.kind };
}

/** A character that is certainly not white space: printable ASCII, CJK (U+3001..U+9FFF), full-width forms. */
function isSolid(code: number): boolean {
  return (code > 0x20 && code < 0x7f) || (code >= 0x3001 && code <= 0x9fff) || (code >= 0xff01 && code <= 0xff5e);
}

/** cellText without its trimming regex for the usual text that needs no trimming. */
function textOf(v: CellValue): string {
  if (typeof v === 'string') {
    if (v === '') return v;
    if (isSolid(v.charCodeAt(0)) && isSolid(v.charCodeAt(v.length - 1))) return v;
  }
  return cellText(v);
}

/**
 * cellText(v) !== '', without building the text of numbers, dates and booleans
 * (never empty) and, for text that starts solid, without a regex.
 */
function hasText(v: CellValue): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return v.length > 0 && (isSolid(v.charCodeAt(0)) || NON_SPACE.test(v));
  if (typeof v === 'number') return isFinite(v);
  return true;
}

function isBlankRow(row: CellValue[]): boolean {
  for (let c = 0; c < row.length; c++) if (hasText(row[c])) return false;
  return true;
}

/** Vertically merged cells: grid row → grid column → the merge's value, for rows below the header. */
function verticalFills(grid: SheetGrid, below: number): { [row: number]: { [col: number]: CellValue } } {
  const fills: { [row: number]: { [col: number]: CellValue } } = {};
  const merges: Merge[] = grid.merges || [];
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    // Only merges that start below the header: a header cell merged too far down is no value.
    if (m.e.r <= m.s.r || m.s.r <= below) continue;
    const v = (grid.rows[m.s.r] || [])[m.s.c];
    if (!hasText(v)) continue;
    for (let r = m.s.r + 1; r <= m.e.r; r++) {
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
function headerLabels(grid: SheetGrid, first: number, last: number): Dict<boolean> {
  const labels = emptyDict<boolean>();
  for (let r = first; r <= last; r++) {
    const row = grid.rows[r] || [];
    for (let c = 0; c < row.length; c++) {
      const label = normalizeLabel(cellText(row[c]));
      if (label !== '') labels[label] = true;
    }
  }
  return labels;
}

function isRepeatedHeader(row: CellValue[], labels: Dict<boolean>): boolean {
  let hits = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (!hasText(v)) continue;
    // Header cells are text; a number (序号, a date serial) means a data row.
    if (typeof v !== 'string') return false;
    const text = cellText(v);
    if (text.length > MAX_LABEL_LENGTH || !labels[normalizeLabel(text)]) return false;
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
  const bare = normalizeLabel(label).replace(SECTION_ORDINAL, '').replace(LEADING_PUNCTUATION, '');
  for (let i = 0; i < categories.length; i++) {
    if (categories[i] !== '' && bare.indexOf(normalizeLabel(categories[i])) >= 0) return categories[i];
  }
  return bare;
}

/**
 * A section label row: a label row (see isLabelRow) whose label, in at most
 * two cells, starts with an ordinal (一、 （二） 第三部分) or names a known category.
 */
function sectionLabel(row: CellValue[], cols: Cols, normalCategories: string[]): string | null {
  if (!isLabelRow(row, cols)) return null;
  let label = '';
  let cells = 0;
  for (let c = 0; c < row.length; c++) {
    if (!hasText(row[c])) continue;
    if (++cells > MAX_SECTION_CELLS) return null;
    // "一" + "作风方面" reads as "一、作风方面", so the ordinal is recognised.
    if (label !== '' && !ENDS_WITH_SEPARATOR.test(label)) label += '、';
    label += cellText(row[c]);
  }
  const normal = normalizeLabel(label);
  if (SECTION_ORDINAL.test(normal)) return label;
  for (let i = 0; i < normalCategories.length; i++) {
    if (normalCategories[i] !== '' && normal.indexOf(normalCategories[i]) >= 0) return label;
  }
  return null;
}

/** A CJK unified ideograph: text starting with one is never a number. */
function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** The number a non-blank column-numbering cell shows (1, (2), （3）), else -1. */
function columnNumber(v: CellValue): number {
  // A whole number shows as digits alone; no need to build its text.
  if (typeof v === 'number') return v >= 0 && v < 1e21 && Math.floor(v) === v ? v : -1;
  // Most data rows fail here, on their first text cell (问题类别, 问题描述…).
  if (typeof v === 'string' && isIdeograph(v.charCodeAt(0))) return -1;
  const m = COLUMN_NUMBER.exec(normalizeLabel(cellText(v)));
  return m ? parseInt(m[1], 10) : -1;
}

/** A row numbering the columns (1 2 3 … or （1）（2）…), as many printed ledgers have under the header. */
function isNumberingRow(row: CellValue[]): boolean {
  let expected = 0;
  for (let c = 0; c < row.length; c++) {
    if (!hasText(row[c])) continue;
    const n = columnNumber(row[c]);
    if (n < 0) return false;
    if (expected !== 0 && n !== expected) return false;
    expected = n + 1;
  }
  // Three or more consecutive numbers: two could be an item's 序号 and a count.
  return expected >= 4;
}

/**
 * A sign-off line (填表人, 审核人, 注：…, 附件：…). Its labels may sit in any
 * column, 问题描述's and 整改措施's too ("填表人：张三 | 联系电话：…"), but there
 * they must be further labels after the first one: a row that starts in 问题描述
 * is an item, however it reads.
 */
function isFooterRow(row: CellValue[], cols: Cols): boolean {
  let cells = 0;
  let first = -1;
  for (let c = 0; c < row.length; c++) {
    if (!hasText(row[c])) continue;
    if (++cells > MAX_FOOTER_CELLS) return false;
    const label = FOOTER_LABEL.test(normalizeLabel(cellText(row[c])));
    if (first < 0) {
      if (!label || c === cols.problem || c === cols.measures) return false;
      first = c;
    } else if ((c === cols.problem || c === cols.measures) && !label) {
      return false;
    }
  }
  return first >= 0;
}

/**
 * No item column filled and no plain number in 序号: the row can only be a
 * label (a section, a title). A numbered row is an item with missing cells —
 * an incomplete item must stay visible.
 */
function isLabelRow(row: CellValue[], cols: Cols): boolean {
  for (let i = 0; i < ITEM_KEYS.length; i++) {
    const c = cols[ITEM_KEYS[i]];
    if (c !== undefined && hasText(row[c])) return false;
  }
  return !(cols.id !== undefined && PLAIN_NUMBER.test(cellText(row[cols.id])));
}

/**
 * A label row in at most two cells whose next non-blank row repeats the
 * header: the title of a ledger stacked below the previous one.
 */
function isNextLedgerTitle(grid: SheetGrid, r: number, cols: Cols, labels: Dict<boolean>): boolean {
  const row = grid.rows[r];
  let cells = 0;
  for (let c = 0; c < row.length; c++) if (hasText(row[c]) && ++cells > MAX_SECTION_CELLS) return false;
  if (!isLabelRow(row, cols)) return false;
  for (let n = r + 1; n < grid.rows.length; n++) {
    const row = grid.rows[n];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) if (hasText(row[c])) return isRepeatedHeader(row, labels);
  }
  return false;
}

/** What every row-kind test looks at besides the row itself. */
interface RowContext {
  grid: SheetGrid;
  cols: Cols;
  /** The header's labels, to recognise it repeated. */
  labels: Dict<boolean>;
  normalCategories: string[];
}

type SkipReason = SkippedRow['reason'];

/** What a non-blank row below the header is: an item (skip null), or skipped for a reason; a section row carries its label. */
type RowKind = { skip: null } | { skip: Exclude<SkipReason, 'section'> } | { skip: 'section'; label: string };

const ITEM: RowKind = { skip: null };
const SKIP: { [R in Exclude<SkipReason, 'section'>]: RowKind } = {
  total: { skip: 'total' },
  'repeated-header': { skip: 'repeated-header' },
  numbering: { skip: 'numbering' },
  footer: { skip: 'footer' },
  title: { skip: 'title' },
};

/**
 * The first of these that holds decides: the header repeated after a page
 * break, a 合计 row (one that fills neither 问题描述 nor 整改措施), a row of
 * column numbers, a sign-off line, the title of a ledger stacked below, a
 * section label. Any other row is an item, however incomplete.
 */
function classifyRow(r: number, values: { [K in ColumnKey]?: CellValue }, rc: RowContext): RowKind {
  const row = rc.grid.rows[r];
  if (isRepeatedHeader(row, rc.labels)) return SKIP['repeated-header'];
  if (!hasText(values.problem) && !hasText(values.measures) && isTotalRow(row)) return SKIP.total;
  if (isNumberingRow(row)) return SKIP.numbering;
  if (isFooterRow(row, rc.cols)) return SKIP.footer;
  if (isNextLedgerTitle(rc.grid, r, rc.cols, rc.labels)) return SKIP.title;
  const label = sectionLabel(row, rc.cols, rc.normalCategories);
  return label === null ? ITEM : { skip: 'section', label: label };
}

function dateText(v: CellValue, parsed: DateParse, sc: SheetContext): string {
  if (parsed.kind === 'date' && typeof v !== 'string') return dayText(parsed.day, sc);
  return textOf(v);
}

/** formatDay, memoised per sheet: date cells repeat the same days, all within 1990..2100. */
function dayText(day: Day, sc: SheetContext): string {
  let text = sc.dayTexts[day];
  if (text === undefined) text = sc.dayTexts[day] = formatDay(day);
  return text;
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
  // Matched keys and their grid columns, as parallel arrays for the row loop.
  const keys: ColumnKey[] = [];
  const keyCols: number[] = [];
  const cols: Cols = {};
  for (let i = 0; i < COLUMN_KEYS.length; i++) {
    const c = header.columns[COLUMN_KEYS[i]];
    if (c === undefined) continue;
    keys.push(COLUMN_KEYS[i]);
    keyCols.push(c - firstCol);
    cols[COLUMN_KEYS[i]] = c - firstCol;
  }
  const dates: DateContext = { date1904: grid.date1904, year: ledgerYear(grid, headerFirst, opts.year) };
  const sc: SheetContext = {
    keys,
    fallback: departmentFallback(grid.name, opts.file),
    // Only the status's fields go into an item, so the remembered result is shared.
    status: remembered((v) => parseStatus(v, schema)),
    deadline: remembered((v) => parseDeadline(v, dates, schema), copyDate),
    plainDate: remembered((v) => parseDateCell(v, dates), copyDate),
    dayTexts: {},
    cells: [],
    texts: [],
  };
  const rc: RowContext = { grid, cols, labels: headerLabels(grid, headerFirst, headerLast), normalCategories: schema.categoryWords.normal };
  const fills = verticalFills(grid, headerLast);
  let section = '';
  const ledgerStarts: number[] = [];

  for (let r = headerLast + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row || isBlankRow(row)) continue;
    out.rowsRead++;
    const sheetRow = r + firstRow + 1;

    const fill = fills[r];
    for (let i = 0; i < keys.length; i++) {
      const c = keyCols[i];
      let v = row[c];
      if (fill && !hasText(v) && fill[c] !== undefined) v = fill[c];
      sc.cells[i] = v;
    }
    const values = fieldsOf(keys, sc.cells);
    const kind = classifyRow(r, values, rc);
    if (kind.skip === null) {
      out.items.push(toItem(sheetRow, values, section, sc));
      continue;
    }
    out.skipped.push({ row: sheetRow, reason: kind.skip });
    if (kind.skip === 'section') section = sectionCategory(kind.label, schema.categories);
    if (kind.skip === 'title') {
      // A new ledger starts: its rows take no category from the previous one's sections.
      section = '';
      ledgerStarts.push(sheetRow);
    }
  }

  out.findings = checkItems(out.items, { header, file: opts.file, sheet: grid.name, schema, asOf: opts.asOf, ledgerStarts });
  return out;
}

function toItem(row: number, values: { [K in ColumnKey]?: CellValue }, section: string, sc: SheetContext): Item {
  const deadline: DateParse = values.deadline === undefined ? { kind: 'empty' } : sc.deadline(values.deadline);
  const closedOn: DateParse = values.closedOn === undefined ? { kind: 'empty' } : sc.plainDate(values.closedOn);
  const original: DateParse = values.originalDeadline === undefined ? { kind: 'empty' } : sc.plainDate(values.originalDeadline);
  for (let i = 0; i < sc.keys.length; i++) {
    const key = sc.keys[i];
    const v = sc.cells[i];
    if (key === 'deadline') sc.texts[i] = dateText(v, deadline, sc);
    else if (key === 'closedOn') sc.texts[i] = dateText(v, closedOn, sc);
    else if (key === 'originalDeadline') sc.texts[i] = dateText(v, original, sc);
    else sc.texts[i] = textOf(v);
  }
  const text: Item['text'] = fieldsOf(sc.keys, sc.texts);
  const status = sc.status(values.status);
  const ownDepartment = text.department || '';
  return {
    row,
    text,
    raw: values,
    category: text.category || section,
    department: ownDepartment !== '' ? ownDepartment : sc.fallback.department,
    departmentFrom: ownDepartment !== '' ? 'cell' : sc.fallback.from,
    deadline,
    status: status.status,
    standing: status.standing,
    extension: status.extension,
    closedOn,
    originalDeadline: original,
    extendedDays: extendedDays(deadline, original),
  };
}

/** Days the deadline moved from 原定时限 (positive: 延期), when both are dates and differ. */
function extendedDays(deadline: DateParse, original: DateParse): number | null {
  if (deadline.kind !== 'date' || original.kind !== 'date' || deadline.day === original.day) return null;
  return deadline.day - original.day;
}
