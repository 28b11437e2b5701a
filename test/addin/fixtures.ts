// Shared fixtures for the add-in's adapter tests: a realistic ledger sheet (title rows above the
// header), the in-memory host around it, and the add-in's view of that host.
import { detectCapabilities, Capabilities } from '../../addin/capabilities';
import { officeHost } from '../../addin/excel/office-host';
import { CellContent, LedgerHost, SheetTable } from '../../addin/host';
import { officeSettings, SettingsStore } from '../../addin/settings';
import { dayFromYMD, serialFromDay } from '../../ledger/days';
import { Day } from '../../ledger/types';
import { createExcelHost, ExcelHost, HostOptions } from '../excel-host';

export const SHEET = '办公室台账';
export const HEADER = [
  '序号',
  '问题类别',
  '问题描述',
  '整改措施',
  '责任部门',
  '责任人',
  '责任领导',
  '完成时限',
  '整改进展',
  '整改状态',
  '销号日期',
  '备注',
];
/** Row 1 title, row 2 填报单位, row 3 header, items from row 4. */
export const HEADER_ROW = 3;
export const FIRST_ITEM_ROW = 4;
export const AS_OF: Day = dayFromYMD(2023, 7, 15);

const DEPARTMENTS = ['办公室', '研究室', '代表工作室'];
const OWNERS = ['张三', '李四', '王五', '赵六'];
const STATUSES = ['未启动', '整改中', '已完成', '已销号', '整改中'];

export type Row = (string | number | null)[];

/** Item i: deadlines spread from 40 days before to 40 days after AS_OF, statuses cycling. */
function itemRow(i: number): Row {
  const deadline = AS_OF - 40 + ((i * 7) % 81);
  const status = STATUSES[i % STATUSES.length];
  return [
    i + 1,
    '制度落实',
    '问题' + (i + 1) + '：会议纪要归档不及时',
    '建立台账，每周清理',
    DEPARTMENTS[i % DEPARTMENTS.length],
    OWNERS[i % OWNERS.length],
    '刘局长',
    serialFromDay(deadline),
    '',
    status,
    status === '已销号' ? serialFromDay(deadline - 1) : '',
    '',
  ];
}

export function ledgerRows(items: number): Row[] {
  const rows: Row[] = [["办公室'机关建设年'问题整改台账"], ['填报单位：办公室          填报日期：2023年7月1日'], HEADER.slice()];
  for (let i = 0; i < items; i++) rows.push(itemRow(i));
  return rows;
}

export function makeHost(items: number, extra?: Partial<HostOptions>): ExcelHost {
  return createExcelHost({ sheets: [{ name: SHEET, values: ledgerRows(items), merges: ['A1:L1'] }], active: SHEET, ...extra });
}

export function capsOf(host: ExcelHost): Capabilities {
  return detectCapabilities((name, v) => host.Office.context.requirements.isSetSupported(name, v));
}

export function storeOf(host: ExcelHost): SettingsStore {
  return officeSettings(host.Office.context.document.settings);
}

/** The pane's host interface over the in-memory Excel, as taskpane.ts builds it over Office. */
export function officeHostOf(host: ExcelHost): LedgerHost {
  return officeHost({ run: (batch) => host.Excel.run(batch), caps: capsOf(host), settings: storeOf(host) });
}

/** Runs one batch the way the pane does (Excel.run), with the host's request context. */
export function run<T>(host: ExcelHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return host.Excel.run(batch);
}

/** A table of plain data rows under a header, no title, no fills or links: what the sheet writer's basics need. */
export function plainTable(header: string[], rows: CellContent[][], formats?: string[]): SheetTable {
  return {
    title: [],
    header: header,
    rows: rows.map((cells) => ({ cells: cells, kind: 'data' as const, fill: '', link: null })),
    formats: formats || header.map(() => 'General'),
    widths: header.map(() => 0),
  };
}
