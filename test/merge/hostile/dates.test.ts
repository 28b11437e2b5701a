// A date cell outside the years a deadline may fall in: the message quotes the
// date the clerk sees in the cell, not the serial number behind it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../cli-helpers';
import { d, writeWorkbook } from '../fixtures';
import { HEADER, mergeHostile } from './harness';

describe('hostile inputs: date cells out of range', () => {
  let work: string;
  beforeEach(() => {
    work = tempDir('hostile-dates-');
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  for (const date1904 of [false, true]) {
    it('names 1989-12-31 as a date, not as its serial' + (date1904 ? ' (1904 date system)' : ''), () => {
      writeWorkbook(
        path.join(work, '办公室.xlsx'),
        [
          {
            name: '办公室',
            rows: [
              [...HEADER, '销号日期'],
              ['问题甲', '措施', '办公室', '张三', d(1989, 12, 31), '已销号', d(2150, 1, 1)],
            ],
          },
        ],
        { date1904 },
      );
      const r = mergeHostile(work, ['.']);
      assert.strictEqual(r.code, 0, r.stderr);
      const messages = r.json!.problems.map((p) => p.message);
      const serial = date1904 ? 31411 : 32873;
      assert.ok(
        messages.includes(
          '第2行「完成时限」列的日期“1989-12-31”不在1990—2100年之间（单元格中的数值为' +
            serial +
            '），请核实；应填写' +
            '日期（如 2023-06-30、2023/6/30、2023年6月30日、2023年6月底、6月底前、年底前）或“长期坚持”“持续推进”“常态化”',
        ),
        messages.join('\n'),
      );
      assert.ok(
        messages.some((m) => m.startsWith('第2行「销号日期」列的日期“2150-01-01”不在1990—2100年之间')),
        messages.join('\n'),
      );
    });
  }

  it('still quotes a number that is no date as typed', () => {
    writeWorkbook(path.join(work, '办公室.xlsx'), [
      { name: '办公室', rows: [HEADER, ['问题甲', '措施', '办公室', '张三', 20231345, '整改中']] },
    ]);
    const r = mergeHostile(work, ['.']);
    assert.ok(
      r.json!.problems.some((p) => p.message.startsWith('第2行「完成时限」列的“20231345”不是可识别的日期')),
      r.stderr,
    );
  });
});
