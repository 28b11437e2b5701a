import * as assert from 'assert';
import { checkItems } from '../../ledger/checks';
import { dayFromYMD } from '../../ledger/days';
import { DEADLINE_HINT } from '../../ledger/deadline';
import { readLedger, SheetLedger } from '../../ledger/read';
import { compileSchema } from '../../ledger/compile';
import { defaultSchema } from '../../ledger/schema';
import { CellValue, Finding, SheetGrid } from '../../ledger/types';
import { viaXlsx } from '../via-xlsx';

const schema = compileSchema(defaultSchema());
const AS_OF = dayFromYMD(2023, 7, 15);
const N = null;

function read(rows: CellValue[][], extra: Partial<SheetGrid> = {}, file = 'in/办公室.xlsx'): SheetLedger {
  return readLedger({ name: '办公室', rows, ...extra }, { schema, file, year: 2023, asOf: AS_OF });
}

function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.row + ' ' + f.column + ' ' + f.code + ' ' + f.severity);
}

const HEADER = ['序号', '问题类别', '问题描述', '整改措施', '责任人', '完成时限', '整改状态', '销号日期'];

describe('checkItems @tz', () => {
  it('reports each empty required cell, naming the header as the sheet writes it', () => {
    const ledger = read([
      ['序号', '存在问题', '具体措施', '整改责任人', '完成时间', '状态'],
      [1, '问题', '措施', '张三', '2023-08-31', '整改中'],
      [2, N, N, N, N, N, '备注文字'],
    ]);
    assert.deepStrictEqual(codes(ledger.findings), [
      '3 B required-empty error',
      '3 C required-empty error',
      '3 D required-empty error',
      '3 E required-empty error',
      '3 F required-empty error',
    ]);
    assert.deepStrictEqual(
      ledger.findings.map((f) => f.key),
      ['problem', 'measures', 'owner', 'deadline', 'status'],
    );
    assert.strictEqual(ledger.findings[1].message, '第3行「具体措施」列为空，请填写');
    assert.strictEqual(ledger.findings[0].file, 'in/办公室.xlsx');
    assert.strictEqual(ledger.findings[0].sheet, '办公室');
  });

  it('reports a required column missing from the header once per sheet', () => {
    const ledger = read([
      ['问题描述', '整改措施', '责任人', '完成时限'],
      ['问题', '措施', '张三', '2023-08-31'],
      ['问题二', '措施', '李四', '2023-09-30'],
    ]);
    assert.deepStrictEqual(codes(ledger.findings), ['0  column-missing error']);
    assert.strictEqual(ledger.findings[0].key, 'status');
    assert.ok(/「整改状态」/.test(ledger.findings[0].message), ledger.findings[0].message);
  });

  it('reports a missing department once per sheet when neither sheet nor file names one', () => {
    const ledger = readLedger(
      {
        name: 'Sheet1',
        rows: [
          ['问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
          ['问题', '措施', '张三', '2023-08-31', '整改中'],
        ],
      },
      { schema, file: '整改台账.xlsx', year: 2023, asOf: AS_OF },
    );
    assert.deepStrictEqual(codes(ledger.findings), ['0  column-missing error']);
    assert.strictEqual(ledger.findings[0].key, 'department');
  });

  it('says what a deadline should look like, naming row, column and value', () => {
    const rows: CellValue[][] = [['办公室问题整改台账'], HEADER];
    for (let i = 1; i <= 9; i++) rows.push([i, '其他', '问题' + i, '措施', '张三', '2023-08-31', '整改中', N]);
    rows.push([10, '其他', '问题10', '措施', '张三', '下月中旬', '整改中', N]);
    const ledger = read(rows);
    assert.deepStrictEqual(codes(ledger.findings), ['12 F deadline-invalid error']);
    assert.strictEqual(ledger.findings[0].message, '第12行「完成时限」列的“下月中旬”不是可识别的日期，应填写' + DEADLINE_HINT);
    assert.strictEqual(ledger.findings[0].key, 'deadline');
  });

  it('lists the accepted statuses for an unknown one', () => {
    const ledger = read([HEADER, [1, '其他', '问题', '措施', '张三', '2023-08-31', '差不多了', N]]);
    assert.deepStrictEqual(codes(ledger.findings), ['2 G status-unknown error']);
    const m = ledger.findings[0].message;
    assert.ok(m.indexOf('“差不多了”') >= 0 && m.indexOf('未启动、整改中、已完成、已销号') >= 0 && m.indexOf('长期坚持') >= 0, m);
  });

  it('checks 销号日期: missing when closed, unreadable, or after the as-of date', () => {
    const ledger = read([
      HEADER,
      [1, '其他', '问题一', '措施', '张三', '2023-06-30', '已销号', N],
      [2, '其他', '问题二', '措施', '张三', '2023-06-30', '已销号', '上周'],
      [3, '其他', '问题三', '措施', '张三', '2023-06-30', '已销号', '2023-07-16'],
      [4, '其他', '问题四', '措施', '张三', '2023-06-30', '已销号', '2023-07-15'],
      [5, '其他', '问题五', '措施', '张三', '2023-06-30', '整改中', '2023-07-14'],
    ]);
    assert.deepStrictEqual(codes(ledger.findings), [
      '2 H closed-without-date error',
      '3 H closed-date-invalid error',
      '4 H closed-date-future warning',
    ]);
    assert.strictEqual(ledger.findings[0].message, '第2行已销号，但「销号日期」列为空，请填写销号日期');
    assert.strictEqual(ledger.findings[2].message, '第4行「销号日期」列的“2023-07-16”晚于统计日期2023-07-15，请核实');
  });

  it('warns once per sheet about closed items when there is no 销号日期 column', () => {
    const ledger = read([
      ['问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
      ['问题一', '措施', '张三', '2023-06-30', '已销号'],
      ['问题二', '措施', '张三', '2023-06-30', '办结销号'],
      ['问题三', '措施', '张三', '2023-06-30', '整改中'],
    ]);
    assert.deepStrictEqual(codes(ledger.findings), ['0  closed-without-date warning']);
    assert.ok(ledger.findings[0].message.indexOf('2项已销号') >= 0, ledger.findings[0].message);
  });

  it('reports every repeat of a 序号, naming the first row, but not one problem spread over rows', () => {
    const ledger = read([
      HEADER,
      [1, '其他', '问题一', '措施', '张三', '2023-08-31', '整改中', N],
      [1, '其他', '问题一', '另一措施', '李四', '2023-08-31', '整改中', N],
      [2, '其他', '问题二', '措施', '张三', '2023-08-31', '整改中', N],
      [1, '其他', '问题三', '措施', '张三', '2023-08-31', '整改中', N],
      ['3', '其他', '问题四', '措施', '张三', '2023-08-31', '整改中', N],
      [3, '其他', '问题五', '措施', '张三', '2023-08-31', '整改中', N],
      [1, '其他', '问题六', '措施', '张三', '2023-08-31', '整改中', N],
    ]);
    assert.deepStrictEqual(codes(ledger.findings), ['5 A duplicate-id warning', '7 A duplicate-id warning', '8 A duplicate-id warning']);
    assert.strictEqual(ledger.findings[0].message, '第5行「序号」列的“1”与第2行重复');
    assert.strictEqual(ledger.findings[1].message, '第7行「序号」列的“3”与第6行重复');
    assert.strictEqual(ledger.findings[2].message, '第8行「序号」列的“1”与第2行重复');
  });

  it('does not count a merged 序号 spanning rows of one problem as duplicates, in a real xlsx file', () => {
    const [grid] = viaXlsx([
      {
        name: '办公室',
        aoa: [
          HEADER,
          [1, '其他', '问题一', '措施一', '张三', '2023-08-31', '整改中'],
          [N, N, N, '措施二', '李四', '2023-09-30', '整改中'],
          [2, '其他', '问题二', '措施', '王五', '2023-08-31', '整改中'],
        ],
        merges: [0, 1, 2].map((c) => ({ s: { r: 1, c }, e: { r: 2, c } })),
      },
    ]);
    assert.strictEqual((grid.merges || []).length, 3);
    const ledger = read(grid.rows, { merges: grid.merges });
    assert.deepStrictEqual(
      ledger.items.map((i) => i.text.id),
      ['1', '1', '2'],
    );
    assert.deepStrictEqual(ledger.findings, []);
  });

  it('notes a category outside the list, comparing after normalising', () => {
    const ledger = read([
      HEADER,
      [1, '作风建设', '问题一', '措施', '张三', '2023-08-31', '整改中', N],
      [2, '统筹 谋划少', '问题二', '措施', '张三', '2023-08-31', '整改中', N],
      [3, N, '问题三', '措施', '张三', '2023-08-31', '整改中', N],
    ]);
    assert.deepStrictEqual(codes(ledger.findings), ['2 B category-unknown info']);
    assert.ok(ledger.findings[0].message.indexOf('“作风建设”') >= 0);
  });

  it('uses sheet column letters when the used range does not start at A1', () => {
    const ledger = read([HEADER, [1, '其他', '问题', '措施', '张三', '某天', '整改中', N]], { firstRow: 2, firstCol: 2 });
    assert.deepStrictEqual(codes(ledger.findings), ['4 H deadline-invalid error']);
    assert.ok(ledger.findings[0].message.indexOf('第4行') === 0);
  });

  it('lists sheet-wide findings first, then by row, and never changes the items', () => {
    const ledger = read([
      ['问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
      ['问题一', '措施', '张三', '明年', '已销号'],
      ['问题二', N, '张三', '2023-08-31', '整改中'],
    ]);
    const before = JSON.stringify(ledger.items);
    const again = checkItems(ledger.items, { header: ledger.header!, file: 'in/办公室.xlsx', sheet: '办公室', schema, asOf: AS_OF });
    assert.strictEqual(JSON.stringify(ledger.items), before);
    assert.deepStrictEqual(again, ledger.findings);
    assert.deepStrictEqual(codes(again), ['0  closed-without-date warning', '2 D deadline-invalid error', '3 B required-empty error']);
    assert.deepStrictEqual(
      ledger.items.map((i) => i.text.deadline),
      ['明年', '2023-08-31'],
    );
  });

  it('finds nothing in a clean ledger', () => {
    const ledger = read([
      HEADER,
      [1, '统筹谋划少', '问题一', '措施', '张三', '2023-08-31', '整改中', N],
      [2, '其他', '问题二', '措施', '李四', '长期坚持', '持续推进', N],
      [3, '精神状态', '问题三', '措施', '王五', '2023-06-30', '已销号', '2023-06-28'],
      [4, '工作本领', '问题四', '措施', '赵六', '2023-06-30', '已完成', N],
    ]);
    assert.deepStrictEqual(ledger.findings, []);
  });
});
