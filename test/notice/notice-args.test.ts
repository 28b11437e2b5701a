// The merge's notice options, as parsed.
import * as assert from 'assert';
import { parseMergeArgs } from '../../scripts/merge-args';

describe('merge arguments: --notice and --notices-dir', () => {
  it('takes a .docx for the 通报 and a folder for the 通知单', () => {
    const p = parseMergeArgs(['in', '--out', 'r.xlsx', '--notice', '督查通报.DOCX', '--notices-dir=督办通知单']);
    assert.strictEqual(p.kind, 'run');
    if (p.kind === 'run') {
      assert.strictEqual(p.args.notice, '督查通报.DOCX');
      assert.strictEqual(p.args.noticesDir, '督办通知单');
    }
  });

  it('refuses a 通报 that is not a .docx, a missing value and a repeated option', () => {
    assert.deepStrictEqual(parseMergeArgs(['in', '--out', 'r.xlsx', '--notice', 'n.doc']), {
      kind: 'error',
      message: '--notice 的文件名须以 .docx 结尾：n.doc',
    });
    assert.deepStrictEqual(parseMergeArgs(['in', '--out', 'r.xlsx', '--notices-dir']), {
      kind: 'error',
      message: '--notices-dir 需要一个值',
    });
    assert.deepStrictEqual(parseMergeArgs(['in', '--out', 'r.xlsx', '--notice', 'a.docx', '--notice', 'b.docx']), {
      kind: 'error',
      message: '--notice 只能指定一次',
    });
  });
});
