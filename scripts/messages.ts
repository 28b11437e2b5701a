// Every user-facing text of the merge command, in one place so wording stays consistent.
import { Severity } from '../ledger/types';
import { SkippedRow } from '../ledger/read';

export const USAGE = [
  '用法：npm run merge -- <文件或文件夹...> --out <报告.xlsx> [选项]',
  '',
  '把各部门的整改台账（.xlsx .xlsm .xls .ods .csv）合并为一份汇总报告。文件夹会逐层查找。',
  '',
  '选项：',
  '  --out <报告.xlsx>       汇总报告的保存位置（必填）',
  '  --as-of <YYYY-MM-DD>    按哪一天判定逾期和临期（默认今天）',
  '  --warn-days <天数>      完成时限前多少天内算临期（默认 7）',
  '  --json <报告.json>      另存一份机器可读的 JSON 报告',
  '  --config <配置.json>    补充表头同义词、问题类别、状态用语等',
  '  --previous <报告>       与上期报告比较（本工具生成的 .xlsx 或 .json 报告，或存放历次报告的文件夹），',
  '                          增加“变化”表（文件夹时另有“趋势”表）',
  '  --stale-after <次数>    整改进展连续几次合并未变即列为“进展未更新”（默认 2）',
  '  --overdue-after <次数>  连续几次合并逾期即列为“连续逾期”（默认 3）',
  '  --help                  显示本说明',
  '',
  '退出码：0 合并完成；1 已合并，但有文件无法读取或无法与上期比较（报告照常生成）；2 用法错误、没有可合并的内容或报告无法写入。',
].join('\n');

/** The report's sheets, in order. */
export const SHEET_NAMES = { summary: '汇总', stats: '统计', overdue: '逾期清单', problems: '数据问题' };

/** 汇总's columns after the canonical ones. */
export const SUMMARY_HEADERS = {
  light: '状态灯',
  daysLeft: '剩余天数',
  effectiveDeadline: '认定时限',
  file: '来源文件',
  sheet: '来源工作表',
  row: '来源行',
};

/** A workbook holding every report sheet is one of our own reports. */
export function isReportSheetSet(sheetNames: string[]): boolean {
  return Object.keys(SHEET_NAMES).every((k) => sheetNames.indexOf(SHEET_NAMES[k as keyof typeof SHEET_NAMES]) >= 0);
}

export const SEVERITY_NAMES: { [S in Severity]: string } = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

export const SKIP_REASONS: { [R in SkippedRow['reason']]: string } = {
  total: '合计行，不作为整改事项',
  section: '分类标题行，用作下方事项的问题类别，不作为整改事项',
  'repeated-header': '重复的表头行，不作为整改事项',
  numbering: '表头下的列序号行，不作为整改事项',
  footer: '表尾的填表人、审核人、附件或注释行，不作为整改事项',
  title: '下方另一张台账的标题行，不作为整改事项',
};

/** 状态灯 text when no light can be known (not done, deadline missing or unreadable). */
export const LIGHT_UNKNOWN = '未定';

export const LEGEND =
  '状态灯说明：红＝逾期；黄＝临期（{W}天内到期）；绿＝正常推进（含长期坚持）；蓝＝已完成待销号；灰＝已销号；' +
  '未定＝完成时限或整改状态有误、无法判定（见“数据问题”表）。';

export const ONGOING_DEADLINE = '长期';

export function legend(warnDays: number): string {
  return LEGEND.replace('{W}', String(warnDays));
}

export const msg = {
  hiddenSheet: '工作表已隐藏，未合并；如需合并，请先取消隐藏。',
  noLedgerInSheet: '未找到台账表头（如“问题描述”“整改措施”“责任人”“完成时限”），未作为台账读取。',
  noLedgerInFile: '文件中没有任何工作表含有台账表头（如“问题描述”“整改措施”“责任人”“完成时限”），整个文件未能合并。',
  ownReport: '这是本工具生成的合并报告（含“汇总”“统计”“逾期清单”“数据问题”表），已跳过，以免重复计数。',
  unreadable: (reason: string) => '文件无法读取：' + reason,
  emptyFile: '文件为空（0 字节）。',
  notSpreadsheet: '文件已损坏或不是电子表格。',
  usageError: (text: string) => '用法错误：' + text + '（运行 npm run merge -- --help 查看用法）',
  noInputs: '没有找到可合并的台账文件（支持 .xlsx .xlsm .xls .ods .csv）。',
  nothingMerged: '没有可合并的内容：所有文件都无法读取或不含台账。未生成报告。',
  outInInputFolder: (file: string) =>
    '--out 指定的报告文件“' + file + '”位于输入文件夹中，且不是本工具生成的合并报告；为保护原始台账，拒绝覆盖。请换一个报告文件名或位置。',
  outIsInput: (option: string, file: string) =>
    option + ' 指定的报告文件“' + file + '”也是输入文件之一；为保护原始台账，拒绝覆盖。请换一个报告文件名。',
  inputMissing: (file: string) => '找不到输入文件或文件夹：' + file,
  configRead: (file: string, why: string) => '无法读取配置文件“' + file + '”：' + why,
  configJson: (file: string, why: string) => '配置文件“' + file + '”不是有效的 JSON：' + why,
  configError: (file: string, text: string) => '配置文件“' + file + '”有误：' + text,
  writeLocked: (file: string) =>
    '无法写入报告“' + file + '”：文件被占用或没有写入权限。如果它正在 Excel 或 WPS 中打开，请先关闭后重试，或换一个文件名。',
  writeFailed: (file: string, why: string) => '无法写入报告“' + file + '”：' + why,
  textCut: (length: number, shown: number) =>
    '（原文共 ' + length + ' 字，超出 Excel 单元格上限，此处只列出前 ' + shown + ' 字；全文见原台账或 JSON 报告）',
  fileProblem: (file: string, text: string) => file + '：' + text,
  findingLine: (file: string, where: string, text: string) => file + ' ' + where + '：' + text,
  moreFindings: (n: number) => '……另有 ' + n + ' 条数据问题未列出，详见报告的“数据问题”表。',
  progress: (i: number, n: number, file: string) => '正在读取 ' + i + '/' + n + '：' + file,
  summary: (files: number, sheets: number, items: number, problems: number, notes: number, out: string) =>
    '已合并 ' + files + ' 个文件、' + sheets + ' 个工作表、' + items + ' 项整改事项；发现数据问题 ' + problems +
    ' 条' + (notes > 0 ? '（另有提示 ' + notes + ' 条）' : '') + '；报告已写入 ' + out,
  jsonWritten: (file: string) => 'JSON 报告已写入 ' + file,
};
