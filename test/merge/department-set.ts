// A folder of department ledgers in every supported format and layout, with the
// results a merge as of 2026-11-25 (warning window 7 days) must give.
import * as fs from 'fs';
import * as path from 'path';
import { d, writeCsv, writeWorkbook } from './fixtures';

export const AS_OF = '2026-11-25';

export interface Expected {
  light: string | null;
  daysLeft: number | null;
  department: string;
  file: string;
  sheet: string;
  row: number;
}

/** By problem text (unique across the set). */
export const EXPECTED: { [problem: string]: Expected } = {
  '办公室-逾期': { light: 'red', daysLeft: -56, department: '办公室', file: '办公室.xlsx', sheet: '办公室', row: 6 },
  '办公室-临期': { light: 'amber', daysLeft: 5, department: '办公室', file: '办公室.xlsx', sheet: '办公室', row: 7 },
  '办公室-正常': { light: 'green', daysLeft: 217, department: '办公室', file: '办公室.xlsx', sheet: '办公室', row: 9 },
  '办公室-已完成': { light: 'blue', daysLeft: null, department: '办公室', file: '办公室.xlsx', sheet: '办公室', row: 10 },
  '办公室-已销号': { light: 'grey', daysLeft: null, department: '办公室', file: '办公室.xlsx', sheet: '办公室', row: 11 },
  '办公室-长期': { light: 'green', daysLeft: null, department: '办公室', file: '办公室.xlsx', sheet: '办公室', row: 12 },
  '办公室-时限有误': { light: null, daysLeft: null, department: '办公室', file: '办公室.xlsx', sheet: '办公室', row: 13 },
  '研究室-逾期': { light: 'red', daysLeft: -5, department: '研究室', file: '研究室.xlsm', sheet: '台账', row: 2 },
  '研究室-正常': { light: 'green', daysLeft: 36, department: '研究室', file: '研究室.xlsm', sheet: '台账', row: 3 },
  '代表工作室-七天': { light: 'amber', daysLeft: 7, department: '代表工作室', file: '代表工作室.xls', sheet: 'Sheet1', row: 3 },
  '代表工作室-当天': { light: 'amber', daysLeft: 0, department: '代表工作室', file: '代表工作室.xls', sheet: 'Sheet1', row: 4 },
  '机关党委-逾期': { light: 'red', daysLeft: -25, department: '机关党委', file: '机关党委.csv', sheet: 'Sheet1', row: 2 },
  '机关党委-持续推进': { light: 'green', daysLeft: null, department: '机关党委', file: '机关党委.csv', sheet: 'Sheet1', row: 3 },
  '法工委-逾期一天': { light: 'red', daysLeft: -1, department: '法工委', file: '法工委.csv', sheet: 'Sheet1', row: 2 },
  '预算工作室-明天': { light: 'amber', daysLeft: 1, department: '预算工作室', file: '预算工作室.ods', sheet: '预算工作室', row: 2 },
  '财经工委-1904': { light: 'red', daysLeft: -24, department: '财经工委', file: 'mac.xlsx', sheet: '财经工委', row: 2 },
  '嵌套-正常': { light: 'green', daysLeft: 37, department: '人事处', file: path.join('sub', 'nested.xlsx'), sheet: 'Sheet1', row: 2 },
};

/** Overdue problems, most days overdue first. */
export const OVERDUE_ORDER = ['办公室-逾期', '机关党委-逾期', '财经工委-1904', '研究室-逾期', '法工委-逾期一天'];

/** Non-blank rows below each ledger header that are not items: the reasons a report must give. */
export const SKIPPED = [
  { file: '办公室.xlsx', row: 5, reason: '分类标题行' },
  { file: '办公室.xlsx', row: 14, reason: '合计行' },
];

export const READABLE_FILES = [
  '办公室.xlsx',
  '研究室.xlsm',
  '代表工作室.xls',
  '机关党委.csv',
  '法工委.csv',
  '预算工作室.ods',
  'mac.xlsx',
  path.join('sub', 'nested.xlsx'),
];

const SIMPLE_HEADER = ['问题描述', '整改措施', '责任部门', '责任人', '完成时限', '整改状态'];

/** Writes the readable ledgers, plus files that are skipped and listed as notices (lock, hidden, not a spreadsheet). */
export function writeDepartmentSet(dir: string): void {
  writeWorkbook(path.join(dir, '办公室.xlsx'), [
    { name: '填表说明', rows: [['填表说明'], ['完成时限请填写具体日期。']] },
    {
      name: '办公室',
      rows: [
        ['办公室“机关建设年”问题整改台账'],
        ['填报单位：办公室', null, null, null, null, null, '填报日期：2026年11月20日'],
        ['序号', '问题类别', '问题描述', '整改措施', '整改责任', null, '完成时限', '整改状态', '销号日期'],
        [null, null, null, null, '责任单位', '责任人', null, null, null],
        ['一、独立完成多、统筹谋划少'],
        [1, '统筹谋划少', '办公室-逾期', '措施一', '办公室', '张三', d(2026, 9, 30), '整改中', null],
        [2, null, '办公室-临期', '措施二', '办公室', '李四', d(2026, 11, 30), '整改中', null],
        [],
        [3, '精神状态', '办公室-正常', '措施三', '办公室', '王五', '2027年6月底', '未启动', null],
        [4, '精神状态', '办公室-已完成', '措施四', '办公室', '赵六', '2026年6月底', '已完成', null],
        [5, '其他', '办公室-已销号', '措施五', '办公室', '钱七', d(2026, 3, 31), '已销号', d(2026, 4, 10)],
        [6, '其他', '办公室-长期', '措施六', '办公室', '孙八', '长期坚持', '整改中', null],
        [7, '其他', '办公室-时限有误', '措施七', '办公室', '周九', '尽快', '整改中', null],
        ['合计', null, null, null, null, null, null, null, null],
      ],
      merges: ['A1:I1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4', 'H3:H4', 'I3:I4', 'B6:B7'],
    },
    { name: '草稿', hidden: true, rows: [SIMPLE_HEADER, ['草稿-不应合并', '措施', '办公室', '张三', d(2026, 1, 1), '整改中']] },
  ]);
  writeWorkbook(path.join(dir, '研究室.xlsm'), [
    {
      name: '台账',
      rows: [
        ['存在问题', '整改举措', '责任单位', '责任人', '整改时限', '进展情况', '状态'],
        ['研究室-逾期', '措施', '研究室', '吴一', d(2026, 11, 20), '进行中', '整改中'],
        ['研究室-正常', '措施', '研究室', '吴二', '2026/12/31', null, '推进中'],
      ],
    },
    { name: 'Sheet2', rows: [['备忘：下周一报送']] },
  ]);
  writeWorkbook(path.join(dir, '代表工作室.xls'), [
    {
      name: 'Sheet1',
      rows: [
        ['代表工作室整改清单'],
        ['问题清单', '具体措施', '牵头部门', '具体责任人', '计划完成时间', '当前状态'],
        ['代表工作室-七天', '措施', '代表工作室', '黄一', d(2026, 12, 2), '整改中'],
        ['代表工作室-当天', '措施', '代表工作室', '黄二', d(2026, 11, 25), '整改中'],
      ],
      merges: ['A1:F1'],
    },
  ]);
  writeCsv(
    path.join(dir, '机关党委.csv'),
    [
      SIMPLE_HEADER,
      ['机关党委-逾期', '统一记录本格式，每季度检查一次', '机关党委', '何静', '2026/10/31', '整改中'],
      ['机关党委-持续推进', '措施', '机关党委', '邓超', '持续推进', '整改中'],
    ],
    'gbk',
  );
  writeCsv(
    path.join(dir, '法工委.csv'),
    [SIMPLE_HEADER, ['法工委-逾期一天', '措施', '法工委', '曹阳', '2026-11-24', '未启动']],
    'utf8-bom',
  );
  writeWorkbook(path.join(dir, '预算工作室.ods'), [
    { name: '预算工作室', rows: [SIMPLE_HEADER, ['预算工作室-明天', '措施', null, '蒋涛', d(2026, 11, 26), '整改中']] },
  ]);
  writeWorkbook(
    path.join(dir, 'mac.xlsx'),
    [
      {
        name: '财经工委',
        rows: [
          ['问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
          ['财经工委-1904', '措施', '许一', d(2026, 11, 1), '整改中'],
        ],
      },
    ],
    { date1904: true },
  );
  writeWorkbook(path.join(dir, 'sub', 'nested.xlsx'), [
    { name: 'Sheet1', rows: [SIMPLE_HEADER, ['嵌套-正常', '措施', '人事处', '段一', '2027-01-01', '整改中']] },
  ]);
  fs.writeFileSync(path.join(dir, '~$办公室.xlsx'), 'lock file owned by Excel');
  fs.writeFileSync(path.join(dir, '.hidden.xlsx'), 'not a workbook');
  fs.mkdirSync(path.join(dir, '.git'));
  fs.writeFileSync(path.join(dir, '.git', 'x.xlsx'), 'not a workbook');
  fs.writeFileSync(path.join(dir, 'notes.txt'), '不是台账');
}

/** A file with a spreadsheet name but broken content. */
export function writeCorrupt(file: string): void {
  fs.writeFileSync(file, Buffer.from('PK\u0003\u0004 this zip is truncated'));
}
