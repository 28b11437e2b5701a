import * as assert from 'assert';
import fc from 'fast-check';
import { matchItems, MatchResult, MatchText } from '../../ledger/match';
import { textSimilarity } from '../../ledger/similarity';

function t(department: string, id: string, problem: string, measures = ''): MatchText {
  return { department, id, problem, measures };
}

/** [previous index, current index] pairs. */
function pairs(m: MatchResult): [number, number][] {
  const out: [number, number][] = [];
  m.previousOf.forEach((p, c) => {
    if (p >= 0) out.push([p, c]);
  });
  return out;
}

const OFFICE = [
  t('办公室', '1', '年度工作要点与常委会重点工作衔接不够紧密', '建立季度会商机制'),
  t('办公室', '2', '重大事项请示报告流程不清晰', '修订请示报告办法'),
  t('办公室', '3', '机关信息化建设缺乏整体规划', '编制信息化三年规划'),
  t('办公室', '4', '公文处理环节多、流转慢', '推行公文网上流转'),
];

describe('matching items across merges', () => {
  it('pairs identical items one to one', () => {
    const m = matchItems(OFFICE, OFFICE);
    assert.deepStrictEqual(pairs(m), [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    assert.deepStrictEqual([m.added, m.vanished, m.unresolved], [[], [], []]);
    assert.deepStrictEqual(m.similarity, [1, 1, 1, 1]);
  });

  it('follows renumbered and reordered rows by their text, and finds the deleted one', () => {
    // Item 2 deleted, the rest renumbered 1..3 and the last two swapped.
    const now = [t('办公室', '1', OFFICE[0].problem), t('办公室', '2', OFFICE[3].problem), t('办公室', '3', OFFICE[2].problem)];
    const m = matchItems(OFFICE, now);
    assert.deepStrictEqual(pairs(m), [
      [0, 0],
      [3, 1],
      [2, 2],
    ]);
    assert.deepStrictEqual(m.vanished, [1]);
    assert.deepStrictEqual(m.added, []);
  });

  it('matches text that differs only in spacing, punctuation or full-width forms', () => {
    const m = matchItems([t('研究室', '1', '会议纪律执行不严')], [t('研究室', '１', ' 会议纪律，执行不严。')]);
    assert.deepStrictEqual(pairs(m), [[0, 0]]);
    assert.strictEqual(m.similarity[0], 1);
  });

  it('matches a slightly reworded problem, with or without the same 序号', () => {
    const before = [t('办公室', '5', '年度工作要点与常委会重点工作衔接不够紧密')];
    const reworded = '年度工作要点与常委会重点工作衔接不紧密';
    for (const id of ['5', '9']) {
      const m = matchItems(before, [t('办公室', id, reworded)]);
      assert.deepStrictEqual(pairs(m), [[0, 0]], id);
      assert.ok(m.similarity[0] > 0.9 && m.similarity[0] < 1);
    }
  });

  it('accepts a looser rewording only with the same 序号', () => {
    const before = [t('办公室', '1', '年度工作要点与常委会重点工作衔接不够紧密')];
    const rewritten = '年度工作要点未能与常委会年度重点工作有效衔接'; // similarity ≈ 0.6
    assert.deepStrictEqual(pairs(matchItems(before, [t('办公室', '1', rewritten)])), [[0, 0]]);
    const m = matchItems(before, [t('办公室', '7', rewritten)]);
    assert.deepStrictEqual([pairs(m), m.added, m.vanished], [[], [0], [0]]);
  });

  it('prefers a clearly more similar problem under another 序号 to a looser one under the same 序号', () => {
    const before = [
      t('办公室', '1', '年度工作要点与常委会重点工作衔接不够紧密'),
      t('办公室', '2', '年度工作要点未能与常委会年度重点工作有效衔接'),
    ];
    // Renumbered: the second item is now 1, the first was deleted.
    const m = matchItems(before, [t('办公室', '1', '年度工作要点未能与常委会年度重点工作有效衔接')]);
    assert.deepStrictEqual(pairs(m), [[1, 0]]);
    assert.deepStrictEqual(m.vanished, [0]);
  });

  it('recognises a problem rewritten beyond recognition by its measures', () => {
    const before = [t('机关党委', '2', '青年干部理论武装不够', '成立青年理论学习小组，每月集中学习一次')];
    const now = [t('机关党委', '3', '青年干部理论学习缺乏系统性，学用结合不紧', '成立青年理论学习小组，每月集中学习一次')];
    const m = matchItems(before, now);
    assert.deepStrictEqual(pairs(m), [[0, 0]]);
    assert.ok(m.similarity[0] < 0.5);
  });

  it('never matches across departments', () => {
    const m = matchItems([t('办公室', '1', '会议纪律执行不严')], [t('研究室', '1', '会议纪律执行不严')]);
    assert.deepStrictEqual([pairs(m), m.added, m.vanished], [[], [0], [0]]);
  });

  it('compares department names after normalising them', () => {
    const m = matchItems([t('法工委 办公室', '1', '会议纪律执行不严')], [t('法工委办公室', '1', '会议纪律执行不严')]);
    assert.deepStrictEqual(pairs(m), [[0, 0]]);
  });

  it('never guesses between equally good candidates: both sides are 无法对应', () => {
    const before = [t('办公室', '1', '会议纪律执行不严', '每月通报'), t('办公室', '2', '会议纪律执行不严', '每月通报')];
    const now = [t('办公室', '3', '会议纪律执行不严', '每月通报')];
    const m = matchItems(before, now);
    assert.deepStrictEqual(pairs(m), []);
    assert.deepStrictEqual(m.unresolved, [{ previous: [0, 1], current: [0] }]);
    assert.deepStrictEqual([m.added, m.vanished], [[], []]);
  });

  it('tells equal problems apart by their measures', () => {
    const before = [
      t('办公室', '1', '会议纪律执行不严', '严格会议签到和请假制度'),
      t('办公室', '2', '会议纪律执行不严', '会风会纪纳入年度考核'),
    ];
    const now = [
      t('办公室', '4', '会议纪律执行不严', '会风会纪纳入年度考核'),
      t('办公室', '3', '会议纪律执行不严', '严格会议签到和请假制度'),
    ];
    assert.deepStrictEqual(pairs(matchItems(before, now)), [
      [1, 0],
      [0, 1],
    ]);
  });

  it('resolves a pair once a rival is taken by its own clear match', () => {
    const before = [t('办公室', '1', '会议纪律执行不严迟到早退'), t('办公室', '2', '会议纪律执行不严请假随意')];
    const now = [t('办公室', '', '会议纪律执行不严'), t('办公室', '', '会议纪律执行不严请假随意的')];
    // The first current item is as close to both earlier ones; the second is clearly the second's.
    const near = (a: string, b: string) => textSimilarity(a, b);
    assert.ok(Math.abs(near(now[0].problem, before[0].problem) - near(now[0].problem, before[1].problem)) < 0.1);
    assert.ok(near(now[1].problem, before[1].problem) - near(now[0].problem, before[1].problem) > 0.1);
    assert.deepStrictEqual(pairs(matchItems(before, now)), [
      [0, 0],
      [1, 1],
    ]);
  });

  it('handles empty sides', () => {
    assert.deepStrictEqual(matchItems([], OFFICE).added, [0, 1, 2, 3]);
    assert.deepStrictEqual(matchItems(OFFICE, []).vanished, [0, 1, 2, 3]);
  });
});

// Realistic texts and the edits departments make to them, for the properties below.
const PROBLEMS = [
  '年度工作要点与常委会重点工作衔接不够紧密',
  '重大事项请示报告流程不清晰',
  '机关信息化建设缺乏整体规划',
  '公文处理环节多、流转慢',
  '部分干部工作标准不高、满足于过得去',
  '会议纪律执行不严',
  '调研课题选题与代表关注点结合不够',
  '调研报告质量参差不齐',
  '理论学习流于形式',
];
const DEPARTMENTS = ['办公室', '研究室', '机关党委'];

const itemArb = fc.record({
  department: fc.constantFrom(...DEPARTMENTS),
  id: fc.constantFrom('', '1', '2', '3', '4'),
  problem: fc.oneof(
    fc.constantFrom(...PROBLEMS),
    fc.tuple(fc.constantFrom(...PROBLEMS), fc.constantFrom('', '。', '的问题', '较为突出')).map(([p, s]) => p + s),
  ),
  measures: fc.constantFrom('', '建立季度会商机制', '修订请示报告办法', '每月通报一次'),
});

describe('matching: conservation (property)', () => {
  it('every item is matched once, or new/vanished, or 无法对应 — never two of these', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 25 }), fc.array(itemArb, { maxLength: 25 }), (before, now) => {
        const m = matchItems(before, now);
        const unresolvedPrev = m.unresolved.reduce((n, g) => n + g.previous.length, 0);
        const unresolvedCur = m.unresolved.reduce((n, g) => n + g.current.length, 0);
        const matched = pairs(m).length;
        assert.strictEqual(matched + m.vanished.length + unresolvedPrev, before.length);
        assert.strictEqual(matched + m.added.length + unresolvedCur, now.length);
        // Each index in exactly one place, and the pairing is one to one.
        const prevSeen = new Set<number>();
        const curSeen = new Set<number>();
        for (const [p, c] of pairs(m)) {
          assert.strictEqual(m.currentOf[p], c);
          prevSeen.add(p);
          curSeen.add(c);
          assert.strictEqual(before[p].department.length > 0 && before[p].department, now[c].department);
        }
        for (const p of m.vanished.concat(...m.unresolved.map((g) => g.previous))) {
          assert.ok(!prevSeen.has(p), 'previous ' + p + ' twice');
          prevSeen.add(p);
        }
        for (const c of m.added.concat(...m.unresolved.map((g) => g.current))) {
          assert.ok(!curSeen.has(c), 'current ' + c + ' twice');
          curSeen.add(c);
        }
        assert.strictEqual(prevSeen.size, before.length);
        assert.strictEqual(curSeen.size, now.length);
      }),
      { numRuns: 300 },
    );
  });

  it('finds every item again after the rows are shuffled and renumbered', () => {
    const distinct = PROBLEMS.map((p, i) => t(DEPARTMENTS[i % 3], String(i + 1), p, '措施' + i));
    fc.assert(
      fc.property(fc.shuffledSubarray(distinct, { minLength: distinct.length }), (shuffled) => {
        const now = shuffled.map((x, i) => ({ ...x, id: String(i + 1) }));
        const m = matchItems(distinct, now);
        assert.deepStrictEqual([m.added, m.vanished, m.unresolved], [[], [], []]);
        for (const [p, c] of pairs(m)) assert.strictEqual(distinct[p].problem, now[c].problem);
      }),
    );
  });
});
