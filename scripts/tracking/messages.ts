// Every user-facing text of the comparison with earlier reports, and the names of what it
// writes, so the writer and the reader of a report use the same words.
import { formatDay, formatDayChinese } from '../../ledger/days';
import { Day } from '../../ledger/types';
import { megabytes } from '../messages';

/** 汇总 columns a compared report adds: each item's streaks. */
export const RUN_HEADERS = { overdue: '连续逾期期数', progress: '进展未更新期数' };

/** 统计 columns a compared report adds. */
export const DELTA_HEADERS = { closed: '较上期新销号', overdue: '较上期新逾期', rate: '完成率较上期（百分点）' };

/** 报告信息 labels (column A) and the report kind it names. */
export const INFO_LABELS = {
  kind: '报告类型',
  version: '工具版本',
  asOf: '截至日期',
  warnDays: '临期预警天数',
  previousFile: '上期报告',
  previousAsOf: '上期截至日期',
  note: '说明',
};
export const REPORT_KIND = '整改台账合并报告';
export const INFO_NOTE =
  '下次合并时可用 --previous 指定本报告（或存放历次报告的文件夹），以列出两次合并之间的变化；“汇总”表的列名请勿修改，可以排序、筛选、改颜色或增加列。';

const NO_COMPARISON = '本次不作比较，报告照常生成（不含“变化”表）。';

/** How an earlier report was read, for --debug (for a developer: English). */
export const READ_BY = {
  worker: 'read ahead on the worker thread',
  here: 'read on the main thread',
  sheetjs: 'read by SheetJS on the main thread',
  line: (file: string, how: string) => 'debug: earlier report ' + file + ' ' + how,
};

export const trackMsg = {
  notCompared: '（本次未与上期比较）',
  missing: (file: string) => '找不到上期报告“' + file + '”。' + NO_COMPARISON,
  unreadable: (file: string, why: string) => '上期报告“' + file + '”无法读取：' + why + NO_COMPARISON,
  tooLarge: (file: string, size: number, limit: number) =>
    '上期报告“' + file + '”有 ' + megabytes(size) + '，超过 ' + megabytes(limit) + ' 的上限，无法读取。' + NO_COMPARISON,
  wrongType: (file: string) => '上期报告“' + file + '”须为本工具生成的 .xlsx 报告或 --json 生成的 .json 报告。' + NO_COMPARISON,
  notReport: (file: string, why: string) => '“' + file + '”不是本工具生成的合并报告（' + why + '）。' + NO_COMPARISON,
  noSummary: '没有“汇总”表',
  summaryHidden: '“汇总”表被隐藏了，请先取消隐藏',
  noHeader: '“汇总”表中找不到含“问题描述”“责任部门”的表头行',
  noColumn: (header: string) => '“汇总”表缺少“' + header + '”列，无法对应事项',
  notJson: '不是有效的 JSON',
  notReportJson: '缺少 asOf 或 items',
  noAsOf: '“报告信息”表和标题中都没有截至日期',
  sameAsOf: (file: string, day: Day) =>
    '上期报告“' +
    file +
    '”的截至日期与本期相同（' +
    formatDay(day) +
    '），不作比较。' +
    '如需与更早的合并比较，请用 --previous 指定那份报告，或存放历次报告的文件夹。',
  newer: (file: string, day: Day, asOf: Day) =>
    '上期报告“' + file + '”的截至日期（' + formatDay(day) + '）晚于本期（' + formatDay(asOf) + '），不作比较。',
  folderEmpty: (dir: string, asOf: Day) =>
    '文件夹“' + dir + '”中没有截至日期早于本期（' + formatDay(asOf) + '）的合并报告。' + NO_COMPARISON,
  folderUnreadable: '为免与错误的上期比较，' + NO_COMPARISON,
  folderSkippedSame: (file: string, day: Day) => '“' + file + '”的截至日期与本期相同（' + formatDay(day) + '），未用于比较。',
  folderSkippedNewer: (file: string, day: Day) => '“' + file + '”的截至日期（' + formatDay(day) + '）晚于本期，未用于比较。',
  folderDuplicate: (used: string, other: string, day: Day) =>
    '“' + used + '”与“' + other + '”的截至日期相同（' + formatDay(day) + '），采用较新的“' + used + '”。',
  columnLost: (file: string, header: string, kinds: string[]) =>
    '上期报告“' + file + '”的“汇总”表没有“' + header + '”列，无法判断' + kinds.join('、') + '。',
  noRuns: (file: string) =>
    '上期报告“' + file + '”没有记录连续逾期、进展未更新的期数（由旧版本生成，或当时未与更早的报告比较），期数从上期起算。',
  summaryHeader: (asOf: Day, file: string) => '与上期（截至' + formatDayChinese(asOf) + '，' + file + '）相比：',
  kindLine: (name: string, n: number) => '  ' + name + ' ' + n + ' 项',
  trendLine: (n: number) => '  趋势：共 ' + n + ' 期，见“趋势”表',
};
