// Department workbooks for the benchmark: realistic layout (title rows, header,
// section rows, date cells and text dates, a 合计 row), any number of rows.
import * as path from 'path';
import { d, FixtureCell, writeWorkbook } from '../merge/fixtures';

const STATUSES = ['未启动', '整改中', '已完成', '已销号', '推进中', '长期坚持'];
const CATEGORIES = ['统筹谋划少', '顶层设计少', '代表活动少', '实质互动少', '创新思路少', '总结提升少', '纪律作风'];

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
 * Writes `files` workbooks of `rows` items each into dir; returns their paths. A later `week`
 * changes them as a week does: most progress rewritten, some items finished, some deadlines
 * moved, a few items deleted.
 */
export function writeBenchLedgers(dir: string, files: number, rows: number, week = 1): string[] {
  const out: string[] = [];
  for (let f = 0; f < files; f++) {
    const dept = '部门' + (f + 1);
    const data: FixtureCell[][] = [
      [dept + '“机关建设年”问题整改台账'],
      ['填报单位：' + dept, null, null, null, null, null, null, '填报日期：2026年11月20日'],
      ['序号', '问题类别', '问题描述', '整改措施', '责任部门', '责任人', '责任领导', '完成时限', '整改进展', '整改状态', '销号日期', '备注'],
    ];
    const later = week > 1;
    for (let i = 0; i < rows; i++) {
      if (i % 100 === 0) data.push(['第' + (i / 100 + 1) + '部分']);
      if (later && i % 250 === 7) continue;
      const status = later && i % 50 === 1 ? '已完成' : STATUSES[i % STATUSES.length];
      const progress = i % 3 === 0 ? '已完成阶段性工作，正在持续推进' : null;
      data.push([
        i + 1,
        CATEGORIES[i % CATEGORIES.length],
        dept + '问题描述第' + (i + 1) + '项：工作中存在的具体问题表现，需要认真整改落实',
        '整改措施第' + (i + 1) + '项：建立健全相关制度，明确责任分工和完成时限',
        dept,
        '责任人' + (i % 17),
        '领导' + (i % 3),
        deadline(i, later && i % 100 === 2),
        later && i % 4 !== 0 ? '第' + week + '周：' + (progress || '已部署') : progress,
        status,
        status === '已销号' ? d(2026, (i % 10) + 1, 15) : null,
        i % 7 === 0 ? '备注' : null,
      ]);
    }
    data.push(['合计：共' + rows + '项']);
    const file = path.join(dir, dept + '整改台账.xlsx');
    writeWorkbook(file, [{ name: dept, rows: data, merges: ['A1:L1'] }]);
    out.push(file);
  }
  return out;
}
