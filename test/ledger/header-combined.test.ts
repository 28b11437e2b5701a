// A header cell that joins two words of the same column ("备注/说明") is that
// column; its values must not be dropped from the report.
import * as assert from 'assert';
import { detectHeader } from '../../ledger/header';
import { compileSchema } from '../../ledger/compile';
import { defaultSchema } from '../../ledger/schema';

const schema = compileSchema(defaultSchema());

describe('detectHeader: header cells joining two words', () => {
  for (const notes of ['备注/说明', '备注、说明', '备注／说明', '说明及备注', '备注 / 说明']) {
    it('reads “' + notes + '” as the notes column', () => {
      const h = detectHeader(
        { name: '办公室', rows: [['问题描述', '整改措施', '责任人', '完成时限/完成时间', '整改状态', notes]] },
        schema,
      );
      assert.ok(h);
      assert.strictEqual(h.columns.notes, 5);
      assert.strictEqual(h.columns.deadline, 3);
      assert.strictEqual(h.headers.notes, notes.replace(/\s/g, ''));
    });
  }

  it('does not join words of different columns, nor a word with other text', () => {
    const h = detectHeader(
      { name: '办公室', rows: [['问题描述及原因分析', '整改措施', '责任人', '完成时限', '整改状态', '备注/附件']] },
      schema,
    );
    assert.ok(h);
    assert.strictEqual(h.columns.problem, 0);
    assert.strictEqual(h.columns.notes, undefined);
  });
});
