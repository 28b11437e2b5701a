import * as assert from 'assert';
import { columnIndex, columnLetter, rangeAddress } from '../../ledger/cells';

describe('cell addressing', () => {
  it('names columns as Excel does, both ways', () => {
    for (const [i, letters] of [
      [0, 'A'],
      [25, 'Z'],
      [26, 'AA'],
      [701, 'ZZ'],
      [702, 'AAA'],
      [16383, 'XFD'],
    ] as [number, string][]) {
      assert.strictEqual(columnLetter(i), letters);
      assert.strictEqual(columnIndex(letters), i);
    }
  });

  it('builds a range from 0-based columns and 1-based rows', () => {
    assert.strictEqual(rangeAddress(0, 1, 11, 1), 'A1:L1');
    assert.strictEqual(rangeAddress(26, 3, 27, 1048576), 'AA3:AB1048576');
    assert.strictEqual(rangeAddress(2, 5, 2, 5), 'C5:C5');
  });
});
