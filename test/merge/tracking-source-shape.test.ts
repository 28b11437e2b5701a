// An earlier report's items must not re-shape the merge's own: every ItemSource ({file, sheet,
// row}) shares one V8 object layout, and a row stored as a double changes that layout for all of
// them, so each of the merge's 100,000 sources is migrated when 汇总 next reads it. V8's own
// %HaveSameMap tells, in a child node started with --allow-natives-syntax.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { sourceRow } from '../../scripts/tracking/item-fields';
import { tempDir } from './cli-helpers';

const READER = path.join(__dirname, '..', '..', 'scripts', 'tracking', 'read-json-report.js');
const LEDGER = path.join(__dirname, '..', '..', 'ledger');

/** Reads `file` and every item's source many times (so V8 optimises the getter); whether a source made before still has the layout of one made after. */
const CHILD = `
const { readJsonReport } = require(${JSON.stringify(READER)});
const { compileSchema } = require(${JSON.stringify(path.join(LEDGER, 'compile.js'))});
const { defaultSchema } = require(${JSON.stringify(path.join(LEDGER, 'schema.js'))});
const before = { file: '办公室.xlsx', sheet: '台账', row: 1 };
const items = readJsonReport(process.argv[1], 'r.json', compileSchema(defaultSchema())).snapshot.items;
let rows = 0;
for (let k = 0; k < 100000; k++) rows += items[k % items.length].source.row;
const after = { file: '财务科.xlsx', sheet: '台账', row: 2 };
process.stdout.write(JSON.stringify({ rows, same: %HaveSameMap(before, after) }));
`;

function item(id: string, row: number): unknown {
  return {
    id,
    problem: '问题' + id,
    measures: '',
    department: '办公室',
    owner: '',
    deadline: '2026-11-30',
    progress: '',
    status: '整改中',
    light: 'amber',
    daysLeft: 5,
    effectiveDeadline: '2026-11-30',
    source: { file: '办公室.xlsx', sheet: '台账', row },
  };
}

describe('merge --previous: an earlier report keeps the sources’ layout', function () {
  this.timeout(60000);

  it('source rows read back as small integers, and other numbers as they are', () => {
    assert.deepStrictEqual([4, 0, -0, 2.5, 2 ** 40].map(sourceRow), [4, 0, 0, 2.5, 2 ** 40]);
  });

  it('reading a JSON report leaves every source with the layout new ones get', () => {
    const file = path.join(tempDir('source-shape-'), 'r.json');
    fs.writeFileSync(file, JSON.stringify({ asOf: '2026-11-18', warnDays: 7, items: [item('1', 4), item('2', 5), item('3', 6)] }));
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', CHILD, file], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { rows: number; same: boolean };
    assert.strictEqual(out.rows, 33334 * 4 + 33333 * 5 + 33333 * 6);
    assert.ok(out.same, 'a source read from the report re-shaped the sources made before it');
  });
});
