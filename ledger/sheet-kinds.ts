// What a sheet is by its name, before any of its cells are read: a fill-in
// guide that holds no ledger, or part of a merge report that must not be
// merged again.
import { LIGHT_MEANINGS } from './schema';
import { normalizeLabel } from './text';

/** A list of overdue (red) items only: the merge report's sheet and the add-in's. */
export const OVERDUE_LIST = LIGHT_MEANINGS.red + '清单';
/** A list of due-soon (amber) items, kept apart from the overdue ones. */
const DUE_SOON_LIST = LIGHT_MEANINGS.amber + '清单';

/**
 * The sheets of a merge report, in order. 变化 and 趋势 are there only when the merge was
 * compared with earlier reports (趋势 when with a folder of them); 报告信息 records what a later
 * comparison needs.
 */
export const REPORT_SHEETS = {
  summary: '汇总',
  stats: '统计',
  changes: '变化',
  trend: '趋势',
  overdue: OVERDUE_LIST,
  dueSoon: DUE_SOON_LIST,
  problems: '数据问题',
  info: '报告信息',
};

/** The sheets every report has had since the first version: their names together mark a report. */
export const REPORT_SIGNATURE = [REPORT_SHEETS.summary, REPORT_SHEETS.stats, REPORT_SHEETS.overdue, REPORT_SHEETS.problems];

/** A workbook holding every signature sheet is a merge report. */
export function isReportSheetSet(sheetNames: string[]): boolean {
  for (let i = 0; i < REPORT_SIGNATURE.length; i++) if (sheetNames.indexOf(REPORT_SIGNATURE[i]) < 0) return false;
  return true;
}

/** Sheets that explain how to fill the ledger: no header is expected there. */
const INSTRUCTION_SHEET = /说明|须知|要求|指南|目录|封面|填表|填报|示例|范例|样表|模板/;

export function isInstructionSheet(name: string): boolean {
  return INSTRUCTION_SHEET.test(normalizeLabel(name));
}
