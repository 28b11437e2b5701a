// What the comparison adds to the report workbook: the 变化 and 趋势 sheets, the 报告信息 sheet
// every report carries, and the extra columns of 汇总 (streaks) and 统计 (较上期).
import { Change, CHANGE_KINDS, CHANGE_NAMES, ChangeKind } from '../../ledger/changes';
import { formatDay, formatDayChinese } from '../../ledger/days';
import { departmentLabel } from '../../ledger/by-department';
import { ItemSource } from '../../ledger/tracked';
import { departmentKey, DepartmentDelta, TrendSeries } from '../../ledger/trend';
import { REPORT_SHEETS } from '../../ledger/sheet-kinds';
import { Light } from '../../ledger/types';
import { msg } from '../messages';
import { ReportModel } from '../report-model';
import { cutText } from '../text-cut';
import { CellStyle, LineChart, MAX_SHEET_ROWS, OutCell, OutSheet } from '../xlsx-writer';
import { DELTA_HEADERS, INFO_LABELS, INFO_NOTE, REPORT_KIND, RUN_HEADERS, trackMsg } from './messages';
import { productVersion } from '../product';

const TITLE: CellStyle = { bold: true, fontSize: 14 };
const BOLD: CellStyle = { bold: true };
const PERCENT: CellStyle = { numFmt: '0.0%' };
const POINTS: CellStyle = { numFmt: '+0.0;-0.0;0.0' };
const ROW_WRAP: CellStyle = { wrap: true, vAlign: 'top' };

/** The light whose colour marks each kind's rows: red for what needs action, none for the neutral. */
const KIND_COLORS: { [K in ChangeKind]?: Light } = {
  vanished: 'red',
  regressed: 'red',
  newlyOverdue: 'red',
  stillOverdue: 'red',
  deadline: 'amber',
  progressStale: 'amber',
  completed: 'blue',
  closed: 'grey',
};

/** Chart series beyond this many (合计 and the first departments) would crowd the legend. */
const MAX_CHART_SERIES = 12;
const TOTALS_COLOR = '#404040';
/** Rows each chart covers: the two fit one printed page above the tables. */
const CHART_ROWS = 16;

// ---- 汇总: each item's streaks --------------------------------------------------------------

export function runHeaders(model: ReportModel): string[] {
  return model.tracking ? [RUN_HEADERS.overdue, RUN_HEADERS.progress] : [];
}

/**
 * Puts item `index`'s streak cells into its 汇总 `row` from column `col`, after a comparison. Only
 * streaks of two merges or more are shown: a one is the plain state of this merge.
 */
export function putRunCells(model: ReportModel, index: number, row: OutCell[], col: number): void {
  if (!model.tracking) return;
  const c = model.tracking.comparison;
  const overdue = c.overdueRuns[index];
  const progress = c.progressRuns[index];
  row[col] = overdue >= 2 ? overdue : null;
  row[col + 1] = progress >= 2 ? progress : null;
}

export function runWidths(model: ReportModel): number[] {
  return model.tracking ? [7, 7] : [];
}

// ---- 统计: 较上期 ------------------------------------------------------------------------------

export function deltaHeaders(model: ReportModel): string[] {
  return model.tracking ? [DELTA_HEADERS.closed, DELTA_HEADERS.overdue, DELTA_HEADERS.rate] : [];
}

function deltaRow(d: DepartmentDelta | undefined): OutCell[] {
  if (!d) return [null, null, null];
  return [d.newlyClosed, d.newlyOverdue, d.completionRateChange === null ? null : { v: d.completionRateChange, s: POINTS }];
}

/** 较上期 cells for the 统计 row of department `name`, or of the totals when `name` is null. */
export function deltaCells(model: ReportModel, name: string | null): OutCell[] {
  if (!model.tracking) return [];
  const deltas = model.tracking.deltas;
  if (name === null) return deltaRow(deltas.totals);
  const key = departmentKey(name);
  return deltaRow(deltas.departments.filter((d) => departmentKey(d.name) === key)[0]);
}

export function deltaWidths(model: ReportModel): number[] {
  return model.tracking ? [9, 9, 11] : [];
}

// ---- 变化 ---------------------------------------------------------------------------------------

const UNCHANGED = '（未变）';
const CHANGE_HEADER = [
  '变化类型',
  '责任部门',
  '序号',
  '问题描述',
  '责任人',
  '上期',
  '本期',
  '说明',
  '来源文件',
  '来源工作表',
  '来源行',
  '上期来源文件',
  '上期来源工作表',
  '上期来源行',
];
const CHANGE_WIDTHS = [9, 10, 5, 28, 7, 20, 20, 14, 16, 9, 5, 16, 9, 5];

/** Ledger text as a cell, cut (with a note) when longer than a cell holds. */
function textCell(text: string): OutCell {
  return text === '' ? null : cutText(text);
}

function sameSource(a: ItemSource, b: ItemSource): boolean {
  return a.file === b.file && a.sheet === b.sheet && a.row === b.row;
}

/**
 * One change's row. An item still where it was has its source once; 进展未更新 has its progress
 * once (本期 reads 未变): the sheet repeats nothing, and stays small when many items stood still.
 */
function changeRow(c: Change, kindName: OutCell): OutCell[] {
  const s = c.source;
  const p = c.previousSource && !(s && sameSource(s, c.previousSource)) ? c.previousSource : null;
  return [
    kindName,
    textCell(departmentLabel(c.department)),
    textCell(c.id),
    textCell(c.problem),
    textCell(c.owner),
    textCell(c.before),
    c.kind === 'progressStale' ? UNCHANGED : textCell(c.after),
    textCell(c.note),
    s ? textCell(s.file) : null,
    s ? textCell(s.sheet) : null,
    s ? s.row : null,
    p ? textCell(p.file) : null,
    p ? textCell(p.sheet) : null,
    p ? p.row : null,
  ];
}

export function changesSheet(model: ReportModel, options: { json?: string }): OutSheet | null {
  const t = model.tracking;
  if (!t) return null;
  const counts =
    CHANGE_KINDS.map((k) => CHANGE_NAMES[k] + ' ' + t.comparison.counts[k] + ' 项').join('；') + '。上期来源与本期相同的从略。';
  const rows: OutCell[][] = [
    [
      {
        v:
          '与上期相比的变化（本期截至' +
          formatDayChinese(model.asOf) +
          '，上期截至' +
          formatDayChinese(t.previous.asOf) +
          '，上期报告：' +
          t.previous.file +
          '）',
        s: TITLE,
      },
    ],
    [counts],
  ];
  for (const n of t.notices) rows.push([n]);
  const headerRow = rows.length;
  rows.push(CHANGE_HEADER);
  const rowStyles: (CellStyle | undefined)[] = [];
  const fills: { [L in Light]?: CellStyle } = {};
  const styleOf = (kind: ChangeKind): CellStyle => {
    const light = KIND_COLORS[kind];
    if (!light) return ROW_WRAP;
    return fills[light] || (fills[light] = { fill: model.colors[light], wrap: true, vAlign: 'top' });
  };
  // The changes come grouped by kind, in CHANGE_KINDS order: a heading row starts each group.
  const changes = t.comparison.changes;
  const room = MAX_SHEET_ROWS - 1;
  let listed = 0;
  for (; listed < changes.length && rows.length < room; listed++) {
    const kind = changes[listed].kind;
    if (listed === 0 || changes[listed - 1].kind !== kind) {
      rowStyles[rows.length] = BOLD;
      rows.push([CHANGE_NAMES[kind] + '（' + t.comparison.counts[kind] + ' 项）']);
      if (rows.length >= room) break;
    }
    rowStyles[rows.length] = styleOf(kind);
    rows.push(changeRow(changes[listed], CHANGE_NAMES[kind]));
  }
  if (listed < changes.length) rows.push([msg.listCut(changes.length - listed, '项变化', options.json)]);
  if (changes.length === 0) rows.push(['（两次合并之间没有变化）']);
  return { name: REPORT_SHEETS.changes, rows, rowStyles, colWidths: CHANGE_WIDTHS, headerRow, landscape: true, borders: true };
}

// ---- 趋势 ---------------------------------------------------------------------------------------

function trendTable(
  rows: OutCell[][],
  title: string,
  dates: string[],
  series: TrendSeries[],
  pick: (s: TrendSeries) => (number | null)[],
  style?: CellStyle,
): number {
  rows.push([{ v: title, s: BOLD }]);
  const headerRow = rows.length;
  rows.push(['责任部门', ...dates]);
  for (const s of series) rows.push([s.name, ...pick(s).map((v): OutCell => (v === null ? null : style ? { v, s: style } : v))]);
  return headerRow;
}

function trendChart(
  title: string,
  headerRow: number,
  count: number,
  dates: number,
  anchorRow: number,
  valueFormat: string,
  percent: boolean,
): LineChart {
  const series: LineChart['series'] = [];
  for (let i = 0; i < Math.min(count, MAX_CHART_SERIES); i++) {
    const r = headerRow + 1 + i;
    series.push({ name: { row: r, col: 0 }, values: { firstRow: r, firstCol: 1, lastRow: r, lastCol: dates } });
  }
  // 合计 (the first row) in dark grey, apart from the departments' colours.
  series[0].color = TOTALS_COLOR;
  return {
    title,
    categories: { firstRow: headerRow, firstCol: 1, lastRow: headerRow, lastCol: dates },
    series,
    valueFormat,
    valueMin: 0,
    valueMax: percent ? 1 : undefined,
    anchor: { fromRow: anchorRow, fromCol: 0, toRow: anchorRow + CHART_ROWS, toCol: 9 },
  };
}

export function trendSheet(model: ReportModel): OutSheet | null {
  const trend = model.tracking && model.tracking.trend;
  if (!trend) return null;
  const dates = trend.asOf.map(formatDay);
  const series = [trend.totals, ...trend.departments];
  const rows: OutCell[][] = [
    [{ v: '整改进展趋势（共 ' + dates.length + ' 期，最近一期截至' + formatDayChinese(model.asOf) + '）', s: TITLE }],
    [
      '完成率＝（已完成＋已销号）÷问题总数；逾期数＝当期逾期（红灯）事项数；空白表示该部门当期没有事项。' +
        (series.length > MAX_CHART_SERIES ? '图中列出合计及前 ' + (MAX_CHART_SERIES - 1) + ' 个部门。' : ''),
    ],
  ];
  // The charts first, where a reader of the printed page looks; the tables they draw follow.
  const chartRow = rows.length;
  while (rows.length < chartRow + 2 * CHART_ROWS + 2) rows.push([]);
  const rateHeader = trendTable(rows, '完成率', dates, series, (s) => s.completionRate, PERCENT);
  rows.push([]);
  const overdueHeader = trendTable(rows, '逾期数', dates, series, (s) => s.overdue);
  return {
    name: REPORT_SHEETS.trend,
    rows,
    colWidths: [16, ...dates.map(() => 11)],
    landscape: true,
    charts: [
      trendChart('完成率趋势', rateHeader, series.length, dates.length, chartRow, '0%', true),
      trendChart('逾期数趋势', overdueHeader, series.length, dates.length, chartRow + CHART_ROWS + 1, '0', false),
    ],
  };
}

// ---- 报告信息 -----------------------------------------------------------------------------------

/** What a later merge needs to compare with this report, and what it was compared with. */
export function reportInfoSheet(model: ReportModel): OutSheet {
  const t = model.tracking;
  const rows: OutCell[][] = [
    [{ v: '报告信息', s: TITLE }],
    ['项目', '内容'],
    [INFO_LABELS.kind, REPORT_KIND],
    [INFO_LABELS.version, productVersion() || null],
    [INFO_LABELS.asOf, formatDay(model.asOf)],
    [INFO_LABELS.warnDays, model.warnDays],
    [INFO_LABELS.previousFile, t ? t.previous.file : trackMsg.notCompared],
    [INFO_LABELS.previousAsOf, t ? formatDay(t.previous.asOf) : null],
    [INFO_LABELS.note, INFO_NOTE],
  ];
  const rowStyles: (CellStyle | undefined)[] = [undefined, BOLD];
  rowStyles[rows.length - 1] = ROW_WRAP;
  return { name: REPORT_SHEETS.info, rows, rowStyles, colWidths: [14, 70] };
}
