// The styled report workbook: 汇总, 统计, (变化, 趋势,) 逾期清单, 临期清单, 数据问题, 报告信息, rendered
// from the report model.
import { formatDayChinese, serialFromDay } from '../ledger/days';
import { COLUMN_KEYS, defaultSchema, LIGHT_MEANINGS, LIGHT_NAMES, LIGHTS } from '../ledger/schema';
import { REPORT_SHEETS } from '../ledger/sheet-kinds';
import { ColumnKey, Day, DepartmentStats, Light } from '../ledger/types';
import { CellStyle, MAX_SHEET_ROWS, OutCell, OutSheet } from './xlsx-writer';
import { LIGHT_UNKNOWN, legend, msg, ONGOING_DEADLINE, SEVERITY_NAMES, SUMMARY_HEADERS } from './messages';
import { ItemEntry, ReportModel } from './report-model';
import { cutText } from './text-cut';
import * as tracking from './tracking/sheets';

const TITLE: CellStyle = { bold: true, fontSize: 14 };
const DATE: CellStyle = { numFmt: 'yyyy-mm-dd' };
const PERCENT: CellStyle = { numFmt: '0.0%' };
const CENTER: CellStyle = { hAlign: 'center' };
const BOLD: CellStyle = { bold: true };
const ROW_WRAP: CellStyle = { wrap: true, vAlign: 'top' };

// Narrow enough that 20 columns print on A4 landscape at a readable size (about 7 pt); long text wraps.
const COLUMN_WIDTHS: { [K in ColumnKey]: number } = {
  id: 5,
  category: 9,
  problem: 23,
  measures: 23,
  department: 10,
  owner: 7,
  leader: 7,
  deadline: 11,
  progress: 16,
  status: 7,
  closedOn: 11,
  notes: 9,
  originalDeadline: 11,
};

function standardHeaders(): { [K in ColumnKey]: string } {
  const out = {} as { [K in ColumnKey]: string };
  for (const c of defaultSchema().columns) out[c.key] = c.header;
  return out;
}

const H = SUMMARY_HEADERS;
/** 汇总's columns after the canonical ones, before a comparison's. */
const SUMMARY_EXTRA_HEADERS = [H.light, H.daysLeft, H.extendedDays, H.effectiveDeadline, H.file, H.sheet, H.row];

/** Rows above 汇总's items: title, legend, header. */
const SUMMARY_TOP_ROWS = 3;
/** Rows above 数据问题's list: title, header. */
const PROBLEMS_TOP_ROWS = 2;

/** Items 汇总 can hold: one per row below its header, up to Excel's last row. */
export const SUMMARY_CAPACITY = MAX_SHEET_ROWS - SUMMARY_TOP_ROWS;

export interface ReportOptions {
  /** The JSON report's name as given, when one is written (the complete list of problems is there). */
  json?: string;
}

/**
 * Text from a ledger (or built from one, like a message quoting it) as a cell,
 * cut (with a note) when longer than a cell holds.
 */
function textCell(text: string): OutCell {
  return text === '' ? null : cutText(text);
}

function title(text: string): OutCell[] {
  return [{ v: text, s: TITLE }];
}

/** Date cells by day, one shared cell per day: 100,000 items have a few hundred distinct deadlines. */
type DayCells = { [day: number]: OutCell };

function dayCell(day: Day, cells: DayCells): OutCell {
  return cells[day] || (cells[day] = { v: serialFromDay(day), s: DATE });
}

/** A canonical field as a cell: dates stay dates, numbers stay numbers, text stays text. */
function fieldCell(e: ItemEntry, key: ColumnKey, days: DayCells): OutCell {
  const day = e.dates[key];
  if (day !== undefined) return dayCell(day, days);
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

function effectiveDeadlineCell(e: ItemEntry, days: DayCells): OutCell {
  if (e.effectiveDeadline === null) return null;
  if (e.effectiveDeadline === 'ongoing') return ONGOING_DEADLINE;
  return dayCell(e.effectiveDeadline, days);
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

function summarySheet(model: ReportModel, days: DayCells): OutSheet {
  const headers = standardHeaders();
  const header: OutCell[] = (COLUMN_KEYS.map((k) => headers[k]) as OutCell[]).concat(SUMMARY_EXTRA_HEADERS, tracking.runHeaders(model));
  const rows: OutCell[][] = [
    title('整改台账汇总（' + asOfText(model) + '，共 ' + model.items.length + ' 项）'),
    [legend(model.warnDays)],
    header,
  ];
  const rowStyles: (CellStyle | undefined)[] = [undefined, undefined, undefined];
  const byLight = lightRowStyles(model);
  const width = header.length;
  for (let i = 0; i < model.items.length; i++) {
    const e = model.items[i];
    // Sized once: a row grown by push keeps spare slots, 100,000 times over.
    const row: OutCell[] = new Array(width);
    for (let k = 0; k < COLUMN_KEYS.length; k++) row[k] = fieldCell(e, COLUMN_KEYS[k], days);
    let c = COLUMN_KEYS.length;
    row[c++] = lightWord(e.light);
    row[c++] = e.daysLeft;
    row[c++] = e.extendedDays;
    row[c++] = effectiveDeadlineCell(e, days);
    row[c++] = textCell(e.source.file);
    row[c++] = textCell(e.source.sheet);
    row[c++] = e.source.row;
    tracking.putRunCells(model, i, row, c);
    rows.push(row);
    rowStyles.push(e.light ? byLight[e.light] : ROW_WRAP);
  }
  const colWidths = COLUMN_KEYS.map((k) => COLUMN_WIDTHS[k]).concat([5, 6, 6, 11, 16, 9, 5], tracking.runWidths(model));
  return { name: REPORT_SHEETS.summary, rows, rowStyles, colWidths, headerRow: 2, landscape: true, borders: true };
}

function statsRow(s: DepartmentStats): OutCell[] {
  return [
    textCell(s.name),
    s.total,
    s.closed,
    s.done,
    s.inProgress,
    s.notStarted,
    s.ongoing,
    s.overdue,
    s.dueSoon,
    s.closedLate,
    s.extended,
    { v: s.completionRate, s: PERCENT },
  ];
}

function statsSheet(model: ReportModel): OutSheet {
  const rows: OutCell[][] = [
    title('各部门整改情况统计（' + asOfText(model) + '）'),
    [
      '责任部门',
      '问题总数',
      '已销号',
      '已完成待销号',
      '整改中',
      '未启动',
      '长期坚持',
      LIGHT_MEANINGS.red,
      LIGHT_MEANINGS.amber,
      '超期完成',
      '延期',
      '完成率',
      ...tracking.deltaHeaders(model),
    ],
  ];
  for (const d of model.departments) rows.push(statsRow(d).concat(tracking.deltaCells(model, d.name)));
  rows.push(statsRow(model.totals).concat(tracking.deltaCells(model, null)));
  const rowStyles: (CellStyle | undefined)[] = [];
  rowStyles[rows.length - 1] = BOLD;
  return {
    name: REPORT_SHEETS.stats,
    rows,
    rowStyles,
    colWidths: [16, 9, 8, 12, 8, 8, 9, 7, 7, 9, 7, 9, ...tracking.deltaWidths(model)],
    headerRow: 1,
    landscape: true,
    borders: true,
  };
}

/** One row per listed item, with the days as the list counts them, in the light's fill. */
function listSheet(
  model: ReportModel,
  name: string,
  heading: string,
  entries: ItemEntry[],
  daysHeader: string,
  daysOf: (e: ItemEntry) => number,
  light: Light,
  days: DayCells,
): OutSheet {
  const rows: OutCell[][] = [
    title(heading),
    [
      '序号',
      '责任部门',
      '责任人',
      '责任领导',
      '问题描述',
      '完成时限',
      daysHeader,
      '整改状态',
      '整改进展',
      '来源文件',
      '来源工作表',
      '来源行',
    ],
  ];
  const rowStyles: (CellStyle | undefined)[] = [undefined, undefined];
  const style = lightRowStyles(model)[light];
  entries.forEach((e, i) => {
    rows.push([
      i + 1,
      fieldCell(e, 'department', days),
      fieldCell(e, 'owner', days),
      fieldCell(e, 'leader', days),
      fieldCell(e, 'problem', days),
      fieldCell(e, 'deadline', days),
      daysOf(e),
      fieldCell(e, 'status', days),
      fieldCell(e, 'progress', days),
      textCell(e.source.file),
      textCell(e.source.sheet),
      e.source.row,
    ]);
    rowStyles.push(style);
  });
  return {
    name,
    rows,
    rowStyles,
    colWidths: [6, 12, 10, 10, 40, 12, 9, 10, 28, 24, 14, 7],
    headerRow: 1,
    landscape: true,
    borders: true,
  };
}

function overdueSheet(model: ReportModel, days: DayCells): OutSheet {
  const heading = '逾期清单（' + asOfText(model) + '，共 ' + model.overdue.length + ' 项，按逾期天数从多到少排列）';
  return listSheet(model, REPORT_SHEETS.overdue, heading, model.overdue, '逾期天数', (e) => -(e.daysLeft as number), 'red', days);
}

function dueSoonSheet(model: ReportModel, days: DayCells): OutSheet {
  const heading =
    '临期清单（' + asOfText(model) + '，' + model.warnDays + ' 天内到期，共 ' + model.dueSoon.length + ' 项，按剩余天数从少到多排列）';
  return listSheet(model, REPORT_SHEETS.dueSoon, heading, model.dueSoon, '剩余天数', (e) => e.daysLeft as number, 'amber', days);
}

/** 数据问题: every problem while the sheet has rows for them, then one line saying how many more the JSON holds. */
function problemsSheet(model: ReportModel, options: ReportOptions): OutSheet {
  const rows: OutCell[][] = [
    title('数据问题（共 ' + model.counts.problems + ' 条需处理，另有提示 ' + model.counts.notes + ' 条）'),
    ['文件', '工作表', '行', '列', '代码', '严重程度', '问题说明'],
  ];
  const rowStyles: (CellStyle | undefined)[] = [undefined, undefined];
  const room = MAX_SHEET_ROWS - PROBLEMS_TOP_ROWS;
  const shown = model.problems.length <= room ? model.problems.length : room - 1;
  for (let i = 0; i < shown; i++) {
    const p = model.problems[i];
    rows.push([textCell(p.file), textCell(p.sheet || ''), p.row, p.column, p.code, SEVERITY_NAMES[p.severity], textCell(p.message)]);
    rowStyles.push(ROW_WRAP);
  }
  if (shown < model.problems.length) rows.push([msg.listCut(model.problems.length - shown, '条数据问题', options.json)]);
  return {
    name: REPORT_SHEETS.problems,
    rows,
    rowStyles,
    colWidths: [24, 14, 6, 5, 18, 9, 70],
    headerRow: 1,
    landscape: true,
    borders: true,
  };
}

/** The report's sheets. The caller keeps the items within SUMMARY_CAPACITY (the merge stops reading beyond it). */
export function reportSheets(model: ReportModel, options: ReportOptions = {}): OutSheet[] {
  const days: DayCells = {};
  const compared = [tracking.changesSheet(model, options), tracking.trendSheet(model)].filter((s): s is OutSheet => s !== null);
  return [
    summarySheet(model, days),
    statsSheet(model),
    ...compared,
    overdueSheet(model, days),
    dueSoonSheet(model, days),
    problemsSheet(model, options),
    tracking.reportInfoSheet(model),
  ];
}
