import * as assert from 'assert';
import { departmentLabel, entriesByDepartment } from '../../ledger/by-department';
import { NO_DEPARTMENT } from '../../ledger/stats';

describe('entries by department', () => {
  it('groups under the statistics’ names, keeping each department’s order', () => {
    const entries = [
      { d: '办公室', n: 1 },
      { d: '', n: 2 },
      { d: 'constructor', n: 3 },
      { d: '办公室', n: 4 },
    ];
    const by = entriesByDepartment(entries, (e) => e.d);
    assert.deepStrictEqual(
      (by['办公室'] || []).map((e) => e.n),
      [1, 4],
    );
    assert.deepStrictEqual(
      (by[NO_DEPARTMENT] || []).map((e) => e.n),
      [2],
    );
    assert.deepStrictEqual(
      (by['constructor'] || []).map((e) => e.n),
      [3],
    );
    assert.strictEqual(by['toString'], undefined);
    assert.strictEqual(departmentLabel(''), NO_DEPARTMENT);
    assert.strictEqual(departmentLabel('研究室'), '研究室');
  });
});
