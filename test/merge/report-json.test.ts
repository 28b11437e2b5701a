// The JSON report is written in chunks; it must read exactly as one JSON.stringify would write it.
import * as assert from 'assert';
import { jsonPieces, utf8Chunks } from '../../scripts/report-json';

describe('JSON report in chunks', () => {
  it('writes the same text as JSON.stringify(doc, null, 2), long lists element by element', () => {
    const doc = {
      asOf: '2026-11-25',
      warnDays: 7,
      files: [],
      departments: [{ name: '办公室', total: 2, rate: 0.5 }],
      items: [
        { problem: '问题"甲"\n第二行', light: null, source: { file: 'a.xlsx', row: 3 }, tags: [] },
        { problem: '问题乙', light: 'red', source: { file: 'b.xlsx', row: 4 }, tags: [1, [2]] },
      ],
      problems: [],
      totals: { name: '合计' },
    };
    const text = Array.from(jsonPieces(doc, { items: (x: unknown) => x, problems: (x: unknown) => x })).join('');
    assert.strictEqual(text, JSON.stringify(doc, null, 2) + '\n');
    const bytes = Buffer.concat(Array.from(utf8Chunks(jsonPieces(doc, { items: (x: unknown) => x }))));
    assert.strictEqual(bytes.toString('utf8'), JSON.stringify(doc, null, 2) + '\n');
  });
});
