// Data checks: every problem in a sheet's items becomes a finding a clerk can
// act on. A finding never changes the data.
import { columnLetter } from './cells';
import { CompiledSchema } from './compile';
import { formatDay } from './days';
import { DEADLINE_HINT, MAX_YEAR, MIN_YEAR } from './deadline';
import { Dict } from './dict';
import { getField } from './fields';
import { HeaderMatch } from './header';
import { columnSpec, Schema } from './schema';
import { stableSort } from './sort';
import { normalizeLabel } from './text';
import { ColumnKey, Day, Finding, FindingCode, Item, Severity } from './types';

export interface CheckContext {
  header: HeaderMatch;
  file?: string;
  sheet: string;
  schema: CompiledSchema;
  asOf: Day;
  /** Sheet rows where another ledger starts on the same sheet (stacked ledgers number their items anew). */
  ledgerStarts?: number[];
}

/** Columns every item must fill; 责任部门 is checked apart because the sheet or file name may supply it. */
const REQUIRED_CELLS: ColumnKey[] = ['problem', 'measures', 'owner', 'deadline', 'status'];
/** Long values are cut in messages so that a message stays one readable line. */
const MAX_QUOTED = 30;

/** Lists (categories, status words) in messages stay short whatever a configuration holds. */
const MAX_LISTED_CHARS = 120;

function clipped(text: string): string {
  return text.length > MAX_QUOTED ? text.substr(0, MAX_QUOTED) + '…' : text;
}

function quote(text: string): string {
  return '“' + clipped(text) + '”';
}

/** Words joined with 、 up to MAX_LISTED_CHARS, then how many there are in all. */
function listed(words: string[]): string {
  let out = '';
  let n = 0;
  for (; n < words.length; n++) {
    const word = clipped(words[n]);
    if (n > 0 && out.length + 1 + word.length > MAX_LISTED_CHARS) break;
    out += (n > 0 ? '、' : '') + word;
  }
  return n < words.length ? out + '等，共' + words.length + '项' : out;
}

class Findings {
  readonly list: Finding[] = [];
  constructor(private readonly ctx: CheckContext) {}

  /** The column's header as the sheet writes it, else the standard one. */
  name(key: ColumnKey): string {
    return this.ctx.header.headers[key] || columnSpec(this.ctx.schema, key).header;
  }

  cell(row: number, key: ColumnKey, code: FindingCode, severity: Severity, message: string): void {
    const col = this.ctx.header.columns[key];
    this.list.push({
      file: this.ctx.file,
      sheet: this.ctx.sheet,
      row,
      column: col === undefined ? '' : columnLetter(col),
      key,
      code,
      severity,
      message,
    });
  }

  sheet(code: FindingCode, severity: Severity, message: string, key?: ColumnKey): void {
    const f: Finding = { file: this.ctx.file, sheet: this.ctx.sheet, row: 0, column: '', code, severity, message };
    if (key) f.key = key;
    this.list.push(f);
  }
}

function statusNames(schema: Schema): string {
  const names: string[] = [];
  for (let i = 0; i < schema.statuses.length; i++) names.push(schema.statuses[i].name);
  const standing = schema.standingStatuses.length ? '（长期事项可填' + listed(schema.standingStatuses) + '）' : '';
  return names.join('、') + standing;
}

function synonymsHint(schema: Schema, key: ColumnKey): string {
  const spec = columnSpec(schema, key);
  return spec.synonyms.length ? '（或' + spec.synonyms.slice(0, 3).join('、') + '等）' : '';
}

/** Whole-sheet problems: a required column missing from the header, 已销号 items with no 销号日期 column. */
function checkSheet(items: Item[], ctx: CheckContext, out: Findings): void {
  const cols = ctx.header.columns;
  for (let i = 0; i < REQUIRED_CELLS.length; i++) {
    const key = REQUIRED_CELLS[i];
    if (cols[key] !== undefined) continue;
    const header = columnSpec(ctx.schema, key).header;
    out.sheet(
      'column-missing',
      'error',
      '表头中没有「' + header + '」列' + synonymsHint(ctx.schema, key) + '，各行的' + header + '无法读取，请增加该列',
      key,
    );
  }
  if (cols.department === undefined && items.length > 0 && items[0].departmentFrom === 'none') {
    out.sheet(
      'column-missing',
      'error',
      '表头中没有「责任部门」列，工作表名和文件名也看不出部门，请增加「责任部门」列或以部门名称命名工作表',
      'department',
    );
  }
  if (cols.closedOn === undefined) {
    let closed = 0;
    for (let i = 0; i < items.length; i++) if (items[i].status === '已销号') closed++;
    if (closed > 0) {
      out.sheet(
        'closed-without-date',
        'warning',
        '本表有' + closed + '项已销号，但没有「销号日期」列，无法核对销号时间，建议增加「销号日期」列',
        'closedOn',
      );
    }
  }
}

/** The required columns the header has, looked up once rather than per item. */
function requiredPresent(ctx: CheckContext): ColumnKey[] {
  const keys: ColumnKey[] = [];
  for (let i = 0; i < REQUIRED_CELLS.length; i++) {
    if (ctx.header.columns[REQUIRED_CELLS[i]] !== undefined) keys.push(REQUIRED_CELLS[i]);
  }
  return keys;
}

function checkRequired(item: Item, required: ColumnKey[], ctx: CheckContext, out: Findings): void {
  const cols = ctx.header.columns;
  for (let i = 0; i < required.length; i++) {
    const key = required[i];
    if (getField(item.text, key)) continue;
    out.cell(item.row, key, 'required-empty', 'error', '第' + item.row + '行「' + out.name(key) + '」列为空，请填写');
  }
  if (cols.department !== undefined && item.departmentFrom === 'none') {
    out.cell(
      item.row,
      'department',
      'required-empty',
      'error',
      '第' + item.row + '行「' + out.name('department') + '」列为空，工作表名和文件名也看不出部门，请填写',
    );
  }
}

/** "第12行", built only for a finding: most items have none. */
function rowName(item: Item): string {
  return '第' + item.row + '行';
}

/**
 * What is wrong with an invalid date cell. A date cell out of range is quoted
 * as the date the clerk sees, not as its serial number.
 */
function invalidDate(parse: { text: string; serialDay?: Day }): string {
  if (parse.serialDay === undefined) return quote(parse.text) + '不是可识别的日期，';
  return (
    '日期' +
    quote(formatDay(parse.serialDay)) +
    '不在' +
    MIN_YEAR +
    '—' +
    MAX_YEAR +
    '年之间（单元格中的数值为' +
    parse.text +
    '），请核实；'
  );
}

function checkValues(item: Item, ctx: CheckContext, out: Findings): void {
  if (item.deadline.kind === 'invalid') {
    out.cell(
      item.row,
      'deadline',
      'deadline-invalid',
      'error',
      rowName(item) + '「' + out.name('deadline') + '」列的' + invalidDate(item.deadline) + '应填写' + DEADLINE_HINT,
    );
  }
  const statusText = item.text.status || '';
  if (item.status === null && statusText !== '') {
    out.cell(
      item.row,
      'status',
      'status-unknown',
      'error',
      rowName(item) + '「' + out.name('status') + '」列的' + quote(statusText) + '不是可识别的状态，应填写' + statusNames(ctx.schema),
    );
  }
  if (item.closedOn.kind === 'invalid') {
    out.cell(
      item.row,
      'closedOn',
      'closed-date-invalid',
      'error',
      rowName(item) + '「' + out.name('closedOn') + '」列的' + invalidDate(item.closedOn) + '应填写具体日期，如2023-06-30',
    );
  } else if (item.closedOn.kind === 'date' && item.closedOn.day > ctx.asOf) {
    out.cell(
      item.row,
      'closedOn',
      'closed-date-future',
      'warning',
      rowName(item) +
        '「' +
        out.name('closedOn') +
        '」列的' +
        quote(formatDay(item.closedOn.day)) +
        '晚于统计日期' +
        formatDay(ctx.asOf) +
        '，请核实',
    );
  } else if (item.closedOn.kind === 'empty' && item.status === '已销号' && ctx.header.columns.closedOn !== undefined) {
    out.cell(
      item.row,
      'closedOn',
      'closed-without-date',
      'error',
      rowName(item) + '已销号，但「' + out.name('closedOn') + '」列为空，请填写销号日期',
    );
  }
  if (item.originalDeadline.kind === 'invalid') {
    out.cell(
      item.row,
      'originalDeadline',
      'original-deadline-invalid',
      'warning',
      rowName(item) +
        '「' +
        out.name('originalDeadline') +
        '」列的' +
        invalidDate(item.originalDeadline) +
        '应填写延期前的完成时限，如2023-06-30',
    );
  }
}

/**
 * Duplicate 序号 within one ledger, each repeat naming the first row. A
 * repeat that continues the previous item (same 序号 and same 问题描述 — one
 * problem spread over several rows, often a merged 序号 cell) is not a duplicate.
 * Sorting indexes by 序号 finds the repeats without a 100,000-key dictionary.
 */
function checkDuplicateIds(items: Item[], out: Findings): void {
  if (items.length === 0 || idsRise(items)) return;
  const ids: string[] = [];
  const order: number[] = [];
  for (let i = 0; i < items.length; i++) {
    ids.push(countedId(items, i));
    if (ids[i] !== '') order.push(i);
  }
  order.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b));
  let first = -1;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (first < 0 || ids[first] !== ids[i]) {
      first = i;
      continue;
    }
    out.cell(
      items[i].row,
      'id',
      'duplicate-id',
      'warning',
      '第' + items[i].row + '行「' + out.name('id') + '」列的' + quote(ids[i]) + '与第' + items[first].row + '行重复',
    );
  }
}

/** Item i's 序号; '' when it has none or continues the previous item (same 序号 and 问题描述). */
function countedId(items: Item[], i: number): string {
  const id = items[i].text.id || '';
  if (id === '' || i === 0) return id;
  const prev = items[i - 1];
  const continues = (prev.text.id || '') === id && (prev.text.problem || '') === (items[i].text.problem || '');
  return continues ? '' : id;
}

/**
 * Ledgers usually number their items 1, 2, 3…: when the counted 序号s rise
 * strictly (shorter first, then by text — a total order) none repeats, and
 * the sort is not needed.
 */
function idsRise(items: Item[]): boolean {
  let last = '';
  for (let i = 0; i < items.length; i++) {
    const id = countedId(items, i);
    if (id === '') continue;
    if (last !== '' && (last.length > id.length || (last.length === id.length && last >= id))) return false;
    last = id;
  }
  return true;
}

function checkCategory(item: Item, known: Dict<boolean>, ctx: CheckContext, out: Findings): void {
  if (item.category === '' || known[item.category] || known[normalizeLabel(item.category)]) return;
  out.cell(
    item.row,
    'category',
    'category-unknown',
    'info',
    '第' + item.row + '行的问题类别' + quote(item.category) + '不在类别清单中（' + listed(ctx.schema.categories) + '）',
  );
}

/** Duplicate 序号 within each ledger of a sheet: ledgers stacked on one sheet each number from 1. */
function duplicateIdsPerLedger(items: Item[], starts: number[], out: Findings): void {
  if (starts.length === 0) {
    checkDuplicateIds(items, out);
    return;
  }
  let from = 0;
  for (let b = 0; b <= starts.length; b++) {
    let to = from;
    while (to < items.length && (b === starts.length || items[to].row < starts[b])) to++;
    checkDuplicateIds(items.slice(from, to), out);
    from = to;
  }
}

/** Every finding for one sheet's items: sheet-wide ones first, then by row. */
export function checkItems(items: Item[], ctx: CheckContext): Finding[] {
  const out = new Findings(ctx);
  checkSheet(items, ctx, out);
  const known = ctx.schema.categoryWords.known;
  const required = requiredPresent(ctx);
  const sheetWide = out.list.length;
  for (let i = 0; i < items.length; i++) {
    checkRequired(items[i], required, ctx, out);
    checkValues(items[i], ctx, out);
    checkCategory(items[i], known, ctx, out);
  }
  duplicateIdsPerLedger(items, ctx.ledgerStarts || [], out);
  // By row, keeping check order within a row.
  return out.list.slice(0, sheetWide).concat(stableSort(out.list.slice(sheetWide), (f) => f.row));
}
