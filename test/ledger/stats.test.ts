import * as assert from 'assert';
import { dayFromYMD } from '../../ledger/days';
import { departmentStats, emptyStats } from '../../ledger/stats';
import { DateParse, Extension, Item, Status } from '../../ledger/types';

const asOf = dayFromYMD(2023, 7, 15);

interface Spec {
  department: string;
  status: Status | null;
  deadline?: DateParse;
  standing?: boolean;
  closedOn?: DateParse;
  extension?: Extension;
  extendedDays?: number;
}

function item(s: Spec, row: number): Item {
  return {
    row: row,
    text: { department: s.department, status: s.status || '' },
    raw: {},
    category: '其他',
    department: s.department,
    departmentFrom: s.department ? 'cell' : 'none',
    deadline: s.deadline || { kind: 'empty' },
    status: s.status,
    standing: !!s.standing,
    extension: s.extension || null,
    closedOn: s.closedOn || { kind: 'empty' },
    originalDeadline: { kind: 'empty' },
    extendedDays: s.extendedDays === undefined ? null : s.extendedDays,
  };
}

function on(offset: number): DateParse {
  return { kind: 'date', day: asOf + offset };
}

const specs: Spec[] = [
  { department: '研究室', status: '已销号', deadline: on(-10), closedOn: on(-3) },
  { department: '办公室', status: '整改中', deadline: on(-1) },
  { department: '办公室', status: '未启动', deadline: on(3) },
  { department: '', status: null, deadline: on(-5) },
  { department: '办公室', status: '已销号', deadline: on(-10), closedOn: on(-12) },
  { department: '研究室', status: '已完成', deadline: on(-2) },
  { department: '办公室', status: '整改中', deadline: { kind: 'ongoing' } },
  { department: '研究室', status: '整改中', deadline: on(-40), standing: true },
  { department: '办公室', status: '未启动', deadline: { kind: 'invalid', text: '下周' } },
  { department: '研究室', status: null, deadline: on(30) },
];

describe('stats: per department', () => {
  const result = departmentStats(
    specs.map((s, i) => item(s, i + 3)),
    asOf,
    7,
  );

  it('lists departments in first-seen order, the one without a name last', () => {
    assert.deepStrictEqual(
      result.departments.map((d) => d.name),
      ['研究室', '办公室', '（未填部门）'],
    );
  });

  it('counts every column', () => {
    assert.deepStrictEqual(result.departments[0], {
      name: '研究室',
      total: 4,
      closed: 1,
      done: 1,
      inProgress: 1,
      notStarted: 1,
      ongoing: 1,
      overdue: 0,
      dueSoon: 0,
      closedLate: 1,
      extended: 0,
      completionRate: 0.5,
    });
    assert.deepStrictEqual(result.departments[1], {
      name: '办公室',
      total: 5,
      closed: 1,
      done: 0,
      inProgress: 2,
      notStarted: 2,
      ongoing: 1,
      overdue: 1,
      dueSoon: 1,
      closedLate: 0,
      extended: 0,
      completionRate: 0.2,
    });
    assert.deepStrictEqual(result.departments[2], {
      name: '（未填部门）',
      total: 1,
      closed: 0,
      done: 0,
      inProgress: 0,
      notStarted: 1,
      ongoing: 0,
      overdue: 1,
      dueSoon: 0,
      closedLate: 0,
      extended: 0,
      completionRate: 0,
    });
  });

  it('totals are the sums, named 合计', () => {
    const t = result.totals;
    assert.strictEqual(t.name, '合计');
    assert.strictEqual(t.total, specs.length);
    for (const key of [
      'total',
      'closed',
      'done',
      'inProgress',
      'notStarted',
      'ongoing',
      'overdue',
      'dueSoon',
      'closedLate',
      'extended',
    ] as const) {
      assert.strictEqual(
        t[key],
        result.departments.reduce((n, d) => n + d[key], 0),
        key,
      );
    }
    assert.strictEqual(t.completionRate, 3 / 10);
    assert.strictEqual(t.notStarted + t.inProgress + t.done + t.closed, t.total);
  });

  it('counts 延期: an extension status, or a deadline later than its 原定时限', () => {
    const stats = departmentStats(
      [
        item({ department: 'A', status: '整改中', deadline: on(20), extension: 'requested' }, 1),
        item({ department: 'A', status: '整改中', deadline: on(20), extension: 'granted', extendedDays: 30 }, 2),
        item({ department: 'A', status: '已销号', deadline: on(-2), closedOn: on(-3), extendedDays: 10 }, 3),
        item({ department: 'A', status: '整改中', deadline: on(20), extendedDays: -5 }, 4),
        item({ department: 'A', status: '整改中', deadline: on(20) }, 5),
      ],
      asOf,
      7,
    );
    assert.strictEqual(stats.departments[0].extended, 3);
    assert.strictEqual(stats.departments[0].inProgress, 4);
  });

  it('counts the as-of boundaries like the lights do', () => {
    const edge = departmentStats(
      [
        item({ department: 'A', status: '整改中', deadline: on(-1) }, 1),
        item({ department: 'A', status: '整改中', deadline: on(0) }, 2),
        item({ department: 'A', status: '整改中', deadline: on(7) }, 3),
        item({ department: 'A', status: '整改中', deadline: on(8) }, 4),
      ],
      asOf,
      7,
    );
    assert.strictEqual(edge.totals.overdue, 1);
    assert.strictEqual(edge.totals.dueSoon, 2);
  });

  it('handles no items', () => {
    assert.deepStrictEqual(departmentStats([], asOf, 7), { departments: [], totals: emptyStats('合计') });
  });

  it('keeps departments named like object members apart', () => {
    const odd = departmentStats(
      [item({ department: 'constructor', status: null }, 1), item({ department: '__proto__', status: null }, 2)],
      asOf,
      7,
    );
    assert.deepStrictEqual(
      odd.departments.map((d) => [d.name, d.total]),
      [
        ['constructor', 1],
        ['__proto__', 1],
      ],
    );
  });
});
