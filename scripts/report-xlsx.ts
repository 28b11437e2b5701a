// The styled report workbook: 汇总, 统计, 逾期清单, 数据问题, rendered from the report model.
import { formatDayChinese, serialFromDay } from '../ledger/days';
import { COLUMN_KEYS, defaultSchema, LIGHT_NAMES, LIGHTS } from '../ledger/schema';
import { ColumnKey, DepartmentStats, Light } from '../ledger/types';
import { CellStyle, OutCell, OutSheet } from './xlsx-writer';
import { LIGHT_UNKNOWN, legend, msg, ONGOING_DEADLINE, SEVERITY_NAMES, SHEET_NAMES, SUMMARY_HEADERS } from './messages';
import { ItemEntry, ReportModel } from './report-model';
import * as tracking from './tracking/sheets';

const TITLE: CellStyle = { bold: true, fontSize: 14 };
const DATE: CellStyle = { numFmt: 'yyyy-mm-dd' };
const PERCENT: CellStyle = { numFmt: '0.0%' };
const CENTER: CellStyle = { hAlign: 'center' };
const BOLD: CellStyle = { bold: true };
const ROW_WRAP: CellStyle = { wrap: true, vAlign: 'top' };

// Narrow enough that 18 columns print on A4 landscape at a readable size (about 7 pt); long text wraps.
const COLUMN_WIDTHS: { [K in ColumnKey]: number } = {
  id: 5,
  category: 9,
  problem: 26,
  measures: 26,
  department: 10,
  owner: 7,
  leader: 7,
  deadline: 11,
  progress: 18,
  status: 7,
  closedOn: 11,
  notes: 10,
};

function standardHeaders(): { [K in ColumnKey]: string } {
  const out = {} as { [K in ColumnKey]: string };
  for (const c of defaultSchema().columns) out[c.key] = c.header;
  return out;
}

/** Characters an Excel cell holds. */
const MAX_CELL_TEXT = 32767;

/**
 * Text from a ledger as a cell. A CSV field may be longer than any Excel cell:
 * it is cut, and the cell says so first, where a reader sees it (the JSON
 * report keeps the text whole).
 */
function textCell(text: string): OutCell {
  if (text === '') return null;
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - msg.textCut(text.length, MAX_CELL_TEXT).length;
  // Never split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return msg.textCut(text.length, end) + text.slice(0, end);
}

function title(text: string): OutCell[] {
  return [{ v: text, s: TITLE }];
}

/** A canonical field as a cell: dates stay dates, numbers stay numbers, text stays text. */
function fieldCell(e: ItemEntry, key: ColumnKey): OutCell {
  const day = e.dates[key];
  if (day !== undefined) return { v: serialFromDay(day), s: DATE };
  const n = e.numbers[key];
  if (n !== undefined) return n;
  return textCell(e.fields[key]);
}

/** The 状态灯 word cells, shared by every row (the word is what black-and-white prints show). */
const LIGHT_WORDS: { [L in Light]: OutCell } = {
  red: { v: LIGHT_NAMES.red, s: CENTER },
  amber: { v: LIGHT_NAMES.amber, s: CENTER },
  green: { v: LIGHT_NAMES.green, s: CENTER },
  blue: { v: LIGHT_NAMES.blue, s: CENTER },
  grey: { v: LIGHT_NAMES.grey, s: CENTER },
};
const UNKNOWN_LIGHT_WORD: OutCell = { v: LIGHT_UNKNOWN, s: CENTER };

function lightWord(light: Light | null): OutCell {
  return light ? LIGHT_WORDS[light] : UNKNOWN_LIGHT_WORD;
}

function effectiveDeadlineCell(e: ItemEntry): OutCell {
  if (e.effectiveDeadline === null) return null;
  if (e.effectiveDeadline === 'ongoing') return ONGOING_DEADLINE;
  return { v: serialFromDay(e.effectiveDeadline), s: DATE };
}

/** One shared row style per light, so 100,000 rows do not mean 100,000 style objects. */
function lightRowStyles(model: ReportModel): { [L in Light]: CellStyle } {
  const out = {} as { [L in Light]: CellStyle };
  LIGHTS.forEach((l) => {
    out[l] = { fill: model.colors[l], wrap: true, vAlign: 'top' };
  });
  return out;
}

function asOfText(model: ReportModel): string {
  return '截至' + formatDayChinese(model.asOf);
}

function summarySheet(model: ReportModel): OutSheet {
  const headers = standardHeaders();
  const header: OutCell[] = COLUMN_KEYS.map((k) => headers[k]);
  const h = SUMMARY_HEADERS;
  header.push(h.light, h.daysLeft, h.effectiveDeadline, h.file, h.sheet, h.row, ...tracking.runHeaders(model));
  const rows: OutCell[][] = [
    title('整改台账汇总（' + asOfText(model) + '，共 ' + model.items.length + ' 项）'),
    [legend(model.warnDays)],
    header,
  ];
  const rowStyles: (CellStyle | undefined)[] = [undefined, undefined, undefined];
  const byLight = lightRowStyles(model);
  model.items.forEach((e, i) => {
    const row: OutCell[] = COLUMN_KEYS.map((k) => fieldCell(e, k));
    row.push(lightWord(e.light), e.daysLeft, effectiveDeadlineCell(e), e.source.file, e.source.sheet, e.source.row, ...tracking.runCells(model, i));
    rows.push(row);
    rowStyles.push(e.light ? byLight[e.light] : ROW_WRAP);
  });
  const colWidths = COLUMN_KEYS.map((k) => COLUMN_WIDTHS[k]).concat([5, 6, 11, 16, 9, 5], tracking.runWidths(model));
  return { name: SHEET_NAMES.summary, rows, rowStyles, colWidths, headerRow: 2, landscape: true, borders: true };
}

function statsRow(s: DepartmentStats): OutCell[] {
  return [
    s.name,
    s.total,
    s.closed,
    s.done,
    s.inProgress,
    s.notStarted,
    s.ongoing,
    s.overdue,
    s.dueSoon,
    s.closedLate,
    { v: s.completionRate, s: PERCENT },
  ];
}

function statsSheet(model: ReportModel): OutSheet {
  const rows: OutCell[][] = [
    title('各部门整改情况统计（' + asOfText(model) + '）'),
    ['责任部门', '问题总数', '已销号', '已完成待销号', '整改中', '未启动', '长期坚持', '逾期', '临期', '超期完成', '完成率', ...tracking.deltaHeaders(model)],
  ];
  for (const d of model.departments) rows.push(statsRow(d).concat(tracking.deltaCells(model, d.name)));
  rows.push(statsRow(model.totals).concat(tracking.deltaCells(model, null)));
  const rowStyles: (CellStyle | undefined)[] = [];
  rowStyles[rows.length - 1] = BOLD;
  return {
    name: SHEET_NAMES.stats,
    rows,
    rowStyles,
    colWidths: [16, 9, 8, 12, 8, 8, 9, 7, 7, 9, 9, ...tracking.deltaWidths(model)],
    headerRow: 1,
    landscape: true,
    borders: true,
  };
}

function overdueSheet(model: ReportModel): OutSheet {
  const rows: OutCell[][] = [
    title('逾期清单（' + asOfText(model) + '，共 ' + model.overdue.length + ' 项，按逾期天数从多到少排列）'),
    ['序号', '责任部门', '责任人', '责任领导', '问题描述', '完成时限', '逾期天数', '整改状态', '整改进展', '来源文件', '来源工作表', '来源行'],
  ];
  const rowStyles: (CellStyle | undefined)[] = [undefined, undefined];
  const red = lightRowStyles(model).red;
  model.overdue.forEach((e, i) => {
    rows.push([
      i + 1,
      fieldCell(e, 'department'),
      fieldCell(e, 'owner'),
      fieldCell(e, 'leader'),
      fieldCell(e, 'problem'),
      fieldCell(e, 'deadline'),
      -(e.daysLeft as number),
      fieldCell(e, 'status'),
      fieldCell(e, 'progress'),
      e.source.file,
      e.source.sheet,
      e.source.row,
    ]);
    rowStyles.push(red);
  });
  return {
    name: SHEET_NAMES.overdue,
    rows,
    rowStyles,
    colWidths: [6, 12, 10, 10, 40, 12, 9, 10, 28, 24, 14, 7],
    headerRow: 1,
    landscape: true,
    borders: true,
  };
}

function problemsSheet(model: ReportModel): OutSheet {
  const rows: OutCell[][] = [
    title('数据问题（共 ' + model.counts.problems + ' 条需处理，另有提示 ' + model.counts.notes + ' 条）'),
    ['文件', '工作表', '行', '列', '代码', '严重程度', '问题说明'],
  ];
  const rowStyles: (CellStyle | undefined)[] = [undefined, undefined];
  for (const p of model.problems) {
    rows.push([p.file, p.sheet, p.row, p.column, p.code, SEVERITY_NAMES[p.severity], p.message]);
    rowStyles.push(ROW_WRAP);
  }
  return {
    name: SHEET_NAMES.problems,
    rows,
    rowStyles,
    colWidths: [24, 14, 6, 5, 18, 9, 70],
    headerRow: 1,
    landscape: true,
    borders: true,
  };
}

export function reportSheets(model: ReportModel): OutSheet[] {
  const compared = [tracking.changesSheet(model), tracking.trendSheet(model)].filter((s): s is OutSheet => s !== null);
  return [summarySheet(model), statsSheet(model), ...compared, overdueSheet(model), problemsSheet(model), tracking.reportInfoSheet(model)];
}
