// The report's rows show all their text where 宋体 is missing: LibreOffice (as WPS on Linux, UOS
// and Kylin render it) computes each row's optimal height under each common CJK fallback font,
// and no row may need more than the height the report stores (rows with no height of their own
// included: they take the sheet's default).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CJK_FALLBACKS, cjkFallbackSetup } from './cjk-fonts';
import { rowHeightsInLibreOffice } from './libreoffice-rows';
import { d, writeWorkbook } from './merge/fixtures';
import { runCli, tempDir } from './merge/cli-helpers';
import { repoRoot } from './repo-root';
import { writeXlsx } from '../scripts/xlsx-writer';

/** Flat ODS rounds heights to 1/10,000 inch. */
const ROUNDING_PT = 0.1;
const SHEETS = ['汇总', '统计', '逾期清单', '数据问题'];

/** A ledger whose texts wrap in many ways: long CJK, Latin words and digits, punctuation, line breaks. */
function awkwardLedger(file: string): void {
  const texts = [
    '会议材料准备不充分，'.repeat(5),
    '调研报告（2026年第3季度）未按时报送；相关ABC系统data export失败，需重新导出',
    '第一行\n第二行较长较长较长较长较长较长较长\n第三行',
    'https://example.gov.cn/zhenggai/taizhang/2026/11/report-final-version-2.xlsx',
    '0123456789012345678901234567890123456789',
    '短',
    '“双引号”、《书名号》、【括号】——破折号……省略号！问号？'.repeat(2),
  ];
  const rows: (string | number | null | ReturnType<typeof d>)[][] = [
    ['某某部门整改台账（测试用的很长很长的标题文字，看看标题行是否会被截断）'],
    ['序号', '问题类别', '问题描述', '整改措施', '责任部门', '责任人', '完成时限', '整改进展', '整改状态', '备注'],
  ];
  texts.forEach((t, i) => {
    const status = ['未启动', '整改中', '已完成', '已销号（长期坚持）', '待定'][i % 5];
    rows.push([
      i + 1,
      '统筹谋划少',
      t,
      texts[(i + 3) % texts.length],
      '研究室（综合处）',
      '张三、李四、王五',
      d(2026, 11, 1 + i * 5),
      t,
      status,
      t,
    ]);
  });
  writeWorkbook(file, [{ name: '研究室', rows }]);
}

describe('report row heights in LibreOffice under CJK fallback fonts', function () {
  this.timeout(600000);
  let work: string;
  let report: string;

  before(() => {
    work = tempDir('row-heights-');
    awkwardLedger(path.join(work, 'in', '研究室整改台账.xlsx'));
    fs.cpSync(path.join(repoRoot(), 'examples', '第1周'), path.join(work, 'in', 'examples'), { recursive: true });
    const r = runCli(['in', '--out', 'report.xlsx', '--as-of', '2026-11-25'], work);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    report = path.join(work, 'report.xlsx');
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('renders with the font it is given (the judge itself)', () => {
    const file = path.join(work, 'probe.xlsx');
    fs.writeFileSync(
      file,
      writeXlsx([{ name: 'p', rows: [['一二三四五六七八九十'.repeat(3)]], rowStyles: [{ wrap: true }], colWidths: [10] }], {
        font: { name: '宋体', size: 11 },
      }),
    );
    const noto = rowHeightsInLibreOffice(file, cjkFallbackSetup('Noto Sans CJK SC', true).fontconfig).optimal.p[0];
    const wqy = rowHeightsInLibreOffice(file, cjkFallbackSetup('WenQuanYi Micro Hei', true).fontconfig).optimal.p[0];
    assert.ok(noto > wqy + 5, `Noto Sans CJK ${noto} pt, WenQuanYi Micro Hei ${wqy} pt`);
  });

  for (const family of CJK_FALLBACKS) {
    for (const mapped of [true, false]) {
      it('clips no row with ' + family + (mapped ? ' standing in for 宋体' : ' as the CJK glyph fallback'), () => {
        const setup = cjkFallbackSetup(family, mapped);
        const { stored, optimal } = rowHeightsInLibreOffice(report, setup.fontconfig);
        for (const sheet of SHEETS) {
          assert.ok(stored[sheet] && stored[sheet].length > 3, setup.name + ': ' + sheet + ' read');
          const clipped: string[] = [];
          stored[sheet].forEach((h, r) => {
            if (optimal[sheet][r] > h + ROUNDING_PT) clipped.push(`row ${r + 1}: ${h.toFixed(2)} < ${optimal[sheet][r].toFixed(2)} pt`);
          });
          assert.deepStrictEqual(clipped, [], setup.name + ', ' + sheet);
        }
      });
    }
  }
});
