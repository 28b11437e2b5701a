// The worker's reader of earlier .xlsx reports judged against SheetJS: a workbook it reads must
// give, through the book read-xlsx-report.ts reads, exactly what readWorkbook gives.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { INPUT_LIMITS } from '../../scripts/input-policy';
import { readWorkbook, WorkbookReadError } from '../../scripts/read-workbook';
import { MAX_JSON_REPORT_BYTES, readCompactJson, SNAPSHOT_LAYOUT } from '../../scripts/tracking/compact-json';
import { bookOfSheets, bookOfWorkbook, ReportBook } from '../../scripts/tracking/report-book';
import { readReportSheets, SheetsRead, SheetsRequest } from '../../scripts/tracking/report-sheets';
import { EARLIER_SHEETS, readEarlier, SHEETS_REQUEST } from '../../scripts/tracking/report-worker';

/** What the worker reads of `file`, with the file functions it is given there. */
export function fastRead(file: string, request: SheetsRequest = SHEETS_REQUEST): SheetsRead {
  const read = readEarlier(file, require, readCompactJson, readReportSheets, {
    maxBytes: MAX_JSON_REPORT_BYTES,
    layout: SNAPSHOT_LAYOUT,
    sheets: request,
  });
  assert.ok('sheets' in read, file + ': read as a workbook');
  return read.sheets;
}

/** A value as a message shows it: strings with every control or non-ASCII character escaped. */
function shown(v: unknown): string {
  if (typeof v !== 'string') return String(v);
  return '"' + v.replace(/[^\x20-\x7e]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0')) + '"';
}

/** Asserts two books alike sheet by sheet, cell by cell; returns the cells holding a value. */
export function assertSameBook(fast: ReportBook, slow: ReportBook, label: string): number {
  assert.deepStrictEqual(fast.hidden, slow.hidden, label + ': hidden sheets');
  let filled = 0;
  for (const name of EARLIER_SHEETS) {
    const a = fast.sheet(name);
    const b = slow.sheet(name);
    assert.strictEqual(!!a, !!b, `${label}: ${name} read by one reader only`);
    if (!a || !b) continue;
    assert.strictEqual(a.rows, b.rows, `${label}: ${name} rows`);
    for (let r = 0; r < a.rows; r++) {
      const width = a.width(r);
      assert.strictEqual(width, b.width(r), `${label}: ${name} row ${r + 1} width`);
      for (let c = 0; c <= width; c++) {
        const x: unknown = a.cell(r, c);
        const y: unknown = b.cell(r, c);
        if (!Object.is(x, y)) assert.fail(`${label}: ${name} row ${r + 1} column ${c + 1}: fast ${shown(x)}, SheetJS ${shown(y)}`);
        if (x !== null) filled++;
      }
    }
  }
  assert.strictEqual(fast.date1904, slow.date1904, label + ': date1904');
  return filled;
}

/** Asserts that the worker reads `file` and gives what SheetJS gives; returns the cells holding a value. */
export function assertReadAlike(file: string, label: string): number {
  const fast = fastRead(file);
  assert.ok(fast.ok, `${label}: the worker gave up (${fast.ok ? '' : fast.why}) where it must read`);
  const wb = readWorkbook(file, INPUT_LIMITS, EARLIER_SHEETS);
  assert.deepStrictEqual(fast.book.sheetNames, wb.sheetNames, label + ': sheet names');
  return assertSameBook(bookOfSheets(fast.book), bookOfWorkbook(wb), label);
}

/** Asserts that the worker gives `file` up, for the reason `why` says, and that SheetJS then reads it or words why not. */
export function assertGivesUp(file: string, why: RegExp, label: string, request: SheetsRequest = SHEETS_REQUEST): void {
  const fast = fastRead(file, request);
  assert.ok(!fast.ok, `${label}: the worker read what it must give up`);
  assert.match(fast.why, why, label);
  try {
    readWorkbook(file, request.limits, EARLIER_SHEETS);
  } catch (e) {
    assert.ok(e instanceof WorkbookReadError, `${label}: SheetJS failed without words: ${String(e)}`);
  }
}

/**
 * What assertReadAlike says of each of `files` when readWorkbook parses with SheetJS's readable
 * build (xlsx.js, which Node 22 and later use) rather than its minified core build: the failures,
 * from a process of its own where the one stands in for the other; and, to show which build read
 * there, the value readWorkbook gives for 汇总's A1 in `probe`.
 */
export function readAlikeByReadableBuild(files: string[], probe: string): { failures: string[]; probe: unknown } {
  const script = `
    const min = require.resolve('xlsx/dist/xlsx.core.min.js');
    require.cache[min] = { id: min, filename: min, loaded: true, exports: require('xlsx/xlsx.js') };
    const { assertReadAlike } = require(${JSON.stringify(__filename)});
    const { readWorkbook } = require(${JSON.stringify(require.resolve('../../scripts/read-workbook'))});
    const [files, probe] = JSON.parse(process.argv[1]);
    const failures = [];
    for (const file of files) {
      try { assertReadAlike(file, file); } catch (e) { failures.push(e.message); }
    }
    process.stdout.write(JSON.stringify({ failures, probe: readWorkbook(probe).sheets[0].rows[0][0] }));`;
  const r = spawnSync(process.execPath, ['-e', script, JSON.stringify([files, probe])], { encoding: 'utf8', cwd: __dirname });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}
