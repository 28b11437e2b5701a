// Property: whatever a department's ledger holds, rows in = items out + rows reported.
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { dayFromYMD } from '../../ledger/days';
import { defaultSchema } from '../../ledger/schema';
import { runMerge } from '../../scripts/merge-run';
import { tempDir } from './cli-helpers';
import { d, FixtureCell, writeCsv, writeWorkbook } from './fixtures';

type Kind = 'item' | 'blank' | 'total' | 'section';

const HEADER = ['序号', '问题描述', '整改措施', '责任人', '完成时限', '整改状态'];
const STATUSES = ['未启动', '整改中', '已完成', '已销号', '推进中', '', '乱填'];
const DEADLINES: FixtureCell[] = [d(2026, 6, 30), '2026年12月底', '长期坚持', '尽快', '', d(2027, 1, 31), '6月底前'];
const word = fc.string({ unit: fc.constantFrom('问', '题', '措', '施', '整', '改', 'a', '1', ' '), minLength: 1, maxLength: 8 });

const rowArb = fc.oneof(
  fc.record({
    kind: fc.constant<Kind>('item'),
    cells: fc.tuple(word, fc.option(word, { nil: null }), fc.constantFrom(...STATUSES), fc.constantFrom(...DEADLINES)),
  }),
  fc.record({ kind: fc.constant<Kind>('blank'), cells: fc.constant(null) }),
  fc.record({ kind: fc.constant<Kind>('total'), cells: fc.constantFrom('合计', '总计', '合 计：') }),
  fc.record({ kind: fc.constant<Kind>('section'), cells: fc.constantFrom('一、统筹谋划少', '（二）工作本领方面', '第三部分 纪律作风') }),
);

const ledgerArb = fc.record({
  titleRows: fc.integer({ min: 0, max: 3 }),
  rows: fc.array(rowArb, { maxLength: 25 }),
  csv: fc.boolean(),
});

describe('merge: every row is accounted for (property) @tz', () => {
  let dir: string;
  before(() => {
    dir = tempDir('prop-');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('rows in = items out + skipped rows reported, with the reason per kind', () => {
    let n = 0;
    fc.assert(
      fc.property(ledgerArb, (ledger) => {
        const rows: FixtureCell[][] = [];
        for (let i = 0; i < ledger.titleRows; i++) rows.push(i === 0 ? ['某部门问题整改台账'] : []);
        rows.push(HEADER);
        let id = 0;
        for (const r of ledger.rows) {
          if (r.kind === 'item') {
            const [problem, owner, status, deadline] = r.cells as [string, string | null, string, FixtureCell];
            rows.push([++id, problem, '措施' + id, owner, deadline, status]);
          } else if (r.kind === 'blank') rows.push([]);
          else rows.push([r.cells as string]);
        }
        const file = path.join(dir, 'l' + ++n + (ledger.csv ? '.csv' : '.xlsx'));
        if (ledger.csv) writeCsv(file, rows, 'gbk');
        else writeWorkbook(file, [{ name: '办公室', rows }]);

        const result = runMerge({
          files: [{ path: file, display: path.basename(file) }],
          schema: defaultSchema(),
          asOf: dayFromYMD(2026, 11, 25),
          warnDays: 7,
        });
        const count = (k: Kind) => ledger.rows.filter((r) => r.kind === k).length;
        const skipped = result.findings.filter((f) => f.code === 'row-skipped');
        assert.strictEqual(result.files[0].rowsRead, result.items.length + skipped.length);
        assert.strictEqual(result.files[0].rowsRead, ledger.rows.length - count('blank'));
        assert.strictEqual(result.items.length, count('item'));
        assert.strictEqual(skipped.filter((f) => f.message.includes('合计行')).length, count('total'));
        assert.strictEqual(skipped.filter((f) => f.message.includes('分类标题行')).length, count('section'));
        // Each item keeps its own sheet row.
        const itemRows = result.items.map((m) => m.item.row);
        const expectedRows: number[] = [];
        ledger.rows.forEach((r, i) => {
          if (r.kind === 'item') expectedRows.push(ledger.titleRows + 2 + i);
        });
        assert.deepStrictEqual(itemRows, expectedRows);
        fs.unlinkSync(file);
      }),
      { numRuns: 60 },
    );
  });
});
