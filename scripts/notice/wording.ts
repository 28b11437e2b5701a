// Every sentence of the 督查通报 and the 督办通知单: fixed, formal wording with the merge's
// figures filled in. The documents say nothing that is not written here or typed by a user
// (ledger text, the config's `notice` texts).
import { formatDayChinese } from '../../ledger/days';
import { oneLine } from '../../ledger/reminder';
import { Day, DepartmentStats } from '../../ledger/types';
import { cutText } from '../text-cut';

/** A rate 0..1 as the report's 0.0% cells show it. */
export function percent(rate: number): string {
  return (Math.round(rate * 1000) / 10).toFixed(1) + '%';
}

/** Ledger text for a line of a document: on one line, cut like a report cell, （未填写） when empty. */
export function ledgerLine(text: string): string {
  return cutText(oneLine(text));
}

/** Ledger text for a table cell: line breaks kept, cut like a report cell. */
export function ledgerCell(text: string): string {
  return text === '' ? '' : cutText(text);
}

function asOfText(asOf: Day): string {
  return '截至' + formatDayChinese(asOf);
}

function dueSoonWindow(warnDays: number): string {
  return warnDays === 0 ? '当日到期' : warnDays + '日内到期';
}

/** 逾期56天 / 今日到期 / 剩余5天, for an overdue or due-soon item. */
export function daysText(daysLeft: number): string {
  if (daysLeft < 0) return '逾期' + -daysLeft + '天';
  return daysLeft === 0 ? '今日到期' : '剩余' + daysLeft + '天';
}

/** A changed item as the 通报 names it: its problem and 责任人, each on one line. */
export interface ChangedItem {
  problem: string;
  owner: string;
}

export const BULLETIN = {
  sections: { overall: '总体进展', departments: '各部门进展', problems: '存在的问题', requirements: '下一步工作要求' },
  opening: (asOf: Day, departments: number, t: DepartmentStats, warnDays: number): string =>
    '根据各部门报送的整改台账，' +
    asOfText(asOf) +
    '，' +
    departments +
    '个部门共梳理问题' +
    t.total +
    '项，其中已销号' +
    t.closed +
    '项、已完成待销号' +
    t.done +
    '项、整改中' +
    t.inProgress +
    '项、未启动' +
    t.notStarted +
    '项，完成率' +
    percent(t.completionRate) +
    '；超过完成时限未完成的' +
    t.overdue +
    '项，临期（' +
    dueSoonWindow(warnDays) +
    '）的' +
    t.dueSoon +
    '项。现将有关情况通报如下。',
  completed: (t: DepartmentStats): string =>
    '从完成情况看，已销号' +
    t.closed +
    '项，已完成待销号' +
    t.done +
    '项，合计' +
    (t.closed + t.done) +
    '项，完成率' +
    percent(t.completionRate) +
    '。' +
    (t.closedLate > 0 ? '其中，超过完成时限后完成并销号的' + t.closedLate + '项。' : ''),
  open: (t: DepartmentStats): string =>
    '从推进情况看，整改中' +
    t.inProgress +
    '项，未启动' +
    t.notStarted +
    '项' +
    (t.ongoing > 0 ? '；长期坚持、持续推进的问题' + t.ongoing + '项' : '') +
    '。',
  allDone: (names: string[]): string => names.length + '个部门的问题已全部完成整改（' + names.join('、') + '）。',
  lateDepartments: (departments: number, items: number): string =>
    departments + '个部门存在超过完成时限未完成的问题，共' + items + '项，具体见第三部分。',
  noneLate: '各部门均无超过完成时限未完成的问题。',
  tableLead: '各部门整改进展情况见下表。',
  tableHeaders: ['责任部门', '总数', '已销号', '已完成', '整改中', '未启动', '逾期', '完成率'],
  overdueTitle: '超过完成时限未完成的问题',
  overdueLead: (asOf: Day, departments: number, items: number): string =>
    asOfText(asOf) + '，' + departments + '个部门共有' + items + '项问题超过完成时限未完成，具体如下。',
  overdueNone: (asOf: Day): string => asOfText(asOf) + '，没有超过完成时限未完成的问题。',
  departmentItems: (name: string, items: number): string => name + '（' + items + '项）',
  overdueItem: (problem: string, owner: string, deadline: Day, daysLeft: number): string =>
    problem + '（责任人：' + owner + '，完成时限：' + formatDayChinese(deadline) + '，已逾期' + -daysLeft + '天）。',
  changes: {
    unexplainedTitle: '完成时限延后但未注明延期的问题',
    unexplainedLead: (since: Day, departments: number, items: number): string =>
      '与上期（' +
      asOfText(since) +
      '）相比，' +
      departments +
      '个部门有' +
      items +
      '项问题的完成时限延后，但台账既未标注“申请延期”“已延期”，也未填写原定时限，具体如下。',
    unexplainedItem: (e: ChangedItem, before: Day, after: Day, days: number): string =>
      e.problem +
      '（责任人：' +
      e.owner +
      '，完成时限由' +
      formatDayChinese(before) +
      '调整为' +
      formatDayChinese(after) +
      '，延后' +
      days +
      '天）。',
    vanishedTitle: '从台账中消失的问题',
    vanishedLead: (since: Day, departments: number, items: number): string =>
      '上期（' +
      asOfText(since) +
      '）台账列出、本期台账未再列出的问题' +
      items +
      '项，涉及' +
      departments +
      '个部门。整改事项未经销号不得从台账中删除，请相关部门说明情况。具体如下。',
    vanishedItem: (e: ChangedItem): string => e.problem + '（责任人：' + e.owner + '）。',
    staleTitle: '整改进展未更新的问题',
    staleLead: (merges: number, departments: number, items: number): string =>
      departments + '个部门有' + items + '项未完成的问题，整改进展连续' + merges + '期及以上没有变化，具体如下。',
    staleItem: (e: ChangedItem, merges: number): string =>
      e.problem + '（责任人：' + e.owner + '，整改进展已连续' + merges + '期未更新）。',
  },
  dataTitle: '台账填报不规范的问题',
  dataProblems: (problems: number, files: number): string =>
    '合并各部门台账时发现需要更正的数据问题' +
    problems +
    '条，涉及' +
    files +
    '个台账文件，具体见汇总报告“数据问题”表。请相关部门核实更正后重新报送。',
};

export const FORM = {
  title: '督办通知单',
  number: (prefix: string, year: number, n: number): string => prefix + '〔' + year + '〕第' + n + '号',
  opening: (asOf: Day, overdue: number, dueSoon: number, warnDays: number): string => {
    const parts: string[] = [];
    if (overdue > 0) parts.push(overdue + '项整改事项已超过完成时限');
    if (dueSoon > 0) parts.push(dueSoon + '项整改事项即将到期（' + dueSoonWindow(warnDays) + '）');
    return asOfText(asOf) + '，你部门有' + parts.join('、') + '，现予督办。';
  },
  itemsTitle: '督办事项',
  tableHeaders: ['序号', '问题', '责任人', '完成时限', '状态', '逾期/剩余天数'],
  requirementsTitle: '督办要求',
  overdueRequirement: '对已超过完成时限的事项，请逐项说明未按期完成的原因，明确整改措施和完成时限，尽快整改到位。',
  dueSoonRequirement: '对即将到期的事项，请抓紧推进，确保按期完成。',
  reply: (date: string, replyTo: string): string => '请于' + date + '前将整改进展书面反馈' + replyTo + '。',
  receipt: { department: '承办部门（签收）：', date: '签收日期：', dateBlank: '　　　年　　月　　日' },
};
