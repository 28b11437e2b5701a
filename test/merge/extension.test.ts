// 延期 in the merge report: 原定时限 kept as written, 延期天数 in 汇总 and the JSON,
// 延期 counted per department in 统计.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dayFromYMD, serialFromDay } from '../../ledger/days';
import { readReport, runCli, table, tempDir } from './cli-helpers';
import { d, writeWorkbook } from './fixtures';
import { Json } from '../json';

describe('merge command: 延期 @tz', () => {
  let work: string;
  let report: { [sheet: string]: unknown[][] };
  let json: Json;

  before(() => {
    work = tempDir();
    writeWorkbook(path.join(work, '办公室.xlsx'), [
      {
        name: '办公室',
        rows: [
          ['问题描述', '整改措施', '责任部门', '责任人', '完成时限', '原完成时限', '整改状态'],
          ['延期一月', '措施', '办公室', '张三', d(2026, 12, 31), d(2026, 11, 30), '已延期'],
          ['申请中', '措施', '办公室', '李四', d(2026, 11, 20), null, '申请延期'],
          ['未变', '措施', '办公室', '王五', d(2026, 12, 31), d(2026, 12, 31), '整改中'],
          ['提前', '措施', '办公室', '赵六', d(2026, 12, 1), '2026年12月底', '整改中'],
        ],
      },
    ]);
    const r = runCli(['办公室.xlsx', '--out', 'r.xlsx', '--json', 'r.json', '--as-of', '2026-11-25'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    report = readReport(path.join(work, 'r.xlsx'));
    json = JSON.parse(fs.readFileSync(path.join(work, 'r.json'), 'utf8'));
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('shows 原定时限 as written and 延期天数 in 汇总', () => {
    const rows = table(report['汇总'], 2);
    assert.deepStrictEqual(
      rows.map((r) => [r['问题描述'], r['整改状态'], r['原定时限'], r['延期天数']]),
      [
        ['延期一月', '已延期', serialFromDay(dayFromYMD(2026, 11, 30)), 31],
        ['申请中', '申请延期', null, null],
        ['未变', '整改中', serialFromDay(dayFromYMD(2026, 12, 31)), null],
        ['提前', '整改中', '2026年12月底', -30],
      ],
    );
    assert.strictEqual(rows[1]['状态灯'], '红', '申请延期 is lit by its current deadline');
  });

  it('carries originalDeadline and extendedDays in the JSON', () => {
    assert.deepStrictEqual(
      json.items.map((i: Json) => [i.problem, i.originalDeadline, i.extendedDays]),
      [
        ['延期一月', '2026-11-30', 31],
        ['申请中', '', null],
        ['未变', '2026-12-31', null],
        ['提前', '2026年12月底', -30],
      ],
    );
  });

  it('counts 延期 items per department in 统计 and the JSON', () => {
    const stats = table(report['统计'], 1);
    assert.deepStrictEqual(
      stats.map((r) => [r['责任部门'], r['延期']]),
      [
        ['办公室', 2],
        ['合计', 2],
      ],
    );
    assert.strictEqual(json.departments[0].extended, 2);
    assert.strictEqual(json.totals.extended, 2);
  });
});
