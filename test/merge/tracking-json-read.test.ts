// Reading an earlier JSON report into columns, on a worker thread as the merge does: the reader's
// source runs on its own (the worker, in the single-file executable too, has nothing else), the
// worker hands over what a direct read gives, and edited or foreign files read as before.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { compileSchema } from '../../ledger/compile';
import { defaultSchema } from '../../ledger/schema';
import { CompactRead, MAX_JSON_REPORT_BYTES, readCompactJson } from '../../scripts/tracking/compact-json';
import { readInBackground } from '../../scripts/tracking/json-worker';
import { readJsonReport } from '../../scripts/tracking/read-json-report';
import { EarlierReportError } from '../../scripts/tracking/types';
import { tempDir } from './cli-helpers';

const SCHEMA = compileSchema(defaultSchema());

function report(items: unknown[], extra: { [key: string]: unknown } = {}): string {
  return JSON.stringify({ asOf: '2026-11-25', warnDays: 7, items, ...extra }, null, 2);
}

const ITEM = {
  id: '1',
  problem: '会议纪律执行不严',
  measures: '修订会议制度',
  department: '办公室',
  owner: '张伟',
  deadline: '2026-11-30',
  progress: '制度已起草',
  status: '整改中',
  light: 'amber',
  daysLeft: 5,
  effectiveDeadline: '2026-11-30',
  source: { file: '办公室.xlsx', sheet: '台账', row: 4 },
  runs: { overdue: 0, progress: 2 },
};

/** A read as plain data, typed arrays as arrays, to compare two reads. */
function plain(r: CompactRead): unknown {
  return JSON.parse(JSON.stringify(r, (_, v) => (v instanceof Float64Array || v instanceof Int32Array ? Array.from(v) : v)));
}

describe('merge --previous: reading an earlier JSON report', function () {
  this.timeout(60000);
  let work: string;
  let files: { [name: string]: string };

  before(() => {
    work = tempDir('json-read-');
    const write = (name: string, text: string) => {
      const file = path.join(work, name);
      fs.writeFileSync(file, text);
      return file;
    };
    files = {
      good: write(
        'good.json',
        report([ITEM, { ...ITEM, id: '2', problem: '公文处理环节多', progress: '', runs: undefined }], {
          previous: { asOf: '2026-11-18' },
          tool: { version: '9.9' },
        }),
      ),
      odd: write(
        'odd.json',
        report([
          7,
          null,
          {
            ...ITEM,
            id: 3,
            daysLeft: 'x',
            light: 'purple',
            effectiveDeadline: 20261130,
            source: 'here',
            runs: { overdue: 2.7, progress: -1 },
          },
        ]),
      ),
      notJson: write('not.json', '{"asOf": '),
      foreign: write('foreign.json', '{"a": 1}'),
      missing: path.join(work, 'missing.json'),
    };
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('runs from its own source text alone, as the worker runs it', () => {
    for (const file of Object.values(files)) {
      const fromSource = vm.runInNewContext('(' + readCompactJson.toString() + ')(file, fs, max)', {
        file,
        fs,
        max: MAX_JSON_REPORT_BYTES,
        JSON,
        Int32Array,
        Float64Array,
      });
      assert.deepStrictEqual(plain(fromSource), plain(readCompactJson(file, fs, MAX_JSON_REPORT_BYTES)), file);
    }
  });

  it('hands over from the worker thread exactly what a direct read gives', async () => {
    const all = Object.values(files);
    const reads = await readInBackground(all).done();
    assert.deepStrictEqual([...reads.keys()].sort(), all.slice().sort());
    for (const file of all)
      assert.deepStrictEqual(plain(reads.get(file) as CompactRead), plain(readCompactJson(file, fs, MAX_JSON_REPORT_BYTES)), file);
  });

  it('gives the items a report states, with their streaks, and names what is no report', () => {
    const good = readJsonReport(files.good, 'good.json', SCHEMA);
    assert.strictEqual(good.hasRuns, true);
    assert.strictEqual(good.version, '9.9');
    const [a, b] = good.snapshot.items;
    assert.deepStrictEqual(
      [
        a.department,
        a.id,
        a.problem,
        a.measures,
        a.owner,
        a.deadlineText,
        a.status,
        a.progress,
        a.light,
        a.daysLeft,
        a.progressRuns,
        a.overdueRuns,
      ],
      ['办公室', '1', '会议纪律执行不严', '修订会议制度', '张伟', '2026-11-30', '整改中', '制度已起草', 'amber', 5, 2, undefined],
    );
    assert.deepStrictEqual(a.source, { file: '办公室.xlsx', sheet: '台账', row: 4 });
    assert.deepStrictEqual([b.id, b.problem, b.progress, b.progressRuns], ['2', '公文处理环节多', '', undefined]);
    const cases: [string, RegExp, boolean][] = [
      [files.notJson, /不是有效的 JSON/, true],
      [files.foreign, /缺少 asOf 或 items/, true],
      [files.missing, /无法读取：ENOENT/, false],
    ];
    for (const [file, message, notOurs] of cases) {
      assert.throws(
        () => readJsonReport(file, path.basename(file), SCHEMA),
        (e: unknown) => e instanceof EarlierReportError && message.test(e.message) && e.notOurs === notOurs,
        file,
      );
    }
  });

  it('refuses a file beyond the size a string holds before reading it, naming both sizes', () => {
    assert.deepStrictEqual(readCompactJson(files.good, fs, 100), { ok: false, tooLarge: fs.statSync(files.good).size });
    const huge = { statSync: () => ({ size: MAX_JSON_REPORT_BYTES + 1 }), readFileSync: (): Buffer => assert.fail('read') };
    assert.throws(
      () => readJsonReport('big.json', 'big.json', SCHEMA, readCompactJson('big.json', huge, MAX_JSON_REPORT_BYTES)),
      /上期报告“big\.json”有 512 MB，超过 512 MB 的上限，无法读取。/,
    );
  });

  it('reads what another program left in an item as a report would have written it, and passes over what is no item', () => {
    const odd = readJsonReport(files.odd, 'odd.json', SCHEMA);
    assert.strictEqual(odd.snapshot.items.length, 1);
    const item = odd.snapshot.items[0];
    // A number id as text; no light, deadline or days from values of another kind; streaks of one or more, whole.
    assert.deepStrictEqual([item.id, item.light, item.deadline, item.overdueRuns, item.progressRuns], ['3', null, null, 2, undefined]);
    assert.deepStrictEqual(item.source, { file: '', sheet: '', row: 0 });
  });
});
