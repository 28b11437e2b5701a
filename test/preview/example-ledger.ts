// The example ledger the preview (and the browser tests) load into the in-memory host.
// Deadlines are placed relative to the reference day so every light is always present.
import { Day } from '../../ledger/types';
import { formatDay, serialFromDay, ymdOfDay } from '../../ledger/days';

export interface ExampleSheet {
  name: string;
  /** values[r][c], row 0 = sheet row 1. */
  values: Value[][];
  /** Same shape as values; '' where the cell has no number format. */
  numberFormats: string[][];
  /** Merged areas as A1 addresses ('A1:L1'). */
  merges: string[];
}

/** What a cell holds as Office.js reports it. */
export type Value = string | number | boolean | null;

export const EXAMPLE_SHEET = '机关建设年整改台账';
const DATE_FORMAT = 'yyyy-mm-dd';
/** The cell whose text must stay inert in the pane and the preview. */
export const HOSTILE_TEXT = '<img src=x onerror=alert(1)>';
/** First data row (1-based): a title row and a two-row header sit above. */
export const FIRST_DATA_ROW = 4;

const TITLE = "区人大常委会机关'机关建设年'问题整改台账";
const HEADER_TOP = ['序号', '问题类别', '问题描述', '整改措施', '责任落实', '', '', '整改落实', '', '', '', '备注'];
const HEADER_BOTTOM = ['', '', '', '', '责任部门', '责任人', '责任领导', '完成时限', '整改进展', '整改状态', '销号日期', ''];
const HEADER_MERGES = ['A1:L1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2', 'H2:K2', 'L2:L3'];

/** A deadline: days from the reference day (a date serial), or literal text. */
type Deadline = number | { text: string } | { yearEndText: true };

interface Row {
  category: string;
  problem: string;
  measures: string;
  department: string;
  owner: string;
  leader: string;
  deadline: Deadline;
  progress: string;
  status: string;
  /** Days from the reference day of the 销号日期, when closed. */
  closedOn?: number;
  notes?: string;
  /** Overrides the running 序号 (to plant a duplicate). */
  id?: number;
}

const LEADERS: { [dept: string]: string } = {
  办公室: '周建国',
  研究室: '吴志远',
  代表工作室: '郑海燕',
  法制工作委员会办公室: '冯立新',
};

function row(
  department: string,
  owner: string,
  category: string,
  problem: string,
  measures: string,
  deadline: Deadline,
  status: string,
  extra?: Partial<Row>,
): Row {
  const base: Row = {
    category,
    problem,
    measures,
    department,
    owner,
    leader: LEADERS[department] || '',
    deadline,
    progress: status === '未启动' ? '' : '已制定工作方案，正在推进',
    status,
  };
  return { ...base, ...extra };
}

// ~40 items over four departments: overdue, due soon, on track, standing, done, closed, and a few data problems.
const ROWS: Row[] = [
  row('办公室', '张伟', '统筹谋划少', '年度工作计划统筹不够，重点任务分解不细', '制定年度重点任务分解表，明确责任和时限', -20, '整改中'),
  row('办公室', '张伟', '制度落实', '公文处理流程不规范，办文时限把控不严', '修订公文处理办法，建立办文时限提醒机制', -5, '未启动'),
  row('办公室', '李娜', '纪律作风', '会议通知下发不及时，会风会纪抽查少', '建立会议通知提前量制度，每月抽查会风会纪', 3, '整改中'),
  row('办公室', '李娜', '工作本领', '信息报送质量不高，被采用数偏少', '开展信息写作培训，建立优秀信息通报制度', 30, '整改中'),
  row('办公室', '王强', '其他', '机关后勤保障响应慢', '推行后勤服务事项清单和限时办结', -40, '已销号', { closedOn: -45 }),
  row('办公室', '王强', '制度落实', '固定资产台账更新不及时', '全面清查固定资产，建立动态更新台账', -10, '已销号', { closedOn: -2 }),
  row('办公室', '张伟', '精神状态', '部分干部服务意识不强', '开展“服务代表、服务机关”主题教育', { text: '长期坚持' }, '整改中'),
  row('办公室', '李娜', '总结提升少', '年度工作总结就事论事，提炼不够', '建立半年度工作复盘制度', 6, '已完成'),
  row('办公室', '王强', '制度落实', '印章使用登记不完整', '完善印章使用审批登记制度', -2, '整改中'),
  row('办公室', '', '纪律作风', '值班值守制度执行不严', '修订值班制度并开展不定期抽查', 12, '整改中'),
  row('研究室', '陈静', '顶层设计少', '调研课题选题与中心工作结合不紧', '建立调研课题征集和论证机制', -15, '整改中'),
  row('研究室', '陈静', '创新思路少', '研究成果转化运用渠道少', '建立调研成果转化跟踪台账', 5, '未启动'),
  row('研究室', '刘洋', '总结提升少', '对基层立法联系点经验总结提炼不够', '每季度形成一篇经验总结材料', -1, '整改中'),
  row('研究室', '刘洋', '工作本领', '理论研究深度不够', '组织专题读书班，开展理论研讨', 45, '整改中'),
  row('研究室', '陈静', '制度落实', '文稿审核把关流程不清', '制定文稿三级审核制度', -30, '已销号', { closedOn: -31 }),
  row('研究室', '刘洋', '统筹谋划少', '调研计划执行进度不均衡', '按月通报调研计划执行情况', { text: '尽快' }, '整改中'),
  row('研究室', '陈静', '精神状态', '担当作为意识有待增强', '开展岗位练兵和比学赶超活动', { text: '持续推进' }, '整改中'),
  row('研究室', '刘洋', '其他', HOSTILE_TEXT, '核实后按规定处理', -7, '未启动'),
  row('研究室', '陈静', '创新思路少', '数字化研究工具运用不足', '引入数据分析工具并开展培训', 1, '整改中'),
  row('研究室', '刘洋', '制度落实', '资料归档不及时', '建立资料月度归档制度', -8, '已完成'),
  row('代表工作室', '赵敏', '代表活动少', '代表小组活动次数不足，形式单一', '制定代表小组活动年度计划，每季度不少于一次', -12, '整改中'),
  row('代表工作室', '赵敏', '实质互动少', '代表与选民联系渠道不畅', '推行代表联络站接待选民日制度', 0, '整改中'),
  row('代表工作室', '孙磊', '代表活动少', '代表履职培训覆盖面不广', '分批组织代表履职专题培训', -3, '未启动'),
  row('代表工作室', '孙磊', '实质互动少', '代表建议办理反馈不及时', '建立代表建议办理全程跟踪机制', 7, '整改中'),
  row('代表工作室', '赵敏', '工作本领', '代表履职档案不完整', '完善代表履职电子档案', 25, '整改中'),
  row('代表工作室', '孙磊', '制度落实', '代表活动经费使用不规范', '修订代表活动经费管理办法', -50, '已销号', { closedOn: -48 }),
  row('代表工作室', '赵敏', '代表活动少', '闭会期间代表活动组织少', '每月组织一次专题视察或调研', { text: '常态化' }, '整改中'),
  row('代表工作室', '孙磊', '其他', '联络站设施老化', '分步更新联络站设施设备', -25, '搁置'),
  row('代表工作室', '赵敏', '实质互动少', '网上代表联络平台使用率低', '推广线上联络平台并定期通报', 10, '已完成'),
  row('代表工作室', '孙磊', '纪律作风', '代表活动签到管理松散', '推行代表活动电子签到', -6, '已销号'),
  row('法制工作委员会办公室', '周洁', '顶层设计少', '立法规划论证不充分', '建立立法项目论证评估制度', -18, '整改中'),
  row('法制工作委员会办公室', '周洁', '制度落实', '规范性文件备案审查不及时', '建立备案审查工作台账和月报制度', 4, '整改中'),
  row(
    '法制工作委员会办公室',
    '吴刚',
    '创新思路少',
    '基层立法联系点作用发挥不够',
    '制定立法联系点工作规则',
    { yearEndText: true },
    '整改中',
  ),
  row('法制工作委员会办公室', '吴刚', '工作本领', '法律审查能力有待提高', '组织法律审查业务轮训', -9, '未启动'),
  row('法制工作委员会办公室', '周洁', '总结提升少', '执法检查报告问题分析不深', '建立执法检查问题清单和整改跟踪制度', -60, '已销号', {
    closedOn: -55,
  }),
  row('法制工作委员会办公室', '吴刚', '统筹谋划少', '年度立法计划执行滞后', '按季度督办立法计划执行', 15, '整改中', { id: 34 }),
  row('法制工作委员会办公室', '周洁', '纪律作风', '征求意见工作程序不规范', '制定立法征求意见工作规程', -4, '已完成'),
  row('法制工作委员会办公室', '吴刚', '精神状态', '服务基层意识有待加强', '开展“走基层、听民意”活动', { text: '长期坚持' }, '持续推进'),
  row('法制工作委员会办公室', '周洁', '制度落实', '法规清理工作进度慢', '制定法规清理工作方案并分步推进', 2, '整改中'),
  row('法制工作委员会办公室', '吴刚', '其他', '立法档案整理不规范', '按档案管理规定重新整理归档', -3, '已销号', { closedOn: 3 }),
];

export interface ExampleOptions {
  /** The reference day the deadlines are placed around (the preview's TODAY). */
  today: Day;
}

function deadlineCell(d: Deadline, today: Day): { value: Value; format: string } {
  if (typeof d === 'number') return { value: serialFromDay(today + d), format: DATE_FORMAT };
  if ('text' in d) return { value: d.text, format: '' };
  return { value: ymdOfDay(today).y + '年底前', format: '' };
}

/** The example workbook: the ledger sheet and an instruction sheet, as plain values. */
export function exampleWorkbook(opts: ExampleOptions): ExampleSheet[] {
  const values: Value[][] = [[TITLE, '', '', '', '', '', '', '', '', '', '', ''], HEADER_TOP.slice(), HEADER_BOTTOM.slice()];
  const formats: string[][] = values.map((r) => r.map(() => ''));
  ROWS.forEach((r, i) => {
    const deadline = deadlineCell(r.deadline, opts.today);
    const closed = r.closedOn === undefined ? '' : serialFromDay(opts.today + r.closedOn);
    values.push([
      r.id === undefined ? i + 1 : r.id,
      r.category,
      r.problem,
      r.measures,
      r.department,
      r.owner,
      r.leader,
      deadline.value,
      r.progress,
      r.status,
      closed,
      r.notes || '',
    ]);
    formats.push(['', '', '', '', '', '', '', deadline.format, '', '', closed === '' ? '' : DATE_FORMAT, '']);
  });
  const guide: ExampleSheet = {
    name: '填表说明',
    values: [
      ['填表说明'],
      ['1. 每个问题占一行，责任人、完成时限、整改状态必填。'],
      ['2. 完成时限填写具体日期（如 ' + formatDay(opts.today) + '），或“长期坚持”“持续推进”“常态化”。'],
      ['3. 整改状态从下拉列表选择；已销号的事项须填写销号日期。'],
    ],
    numberFormats: [[''], [''], [''], ['']],
    merges: [],
  };
  return [{ name: EXAMPLE_SHEET, values, numberFormats: formats, merges: HEADER_MERGES.slice() }, guide];
}
