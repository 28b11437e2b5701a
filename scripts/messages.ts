// Every user-facing text of the merge command, in one place so wording stays consistent.
import { Light, Severity } from '../ledger/types';
import { LIGHT_MEANINGS, LIGHT_NAMES, LIGHTS } from '../ledger/schema';
import { SkippedRow } from '../ledger/read';
import { REPORT_SHEETS, REPORT_SIGNATURE } from '../ledger/sheet-kinds';
import { INPUT_EXTENSIONS } from './input-policy';

const EXTENSIONS = INPUT_EXTENSIONS.join(' ');

export const USAGE = [
  '用法：npm run merge -- <文件或文件夹...> --out <报告.xlsx> [选项]',
  '',
  '把各部门的整改台账（' + EXTENSIONS + '）合并为一份汇总报告。文件夹会逐层查找。',
  '',
  '选项：',
  '  --out <报告.xlsx>       汇总报告的保存位置（必填）',
  '  --as-of <YYYY-MM-DD>    按哪一天判定逾期和临期（默认今天）',
  '  --warn-days <天数>      完成时限前多少天内算临期（默认 7）',
  '  --json <报告.json>      另存一份机器可读的 JSON 报告',
  '  --config <配置.json>    补充表头同义词、问题类别、状态用语等',
  '  --notice <通报.docx>    另写一份督查通报（Word 文档，公文格式）',
  '  --notices-dir <文件夹>  为每个有逾期或临期事项的部门写一份督办通知单（Word 文档）',
  '  --previous <报告>       与上期报告比较（本工具生成的 .xlsx 或 .json 报告，或存放历次报告的文件夹），',
  '                          增加“变化”表（文件夹时另有“趋势”表）',
  '  --stale-after <次数>    整改进展连续几次合并未变即列为“进展未更新”（默认 2）',
  '  --overdue-after <次数>  连续几次合并逾期即列为“连续逾期”（默认 3）',
  '  --debug                 出错时显示程序的详细出错位置，比较时显示上期报告的读取方式（供维护人员排查）',
  '  --help                  显示本说明',
  '',
  '文件名以 - 开头时，请写成 ./-文件名 或放在 -- 之后。',
  '',
  '退出码：0 合并完成；1 已合并，但有文件无法读取或无法与上期比较（报告照常生成）；2 用法错误、没有可合并的内容、报告无法写入或意外错误。',
].join('\n');

/** The executable's first argument that makes it the template command instead of the merge. */
export const EXE_TEMPLATE_WORDS = ['template', '模板'];

/** The single-file executable's usage: how a clerk runs it, then the same options (--out optional there). */
export function exeUsage(command: string): string {
  const options = USAGE.slice(USAGE.indexOf('\n') + 1).replace('（必填）', '');
  const template = command + ' ' + EXE_TEMPLATE_WORDS[0];
  return [
    '用法：' + command + ' [文件或文件夹...] [选项]',
    '      ' +
      template +
      ' [选项]（生成下发各部门的台账模板，' +
      EXE_TEMPLATE_WORDS[0] +
      ' 也可写作“' +
      EXE_TEMPLATE_WORDS[1] +
      '”；运行 ' +
      template +
      ' --help 查看用法）',
    '',
    '把文件夹或文件拖到本程序上即可合并；双击本程序则合并它所在的文件夹。',
    '不指定 --out 时，报告“汇总报告（日期）.xlsx”写在第一个文件或文件夹旁边（双击时写在本程序所在的文件夹）。',
    options,
  ].join('\n');
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

/** 汇总's columns after the canonical ones: the report writes them and a later comparison reads them back by name. */
export const SUMMARY_HEADERS = {
  light: '状态灯',
  daysLeft: '剩余天数',
  extendedDays: '延期天数',
  effectiveDeadline: '认定时限',
  file: '来源文件',
  sheet: '来源工作表',
  row: '来源行',
};

/** 状态灯 text when no light can be known (not done, deadline missing or unreadable). */
export const LIGHT_UNKNOWN = '未定';

export const ONGOING_DEADLINE = '长期';

/** The 状态灯 legend: each light's name and meaning from the schema, with what the report adds. */
export function legend(warnDays: number): string {
  const notes: { [L in Light]: string } = { red: '', amber: '（' + warnDays + '天内到期）', green: '（含长期坚持）', blue: '', grey: '' };
  const parts = LIGHTS.map((l) => LIGHT_NAMES[l] + '＝' + LIGHT_MEANINGS[l] + notes[l]);
  return (
    '状态灯说明：' +
    parts.join('；') +
    '；' +
    LIGHT_UNKNOWN +
    '＝完成时限或整改状态有误、无法判定（见“' +
    REPORT_SHEETS.problems +
    '”表）。'
  );
}

/** The thousands grouped, as limits are printed: 200,000. */
function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function megabytes(bytes: number): string {
  return count(bytes / (1024 * 1024)) + ' MB';
}

/** A file-system error code in words. */
export function errnoText(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return '文件不存在。';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限。';
    case 'EISDIR':
      return '这是一个文件夹，不是文件。';
    case 'ENOTDIR':
      return '路径中的某一级不是文件夹。';
    case 'ENAMETOOLONG':
      return '文件名或路径太长。';
    case 'ELOOP':
      return '链接互相指向，形成了循环。';
    case 'EBUSY':
      return '文件正被其他程序占用。';
    case 'EIO':
      return '读写出错（磁盘或网络盘故障）。';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件太多。';
    default:
      return '系统错误' + (code ? '（' + code + '）' : '') + '。';
  }
}

/**
 * A line for the terminal: line breaks and other control characters (which a
 * file name may hold) are shown as escapes, so one message stays one line.
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4);
  });
}

export const msg = {
  hiddenSheet: '工作表已隐藏，未合并；如需合并，请先取消隐藏。',
  noLedgerInSheet: '未找到台账表头（如“问题描述”“整改措施”“责任人”“完成时限”），未作为台账读取。',
  noLedgerInFile: '文件中没有任何工作表含有台账表头（如“问题描述”“整改措施”“责任人”“完成时限”），整个文件未能合并。',
  ownReport: '这是本工具生成的合并报告（含“' + REPORT_SIGNATURE.join('”“') + '”表），已跳过，以免重复计数。',
  noLedgerEncoding: (encoding: string) =>
    '文件中没有找到台账表头（如“问题描述”“整改措施”“责任人”“完成时限”），整个文件未能合并。文件按 ' +
    encoding +
    ' 编码读取，编码可能不对：请用 Excel 或 WPS 打开后另存为 .xlsx 再合并。',
  unreadable: (reason: string) => '文件无法读取：' + reason,
  unexpected: '读取时发生意外错误。',
  emptyFile: '文件为空（0 字节）。',
  notSpreadsheet: '文件已损坏或不是电子表格。',
  zipDamaged: '文件已损坏：其中的压缩数据校验不符（CRC 错误），可能在传输或拷贝时出错。请向报送部门重新索取。',
  fileTooLarge: (size: number, limit: number) =>
    '文件有 ' + megabytes(size) + '，超过单个文件 ' + megabytes(limit) + ' 的上限，未读取。请拆分后再合并。',
  unzippedTooLarge: (size: number, limit: number) =>
    '文件解压后有 ' + megabytes(size) + '，超过单个文件解压后 ' + megabytes(limit) + ' 的上限，未读取（可能是恶意构造的“压缩炸弹”）。',
  tooManyParts: (n: number, limit: number) => '文件内部含 ' + count(n) + ' 个部件，超过 ' + count(limit) + ' 个的上限，未读取。',
  tooManyCells: (n: number, limit: number) =>
    '文件约有 ' + count(n) + ' 个单元格，超过单个文件 ' + count(limit) + ' 个单元格的上限，未读取。请拆分后再合并。',
  tooManyRows: (limit: number) => '文件的行数超过单个文件 ' + count(limit) + ' 行的上限，未读取。请拆分后再合并。',
  sheetSpanTooLarge: (n: number, limit: number) =>
    '文件的表格区域合计约 ' +
    count(n) +
    ' 个单元格，超过 ' +
    count(limit) +
    ' 个的上限，未读取。常见原因是很远的行或列（如第 XFD 列）里有零星内容：请删除多余的行列后再合并。',
  usageError: (text: string) => '用法错误：' + text + '（加 --help 查看用法）',
  unknownOption: (name: string) =>
    '未知选项 ' + name + (/\.\w+$/.test(name) ? '；如果这是文件名，请写成 ./' + name + ' 或放在 -- 之后' : ''),
  noInputs: '没有找到可合并的台账文件（支持 ' + EXTENSIONS + '）。',
  folderUnreadable: (why: string) => '文件夹无法读取，其中的文件未合并：' + why,
  danglingLink: '这是一个链接，但它指向的文件不存在，已跳过。',
  hiddenFile: '隐藏文件，不作为台账读取，已跳过。',
  hiddenFolder: '隐藏文件夹，其中的文件不作为台账读取，已跳过。',
  lockFile: 'Office 打开文件时生成的临时锁定文件（~$ 开头），已跳过；对应的台账若仍在编辑，合并的是它最后保存的内容。',
  notAFile: '不是普通文件，已跳过。',
  notLedgerType: '不是台账文件类型（支持 ' + EXTENSIONS + '），已跳过。',
  unsupportedType: (file: string) => '不支持的文件类型（应为 ' + EXTENSIONS + '）：' + file,
  skippedSummary: (n: number) => '另有 ' + n + ' 个文件或文件夹不是台账，已跳过，详见报告的“数据问题”表。',
  tooManyItems: (limit: number) =>
    '整改事项超过 ' +
    count(limit) +
    ' 项，超出 Excel 一个工作表的行数上限，“汇总”表无法容纳。未生成报告。请分批合并（例如按部门分文件夹）。',
  /** A list cut at a sheet's last row: how many entries (`unit`, e.g. 条数据问题) are left out, and where they all are. */
  listCut: (n: number, unit: string, json: string | undefined) =>
    '……另有 ' +
    count(n) +
    ' ' +
    unit +
    '未列出（超出 Excel 一个工作表的行数上限）；完整清单' +
    (json ? '见 JSON 报告“' + json + '”。' : '请用 --json 另存 JSON 报告查看。'),
  internalError: '合并时发生意外错误，未生成报告。请加 --debug 重新运行，并把显示的内容发给维护人员。',
  outOfMemory: '内存不足，合并中止，未生成报告。请分批合并较少的文件，或关闭其他程序后重试。',
  nothingMerged: '没有可合并的内容：所有文件都无法读取或不含台账。未生成报告。',
  outInInputFolder: (file: string) =>
    '--out 指定的报告文件“' + file + '”位于输入文件夹中，且不是本工具生成的合并报告；为保护原始台账，拒绝覆盖。请换一个报告文件名或位置。',
  outLinksToInput: (option: string, file: string) =>
    option + ' 指定的报告文件“' + file + '”是一个链接，指向要合并的原始台账；为保护原始台账，拒绝覆盖。请换一个报告文件名。',
  outIsInput: (option: string, file: string) =>
    option + ' 指定的报告文件“' + file + '”也是输入文件之一；为保护原始台账，拒绝覆盖。请换一个报告文件名。',
  inputMissing: (file: string) => '找不到输入文件或文件夹：' + file,
  configRead: (file: string, why: string) => '无法读取配置文件“' + file + '”：' + why,
  configJson: (file: string, why: string) => '配置文件“' + file + '”不是有效的 JSON：' + why,
  jsonSyntaxAt: (line: number, column: number) =>
    '第 ' + line + ' 行第 ' + column + ' 列附近有格式错误（键名和文字须用英文双引号，项与项之间用英文逗号，最后一项后不加逗号）。',
  jsonIncomplete: '内容不完整，可能缺少右括号或引号。',
  configError: (file: string, text: string) => '配置文件“' + file + '”有误：' + text,
  writeLocked: (file: string) =>
    '无法写入报告“' + file + '”：文件被占用或没有写入权限。如果它正在 Excel 或 WPS 中打开，请先关闭后重试，或换一个文件名。',
  writeFailed: (file: string, why: string) => '无法写入报告“' + file + '”：' + why,
  writeNotRestored: (files: string[]) => '另外，“' + files.join('”“') + '”已被本次内容替换，未能还原为原来的文件，请核对。',
  textCut: (length: number, shown: number) =>
    '（原文共 ' + length + ' 字，超出 Excel 单元格上限，此处只列出前 ' + shown + ' 字；全文见原台账或 JSON 报告）',
  fileProblem: (file: string, text: string) => file + '：' + text,
  findingLine: (file: string, where: string, text: string) => file + ' ' + where + '：' + text,
  moreFindings: (n: number) => '……另有 ' + n + ' 条数据问题未列出，详见报告的“数据问题”表。',
  progress: (i: number, n: number, file: string) => '正在读取 ' + i + '/' + n + '：' + file,
  summary: (files: number, sheets: number, items: number, problems: number, notes: number, out: string) =>
    '已合并 ' +
    files +
    ' 个文件、' +
    sheets +
    ' 个工作表、' +
    items +
    ' 项整改事项；发现数据问题 ' +
    problems +
    ' 条' +
    (notes > 0 ? '（另有提示 ' + notes + ' 条）' : '') +
    '；报告已写入 ' +
    out,
  jsonWritten: (file: string) => 'JSON 报告已写入 ' + file,
  pressEnter: '按回车键关闭窗口……',
};
