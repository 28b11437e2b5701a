// Department workbooks for the benchmark: realistic layout (title rows, header,
// section rows, date cells and text dates, a 合计 row), any number of rows.
import * as path from 'path';
import { dayFromYMD, ymdOfDay } from '../../ledger/days';
import { d, FixtureCell, writeWorkbook } from '../merge/fixtures';

const STATUSES = ['未启动', '整改中', '已完成', '已销号', '推进中', '长期坚持'];
const CATEGORIES = ['统筹谋划少', '顶层设计少', '代表活动少', '实质互动少', '创新思路少', '总结提升少', '纪律作风'];
const HEADER = [
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

/** One ledger row below the header: the header's columns from 完成时限 on are the item's own. */
interface BenchItem {
  id: number;
  problem: string;
  measures: string;
  deadline: FixtureCell;
  progress: string | null;
  status: string;
  closedOn: FixtureCell;
}

function problemText(dept: string, i: number): string {
  return dept + '问题描述第' + (i + 1) + '项：工作中存在的具体问题表现，需要认真整改落实';
}

function measuresText(i: number): string {
  return '整改措施第' + (i + 1) + '项：建立健全相关制度，明确责任分工和完成时限';
}

/** The department's workbook: title rows, the header, a section row every 100 items, the items, a 合计 row. */
function writeLedger(dir: string, dept: string, items: BenchItem[]): string {
  const data: FixtureCell[][] = [
    [dept + '“机关建设年”问题整改台账'],
    ['填报单位：' + dept, null, null, null, null, null, null, '填报日期：2026年11月20日'],
    HEADER,
  ];
  items.forEach((it, k) => {
    if (k % 100 === 0) data.push(['第' + (k / 100 + 1) + '部分']);
    const i = it.id - 1;
    data.push([
      it.id,
      CATEGORIES[i % CATEGORIES.length],
      it.problem,
      it.measures,
      dept,
      '责任人' + (i % 17),
      '领导' + (i % 3),
      it.deadline,
      it.progress,
      it.status,
      it.closedOn,
      i % 7 === 0 ? '备注' : null,
    ]);
  });
  data.push(['合计：共' + items.length + '项']);
  const file = path.join(dir, dept + '整改台账.xlsx');
  writeWorkbook(file, [{ name: dept, rows: data, merges: ['A1:L1'] }]);
  return file;
}

function deadline(i: number, moved: boolean): FixtureCell {
  const month = (i % 12) + 1 + (moved ? 1 : 0);
  switch (i % 5) {
    case 0:
      return '2026年' + month + '月底';
    case 1:
      return '长期坚持';
    default:
      return d(2026 + (i % 2), month, (i % 28) + 1);
  }
}

/**
 * Writes `files` workbooks of `rows` items each into dir; returns their paths. About half of the
 * open items are overdue as of late November 2026. A later `week` changes them more than a week
 * of a campaign does, as a worst case for --previous: three items in four get new progress (the
 * rest keep theirs, and an open one is 进展未更新), 2% are finished, 1% of deadlines move,
 * 0.4% of the items are deleted.
 */
export function writeBenchLedgers(dir: string, files: number, rows: number, week: number = 1): string[] {
  const out: string[] = [];
  const later = week > 1;
  for (let f = 0; f < files; f++) {
    const dept = '部门' + (f + 1);
    const items: BenchItem[] = [];
    for (let i = 0; i < rows; i++) {
      if (later && i % 250 === 7) continue;
      const status = later && i % 50 === 1 ? '已完成' : STATUSES[i % STATUSES.length];
      const progress = i % 3 === 0 ? '已完成阶段性工作，正在持续推进' : null;
      items.push({
        id: i + 1,
        problem: problemText(dept, i),
        measures: measuresText(i),
        deadline: deadline(i, later && i % 100 === 2),
        progress: later && i % 4 !== 0 ? '第' + week + '周：' + (progress || '已部署') : progress,
        status,
        closedOn: status === '已销号' ? d(2026, (i % 10) + 1, 15) : null,
      });
    }
    out.push(writeLedger(dir, dept, items));
  }
  return out;
}

/** A fixed pseudo-random number in [0, 1) for item `n` and a purpose `salt` (the same every run). */
function uniform(n: number, salt: number): number {
  let h = (Math.imul(n + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

function dayCell(day: number): FixtureCell {
  const t = ymdOfDay(day);
  return d(t.y, t.m, t.d);
}

/** The as-of day of each campaign week: a Wednesday, weekly. */
export function campaignAsOf(week: number): string {
  const t = ymdOfDay(dayFromYMD(2026, 11, 18) + 7 * (week - 1));
  return t.y + '-' + String(t.m).padStart(2, '0') + '-' + String(t.d).padStart(2, '0');
}

const AREAS = [
  '公文处理',
  '会议组织',
  '调研工作',
  '信息报送',
  '督查督办',
  '代表联络',
  '财务管理',
  '资产管理',
  '制度建设',
  '学习培训',
  '档案管理',
  '宣传工作',
  '后勤保障',
  '安全管理',
  '干部考核',
  '议案办理',
  '建议办理',
  '信访接待',
  '网络平台',
  '统计分析',
];
const FAULTS = [
  '流程不规范',
  '效率不高',
  '标准不统一',
  '责任不明确',
  '跟踪不及时',
  '质量参差不齐',
  '覆盖面不广',
  '针对性不强',
  '记录不完整',
  '衔接不紧密',
  '渠道单一',
  '执行不严格',
  '基础数据不准',
  '力量配备不足',
  '方式方法陈旧',
  '创新意识不强',
  '制度落实不到位',
  '监督检查缺位',
  '总结提升不够',
  '统筹协调不够',
];
const EFFECTS = [
  '部分环节重复审批',
  '群众反映较多',
  '影响工作时效',
  '存在安全隐患',
  '与实际需求脱节',
  '代表意见较大',
  '年度考核扣分',
  '上级督查指出',
  '材料报送滞后',
  '成果转化困难',
  '基层负担加重',
  '工作合力不足',
  '问题反复出现',
  '整改成效不明显',
  '底数掌握不清',
  '信息共享不畅',
  '台账管理混乱',
  '经费使用不规范',
  '档案查找困难',
  '服务保障不到位',
];
const ACTIONS = [
  '修订工作规程',
  '建立周报制度',
  '开展专项培训',
  '明确责任清单',
  '上线信息平台',
  '完善考核办法',
  '组织专项检查',
  '建立联络机制',
  '编制操作手册',
  '实行限时办结',
  '开展对标学习',
  '建立问题台账',
  '强化结果运用',
  '优化审批流程',
  '充实工作力量',
  '健全会商机制',
  '落实首问负责',
  '推行清单管理',
  '加强督促检查',
  '完善激励措施',
];

/** A problem (or, with `measures`, its measures) in words of its own: distinct items read unlike each other, as real ones do. */
function campaignText(n: number, measures: boolean): string {
  const pick = (list: string[], salt: number) => list[Math.floor(uniform(n, salt) * list.length)];
  if (measures) return pick(ACTIONS, 11) + '，' + pick(ACTIONS, 12) + '，' + pick(AREAS, 13) + '做到' + pick(ACTIONS, 14);
  return pick(AREAS, 21) + pick(FAULTS, 22) + '，' + pick(EFFECTS, 23) + '，' + pick(AREAS, 24) + '方面' + pick(FAULTS, 25);
}

const PROGRESS = [
  '已制定工作方案，正在推进',
  '已召开专题会议研究部署',
  '制度初稿已完成，正在征求意见',
  '已完成调研，正在起草整改报告',
  '已落实部分措施，持续跟进',
];

/**
 * The ledgers of a campaign as a weekly merge sees them (week 1, or week 2 a week later), the
 * typical case for --previous. The numbers are those of a year-long campaign merged every week:
 * - week 1 (as of 2026-11-18): 12% 已销号, 16% 已完成, 5% 长期坚持, 10% 未启动, the rest 整改中;
 *   the open items' deadlines run from August 2026 to June 2027, so that about 15% of all items
 *   are overdue (a campaign that lets more fall behind is rare; the worst case above has 30%);
 * - week 2: departments report progress every week, as the 督查科 asks, on 90% of their open
 *   items (the other 10% are 进展未更新); 3% of the open items are finished and 6% of the
 *   finished ones signed off (an item changes status two or three times in a year: about 5% a
 *   week); 0.5% of deadlines move a month later; 0.2% of the items are deleted and 0.3% added;
 *   0.3% of the problems are reworded; the deadlines that fall within the week (about 1.5% of
 *   the items) make those still open newly overdue.
 */
export function writeCampaignLedgers(dir: string, files: number, rows: number, week: 1 | 2): string[] {
  const out: string[] = [];
  const start = dayFromYMD(2026, 8, 1);
  const asOf1 = dayFromYMD(2026, 11, 18);
  for (let f = 0; f < files; f++) {
    const dept = '部门' + (f + 1);
    const items: BenchItem[] = [];
    const added = week === 2 ? Math.round(rows * 0.003) : 0;
    for (let i = 0; i < rows + added; i++) {
      const n = f * rows + i;
      const isNew = i >= rows;
      if (week === 2 && uniform(n, 3) < 0.002) continue;
      const s = uniform(n, 1);
      let status = s < 0.12 ? '已销号' : s < 0.28 ? '已完成' : s < 0.33 ? '长期坚持' : s < 0.43 ? '未启动' : '整改中';
      const open = status === '未启动' || status === '整改中';
      // Open items: 22% overdue (before the first as-of day), the rest due within the next seven months.
      const g = uniform(n, 2);
      let due = g < 0.22 ? start + Math.floor((g / 0.22) * (asOf1 - start)) : asOf1 + Math.floor(((g - 0.22) / 0.78) * 224);
      let progress = status === '长期坚持' || open ? PROGRESS[n % PROGRESS.length] + '（第1周）' : '已完成全部整改措施';
      let closedOn: FixtureCell = status === '已销号' ? d(2026, 10, 15) : null;
      let problem = campaignText(n, false);
      if (week === 2) {
        if (open && uniform(n, 4) < 0.03) status = '已完成';
        else if (status === '已完成' && uniform(n, 4) < 0.06) {
          status = '已销号';
          closedOn = d(2026, 11, 20);
        }
        if (open && uniform(n, 5) < 0.005) due += 31;
        if ((open || status === '长期坚持') && uniform(n, 6) < 0.9) progress = PROGRESS[(n + 1) % PROGRESS.length] + '（第2周）';
        if (uniform(n, 7) < 0.003) problem += '，亟待改进';
      }
      if (isNew) {
        status = '未启动';
        progress = '已列入整改计划';
        due = asOf1 + 60;
      }
      const deadlineCell = status === '长期坚持' ? '长期坚持' : dayCell(due);
      items.push({ id: i + 1, problem, measures: campaignText(n, true), deadline: deadlineCell, progress, status, closedOn });
    }
    out.push(writeLedger(dir, dept, items));
  }
  return out;
}
