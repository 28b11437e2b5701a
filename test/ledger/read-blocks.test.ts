// Rows around and between ledgers on one sheet: a second ledger stacked below
// the first, an 附件/说明 block and sign-off lines spread over several cells.
// None of them is an item; each is skipped with its reason.
import * as assert from 'assert';
import { compileSchema } from '../../ledger/compile';
import { dayFromYMD } from '../../ledger/days';
import { readLedger, ReadOptions } from '../../ledger/read';
import { defaultSchema } from '../../ledger/schema';
import { CellValue } from '../../ledger/types';

const N = null;
const HEADER = ['序号', '问题描述', '整改措施', '责任部门', '责任人', '完成时限', '整改状态'];

function opts(): ReadOptions {
  return { schema: compileSchema(defaultSchema()), year: 2026, asOf: dayFromYMD(2026, 7, 10), file: 'a.xlsx' };
}

function read(rows: CellValue[][]) {
  return readLedger({ name: '台账', rows }, opts());
}

describe('readLedger: stacked ledgers and blocks below the table', () => {
  it('skips the title row of a second ledger stacked below the first, and resets the section', () => {
    const ledger = read([
      ['办公室整改台账'],
      HEADER,
      ['一、统筹谋划少'],
      [1, '问题A', '措施A', '办公室', '张三', '2026-06-30', '整改中'],
      [],
      ['研究室整改台账'],
      HEADER,
      [1, '问题C', '措施C', '研究室', '王五', '2026-06-01', '已完成'],
    ]);
    assert.deepStrictEqual(
      ledger.items.map((i) => i.row),
      [4, 8],
    );
    assert.deepStrictEqual(ledger.skipped, [
      { row: 3, reason: 'section' },
      { row: 6, reason: 'title' },
      { row: 7, reason: 'repeated-header' },
    ]);
    assert.deepStrictEqual(
      ledger.items.map((i) => i.category),
      ['统筹谋划少', ''],
    );
    // Each ledger numbers its items from 1: no duplicate 序号 across them.
    assert.deepStrictEqual(ledger.findings, []);
  });

  it('skips an 附件 line and a sign-off line whose labels fall in the 整改措施 or 问题描述 column', () => {
    const ledger = read([
      HEADER,
      [1, '问题A', '措施A', '办公室', '张三', '2026-06-30', '整改中'],
      ['附件：'],
      ['附件2：问题类别说明'],
      ['填表人：张三', N, '联系电话：12345678'],
      ['填表人：', '审核人：李四'],
    ]);
    assert.deepStrictEqual(
      ledger.items.map((i) => i.row),
      [2],
    );
    assert.deepStrictEqual(
      ledger.skipped.map((s) => s.reason),
      ['footer', 'footer', 'footer', 'footer'],
    );
    assert.strictEqual(ledger.rowsRead, 5);
  });

  it('keeps a row whose first text is in 问题描述, even if it reads like a note (an incomplete item stays visible)', () => {
    const ledger = read([HEADER, [N, '注：会议纪要不规范'], [N, N, '联系电话：未公开']]);
    assert.deepStrictEqual(
      ledger.items.map((i) => i.row),
      [2, 3],
    );
  });

  it('keeps a lone text row that no header follows as an item', () => {
    const ledger = read([HEADER, [1, '问题A', '措施A', '办公室', '张三', '2026-06-30', '整改中'], ['研究室整改台账']]);
    assert.deepStrictEqual(
      ledger.items.map((i) => i.row),
      [2, 3],
    );
  });
});
