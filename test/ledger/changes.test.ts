import * as assert from 'assert';
import fc from 'fast-check';
import { Change, CHANGE_KINDS, compareSnapshots, DEFAULT_COMPARE_OPTIONS } from '../../ledger/changes';
import { dayFromYMD } from '../../ledger/days';
import { Snapshot, TrackedItem } from '../../ledger/tracked';
import { buildTrend, departmentDeltas } from '../../ledger/trend';
import { Light, Status } from '../../ledger/types';

const WEEK1 = dayFromYMD(2026, 11, 25);
const WEEK2 = dayFromYMD(2026, 12, 2);

let row = 3;
function item(department: string, id: string, problem: string, more: Partial<TrackedItem> = {}): TrackedItem {
  return {
    department,
    id,
    problem,
    measures: '措施：' + problem,
    owner: '张伟',
    deadlineText: '',
    deadline: dayFromYMD(2027, 6, 30),
    status: '整改中',
    statusText: '整改中',
    progress: '进展' + row,
    light: 'green',
    daysLeft: 100,
    source: { file: department + '.xlsx', sheet: department, row: row++ },
    ...more,
  };
}

function status(s: Status, light: Light): Partial<TrackedItem> {
  return { status: s, statusText: s, light, daysLeft: null };
}

function overdue(days: number): Partial<TrackedItem> {
  return { light: 'red', daysLeft: -days };
}

function kinds(changes: Change[]): string[] {
  return changes.map((c) => c.kind + ':' + c.problem);
}

describe('changes between two merges', () => {
  it('finds nothing when nothing changed but progress', () => {
    const before = [item('办公室', '1', '问题甲'), item('办公室', '2', '问题乙', status('已销号', 'grey'))];
    const after = before.map((x) => ({ ...x, progress: x.progress + '，已推进' }));
    const c = compareSnapshots({ asOf: WEEK1, items: before }, { asOf: WEEK2, items: after }, DEFAULT_COMPARE_OPTIONS);
    assert.deepStrictEqual(c.changes, []);
    assert.deepStrictEqual(c.overdueRuns, [0, 0]);
    assert.deepStrictEqual(c.progressRuns, [1, 0]);
  });

  it('finds each kind once, with the values before and after', () => {
    const p = [
      item('办公室', '1', '会议纪律执行不严', status('已完成', 'blue')), // → 已销号
      item('办公室', '2', '公文处理环节多', { progress: '系统选型中' }), // → 已完成
      item('办公室', '3', '重大事项请示报告流程不清晰', status('已完成', 'blue')), // → 整改中
      item('办公室', '4', '机关信息化建设缺乏整体规划', { deadline: dayFromYMD(2026, 11, 30) }), // +31 days
      item('办公室', '5', '干部工作标准不高', { light: 'amber', daysLeft: 3 }), // → red
      item('办公室', '6', '年度工作要点衔接不紧', overdue(10)), // red both times
      item('办公室', '7', '调研报告质量参差不齐', { progress: '审核制度已起草' }), // progress unchanged
      item('办公室', '8', '青年干部理论武装不够', { measures: '成立青年理论学习小组，每月集中学习一次' }), // rewritten
      item('办公室', '9', '对外交流学习少'), // deleted
    ];
    const n = [
      { ...p[0], ...status('已销号', 'grey'), progress: 'x1' },
      { ...p[1], ...status('已完成', 'blue'), progress: 'x2' },
      { ...p[2], ...status('整改中', 'red'), daysLeft: -5, progress: 'x3' },
      { ...p[3], deadline: dayFromYMD(2026, 12, 31), progress: 'x4' },
      { ...p[4], light: 'red' as Light, daysLeft: -2, progress: 'x5' },
      { ...p[5], daysLeft: -17, progress: 'x6' },
      { ...p[6], progress: '审核制度已起草。' },
      { ...p[7], problem: '青年干部理论学习缺乏系统性，学用结合不紧', progress: 'x8' },
      item('办公室', '10', '督查督办反馈不及时'),
    ];
    const c = compareSnapshots({ asOf: WEEK1, items: p }, { asOf: WEEK2, items: n }, { progressMerges: 2, overdueMerges: 2 });
    assert.deepStrictEqual(kinds(c.changes), [
      'added:督查督办反馈不及时',
      'vanished:对外交流学习少',
      'closed:会议纪律执行不严',
      'completed:公文处理环节多',
      'regressed:重大事项请示报告流程不清晰',
      'deadline:机关信息化建设缺乏整体规划',
      'newlyOverdue:重大事项请示报告流程不清晰',
      'newlyOverdue:干部工作标准不高',
      'stillOverdue:年度工作要点衔接不紧',
      'progressStale:调研报告质量参差不齐',
      'rewritten:青年干部理论学习缺乏系统性，学用结合不紧',
    ]);
    const by = (k: string) => c.changes.filter((x) => x.kind === k)[0];
    assert.deepStrictEqual([by('closed').before, by('closed').after], ['已完成', '已销号']);
    assert.deepStrictEqual(
      [by('deadline').before, by('deadline').after, by('deadline').days, by('deadline').note],
      ['2026-11-30', '2026-12-31', 31, '延期 31 天'],
    );
    assert.deepStrictEqual([by('stillOverdue').before, by('stillOverdue').after, by('stillOverdue').merges], ['逾期10天', '逾期17天', 2]);
    assert.deepStrictEqual([by('progressStale').before, by('progressStale').merges], ['审核制度已起草', 2]);
    assert.deepStrictEqual(
      [by('rewritten').before, by('rewritten').after],
      ['青年干部理论武装不够', '青年干部理论学习缺乏系统性，学用结合不紧'],
    );
    assert.strictEqual(by('newlyOverdue').before, '已完成待销号');
    assert.strictEqual(by('vanished').after, '');
    assert.strictEqual(by('vanished').previousSource, p[8].source);
    assert.strictEqual(by('vanished').source, null);
    assert.strictEqual(by('added').previousSource, null);
    assert.strictEqual(by('closed').source, n[0].source);
    assert.strictEqual(by('closed').previousSource, p[0].source);
    assert.strictEqual(c.counts.newlyOverdue, 2);
    assert.strictEqual(c.counts.unmatched, 0);
  });

  it('treats anything after 已销号 as a step back, and 已完成 → 整改中 too, but not a status first filled in', () => {
    const cases: [Status | null, Status | null, boolean][] = [
      ['已销号', '已完成', true],
      ['已销号', null, true],
      ['已完成', '整改中', true],
      ['整改中', '未启动', true],
      [null, '未启动', false],
      ['未启动', '整改中', false],
      ['已完成', '已完成', false],
    ];
    for (const [a, b, regressed] of cases) {
      const p = item('研究室', '1', '理论学习流于形式', { status: a, statusText: a || '' });
      const n = { ...p, status: b, statusText: b || '', progress: 'new' };
      const c = compareSnapshots({ asOf: WEEK1, items: [p] }, { asOf: WEEK2, items: [n] }, DEFAULT_COMPARE_OPTIONS);
      assert.strictEqual(c.counts.regressed, regressed ? 1 : 0, a + '→' + b);
    }
  });

  it('reports a deadline moved earlier, to 长期 or from 长期, but not one that could not be read', () => {
    const moves: [TrackedItem['deadline'], TrackedItem['deadline'], string | null][] = [
      [dayFromYMD(2026, 12, 31), dayFromYMD(2026, 12, 1), '提前 30 天'],
      [dayFromYMD(2026, 12, 31), 'ongoing', '改为长期'],
      ['ongoing', dayFromYMD(2026, 12, 31), '由长期改为具体日期'],
      [dayFromYMD(2026, 12, 31), null, null],
      [null, dayFromYMD(2026, 12, 31), null],
    ];
    for (const [a, b, note] of moves) {
      const p = item('研究室', '1', '理论学习流于形式', { deadline: a });
      const c = compareSnapshots(
        { asOf: WEEK1, items: [p] },
        { asOf: WEEK2, items: [{ ...p, deadline: b, progress: 'n' }] },
        DEFAULT_COMPARE_OPTIONS,
      );
      const found = c.changes.filter((x) => x.kind === 'deadline');
      assert.deepStrictEqual(
        found.map((x) => x.note),
        note === null ? [] : [note],
        String(a) + '→' + String(b),
      );
    }
  });

  it('marks a later deadline the ledger does not mark as 延期, and only that', () => {
    const p = item('研究室', '1', '研究成果转化运用不足', { deadline: dayFromYMD(2026, 11, 30) });
    const moved = (later: number, extended: boolean | undefined) => {
      const n = { ...p, deadline: dayFromYMD(2026, 11, 30) + later, extended, progress: 'n' };
      const c = compareSnapshots({ asOf: WEEK1, items: [p] }, { asOf: WEEK2, items: [n] }, DEFAULT_COMPARE_OPTIONS).changes[0];
      return [c.note, c.unexplained];
    };
    assert.deepStrictEqual(moved(31, false), ['延期 31 天，台账未注明延期', true]);
    assert.deepStrictEqual(moved(31, true), ['延期 31 天', undefined]);
    assert.deepStrictEqual(moved(31, undefined), ['延期 31 天', undefined], 'not known: not claimed');
    assert.deepStrictEqual(moved(-5, false), ['提前 5 天', undefined]);
  });

  it('reports 连续逾期 from three merges and 进展未更新 from two by default', () => {
    assert.deepStrictEqual(DEFAULT_COMPARE_OPTIONS, { progressMerges: 2, overdueMerges: 3 });
    const p = [item('办公室', '1', '问题甲', { ...overdue(3), progress: '同' })];
    const c = compareSnapshots({ asOf: WEEK1, items: p }, { asOf: WEEK2, items: [{ ...p[0], daysLeft: -10 }] }, DEFAULT_COMPARE_OPTIONS);
    assert.deepStrictEqual(
      c.changes.map((x) => x.kind + x.merges),
      ['progressStale2'],
    );
    assert.deepStrictEqual(c.overdueRuns, [2]);
  });

  it('counts streaks on from what the earlier report recorded, and reports them from the configured number of merges', () => {
    const p = [item('办公室', '1', '问题甲', { ...overdue(3), overdueRuns: 2, progress: '同', progressRuns: 2 })];
    const n = [{ ...p[0], daysLeft: -10 }];
    const run = (o: typeof DEFAULT_COMPARE_OPTIONS) => compareSnapshots({ asOf: WEEK1, items: p }, { asOf: WEEK2, items: n }, o);
    const c = run(DEFAULT_COMPARE_OPTIONS);
    assert.deepStrictEqual([c.overdueRuns, c.progressRuns], [[3], [3]]);
    assert.deepStrictEqual(
      c.changes.map((x) => x.kind + x.merges),
      ['stillOverdue3', 'progressStale3'],
    );
    assert.deepStrictEqual(run({ overdueMerges: 4, progressMerges: 4 }).changes, []);
    assert.strictEqual(run({ overdueMerges: 3, progressMerges: 4 }).changes.length, 1);
  });

  it('restarts the progress count when an item was done before', () => {
    const p = [item('办公室', '1', '问题甲', { ...status('已完成', 'blue'), progress: '同', progressRuns: 0 })];
    const n = [{ ...p[0], ...status('整改中', 'green'), daysLeft: 20 }];
    const c = compareSnapshots({ asOf: WEEK1, items: p }, { asOf: WEEK2, items: n }, DEFAULT_COMPARE_OPTIONS);
    assert.deepStrictEqual(c.progressRuns, [1]);
    assert.deepStrictEqual(
      c.changes.map((x) => x.kind),
      ['regressed'],
    );
  });

  it('does not look for changes that need a field the earlier report lacks', () => {
    const p = [item('办公室', '1', '问题甲', { status: null, statusText: '', light: null, daysLeft: null, deadline: null, progress: '' })];
    const n = [{ ...p[0], ...status('已销号', 'grey'), deadline: dayFromYMD(2026, 12, 1) }];
    const prev: Snapshot = { asOf: WEEK1, items: p };
    assert.deepStrictEqual(
      compareSnapshots(prev, { asOf: WEEK2, items: n }, DEFAULT_COMPARE_OPTIONS).changes.map((x) => x.kind),
      ['closed'],
    );
    prev.unknown = ['status', 'light', 'progress'];
    assert.deepStrictEqual(compareSnapshots(prev, { asOf: WEEK2, items: n }, DEFAULT_COMPARE_OPTIONS).changes, []);
    // An open item with empty progress both times is stale only when the earlier progress is known.
    const open = [{ ...p[0], ...status('整改中', 'green'), daysLeft: 9 }];
    assert.deepStrictEqual(compareSnapshots(prev, { asOf: WEEK2, items: open }, DEFAULT_COMPARE_OPTIONS).progressRuns, [1]);
    prev.unknown = [];
    assert.deepStrictEqual(compareSnapshots(prev, { asOf: WEEK2, items: open }, DEFAULT_COMPARE_OPTIONS).progressRuns, [2]);
  });

  it('lists both sides of items that cannot be told apart, naming the candidates', () => {
    const p = [item('办公室', '1', '会议纪律执行不严', { measures: '' }), item('办公室', '2', '会议纪律执行不严', { measures: '' })];
    const n = [item('办公室', '5', '会议纪律执行不严', { measures: '' })];
    const c = compareSnapshots({ asOf: WEEK1, items: p }, { asOf: WEEK2, items: n }, DEFAULT_COMPARE_OPTIONS);
    assert.deepStrictEqual(
      c.changes.map((x) => x.kind),
      ['unmatched', 'unmatched', 'unmatched'],
    );
    assert.match(c.changes[0].note, /^上期事项，可能对应本期：办公室\.xlsx 办公室 第\d+行$/);
    assert.match(c.changes[2].note, /^本期事项，可能对应上期：.*；.*$/);
    assert.strictEqual(c.counts.unmatched, 3);
  });
});

const STATES: Partial<TrackedItem>[] = [
  status('未启动', 'green'),
  status('整改中', 'green'),
  { ...status('整改中', 'red'), daysLeft: -4 },
  status('已完成', 'blue'),
  status('已销号', 'grey'),
];
const PROBLEMS = ['会议纪律执行不严', '公文处理环节多', '理论学习流于形式', '调研报告质量参差不齐', '对外交流学习少', '信息报送不及时'];

const trackedArb = fc
  .record({
    department: fc.constantFrom('办公室', '研究室'),
    id: fc.constantFrom('1', '2', '3'),
    problem: fc.constantFrom(...PROBLEMS),
    state: fc.constantFrom(...STATES),
    progress: fc.constantFrom('', '推进中', '已起草'),
  })
  .map((r) => item(r.department, r.id, r.problem, { ...r.state, progress: r.progress }));

describe('changes: conservation (property)', () => {
  it('earlier = matched + 事项消失 + 无法对应 (earlier side); current = matched + 新增 + 无法对应 (current side)', () => {
    fc.assert(
      fc.property(fc.array(trackedArb, { maxLength: 20 }), fc.array(trackedArb, { maxLength: 20 }), (before, now) => {
        const c = compareSnapshots({ asOf: WEEK1, items: before }, { asOf: WEEK2, items: now }, DEFAULT_COMPARE_OPTIONS);
        const matched = c.match.previousOf.filter((p) => p >= 0).length;
        const unmatched = c.changes.filter((x) => x.kind === 'unmatched');
        const earlierSide = unmatched.filter((x) => x.source === null).length;
        assert.strictEqual(matched + c.counts.vanished + earlierSide, before.length);
        assert.strictEqual(matched + c.counts.added + (unmatched.length - earlierSide), now.length);
        // Counts agree with the list, and every kind is listed in order.
        for (const k of CHANGE_KINDS) assert.strictEqual(c.counts[k], c.changes.filter((x) => x.kind === k).length);
        const order = c.changes.map((x) => CHANGE_KINDS.indexOf(x.kind));
        assert.deepStrictEqual(
          order,
          order.slice().sort((a, b) => a - b),
        );
        // The 统计 deltas add up to the totals.
        const d = departmentDeltas({ asOf: WEEK1, items: before }, { asOf: WEEK2, items: now }, c);
        assert.strictEqual(
          d.departments.reduce((n, x) => n + x.newlyClosed, 0),
          d.totals.newlyClosed,
        );
        assert.strictEqual(
          d.departments.reduce((n, x) => n + x.newlyOverdue, 0),
          d.totals.newlyOverdue,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('per-department deltas and trend', () => {
  const w1 = [
    item('办公室', '1', '问题甲', status('已完成', 'blue')),
    item('办公室', '2', '问题乙', { light: 'amber', daysLeft: 2 }),
    item('研究室', '1', '问题丙', overdue(5)),
  ];
  const w2 = [
    { ...w1[0], ...status('已销号', 'grey') },
    { ...w1[1], light: 'red' as Light, daysLeft: -5 },
    { ...w1[2], ...status('已完成', 'blue') },
    item('', '1', '问题丁'),
  ];

  it('gives 新销号, 新逾期 and the 完成率 change in percentage points per department', () => {
    const prev: Snapshot = { asOf: WEEK1, items: w1 };
    const cur: Snapshot = { asOf: WEEK2, items: w2 };
    const d = departmentDeltas(prev, cur, compareSnapshots(prev, cur, DEFAULT_COMPARE_OPTIONS));
    assert.deepStrictEqual(
      d.departments.map((x) => [x.name, x.newlyClosed, x.newlyOverdue, x.completionRate, x.completionRateChange]),
      [
        ['办公室', 1, 1, 0.5, 0],
        ['研究室', 0, 0, 1, 100],
        ['（未填部门）', 0, 0, 0, null],
      ],
    );
    assert.deepStrictEqual(
      [d.totals.name, d.totals.newlyClosed, d.totals.newlyOverdue, d.totals.completionRateChange],
      ['合计', 1, 1, 16.7],
    );
  });

  it('lists 完成率 and 逾期 at each merge, current departments first, gaps where a department had no items', () => {
    const w0 = [item('代表工作室', '1', '问题戊', overdue(1))];
    const trend = buildTrend([
      { asOf: WEEK1 - 7, items: w0 },
      { asOf: WEEK1, items: w1 },
      { asOf: WEEK2, items: w2 },
    ]);
    assert.deepStrictEqual(trend.asOf, [WEEK1 - 7, WEEK1, WEEK2]);
    assert.deepStrictEqual(
      trend.departments.map((s) => [s.name, s.completionRate, s.overdue]),
      [
        ['办公室', [null, 0.5, 0.5], [null, 0, 1]],
        ['研究室', [null, 0, 1], [null, 1, 0]],
        ['（未填部门）', [null, null, 0], [null, null, 0]],
        ['代表工作室', [0, null, null], [1, null, null]],
      ],
    );
    assert.deepStrictEqual(trend.totals.overdue, [1, 1, 1]);
  });
});
