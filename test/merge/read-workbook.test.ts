// Reading what departments send: encodings, formats, hidden sheets, merges, error cells.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as XLSX from 'xlsx';
import { readWorkbook, WorkbookReadError } from '../../scripts/read-workbook';
import { tempDir } from './cli-helpers';
import { d, writeCsv, writeWorkbook } from './fixtures';

const ROWS = [
  ['问题描述', '责任部门', '完成时限'],
  ['台账“引号”,逗号', '办公室', '2026/6/30'],
];

describe('reading department workbooks', () => {
  let dir: string;
  before(() => {
    dir = tempDir('read-');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const encoding of ['gbk', 'utf8', 'utf8-bom'] as const) {
    it('reads a ' + encoding + ' CSV as text, exactly as typed', () => {
      const file = path.join(dir, encoding + '.csv');
      writeCsv(file, ROWS, encoding);
      const wb = readWorkbook(file);
      assert.strictEqual(wb.sheets.length, 1);
      assert.deepStrictEqual(wb.sheets[0].rows, ROWS);
    });
  }

  it('reads .xls, .ods and .xlsm with the same values and merges', () => {
    for (const ext of ['.xls', '.ods', '.xlsm']) {
      const file = path.join(dir, 'book' + ext);
      writeWorkbook(file, [
        { name: '台账', rows: [['标题'], ['问题描述', '完成时限'], ['甲', d(2026, 6, 30)], ['乙', 3]], merges: ['A1:B1'] },
      ]);
      const wb = readWorkbook(file);
      assert.strictEqual(wb.sheets[0].name, '台账', ext);
      assert.deepStrictEqual(
        wb.sheets[0].rows.slice(1),
        [
          ['问题描述', '完成时限'],
          ['甲', 46203],
          ['乙', 3],
        ],
        ext,
      );
      assert.deepStrictEqual(wb.sheets[0].merges, [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }], ext);
      assert.strictEqual(wb.sheets[0].date1904, false, ext);
    }
  });

  it('reports the 1904 date system and lists hidden sheets apart', () => {
    const file = path.join(dir, 'mac.xlsx');
    writeWorkbook(
      file,
      [
        { name: 'A', rows: [['x']] },
        { name: 'B', rows: [['y']], hidden: true },
      ],
      { date1904: true },
    );
    const wb = readWorkbook(file);
    assert.deepStrictEqual(
      wb.sheets.map((s) => s.name),
      ['A'],
    );
    assert.deepStrictEqual(wb.hidden, ['B']);
    assert.strictEqual(wb.sheets[0].date1904, true);
  });

  it('shows error cells as their Excel text, never as numbers', () => {
    const ws = XLSX.utils.aoa_to_sheet([['a', 1]]);
    ws.B1 = { t: 'e', v: 0x2a };
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const file = path.join(dir, 'err.xlsx');
    fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    assert.deepStrictEqual(readWorkbook(file).sheets[0].rows, [['a', '#N/A']]);
  });

  const broken: [string, string | Buffer, RegExp][] = [
    ['empty.xlsx', '', /文件为空/],
    ['text.xlsx', 'plain text, not a workbook', /已损坏或不是电子表格/],
    ['truncated.xlsx', Buffer.from('PK\u0003\u0004 truncated'), /已损坏或不是电子表格/],
  ];
  for (const [name, content, message] of broken) {
    it('refuses ' + name + ' with a Chinese reason', () => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      assert.throws(
        () => readWorkbook(file),
        (e: unknown) => e instanceof WorkbookReadError && message.test(e.message) && !/[A-Za-z]/.test(e.message),
      );
    });
  }
});
