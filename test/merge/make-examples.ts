// The example ledgers of the first week: five departments, five layouts, as they really
// arrive at the 督查科. Deadlines are set around late November 2026, so a report as of
// 2026-11-25 shows every light. make-weeks.ts derives the next weeks from them and writes
// all three into examples/.
import * as fs from 'fs';
import * as path from 'path';
import { d, FixtureSheet, writeCsv, writeWorkbook } from './fixtures';

/** One department's file, as data, so later weeks can be derived by editing it. */
export interface ExampleLedger {
  /** File name within the week's folder. */
  file: string;
  sheets: FixtureSheet[];
  date1904?: boolean;
  /** Written as CSV (its one sheet's rows) in this encoding. */
  csv?: 'gbk' | 'utf8' | 'utf8-bom';
}

const INSTRUCTIONS: FixtureSheet = {
  name: '填表说明',
  rows: [
    ['填表说明'],
    ['1. 每个问题单独填写一行，问题描述要具体，整改措施要与问题一一对应。'],
    ['2. 完成时限填写具体日期（如 2026-06-30）；需长期坚持的事项填写“长期坚持”。'],
    ['3. 整改状态从下拉列表选择：未启动、整改中、已完成、已销号。“已销号”由督查科确认后填写，并注明销号日期。'],
    ['4. 每月25日前将更新后的台账报送督查科。'],
  ],
};

/** 办公室: title rows, a 填表说明 sheet, section rows, a merged 问题类别, date cells, a 合计 row. */
function office(): ExampleLedger {
  const title = '区人大常委会办公室“机关建设年”问题整改台账';
  return {
    file: '办公室整改台账.xlsx',
    sheets: [
      INSTRUCTIONS,
      {
        name: '办公室',
        rows: [
          [title],
          ['填报单位：办公室（盖章）', null, null, null, null, null, null, null, '填报日期：2026年11月20日'],
          [
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
          ],
          ['一、独立完成多、统筹谋划少'],
          [
            1,
            '统筹谋划少',
            '年度工作要点与常委会重点工作衔接不够紧密',
            '建立办公室与各工作机构季度会商机制，年度工作要点报主任会议前征求各机构意见',
            '办公室',
            '张伟',
            '李明',
            d(2026, 3, 31),
            '已召开会商会两次，机制已印发',
            '已销号',
            d(2026, 3, 28),
            null,
          ],
          [
            2,
            null,
            '重大事项请示报告流程不清晰',
            '修订《办公室重大事项请示报告办法》，明确报告范围和时限',
            '办公室',
            '王芳',
            '李明',
            d(2026, 9, 30),
            '办法已起草，正在征求意见',
            '整改中',
            null,
            null,
          ],
          ['二、被动应付多、顶层设计少'],
          [
            3,
            '顶层设计少',
            '机关信息化建设缺乏整体规划',
            '编制机关信息化建设三年规划（2026—2028年）',
            '办公室',
            '刘洋',
            '李明',
            d(2026, 11, 30),
            '规划初稿已完成，待主任会议审议',
            '整改中',
            null,
            null,
          ],
          [
            4,
            '顶层设计少',
            '公文处理环节多、流转慢',
            '推行公文网上流转，办文时限压缩至3个工作日',
            '办公室',
            '陈静',
            '李明',
            d(2027, 6, 30),
            '系统选型中',
            '未启动',
            null,
            null,
          ],
          ['三、精神状态方面'],
          [
            5,
            '精神状态',
            '部分干部工作标准不高、满足于过得去',
            '开展“岗位练兵”活动，每季度组织一次业务培训',
            '办公室',
            '赵磊',
            '李明',
            '长期坚持',
            '今年已组织培训3次',
            '整改中',
            null,
            null,
          ],
          [
            6,
            '纪律作风',
            '会议纪律执行不严',
            '严格会议签到和请假制度，每月通报',
            '办公室',
            '孙丽',
            '李明',
            d(2026, 5, 31),
            '已建立月通报制度',
            '已完成',
            null,
            '待督查科验收',
          ],
          ['合计：6项'],
        ],
        merges: ['A1:L1', 'B5:B6'],
      },
    ],
  };
}

/** 研究室: a two-row merged header with synonyms, Chinese text deadlines, a hidden old sheet. */
function research(): ExampleLedger {
  return {
    file: '研究室整改台账.xlsx',
    sheets: [
      {
        name: '研究室',
        rows: [
          ['研究室2026年问题整改台账'],
          ['编号', '存在问题', '整改举措', '整改责任', null, '整改时限', '完成情况', null, '备注'],
          [null, null, null, '责任单位', '责任人', null, '进展情况', '完成状态', null],
          [
            '1',
            '调研课题选题与代表关注点结合不够',
            '每年初向全体代表征集调研课题，建立课题库',
            '研究室',
            '周敏',
            '2026年6月底',
            '已征集课题42个，课题库待建',
            '推进中',
            null,
          ],
          ['2', '调研报告质量参差不齐', '建立调研报告集体研讨和三级审核制度', '研究室', '吴昊', '年底前', '审核制度已起草', '进行中', null],
          ['3', '理论学习流于形式', '落实“第一议题”制度，每月开展一次专题研讨', '研究室', '郑洁', '长期坚持', '按月开展', '持续推进', null],
          [
            '4',
            '研究成果转化运用不足',
            '建立调研成果转化跟踪台账，每半年通报一次',
            '研究室',
            '周敏',
            '2026年11月底前',
            '跟踪台账已建立',
            '正在整改',
            null,
          ],
          ['5', '对外交流学习少', '每年组织赴先进地区学习考察不少于1次', '研究室', '吴昊', '2027年3月底', null, '未开始', null],
          [
            '6',
            '信息报送不及时',
            '明确信息报送时限，实行周报制度',
            '研究室',
            '郑洁',
            '2026.10.15',
            '周报制度已实行',
            '已办结',
            '督查科已验收',
          ],
        ],
        merges: ['A1:I1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3', 'G2:H2', 'I2:I3'],
      },
      {
        name: '旧版（作废）',
        hidden: true,
        rows: [
          ['序号', '问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
          [1, '（旧版，已作废）', '—', '周敏', '2025年底', '整改中'],
        ],
      },
    ],
  };
}

/** 代表工作室: an old-format .xls (BIFF8), other synonyms, a late close, an unknown status. */
function deputies(): ExampleLedger {
  return {
    file: '代表工作室整改台账.xls',
    sheets: [
      {
        name: '整改台账',
        rows: [
          ['代表工作室“机关建设年”问题整改清单'],
          [
            '序号',
            '问题类型',
            '问题清单',
            '具体措施',
            '牵头部门',
            '具体责任人',
            '分管领导',
            '计划完成时间',
            '工作进展',
            '当前状态',
            '实际完成时间',
          ],
          [
            1,
            '代表活动少',
            '代表联络站活动频次不高，部分站点一年不足4次',
            '制定联络站年度活动计划，每季度至少开展1次主题活动',
            '代表工作室',
            '黄磊',
            '马骏',
            d(2026, 6, 30),
            '已制定年度计划',
            '整改中',
            null,
          ],
          [
            2,
            '实质互动少',
            '代表建议办理“重答复、轻落实”',
            '建立代表建议办理“回头看”制度，对已答复建议跟踪督办',
            '代表工作室',
            '林芳',
            '马骏',
            d(2026, 8, 31),
            '已开展“回头看”一次',
            '已验收',
            d(2026, 9, 15),
          ],
          [
            3,
            '代表活动少',
            '代表履职培训覆盖面不广',
            '分批组织全体代表参加履职培训，年内全覆盖',
            '代表工作室',
            '黄磊',
            '马骏',
            d(2026, 12, 31),
            '已培训两批',
            '整改中',
            null,
          ],
          [
            4,
            '实质互动少',
            '代表意见反馈渠道单一',
            '开通代表意见网上反馈平台',
            '代表工作室',
            '许可',
            '马骏',
            d(2026, 12, 1),
            '平台测试中',
            '待定',
            null,
          ],
          [
            5,
            '创新思路少',
            '履职服务手段单一',
            '编印《代表履职服务手册》',
            '代表工作室',
            '林芳',
            '马骏',
            d(2026, 10, 31),
            '手册已付印',
            '已完成',
            null,
          ],
        ],
        merges: ['A1:K1'],
      },
    ],
  };
}

/** 机关党委: a CSV saved by Chinese Excel (GBK), text dates, an unreadable deadline. */
function party(): ExampleLedger {
  return {
    file: '机关党委.csv',
    csv: 'gbk',
    sheets: [
      {
        name: '机关党委',
        rows: [
          ['序号', '问题描述', '整改措施', '责任部门', '责任人', '完成时限', '整改状态', '备注'],
          [1, '党支部“三会一课”记录不规范', '统一记录本格式，每季度检查一次', '机关党委', '何静', '2026/8/31', '整改中', null],
          [2, '青年干部理论武装不够', '成立青年理论学习小组，每月集中学习一次', '机关党委', '邓超', '2026.12.31', '整改中', null],
          [3, '党风廉政教育针对性不强', '开展警示教育，组织旁听职务犯罪庭审', '机关党委', '何静', '2027年6月30日', '未启动', null],
          [4, '作风建设长效机制不健全', '完善作风建设常态化监督机制', '机关党委', '邓超', '持续推进', '整改中', null],
          [5, '支部书记述职评议走过场', '细化述职评议标准，评议结果与考核挂钩', '机关党委', '冯雪', '尽快', '整改中', '完成时限待确定'],
        ],
      },
    ],
  };
}

/** 法工委办公室: a Mac workbook with the 1904 date system, department from the sheet names, a blank row. */
function legal(): ExampleLedger {
  const header = ['序号', '主要问题', '落实措施', '责任人', '完成期限', '推进情况', '办理状态', '销号时间'];
  return {
    file: '法工委整改台账.xlsx',
    date1904: true,
    sheets: [
      {
        name: '法制工作委员会办公室',
        rows: [
          header,
          [1, '立法调研不够深入', '每部法规草案至少开展3次基层调研', '曹阳', d(2026, 4, 30), '已完成', '已销号', d(2026, 5, 20)],
          [2, '规范性文件备案审查积压', '建立备案审查月清制度', '段琳', d(2026, 11, 28), '已清理积压文件18件', '整改中', null],
          [],
          [
            3,
            '基层立法联系点作用发挥不充分',
            '每个联系点每年承接法规征求意见不少于2件',
            '曹阳',
            d(2027, 1, 31),
            '已承接1件',
            '整改中',
            null,
          ],
        ],
      },
      {
        name: '预算工作室',
        rows: [
          header,
          [1, '预算审查监督专业力量不足', '聘请财经专家组成预算审查咨询组', '蒋涛', d(2026, 7, 31), '专家名单已确定', '整改中', null],
          [2, '预算联网监督系统使用率不高', '开展系统操作培训，定期通报使用情况', '蒋涛', d(2027, 3, 31), '培训已安排', '未启动', null],
        ],
      },
    ],
  };
}

/** The first week's ledgers, in a fresh copy each call. */
export function firstWeekLedgers(): ExampleLedger[] {
  return [office(), research(), deputies(), party(), legal()];
}

/** Writes ledgers into dir; returns their paths. */
export function writeLedgers(dir: string, ledgers: ExampleLedger[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return ledgers.map((l) => {
    const file = path.join(dir, l.file);
    if (l.csv) writeCsv(file, l.sheets[0].rows, l.csv);
    else writeWorkbook(file, l.sheets, { date1904: l.date1904 });
    return file;
  });
}
