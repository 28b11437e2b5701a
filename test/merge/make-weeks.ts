// Three weeks of example ledgers for 跟踪问效: the first week as make-examples.ts defines it,
// and the next two derived from it by the edits departments really make — renumbered rows, a
// deleted item, a deadline moved later, items closed, one falling overdue, a rewritten problem,
// progress left unchanged, a new item, a step back, a renamed file — together with the changes
// each week must show, each exactly once. Writes examples/第1周 … 第3周 (or into the folder given):
//   npx tsc -p . && node build/test/merge/make-weeks.js [folder]
import * as path from 'path';
import { ChangeKind } from '../../ledger/changes';
import { d, FixtureCell, FixtureSheet, repoRoot } from './fixtures';
import { ExampleLedger, firstWeekLedgers, writeLedgers } from './make-examples';

export interface ExpectedChange {
  kind: ChangeKind;
  department: string;
  problem: string;
  /** 连续逾期 (from 3 by default), 进展未更新 (from 2): merges in a row. */
  merges?: number;
  /** 时限变更: days added. */
  days?: number;
}

export interface ExampleWeek {
  /** Folder name under examples/. */
  folder: string;
  asOf: string;
  ledgers: ExampleLedger[];
  /** What comparing with the week before must show; [] for the first week. */
  expected: ExpectedChange[];
}

function ledger(ledgers: ExampleLedger[], file: string): ExampleLedger {
  const l = ledgers.filter((x) => x.file === file)[0];
  if (!l) throw new Error('no example ledger ' + file);
  return l;
}

/** The sheet holding `problem`. */
function sheetWith(l: ExampleLedger, problem: string): FixtureSheet {
  const s = l.sheets.filter((x) => x.rows.some((r) => r.indexOf(problem) >= 0))[0];
  if (!s) throw new Error(l.file + ': no row with ' + problem);
  return s;
}

function rowIndex(sheet: FixtureSheet, problem: string): number {
  const i = sheet.rows.findIndex((r) => r.indexOf(problem) >= 0);
  if (i < 0) throw new Error(sheet.name + ': no row with ' + problem);
  return i;
}

/** The column whose header (in the first rows, for two-row headers) reads `header`. */
function column(sheet: FixtureSheet, header: string): number {
  for (let r = 0; r < Math.min(4, sheet.rows.length); r++) {
    const c = sheet.rows[r].indexOf(header);
    if (c >= 0) return c;
  }
  throw new Error(sheet.name + ': no column ' + header);
}

/** Sets cells of the item `problem`, by header. */
function edit(l: ExampleLedger, problem: string, cells: { [header: string]: FixtureCell }): void {
  const sheet = sheetWith(l, problem);
  const row = sheet.rows[rowIndex(sheet, problem)];
  for (const header of Object.keys(cells)) {
    const c = column(sheet, header);
    while (row.length <= c) row.push(null);
    row[c] = cells[header];
  }
}

function remove(l: ExampleLedger, problem: string): void {
  const sheet = sheetWith(l, problem);
  sheet.rows.splice(rowIndex(sheet, problem), 1);
}

/** Inserts `row` below the item `after`. */
function insertAfter(l: ExampleLedger, after: string, row: FixtureCell[]): void {
  const sheet = sheetWith(l, after);
  sheet.rows.splice(rowIndex(sheet, after) + 1, 0, row);
}

/** Numbers the items 1, 2, … again in the 序号 column, keeping numbers numbers and text text. */
function renumber(l: ExampleLedger, sheetName: string, header: string): void {
  const sheet = l.sheets.filter((s) => s.name === sheetName)[0];
  const c = column(sheet, header);
  let n = 0;
  for (const row of sheet.rows) {
    const v = row[c];
    if (typeof v === 'number') row[c] = ++n;
    else if (typeof v === 'string' && /^\d+$/.test(v)) row[c] = String(++n);
  }
}

/** Adds a column at the end of a CSV ledger: its header and a value per item row. */
function addColumn(l: ExampleLedger, header: string, values: { [problem: string]: string }): void {
  const rows = l.sheets[0].rows;
  rows[0].push(header);
  for (const problem of Object.keys(values)) rows[rowIndex(l.sheets[0], problem)].push(values[problem]);
  for (const row of rows) while (row.length < rows[0].length) row.push(null);
}

function setTitleDate(l: ExampleLedger, from: string, to: string): void {
  for (const s of l.sheets) for (const row of s.rows) row.forEach((v, i) => (row[i] = v === from ? to : v));
}

const OFFICE = '办公室整改台账.xlsx';
const RESEARCH = '研究室整改台账.xlsx';
const DEPUTIES = '代表工作室整改台账.xls';
const PARTY = '机关党委.csv';
const LEGAL = '法工委整改台账.xlsx';

/** Week 2 from week 1 (edits in place); returns what the comparison must find. */
function secondWeek(w: ExampleLedger[]): ExpectedChange[] {
  const office = ledger(w, OFFICE);
  setTitleDate(office, '填报日期：2026年11月20日', '填报日期：2026年11月27日');
  edit(office, '重大事项请示报告流程不清晰', { 整改进展: '办法已征求意见，待主任会议审议' });
  // Its deadline (2026-11-30) passes this week, still in progress.
  edit(office, '机关信息化建设缺乏整体规划', { 整改进展: '规划已提交主任会议，待审议' });
  edit(office, '公文处理环节多、流转慢', { 整改进展: '已完成系统选型，进入采购' });
  edit(office, '部分干部工作标准不高、满足于过得去', { 整改进展: '今年已组织培训4次' });

  const research = ledger(w, RESEARCH);
  // An overdue item deleted, the rest renumbered.
  remove(research, '调研课题选题与代表关注点结合不够');
  renumber(research, '研究室', '编号');
  edit(research, '理论学习流于形式', { 进展情况: '按月开展，11月研讨已完成' });
  edit(research, '研究成果转化运用不足', { 整改时限: '2026年12月底前', 进展情况: '跟踪台账已建立，首次通报待印发' });
  edit(research, '对外交流学习少', { 进展情况: '已联系考察单位' });
  // 调研报告质量参差不齐: progress left as it was.

  const deputies = ledger(w, DEPUTIES);
  edit(deputies, '代表联络站活动频次不高，部分站点一年不足4次', { 工作进展: '已制定年度计划，四季度活动已排期' });
  edit(deputies, '代表履职培训覆盖面不广', { 工作进展: '已培训三批' });
  edit(deputies, '代表意见反馈渠道单一', { 工作进展: '平台已上线', 当前状态: '已验收', 实际完成时间: d(2026, 11, 30) });

  const party = ledger(w, PARTY);
  edit(party, '青年干部理论武装不够', { 问题描述: '青年干部理论学习缺乏系统性，学用结合不紧' });
  // The department adopts a progress column.
  addColumn(party, '整改进展', {
    '党支部“三会一课”记录不规范': '记录本已统一印发',
    '青年干部理论学习缺乏系统性，学用结合不紧': '学习小组筹建中',
    党风廉政教育针对性不强: '警示教育方案已拟定',
    作风建设长效机制不健全: '监督机制已起草',
    支部书记述职评议走过场: '评议标准修订中',
  });

  const legal = ledger(w, LEGAL);
  edit(legal, '规范性文件备案审查积压', { 推进情况: '积压文件已全部清理', 办理状态: '已销号', 销号时间: d(2026, 11, 27) });
  edit(legal, '基层立法联系点作用发挥不充分', { 推进情况: '已承接2件' });
  edit(legal, '预算审查监督专业力量不足', { 推进情况: '咨询组已组建' });
  edit(legal, '预算联网监督系统使用率不高', { 推进情况: '首期培训已完成' });

  return [
    { kind: 'vanished', department: '研究室', problem: '调研课题选题与代表关注点结合不够' },
    { kind: 'closed', department: '代表工作室', problem: '代表意见反馈渠道单一' },
    { kind: 'closed', department: '法制工作委员会办公室', problem: '规范性文件备案审查积压' },
    { kind: 'deadline', department: '研究室', problem: '研究成果转化运用不足', days: 31 },
    { kind: 'newlyOverdue', department: '办公室', problem: '机关信息化建设缺乏整体规划' },
    { kind: 'progressStale', department: '研究室', problem: '调研报告质量参差不齐', merges: 2 },
    { kind: 'rewritten', department: '机关党委', problem: '青年干部理论学习缺乏系统性，学用结合不紧' },
  ];
}

/** Week 3 from week 2 (edits in place); returns what the comparison must find. */
function thirdWeek(w: ExampleLedger[]): ExpectedChange[] {
  const office = ledger(w, OFFICE);
  setTitleDate(office, '填报日期：2026年11月27日', '填报日期：2026年12月4日');
  // A new item inserted in the middle, the rows renumbered.
  insertAfter(office, '重大事项请示报告流程不清晰', [
    3,
    null,
    '督查督办事项反馈不及时',
    '建立督办事项周报制度，逾期未反馈的在月度例会上通报',
    '办公室',
    '王芳',
    '李明',
    d(2027, 3, 31),
    '周报模板已拟定',
    '未启动',
    null,
    null,
  ]);
  renumber(office, '办公室', '序号');
  edit(office, '重大事项请示报告流程不清晰', { 整改进展: '主任会议已审议，待印发' });
  edit(office, '机关信息化建设缺乏整体规划', { 整改进展: '主任会议要求修改，正在完善' });
  edit(office, '公文处理环节多、流转慢', { 整改进展: '采购合同已签订' });
  edit(office, '部分干部工作标准不高、满足于过得去', { 整改进展: '12月培训已安排' });
  // The 督查科 did not accept it: back to work, and its deadline long past.
  edit(office, '会议纪律执行不严', { 整改状态: '整改中', 整改进展: '督查科验收未通过，正在重新整改', 备注: '验收未通过' });

  const research = ledger(w, RESEARCH);
  edit(research, '理论学习流于形式', { 进展情况: '按月开展，12月研讨已安排' });
  edit(research, '研究成果转化运用不足', { 进展情况: '首次通报已印发' });
  edit(research, '对外交流学习少', { 进展情况: '考察方案已报批' });

  const deputies = ledger(w, DEPUTIES);
  edit(deputies, '代表联络站活动频次不高，部分站点一年不足4次', { 工作进展: '四季度活动已开展两次' });
  edit(deputies, '代表履职培训覆盖面不广', { 工作进展: '已培训四批' });

  const party = ledger(w, PARTY);
  edit(party, '党支部“三会一课”记录不规范', { 整改进展: '已开展首次季度检查' });
  edit(party, '青年干部理论学习缺乏系统性，学用结合不紧', { 整改进展: '学习小组已成立' });
  edit(party, '党风廉政教育针对性不强', { 整改进展: '警示教育已开展' });
  edit(party, '作风建设长效机制不健全', { 整改进展: '监督机制已印发' });
  edit(party, '支部书记述职评议走过场', { 整改进展: '评议标准已修订' });

  const legal = ledger(w, LEGAL);
  // The same workbook, renamed by the department.
  legal.file = '法工委整改台账（12月）.xlsx';
  edit(legal, '基层立法联系点作用发挥不充分', { 推进情况: '全年承接任务已完成', 办理状态: '已完成' });
  edit(legal, '预算审查监督专业力量不足', { 推进情况: '咨询组已参与一次审查' });
  edit(legal, '预算联网监督系统使用率不高', { 推进情况: '第二期培训已安排' });

  return [
    { kind: 'added', department: '办公室', problem: '督查督办事项反馈不及时' },
    { kind: 'completed', department: '法制工作委员会办公室', problem: '基层立法联系点作用发挥不充分' },
    { kind: 'regressed', department: '办公室', problem: '会议纪律执行不严' },
    { kind: 'newlyOverdue', department: '办公室', problem: '会议纪律执行不严' },
    { kind: 'stillOverdue', department: '办公室', problem: '重大事项请示报告流程不清晰', merges: 3 },
    { kind: 'stillOverdue', department: '代表工作室', problem: '代表联络站活动频次不高，部分站点一年不足4次', merges: 3 },
    { kind: 'stillOverdue', department: '机关党委', problem: '党支部“三会一课”记录不规范', merges: 3 },
    { kind: 'stillOverdue', department: '预算工作室', problem: '预算审查监督专业力量不足', merges: 3 },
    { kind: 'progressStale', department: '研究室', problem: '调研报告质量参差不齐', merges: 3 },
  ];
}

/** The three example weeks, each merged as of its Wednesday. */
export function exampleWeeks(): ExampleWeek[] {
  const first = firstWeekLedgers();
  const second = firstWeekLedgers();
  const secondExpected = secondWeek(second);
  const third = firstWeekLedgers();
  secondWeek(third);
  const thirdExpected = thirdWeek(third);
  return [
    { folder: '第1周', asOf: '2026-11-25', ledgers: first, expected: [] },
    { folder: '第2周', asOf: '2026-12-02', ledgers: second, expected: secondExpected },
    { folder: '第3周', asOf: '2026-12-09', ledgers: third, expected: thirdExpected },
  ];
}

if (require.main === module) {
  const root = process.argv[2] || path.join(repoRoot(), 'examples');
  for (const week of exampleWeeks()) {
    for (const f of writeLedgers(path.join(root, week.folder), week.ledgers)) process.stdout.write(path.relative(process.cwd(), f) + '\n');
  }
}
