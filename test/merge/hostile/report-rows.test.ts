// More rows than an Excel sheet holds. A million-row merge is too slow for a
// test run, so the sheets and the merge loop are driven directly: 数据问题
// keeps what fits plus a line saying how many more the JSON holds; a merge
// whose items 汇总 cannot hold stops reading and is refused (exit 2).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compileSchema } from '../../../ledger/compile';
import { dayFromYMD } from '../../../ledger/days';
import { defaultSchema } from '../../../ledger/schema';
import { REPORT_SHEETS } from '../../../ledger/sheet-kinds';
import { departmentStats } from '../../../ledger/stats';
import { runMerge } from '../../../scripts/merge-run';
import { buildReportModel } from '../../../scripts/report-model';
import { reportSheets, SUMMARY_CAPACITY } from '../../../scripts/report-xlsx';
import { MAX_SHEET_ROWS } from '../../../scripts/xlsx-writer';
import { tempDir } from '../cli-helpers';
import { writeCsv } from '../fixtures';
import { HEADER, ledgerRow } from './harness';

const AS_OF = dayFromYMD(2026, 11, 25);

describe('hostile inputs: more rows than a sheet holds', () => {
  it('数据问题 keeps the first problems and says how many more the JSON report holds', () => {
    const extra = 5;
    const findings = [];
    for (let i = 0; i < MAX_SHEET_ROWS + extra; i++) {
      findings.push({
        file: 'a.csv',
        sheet: 'Sheet1',
        row: i + 2,
        column: 'D',
        code: 'required-empty' as const,
        severity: 'error' as const,
        message: '空',
      });
    }
    const stats = departmentStats([], AS_OF, 7);
    const model = buildReportModel({
      asOf: AS_OF,
      warnDays: 7,
      schema: compileSchema(defaultSchema()),
      files: [],
      items: [],
      findings,
      departments: stats.departments,
      totals: stats.totals,
      filesMerged: 1,
      sheetsMerged: 1,
      filesFailed: 0,
      overflow: false,
    });
    for (const json of [undefined, 'r.json']) {
      const sheet = reportSheets(model, { json }).filter((s) => s.name === REPORT_SHEETS.problems)[0];
      assert.strictEqual(sheet.rows.length, MAX_SHEET_ROWS);
      const last = sheet.rows[sheet.rows.length - 1][0] as string;
      // Two title rows and the closing line leave MAX - 3 problems shown.
      assert.ok(last.startsWith('……另有 ' + (extra + 3).toLocaleString('en-US') + ' 条数据问题未列出'), last);
      assert.ok(json ? last.includes('见 JSON 报告“r.json”') : last.includes('请用 --json 另存'), last);
    }
  });

  it('stops reading once 汇总 could not hold the items, and says so', () => {
    const dir = tempDir('hostile-rows-');
    try {
      const files = ['a.csv', 'b.csv', 'c.csv'].map((name) => {
        writeCsv(path.join(dir, name), [HEADER, ledgerRow(name + '-1'), ledgerRow(name + '-2')], 'utf8');
        return { path: path.join(dir, name), display: name };
      });
      const read: string[] = [];
      const result = runMerge({
        files,
        schema: defaultSchema(),
        asOf: AS_OF,
        warnDays: 7,
        maxItems: 3,
        onFile: (_i, _n, file) => read.push(file),
      });
      assert.strictEqual(result.overflow, true);
      assert.deepStrictEqual(read, ['a.csv', 'b.csv'], 'the third file was read after the limit was passed');
      assert.strictEqual(SUMMARY_CAPACITY, MAX_SHEET_ROWS - 3);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
