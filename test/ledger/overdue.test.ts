import * as assert from 'assert';
import { compileSchema } from '../../ledger/compile';
import { dayFromYMD } from '../../ledger/days';
import { dueLists, overdueReport } from '../../ledger/overdue';
import { readLedger } from '../../ledger/read';
import { defaultSchema } from '../../ledger/schema';
import { stableSort } from '../../ledger/sort';
import { Classification, Light } from '../../ledger/types';

const AS_OF = dayFromYMD(2026, 11, 25);

function cls(light: Light | null, daysLeft: number | null): Classification {
  return { light, daysLeft };
}

describe('dueLists: 逾期 and 临期 apart', () => {
  it('puts red entries in overdue and amber ones in dueSoon, each by days left, ties in entry order', () => {
    const entries = [
      { name: 'a', c: cls('amber', 3) },
      { name: 'b', c: cls('red', -2) },
      { name: 'c', c: cls('green', 30) },
      { name: 'd', c: cls('red', -9) },
      { name: 'e', c: cls('amber', 0) },
      { name: 'f', c: cls('red', -2) },
      { name: 'g', c: cls(null, null) },
      { name: 'h', c: cls('blue', null) },
      { name: 'i', c: cls('amber', 3) },
    ];
    const lists = dueLists(entries, (e) => e.c);
    assert.deepStrictEqual(
      lists.overdue.map((e) => e.name),
      ['d', 'b', 'f'],
    );
    assert.deepStrictEqual(
      lists.dueSoon.map((e) => e.name),
      ['e', 'a', 'i'],
    );
  });

  it('stableSort keeps equal keys in order for any number of them', () => {
    const list = Array.from({ length: 200 }, (_, i) => ({ key: i % 3, i }));
    const sorted = stableSort(list, (e) => e.key);
    for (let k = 1; k < sorted.length; k++) {
      const a = sorted[k - 1];
      const b = sorted[k];
      assert.ok(a.key < b.key || (a.key === b.key && a.i < b.i));
    }
  });
});

describe('overdueReport', () => {
  const rows = [
    ['问题描述', '整改措施', '责任部门', '责任人', '完成时限', '整改状态'],
    ['甲', '措施', '办公室', '张三', '2026-11-27', '整改中'],
    ['乙', '措施', '研究室', '李四', '2026-11-20', '整改中'],
    ['丙', '措施', '办公室', '王五', '2026-11-01', '整改中'],
    ['丁', '措施', '办公室', '张三', '2026-11-24', '未启动'],
    ['戊', '措施', '研究室', '李四', '2026-11-11-31', '整改中'],
    ['己', '措施', '研究室', '李四', '2026-12-31', '已完成'],
  ];
  const items = readLedger({ name: '台账', rows }, { schema: compileSchema(defaultSchema()), year: 2026, asOf: AS_OF }).items;

  it('groups overdue then due-soon entries by department and person, the department with more overdue items first', () => {
    const report = overdueReport(items, AS_OF, 7);
    assert.deepStrictEqual(report.counts, { red: 3, amber: 1, green: 0, blue: 1, grey: 0, unknown: 1 });
    assert.deepStrictEqual(
      report.groups.map((g) => [g.department, g.overdue, g.dueSoon, g.entries.map((e) => e.item.text.problem).join('')]),
      [
        ['办公室', 2, 1, '丙丁甲'],
        ['研究室', 1, 0, '乙'],
      ],
    );
    assert.deepStrictEqual(
      report.groups[0].owners.map((o) => [o.owner, o.entries.map((e) => e.item.text.problem).join('')]),
      [
        ['王五', '丙'],
        ['张三', '丁甲'],
      ],
    );
  });
});
