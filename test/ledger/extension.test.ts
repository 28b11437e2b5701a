// 延期: the statuses 申请延期 / 已延期 and the optional 原定时限 column.
import * as assert from 'assert';
import { compileSchema } from '../../ledger/compile';
import { applyConfig } from '../../ledger/config';
import { dayFromYMD } from '../../ledger/days';
import { detectHeader } from '../../ledger/header';
import { classify } from '../../ledger/lights';
import { readLedger } from '../../ledger/read';
import { defaultSchema, formColumns } from '../../ledger/schema';
import { parseStatus } from '../../ledger/status';
import { CellValue } from '../../ledger/types';

const schema = compileSchema(defaultSchema());
const AS_OF = dayFromYMD(2026, 11, 25);

function read(rows: CellValue[][]) {
  return readLedger({ name: '办公室', rows }, { schema, year: 2026, asOf: AS_OF });
}

describe('延期 statuses', () => {
  it('申请延期 and 已延期 mean 整改中, the deadline being or having been extended', () => {
    assert.deepStrictEqual(parseStatus('申请延期', schema), { status: '整改中', standing: false, extension: 'requested', known: true });
    assert.deepStrictEqual(parseStatus(' 已 延 期 ', schema), { status: '整改中', standing: false, extension: 'granted', known: true });
    assert.deepStrictEqual(parseStatus('整改中（申请延期）', schema), {
      status: '整改中',
      standing: false,
      extension: 'requested',
      known: true,
    });
    assert.deepStrictEqual(parseStatus('已延期（延至12月底）', schema), {
      status: '整改中',
      standing: false,
      extension: 'granted',
      known: true,
    });
    assert.strictEqual(parseStatus('已完成（已延期）', schema).known, false);
    assert.strictEqual(parseStatus('整改中', schema).extension, null);
  });

  it('lights an item by its current deadline, as any 整改中 item', () => {
    const ledger = read([
      ['问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
      ['甲', '措施', '张三', '2026-11-20', '申请延期'],
      ['乙', '措施', '李四', '2026-12-31', '已延期'],
    ]);
    assert.deepStrictEqual(ledger.findings, []);
    assert.deepStrictEqual(
      ledger.items.map((i) => [i.status, i.extension, classify(i, AS_OF, 7).light]),
      [
        ['整改中', 'requested', 'red'],
        ['整改中', 'granted', 'green'],
      ],
    );
  });

  it('cannot be given to another status by a config', () => {
    const r = applyConfig(defaultSchema(), { statusSynonyms: { 已完成: ['已延期'] } });
    assert.strictEqual(r.errors.length, 1);
    assert.match(r.errors[0], /“已延期”已用于“整改中（已延期）”状态/);
  });
});

describe('原定时限', () => {
  it('is read under its header or a synonym, beside 完成时限 and its synonyms', () => {
    for (const [original, deadline] of [
      ['原定时限', '完成时限'],
      ['原完成时限', '完成时限'],
      ['原计划完成时间', '计划完成时间'],
    ]) {
      const h = detectHeader({ name: 's', rows: [['问题描述', '整改措施', '责任人', deadline, original, '整改状态']] }, schema);
      assert.ok(h, original);
      assert.deepStrictEqual([h.columns.deadline, h.columns.originalDeadline], [3, 4], original);
    }
  });

  it('gives 延期 N 天 where it differs from 完成时限, and nothing where it does not', () => {
    const ledger = read([
      ['问题描述', '整改措施', '责任人', '完成时限', '原定时限', '整改状态'],
      ['甲', '措施', '张三', '2026-12-31', '2026-11-30', '已延期'],
      ['乙', '措施', '李四', '2026-12-31', '2026-12-31', '整改中'],
      ['丙', '措施', '王五', '2026-12-31', null, '整改中'],
      ['丁', '措施', '赵六', '2026-11-20', '2026年12月底', '整改中'],
      ['戊', '措施', '孙七', '长期坚持', '2026-06-30', '整改中'],
    ]);
    assert.deepStrictEqual(
      ledger.items.map((i) => [i.text.originalDeadline, i.extendedDays]),
      [
        ['2026-11-30', 31],
        ['2026-12-31', null],
        ['', null],
        ['2026年12月底', -41],
        ['2026-06-30', null],
      ],
    );
    assert.deepStrictEqual(ledger.items[0].originalDeadline, { kind: 'date', day: dayFromYMD(2026, 11, 30) });
    assert.deepStrictEqual(ledger.findings, []);
  });

  it('reports an original deadline that is no date, naming the cell', () => {
    const ledger = read([
      ['问题描述', '整改措施', '责任人', '完成时限', '原定时限', '整改状态'],
      ['甲', '措施', '张三', '2026-12-31', '原来的', '已延期'],
    ]);
    assert.deepStrictEqual(
      ledger.findings.map((f) => [f.row, f.column, f.code, f.severity]),
      [[2, 'E', 'original-deadline-invalid', 'warning']],
    );
    assert.match(ledger.findings[0].message, /第2行「原定时限」列的“原来的”不是可识别的日期/);
    assert.strictEqual(ledger.items[0].extendedDays, null);
  });

  it('is optional: not in the blank ledger form, and no finding when a ledger lacks it', () => {
    assert.ok(formColumns(schema).every((c) => c.key !== 'originalDeadline'));
    assert.strictEqual(formColumns(schema).length, schema.columns.length - 1);
    const ledger = read([
      ['问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
      ['甲', '措施', '张三', '2026-12-31', '整改中'],
    ]);
    assert.deepStrictEqual(ledger.findings, []);
    assert.deepStrictEqual(ledger.items[0].originalDeadline, { kind: 'empty' });
  });
});
