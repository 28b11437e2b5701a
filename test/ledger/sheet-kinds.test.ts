import * as assert from 'assert';
import { isInstructionSheet, isReportSheetSet, REPORT_SHEETS } from '../../ledger/sheet-kinds';

describe('sheet kinds', () => {
  it('recognises a merge report by its sheets, today’s and the earlier four-sheet one', () => {
    const today = Object.keys(REPORT_SHEETS).map((k) => REPORT_SHEETS[k as keyof typeof REPORT_SHEETS]);
    assert.deepStrictEqual(today, ['汇总', '统计', '变化', '趋势', '逾期清单', '临期清单', '数据问题', '报告信息']);
    assert.ok(isReportSheetSet(today));
    assert.ok(isReportSheetSet(['汇总', '统计', '逾期清单', '数据问题']));
    assert.ok(!isReportSheetSet(['汇总', '统计', '逾期清单']));
    assert.ok(!isReportSheetSet(['办公室', '研究室']));
  });

  it('recognises fill-in guides by name', () => {
    for (const name of ['填表说明', '填 报 须 知', '目录', '示例（勿删）']) assert.ok(isInstructionSheet(name), name);
    for (const name of ['办公室', '研究室台账', 'Sheet1']) assert.ok(!isInstructionSheet(name), name);
  });
});
